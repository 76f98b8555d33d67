"""Hostile text for display tests: markup, escape sequences, bidi, huge lines, emoji."""

from __future__ import annotations

NASTY: list[str] = [
    "[/]",
    "[bold]not bold[/bold] and [red]not red",
    "[@click=app.quit]click me[/]",
    "[link=https://example.invalid]x[/link] [USD] [$100] [[nested]] [/",
    "title\x1b]0;pwned\x07 osc title",
    "\x1b]8;;https://example.invalid\x1b\\hyperlink\x1b]8;;\x1b\\",
    "\x1b]52;c;cHduZWQ=\x07 clipboard",
    "c1 \x9b31m csi and \x85 nel \x9d osc",
    "bidi \u202eevil\u202c and \u2066isolate\u2069",
    "zero\u200bwidth\u200djoiner\ufeff",
    "emoji 🚀🧑‍💻👩🏽‍🔬 flags 🇫🇷",
    "x" * 10_000,
]

CONTROL_BYTES = ("\x1b]", "\x07", "\x9b", "\x9d", "\x85", "\u202e")

"""User text, shown literally.

Everything a person typed (titles, bodies, tags) and everything imported is
untrusted: it must never be parsed as Textual markup (``[@click=...]`` would
run an action, a stray ``[/]`` would crash) and must never carry control
sequences to the terminal. Every widget that shows such text gets it through
these helpers.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from coach.text import one_line, printable


def literal(text: str) -> Content:
    """``text`` as Textual content: no markup, no control characters."""
    return Content(printable(text))


def literal_line(text: str, width: int | None = None) -> Content:
    """``text`` folded onto one line (and shortened to ``width``), literally."""
    return Content(one_line(text, width))


def cell(text: str, width: int | None = None, style: str = "") -> Text:
    """A DataTable cell of user text: a Rich Text, never markup."""
    return Text(one_line(text, width), style=style, no_wrap=True, overflow="ellipsis")


def styled(template: str, **values: str) -> Content:
    """Our own markup ``template`` with user ``values`` inserted as plain text."""
    return Content.from_markup(template, **{k: printable(v) for k, v in values.items()})

"""Making untrusted text safe to show, and trimming it as the models do.

User text and imported text may hold terminal control sequences (OSC titles,
clipboard writes, C1 bytes) or bidi overrides. Before anything reaches a
terminal it goes through :func:`printable`, which removes C0 and C1 control
characters except newline and tab, and the invisible bidi controls that can
reorder what a line appears to say.

"""

from __future__ import annotations

import re
from functools import cache

# C0 controls except \t and \n, DEL, the C1 block, bidi embedding/override/isolate marks,
# and the invisible zero-width space and byte-order mark (which also upset terminals'
# width counts). Zero-width joiners stay: emoji sequences need them.
_UNSAFE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\ufeff]"


@cache
def _unsafe() -> re.Pattern[str]:
    # Compiled on first use: most text is printable and never needs it (see printable).
    return re.compile(_UNSAFE)


def printable(text: str) -> str:
    """Return ``text`` without control characters that could act on a terminal."""
    if not text or text.isprintable():
        # Every character removed below is a control or format character, which
        # str.isprintable refuses: printable text has none of them.
        return text
    return _unsafe().sub("", text)


def one_line(text: str, width: int | None = None) -> str:
    """``printable`` text folded onto one line, shortened to ``width`` with an ellipsis."""
    line = " ".join(printable(text).split())
    if width is not None and len(line) > width:
        return line[: max(width - 1, 0)] + "…"
    return line


def count(n: int, one: str, many: str | None = None) -> str:
    """``n`` with its noun in the right number: "1 goal", "2,528 days", "7 journal entries"."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def fold_path(path: str, width: int) -> str:
    """``path`` on lines of at most ``width`` characters, broken after a separator (never
    inside a folder's name, unless that one name is longer than ``width``)."""
    lines: list[str] = []
    for piece in re.split(r"(?<=[/\\])", path):
        if lines and len(lines[-1]) + len(piece) <= width:
            lines[-1] += piece
        else:
            lines.append(piece)
    return "\n".join(line for line in lines if line)

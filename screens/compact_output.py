"""Whole frames written with only the style changes between cells, not a style per piece.

Textual (pinned) writes every piece of a line as its full style, its text and a
reset: ``ESC[1;38;2;220;220;214;48;2;47;50;55m`` ... ``ESC[0m``, even when the
next piece looks the same. On a full dashboard three quarters of the bytes of a
frame are such codes (about 25 KB for 120x40), and the terminal has to read and
parse every one before the frame is complete on screen.

:class:`CompactUpdate` writes the same frame with the same cursor moves and the
same characters, but between two pieces of a line only what changes: nothing
when they look alike, one colour when only that colour differs, a reset when an
attribute (bold, reverse, ...) has to go. Spaces keep the style before them when
they look the same in it (same background, no line drawn through them). Each
line still ends in the reset state, as Textual's do, and pieces with a link are
written exactly as Textual writes them. ``tests/tui/test_compact_output.py``
checks, cell by cell on a model terminal, that both encodings leave the same
screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rich.color import ColorSystem
from rich.control import Control
from textual._compositor import LayoutUpdate
from textual.strip import SGR_STYLES, Strip

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.style import Style

RESET = "\x1b[0m"
# Attributes that show on a blank cell: lines drawn through it, a frame, swapped colours.
_SHOWN_ON_BLANKS = frozenset({"4", "7", "9", "21", "51", "52", "53"})


class _Codes(NamedTuple):
    """A style's SGR parameters: its attributes, its colours, and all of them joined."""

    attributes: frozenset[str]
    fg: str  # "" when the style leaves the colour as it is (the default after a reset)
    bg: str
    full: str  # what Textual writes after a reset ("" for a plain style)


@lru_cache(maxsize=4096)
def _codes(style: Style, color_system: ColorSystem) -> _Codes:
    # The same parameters as textual.strip.Strip.render_ansi, kept apart.
    bits = style._attributes & style._set_attributes
    attributes = [SGR_STYLES[bit] for bit in range(bits.bit_length()) if bits & (1 << bit)]
    color, bgcolor = style._color, style._bgcolor
    fg = bg = ""
    if color is not None:
        fg = ";".join(color.downgrade(color_system).get_ansi_codes())
    if bgcolor is not None:
        bg = ";".join(bgcolor.downgrade(color_system).get_ansi_codes(False))
    full = ";".join([*attributes, *(code for code in (fg, bg) if code)])
    return _Codes(frozenset(attributes), fg, bg, full)


def _change(now: _Codes | None, new: _Codes | None) -> str:
    """The shortest SGR sequence from the state ``now`` to ``new`` (None: the reset state)."""
    if new is None:
        return "" if now is None else RESET
    if now is None:
        return f"\x1b[{new.full}m"
    if now.attributes - new.attributes:  # an attribute must go: start again from a reset
        return f"\x1b[0;{new.full}m"
    codes = sorted(new.attributes - now.attributes)
    if new.fg != now.fg:
        codes.append(new.fg or "39")
    if new.bg != now.bg:
        codes.append(new.bg or "49")
    return f"\x1b[{';'.join(codes)}m" if codes else ""


def _blanks_alike(now: _Codes | None, new: _Codes | None) -> bool:
    """True when spaces look the same in both states: same background, nothing drawn on them.

    Text colour, bold, italic and the like are invisible on a space.
    """
    now_bg, now_attributes = ("", frozenset()) if now is None else (now.bg, now.attributes)
    new_bg, new_attributes = ("", frozenset()) if new is None else (new.bg, new.attributes)
    return now_bg == new_bg and not (now_attributes | new_attributes) & _SHOWN_ON_BLANKS


def render_line(strips: Iterable[Strip], color_system: ColorSystem) -> list[str]:
    """One line's pieces as terminal output that starts and ends in the reset state."""
    out: list[str] = []
    append = out.append
    now: _Codes | None = None
    for strip in strips:
        for text, style, _ in strip:
            if style is None:
                new = None
            elif style._link:  # written as Textual writes it: link, style, text, reset
                append(_change(now, None))
                append(Strip.render_style(style, text, color_system))
                now = None
                continue
            else:
                codes = _codes(style, color_system)
                new = codes if codes.full else None
            if new is not now and not (text and not text.strip(" ") and _blanks_alike(now, new)):
                append(_change(now, new))
                now = new
            append(text)
    if now is not None:
        append(RESET)
    return out


class CompactUpdate(LayoutUpdate):
    """A :class:`LayoutUpdate` that writes only the style changes (see the module)."""

    def render_segments(self, console: Console) -> str:
        color_system = console._color_system or ColorSystem.TRUECOLOR
        x, top = self.region.x, self.region.y
        out: list[str] = []
        last = len(self.strips) - 1
        for index, line in enumerate(self.strips):
            out.append(Control.move_to(x, top + index).segment.text)
            out.extend(render_line(line, color_system))
            if index != last:
                out.append("\n")
        return "".join(out)


def compact(renderable: RenderableType | None) -> RenderableType | None:
    """``renderable``, as a :class:`CompactUpdate` when it is a whole frame."""
    if type(renderable) is LayoutUpdate:
        return CompactUpdate(renderable.strips, renderable.region)
    return renderable

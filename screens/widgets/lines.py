"""A list row of lines that never wrap, drawn straight to segments.

The dashboard's aspirations and deadlines are rows of two lines that are cut
with an ellipsis, never wrapped. Textual draws a ``Content`` prompt through its
general path (padding, wrapping, per-cell link styles), which costs more than the
rest of the first frame together. :class:`Lines` draws the same text the short
way: each line cut to the width with an ellipsis, one cell of padding each side,
each span's style resolved once. Text stays plain: it is never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.visual import Visual

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.style import Style
    from textual.visual import RenderOptions

PAD = 1  # cells of padding at each end of a line


class Lines(Visual):
    """One list row: ``lines`` drawn one per line, cut to the width, padded by ``PAD``."""

    def __init__(self, lines: Sequence[Content]) -> None:
        self.lines = tuple(lines)

    @cached_property
    def content(self) -> Content:
        """The row as one text (joined only when asked: drawing never needs it)."""
        return Content("\n").join(self.lines)

    @property
    def plain(self) -> str:
        return self.content.plain

    def __str__(self) -> str:
        return self.plain

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((line.cell_length for line in self.lines), default=0) + 2 * PAD

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        base = style.rich_style
        inner = max(0, width - 2 * PAD)
        strips = []
        for line in self.lines if height is None else self.lines[:height]:
            cut = line.truncate(inner, ellipsis=True) if line.cell_length > inner else line
            segments = [Segment(" " * PAD, base)]
            segments.extend(
                Segment(text, part.rich_style)
                for text, part in cut.render(style, end="", parse_style=options.get_style)
            )
            segments.append(Segment(" " * (width - PAD - cut.cell_length), base))
            strips.append(Strip(segments, width))
        return strips

"""The goals of an aspiration in its detail: a progress bar, the statement on its line,
and under it the facts (column, deadline, pace), wrapped under the statement rather than
cut at the edge ("Backlog · due 2026-11-10 (…" at 80 columns)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.visual import VisualType
from textual.widgets import Static


class GoalRow(NamedTuple):
    lead: Content  # the progress bar and its percentage, then a gap
    statement: Content
    facts: Content


class GoalList(Static):
    """Goal rows laid out for the width they get; a note when there is none.

    Its content (``visual``) stays the rows as plain lines, for what reads it as text."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: Sequence[GoalRow] = ()
        self._head: Content | None = None

    def show_rows(self, rows: Sequence[GoalRow], head: Content | None = None) -> None:
        self._rows, self._head = rows, head
        lines = [Content.assemble(r.lead, r.statement, "\n", r.facts) for r in rows]
        self.update(Content("\n").join([head, *lines] if head is not None else lines))

    def note(self, text: VisualType) -> None:
        self._rows, self._head = (), None
        self.update(text)

    def _lines(self, width: int) -> list[Content]:
        lines: list[Content] = self._head.wrap(max(width, 1)) if self._head is not None else []
        for row in self._rows:
            indent = row.lead.cell_length
            room = max(width - indent, 8)
            lines.append(row.lead + row.statement.truncate(room, ellipsis=True))
            lines.extend(Content(" " * indent) + part for part in row.facts.wrap(room))
        return lines

    def render(self) -> RenderResult:
        if not self._rows:
            return self.visual
        return Content("\n").join(self._lines(self.size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if not self._rows:
            return super().get_content_height(container, viewport, width)
        return len(self._lines(width))

"""A text chart that draws itself at the width it is given, so it never wraps.

The charts of :mod:`coach.coaching.charts` are lines of one width; drawn wider than
the room a dialog has on an 80-column terminal, each line wrapped and the chart fell
apart. :class:`TextChart` holds how to draw the chart at a width and draws it again
whenever its own width changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual import events
from textual.content import Content
from textual.widgets import Static

from coach.coaching.charts import MAX_WIDTH, MIN_WIDTH


class TextChart(Static):
    """Lines of a chart drawn by ``draw(width)`` at this widget's content width."""

    DEFAULT_CSS = """
    TextChart { width: 1fr; height: auto; text-wrap: nowrap; text-overflow: clip; }
    """

    def __init__(self, draw: Callable[[int], Sequence[str]], *, id: str | None = None) -> None:
        self.draw = draw
        self.drawn_at = MAX_WIDTH
        super().__init__(self._content(MAX_WIDTH), id=id)

    def _content(self, width: int) -> Content:
        return Content("\n".join(self.draw(max(MIN_WIDTH, min(width, MAX_WIDTH)))))

    def on_resize(self, event: events.Resize) -> None:
        width = event.size.width
        if width and width != self.drawn_at:
            self.drawn_at = width
            self.update(self._content(width))

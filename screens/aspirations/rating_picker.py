"""A five-point rating chooser for the checklist: arrows, j/k, a click, or ``rate(n)``.

The widget shows the five answers with their labels, the chosen one marked.
It only reports ``Changed`` when the rating changes; what enter means (the next
question) is for the screen around it to decide.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual import events
from textual.app import RenderResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

RATINGS = (1, 2, 3, 4, 5)


class RatingPicker(Widget, can_focus=True):
    """One rating out of 1-5, each with a label ("Not at all" ... "Completely")."""

    DEFAULT_CSS = """
    RatingPicker {
        height: 5;
        width: 1fr;
        padding: 0 1;
    }
    RatingPicker:focus {
        background: $boost;
    }
    """
    BINDINGS = [
        Binding("up,k", "step(-1)", "Lower rating", show=False, id="rating.lower"),
        Binding("down,j", "step(1)", "Higher rating", show=False, id="rating.higher"),
    ]

    value: reactive[int | None] = reactive(None)

    class Changed(Message):
        """The rating was changed to ``value``."""

        def __init__(self, picker: RatingPicker, value: int) -> None:
            super().__init__()
            self.picker = picker
            self.value = value

        @property
        def control(self) -> RatingPicker:
            return self.picker

    def __init__(
        self, labels: Mapping[int, str], *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.labels = dict(labels)

    def render(self) -> RenderResult:
        lines = []
        for n in RATINGS:
            label = self.labels.get(n, "")
            if n == self.value:
                lines.append(Content.from_markup(f"[b reverse] ▶ {n}  $label [/]", label=label))
            else:
                lines.append(Content.from_markup(f"   [b]{n}[/b]  [dim]$label[/dim]", label=label))
        return Content("\n").join(lines)

    def rate(self, value: int) -> None:
        """Choose ``value`` (1-5) and report it."""
        if value not in RATINGS:
            return
        changed = value != self.value
        self.value = value
        if changed:
            self.post_message(self.Changed(self, value))

    def action_step(self, delta: int) -> None:
        start = self.value if self.value is not None else (0 if delta > 0 else 6)
        self.rate(max(1, min(5, start + delta)))

    def on_click(self, event: events.Click) -> None:
        self.rate(event.y + 1)

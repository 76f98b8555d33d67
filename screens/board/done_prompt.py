"""The "what did you learn?" prompt shown when a goal reaches the Done column.

:class:`DonePrompt` hands back the text written (ctrl+s) or ``None`` when the
person skips it (escape, which asks first once something is written); the board
saves the answer as a journal entry. The move itself is already saved by then,
whatever the answer.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from coach.content.models import Event
from coach.text import one_line
from screens.widgets.dialogs import dismiss_or_confirm
from screens.widgets.literal import literal, styled


class DonePrompt(ModalScreen[str | None]):
    """Ask the goal-done question; ctrl+s saves the answer, escape skips it."""

    DEFAULT_CSS = """
    DonePrompt { align: center middle; }
    DonePrompt > Vertical {
        width: 76;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        padding: 0 1;
        border: round $success;
        border-title-color: $success;
        border-title-style: bold;
        background: $surface;
    }
    DonePrompt #goal { color: $text-muted; margin-bottom: 1; }
    DonePrompt #question { text-style: bold; }
    DonePrompt #hint { color: $text-muted; }
    DonePrompt TextArea { height: 6; margin-top: 1; }
    DonePrompt Horizontal { height: auto; align-horizontal: right; }
    DonePrompt Button { margin-left: 2; min-width: 10; }
    """
    # Not priority bindings: a priority key runs before the letters typed just ahead
    # of it reach the answer, so ctrl+s right after typing would save nothing.
    BINDINGS = [
        Binding("ctrl+s", "save", "Save answer", id="done.save"),
        Binding("escape", "skip", "Skip", id="done.skip"),
    ]

    def __init__(self, event: Event, statement: str) -> None:
        super().__init__()
        self.event = event
        self.statement = statement

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(self.event.title)
            yield Static(styled("✓ $goal", goal=one_line(self.statement)), id="goal")
            yield Static(literal(self.event.prompt), id="question")
            yield Static(literal(self.event.hint), id="hint")
            yield TextArea(soft_wrap=True, tab_behavior="focus", id="answer")
            with Horizontal():
                yield Button("Skip (esc)", id="skip")
                yield Button("Save (ctrl+s)", id="save", variant="success")

    def on_mount(self) -> None:
        # Set focus now, not later: the next keys of a burst must land in the answer.
        self.set_focus(self.query_one(TextArea))

    def on_key(self, event: events.Key) -> None:
        # Keys typed right after the move reach this screen before the answer has
        # focus (focus changes are deferred); they belong in the answer.
        if event.is_printable and event.character is not None:
            event.stop()
            event.prevent_default()
            answer = self.query_one(TextArea)
            answer.insert(event.character)
            self.set_focus(answer)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    @property
    def has_text(self) -> bool:
        return bool(self.text.strip())

    def action_save(self) -> None:
        text = self.text.strip()
        if not text:
            self.notify("Write a line first, or press escape to skip.", markup=False)
            return
        self.dismiss(text)

    def action_skip(self) -> None:
        dismiss_or_confirm(
            self,
            unsaved=self.has_text,
            question="Skip it and drop what you wrote?",
            yes="Drop it",
            no="Keep writing",
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_skip()

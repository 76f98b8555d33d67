"""Small modal dialogs that hand back a typed value."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from screens.widgets.literal import literal
from screens.widgets.ordered_input import OrderedInput


class Confirm(ModalScreen[bool]):
    """Yes or no. ``y``/enter confirm, ``n``/escape cancel."""

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm > Vertical {
        width: 64;
        height: auto;
        padding: 1 2;
        border: round $warning;
        background: $surface;
    }
    Confirm Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    Confirm Button { margin-left: 2; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, *, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(literal(self.question))
            with Horizontal():
                yield Button(self.no_label, id="no")
                yield Button(self.yes_label, id="yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class AskText(ModalScreen[str | None]):
    """One line of text (enter submits, escape cancels with None)."""

    DEFAULT_CSS = """
    AskText { align: center middle; }
    AskText > Vertical {
        width: 72;
        height: auto;
        padding: 1 2;
        border: round $primary;
        background: $surface;
    }
    AskText #hint { color: $text-muted; }
    AskText #problem { color: $error; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="ask.cancel")]

    def __init__(
        self, question: str, *, value: str = "", hint: str = "", required: bool = True
    ) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.hint = hint
        self.required = required

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(literal(self.question))
            yield OrderedInput(value=self.value, id="answer", submit_action="screen.submit")
            yield Label(literal(self.hint), id="hint")
            yield Label("", id="problem")

    def action_submit(self) -> None:
        text = self.query_one("#answer", OrderedInput).value.strip()
        if self.required and not text:
            self.query_one("#problem", Label).update("This cannot be empty; escape cancels.")
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)


def dismiss_or_confirm(
    screen: ModalScreen[Any], *, unsaved: bool, question: str, yes: str, no: str
) -> None:
    """Close ``screen`` with None, first asking ``question`` when it holds typed text."""
    if not unsaved:
        screen.dismiss(None)
        return

    def answered(discard: bool | None) -> None:
        if discard:
            screen.dismiss(None)

    screen.app.push_screen(Confirm(question, yes=yes, no=no), answered)

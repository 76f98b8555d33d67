"""Small modal dialogs that hand back a typed value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from coach.text import one_line
from screens.widgets.literal import literal
from screens.widgets.ordered_input import OrderedInput


class Confirm(ModalScreen[bool]):
    """Yes or no. ``y`` confirms; enter (on the focused, safe button), ``n`` and escape do not.

    The safe answer is the default everywhere: a question here is asked before something
    is thrown away or replaced, and an enter typed on, out of habit, must not do it.
    """

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm > Vertical {
        width: 64;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        padding: 1 2;
        border: round $warning;
        background: $surface;
    }
    Confirm Label { width: 1fr; }
    Confirm #question-box { height: auto; max-height: 12; }
    Confirm #keys { color: $text-muted; margin-top: 1; }
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
            # The question names what it acts on, and a long name wraps (never cut); a
            # very long one scrolls, so the buttons stay on screen.
            with VerticalScroll(id="question-box", can_focus=False):
                yield Label(literal(self.question), id="question")
            yield Label(literal(f"y: {self.yes_label} · enter or n: {self.no_label}"), id="keys")
            with Horizontal():
                yield Button(self.yes_label, id="yes", variant="warning")
                yield Button(self.no_label, id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

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
        max-width: 100%;
        height: auto;
        max-height: 100%;
        padding: 1 2;
        border: round $primary;
        background: $surface;
    }
    AskText Label { width: 1fr; }
    AskText #question-box { height: auto; max-height: 10; }
    AskText #subject { text-style: bold; }
    AskText #hint { color: $text-muted; }
    AskText #problem { color: $error; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="ask.cancel")]

    def __init__(
        self,
        question: str,
        *,
        value: str = "",
        hint: str = "",
        required: bool = True,
        subject: str = "",
        check: Callable[[str], str | None] | None = None,
    ) -> None:
        """``subject`` names, above the question, what the answer acts on (a title the
        person wrote: shown literally, on one line that wraps, never cut)."""
        super().__init__()
        self.question = question
        self.subject = subject
        self.value = value
        self.hint = hint
        self.required = required
        self.check = check  # what is wrong with a text, said under it (the text stays)

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll(id="question-box", can_focus=False):
                if self.subject:
                    yield Label(literal(one_line(self.subject)), id="subject")
                yield Label(literal(self.question), id="question")
            yield OrderedInput(value=self.value, id="answer", submit_action="screen.submit")
            yield Label(literal(self.hint), id="hint")
            yield Label("", id="problem")

    def action_submit(self) -> None:
        text = self.query_one("#answer", OrderedInput).value.strip()
        if self.required and not text:
            self.query_one("#problem", Label).update("This cannot be empty; escape cancels.")
            return
        problem = self.check(text) if self.check is not None else None
        if problem:
            self.query_one("#problem", Label).update(literal(problem))
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

"""The passphrase prompt shown before the app opens an encrypted store."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label

from coach.service import CoachService
from screens.theme import use_coach_theme
from screens.widgets.literal import literal


class UnlockApp(App[CoachService | None]):
    """Asks for the passphrase until it opens the store; returns its service."""

    CSS = """
    Screen { align: center middle; }
    Vertical {
        width: 70;
        height: auto;
        border: round $primary;
        padding: 1 2;
        background: $surface;
    }
    Label { width: 1fr; }
    #problem { color: $error; height: auto; }
    #hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape,ctrl+q", "quit", "Quit", id="unlock.quit", priority=True)]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        use_coach_theme(self)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(literal(f"{self.path.name} is encrypted. Passphrase:"))
            yield Input(password=True, id="passphrase")
            yield Label("", id="problem")
            yield Label("Enter opens it; escape quits without changing anything.", id="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not event.value:
            self.query_one("#problem", Label).update("Type the passphrase first.")
            return
        event.input.disabled = True
        self.query_one("#problem", Label).update("Opening…")
        self._open(event.value)

    @work(thread=True, exclusive=True)
    def _open(self, passphrase: str) -> None:
        from coach import service
        from coach.store.errors import StoreError

        try:
            opened = service.open(self.path, passphrase=passphrase)
        except StoreError as exc:
            self.call_from_thread(self._refused, str(exc))
            return
        self.call_from_thread(self.exit, opened)

    def _refused(self, message: str) -> None:
        field = self.query_one("#passphrase", Input)
        field.value = ""
        field.disabled = False
        field.focus()
        self.query_one("#problem", Label).update(literal(message))

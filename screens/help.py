"""The ``?`` screen: every key that works on the screen you came from."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Label

from screens.widgets.literal import cell

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "esc",
    "less_than_sign": "<",
    "greater_than_sign": ">",
    "left": "←",
    "right": "→",
    "up": "↑",
    "down": "↓",
}


def key_label(key: str) -> str:
    return KEY_NAMES.get(key, key)


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 80%;
        max-width: 100;
        height: 80%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen DataTable { height: 1fr; }
    HelpScreen #title { text-style: bold; padding: 0 0 1 0; }
    """
    BINDINGS = [Binding("escape,question_mark,q", "app.pop_screen", "Close", id="help.close")]

    def __init__(self, origin: Screen[object]) -> None:
        super().__init__()
        self.origin = origin

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Keys on this screen ({self.origin.title or 'coach'})", id="title")
            yield DataTable(cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", "what it does")
        # The screen's own keys first, then the app's; a focused widget's keys only when
        # they are meant to be seen (a table's cursor keys are not worth listing).
        ranked: list[tuple[int, str, str]] = []
        for key, active in self.origin.active_bindings.items():
            binding = active.binding
            if binding.system:
                continue
            if isinstance(active.node, Screen):
                rank = 0
            elif isinstance(active.node, App):
                rank = 1
            elif binding.show:
                rank = 2
            else:
                continue
            ranked.append((rank, key_label(key), binding.description or binding.action))
        seen: set[tuple[str, str]] = set()
        for _, key, description in sorted(ranked, key=lambda row: row[0]):
            if (key, description) in seen:
                continue
            seen.add((key, description))
            table.add_row(cell(key), cell(description))
        table.focus()

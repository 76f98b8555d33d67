"""Reading one journal entry in full, with what it answers and what it is linked to.

:class:`EntryView` shows the entry it is given (the screen resolves the titles
of linked goals and aspirations) and hands back what the person wants next:
``"edit"``, ``"delete"``, or None when they just close it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from coach.models import JournalEntry
from screens.widgets.literal import literal, styled

EntryAction = Literal["edit", "delete"] | None


def when(entry: JournalEntry) -> str:
    return entry.created.strftime("%A %d %B %Y, %H:%M")


class EntryView(ModalScreen[EntryAction]):
    """The whole entry. ``e`` edits it, ``d`` deletes it, escape closes."""

    DEFAULT_CSS = """
    EntryView { align: center middle; }
    EntryView > Vertical {
        width: 90%;
        max-width: 110;
        height: auto;
        max-height: 90%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    EntryView #entry-prompt {
        color: $secondary;
        text-style: italic;
        padding-top: 1;
    }
    EntryView #entry-body-scroll { height: auto; }
    EntryView #entry-body { padding: 1 0; }
    EntryView .entry-meta { color: $text-muted; height: auto; }
    EntryView Horizontal { height: 1; align-horizontal: right; }
    EntryView Button { margin-left: 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "answer('edit')", "Edit", id="entry.edit", tooltip="Edit this entry"),
        Binding("d", "answer('delete')", "Delete", id="entry.delete", tooltip="Delete (asks)"),
        Binding("escape,q", "close", "Close", id="entry.close"),
    ]

    def __init__(
        self,
        entry: JournalEntry,
        *,
        goals: Sequence[str] = (),
        aspirations: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.entry = entry
        self.goals = goals
        self.aspirations = aspirations

    def compose(self) -> ComposeResult:
        entry = self.entry
        box = Vertical()
        box.border_title = f"Entry of {when(entry)}"
        with box:
            with VerticalScroll(id="entry-body-scroll"):
                if entry.prompt_text:
                    yield Static(literal(entry.prompt_text), id="entry-prompt")
                yield Static(literal(entry.body), id="entry-body")
            if entry.tags:
                tags = " ".join(f"#{t}" for t in entry.tags)
                yield Static(styled("[b]Tags[/b] $tags", tags=tags), classes="entry-meta")
            for label, titles in (("Goal", self.goals), ("Aspiration", self.aspirations)):
                for title in titles:
                    yield Static(
                        styled("[b]$label[/b] $title", label=label, title=title),
                        classes="entry-meta",
                    )
            if entry.updated is not None:
                edited = entry.updated.strftime("%Y-%m-%d %H:%M")
                yield Static(f"edited {edited}", classes="entry-meta")
            with Horizontal():
                yield Button("Edit (e)", id="edit", compact=True)
                yield Button("Delete (d)", id="delete", variant="warning", compact=True)
                yield Button("Close (esc)", id="close", compact=True)

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#entry-body-scroll"))

    def on_resize(self) -> None:
        # The box grows with the entry up to 90% of the screen; the text scrolls beyond that.
        others = sum(w.outer_size.height for w in self.query(".entry-meta, Horizontal"))
        room = int(self.size.height * 0.9) - others - 2
        self.query_one("#entry-body-scroll").styles.max_height = max(room, 3)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id in ("edit", "delete"):
            self.dismiss(event.button.id)  # type: ignore[arg-type]
        else:
            self.dismiss(None)

    def action_answer(self, what: Literal["edit", "delete"]) -> None:
        self.dismiss(what)

    def action_close(self) -> None:
        self.dismiss(None)

"""The list of journal entries: a search box over a table that loads a page at a time.

:class:`JournalList` shows the entries it is given, newest first, a page of rows
at a time with a last row that loads the next page. It does not read the store:
the screen hands it the ids in order and a function that loads the entries of
the ids shown (only those are ever read, ten thousand entries or not), and it
reports what the person did with past-tense messages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.events import Resize
from textual.message import Message
from textual.widgets import DataTable, Input, Label

from screens.widgets.burst_input import BurstInput
from screens.widgets.literal import cell, literal

if TYPE_CHECKING:
    from coach.models import JournalEntry

Loader = Callable[[Sequence[str]], Sequence["JournalEntry"]]

PAGE = 100  # rows per "load more": two screens and more, drawn in a few ms at each key of a search
MORE = "__more__"  # row key of the last row, which loads the next page
DATE_WIDTH = 10
SCROLLBAR = 2


def first_line(body: str) -> str:
    """The first line of an entry body that has any text."""
    for line in body.splitlines():
        if line.strip():
            return line
    return ""


def tag_text(tags: Sequence[str]) -> str:
    return " ".join(f"#{t}" for t in tags)


class EntryTable(DataTable[Text]):
    """The rows of entries; its own keys act on the entry under the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", id="reflect.open", tooltip="Read the entry"),
        Binding("e", "edit", "Edit", id="reflect.edit", tooltip="Load the entry into the editor"),
        Binding("d", "delete", "Delete", id="reflect.delete", tooltip="Delete the entry (asks)"),
        Binding(
            "m", "more", "Load more", id="reflect.more", tooltip="Show the next page of entries"
        ),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        owner = self.parent
        if action in ("edit", "delete") and isinstance(owner, JournalList):
            return owner.current_id is not None or None
        if action == "more" and isinstance(owner, JournalList):
            return owner.remaining > 0
        return True

    def action_edit(self) -> None:
        owner = self.parent
        if isinstance(owner, JournalList) and owner.current_id is not None:
            self.post_message(JournalList.EditRequested(owner.current_id))

    def action_delete(self) -> None:
        owner = self.parent
        if isinstance(owner, JournalList) and owner.current_id is not None:
            self.post_message(JournalList.DeleteRequested(owner.current_id))

    def action_more(self) -> None:
        owner = self.parent
        if isinstance(owner, JournalList):
            owner.load_more()


class JournalList(Vertical):
    """Search box, filter line and the entries table."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "clear",
            "Clear search",
            id="reflect.clear",
            tooltip="Clear the search and the tag filter",
        ),
        Binding("down", "to_table", "To the entries", show=False, id="reflect.to-table"),
    ]

    class EntryOpened(Message):
        def __init__(self, entry_id: str) -> None:
            super().__init__()
            self.entry_id = entry_id

    class EditRequested(Message):
        def __init__(self, entry_id: str) -> None:
            super().__init__()
            self.entry_id = entry_id

    class DeleteRequested(Message):
        def __init__(self, entry_id: str) -> None:
            super().__init__()
            self.entry_id = entry_id

    class SearchChanged(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class FiltersCleared(Message):
        """Escape on the list: the person wants every entry again."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._ids: Sequence[str] = ()
        self._load: Loader = lambda ids: ()
        self._shown = 0
        self._width = 0
        self._keep: str | None = None
        self.filtered = False

    def compose(self) -> ComposeResult:
        yield BurstInput(placeholder="/ search entries", id="search", compact=True)
        yield Label("", id="filter-line")
        yield Label("", id="list-empty", classes="empty")
        yield EntryTable(cursor_type="row", zebra_stripes=True, id="entries")

    @property
    def table(self) -> EntryTable:
        return self.query_one(EntryTable)

    @property
    def search(self) -> BurstInput:
        return self.query_one("#search", BurstInput)

    @property
    def shown(self) -> int:
        """How many entries have rows (the rest wait behind "load more")."""
        return self._shown

    @property
    def remaining(self) -> int:
        return max(len(self._ids) - self._shown, 0)

    @property
    def current_id(self) -> str | None:
        table = self.table
        if not table.row_count:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        except Exception:  # the cursor can sit past the rows for a moment while they change
            return None
        return key if key and key != MORE else None

    # -- what the screen hands down ------------------------------------------------

    def show(
        self,
        ids: Sequence[str],
        load: Loader,
        *,
        at_least: int = PAGE,
        keep: str | None = None,
        empty: str = "",
        filter_line: Content | None = None,
        filtered: bool = False,
    ) -> None:
        """Show ``ids`` (in order), their entries read with ``load``: at least ``at_least``
        rows, the cursor on ``keep``."""
        keep = keep or self.current_id
        self.filtered = filtered
        self._ids = ids
        self._load = load
        wanted = max(at_least, PAGE)
        at = self.index_of(keep) if keep is not None else None
        if at is not None:  # a kept entry beyond the first page stays loaded
            wanted = max(wanted, at + 1)
        self._shown = min(len(ids), wanted)
        self.query_one("#list-empty", Label).update(literal(empty))
        self.query_one("#list-empty", Label).display = not ids and bool(empty)
        line = self.query_one("#filter-line", Label)
        line.update(filter_line or "")
        line.display = filter_line is not None
        self._draw(keep)

    def load_more(self) -> None:
        if not self.remaining:
            return
        keep = self.current_id
        row = self.table.cursor_row
        self._shown = min(len(self._ids), self._shown + PAGE)
        self._draw(keep)
        if keep is None:  # the cursor was on the "more" row: put it on the first new entry
            self.table.move_cursor(row=row)

    def index_of(self, entry_id: str) -> int | None:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return None

    def focus_search(self) -> None:
        self.search.open()

    def on_key(self, event: events.Key) -> None:
        # A fast burst ("/pitch⏎"): every key of it is on its way to the table before
        # the screen's "/" binding could move the focus (bindings run once a key has
        # bubbled up). So "/" from the table opens the search box right here, and the
        # keys behind it that reach here while the box has the focus are its words (the
        # box keeps its own keys: any arriving here were meant for it), and enter ends them.
        search = self.search
        focused = self.screen.focused
        if focused is self.table and event.key == "slash":
            self.focus_search()
        elif focused is search and event.is_printable and event.character:
            search.type_text(event.character)
        elif focused is search and event.key == "enter":
            self.focus_table()
        else:
            return
        event.stop()
        event.prevent_default()

    def focus_table(self) -> None:
        self.screen.set_focus(self.table)

    # -- drawing ---------------------------------------------------------------------

    def _columns(self) -> tuple[int, int]:
        """Widths of the entry and tags columns for the table's width (0: no tags column)."""
        width = self.table.size.width or 80
        padding = 2 * self.table.cell_padding
        if width >= 56:
            tags = min(24, width // 4)
            entry = width - SCROLLBAR - DATE_WIDTH - tags - 3 * padding
            return max(entry, 10), tags
        return max(width - SCROLLBAR - DATE_WIDTH - 2 * padding, 10), 0

    def _draw(self, keep: str | None) -> None:
        table = self.table
        self._width = table.size.width
        if not self._width:
            self._keep = keep
            return  # not laid out yet: the first Resize draws, at the real width
        entry_width, tags_width = self._columns()
        table.clear(columns=True)
        table.add_column("date", width=DATE_WIDTH, key="date")
        table.add_column("entry", width=entry_width, key="entry")
        if tags_width:
            table.add_column("tags", width=tags_width, key="tags")
        for entry in self._load(self._ids[: self._shown]):
            date = cell(entry.created.strftime("%Y-%m-%d"), style="dim")
            tags = tag_text(entry.tags)
            line = first_line(entry.body)
            if tags_width:
                cells = [date, cell(line, entry_width), cell(tags, tags_width, "italic")]
            else:  # no room for a tags column: the tags follow the text, as room allows
                cells = [date, cell(f"{line}  {tags}" if tags else line, entry_width)]
            table.add_row(*cells, key=entry.id)
        if self.remaining:
            page = min(PAGE, self.remaining)
            more = Text(
                f"… {self.remaining:,} more: enter (or m) shows the next {page}",
                style="italic",
                no_wrap=True,
                overflow="ellipsis",
            )
            table.add_row(Text(""), more, *([Text("")] if tags_width else []), key=MORE)
        if keep is not None and keep in table.rows:
            table.move_cursor(row=table.get_row_index(keep), animate=False, scroll=True)

    def on_resize(self, event: Resize) -> None:
        if self.table.size.width and self.table.size.width != self._width:
            self._draw(self.current_id or self._keep)
            self._keep = None

    # -- what the person did -----------------------------------------------------------

    @on(DataTable.RowSelected, "#entries")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = event.row_key.value
        if key == MORE:
            self.load_more()
        elif key is not None:
            self.post_message(self.EntryOpened(key))

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.SearchChanged(event.value))

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_table()

    def action_to_table(self) -> None:
        if self.search.has_focus:
            self.focus_table()

    def action_clear(self) -> None:
        if self.search.value:
            self.search.value = ""  # posts Changed, which reloads
        if self.search.has_focus:
            self.focus_table()
        if self.filtered:
            self.post_message(self.FiltersCleared())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear":
            return self.filtered or bool(self.search.value) or self.search.has_focus
        return True

"""The Reflect screen: write journal entries, find them again, edit and delete them.

The screen holds two parts side by side: :class:`~screens.journal.entries.JournalList`
(search, tag filter, the entries newest first) and
:class:`~screens.journal.editor.JournalEditor` (a prompt or free writing, the
text, tags and links). It reads the store for what it shows, asks the service
for every change through the save thread, and redraws on ``StoreChanged``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.events import Resize
from textual.message import Message
from textual.widgets import Input, TextArea
from textual.worker import get_current_worker

from coach.errors import CoachError
from coach.models import JournalEntry
from coach.text import one_line
from screens.journal.editor import JournalEditor
from screens.journal.entries import PAGE, JournalList, first_line
from screens.journal.links import LinkChoices
from screens.journal.writing import ReflectWriting
from screens.messages import ShowRecord
from screens.widgets.dialogs import Confirm
from screens.widgets.key_bar import KeyBar
from screens.widgets.literal import styled
from screens.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from screens.session import Session

# What a list shows: for which search and tag, at which revision of the store.
Drawn = tuple[str, str | None, int]

NARROW = 100  # below this many columns the list and the editor share the width evenly
SHORT = 30  # below this many lines the editor drops its blank lines to keep room to write


@dataclass
class EntriesFound(Message):
    """A search on the worker thread found these entries (for the ``asked``-th list)."""

    asked: int
    drawn: Drawn
    ids: list[str]


class ReflectScreen(ReflectWriting):
    TITLE = "Reflect"
    # Its styles (reflect.tcss) are read with the app's: see screens/app.py.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="reflect.save", tooltip="Save the entry"),
        Binding("w", "write", "Write", id="reflect.write", tooltip="Go to the editor"),
        Binding(
            "n",
            "new",
            "New entry",
            show=False,
            id="reflect.new",
            tooltip="Start an empty entry, free writing",
        ),
        Binding("p", "prompt", "Prompt", id="reflect.prompt", tooltip="Choose a prompt to answer"),
        Binding("slash", "search", "Search", id="reflect.search", tooltip="Search the entries"),
        Binding("t", "tag", "Tags", id="reflect.tag", tooltip="Show only the entries with one tag"),
        Binding(
            # Not a ctrl key: ctrl+e is the text area's end of line, and a stray BEL in
            # pasted escape codes arrives as ctrl+g.
            "f4",
            "external_editor",
            "Your editor",
            show=False,
            id="reflect.editor",
            tooltip="Write the entry in your own editor ($VISUAL, $EDITOR), then come back",
        ),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.search_text = ""
        self.tag: str | None = None
        self._reload_pending = False
        # What the list shows: for which search and tag, at which revision of the store.
        self._drawn: Drawn | None = None
        # Counts the lists asked for: a search result is shown only while it is the
        # newest asked for, so a slow, older search never replaces a newer list.
        self._asked = 0
        self._links = LinkChoices()

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="reflect-body"):
            yield JournalList(id="journal")
            yield JournalEditor(id="editor")
        yield KeyBar()

    def on_mount(self) -> None:
        # CoachScreen.on_mount (called after this one) draws the list.
        self.session.register_editor(self.editor.has_unsaved)
        self.journal.border_title = "Entries"
        self.set_focus(self.journal.table)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")
        self.set_class(event.size.height < SHORT, "-short")

    # -- drawing from the store --------------------------------------------------------

    def reload(self) -> None:
        # Mount and the resume events of a mode switch each ask for a redraw in the same
        # moment; on ten thousand entries one redraw is plenty.
        if not self._reload_pending:
            self._reload_pending = True
            self.call_later(self._redraw)

    def _redraw(self) -> None:
        self._reload_pending = False
        if not self._list_is_current():
            self._draw_list(at_least=self.journal.shown)
        # The goal and aspiration choices sit in the editor's closed selectors: they are
        # filled once the list is painted (a thousand goals cost as much as its rows), and
        # before an entry is loaded into the editor, whichever comes first.
        self.call_after_refresh(self._refresh_links)
        entry = self.editor.editing
        if entry is not None and not self.service.journal.exists(entry.id):
            self.editor.forget_entry()

    def _list_is_current(self) -> bool:
        """True when the list shows the same query over the same store as last drawn.

        Closing a dialog or coming back to the screen asks for a reload; when nothing
        changed there is nothing to redraw, which on ten thousand entries saves a redraw.
        """
        return self._drawn == (self.search_text, self.tag, self.service.revision)

    def _draw_list(self, *, at_least: int = PAGE, keep: str | None = None) -> None:
        """Draw the list now, for the search and tag of the moment (a reload, a tag chosen,
        an entry to show): any search still on its way is older than this list."""
        self._asked += 1
        drawn = (self.search_text, self.tag, self.service.revision)
        ids = self.service.journal.ids(search=self.search_text, tag=self.tag)
        self._show(ids, drawn, at_least=at_least, keep=keep)

    def _search(self) -> None:
        """Find the entries for the search box's words on a worker thread.

        The keys go on being typed while it matches (a hundred thousand entries take
        a few hundred milliseconds); the list fills once it has found them. A key
        typed meanwhile starts a newer search, and the older one stops.
        """
        self._asked += 1
        # After the next refresh: the key is painted in the box before the matching
        # takes its share of the interpreter (threads in Python take turns to run).
        self.call_after_refresh(self._find, self._asked, self.search_text, self.tag)

    @work(thread=True, exclusive=True, group="reflect-search")
    def _find(self, asked: int, text: str, tag: str | None) -> None:
        worker = get_current_worker()
        revision = self.service.revision
        journal = self.service.journal
        ids = journal.ids(search=text, tag=tag, stop=lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            # The first page is read (and validated) here too: the UI thread then only
            # builds its rows, and the next key is not kept waiting behind them.
            journal.load(ids[:PAGE])
        if not worker.is_cancelled:
            self.post_message(EntriesFound(asked, (text, tag, revision), ids))

    @on(EntriesFound)
    def _found(self, message: EntriesFound) -> None:
        # After the next refresh: a key typed meanwhile is painted in the box before the
        # rows are built again (a page of them takes longer than an echo may).
        self.call_after_refresh(self._fill, message)

    def _fill(self, message: EntriesFound) -> None:
        if message.asked == self._asked:  # else a newer list was asked for since
            self._show(message.ids, message.drawn, at_least=PAGE, keep=None)

    def _show(self, ids: list[str], drawn: Drawn, *, at_least: int, keep: str | None) -> None:
        journal = self.service.journal
        self._drawn = drawn
        search_text, tag, _ = drawn
        total = journal.count()
        keep = keep or self._cursor_to
        self._cursor_to = None
        narrowed = bool(search_text.strip()) or tag is not None
        if not total:
            empty = "No entries yet. Press w to write your first reflection."
        else:
            empty = "No entry matches. esc clears the search and the tag filter."
        line = (
            styled("Tagged [b]#$tag[/b] [dim]· esc clears[/dim]", tag=tag)
            if tag is not None
            else None
        )
        self.journal.show(
            ids,
            journal.load,
            at_least=at_least,
            keep=keep,
            empty=empty,
            filter_line=line,
            filtered=tag is not None,
        )
        self.journal.border_title = (
            f"Entries · {len(ids):,} of {total:,}" if narrowed else f"Entries · {total:,}"
        )

    def _refresh_links(self) -> None:
        """Refill the goal and aspiration choices when those records changed."""
        changed = self._links.changed(self.service)
        if changed is not None:
            self.editor.set_links(*changed)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "prompt" and self.editor.editing is not None:
            return None
        # In a text field "/" is typed, so the screen's search key is not offered there.
        return not (action == "search" and isinstance(self.focused, Input | TextArea))

    # -- finding -----------------------------------------------------------------------

    def action_search(self) -> None:
        self.journal.focus_search()

    def action_tag(self) -> None:
        from screens.journal.tag_picker import TagPicker

        def chosen(tag: str | None) -> None:
            if tag is None:
                return
            self.tag = tag or None
            self._draw_list()
            self.journal.focus_table()

        self.app.push_screen(TagPicker(self.service.journal.tags(), self.tag), chosen)

    @on(JournalList.SearchChanged)
    def _searched(self, event: JournalList.SearchChanged) -> None:
        if event.text != self.search_text:
            self.search_text = event.text
            self._search()

    @on(JournalList.FiltersCleared)
    def _cleared(self) -> None:
        self.tag = None
        self._draw_list()

    # -- one entry ---------------------------------------------------------------------

    def on_show_record(self, message: ShowRecord) -> None:
        self.select_record(message.record_id)

    def select_record(self, entry_id: str) -> None:
        """Show the entry ``entry_id`` (the app asks, e.g. from the dashboard)."""
        self.flush_reload()
        if not self.service.journal.exists(entry_id):
            self.notify("That journal entry no longer exists.", markup=False)
            return
        if self.journal.index_of(entry_id) is None:
            self.search_text, self.tag = "", None
            self.journal.search.value = ""
        self._draw_list(at_least=self.journal.shown, keep=entry_id)
        self.journal.focus_table()
        self._open(entry_id)

    def _entry(self, entry_id: str) -> JournalEntry | None:
        try:
            return self.service.journal.get(entry_id)
        except CoachError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return None

    @on(JournalList.EntryOpened)
    def _opened(self, event: JournalList.EntryOpened) -> None:
        self._open(event.entry_id)

    def _open(self, entry_id: str) -> None:
        from screens.journal.entry_view import EntryAction, EntryView

        entry = self._entry(entry_id)
        if entry is None:
            return

        def then(action: EntryAction) -> None:
            if action == "edit":
                self._edit(entry_id)
            elif action == "delete":
                self._delete(entry_id)

        goals = [self._title("goal", g) for g in entry.goal_ids]
        aspirations = [self._title("aspiration", a) for a in entry.aspiration_ids]
        self.app.push_screen(EntryView(entry, goals=goals, aspirations=aspirations), then)

    def _title(self, kind: str, record_id: str) -> str:
        try:
            if kind == "goal":
                return self.service.goals.get(record_id).statement
            return self.service.aspirations.get(record_id).title
        except CoachError:
            return f"(a deleted {kind}, {record_id})"

    @on(JournalList.EditRequested)
    def _edit_asked(self, event: JournalList.EditRequested) -> None:
        self._edit(event.entry_id)

    def _edit(self, entry_id: str) -> None:
        def load() -> None:
            entry = self._entry(entry_id)
            if entry is not None:
                self._refresh_links()  # its links are chosen among them
                self.editor.load(entry)
                self.editor.focus_text()

        editing = self.editor.editing
        if self.editor.has_unsaved() and (editing is None or editing.id != entry_id):
            self._ask_discard(load)
        elif editing is not None and editing.id == entry_id:
            self.editor.focus_text()  # already here, maybe with changes: keep them
        else:
            load()

    @on(JournalList.DeleteRequested)
    def _delete_asked(self, event: JournalList.DeleteRequested) -> None:
        self._delete(event.entry_id)

    def _delete(self, entry_id: str) -> None:
        entry = self._entry(entry_id)
        if entry is None:
            return
        day = entry.created.strftime("%Y-%m-%d")
        opening = one_line(first_line(entry.body), 60)

        def answered(yes: bool | None) -> None:
            if yes:
                self.save(
                    lambda: self.service.journal.delete(entry_id),
                    success="Entry deleted; ctrl+z brings it back.",
                )

        self.app.push_screen(
            Confirm(f"Delete the entry of {day}?\n“{opening}”", yes="Delete", no="Keep it"),
            answered,
        )

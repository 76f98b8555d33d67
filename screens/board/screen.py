"""The goal board (mode "board", key 4): goals as cards in columns, moved by keyboard.

The screen owns the cursor and a local copy of the board (a
:class:`~screens.board.model.BoardModel`). Every key acts on that copy at once
and hands the same change to the app's save thread, in order; so a burst typed
faster than the disk (``L L L``) moves the card three columns on screen and in
the file alike, without waiting for focus or saves between keys. A reload from
the store waits until the saves asked for so far are done, and keeps the
cursor on the same goal.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from coach.coaching.events import prompt_for_move
from coach.content.loader import load_content
from coach.content.models import Event
from coach.models import Column, Goal
from coach.text import one_line
from screens.board.column import CARD_HEIGHT, BoardColumn, Card, column_title, make_card
from screens.board.column_dialogs import (
    add_column,
    limit_column,
    over_limit,
    remove_column,
    rename_column,
)
from screens.board.dialogs import show_goal
from screens.board.done_prompt import DonePrompt
from screens.board.filter_field import FilterField
from screens.board.filtering import BoardFilters
from screens.board.keys import BOARD_BINDINGS
from screens.board.model import BoardModel
from screens.messages import ChangeUndone, NewGoal, ShowRecord, StoreChanged
from screens.widgets.dialogs import Confirm
from screens.widgets.key_bar import KeyBar
from screens.widgets.literal import literal_line, styled
from screens.widgets.progress_dialogs import ask_final_value, log_progress
from screens.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from screens.session import Session


class BoardScreen(BoardFilters):
    TITLE = "Board"
    CSS_PATH = "board.tcss"
    AUTO_FOCUS = ""  # nothing takes the keys from the screen: it handles them all
    BINDINGS = BOARD_BINDINGS

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.board = BoardModel()
        self.cards: list[list[Card]] = []
        self._want: str | None = None  # a goal to select once the store has it
        self._want_new = False  # that goal is new: say so if its column is over its limit
        self._new_goal_waiting = False  # n was pressed before the board had its columns
        self._writing_new = False  # the open wizard writes a new goal (n), not an edit (e)
        self._card_cache: dict[tuple[str, str], tuple[Goal, str, Card]] = {}
        self._card_epoch: object = None
        self._today = date.min
        self._widgets: list[BoardColumn] = []
        self._prompt: DonePrompt | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield FilterField(
            placeholder="words to look for (enter keeps, escape clears)",
            id="board-filter",
        )
        yield Horizontal(id="board-columns")
        yield Static(id="board-status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.session.register_editor(lambda: self._prompt is not None and self._prompt.has_text)
        # Whether every column fits is known once they are laid out (and after a resize).
        holder = self.query_one("#board-columns")
        for size in ("virtual_size", "size"):
            self.watch(holder, size, lambda _: self._status(), init=False)

    # -- loading and drawing ----------------------------------------------------------

    def on_store_changed(self, message: StoreChanged) -> None:
        message.prevent_default()
        self.reload()

    def on_change_undone(self, message: ChangeUndone) -> None:
        """A goal an undo brought back (or moved back) is selected once it shows."""
        goal_id = next((i for table, i in message.records if table == Goal.table), None)
        if goal_id is not None:
            self._want, self._want_new = goal_id, False

    def reload(self) -> None:
        if self.session.busy:
            return  # the screen is ahead of the store; the last save in flight announces again
        service, board = self.service, self.board
        columns = service.board.columns()
        self._today = service.today()
        epoch = (self._today, tuple((c.id, c.order, c.done) for c in columns))
        if epoch != self._card_epoch:
            self._card_epoch, self._card_cache = epoch, {}
        titles = {a.id: a.title for a in service.aspirations.find()}
        board.load(columns, service.goals.find(), titles)
        if self._want:
            if board.select(self._want) and self._want_new:
                self._nudge_if_full()
            self._want, self._want_new = None, False
        self._sync_widgets()
        self._rebuild_cards()
        self._draw()
        if self._new_goal_waiting and board.columns:
            self._new_goal_waiting = False
            self._open_wizard(None)

    def _sync_widgets(self) -> None:
        holder = self.query_one("#board-columns", Horizontal)
        while len(self._widgets) < len(self.board.columns):
            widget = BoardColumn(len(self._widgets))
            self._widgets.append(widget)
            holder.mount(widget)
        while len(self._widgets) > len(self.board.columns):
            self._widgets.pop().remove()

    def _card(self, goal: Goal, column: Column) -> Card:
        title = self.board.titles.get(goal.aspiration_id or "", "")
        hit = self._card_cache.get((goal.id, column.id))
        if hit is not None and hit[0] is goal and hit[1] == title:
            return hit[2]
        card = make_card(goal, column, self.board.columns, self.board.titles, self._today)
        self._card_cache[(goal.id, column.id)] = (goal, title, card)
        return card

    def _rebuild_cards(self, only: tuple[int, ...] | None = None) -> None:
        columns, shown = self.board.columns, self.board.shown
        if len(self.cards) != len(columns):
            self.cards = [[] for _ in columns]
        for i in range(len(columns)) if only is None else only:
            cards = [self._card(g, columns[i]) for g in shown[i]]
            if cards != self.cards[i]:  # an unchanged list keeps its identity: no redraw
                self.cards[i] = cards

    def _draw(self) -> None:
        board = self.board
        filtering = board.filters.active
        for i, widget in enumerate(self._widgets):
            active = i == board.col
            title = column_title(
                board.columns[i], len(board.shown[i]), len(board.goals[i]), filtering=filtering
            )
            widget.show(
                title,
                self.cards[i],
                board.row_index if active else None,
                active=active,
                empty_text="nothing matches" if filtering else "empty: n adds a goal",
            )
        holder = self.query_one("#board-columns", Horizontal)
        if self._widgets and holder.max_scroll_x:  # more columns than fit: keep this one in view
            holder.scroll_to_widget(self._widgets[board.col], animate=False, immediate=True)
        self._status()

    def _status(self) -> None:
        board, f = self.board, self.board.filters
        parts: list[Content] = []
        # Columns that do not fit are off to the side: say how many there are, and how
        # to get to them (at 80 columns one column of five shows).
        hidden = len(board.columns) > 1 and self.query_one("#board-columns").max_scroll_x > 0
        if board.columns:
            n = len(board.shown[board.col])
            where = f" · card {board.row_index + 1} of {n}" if n else " · no cards"
            if hidden:
                where = f" · column {board.col + 1} of {len(board.columns)}, ← → the others{where}"
            parts.append(literal_line(board.columns[board.col].name, 40) + Content(where))
        if f.text.strip():
            parts.append(styled("words “$t”", t=one_line(f.text, 30)))
        if f.aspiration_id:
            name = board.titles.get(f.aspiration_id, f.aspiration_id)
            parts.append(styled("aspiration “$a”", a=one_line(name, 30)))
        if f.tag:
            parts.append(styled("tag #$t", t=f.tag))
        if f.active:
            parts.append(Content("esc shows all"))
        parts.append(Content("? all keys" if hidden else "H J K L move the card · ? all keys"))
        # One line of fixed size: no layout pass needed (that would cost every key).
        self.query_one("#board-status", Static).update(Content(" · ").join(parts), layout=False)

    # -- the cursor ---------------------------------------------------------------------

    def action_step(self, dx: int, dy: int) -> None:
        self.board.step(dx, dy)
        self._draw()

    def action_edge(self, end: int) -> None:
        self.board.edge(end)
        self._draw()

    def action_page(self, direction: int) -> None:
        if self._widgets:
            visible = self._widgets[self.board.col].scrollable_content_region.height
            self.action_step(0, direction * max(1, visible // CARD_HEIGHT))

    def on_board_column_card_clicked(self, message: BoardColumn.CardClicked) -> None:
        self.board.col = message.column.index
        if message.row is not None:
            self.board.row = message.row
        self._draw()
        if message.row is not None and message.chain >= 2:
            self.action_open()

    def on_show_record(self, message: ShowRecord) -> None:
        self.flush_reload()
        self.select_record(message.record_id)

    def on_new_goal(self, _: NewGoal) -> None:
        self.action_new_goal()

    def select_record(self, goal_id: str) -> None:
        """Select ``goal_id`` (the dashboard's "open"), clearing filters that hide it."""
        if not self.board.select(goal_id) and self.board.holds(goal_id):
            self.action_clear_filters()
            self.board.select(goal_id)
        self._draw()

    # -- moving cards -----------------------------------------------------------------------

    def action_move_card(self, dx: int, dy: int) -> None:
        board = self.board
        if dx:
            was = board.selected
            moved = board.move_across(dx)
            if was is None or moved is None:
                return
            event = prompt_for_move(load_content(), was, moved.target, board.columns)
            self.save(lambda: self.service.goals.shift(was.id, columns=dx))
            self._rebuild_cards((board.columns.index(moved.source), board.col))
            self._draw()
            self._nudge_if_full()
            if event is not None:
                goal = moved.goal
                ask_final_value(self, goal, lambda: self._ask_done(goal, event))
            return
        result = board.move_within(dy)
        if result is None:
            return
        goal, index = result
        if board.filters.active:  # hidden goals in between: it jumps over them
            self.save(lambda: self.service.goals.move(goal.id, index=index))
        else:
            self.save(lambda: self.service.goals.shift(goal.id, rows=dy))
        self._rebuild_cards((board.col,))
        self._draw()

    def _ask_done(self, goal: Goal, event: Event) -> None:
        def answered(text: str | None) -> None:
            self._prompt = None
            if text:
                self.save(
                    lambda: self.service.journal.add(
                        text,
                        goal_ids=[goal.id],
                        prompt_id="goal_done",
                        prompt_text=event.prompt,
                        tags=["done"],
                    ),
                    success="Saved in your journal.",
                )

        self._prompt = DonePrompt(event, goal.statement)
        self.app.push_screen(self._prompt, answered)

    # -- goals ----------------------------------------------------------------------------

    def action_open(self) -> None:
        goal = self.board.selected
        if goal is None:
            return
        title = self.board.titles.get(goal.aspiration_id or "", "")
        column = self.board.columns[self.board.col]
        show_goal(self, goal, column, title, edit=self.action_edit)

    def action_progress(self) -> None:
        goal = self.board.selected
        if goal is not None:
            log_progress(self, goal)

    def action_new_goal(self) -> None:
        if not self.board.columns:  # the store is still opening: open it once it shows
            self._new_goal_waiting = True
            return
        self._open_wizard(None)

    def action_edit(self) -> None:
        goal = self.board.selected
        if goal is None:
            return
        # The wizard must start from the goal as saved: read it on the save thread,
        # behind the saves asked for before this key. (Waiting for them here, inside
        # the key, froze the board: their outcomes come to this screen's queue.)
        goal_id = goal.id
        self.session.save(lambda: self.service.goals.get(goal_id), done=self._open_wizard)

    def _open_wizard(self, goal: Goal | None) -> None:
        try:
            from screens.goal_wizard.wizard import GoalWizard
        except ImportError:
            self.notify("the goal wizard is not available yet", severity="warning", markup=False)
            return
        self._writing_new = goal is None
        if goal is not None:
            wizard = GoalWizard(self.session, goal=goal)
        else:  # a new goal goes in the selected column, under the aspiration shown
            column = self.board.columns[self.board.col].id
            aspiration = self.board.filters.aspiration_id or None
            wizard = GoalWizard(self.session, column=column, aspiration_id=aspiration)
        self.app.push_screen(wizard, self._wizard_closed)

    def _wizard_closed(self, result: object) -> None:
        """The wizard hands back the saved goal's id (or None): select that goal."""
        goal_id = result if isinstance(result, str) else getattr(result, "id", None)
        if isinstance(goal_id, str):
            self._want, self._want_new = goal_id, self._writing_new
        self.reload()

    def _nudge_if_full(self) -> None:
        board = self.board
        full = over_limit(board.columns[board.col], len(board.goals[board.col]))
        if full is not None:
            self.notify(full, title="Over the limit", severity="warning")

    def action_delete(self) -> None:
        goal = self.board.selected
        if goal is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.board.remove(goal.id)
                self.save(
                    lambda: self.service.goals.delete(goal.id),
                    success="Goal deleted; ctrl+z brings it back.",
                )
                self._rebuild_cards()
                self._draw()

        question = f"Delete the goal “{one_line(goal.statement)}”?"  # wrapped, never cut
        self.app.push_screen(Confirm(question, yes="Delete", no="Keep it"), answered)

    # -- columns ----------------------------------------------------------------------------------

    def action_add_column(self) -> None:
        add_column(self)

    def action_rename_column(self) -> None:
        if self.board.columns:
            rename_column(self, self.board.columns[self.board.col])

    def action_remove_column(self) -> None:
        if self.board.columns:
            remove_column(self, self.board, self._column_removed)

    def _column_removed(self, column_id: str, target_id: str) -> None:
        # Shown at once, as a move is: a key right behind it acts on the board it left.
        self.board.remove_column(column_id, target_id)
        self._sync_widgets()
        self._rebuild_cards()
        self._draw()

    def action_limit_column(self) -> None:
        if self.board.columns:
            limit_column(self, self.board.columns[self.board.col])

    def action_move_column(self, dx: int) -> None:
        column = self.board.move_column(dx)
        if column is None:
            return
        self.save(lambda: self.service.board.shift(column.id, dx))
        self._card_cache = {}  # a card's progress depends on the column order
        self._rebuild_cards()
        self._draw()

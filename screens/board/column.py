"""One column of the goal board: a line-API widget that draws only the cards in view.

The board screen owns the cursor and the data; a :class:`BoardColumn` shows
what it is handed (its title, its :class:`Card` list, which card the cursor is
on, whether it is the active column) and reports clicks with
:class:`BoardColumn.CardClicked`. Every card is exactly :data:`CARD_HEIGHT`
lines high, so a column of 800 cards costs no more to draw than a column of
five: ``render_line`` works out which card and which of its lines a screen row
shows, and each card is laid out once per width and cached.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from rich.cells import cell_len
from textual import events
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from coach.coaching.progress import goal_progress
from coach.models import Column, Goal
from coach.text import one_line
from screens.widgets.literal import literal_line

CARD_HEIGHT = 5  # two lines of statement, the aspiration, deadline and progress, a gap
DUE_SOON_DAYS = 14
BAR_CELLS = 5


@dataclass(frozen=True)
class Card:
    """What a card shows, worked out once per goal (all text is plain, never markup)."""

    goal_id: str
    statement: str
    aspiration: str
    due: str
    due_short: str
    due_kind: str  # "overdue", "soon", "done", "none" or ""
    progress: float


def due_of(goal: Goal, column: Column, today: date) -> tuple[str, str, str]:
    """The deadline as a card says it, a shorter form for narrow columns, and its urgency."""
    if column.done:
        day = goal.done.date().isoformat() if goal.done else ""
        return (f"done {day}".strip(), day or "done", "done")
    if goal.deadline is None:
        return ("no deadline", "no date", "none")
    days = (goal.deadline - today).days
    if days < 0:
        return (f"overdue {-days} d", f"{-days} d late", "overdue")
    if days == 0:
        return ("due today", "today", "soon")
    if days <= DUE_SOON_DAYS:
        return (f"due in {days} d", f"in {days} d", "soon")
    return (f"due {goal.deadline.isoformat()}", goal.deadline.isoformat(), "")


def make_card(
    goal: Goal,
    column: Column,
    columns: Sequence[Column],
    aspirations: dict[str, str],
    today: date,
) -> Card:
    """The card of ``goal`` as shown in ``column`` (which may be ahead of the store)."""
    if goal.column != column.id:
        goal = goal.model_copy(update={"column": column.id})
    due, short, kind = due_of(goal, column, today)
    aspiration = aspirations.get(goal.aspiration_id or "", "") if goal.aspiration_id else ""
    return Card(
        goal_id=goal.id,
        # Cut before wrapping: a 10,000-character statement still shows two lines.
        statement=one_line(goal.statement, 400),
        aspiration=one_line(aspiration, 200),
        due=due,
        due_short=short,
        due_kind=kind,
        progress=goal_progress(goal, columns),
    )


class ColumnTitle(NamedTuple):
    """A column's border title in two parts: its name, and how full it is (" · 2/3")."""

    name: Content
    state: Content

    @property
    def plain(self) -> str:
        return self.name.plain + self.state.plain

    def fitted(self, width: int) -> Content:
        """The title for a column ``width`` cells wide: a name too long for it ends in an
        ellipsis, so how full the column is (its WIP state) always shows."""
        room = width - _BORDER_TITLE_MARGIN - self.state.cell_length
        name = self.name
        if name.cell_length > room:
            name = name.truncate(max(room, 1), ellipsis=True)
        return name + self.state


# What a border takes beside its title: the corners, a line cell and a space each side.
_BORDER_TITLE_MARGIN = 6


def column_title(column: Column, shown: int, total: int, *, filtering: bool) -> ColumnTitle:
    """A column's border title: its name (literally), how many cards it shows, and, with a
    WIP limit, how many it holds of that limit ("Doing · 3/2 over", in the warning colour)."""
    name = literal_line(column.name, 40)
    limit = column.wip_limit
    if limit is None:
        return ColumnTitle(name, Content(f" · {shown}/{total}" if filtering else f" · {shown}"))
    seen = f" · {shown} of" if filtering else " ·"
    held = f"{total}/{limit}"
    if total > limit:
        over = Content(seen + " ") + Content.styled(f"{held} over", "$warning bold")
        return ColumnTitle(name, over)
    return ColumnTitle(name, Content(f"{seen} {held}"))


def _fit(text: str, width: int, style: Style | None = None) -> Content:
    content = Content(text)
    if style is not None:
        content = content.stylize(style)
    return content.truncate(width, ellipsis=True, pad=True)


class BoardColumn(ScrollView, can_focus=False):
    """A column of cards. Not focusable: the screen handles every key."""

    COMPONENT_CLASSES = {
        "board-column--cursor",
        "board-column--marker",
        "board-column--muted",
        "board-column--overdue",
        "board-column--soon",
        "board-column--done",
        "board-column--bar",
    }

    DEFAULT_CSS = """
    BoardColumn {
        width: 1fr;
        min-width: 20;
        height: 1fr;
        border: round $panel-lighten-2;
        border-title-color: $text;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
    }
    BoardColumn.-active {
        border: round $accent;
        border-title-style: bold;
    }
    BoardColumn > .board-column--cursor { background: $primary 35%; }
    BoardColumn > .board-column--marker { color: $accent; }
    BoardColumn > .board-column--muted { color: $text-muted; }
    BoardColumn > .board-column--overdue { color: $error; text-style: bold; }
    BoardColumn > .board-column--soon { color: $warning; }
    BoardColumn > .board-column--done { color: $success; }
    BoardColumn > .board-column--bar { color: $primary; }
    """

    class CardClicked(Message):
        """A card (or the empty space of a column) was clicked."""

        def __init__(self, column: BoardColumn, row: int | None, chain: int) -> None:
            super().__init__()
            self.column = column
            self.row = row
            self.chain = chain

    def __init__(self, index: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = index
        self.cards: Sequence[Card] = ()
        self.cursor: int | None = None
        self.active = False
        self.empty_text = ""
        self._title: ColumnTitle | None = None
        self.title_shown = Content("")  # the border title as drawn
        self._strips: LRUCache[tuple[Card, int, bool], list[Strip]] = LRUCache(256)

    # -- attributes down ----------------------------------------------------------

    def show(
        self,
        title: ColumnTitle,
        cards: Sequence[Card],
        cursor: int | None,
        *,
        active: bool,
        empty_text: str = "",
    ) -> None:
        """Draw ``cards`` with the cursor on ``cursor`` (only drawn when ``active``)."""
        if title != self._title:  # setting a border title repaints the whole column
            self._title = title
            self._fit_title()
        cursor = max(0, min(cursor, len(cards) - 1)) if cursor is not None and cards else None
        if (
            cards is self.cards
            and cursor == self.cursor
            and active == self.active
            and empty_text == self.empty_text
        ):
            return
        cards_changed = cards is not self.cards
        only_cursor = not cards_changed and active == self.active and empty_text == self.empty_text
        was = self.cursor
        self.cards, self.cursor, self.active, self.empty_text = cards, cursor, active, empty_text
        self.set_class(active, "-active")
        if cards_changed:
            self.virtual_size = Size(0, max(len(cards), 1) * CARD_HEIGHT)
        if only_cursor:  # redraw the two cards the cursor left and reached, not the column
            for index in {i for i in (was, cursor) if i is not None}:
                self.refresh_lines(index * CARD_HEIGHT, CARD_HEIGHT)
        else:
            self.refresh()
        if active:
            self.scroll_to_cursor()

    def on_resize(self) -> None:
        self._fit_title()

    def _fit_title(self) -> None:
        if self._title is not None:  # the name is fitted to the width beside its state
            self.title_shown = self._title.fitted(self.outer_size.width)
            self.border_title = self.title_shown

    def scroll_to_cursor(self) -> None:
        if self.cursor is None or not self.is_mounted:
            return
        self.scroll_to_region(
            Region(0, self.cursor * CARD_HEIGHT, 1, CARD_HEIGHT),
            animate=False,
            force=True,
            immediate=True,
        )

    # -- drawing --------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        index, offset = divmod(line, CARD_HEIGHT)
        base = self.get_visual_style()
        if not self.cards:
            wrapped = Content(self.empty_text).wrap(max(width - 2, 1)) if self.empty_text else []
            if line < len(wrapped):
                text = Content(" ") + wrapped[line].stylize(self._partial("board-column--muted"))
                return Strip(text.render_segments(base)).adjust_cell_length(width, base.rich_style)
            return Strip.blank(width, base.rich_style)
        if index >= len(self.cards) or width <= 0:
            return Strip.blank(width, base.rich_style)
        card = self.cards[index]
        highlighted = self.active and index == self.cursor
        key = (card, width, highlighted)
        strips = self._strips.get(key)
        if strips is None:
            strips = self._strips[key] = self._layout(card, width, highlighted)
        return strips[offset]

    def _partial(self, name: str) -> Style:
        return self.get_visual_style(name, partial=True)

    def _layout(self, card: Card, width: int, highlighted: bool) -> list[Strip]:
        base = (
            self.get_visual_style("board-column--cursor")
            if highlighted
            else self.get_visual_style()
        )
        text_width = max(width - 2, 1)
        gutter = Content("▌").stylize(self._partial("board-column--marker"))
        blank = Content(" ")
        statement = _statement_lines(card.statement, text_width)
        aspiration = _fit(
            f"↳ {card.aspiration}" if card.aspiration else "↳ no aspiration",
            text_width,
            self._partial("board-column--muted"),
        )
        lines = [*statement, aspiration, self._due_line(card, text_width)]
        strips = []
        for content in lines:
            row = (gutter if highlighted else blank) + content + blank
            strips.append(
                Strip(row.render_segments(base)).adjust_cell_length(width, base.rich_style)
            )
        strips.append(Strip.blank(width, self.get_visual_style().rich_style))
        return strips

    def _due_line(self, card: Card, width: int) -> Content:
        styles = {
            "overdue": "board-column--overdue",
            "soon": "board-column--soon",
            "done": "board-column--done",
            "none": "board-column--muted",
            "": "board-column--muted",
        }
        percent = Content(f"{round(card.progress * 100)}%")
        filled = round(card.progress * BAR_CELLS)
        bar = Content("█" * filled + "░" * (BAR_CELLS - filled)).stylize(
            self._partial("board-column--bar")
        )
        # Narrow columns drop the bar first, then say the deadline more briefly.
        short = card.due_short
        choices = [(card.due, bar + " " + percent.right(4)), (card.due, percent), (short, percent)]
        due, right = next(
            ((d, r) for d, r in choices if cell_len(d) + 1 + r.cell_length <= width), choices[-1]
        )
        left = _fit(
            due, max(width - right.cell_length - 1, 0), self._partial(styles[card.due_kind])
        )
        return (left + Content(" ") + right).truncate(width, pad=True)

    # -- mouse ----------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        line = self.scroll_offset.y + event.y
        row: int | None = line // CARD_HEIGHT
        if row is not None and row >= len(self.cards):
            row = None
        self.post_message(self.CardClicked(self, row, event.chain))


def _statement_lines(statement: str, width: int) -> list[Content]:
    """The statement wrapped onto exactly two lines, the second cut with an ellipsis."""
    wrapped = Content(statement).wrap(width)
    if len(wrapped) > 2:
        second = wrapped[1].plain.rstrip() + " " + wrapped[2].plain
        wrapped = [wrapped[0], Content(second).truncate(width, ellipsis=True)]
    while len(wrapped) < 2:
        wrapped.append(Content(""))
    return [line.rstrip().truncate(width, pad=True) for line in wrapped]


__all__ = [
    "CARD_HEIGHT",
    "BoardColumn",
    "Card",
    "ColumnTitle",
    "column_title",
    "due_of",
    "make_card",
]

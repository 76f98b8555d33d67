"""What the board shows, and each move applied to it ahead of the store.

:class:`BoardModel` holds the columns, every goal of each column in board
order, the filters, the goals they let through, and the cursor (a column and a
row). Its moves change this copy exactly as the service will change the store
(``GoalService.shift`` and ``move``), so the board can show a move at once,
act on the next key of a burst from there, and still agree with the file once
the saves are done. Pure Python: no Textual, no store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coach.lookup import matches, terms_of
from coach.models import Column, Goal


@dataclass(frozen=True)
class Filters:
    """Goals matching the words, of one aspiration, with one tag ("" means any)."""

    text: str = ""
    aspiration_id: str = ""
    tag: str = ""

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.aspiration_id or self.tag)


@dataclass(frozen=True)
class Across:
    """A card moved to another column: the goal as it now is, and where it was."""

    goal: Goal
    source: Column
    target: Column


class BoardModel:
    def __init__(self) -> None:
        self.columns: list[Column] = []
        self.goals: list[list[Goal]] = []  # every goal of each column, in board order
        self.shown: list[list[Goal]] = []  # the ones the filters let through
        self.titles: dict[str, str] = {}  # aspiration titles by id
        self.filters = Filters()
        self.col = 0
        self.row = 0  # the wanted row; clamped to the column when used
        self._terms: list[str] = []

    # -- loading and filtering ------------------------------------------------------

    def load(
        self, columns: Sequence[Column], goals: Iterable[Goal], titles: dict[str, str]
    ) -> None:
        """Take the store's board (``goals`` in board order); the cursor stays on its goal."""
        keep = self.selected_id
        self.columns, self.titles = list(columns), titles
        where = {c.id: i for i, c in enumerate(self.columns)}
        self.goals = [[] for _ in self.columns]
        for goal in goals:  # a goal in an unknown column shows in the first one
            self.goals[where.get(goal.column, 0)].append(goal)
        self.refilter()
        self.select(keep)

    def set_filters(self, filters: Filters) -> bool:
        """Apply ``filters``; the cursor stays on its goal if it is still shown."""
        if filters == self.filters:
            return False
        keep = self.selected_id
        self.filters, self._terms = filters, terms_of(filters.text)
        self.refilter()
        self.select(keep)
        return True

    def passes(self, goal: Goal) -> bool:
        f = self.filters
        if f.aspiration_id and goal.aspiration_id != f.aspiration_id:
            return False
        if f.tag and f.tag not in goal.tags:
            return False
        title = self.titles.get(goal.aspiration_id or "", "")
        return matches(self._terms, goal.statement, goal.specific, goal.notes, goal.tags, title)

    def refilter(self, only: Iterable[int] | None = None) -> None:
        if len(self.shown) != len(self.columns):
            self.shown = [[] for _ in self.columns]
        active = self.filters.active
        for i in range(len(self.columns)) if only is None else only:
            goals = self.goals[i]
            self.shown[i] = [g for g in goals if self.passes(g)] if active else list(goals)

    def tags(self) -> list[str]:
        return sorted({t for goals in self.goals for g in goals for t in g.tags})

    def holds(self, goal_id: str) -> bool:
        return any(g.id == goal_id for goals in self.goals for g in goals)

    # -- the cursor -------------------------------------------------------------------

    @property
    def row_index(self) -> int:
        """The row the cursor is on, within its column."""
        shown = self.shown[self.col] if self.col < len(self.shown) else []
        return min(self.row, len(shown) - 1) if shown else 0

    @property
    def selected(self) -> Goal | None:
        if self.col >= len(self.shown) or not self.shown[self.col]:
            return None
        return self.shown[self.col][self.row_index]

    @property
    def selected_id(self) -> str | None:
        goal = self.selected
        return goal.id if goal else None

    def select(self, goal_id: str | None) -> bool:
        """Put the cursor on ``goal_id`` if it is shown; else keep the cursor in range."""
        for c, goals in enumerate(self.shown if goal_id else ()):
            for r, goal in enumerate(goals):
                if goal.id == goal_id:
                    self.col, self.row = c, r
                    return True
        self.col = max(0, min(self.col, len(self.columns) - 1))
        return False

    def step(self, dx: int = 0, dy: int = 0) -> None:
        """Left/right keeps the wanted row (a similar height); up/down sets it."""
        if not self.columns:
            return
        self.col = max(0, min(len(self.columns) - 1, self.col + dx))
        shown = self.shown[self.col]
        if dy and shown:
            self.row = max(0, min(len(shown) - 1, self.row_index + dy))

    def edge(self, end: int) -> None:
        if self.columns:
            self.row = max(len(self.shown[self.col]) - 1, 0) if end > 0 else 0

    # -- moves, as the service makes them -----------------------------------------------

    def move_across(self, dx: int) -> Across | None:
        """``GoalService.shift(columns=dx)``: to the end of the column ``dx`` away."""
        goal = self.selected
        here = self.col
        there = max(0, min(len(self.columns) - 1, here + dx))
        if goal is None or there == here:
            return None
        target = self.columns[there]
        moved = goal.model_copy(update={"column": target.id})
        self.goals[here] = [g for g in self.goals[here] if g.id != goal.id]
        self.goals[there].append(moved)
        self.refilter((here, there))
        self.select(moved.id)
        return Across(goal=moved, source=self.columns[here], target=target)

    def move_within(self, dy: int) -> tuple[Goal, int] | None:
        """Swap with the shown neighbour; the goal's index in its column afterwards.

        Without filters this is ``GoalService.shift(rows=dy)``; with filters the goal
        jumps over hidden goals to its shown neighbour (``GoalService.move(index=...)``).
        """
        goal = self.selected
        if goal is None:
            return None
        shown = self.shown[self.col]
        at = self.row_index
        if not 0 <= at + dy < len(shown):
            return None
        neighbour = shown[at + dy].id
        others = [g for g in self.goals[self.col] if g.id != goal.id]
        index = next(i for i, g in enumerate(others) if g.id == neighbour) + (dy > 0)
        others.insert(index, goal)
        self.goals[self.col] = others
        self.refilter((self.col,))
        self.select(goal.id)
        return goal, index

    def remove(self, goal_id: str) -> None:
        for i, goals in enumerate(self.goals):
            self.goals[i] = [g for g in goals if g.id != goal_id]
        self.refilter()

    def move_column(self, dx: int) -> Column | None:
        """``BoardService.shift``: the selected column ``dx`` places along; the cursor follows."""
        here = self.col
        there = max(0, min(len(self.columns) - 1, here + dx))
        if there == here:
            return None
        column = self.columns[here]
        self.columns.insert(there, self.columns.pop(here))
        self.goals.insert(there, self.goals.pop(here))
        self.columns = [c.model_copy(update={"order": i}) for i, c in enumerate(self.columns)]
        self.refilter()
        self.col = there
        return column

    def remove_column(self, column_id: str, target_id: str) -> None:
        """``BoardService.remove(move_to=...)``: its goals to the end of the target, in their
        order; the cursor stays on its goal (or in range)."""
        keep = self.selected_id
        here = next(i for i, c in enumerate(self.columns) if c.id == column_id)
        there = next(i for i, c in enumerate(self.columns) if c.id == target_id)
        target = self.columns[there]
        moved = [g.model_copy(update={"column": target.id}) for g in self.goals[here]]
        self.goals[there] = [*self.goals[there], *moved]
        del self.columns[here], self.goals[here]
        self.shown = []
        self.refilter()
        self.select(keep)

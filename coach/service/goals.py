"""Goals: add, edit, move on the board, move a date on purpose, let go, delete, list."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from coach.errors import InvalidInputError, NotFoundError
from coach.lookup import clean_tags, matches, resolve_titled, terms_of
from coach.models import Aspiration, Column, DateMove, Goal, new_id
from coach.service.board import BoardService
from coach.service.history import History, Work
from coach.store.repository import Repository

if TYPE_CHECKING:
    from coach.service.progress import ProgressService

GAP = 1024  # positions are spaced so a move usually rewrites one goal only


def _statement(text: str) -> str:
    statement = " ".join(text.split())
    if not statement:
        raise InvalidInputError("a goal needs a statement: what exactly will you achieve?")
    return statement


class GoalService:
    def __init__(
        self,
        repo: Repository,
        history: History,
        board: BoardService,
        clock: Callable[[], datetime],
        progress: Callable[[], ProgressService],
    ) -> None:
        self._repo = repo
        self._history = history
        self._board = board
        self._clock = clock
        self._progress = progress

    # -- reading ---------------------------------------------------------------

    def resolve(self, wanted: str) -> str:
        return resolve_titled("goal", wanted, self._repo.raw_table("goals"), "statement")

    def get(self, goal_id: str) -> Goal:
        goal = self._repo.get(Goal, self.resolve(goal_id))
        if goal is None:
            raise NotFoundError(f"goal {goal_id} cannot be read; run `coach doctor`")
        return goal

    def find(
        self,
        *,
        aspiration_id: str | None = None,
        column: str | None = None,
        tag: str | None = None,
        search: str = "",
        let_go: bool = False,
    ) -> list[Goal]:
        """Goals in board order (column, then position); those let go of only with
        ``let_go``."""
        order = {c.id: c.order for c in self._board.columns()}
        column_id = self._board.column(column).id if column else None
        terms = terms_of(search)
        wanted_tag = tag.strip().lstrip("#").lower() if tag else None
        found = [
            g
            for g in self._repo.all(Goal)
            if (let_go or g.let_go is None)
            and (aspiration_id is None or g.aspiration_id == aspiration_id)
            and (column_id is None or g.column == column_id)
            and (wanted_tag is None or wanted_tag in g.tags)
            and matches(terms, g.statement, g.specific, g.notes, list(g.tags))
        ]
        found.sort(key=lambda g: (order.get(g.column, len(order)), g.position, g.created))
        return found

    def of_aspiration(self, aspiration_id: str) -> list[Goal]:
        """The goals that lead to one aspiration, in board order."""
        return self.find(aspiration_id=aspiration_id)

    def counts_by_aspiration(self) -> dict[str, int]:
        """How many goals lead to each aspiration, by aspiration id (a goal let go of no
        longer leads there: it is not counted, as in the aspiration's details)."""
        counts: dict[str, int] = {}
        for goal in self._repo.all(Goal):
            if goal.aspiration_id and goal.let_go is None:
                counts[goal.aspiration_id] = counts.get(goal.aspiration_id, 0) + 1
        return counts

    def in_column(self, column_id: str) -> list[Goal]:
        found = [g for g in self._repo.all(Goal) if g.column == column_id]
        found.sort(key=lambda g: (g.position, g.created))
        return found

    # -- changing --------------------------------------------------------------

    def add(self, statement: str, **options: Any) -> Goal:
        """Add a goal at the bottom of its column (the board's first column by default).

        ``options`` are those of :meth:`new`.
        """
        goal = self.new(statement, **options)
        with self._history.work(f"add goal “{goal.statement}”") as work:
            self.put_new(work, goal)
        return goal

    def put_new(self, work: Work, goal: Goal) -> None:
        """Store a goal made by :meth:`new` as part of ``work`` (one undoable change)."""
        self._board.materialise(work)
        work.put(goal)
        if goal.measurable.current is not None:
            # Where it stood when it was made: the first point of its burn-up.
            self._progress().log_in(
                work, goal, goal.measurable.current, note="where it stood when the goal was made"
            )

    def new(
        self,
        statement: str,
        *,
        aspiration_id: str | None = None,
        column: str | None = None,
        deadline: date | None = None,
        tags: Iterable[str] = (),
        **parts: Any,
    ) -> Goal:
        """A new goal at the bottom of ``column``, not stored yet (:meth:`add` stores one)."""
        target = self._board.column(column) if column else self._board.first()
        if aspiration_id is not None:
            aspiration_id = self._aspiration(aspiration_id)
        stamp = self._clock()
        goal = Goal(
            id=new_id("g"),
            statement=_statement(statement),
            aspiration_id=aspiration_id,
            deadline=deadline,
            column=target.id,
            position=self._end_of(target.id),
            created=stamp,
            updated=stamp,
            tags=clean_tags(tags),
            **parts,
        )
        return self._stamped(goal, target)

    def save(self, goal: Goal) -> Goal:
        """Store an edited goal whole (the wizard's save)."""
        current = self.get(goal.id)
        if goal.aspiration_id is not None:
            self._aspiration(goal.aspiration_id)
        updated = goal.changed(statement=_statement(goal.statement), updated=self._clock())
        if updated.column != current.column:
            updated = self._stamped(updated, self._board.column(updated.column))
        with self._history.work(f"edit goal “{updated.statement}”") as work:
            work.put(updated)
        return updated

    def edit(self, goal_id: str, *, reason: str = "", **changes: Any) -> Goal:
        """Change fields of a goal. A deadline that moves is kept in ``date_moves`` with
        ``reason`` (and the statement follows it where it wrote the old day as
        YYYY-MM-DD); a new current value is logged as progress, today."""
        goal = self.get(goal_id)
        moved = "deadline" in changes and changes["deadline"] != goal.deadline
        if moved and goal.deadline is not None:
            move = DateMove(
                before=goal.deadline,
                after=changes["deadline"],
                reason=" ".join(reason.split()),
                moved=self._clock(),
            )
            changes["date_moves"] = (*goal.date_moves, move)
            written = goal.deadline.isoformat()
            if changes["deadline"] is not None and "statement" not in changes:
                # "... by 2027-04-30" would go on saying the old day beside the new one
                # (on the card, in the calendar); the day it said is kept in date_moves.
                changes["statement"] = goal.statement.replace(
                    written, changes["deadline"].isoformat()
                )
        measurable = changes.get("measurable")
        current = None if measurable is None else measurable.current
        if current is not None and current != goal.measurable.current:
            return self._edit_logging(goal, current, changes)
        return self.save(self._checked(goal, changes))

    def _edit_logging(self, goal: Goal, current: float, changes: dict[str, Any]) -> Goal:
        """An edit that sets a new current value: the edit and its progress entry as one."""
        edited = self._checked(goal, changes)
        with self._history.work(f"edit goal “{edited.statement}”") as work:
            work.put(edited)
            self._progress().log_in(work, edited, current, note="set by editing the goal")
        return self.get(goal.id)

    def _checked(self, goal: Goal, changes: dict[str, Any]) -> Goal:
        if "statement" in changes:
            changes["statement"] = _statement(changes["statement"])
        if "tags" in changes:
            changes["tags"] = clean_tags(changes["tags"])
        if changes.get("aspiration_id"):
            changes["aspiration_id"] = self._aspiration(changes["aspiration_id"])
        return goal.changed(**changes, updated=self._clock())

    def let_go(self, goal_id: str, reason: str = "") -> Goal:
        """Let a goal go: it leaves the board and the reminders, and keeps its history."""
        goal = self.get(goal_id)
        released = goal.changed(
            let_go=self._clock(), let_go_reason=" ".join(reason.split()), updated=self._clock()
        )
        with self._history.work(f"let go of goal “{goal.statement}”") as work:
            work.put(released)
        return released

    def take_back(self, goal_id: str) -> Goal:
        """Undo letting a goal go, later on: it returns to its column on the board."""
        goal = self.get(goal_id)
        if goal.let_go is None:
            raise InvalidInputError(
                f"“{goal.statement}” was not let go: it is on the board already"
            )
        back = goal.changed(let_go=None, let_go_reason="", updated=self._clock())
        with self._history.work(f"take back goal “{goal.statement}”") as work:
            work.put(back)
        return back

    def move(
        self,
        goal_id: str,
        column: str | None = None,
        *,
        index: int | None = None,
        final: float | None = None,
    ) -> Goal:
        """Put a goal in ``column`` (its own if None) at ``index`` (the end if None).

        ``final`` is the value it ended on, logged today in the same change: a goal
        moved into Done is asked whether its target was reached.
        """
        goal = self.get(goal_id)
        target = self._board.column(column) if column else self._board.column(goal.column)
        others = [g for g in self.in_column(target.id) if g.id != goal.id]
        index = len(others) if index is None else max(0, min(index, len(others)))
        with self._history.work(self._move_label(goal, target)) as work:
            self._board.materialise(work)
            position = self._slot(work, others, index)
            moved = goal.changed(column=target.id, position=position, updated=self._clock())
            moved = self._stamped(moved, target)
            work.put(moved)
            if final is not None:
                self._progress().log_in(work, moved, final, note=f"final value, in {target.name}")
        return self.get(goal.id)

    def shift(self, goal_id: str, columns: int = 0, rows: int = 0) -> Goal:
        """Move a goal by whole columns (to the end of the other column) or by rows."""
        goal = self.get(goal_id)
        if columns:
            cols = self._board.columns()
            here = next((i for i, c in enumerate(cols) if c.id == goal.column), 0)
            target = cols[max(0, min(len(cols) - 1, here + columns))]
            return goal if target.id == goal.column else self.move(goal.id, target.id)
        if rows:
            siblings = self.in_column(goal.column)
            here = next(i for i, g in enumerate(siblings) if g.id == goal.id)
            target_index = max(0, min(len(siblings) - 1, here + rows))
            return goal if target_index == here else self.move(goal.id, index=target_index)
        return goal

    def carry(self, work: Work, goals: Iterable[Goal], target: Column, *, first: Column) -> None:
        """Move ``goals`` to the end of ``target``, in their order, as part of ``work``
        (a column being removed); ``first`` is the board's first column afterwards."""
        position = self._end_of(target.id)
        for goal in sorted(goals, key=lambda g: (g.position, g.created)):
            moved = goal.changed(column=target.id, position=position, updated=self._clock())
            work.put(self._stamped(moved, target, first=first))
            position += GAP

    def delete(self, goal_id: str) -> Goal:
        goal = self.get(goal_id)
        with self._history.work(f"delete goal “{goal.statement}”") as work:
            work.delete(Goal, goal.id)
        return goal

    # -- helpers ---------------------------------------------------------------

    def _aspiration(self, wanted: str) -> str:
        docs = self._repo.raw_table("aspirations")
        aspiration_id = resolve_titled("aspiration", wanted, docs, "title")
        if self._repo.get(Aspiration, aspiration_id) is None:
            raise NotFoundError(f"aspiration {wanted} cannot be read; run `coach doctor`")
        return aspiration_id

    def _end_of(self, column_id: str) -> int:
        goals = self.in_column(column_id)
        return goals[-1].position + GAP if goals else 0

    def _slot(self, work: Work, others: list[Goal], index: int) -> int:
        """A position between ``others[index-1]`` and ``others[index]``; respaces if needed."""
        before = others[index - 1].position if index > 0 else None
        after = others[index].position if index < len(others) else None
        if before is None and after is None:
            return 0
        if before is None:
            assert after is not None
            return after - GAP
        if after is None:
            return before + GAP
        if after - before > 1:
            return (before + after) // 2
        for i, goal in enumerate(others):  # no room left: space the column out again
            wanted = (i + (1 if i >= index else 0)) * GAP
            if goal.position != wanted:
                work.put(goal.changed(position=wanted))
        return index * GAP

    def _stamped(self, goal: Goal, column: Column, *, first: Column | None = None) -> Goal:
        """Set started/done times from the column a goal is in (``first``: the board's
        first column, when it is about to change)."""
        stamp = self._clock()
        first = first or self._board.first()
        started = goal.started
        if started is None and column.id != first.id:
            started = stamp
        done = (goal.done or stamp) if column.done else None
        if started == goal.started and done == goal.done:
            return goal
        return goal.changed(started=started, done=done)

    def _move_label(self, goal: Goal, target: Column) -> str:
        if target.id == goal.column:
            return f"reorder goal “{goal.statement}”"
        return f"move goal “{goal.statement}” to {target.name}"

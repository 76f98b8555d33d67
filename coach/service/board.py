"""Board columns: list, add, rename, reorder, limit, remove (its goals moved elsewhere).

A new store has the four default columns without writing them: they are
stored with the first change that needs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from coach.errors import InvalidInputError, NotFoundError
from coach.models import Column, Goal, default_columns
from coach.models.board import WIP_MAX, WIP_MIN
from coach.service.history import History, Work
from coach.store.repository import Repository
from coach.text import count

if TYPE_CHECKING:
    from coach.service.goals import GoalService


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "column"


def _defaults() -> list[Column]:
    """A new board's columns: the board_columns setting (the last is Done), else coach's."""
    from coach.config import settings

    names = settings().column_names()
    if not names:
        return default_columns()
    ids: list[str] = []
    for name in names:
        cid, n = _slug(name), 2
        while cid in ids:
            cid, n = f"{_slug(name)}-{n}", n + 1
        ids.append(cid)
    last = len(names) - 1
    return [
        Column(id=cid, name=name, order=i, done=i == last)
        for i, (cid, name) in enumerate(zip(ids, names, strict=True))
    ]


class BoardService:
    def __init__(
        self, repo: Repository, history: History, goals: Callable[[], GoalService]
    ) -> None:
        self._repo = repo
        self._history = history
        self._goals = goals  # late: the goal service is built on this one

    def columns(self) -> list[Column]:
        """The columns in board order."""
        stored = self._repo.all(Column)
        found = stored or _defaults()
        return sorted(found, key=lambda c: (c.order, c.id))

    def first(self) -> Column:
        return self.columns()[0]

    def column(self, wanted: str) -> Column:
        """A column by id or by name, case-insensitively."""
        key = wanted.strip().casefold()
        for column in self.columns():
            if key in (column.id.casefold(), column.name.casefold()):
                return column
        names = ", ".join(c.name for c in self.columns())
        raise NotFoundError(f"no column {wanted!r}; the columns are {names}")

    def materialise(self, work: Work) -> None:
        """Store the default columns if they are only implied so far."""
        if not self._repo.raw_table("columns"):
            for column in _defaults():
                work.put(column)

    def add(self, name: str) -> Column:
        name = _name(name)
        existing = self.columns()
        if any(c.name.casefold() == name.casefold() for c in existing):
            raise InvalidInputError(f"there is already a column called {name!r}")
        ids = {c.id for c in existing}
        cid, n = _slug(name), 2
        while cid in ids:
            cid, n = f"{_slug(name)}-{n}", n + 1
        done = next((c for c in existing if c.done), None)
        order = done.order if done else len(existing)
        column = Column(id=cid, name=name, order=order)
        with self._history.work(f"add column “{name}”") as work:
            self.materialise(work)
            if done is not None:  # new columns go before Done
                work.put(done.changed(order=done.order + 1))
            work.put(column)
        return column

    def rename(self, wanted: str, name: str) -> Column:
        column = self.column(wanted)
        name = _name(name)
        if any(c.name.casefold() == name.casefold() and c.id != column.id for c in self.columns()):
            raise InvalidInputError(f"there is already a column called {name!r}")
        renamed = column.changed(name=name)
        with self._history.work(f"rename column “{column.name}” to “{name}”") as work:
            self.materialise(work)
            work.put(renamed)
        return renamed

    def shift(self, wanted: str, delta: int) -> list[Column]:
        """Move a column ``delta`` places left (negative) or right; returns the new order."""
        columns = self.columns()
        column = self.column(wanted)
        index = next(i for i, c in enumerate(columns) if c.id == column.id)
        target = max(0, min(len(columns) - 1, index + delta))
        if target == index:
            return columns
        columns.insert(target, columns.pop(index))
        with self._history.work(f"move column “{column.name}”") as work:
            self.materialise(work)
            for order, col in enumerate(columns):
                if col.order != order or not self._repo.raw("columns", col.id):
                    work.put(col.changed(order=order))
        return self.columns()

    def set_limit(self, wanted: str, limit: int | None) -> Column:
        """Set the column's WIP limit (``None`` clears it): how many goals it should hold."""
        column = self.column(wanted)
        if limit is not None and not WIP_MIN <= limit <= WIP_MAX:
            raise InvalidInputError(
                f"a column's limit is a whole number from {WIP_MIN} to {WIP_MAX}, or none"
            )
        if column.done and limit is not None:
            raise InvalidInputError(
                "the Done column takes no limit: what is done is not in progress"
            )
        if limit == column.wip_limit:
            return column
        if limit is None:
            label = f"clear the limit of column “{column.name}”"
        else:
            label = f"limit column “{column.name}” to {count(limit, 'goal')}"
        limited = column.changed(wip_limit=limit)
        with self._history.work(label) as work:
            self.materialise(work)
            work.put(limited)
        return limited

    def remove(self, wanted: str, *, move_to: str | None = None) -> Column:
        """Remove a column. Its goals (those let go of too) first move to the end of
        ``move_to``, in their order, in the same undoable change; without ``move_to``
        only an empty column can go. The Done column and the last column stay."""
        column = self.column(wanted)
        columns = self.columns()
        if column.done:
            raise InvalidInputError("the Done column cannot be removed; rename it instead")
        if len(columns) <= 1:
            raise InvalidInputError("the board needs at least one column")
        target = self.column(move_to) if move_to is not None else None
        if target is not None and target.id == column.id:
            raise InvalidInputError("move its goals to another column than the one removed")
        goals = [g for g in self._repo.all(Goal) if g.column == column.id]
        if goals and target is None:
            raise InvalidInputError(
                f"column “{column.name}” still has goals; say which column they move to"
            )
        label = f"remove column “{column.name}”"
        if goals and target is not None:
            label += f" (its {count(len(goals), 'goal')} to {target.name})"
        with self._history.work(label) as work:
            self.materialise(work)
            if goals and target is not None:
                first = next(c for c in columns if c.id != column.id)
                self._goals().carry(work, goals, target, first=first)
            work.delete(Column, column.id)
        return column


def _name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInputError("a column needs a name")
    if len(name) > 40:
        raise InvalidInputError("keep a column name under 40 characters")
    return name

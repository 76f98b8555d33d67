"""Board columns: list, add, rename, reorder, remove an empty one.

A new store has the four default columns without writing them: they are
stored with the first change that needs them.
"""

from __future__ import annotations

import re

from coach.errors import InvalidInputError, NotFoundError
from coach.models import Column, Goal, default_columns
from coach.service.history import History, Work
from coach.store.repository import Repository


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
    def __init__(self, repo: Repository, history: History) -> None:
        self._repo = repo
        self._history = history

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

    def remove(self, wanted: str) -> Column:
        column = self.column(wanted)
        if any(g.column == column.id for g in self._repo.all(Goal)):
            raise InvalidInputError(f"column “{column.name}” still has goals; move them first")
        if len(self.columns()) <= 1:
            raise InvalidInputError("the board needs at least one column")
        if column.done:
            raise InvalidInputError("the Done column cannot be removed; rename it instead")
        with self._history.work(f"remove column “{column.name}”") as work:
            self.materialise(work)
            work.delete(Column, column.id)
        return column


def _name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInputError("a column needs a name")
    if len(name) > 40:
        raise InvalidInputError("keep a column name under 40 characters")
    return name

"""Undo and redo, as recorded changes to stored documents.

Every change the service makes runs as a :class:`Work`: it records, for each
document it touches, the document before and after. Undo puts the "before"
documents back, redo the "after" ones, each in one transaction. If a document
was changed elsewhere in the meantime (another window, a shell command), the
undo is refused instead of overwriting that change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from coach.errors import CoachError
from coach.models.base import Record
from coach.store.errors import StoreWriteError
from coach.store.repository import Repository

LIMIT = 100

Doc = dict[str, Any] | None


@dataclass(frozen=True)
class Step:
    table: str
    id: str
    before: Doc
    after: Doc


@dataclass(frozen=True)
class Change:
    """One operation the person can undo, described in their terms."""

    label: str
    steps: tuple[Step, ...]


@dataclass
class Work:
    """The documents one operation changes, written in one transaction."""

    repo: Repository
    label: str
    steps: dict[tuple[str, str], Step] = field(default_factory=dict)

    def put(self, record: Record) -> None:
        self.put_doc(record.table, record.id, record.to_doc())

    def put_new(self, record: Record) -> None:
        """Add ``record``, made just now with a new id: nothing is read to save it (there
        is no version before it to undo to), and it never replaces a stored record."""
        key = (record.table, record.id)
        doc = record.to_doc()
        self.repo.put_raw_new(record.table, record.id, doc)
        self.steps[key] = Step(record.table, record.id, None, doc)

    def put_many(self, records: Iterable[Record]) -> None:
        """Put many records, each table written in one pass (an import's thousands)."""
        by_table: dict[str, dict[str, Doc]] = {}
        for record in records:
            key = (record.table, record.id)
            doc = record.to_doc()
            before = self.steps[key].before if key in self.steps else self.repo.raw(*key)
            self.steps[key] = Step(record.table, record.id, before, doc)
            by_table.setdefault(record.table, {})[record.id] = doc
        for table, docs in by_table.items():
            self.repo.put_raw_many(table, docs)

    def delete(self, kind: type[Record], record_id: str) -> None:
        self.put_doc(kind.table, record_id, None)

    def put_doc(self, table: str, record_id: str, doc: Doc) -> None:
        """Store the document ``doc`` under ``record_id`` (``None`` deletes it)."""
        key = (table, record_id)
        before = self.steps[key].before if key in self.steps else self.repo.raw(table, record_id)
        self.repo.put_raw(table, record_id, doc)
        self.steps[key] = Step(table, record_id, before, doc)

    def change(self) -> Change | None:
        steps = tuple(s for s in self.steps.values() if s.before != s.after)
        return Change(self.label, steps) if steps else None


class History:
    """The undo and redo stacks of one session."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        # Changes made in memory whose save failed (full disk, no permission): kept
        # until a later save succeeds, and replayed if another process wrote meanwhile.
        self.pending: list[Change] = []

    @contextmanager
    def work(self, label: str, *, adding: bool = False) -> Iterator[Work]:
        """Run an operation; on success it becomes the newest undoable change.
        ``adding``: it only adds new records (:meth:`Work.put_new`), which may then be
        saved without reading the store (:meth:`Repository.transaction`)."""
        work = Work(self._repo, label)
        try:
            with self._repo.transaction(adding=adding):
                self._replay_if_lost()
                yield work
        except StoreWriteError:
            change = work.change()
            if change is not None:
                self.pending.append(change)
                self._push(change)
            raise
        self.pending.clear()
        change = work.change()
        if change is not None:
            self._push(change)

    def _push(self, change: Change) -> None:
        self._undo.append(change)
        del self._undo[:-LIMIT]
        self._redo.clear()

    def _replay_if_lost(self) -> None:
        storage = self._repo.storage
        if storage.lost_unsaved:
            storage.lost_unsaved = False
            for change in self.pending:
                for step in change.steps:
                    self._repo.put_raw(step.table, step.id, step.after)

    @property
    def unsaved(self) -> bool:
        """True while changes are held in memory because saving them failed."""
        return bool(self.pending) or self._repo.storage.dirty

    def retry(self) -> bool:
        """Save what a failed save left in memory; True when something was saved."""
        if not self.unsaved:
            return False
        with self._repo.transaction():
            self._replay_if_lost()
            self._repo.storage.write(self._repo.storage.read())
        self.pending.clear()
        return True

    def undo(self) -> Change:
        """Revert the newest change; returns it. Raises :class:`CoachError` when impossible."""
        if not self._undo:
            raise CoachError("nothing to undo")
        change = self._undo[-1]
        self._apply(change, reverse=True)
        self._redo.append(self._undo.pop())
        return change

    def redo(self) -> Change:
        if not self._redo:
            raise CoachError("nothing to redo")
        change = self._redo[-1]
        self._apply(change, reverse=False)
        self._undo.append(self._redo.pop())
        return change

    def _apply(self, change: Change, *, reverse: bool) -> None:
        verb = "undo" if reverse else "redo"
        with self._repo.transaction():
            for step in change.steps:
                expected = step.after if reverse else step.before
                if self._repo.raw(step.table, step.id) != expected:
                    raise CoachError(
                        f"cannot {verb} “{change.label}”: it was changed elsewhere since"
                    )
            # Grouped by table: each table is written once, however many records changed.
            by_table: dict[str, dict[str, Doc]] = {}
            for step in reversed(change.steps) if reverse else change.steps:
                docs = by_table.setdefault(step.table, {})
                docs[step.id] = step.before if reverse else step.after
            for table, docs in by_table.items():
                self._repo.put_raw_many(table, docs)

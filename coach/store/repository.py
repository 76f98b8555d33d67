"""The repository: typed records in and out of the TinyDB store.

On top of :class:`~coach.store.raw.RawStore`, records go in as pydantic
models and are stored as JSON values under their own string ids; they come out
validated, with each validated model cached against the exact stored document
so that ten thousand entries are not re-validated on every look. A stored
document that does not validate is never dropped: it stays in the file as it
is, is skipped in listings, and is reported by :meth:`Repository.problems`.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from coach.models import Aspiration, Column, Evaluation, Goal, JournalEntry
from coach.models.base import Record
from coach.store.raw import RawStore
from coach.store.schema import LoadReport
from coach.store.storage import CoachStorage

R = TypeVar("R", bound=Record)

TABLE_OF: dict[type[Record], str] = {
    Aspiration: "aspirations",
    Goal: "goals",
    JournalEntry: "journal",
    Evaluation: "evaluations",
    Column: "columns",
}


class Problem(BaseModel):
    """A stored record that does not validate, and why."""

    table: str
    id: str
    error: str


class Repository(RawStore):
    """Typed access to one coach data file."""

    def __init__(self, storage: CoachStorage, report: LoadReport) -> None:
        super().__init__(storage, report)
        self._models: dict[tuple[str, str], tuple[Any, Record]] = {}
        self._problems: dict[tuple[str, str], str] = {}

    # -- typed records -----------------------------------------------------------

    def _model(self, kind: type[R], table: str, record_id: str, doc: Any) -> R | None:
        key = (table, record_id)
        cached = self._models.get(key)
        if cached is not None and cached[0] is doc:
            return cached[1]  # type: ignore[return-value]
        try:
            model = kind.from_doc(doc)
        except ValidationError as exc:
            self._problems[key] = _summarise(exc)
            return None
        self._problems.pop(key, None)
        self._models[key] = (doc, model)
        return model

    def get(self, kind: type[R], record_id: str) -> R | None:
        table = TABLE_OF[kind]
        doc = self.raw_table(table).get(record_id)
        if doc is None:
            return None
        return self._model(kind, table, record_id, doc)

    def all(self, kind: type[R]) -> list[R]:
        """Every valid record of ``kind``; invalid ones are left in place and reported."""
        table = TABLE_OF[kind]
        out = []
        for record_id, doc in self.raw_table(table).items():
            model = self._model(kind, table, record_id, doc)
            if model is not None:
                out.append(model)
        return out

    def put(self, record: Record) -> None:
        """Insert or replace ``record``. Must run inside a transaction."""
        self.put_raw(TABLE_OF[type(record)], record.id, record.to_doc())

    def delete(self, kind: type[Record], record_id: str) -> None:
        self.put_raw(TABLE_OF[kind], record_id, None)

    def problems(self) -> list[Problem]:
        """Records that failed validation, after validating every table."""
        for kind in TABLE_OF:
            self.all(kind)
        return [
            Problem(table=table, id=record_id, error=error)
            for (table, record_id), error in sorted(self._problems.items())
            if record_id in self.raw_table(table)
        ]


def _summarise(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error["loc"]) or "record"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)

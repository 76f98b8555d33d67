"""The store at the level of JSON documents: open, lock, read, write. No models.

:class:`RawStore` puts TinyDB over :class:`~coach.store.storage.CoachStorage`
with tables keyed by coach's own string ids. It knows nothing of pydantic, so
a quick command that only appends a document (``coach journal add``) loads
this module and not the model layer; :class:`coach.store.repository.Repository`
adds typed records on top.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from tinydb import TinyDB
from tinydb.table import Document, Table

from coach.store import backups
from coach.store.codec import Codec
from coach.store.errors import NewerSchemaError
from coach.store.schema import SCHEMA_VERSION, LoadReport, prepare
from coach.store.storage import CoachStorage, Data


class _StringIdTable(Table):
    """A TinyDB table whose documents carry coach's own string ids."""

    document_id_class = str  # type: ignore[assignment]

    def _get_next_id(self) -> str:
        raise RuntimeError("coach records carry their own ids")


class _CoachDB(TinyDB):
    table_class = _StringIdTable


class RawStore:
    """JSON documents in one coach data file, table by table."""

    def __init__(self, storage: CoachStorage, report: LoadReport) -> None:
        self.storage = storage
        self.report = report
        self._db = _CoachDB(storage=lambda: storage)
        self._tables: dict[str, Table] = {}

    @classmethod
    def open(cls, path: str | Path, *, codec: Codec | None = None, read_only: bool = False) -> Self:
        """Open (or start) the store at ``path``. Raises a :class:`StoreError` if it cannot."""
        path = Path(path).expanduser()
        report = LoadReport()
        holder: list[CoachStorage] = []

        def _prepare(data: Data) -> Data:
            prepared = prepare(path, data, report)
            if report.newer and holder:
                holder[0].read_only = True
            return prepared

        storage = CoachStorage(path, codec=codec, prepare=_prepare, read_only=read_only)
        holder.append(storage)
        if report.newer:
            storage.read_only = True
        store = cls(storage, report)
        if (report.migrated or report.quarantined) and not storage.read_only:
            backups.take_backup(path, force=True)
            with storage.transaction() as data:
                storage.write(data)
        return store

    @property
    def path(self) -> Path:
        return self.storage.path

    @property
    def read_only(self) -> bool:
        return self.storage.read_only

    def newer_schema_error(self) -> NewerSchemaError | None:
        """The reason this store is read-only when a newer coach wrote it."""
        if self.report.newer:
            return NewerSchemaError(self.path, self.report.found_version, SCHEMA_VERSION)
        return None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes: one lock, one fresh read, one durable write at the end."""
        with self.storage.transaction():
            yield

    def raw_table(self, table: str) -> dict[str, Any]:
        """The stored documents of ``table`` by id. Treat as read-only."""
        found = self.storage.read().get(table, {})
        return found if isinstance(found, dict) else {}

    def raw(self, table: str, record_id: str) -> dict[str, Any] | None:
        doc = self.raw_table(table).get(record_id)
        return doc if isinstance(doc, dict) else None

    def put_raw(self, table: str, record_id: str, doc: dict[str, Any] | None) -> None:
        """Store ``doc`` under ``record_id`` (``None`` deletes). Must run inside a transaction."""
        tinytable = self._tables.get(table)
        if tinytable is None:
            tinytable = self._tables[table] = self._db.table(table, cache_size=0)
        if record_id in self.raw_table(table):
            tinytable.remove(doc_ids=[record_id])  # type: ignore[list-item]
        if doc is not None:
            tinytable.insert(Document(doc, doc_id=record_id))  # type: ignore[arg-type]

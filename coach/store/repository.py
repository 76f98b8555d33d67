"""The repository: typed records in and out of one coach data file.

The file is TinyDB's layout (tables of documents keyed by coach's own string
ids) kept by :class:`~coach.store.storage.CoachStorage`, a TinyDB storage.
Records go in as pydantic models and are stored as JSON values; they come out
validated, each validated model cached against the exact stored document, so ten
thousand entries are not validated again on every look
(and a listing validates only the records it returns). A stored document that
does not validate is never dropped: it stays in the file as it is, is skipped in
listings, and is reported by :meth:`Repository.problems`.

:attr:`Repository.revision` counts the changes the repository has seen (its own
writes, and the file read again after another process wrote it), so a screen can
tell whether what it drew is still current without comparing records.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self, TypeVar

from pydantic import BaseModel, ValidationError

from coach.models import KINDS
from coach.models.base import Record
from coach.store import backups
from coach.store.codec import Codec
from coach.store.errors import NewerSchemaError
from coach.store.schema import SCHEMA_VERSION, LoadReport, prepare
from coach.store.storage import CoachStorage, Data

R = TypeVar("R", bound=Record)


class Problem(BaseModel):
    """A stored record that does not validate, and why."""

    table: str
    id: str
    error: str


class Repository:
    """Typed access to one coach data file, table by table."""

    def __init__(self, storage: CoachStorage, report: LoadReport) -> None:
        self.storage = storage
        self.report = report
        self._models: dict[tuple[str, str], tuple[Any, Record]] = {}
        self._problems: dict[tuple[str, str], str] = {}

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        codec: Codec | None = None,
        read_only: bool = False,
        device: str | None = None,
    ) -> Self:
        """Open (or start) the store at ``path`` as ``device`` (by default this device's
        id, :func:`coach.store.devices.device_id`). Raises a :class:`StoreError` if it
        cannot."""
        path = Path(path).expanduser()
        report = LoadReport()
        holder: list[CoachStorage] = []

        def _prepare(data: Data) -> Data:
            prepared = prepare(path, data, report)
            if report.newer and holder:
                holder[0].read_only = True
            return prepared

        storage = CoachStorage(
            path, codec=codec, prepare=_prepare, read_only=read_only, device=device
        )
        holder.append(storage)
        if report.newer:
            storage.read_only = True
        repo = cls(storage, report)
        if (report.migrated or report.quarantined or storage.legacy) and not storage.read_only:
            # The file as it was is kept first: the data file of before when this device
            # starts its own files from it (see coach.store.devices), else its snapshot.
            backups.take_backup(storage.data_file if storage.legacy else storage.path, force=True)
            with storage.transaction() as data:
                storage.write(data)
        return repo

    # -- the file -------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.storage.path

    @property
    def read_only(self) -> bool:
        return self.storage.read_only

    @property
    def revision(self) -> int:
        """A number that changes whenever what the repository holds changes."""
        return self.storage.revision

    def newer_schema_error(self) -> NewerSchemaError | None:
        """The reason this store is read-only when a newer coach wrote it."""
        if self.report.newer:
            return NewerSchemaError(self.path, self.report.found_version, SCHEMA_VERSION)
        return None

    @contextmanager
    def transaction(self, *, adding: bool = False) -> Iterator[None]:
        """Group changes: one lock, one fresh read, one durable write at the end.

        ``adding``: the transaction only adds new records (:meth:`put_raw_new`), so the
        files are read only if something in it reads or edits (see
        :mod:`coach.store.appending`). Any other transaction reads them first: what it
        looks at may be the storage's own state (conflicts, versions), not records."""
        if adding:
            with self.storage.adding():
                yield
            return
        with self.storage.transaction():
            yield

    # -- documents ------------------------------------------------------------------

    def raw_table(self, table: str) -> dict[str, Any]:
        """The stored documents of ``table`` by id. Treat as read-only."""
        found = self.storage.read().get(table, {})
        return found if isinstance(found, dict) else {}

    def raw(self, table: str, record_id: str) -> dict[str, Any] | None:
        doc = self.raw_table(table).get(record_id)
        return doc if isinstance(doc, dict) else None

    def put_raw(self, table: str, record_id: str, doc: dict[str, Any] | None) -> None:
        """Store ``doc`` under ``record_id`` (``None`` deletes). Must run inside a transaction.

        The document goes to the storage directly: TinyDB's table API rebuilds the
        whole table twice for each insert, which made a save cost the store's size.
        """
        self.storage.put(table, record_id, doc)

    def put_raw_new(self, table: str, record_id: str, doc: dict[str, Any]) -> None:
        """Store ``doc``, a record with a new id (:mod:`coach.ids`), in a transaction:
        saved without reading the store when nothing else in the transaction reads it
        (:mod:`coach.store.appending`); never replaces a stored record."""
        self.storage.put_new(table, record_id, doc)

    def put_raw_many(self, table: str, docs: Mapping[str, dict[str, Any] | None]) -> None:
        """Store each document under its id (``None`` deletes): an import, or its undo."""
        for record_id, doc in docs.items():
            self.storage.put(table, record_id, doc)

    # -- typed records --------------------------------------------------------------

    def _model(self, kind: type[R], record_id: str, doc: Any) -> R | None:
        key = (kind.table, record_id)
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
        doc = self.raw_table(kind.table).get(record_id)
        if doc is None:
            return None
        return self._model(kind, record_id, doc)

    def all(self, kind: type[R]) -> list[R]:
        """Every valid record of ``kind``; invalid ones are left in place and reported."""
        out = []
        for record_id, doc in self.raw_table(kind.table).items():
            model = self._model(kind, record_id, doc)
            if model is not None:
                out.append(model)
        return out

    def ids(self, kind: type[Record]) -> list[str]:
        """The ids stored in ``kind``'s table, valid or not."""
        return list(self.raw_table(kind.table))

    def count(self, kind: type[Record]) -> int:
        return len(self.raw_table(kind.table))

    def put(self, record: Record) -> None:
        """Insert or replace ``record``. Must run inside a transaction."""
        self.put_raw(record.table, record.id, record.to_doc())

    def delete(self, kind: type[Record], record_id: str) -> None:
        self.put_raw(kind.table, record_id, None)

    def problems(self) -> list[Problem]:
        """Records that failed validation, and records filed under a key that is not
        their id (they cannot be shown or deleted by id), after reading every table."""
        for kind in KINDS:
            self.all(kind)
        found = [
            Problem(table=table, id=record_id, error=error)
            for (table, record_id), error in sorted(self._problems.items())
            if record_id in self.raw_table(table)
        ]
        for table, key, own in self.misfiled():
            found.append(
                Problem(
                    table=table,
                    id=key,
                    error=f"it is filed under {key!r} but its id is {own!r}; "
                    "`coach doctor --repair` files it under its id",
                )
            )
        return found

    def misfiled(self) -> list[tuple[str, str, str]]:
        """(table, key, id) of each record whose key is not the id it holds."""
        out = []
        for kind in KINDS:
            for key, doc in self.raw_table(kind.table).items():
                own = doc.get("id") if isinstance(doc, dict) else None
                if isinstance(own, str) and own != key:
                    out.append((kind.table, key, own))
        return out


def _summarise(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error["loc"]) or "record"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)

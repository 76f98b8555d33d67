"""The TinyDB storage under coach: cached, locked, a snapshot and a change log.

Stock TinyDB re-reads the whole file for every query and rewrites it in place
for every change, with no lock. :class:`CoachStorage` instead

* keeps the parsed data in memory; this device's snapshot (``coach.<device>.json``
  beside the data file, :mod:`coach.store.devices`) holds it, and every save
  appends one line to this device's change log (:mod:`coach.store.changelog`),
  so a save costs what the change costs. Another process's saves are read from
  the log's tail; the whole file is read again only when it was replaced;
* merges every other device's snapshot and log, and the copies sync tools made of
  them, on opening and at the start of each transaction when one of them changed
  (:mod:`coach.store.loading`, :mod:`coach.store.merging`); each record keeps the
  version with the highest clock stamp (:mod:`coach.store.versions`);
* groups every change in a :meth:`transaction`: the inter-process lock (a
  sidecar ``.lock`` file) is taken, what another process saved is read, and
  the documents the transaction wrote land in one fsynced line at its end;
* rewrites the snapshot (atomically, :func:`coach.store.atomic.write_atomic`)
  only to fold the log in: when the log has grown past :data:`COMPACT_BYTES`
  or :data:`COMPACT_CHANGES`, on :meth:`compact` (a clean exit of the app,
  ``coach doctor --compact``), after a migration;
* reads the files only once something reads or edits: a transaction that only adds
  records with new ids, to files this device left as they are, appends its line
  without reading anything (:mod:`coach.store.appending`; what such an add leaves
  for the next full read to report is in docs/sync.md);
* never mistakes a damaged file for an empty store: loading raises
  :class:`~coach.store.errors.DamagedFileError` and the file stays as it is.

Tables are replaced, never edited in place: a change copies the one table it
touches (a C-speed dict copy), so a reader on another thread never sees a table
change size under it.

A save that fails (full disk, no permission) keeps the change in memory and
marks the storage ``dirty``; :meth:`save_pending` writes it once the cause is
fixed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from coach.store import appending, atomic, backups, devices, files
from coach.store.appending import Appending
from coach.store.changelog import Change, ChangeLog
from coach.store.codec import Codec, PlainCodec
from coach.store.errors import (
    DamagedFileError,
    ReadOnlyStoreError,
    StoreWriteError,
)
from coach.store.loading import Loader, Stamp, file_stamp
from coach.store.locking import Locking, reason_of
from coach.store.merging import SyncNotes, changed_keys
from coach.store.schema import META
from coach.store.versions import Meta, Versions, after

Data = dict[str, Any]
Key = tuple[str, str]
LOCK_TIMEOUT = 15.0
# The log is folded into the snapshot past either size.
COMPACT_BYTES = 8 * 1024 * 1024
COMPACT_CHANGES = 5000


def _now() -> tuple[str, int]:
    """Now, as written in a change, and in milliseconds (for its clock stamp)."""
    from datetime import UTC, datetime

    moment = datetime.now(UTC)
    return moment.isoformat(timespec="milliseconds"), int(moment.timestamp() * 1000)


class CoachStorage(Loader, Appending, Locking, Storage):
    """A TinyDB storage for one coach data file. See the module docstring."""

    def __init__(
        self,
        path: str | Path,
        *,
        codec: Codec | None = None,
        prepare: Callable[[Data], Data] | None = None,
        lock_timeout: float = LOCK_TIMEOUT,
        read_only: bool = False,
        device: str | None = None,
    ) -> None:
        # The data file names the store; this device writes only its own snapshot and
        # log beside it (coach.store.devices), and reads every device's.
        self.data_file = files.regular_file(Path(path))
        self.layout = devices.layout(self.data_file, device)
        self.device = self.layout.device
        self.path = files.regular_file(self.layout.snapshot)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.codec: Codec = codec or PlainCodec()
        self.read_only = read_only
        self.dirty = False
        self.lost_unsaved = False
        self._prepare = prepare
        self._lock_timeout = lock_timeout
        self._lock = None  # made when first taken (Locking._file_lock)
        self._mutex = threading.RLock()
        self._data: Data | None = None
        # Counts every change of the data held here (a write, a rollback, a new read).
        self.revision = 0
        self._stamp: Stamp | None = None
        self._depth = 0
        self._changed_in_txn = False
        self._before_txn: Data | None = None
        self._cleaned = False
        self.damage: DamagedFileError | None = None
        self._damaged_stamp: Stamp | None = None
        # The change log: the number of the last change held here, where its tail
        # starts, and the documents written but not yet saved.
        self.log = ChangeLog(self.layout.log, self.codec)
        self.versions = Versions()
        self.saved_conflicts = set()
        self.notes = SyncNotes()
        self.findings, self._memory, self._shown_own = [], None, 0
        self.legacy = False  # holding the data file of before: saved as a snapshot first
        self._others: tuple[tuple[str, Stamp | None], ...] = ()
        self.seq = 0
        self._log_end = 0
        self._log_stamp: Stamp | None = None
        self._torn_at: int | None = None
        self.torn = False  # a last change a crash cut short was left out
        self._changes_in_log = 0
        self._txn_docs: dict[Key, Any] = {}
        self._pending_docs: dict[Key, Any] = {}
        self._full_write = False
        self._full_base: Data | None = None
        self._private = False  # the data file's mode checked (0600) in this session
        self._next_backup_check = 0.0
        # Not read until something reads or edits, when this device's last save left a
        # tail that still stands (coach.store.appending): an add then reads nothing.
        self._deferred = False  # in a transaction that has read nothing yet
        self._new_docs: dict[Key, Any] = {}  # records with new ids, not read against
        if appending.standing(self) is None:
            self.reload()
        if not read_only:
            self._clean_leftovers()

    # -- reading ---------------------------------------------------------------

    # -- writing ---------------------------------------------------------------

    def write(self, data: Data) -> None:
        with self._mutex:
            if not self._depth:
                raise RuntimeError("CoachStorage.write outside a transaction")
            if self._deferred:
                self._begin()
            if self.read_only:
                raise ReadOnlyStoreError(
                    self.path, f"{self.path} is open read-only; nothing was changed."
                )
            if self._full_base is None:  # what the new state is compared with, to stamp
                self._full_base = self._before_txn if self._before_txn is not None else self._data
            self._data = data
            self.revision += 1
            self._changed_in_txn = True
            self._full_write = True  # a whole new state: saved as a new snapshot

    def put(self, table: str, record_id: str, doc: dict[str, Any] | None) -> None:
        """Store ``doc`` under ``record_id`` in ``table`` (``None`` deletes), in a transaction."""
        with self._mutex:
            if not self._depth:
                raise RuntimeError("CoachStorage.put outside a transaction")
            if self.read_only:
                raise ReadOnlyStoreError(
                    self.path, f"{self.path} is open read-only; nothing was changed."
                )
            if self._deferred:
                self._begin()
            self._apply(((table, record_id, doc),))
            self._txn_docs[(table, record_id)] = doc
            self.revision += 1
            self._changed_in_txn = True

    @contextmanager
    def transaction(self) -> Iterator[Data]:
        """Hold the lock; yield fresh data; write once at the end if anything changed."""
        with self._transaction(defer=False) as data:
            assert data is not None
            yield data

    @contextmanager
    def _transaction(self, *, defer: bool) -> Iterator[Data | None]:
        with self._mutex:
            outer = self._depth == 0
            if outer:
                if self.read_only:
                    raise ReadOnlyStoreError(
                        self.path, f"{self.path} is open read-only; nothing was changed."
                    )
                files.refuse_read_only(self.path)
                if self.legacy:
                    files.refuse_read_only(self.data_file)
                self._acquire()
            self._depth += 1
            try:
                if outer and defer and self._data is None:
                    self._deferred = True
                elif outer:
                    self._begin()
                yield self._data
                if outer and self._deferred:
                    self._save_new()
                elif outer and (self._changed_in_txn or self.dirty):
                    self._flush()
                if outer:
                    self._note_tail()
            except StoreWriteError:
                raise  # the change stays in memory, marked dirty, to be saved later
            except BaseException:
                if outer and self._changed_in_txn:
                    self._data = self._before_txn  # drop the half-made change
                    self._full_write = False
                    self._full_base = None
                    self.revision += 1
                raise
            finally:
                self._depth -= 1
                if outer:
                    self._changed_in_txn = False
                    self._before_txn = None
                    self._txn_docs = {}
                    self._deferred, self._new_docs = False, {}
                    self._file_lock.release()

    def _begin(self) -> None:
        """Start the transaction's work on fresh data (under the lock): read what changed,
        check the files are not older than this device saw, keep what to undo."""
        self._deferred = False
        self._refresh(others=True)
        self.refuse_if_older()
        assert self._data is not None
        # Tables are replaced, never edited in place (TinyDB rebuilds a table dict on
        # each change and the repository never edits a document), so a shallow copy is
        # enough to undo a half-made transaction.
        self._before_txn = dict(self._data)
        for (table, record_id), doc in self._new_docs.items():
            self.put_new(table, record_id, doc)
        self._new_docs = {}

    def ensure_read(self) -> None:
        """Read the files now if nothing was read yet (the store's state is wanted)."""
        if self._data is None:
            self.read()

    def save_pending(self) -> bool:
        """Try again to save changes a failed save left in memory. True when saved."""
        if not self.dirty:
            return False
        with self.transaction():
            pass
        return True

    def _flush(self) -> None:
        docs = {**self._pending_docs, **self._txn_docs}
        if self._full_write or not self.path.exists():  # a new store starts with its file
            self._full_write = True
            keys = set(docs)
            if self._full_base is not None:
                keys |= changed_keys(self._full_base, self._data or {})
            if keys:
                at, ms = _now()
                stamp = self.versions.tick(ms, self.device)
                for key in keys:
                    self.versions.metas[key] = Meta(stamp, after(self.versions.meta(key)))
                self.versions.count(self.device, self._saves() + 1, at)
            self._write_snapshot()
            self._remember_save(self._saves())
            return
        if not docs:
            self.dirty = False
            return
        at, ms = _now()
        stamp = self.versions.tick(ms, self.device)
        order = list(docs)
        seen = tuple(after(self.versions.meta(key)) for key in order)
        change = Change(
            self.seq + 1,
            at,
            tuple((t, i, docs[(t, i)]) for t, i in order),
            device=self.device,
            hlc=(stamp[0], stamp[1]),
            seen=seen,
            count=self._saves() + 1,
            store=self.versions.store,
        )
        if not self._private:
            files.make_private(self.path)
            self._private = True
        if self._backup_due():
            with contextlib.suppress(OSError):  # a missing backup must not block the save
                backups.take_backup(self.path, log=self.log.path)
        try:
            atomic.ensure_dir(self.path.parent)
            end = self.log.append(change, cut_at=self._torn_at)
        except OSError as exc:
            self._pending_docs = docs
            self.dirty = True
            if self._torn_at is None and self.log.path.exists():
                self._torn_at = self._log_end  # whatever a failed write left past here goes
            raise StoreWriteError(self.path, reason_of(exc)) from None
        self.seq = change.seq
        for key, saw in zip(order, seen, strict=True):
            self.versions.metas[key] = Meta(stamp, saw)
        self.versions.count(self.device, change.count, at)
        self._remember_save(change.count)
        self._log_end, self._torn_at = end, None
        self._log_stamp = file_stamp(self.log.path)
        self._pending_docs = {}
        self._changes_in_log += 1
        self.dirty = False
        # A conflict found in another device's files is written down in this device's
        # snapshot at its next save, so that it reaches the other devices at once, and
        # stays listed once the version that lost is in no file any more.
        unsaved = not self.saved_conflicts.issuperset(self.versions.conflicts)
        if unsaved or end > COMPACT_BYTES or self._changes_in_log >= COMPACT_CHANGES:
            with contextlib.suppress(StoreWriteError):  # the change is saved; fold it later
                self._write_snapshot()

    def _saves(self) -> int:
        """How many changes this device has saved to the store."""
        return self.versions.devices.get(self.device, (0, ""))[0]

    def _backup_due(self) -> bool:
        """The first save of the hour keeps the store as it was before it: the snapshot
        (a copy once per snapshot, then links to that copy) with a copy of the log
        (:func:`coach.store.backups.take_backup`)."""
        import time

        now = time.monotonic()
        if now < self._next_backup_check:
            return False
        self._next_backup_check = now + 60.0
        return backups.backup_due(self.path)

    def compact(self, *, force: bool = False) -> bool:
        """Fold the change log into a new snapshot; False when there was nothing to fold
        (``force``: write the snapshot all the same, for what only it carries)."""
        with self.transaction():
            if not force and not self._log_end and not self._torn_at and not self.legacy:
                return False
            self._write_snapshot()
            return True

    def log_size(self) -> tuple[int, int]:
        """(changes, bytes) in the log not yet folded into the snapshot."""
        self.ensure_read()
        return self._changes_in_log, self._log_end

    def _write_snapshot(self) -> None:
        assert self._data is not None
        data = dict(self._data)
        meta = data.get(META)
        data[META] = {
            **(meta if isinstance(meta, dict) else {}),
            "log": {"seq": self.seq},
            "sync": self.versions.dump(self.device),
        }
        payload = self.codec.encode(data)
        with contextlib.suppress(OSError):  # a missing backup must not block the save
            # the store as it was: the snapshot is replaced just below
            backups.take_backup(self.path, log=self.log.path, replacing=True)
        try:
            atomic.write_atomic(self.path, payload)
        except OSError as exc:
            if self._full_write:
                self.dirty = True
            raise StoreWriteError(self.path, reason_of(exc)) from None
        self._full_write = False
        self._full_base = None
        self.legacy = False
        self.saved_conflicts = set(self.versions.conflicts)
        self.dirty = False
        self._pending_docs = {}
        self._stamp = file_stamp(self.path)
        # The log's changes are in the snapshot now (its seq says so): a crash before
        # the log is emptied leaves changes that the next open skips.
        with contextlib.suppress(OSError):
            self.log.reset()
        self._log_end, self._torn_at, self._changes_in_log = 0, None, 0
        self._log_stamp = file_stamp(self.log.path)

    def close(self) -> None:
        pass

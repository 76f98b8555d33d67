"""Reading a store into memory: this device's snapshot and log, the data file it
started from, and every other device's files (the read half of
:class:`~coach.store.storage.CoachStorage`, which holds the state these methods use)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach.store import devices, files
from coach.store.changelog import ChangeLog
from coach.store.codec import Codec
from coach.store.errors import DamagedFileError, read_error
from coach.store.guard import Guard
from coach.store.merging import SyncNotes, change_items, fold, read_other, sync_of
from coach.store.schema import META
from coach.store.versions import Versions

Stamp = tuple[int, int, int]
Data = dict[str, Any]
Key = tuple[str, str]


def folded_seq(data: Data) -> int:
    """The number of the last change a snapshot holds (0 for one without a log)."""
    meta = data.get(META)
    log = meta.get("log") if isinstance(meta, dict) else None
    seq = log.get("seq") if isinstance(log, dict) else 0
    return seq if isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0 else 0


def file_stamp(path: Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


# Reads of the snapshot and log together before a misfit of the two is called damage.
_READS = 4


class Loader(Guard):
    """What the storage holds, and how it is read from the files."""

    path: Path
    data_file: Path
    layout: devices.Layout
    codec: Codec
    log: ChangeLog
    versions: Versions
    notes: SyncNotes
    legacy: bool
    saved_conflicts: set[tuple[str, str, tuple[int, int, str]]]  # in this device's snapshot
    dirty: bool
    lost_unsaved: bool
    torn: bool
    revision: int
    seq: int
    damage: DamagedFileError | None
    _prepare: Callable[[Data], Data] | None
    _mutex: threading.RLock
    _data: Data | None
    _stamp: Stamp | None
    _damaged_stamp: Stamp | None
    _depth: int
    _others: tuple[tuple[str, Stamp | None], ...]
    _log_end: int
    _log_stamp: Stamp | None
    _torn_at: int | None
    _changes_in_log: int
    _pending_docs: dict[Key, Any]
    _deferred: bool

    def _begin(self) -> None: ...  # the storage's: a transaction's start

    def read(self, *, others: bool = False) -> Data:
        """What the store holds, brought up to date with this device's files first (and,
        with ``others``, with other devices' files too: a sync tool may have copied them
        in since; the app looks every few seconds)."""
        data = self._data
        if data is not None:
            if self._depth:
                return data
            stamp = file_stamp(self.path)
            same = stamp == self._stamp or (
                self.damage is not None and stamp == self._damaged_stamp
            )
            if same and file_stamp(self.log.path) == self._log_stamp and not others:
                return data
        with self._mutex:
            if self._deferred:  # a transaction that had read nothing yet starts now
                self._begin()
                assert self._data is not None
                return self._data
            try:
                self._refresh(others=others)
            except DamagedFileError as exc:
                if self._data is None:
                    raise
                # Another program damaged the file while it was open here: keep showing
                # the last good data; every save re-reads inside the lock and refuses.
                self.damage = exc
                self._damaged_stamp = file_stamp(self.path)
                return self._data
            self.damage = None
            assert self._data is not None
            return self._data

    def reload(self) -> None:
        """Load the file now (raises :class:`DamagedFileError` when it cannot be read)."""
        with self._mutex:
            self._stamp = None
            self._data = None
            self._refresh()

    def _refresh(self, *, others: bool = False) -> None:
        """Bring what is held up to date: this device's log tail when only it grew; all
        the files again when the snapshot was replaced (or, with ``others``, when another
        device's file changed).

        The snapshot and the log are read one after the other, without the lock: when
        another process folds the log into a new snapshot between the two reads, they
        do not fit (the log's first change follows one the snapshot read does not hold).
        That is not damage: the snapshot changed as they were read, so both are read
        again. Damage found while the snapshot stayed the same is damage."""
        for attempt in range(_READS):
            seen = file_stamp(self.path)
            try:
                if attempt == 0 and self._data is not None and seen == self._stamp:
                    if others and self._stamps_of(devices.scan(self.layout)) != self._others:
                        self._load()
                    elif file_stamp(self.log.path) != self._log_stamp:
                        self._read_log_tail()
                    return
                self._load()
                return
            except DamagedFileError:
                if attempt == _READS - 1 or file_stamp(self.path) == seen:
                    raise

    def _load(self) -> None:
        self._recall()  # before the files: a save since then is in the files read
        found = devices.scan(self.layout)
        stamp = file_stamp(self.path)
        versions = Versions()
        if stamp is not None:
            raw = self.codec.decode(self.path, self._read_bytes(self.path))
            seq = folded_seq(raw)
            try:
                versions = Versions.load(sync_of(raw))
            except (ValueError, KeyError, TypeError):
                raise DamagedFileError(
                    self.path, "its record of versions (_meta.sync) cannot be read"
                ) from None
            data = self._prepare(raw) if self._prepare is not None else raw
            legacy = False
        else:
            seq = 0
            data, legacy = self._load_legacy()
        if self.dirty:
            # Another process replaced the file while a failed save was waiting: its
            # file wins here, and the service replays the waiting changes over it
            # (History.pending).
            self.lost_unsaved = True
            self._pending_docs = {}
        self._data, self.versions, self.legacy = data, versions, legacy
        self.saved_conflicts = set(versions.conflicts)
        self.revision += 1
        self._stamp = stamp if file_stamp(self.path) == stamp else None
        self.dirty = False
        self.seq, self._log_end, self._changes_in_log = seq, 0, 0
        self._read_log_tail()
        own_store, own_shown = versions.store, versions.devices.get(self.device, (0, ""))[0]
        self._merge_others(found)
        self._judge(own_store, own_shown)

    def _load_legacy(self) -> tuple[Data, bool]:
        """The data file every device shared before device files (and its log), while this
        device has no snapshot of its own: that is where its store starts from."""
        if file_stamp(self.data_file) is None:
            return (self._prepare({}) if self._prepare is not None else {}), False
        raw = self.codec.decode(self.data_file, self._read_bytes(self.data_file))
        seq = folded_seq(raw)
        data = self._prepare(raw) if self._prepare is not None else raw
        reading = ChangeLog(self.layout.legacy_log, self.codec).read(after=seq)
        self._data = data
        for change in reading.changes:
            self._apply(change.docs)
        self.torn = self.torn or reading.torn
        return self._data, True

    def _stamps_of(self, found: list[devices.Found]) -> tuple[tuple[str, Stamp | None], ...]:
        own = (self.path.name, self.log.path.name)
        return tuple((f.path.name, file_stamp(f.path)) for f in found if f.path.name not in own)

    def _merge_others(self, found: list[devices.Found]) -> None:
        """Fold in every other device's files, and the copies sync tools made."""
        assert self._data is not None
        self._others = self._stamps_of(found)
        notes = SyncNotes()
        own = (self.path.name, self.log.path.name)
        data, changed = self._data, False
        for item in found:
            if item.path.name in own or (item.device == devices.LEGACY and not item.copy):
                continue  # read already (the data file of before: only until migrated)
            items, known = read_other(item, self.codec, notes)
            self.versions.absorb(known)
            data, won = fold(data, self.versions, items)
            changed = changed or won
        self.versions.prune()
        self._data, self.notes = data, notes
        if changed:
            self.revision += 1

    def _read_log_tail(self) -> None:
        """Apply the changes other processes appended since the log was last read."""
        stamp = file_stamp(self.log.path)  # before reading: a later append changes it again
        reading = self.log.read(
            self._log_end, after=self.seq, device=self.device, store=self.versions.store
        )
        if reading.changes:
            for change in reading.changes:
                if change.device:
                    self._data, _ = fold(self._data or {}, self.versions, [*change_items(change)])
                    self.versions.count(change.device, change.count, change.at)
                else:  # written before device files: in order, as they come
                    self._apply(change.docs)
            self.seq = reading.changes[-1].seq
            self._changes_in_log += len(reading.changes)
            if self._pending_docs:  # a failed save's documents still go on top
                self._apply(tuple((t, i, d) for (t, i), d in self._pending_docs.items()))
            self.revision += 1
        self._log_end = reading.end
        self._torn_at = reading.end if reading.torn else None
        self.torn = self.torn or reading.torn
        self._log_stamp = stamp

    def _apply(self, docs: tuple[tuple[str, str, Any], ...]) -> None:
        assert self._data is not None
        touched: dict[str, dict[str, Any]] = {}
        for table, record_id, doc in docs:
            held = touched.get(table)
            if held is None:
                old = self._data.get(table)
                held = touched[table] = dict(old) if isinstance(old, dict) else {}
            if doc is None:
                held.pop(record_id, None)
            else:
                held[record_id] = doc
        self._data = {**self._data, **touched}

    def _read_bytes(self, path: Path) -> bytes:
        files.regular_file(path)  # a FIFO put there since: opening it would wait forever
        try:
            return path.read_bytes()
        except (IsADirectoryError, PermissionError) as exc:
            raise read_error(path, exc) from None

    def changed_on_disk(self) -> bool:
        """True when another process saved since this one read (or the file was replaced),
        or another device's file changed (or nothing was read yet)."""
        if self._data is None:
            return True
        if file_stamp(self.log.path) != self._log_stamp:
            return True
        stamp = file_stamp(self.path)
        if self.damage is not None and stamp == self._damaged_stamp:
            return False
        return stamp != self._stamp or self._stamps_of(devices.scan(self.layout)) != self._others

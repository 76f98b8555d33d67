"""Adding new records without reading the store: the storage's quick append.

A transaction that only adds records with new ids (``coach journal add``) needs
nothing of the records already stored: the change line it appends holds only the
new documents. What the line does need (the number of the last change, this
device's change count, the highest clock stamp seen, the store's id) this device
writes down after each of its saves, with the stamps (inode, size, mtime) of its own
snapshot and log as it left them: a *tail*, kept beside its memory of the store
(:mod:`coach.store.memory`) in the state folder, outside any synced folder.

A tail is written only after a save that left the store writable and whole: the
rollback and swap checks passed, nothing damaged, no newer schema, no data file of
before still to migrate, no conflict waiting to be written into the snapshot, a
plain (not encrypted) store. When, under the store's lock, both stamps are still the
tail's, and the memory of the store still holds the count the tail holds, the
files are exactly as that save left them, so the checks it passed still stand; the
line is appended (fsynced, by :meth:`ChangeLog.append`) and a new tail written.

Anything else takes the normal path, which reads the files as it always did: no
tail, a stamp that differs (another process of this device saved without writing
one, a crash cut a line short, a file put back), a log due to be folded, the hour's
backup due, an encrypted store. A crash between the append and the new tail leaves
stamps that differ from the tail: the next run reads the log as it is.

The quick append does not look at other devices' files: their changes, and
what the checks would say of them, are read at the next full read (any listing,
the app). A line an added record cannot conflict with anything there: its id is
new (:mod:`coach.ids`), and nothing that device wrote is replaced.
"""

from __future__ import annotations

import contextlib
import json
import os
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.store import files, memory
from coach.store.changelog import Change
from coach.store.codec import PlainCodec, dump_json
from coach.store.errors import StoreError
from coach.store.loading import Stamp, file_stamp
from coach.store.versions import Versions

if TYPE_CHECKING:
    import threading
    from collections.abc import Iterator

    from coach.store.changelog import ChangeLog
    from coach.store.codec import Codec
    from coach.store.errors import DamagedFileError
    from coach.store.memory import Finding

VERSION = 1
Key = tuple[str, str]
Data = dict[str, Any]


class IdTakenError(StoreError):
    """A record said to be new has the id of one stored (nothing was saved)."""


def refuse_taken(path: Path, data: Data | None, table: str, record_id: str) -> None:
    held = data.get(table) if data is not None else None
    if isinstance(held, dict) and record_id in held:
        raise IdTakenError(
            path,
            f"a new {table} record was given the id {record_id}, which a stored record "
            "has; nothing was saved: try again",
        )


@dataclass(frozen=True)
class Tail:
    """What this device's last save left, as a quick append needs it."""

    device: str
    store: str
    snapshot: Stamp
    log: Stamp
    seq: int  # the number of the last change in the log (or folded into the snapshot)
    count: int  # this device's changes saved, the last one included
    clock: tuple[int, int]
    log_end: int  # bytes in the log
    log_changes: int  # changes in the log, not yet folded


def tail_file(data_file: Path, device: str) -> Path:
    """The tail of the store at ``data_file`` on ``device``: beside its memory file."""
    kept = memory.memory_file(data_file, device)
    return kept.with_name(kept.stem + ".tail.json")


def recall(data_file: Path, device: str) -> Tail | None:
    try:
        raw = json.loads(tail_file(data_file, device).read_bytes())
        if raw.get("version") != VERSION:
            return None
        return Tail(
            device=str(raw["device"]),
            store=str(raw["store"]),
            snapshot=_stamp(raw["snapshot"]),
            log=_stamp(raw["log"]),
            seq=int(raw["seq"]),
            count=int(raw["count"]),
            clock=(int(raw["clock"][0]), int(raw["clock"][1])),
            log_end=int(raw["log_end"]),
            log_changes=int(raw["log_changes"]),
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def _stamp(raw: Any) -> Stamp:
    inode, size, mtime = raw
    return (int(inode), int(size), int(mtime))


def _keep(data_file: Path, tail: Tail) -> None:
    """Write ``tail`` (not fsynced: a lost tail only costs a full read)."""
    path = tail_file(data_file, tail.device)
    payload = json.dumps({"version": VERSION, **asdict(tail)}).encode()
    # Written in place, not by a rename (half the cost, on every save): it is only
    # written under the store's lock, and one read half written is not JSON, so it
    # stands for nothing and the normal path reads the files.
    try:
        with os.fdopen(memory.open_private(path, os.O_TRUNC), "wb") as handle:
            handle.write(payload)
    except OSError:
        forget(data_file, tail.device)  # an older tail must not stand for these files


def forget(data_file: Path, device: str) -> None:
    with contextlib.suppress(OSError):
        tail_file(data_file, device).unlink()


def standing(storage: Appending) -> Tail | None:
    """The tail, when the files are exactly as it says and the memory of the store agrees
    with it; else None (the normal path reads the files)."""
    if not isinstance(storage.codec, PlainCodec) or storage.read_only:
        return None
    tail = recall(storage.data_file, storage.device)
    if tail is None or tail.device != storage.device:
        return None
    if file_stamp(storage.path) != tail.snapshot or file_stamp(storage.log.path) != tail.log:
        return None
    held = memory.recall(storage.data_file, storage.device)
    if held is None or held.store != tail.store or held.seen.get(tail.device, 0) != tail.count:
        return None  # a rollback or swap to judge, or a memory lost: read it all
    return tail


class Appending:
    """Mixed into the storage (:class:`~coach.store.storage.CoachStorage`), which holds
    these attributes: new records put without reading, and the tail kept after saves."""

    path: Path
    data_file: Path
    device: str
    codec: Codec
    log: ChangeLog
    versions: Versions
    read_only: bool
    legacy: bool
    dirty: bool
    revision: int
    seq: int
    damage: DamagedFileError | None
    findings: list[Finding]
    saved_conflicts: set[tuple[str, str, tuple[int, int, str]]]
    _mutex: threading.RLock
    _data: Data | None
    _stamp: Stamp | None
    _log_stamp: Stamp | None
    _deferred: bool
    _new_docs: dict[Key, Any]

    if TYPE_CHECKING:  # the storage's (coach.store.storage)

        def put(self, table: str, record_id: str, doc: dict[str, Any] | None) -> None: ...
        def _transaction(
            self, *, defer: bool
        ) -> contextlib.AbstractContextManager[Data | None]: ...
        def _begin(self) -> None: ...
        def _flush(self) -> None: ...
        def _backup_due(self) -> bool: ...
        def log_size(self) -> tuple[int, int]: ...

    @property
    def has_read(self) -> bool:
        """True once the files were read here (quick appends read nothing)."""
        return self._data is not None

    @contextmanager
    def adding(self) -> Iterator[None]:
        """A transaction that reads the files only when something in it reads or edits
        (``read``, ``put``): one that only adds new records (:meth:`put_new`) to files
        this device left as they are appends them without reading anything."""
        with self._transaction(defer=True):
            yield

    def put_new(self, table: str, record_id: str, doc: dict[str, Any]) -> None:
        """Store ``doc``, a record with a new id, in a transaction. While nothing in it
        has read the store, it waits to be appended at the end; raises
        :class:`IdTakenError` (nothing saved) when a record has that id after all."""
        with self._mutex:
            if not self._deferred:
                refuse_taken(self.path, self._data, table, record_id)
                self.put(table, record_id, doc)
                return
            self._new_docs[(table, record_id)] = doc

    def _save_new(self) -> None:
        """End a transaction that only added new records: appended at once when this
        device's tail stands, else saved the normal way, after reading the files."""
        if not self._new_docs:
            return
        from coach.store import storage

        at, ms = storage._now()
        try:
            saved = self._append_new(at, ms)
        except OSError:
            saved = False  # the normal save tries again, and says why it cannot
        if not saved:
            self._begin()
            self._flush()
            return
        self.revision += 1

    def _append_new(self, at: str, now_ms: int) -> bool:
        """Append the new documents as one change, under the lock, when the tail stands;
        False when nothing was written (then the normal path saves them). Raises
        OSError when the append itself failed."""
        from coach.store.storage import COMPACT_BYTES, COMPACT_CHANGES

        tail = standing(self)
        if tail is None or tail.log_changes + 1 >= COMPACT_CHANGES or self._backup_due():
            return False
        docs = self._new_docs
        versions = Versions(clock=tail.clock)
        stamp = versions.tick(now_ms, self.device)
        change = Change(
            tail.seq + 1,
            at,
            tuple((t, i, doc) for (t, i), doc in docs.items()),
            device=self.device,
            hlc=(stamp[0], stamp[1]),
            seen=tuple(() for _ in docs),  # a new record: no version of it seen before
            count=tail.count + 1,
            store=tail.store,
        )
        if tail.log_end + len(dump_json(change.line())) > COMPACT_BYTES:
            return False  # the log is to be folded: the normal save does it
        files.make_private(self.path)
        end = self.log.append(change)
        held = memory.recall(self.data_file, self.device) or memory.Memory(tail.store, {})
        seen = {**held.seen, self.device: change.count}
        memory.remember(self.data_file, self.device, memory.Memory(held.store, seen))
        log = file_stamp(self.log.path)
        if log is None or log[1] != end:
            forget(self.data_file, self.device)
            return True
        _keep(
            self.data_file,
            Tail(
                device=tail.device,
                store=tail.store,
                snapshot=tail.snapshot,
                log=log,
                seq=change.seq,
                count=change.count,
                clock=versions.clock,
                log_end=end,
                log_changes=tail.log_changes + 1,
            ),
        )
        return True

    def _note_tail(self) -> None:
        """After a transaction ended well, under the lock: keep the tail when the store
        is writable and whole as the files now are, else forget it."""
        if self._data is None:
            return  # a quick append kept its own tail
        snapshot, log = file_stamp(self.path), file_stamp(self.log.path)
        whole = (
            isinstance(self.codec, PlainCodec)
            and not self.read_only
            and not self.legacy
            and not self.dirty
            and self.damage is None
            and not any(f.blocking for f in self.findings)
            and self.saved_conflicts.issuperset(self.versions.conflicts)
            and (snapshot, log) == (self._stamp, self._log_stamp)
        )
        if not whole or snapshot is None or log is None:
            forget(self.data_file, self.device)
            return
        changes, end = self.log_size()
        _keep(
            self.data_file,
            Tail(
                device=self.device,
                store=self.versions.store,
                snapshot=snapshot,
                log=log,
                seq=self.seq,
                count=self.versions.devices.get(self.device, (0, ""))[0],
                clock=self.versions.clock,
                log_end=end,
                log_changes=changes,
            ),
        )

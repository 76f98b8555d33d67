"""The TinyDB storage under coach: cached, locked, atomic.

Stock TinyDB re-reads the whole file for every query and rewrites it in place
for every change, with no lock. :class:`CoachStorage` instead

* keeps the parsed data in memory and reloads only when the file on disk is a
  different file (its inode, size or modification time changed), which after
  an atomic replace it always is;
* writes through :func:`coach.store.atomic.write_atomic`, never in place;
* groups every change in a :meth:`transaction`: the inter-process lock (a
  sidecar ``.lock`` file) is taken, the data re-read if another process wrote,
  and all the changes of the transaction land in one durable write at its end;
* never mistakes a damaged file for an empty store: loading raises
  :class:`~coach.store.errors.DamagedFileError` and the file stays as it is.

A save that fails (full disk, no permission) keeps the change in memory and
marks the storage ``dirty``; :meth:`save_pending` writes it once the cause is
fixed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb.storages import Storage

from coach.store import atomic, backups
from coach.store.codec import Codec, PlainCodec
from coach.store.errors import (
    DamagedFileError,
    ReadOnlyStoreError,
    StoreBusyError,
    StoreError,
    StoreWriteError,
    read_error,
)

Stamp = tuple[int, int, int]
Data = dict[str, Any]
LOCK_TIMEOUT = 15.0


def _stamp(path: Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


_KINDS = {
    stat.S_IFIFO: "named pipe (FIFO)",
    stat.S_IFSOCK: "socket",
    stat.S_IFCHR: "character device",
    stat.S_IFBLK: "block device",
}


def regular_file(path: Path) -> Path:
    """The file to read and write for ``path``: itself, or the target of a link to one.

    A link is written through (the link stays, its target is replaced); a link to
    nothing, a pipe, a socket or a device is refused with what to do.
    """
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not target.exists():
            raise StoreError(
                path,
                f"{path} is a link to {target}, which does not exist; point the link at "
                "your data file, or remove the link to start a new store there.",
            )
        path = target
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return path
    except OSError:
        return path  # reading it says what is wrong
    kind = _KINDS.get(stat.S_IFMT(mode))
    if kind is not None:
        raise StoreError(
            path,
            f"{path} is a {kind}, not a data file; coach keeps your plan in a regular file. "
            "Give --db (or COACH_DB) the path of one.",
        )
    return path


def _refuse_read_only_file(path: Path) -> None:
    """A data file its owner made read-only is left as it is, not replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISREG(mode) and not mode & stat.S_IWUSR:
        raise ReadOnlyStoreError(
            path,
            f"{path} is read-only (mode {stat.S_IMODE(mode):o}); nothing was changed. "
            f"To let coach save to it: chmod u+w '{path}'",
        )


class CoachStorage(Storage):
    """A TinyDB storage for one coach data file. See the module docstring."""

    def __init__(
        self,
        path: str | Path,
        *,
        codec: Codec | None = None,
        prepare: Callable[[Data], Data] | None = None,
        lock_timeout: float = LOCK_TIMEOUT,
        read_only: bool = False,
    ) -> None:
        self.path = regular_file(Path(path))
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.codec: Codec = codec or PlainCodec()
        self.read_only = read_only
        self.dirty = False
        self.lost_unsaved = False
        self._prepare = prepare
        self._lock_timeout = lock_timeout
        self._file_lock = FileLock(str(self.lock_path), mode=0o600, thread_local=False)
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
        self.reload()
        if not read_only:
            self._clean_leftovers()

    # -- reading ---------------------------------------------------------------

    def read(self) -> Data:
        data = self._data
        if data is not None:
            if self._depth:
                return data
            stamp = _stamp(self.path)
            if stamp == self._stamp or (self.damage is not None and stamp == self._damaged_stamp):
                return data
        with self._mutex:
            try:
                self._refresh()
            except DamagedFileError as exc:
                if self._data is None:
                    raise
                # Another program damaged the file while it was open here: keep showing
                # the last good data; every save re-reads inside the lock and refuses.
                self.damage = exc
                self._damaged_stamp = _stamp(self.path)
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

    def _refresh(self) -> None:
        stamp = _stamp(self.path)
        if self._data is not None and stamp == self._stamp:
            return
        if stamp is None:
            if self._data is None:
                self._data = self._prepare({}) if self._prepare is not None else {}
                self.revision += 1
            return
        payload = self._read_bytes()
        data = self.codec.decode(self.path, payload)
        if self._prepare is not None:
            data = self._prepare(data)
        if self.dirty:
            # Another process wrote while a failed save was waiting: its file wins here,
            # and the service replays the waiting changes over it (History.pending).
            self.lost_unsaved = True
        self._data = data
        self.revision += 1
        self._stamp = stamp if _stamp(self.path) == stamp else None
        self.dirty = False

    def _read_bytes(self) -> bytes:
        regular_file(self.path)  # a FIFO put there since: opening it would wait forever
        try:
            return self.path.read_bytes()
        except (IsADirectoryError, PermissionError) as exc:
            raise read_error(self.path, exc) from None

    def changed_on_disk(self) -> bool:
        """True when the file on disk is not the one in memory (nor the damaged one seen)."""
        stamp = _stamp(self.path)
        if self.damage is not None and stamp == self._damaged_stamp:
            return False
        return stamp != self._stamp

    # -- writing ---------------------------------------------------------------

    def write(self, data: Data) -> None:
        with self._mutex:
            if not self._depth:
                raise RuntimeError("CoachStorage.write outside a transaction")
            if self.read_only:
                raise ReadOnlyStoreError(
                    self.path, f"{self.path} is open read-only; nothing was changed."
                )
            self._data = data
            self.revision += 1
            self._changed_in_txn = True

    @contextmanager
    def transaction(self) -> Iterator[Data]:
        """Hold the lock; yield fresh data; write once at the end if anything changed."""
        with self._mutex:
            outer = self._depth == 0
            if outer:
                if self.read_only:
                    raise ReadOnlyStoreError(
                        self.path, f"{self.path} is open read-only; nothing was changed."
                    )
                _refuse_read_only_file(self.path)
                self._acquire()
            self._depth += 1
            try:
                if outer:
                    self._refresh()
                    assert self._data is not None
                    # Tables are replaced, never edited in place (TinyDB rebuilds a table
                    # dict on each change and the repository never edits a document), so
                    # a shallow copy is enough to undo a half-made transaction.
                    self._before_txn = dict(self._data)
                assert self._data is not None
                yield self._data
                if outer and (self._changed_in_txn or self.dirty):
                    self._flush()
            except StoreWriteError:
                raise  # the change stays in memory, marked dirty, to be saved later
            except BaseException:
                if outer and self._changed_in_txn:
                    self._data = self._before_txn  # drop the half-made change
                    self.revision += 1
                raise
            finally:
                self._depth -= 1
                if outer:
                    self._changed_in_txn = False
                    self._before_txn = None
                    self._file_lock.release()

    def save_pending(self) -> bool:
        """Try again to save changes a failed save left in memory. True when saved."""
        if not self.dirty:
            return False
        with self.transaction():
            pass
        return True

    def _acquire(self) -> None:
        try:
            atomic.ensure_dir(self.path.parent)
        except OSError as exc:
            raise StoreWriteError(
                self.path, f"cannot create its folder {self.path.parent}: {_reason(exc)}"
            ) from None
        try:
            self._file_lock.acquire(timeout=self._lock_timeout)
        except Timeout:
            raise StoreBusyError(self.path, self.lock_path, self._lock_timeout) from None
        except OSError as exc:
            raise StoreWriteError(
                self.path, f"cannot take the lock {self.lock_path}: {_reason(exc)}"
            ) from None
        if not self._cleaned:
            atomic.remove_stale_temps(self.path)
            self._cleaned = True

    def _clean_leftovers(self) -> None:
        """Remove temp files of a killed writer, if no other coach is writing right now."""
        if not self.path.parent.is_dir():
            return
        try:
            self._file_lock.acquire(timeout=0)
        except (Timeout, OSError):
            return  # someone is writing; their temp file is not stale
        try:
            atomic.remove_stale_temps(self.path)
            self._cleaned = True
        finally:
            self._file_lock.release()

    def _flush(self) -> None:
        assert self._data is not None
        payload = self.codec.encode(self._data)
        with contextlib.suppress(OSError):  # a missing backup must not block the save
            backups.take_backup(self.path)
        try:
            atomic.write_atomic(self.path, payload)
        except OSError as exc:
            self.dirty = True
            raise StoreWriteError(self.path, _reason(exc)) from None
        self.dirty = False
        self._stamp = _stamp(self.path)

    def close(self) -> None:
        pass

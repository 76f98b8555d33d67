"""The store's inter-process lock: a sidecar ``.lock`` file beside this device's
snapshot, taken for every transaction (the lock half of
:class:`~coach.store.storage.CoachStorage`, which holds the state these methods use)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from coach.store import atomic
from coach.store.errors import StoreBusyError, StoreWriteError

if TYPE_CHECKING:
    from filelock import FileLock


def reason_of(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


class Locking:
    """Taking and releasing the lock; removing what a killed writer left."""

    path: Path
    lock_path: Path
    _lock: FileLock | None
    _lock_timeout: float
    _cleaned: bool

    @property
    def _file_lock(self) -> FileLock:
        """The inter-process lock, made on first use: a store opened to read only (``coach
        today`` at every shell prompt) never imports the lock library. Only ever called
        under ``_mutex`` or from ``__init__``, so one lock is made."""
        if self._lock is None:
            from filelock import FileLock

            self._lock = FileLock(str(self.lock_path), mode=0o600, thread_local=False)
        return self._lock

    def _acquire(self) -> None:
        from filelock import Timeout

        try:
            atomic.ensure_dir(self.path.parent)
        except OSError as exc:
            raise StoreWriteError(
                self.path, f"cannot create its folder {self.path.parent}: {reason_of(exc)}"
            ) from None
        try:
            self._file_lock.acquire(timeout=self._lock_timeout)
        except Timeout:
            raise StoreBusyError(self.path, self.lock_path, self._lock_timeout) from None
        except OSError as exc:
            raise StoreWriteError(
                self.path, f"cannot take the lock {self.lock_path}: {reason_of(exc)}"
            ) from None
        if not self._cleaned:
            atomic.remove_stale_temps(self.path)
            self._cleaned = True

    def _clean_leftovers(self) -> None:
        """Remove temp files of a killed writer, if no other coach is writing right now."""
        if not self.path.parent.is_dir():
            return
        from filelock import Timeout

        try:
            self._file_lock.acquire(timeout=0)
        except (Timeout, OSError):
            return  # someone is writing; their temp file is not stale
        try:
            atomic.remove_stale_temps(self.path)
            self._cleaned = True
        finally:
            self._file_lock.release()

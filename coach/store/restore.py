"""Checking backups and putting one back in place of the data file.

A backup of a device's snapshot may come with a copy of its change log, taken under
the same stamp (:func:`coach.store.backups.log_of`): checking it reads both, and
putting it back puts both back, so that the store is exactly as it was when the backup
was taken (the snapshot, with the log replayed). A backup without one is the snapshot
alone, and the log is emptied.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from coach.errors import CoachError
from coach.store.atomic import FILE_MODE, write_atomic
from coach.store.backups import Backup, list_backups, log_of
from coach.store.codec import Codec, PlainCodec
from coach.store.errors import StoreError
from coach.store.schema import LoadReport, prepare


def problem_with(path: Path, codec: Codec | None = None) -> str | None:
    """Why the file at ``path`` cannot be loaded as a store, or None when it can."""
    from coach.store.files import regular_file

    codec = codec or PlainCodec()
    try:
        path = regular_file(path)
        prepare(path, codec.decode(path, path.read_bytes()), LoadReport())
    except StoreError as exc:
        return getattr(exc, "problem", str(exc))
    except OSError as exc:
        return exc.strerror or str(exc)
    log = log_of(path)
    if log.exists():
        return _log_problem(log, codec)
    return None


def _log_problem(log: Path, codec: Codec) -> str | None:
    """Why the copy of a change log kept with a backup cannot be replayed, or None."""
    from coach.store.changelog import ChangeLog

    try:
        reading = ChangeLog(log, codec).read(after=None)
    except StoreError as exc:
        return f"its change log {log.name}: {getattr(exc, 'problem', str(exc))}"
    if reading.problem:
        return f"its change log {log.name}: {reading.problem}"
    return None


def store_backups(data_file: Path) -> list[Backup]:
    """The backups of this device's snapshot and of the data file of before, newest first."""
    from coach.store.devices import layout

    found = [*list_backups(layout(data_file).snapshot), *list_backups(data_file)]
    return sorted(found, key=lambda b: b.taken, reverse=True)


def newest_good_backup(target: Path, codec: Codec | None = None) -> Backup | None:
    for backup in store_backups(target):
        if problem_with(backup.path, codec) is None:
            return backup
    return None


def restore(target: Path, backup: Path, codec: Codec | None = None) -> Path | None:
    """Replace this device's snapshot of the store ``target`` (its data file) with
    ``backup``; the replaced file is kept aside. Returns where."""
    from coach.store.devices import layout

    own = layout(target)
    target = own.snapshot
    problem = problem_with(backup, codec)
    if problem is not None:
        raise CoachError(f"{backup} cannot be restored: {problem}")
    lock = FileLock(str(target.with_name(target.name + ".lock")), mode=0o600)
    try:
        lock.acquire(timeout=15)
    except Timeout:
        raise CoachError(f"{target} is in use by another coach; close it and try again") from None
    try:
        aside = None
        if target.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            aside = target.with_name(f"{target.name}.replaced-{stamp}")
            shutil.copyfile(target, aside)
            os.chmod(aside, FILE_MODE)
            log = own.log
            if log.exists() and log.stat().st_size:
                # The changes saved since that file was written go aside with it: the
                # backup put back must not have them replayed over it.
                shutil.copyfile(log, aside.with_name(aside.name + ".log"))
                os.chmod(aside.with_name(aside.name + ".log"), FILE_MODE)
                write_atomic(log, b"")
        kept_log = log_of(backup)
        if kept_log.exists():  # the changes saved after that snapshot, as they stood
            write_atomic(own.log, kept_log.read_bytes())
        elif own.log.exists() and own.log.stat().st_size:
            write_atomic(own.log, b"")
        write_atomic(target, backup.read_bytes())
        from coach.store.memory import forget_own

        forget_own(own.data_file, own.device)  # put back on purpose: not a rollback
        return aside
    finally:
        lock.release()

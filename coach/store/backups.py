"""Rolling backups kept next to the data file.

The store as it is is kept as ``<name>.<UTC timestamp>.bak`` at the first save of
each hour and before a fold replaces the snapshot (always, when asked: before a
migration or an import). A backup is never the live file itself: damage written
into that file in place (by another program) would reach the backup too. Before a
fold, which replaces the file rather than writing into it, a hard link keeps the old
bytes; otherwise the snapshot is copied, once per snapshot, and later backups of the
same snapshot link to that copy. Every backup is 0600 (copied, not linked, when the
file's mode is wider), so that none is readable by others. Only the newest ``keep``
backups are kept.

A snapshot is only a part of the store: the changes saved since it was written are in
this device's change log. So a backup of a device's snapshot is taken with a copy of
its log as it stands, under the same stamp (``<name>.<stamp>.bak.log``, 0600, written
before the snapshot's link so that a listed backup always has its log): the pair is
the store as it was, and the hourly backup costs a copy of the log (which is folded
past 8 MB) and a link, or a plain copy of the snapshot's bytes once per snapshot:
never a rewrite of the snapshot. A backup without a log (older
ones, or an empty log) is the snapshot alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coach.store.atomic import FILE_MODE, fsync_dir

KEEP = 10
INTERVAL = timedelta(hours=1)
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    size: int
    log: Path | None = None  # this device's change log as it stood, replayed on restore


def log_of(backup: Path) -> Path:
    """Where the copy of the change log taken with the backup ``backup`` is kept."""
    return backup.with_name(backup.name + ".log")


def _copy_private(source: Path, dest: Path) -> None:
    tmp = dest.with_name("." + dest.name + ".part")
    shutil.copyfile(source, tmp)
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, dest)


def _pattern(target: Path) -> re.Pattern[str]:
    return re.compile(re.escape(target.name) + r"\.(\d{8}T\d{12}Z)\.bak$")


def list_backups(target: Path) -> list[Backup]:
    """Backups of ``target``, newest first."""
    pattern = _pattern(target)
    found = []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(target.parent):
            match = pattern.match(entry.name)
            if match:
                taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
                with contextlib.suppress(FileNotFoundError):
                    path = Path(entry.path)
                    log = log_of(path)
                    kept = Backup(path, taken, entry.stat().st_size, log if log.exists() else None)
                    found.append(kept)
    found.sort(key=lambda b: b.taken, reverse=True)
    return found


def backup_due(target: Path) -> bool:
    """True when ``target`` exists and its newest backup is older than :data:`INTERVAL`."""
    if not target.exists():
        return False
    existing = list_backups(target)
    return not existing or datetime.now(UTC) - existing[0].taken >= INTERVAL


def _same_bytes_apart(target: Path, existing: list[Backup]) -> Path | None:
    """A backup holding ``target``'s bytes in a file of its own (not ``target``'s, which
    damage written into it in place would reach): made as a copy of this very snapshot
    (same size, same modification time), or a link to such a copy."""
    st = os.stat(target)
    for backup in existing:
        with contextlib.suppress(OSError):
            kept = os.stat(backup.path)
            if (
                kept.st_ino != st.st_ino
                and (kept.st_size, kept.st_mtime_ns) == (st.st_size, st.st_mtime_ns)
                and kept.st_mode & 0o777 == FILE_MODE
            ):
                return backup.path
    return None


def _keep_apart(target: Path, dest: Path, existing: list[Backup]) -> None:
    """Keep ``target``'s bytes at ``dest`` in a file that is not ``target``'s: a link to a
    backup that already holds them apart, else a copy (0600, with ``target``'s
    modification time, so that the next backup of the same snapshot links to it)."""
    apart = _same_bytes_apart(target, existing)
    if apart is not None:
        with contextlib.suppress(OSError):
            os.link(apart, dest)
            return
    tmp = dest.with_name("." + dest.name + ".part")
    shutil.copyfile(target, tmp)
    os.chmod(tmp, FILE_MODE)
    st = os.stat(target)
    os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(tmp, dest)


def take_backup(
    target: Path,
    *,
    force: bool = False,
    keep: int = KEEP,
    log: Path | None = None,
    replacing: bool = False,
) -> Backup | None:
    """Keep the current bytes of ``target`` aside, with a copy of the change log ``log``
    when it holds changes; returns the new backup, if one was taken.

    With ``replacing`` (the caller replaces ``target`` by a new file right after), a
    hard link is enough: the backup keeps the old file. Otherwise the backup must not
    be ``target``'s own file, which stays live: it is a copy, made once per snapshot
    (later backups of the same snapshot link to that copy)."""
    if not target.exists():
        return None
    existing = list_backups(target)
    stamp = datetime.now(UTC)
    if not force and existing and stamp - existing[0].taken < INTERVAL:
        return None
    dest = target.with_name(f"{target.name}.{stamp.strftime(_STAMP)}.bak")
    kept_log = None
    if log is not None and log.exists() and log.stat().st_size:
        kept_log = log_of(dest)
        _copy_private(log, kept_log)
    if not replacing:
        _keep_apart(target, dest, existing)
    else:
        try:
            if os.stat(target).st_mode & 0o777 != FILE_MODE:
                raise OSError("a link would keep the file's wider mode")  # so copy it 0600
            os.link(target, dest)
        except OSError:
            _copy_private(target, dest)
    fsync_dir(target.parent)
    for old in list_backups(target)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
        with contextlib.suppress(OSError):
            log_of(old.path).unlink()
    return Backup(dest, stamp, dest.stat().st_size, kept_log)

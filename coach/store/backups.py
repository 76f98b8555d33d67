"""Rolling backups kept next to the data file.

Before a save replaces the data file, the current file is kept as
``<name>.<UTC timestamp>.bak`` when the newest backup is older than an hour
(or always, when asked: before a migration, an import or a restore). Because
saves replace the file instead of writing into it, a hard link is enough to
keep the old bytes; a copy (mode 0600) is made where links are not possible or
the file's mode is wider than 0600, so that no backup is readable by others. Only the
newest ``keep`` backups are kept.

A snapshot is only a part of the store: the changes saved since it was written are in
this device's change log. So a backup of a device's snapshot is taken with a copy of
its log as it stands, under the same stamp (``<name>.<stamp>.bak.log``, 0600, written
before the snapshot's link so that a listed backup always has its log): the pair is
the store as it was, and the hourly backup costs a link and a copy of the log (which
is folded past 8 MB), never a rewrite of the snapshot. A backup without a log (older
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


def take_backup(
    target: Path, *, force: bool = False, keep: int = KEEP, log: Path | None = None
) -> Backup | None:
    """Keep the current bytes of ``target`` aside, with a copy of the change log ``log``
    when it holds changes; returns the new backup, if one was taken."""
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
    try:
        if os.stat(target).st_mode & 0o777 != FILE_MODE:
            raise OSError("a link would keep the file's wider mode")  # so copy it as 0600
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

"""Durable, all-or-nothing file replacement.

A save writes a temporary file in the same folder, flushes and fsyncs it,
renames it over the target with ``os.replace`` and fsyncs the folder, so a
crash at any moment leaves either the old file or the new one, whole.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def temp_prefix(target: Path) -> str:
    return f".{target.name}."


def temp_suffix() -> str:
    return ".tmp"


def ensure_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) as 0700 when missing; an existing one is left as is."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, DIR_MODE)


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems cannot fsync a folder
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def write_atomic(target: Path, payload: bytes) -> None:
    """Replace ``target`` with ``payload`` durably; on ``OSError`` the target is untouched."""
    folder = target.parent
    tmp = folder / f"{temp_prefix(target)}{secrets.token_hex(6)}{temp_suffix()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


def remove_stale_temps(target: Path) -> list[Path]:
    """Delete temp files a killed writer left behind. Call only while holding the store lock."""
    removed = []
    prefix, suffix = temp_prefix(target), temp_suffix()
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(target.parent):
            if entry.name.startswith(prefix) and entry.name.endswith(suffix):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed

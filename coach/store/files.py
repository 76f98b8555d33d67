"""What kind of file a data file is: a regular file (or a link to one), private, writable.

A link is written through (the link stays, its target is replaced); a link to nothing,
a pipe, a socket or a device is refused with what to do (a pipe would never answer);
a data file its owner made read-only is refused, not replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from coach.store.atomic import FILE_MODE
from coach.store.errors import ReadOnlyStoreError, StoreError

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


def make_private(path: Path) -> None:
    """A data file others can read is made 0600 (a save used to do it by replacing it)."""
    with contextlib.suppress(OSError):
        if stat.S_IMODE(os.stat(path).st_mode) & 0o077:
            os.chmod(path, FILE_MODE)


def refuse_read_only(path: Path) -> None:
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

"""Text written in the person's own editor, kept private meanwhile.

The editor is the ``editor`` setting (``coach config``), else $VISUAL, else $EDITOR.

The editor needs a file. It is written in a folder of its own that only this user can
open (0700), on a RAM-backed file system where there is one ($XDG_RUNTIME_DIR, else
/dev/shm), so a journal entry of an encrypted store is never left in clear on disk. The
folder is removed however the edit ends: saved, the editor failing, ctrl+c, or the
terminal closing (SIGHUP) or a kill (SIGTERM).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import click

from coach.config import settings
from coach.errors import InvalidInputError

RAM_FOLDERS = ("/dev/shm",)
FILE_NAME = "coach-entry.md"


def private_base() -> tuple[Path, bool]:
    """Where the folder goes, and whether that place is held in memory."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_dir() and os.access(runtime, os.W_OK):
        return Path(runtime), True
    for folder in RAM_FOLDERS:
        if Path(folder).is_dir() and os.access(folder, os.W_OK):
            return Path(folder), True
    return Path(tempfile.gettempdir()), False


def _leave(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # runs the clean-up of the private folder


@contextlib.contextmanager
def private_folder() -> Iterator[tuple[Path, bool]]:
    """A fresh 0700 folder (and whether it is in memory), removed on every way out."""
    base, in_memory = private_base()
    folder = Path(tempfile.mkdtemp(prefix="coach-", dir=base))
    os.chmod(folder, 0o700)
    # Signal handlers can only be set from the main thread (the command line's).
    main = threading.current_thread() is threading.main_thread()
    signals = (signal.SIGTERM, signal.SIGHUP) if main else ()
    previous = {sig: signal.signal(sig, _leave) for sig in signals}
    try:
        yield folder, in_memory
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def edit_text(text: str, *, private: bool) -> str | None:
    """Open ``text`` in the person's editor; the text saved, or None when it was not saved.

    ``private`` (an encrypted store) says on stderr where the text is while it is edited.
    """
    with private_folder() as (folder, in_memory):
        path = folder / FILE_NAME
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        before = path.stat().st_mtime_ns
        if private:
            where = "held in memory" if in_memory else "on disk: no memory-backed folder here"
            click.echo(
                f"While you edit, the text is in clear in {path} ({where}; only you can "
                "open it); it is removed when the editor closes.",
                err=True,
            )
        try:
            click.edit(filename=str(path), editor=settings().editor or None)
        except click.ClickException as exc:
            raise InvalidInputError(f"the editor did not run: {exc.message}") from None
        if path.stat().st_mtime_ns == before:
            return None
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InvalidInputError("the editor saved text that is not UTF-8") from None

"""A private log of unexpected errors, so no traceback (and no user text) reaches the screen."""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path


def write_crash_log(exc: BaseException) -> Path | None:
    """Append the traceback (without local values) to a 0600 log; returns its path."""
    from coach.paths import state_dir

    try:
        folder = state_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        log = Path(folder) / "crash.log"
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().astimezone().isoformat()}\n")
            handle.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return log

"""Turning failures into one-line messages and exit codes.

A :class:`~coach.errors.CoachError` becomes its message and exit status 1.
Anything else is a bug: the person sees one line saying where the details
were written, never a traceback on the terminal (a traceback can quote the
text being saved, and the journal is private).
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path

import click

from coach.errors import CoachError
from coach.text import printable


class UserError(click.ClickException):
    exit_code = 1

    def show(self, file: object = None) -> None:
        click.echo(f"coach: {printable(self.message)}", err=True)


def from_coach_error(exc: CoachError) -> UserError:
    return UserError(str(exc))


def crash_report(exc: BaseException) -> UserError:
    """Write the traceback (without local values) to a private log; say where."""
    from coach.paths import state_dir

    try:
        folder = state_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        log = Path(folder) / "crash.log"
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().astimezone().isoformat()}\n")
            handle.write("".join(traceback.format_exception(exc)))
        where = f"details are in {log}"
    except OSError:
        where = "the details could not be saved"
    return UserError(f"unexpected error ({type(exc).__name__}); nothing more was changed; {where}")

"""Turning failures into one-line messages and exit codes.

A :class:`~coach.errors.CoachError` becomes its message and exit status 1 (2 for a
bad option value, a usage mistake).
Anything else is a bug: the person sees one line saying where the details
were written, never a traceback on the terminal (a traceback can quote the
text being saved, and the journal is private).
"""

from __future__ import annotations

import click

from coach.crashlog import write_crash_log
from coach.errors import BadOptionError, CoachError
from coach.text import printable


class UserError(click.ClickException):
    exit_code = 1

    def show(self, file: object = None) -> None:
        click.echo(f"coach: {printable(self.message)}", err=True)


class UsageMistake(UserError):
    exit_code = 2


def from_coach_error(exc: CoachError) -> UserError:
    if isinstance(exc, BadOptionError):  # a usage mistake: exit 2, as click's own
        return UsageMistake(f"{exc.option}: {exc}")
    return UserError(str(exc))


def crash_report(exc: BaseException) -> UserError:
    """Write the traceback (without local values) to a private log; say where."""
    log = write_crash_log(exc)
    where = f"details are in {log}" if log else "the details could not be saved"
    return UserError(f"unexpected error ({type(exc).__name__}); nothing more was changed; {where}")

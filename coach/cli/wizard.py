"""``coach wizard``: the guided session in the plain terminal."""

from __future__ import annotations

import sys
from datetime import date

import click

from coach.cli.context import Env, pass_env
from coach.cli.output import interactive
from coach.errors import InvalidInputError

STEPS = ("reflect", "aspiration", "evaluate", "goals")


@click.command()
@click.option(
    "--step",
    type=click.Choice(STEPS),
    default=None,
    help="Run one step alone (for coming back later).",
)
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None, hidden=True)
@pass_env
def wizard(env: Env, step: str | None, today: object) -> None:
    """A guided session: reflect, name an aspiration, evaluate it, work back to SMART goals."""
    if not interactive():
        raise InvalidInputError(
            "coach wizard asks questions, so it needs a terminal; run it in an interactive "
            "shell (scripts can use the quick commands: coach --help)"
        )
    service = env.service(write=True)
    from coach.cli.launch import run_wizard

    day = today.date() if hasattr(today, "date") else None
    status = run_wizard(service, [step] if step else None, day if isinstance(day, date) else None)
    if status:
        sys.exit(status)

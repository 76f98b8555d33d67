"""The one place the core starts a front end; the toolkits are imported only here, lazily."""

from __future__ import annotations

from datetime import date

from coach.cli.context import Env
from coach.service import CoachService


def run_tui(env: Env) -> None:
    """Start the full-screen app on the data file of ``env``."""
    from screens.start import run

    run(env.db_path)


def run_wizard(service: CoachService, steps: list[str] | None, today: date | None) -> int:
    """Run the guided session; returns its exit status."""
    from wizard.session import run

    status: int = run(service, steps=steps, today=today)
    return status

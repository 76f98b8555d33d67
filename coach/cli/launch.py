"""The one place the core starts a front end; the toolkits are imported only here, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the app's quick start (coach/cli/entry.py) imports this module
    from datetime import date
    from pathlib import Path

    from coach.cli.context import Env
    from coach.service import CoachService


def has_terminal() -> bool:
    """True when the app can run: keys come from a terminal and the screen goes to one."""
    import sys

    return bool(sys.stdin and sys.stdin.isatty() and sys.stdout and sys.stdout.isatty())


def start_app(path: Path) -> None:
    """Start the full-screen app on ``path``; its store errors propagate as CoachError."""
    import gc

    # Until the first frame (screens/app.py turns it back on), the cycle collector would
    # only walk the objects the imports and the first screen just made, again and again;
    # they live as long as the app. Nothing made before that frame has cycles to free.
    gc.disable()
    from screens.start import run

    run(path)


def run_tui(env: Env) -> None:
    """Start the full-screen app on the data file of ``env``."""
    start_app(env.db_path)


def run_wizard(service: CoachService, steps: list[str] | None, today: date | None) -> int:
    """Run the guided session; returns its exit status."""
    from guided.session import run

    status: int = run(service, steps=steps, today=today)
    return status


def run_interview(service: CoachService) -> int:
    """Run the interview practice session in the plain terminal; returns its exit status."""
    from guided.interview import run

    status: int = run(service)
    return status


def run_review(service: CoachService, kind: str | None) -> int:
    """Hold a review in the plain terminal; returns its exit status."""
    from guided.review import run

    status: int = run(service, kind)
    return status

"""The one place the core starts a front end; the toolkits are imported only here, lazily."""

from __future__ import annotations

import gc
import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the app's quick start (coach/cli/entry.py) imports this module
    from datetime import date
    from pathlib import Path

    from coach.cli.context import Env
    from coach.service import CoachService


def start_app(path: Path) -> None:
    """Start the full-screen app on ``path``; its store errors propagate as CoachError."""
    # Until the app's first frame is written (CoachApp._display turns it back on), the
    # cycle collector would only walk the objects of the imports and the first screen,
    # again and again. Nothing started before that frame makes cycles to free.
    gc.disable()
    from coach.first_look import SHARED_MODULES, look_ahead
    from coach.ids import now

    # Standard modules that both Textual and the helper's look at the file import: taken
    # before the fork, the helper inherits them instead of importing them a second time.
    # This process pays no more for them than Textual's import would have.
    for name in SHARED_MODULES:
        importlib.import_module(name)
    # Before Textual is imported: a helper works out the first frame meanwhile.
    ahead = look_ahead(path, now().date())
    from screens.start import run

    run(path, ahead)


def run_tui(env: Env) -> None:
    """Start the full-screen app on the data file of ``env``."""
    start_app(env.db_path)


def run_wizard(service: CoachService, steps: list[str] | None, today: date | None) -> int:
    """Run the guided session; returns its exit status."""
    from wizard.session import run

    status: int = run(service, steps=steps, today=today)
    return status

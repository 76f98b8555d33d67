"""Entry point of ``coach wizard``: runs the steps and reports an interruption honestly."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from coach.content.loader import load_content
from coach.service import CoachService
from guided import ask
from guided.flow import STEPS, Wizard

INTERRUPTED = 130


def run(
    service: CoachService, *, steps: Sequence[str] | None = None, today: date | None = None
) -> int:
    """Run the session on ``service``; returns the exit status."""
    wizard = Wizard(service, load_content(), today or service.clock().date())
    ask.show(
        "coach: a guided session. Ctrl-C stops at any point; what you confirmed is kept.", "bold"
    )
    from coach.config import load

    for problem in load()[1]:  # a wrong setting: said, and its default used
        ask.show(problem, "fg:ansiyellow")
    try:
        wizard.run(steps or tuple(STEPS))
    except (KeyboardInterrupt, EOFError):
        ask.show()
        ask.show(f"Stopped. {wizard.saved.summary()} Anything not yet confirmed was not saved.")
        return INTERRUPTED
    wizard.finish()
    return 0

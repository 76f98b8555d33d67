"""The guided session: its state and the order of its steps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from coach.content.models import Content
from coach.models import Aspiration
from coach.service import CoachService
from guided import ask
from guided.aspiration import aspiration
from guided.evaluate import evaluate
from guided.goal import goals
from guided.progress import Saved
from guided.reflect import reflect

STEPS = {"reflect": reflect, "aspiration": aspiration, "evaluate": evaluate, "goals": goals}


class Wizard:
    def __init__(self, service: CoachService, content: Content, today: date) -> None:
        self.service = service
        self.content = content
        self.today = today
        self.saved = Saved()
        self.aspiration: Aspiration | None = None
        self.seed_goal: str | None = None
        from coach.config import settings

        # How goal statements' dates are read (date order, fiscal year): the settings.
        self.reading = settings().reading()

    def run(self, steps: Sequence[str]) -> None:
        for step in steps:
            STEPS[step](self)

    def need_aspiration(self, question: str, *, allow_none: bool = False) -> Aspiration | None:
        """The session's aspiration, asking for one when the step was started alone."""
        if self.aspiration is not None:
            return self.aspiration
        active = self.service.aspirations.find("active")
        choices: list[tuple[str, str | None]] = [(a.title, a.id) for a in active]
        if allow_none:
            choices.append(("None for now", None))
        if not active:
            ask.show("There is no active aspiration yet; let us name one first.")
            aspiration(self)
            return self.aspiration
        picked = ask.choose(question, choices)
        self.aspiration = self.service.aspirations.get(picked) if picked else None
        return self.aspiration

    def finish(self) -> None:
        ask.heading("Done for today")
        ask.show(self.saved.summary())
        ask.show("Where to go next:")
        ask.show("  • `coach` opens your board and dashboard")
        ask.show("  • `coach export --format md -o plan.md` writes your career plan for a resume")
        ask.show("  • `coach wizard --step goals` adds goals another day")

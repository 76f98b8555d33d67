"""coach's own commands in the command palette (ctrl+p)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider


def _commands(app: App[Any]) -> list[tuple[str, str, Callable[[], object]]]:
    act = app.run_action
    return [
        ("New journal entry", "Write a reflection", partial(act, "new_entry")),
        ("New aspiration", "Name a long-term destination", partial(act, "new_aspiration")),
        ("New goal", "A SMART milestone on the board", partial(act, "new_goal")),
        ("Evaluate an aspiration", "The eight-question checklist", partial(act, "evaluate")),
        (
            "Practise interview answers",
            "Your five-year answer and more, drafted from your plan",
            partial(act, "interview"),
        ),
        (
            "Hold a review",
            "Weekly, monthly or quarterly: what moved, what is due, the next date",
            partial(act, "review"),
        ),
        (
            "Export career plan",
            "Write a Markdown career plan to a file",
            partial(act, "export_plan"),
        ),
        ("Go to dashboard", "Switch screen", partial(app.switch_mode, "dashboard")),
        ("Go to reflect", "Switch screen", partial(app.switch_mode, "reflect")),
        ("Go to aspirations", "Switch screen", partial(app.switch_mode, "aspirations")),
        ("Go to board", "Switch screen", partial(app.switch_mode, "board")),
        ("Go to interview", "Switch screen", partial(act, "interview")),
        ("Go to review", "Switch screen", partial(act, "review")),
        ("Undo", "Undo the last change", partial(act, "undo")),
        ("Redo", "Redo what was undone", partial(act, "redo")),
    ]


class CoachCommands(Provider):
    """New entry, aspiration and goal; evaluate; interview; review; export; switch screen;
    undo, redo."""

    async def discover(self) -> Hits:
        for name, help_text, run in _commands(self.app):
            yield DiscoveryHit(name, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, run in _commands(self.app):
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), run, help=help_text)

"""Helpers shared by the tests of this folder (split from test_goal_wizard.py)."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input, Static

from coach.models import Goal
from coach.service import CoachService
from screens.app import CoachApp
from screens.goal_wizard.smart_check import SmartCheck
from screens.goal_wizard.wizard import GoalWizard

SIZE = (120, 40)
Snap = Callable[..., bool]


async def open_wizard(
    app: CoachApp, pilot: object, **options: object
) -> tuple[GoalWizard, list[str | None]]:
    results: list[str | None] = []
    wizard = GoalWizard(app.session, **options)  # type: ignore[arg-type]
    app.push_screen(wizard, results.append)
    await pilot.pause()  # type: ignore[attr-defined]
    return wizard, results


async def checked(wizard: GoalWizard, pilot: object) -> None:
    """Wait, as a person pausing would, until every key sent has been typed and the live
    check has judged the words."""
    await pilot.pause()  # type: ignore[attr-defined]  # the Changed of a value just set
    app = wizard.app
    assert isinstance(app, CoachApp)
    for _ in range(400):
        if not wizard.check_pending and not app.keys_waiting:
            break
        await pilot.pause(0.05)  # type: ignore[attr-defined]
    assert not app.keys_waiting, "keys were never handed on"
    assert not wizard.check_pending, "the live check never ran"
    await pilot.pause()  # type: ignore[attr-defined]


def box(wizard: GoalWizard, selector: str) -> Input:
    return wizard.query_one(selector, Input)


def fill(wizard: GoalWizard, **values: str) -> None:
    """Set inputs by id (underscores for dashes), as a paste would."""
    for name, value in values.items():
        box(wizard, "#" + name.replace("_", "-")).value = value


def problem_of(wizard: GoalWizard, selector: str) -> str:
    """The inline message shown next to the field of ``selector`` ("" when none)."""
    field = box(wizard, selector).parent
    assert field is not None
    if not field.has_class("-problem"):
        return ""
    return str(field.query_one(".problem", Static).render())


def screen_text(app: CoachApp) -> str:
    """What the terminal shows, line by line."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def check_text(wizard: GoalWizard, selector: str = "#check") -> str:
    return wizard.query_one(selector, SmartCheck).plain()


async def fill_valid(wizard: GoalWizard, pilot: object) -> None:
    """A complete goal, typed the quick way."""
    fill(
        wizard,
        statement="Win 50 pitches by the end of 2027",
        specific="Lead the pitch team",
        metric="pitches won",
        target="50",
        unit="pitches",
        current="12",
        leads_to="Pitching is what creative directors do",
        let_go="Weekend side projects",
    )
    await checked(wizard, pilot)


def goal_on_disk(reopen: Callable[[], CoachService], goal_id: str) -> Goal:
    return reopen().goals.get(goal_id)

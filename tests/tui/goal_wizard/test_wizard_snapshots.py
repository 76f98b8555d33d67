"""The SMART goal wizard as pictures: the Specific step with its live check, the review."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input

from coach.service import CoachService
from screens.app import make_app
from screens.goal_wizard.steps import ObstacleRow
from screens.goal_wizard.wizard import GoalWizard
from tests.seed import seed
from tests.tui.goal_wizard.wizard_pilot import (
    Snap,
    checked,
    fill,
    fill_valid,
)

# -- snapshots ------------------------------------------------------------------------------


def _wizard_on(step: int, statement: str = "") -> Callable[[object], object]:
    async def run_before(pilot: object) -> None:
        app = pilot.app  # type: ignore[attr-defined]
        wizard = GoalWizard(app.session, aspiration_id="a-director01")
        app.push_screen(wizard)
        await pilot.pause()  # type: ignore[attr-defined]
        if step:
            await fill_valid(wizard, pilot)
            fill(wizard, new_aspiration="", statement=statement)
            row = wizard.query(ObstacleRow).first()
            row.query_one(".what", Input).value = "Budget freeze"
            row.query_one(".weeks", Input).value = "4"
            wizard.action_go(step)
        else:
            await pilot.press(*statement)  # type: ignore[attr-defined]
        await checked(wizard, pilot)  # the live check runs once typing pauses

    return run_before


def test_snapshot_specific_step_with_live_check(snap_compare: Snap, service: CoachService) -> None:
    seed(service)
    assert snap_compare(
        make_app(service),
        terminal_size=(120, 40),
        run_before=_wizard_on(0, "get better at pitching"),
    )


def test_snapshot_review_step(snap_compare: Snap, service: CoachService) -> None:
    seed(service)
    assert snap_compare(
        make_app(service),
        terminal_size=(120, 40),
        run_before=_wizard_on(5, "Win 50 pitches by the end of 2027"),
    )


def test_snapshot_specific_step_small(snap_compare: Snap, service: CoachService) -> None:
    seed(service)
    assert snap_compare(
        make_app(service), terminal_size=(80, 24), run_before=_wizard_on(0, "win 50 pitches soon")
    )


def test_snapshot_review_step_small(snap_compare: Snap, service: CoachService) -> None:
    seed(service)
    assert snap_compare(
        make_app(service),
        terminal_size=(80, 24),
        run_before=_wizard_on(5, "Win 50 pitches by the end of 2027"),
    )

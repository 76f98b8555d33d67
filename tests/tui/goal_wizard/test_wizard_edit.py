"""The SMART goal wizard: editing a goal, hostile text, and a run in a real terminal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Select

from coach.service import CoachService
from coach.text import printable
from screens.app import CoachApp
from screens.goal_wizard.steps import ObstacleRow
from tests.nasty import CONTROL_BYTES, NASTY
from tests.seed import seed
from tests.tui.goal_wizard.wizard_pilot import (
    SIZE,
    box,
    fill,
    open_wizard,
    screen_text,
)
from tests.tui.pilot import settle

# -- editing ------------------------------------------------------------------------------


async def test_editing_a_goal_shows_its_values_and_saves_only_it(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    others_before = {
        k: v for k, v in service.repo.raw_table("goals").items() if k != "g-pitches001"
    }
    goal = service.goals.get("g-pitches001")
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot, goal=goal)
        assert box(wizard, "#statement").value == "Win 50 pitches by the end of 2027"
        assert wizard.query_one("#aspiration", Select).value == "a-director01"
        assert box(wizard, "#metric").value == "pitches won"
        assert box(wizard, "#target").value == "50"
        assert box(wizard, "#current").value == "12"
        assert box(wizard, "#deadline").value == "2027-12-31"
        assert "Edit goal: Win 50 pitches" in screen_text(app)
        await pilot.press("ctrl+n")
        box(wizard, "#current").value = "15"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results == ["g-pitches001"]
    fresh = reopen()
    saved = fresh.goals.get("g-pitches001")
    assert saved.measurable.current == 15
    assert saved.statement == goal.statement
    assert saved.column == goal.column and saved.deadline == goal.deadline
    others_after = {k: v for k, v in fresh.repo.raw_table("goals").items() if k != "g-pitches001"}
    assert others_after == others_before


async def test_an_overdue_goal_keeps_its_date_when_edited(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    goal = service.goals.get("g-awards0001")  # due 2026-11-10, today is 2026-11-21
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot, goal=goal)
        fill(wizard, leads_to="Awards get noticed")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results == ["g-awards0001"]
    saved = service.goals.get("g-awards0001")
    assert saved.deadline == date(2026, 11, 10)
    assert saved.realistic.leads_to == "Awards get noticed"


async def test_a_failed_save_keeps_the_wizard_open(app: CoachApp, service: CoachService) -> None:
    seed(service)
    goal = service.goals.get("g-pitches001")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        wizard, results = await open_wizard(app, pilot, goal=goal)
        service.goals.delete("g-pitches001")  # gone while the wizard was open
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results == []
        assert app.screen is wizard
        assert any(n.title == "Not saved" for n in app._notifications)
        fill(wizard, statement="Try again")
        await pilot.press("ctrl+s")  # may be tried again (and fails again, politely)
        await settle(app, pilot)
        assert app.screen is wizard and app.is_running


# -- hostile text -------------------------------------------------------------------------


def _clean(text: str) -> str:
    """What the screen may show of ``text``: control characters gone, on one line."""
    from coach.text import one_line

    return one_line(text)


async def test_nasty_text_typed_everywhere_shows_literally(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(200, 60)) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await pilot.press(*"[/] [b]x")
        for text in NASTY:
            fill(
                wizard,
                statement=text,
                specific=text,
                new_aspiration=text,
                metric=text,
                unit=text,
                leads_to=text,
                let_go=text,
                deadline=text,
            )
            row = wizard.query(ObstacleRow).first()
            for part in ("what", "plan"):
                row.query_one(f".{part}", Input).value = text
            wizard.action_go(5)
            await pilot.pause()
            assert app.is_running
            shown = screen_text(app)
            if len(text) < 60:
                assert _clean(text)[:20] in shown, text
            for byte in CONTROL_BYTES:
                assert byte not in shown
            wizard.action_back()
            await pilot.pause()
        await pilot.press("ctrl+s")  # the deadline is unreadable: refused, not crashed
        await settle(app, pilot)
        assert results == [] and app.is_running


async def test_a_goal_with_nasty_text_opens_for_edit(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    goals = [
        service.goals.add(
            text,
            specific=text,
            deadline=date(2027, 1, 1),
            measurable={"metric": text, "target": 1, "current": 0, "unit": text},
            achievable={"obstacles": ({"description": text, "plan": text},)},
            realistic={"leads_to": text, "let_go": text},
        )
        for text in NASTY
    ]
    async with app.run_test(size=SIZE) as pilot:
        for text, goal in zip(NASTY, goals, strict=True):
            wizard, results = await open_wizard(app, pilot, goal=goal)
            assert box(wizard, "#statement").value == printable(goal.statement)
            wizard.action_go(5)
            await pilot.pause()
            shown = screen_text(app)
            if len(text) < 60:
                assert _clean(text)[:20] in shown, text
            for byte in CONTROL_BYTES:
                assert byte not in shown
            await pilot.press("ctrl+s")
            await settle(app, pilot)
            assert app.is_running
            assert results == [goal.id]
    statements = {g.statement for g in reopen().goals.find()}
    assert "[@click=app.quit]click me[/]" in statements
    assert "[/]" in statements


# -- a real terminal ---------------------------------------------------------------------


@pytest.mark.terminal
def test_keys_typed_in_a_burst_land_in_the_right_boxes(tmp_path: Path) -> None:
    """Only a real terminal delivers keys faster than the app moves focus."""
    from coach.store.repository import Repository
    from tests.programs import Terminal, coach_argv

    db = tmp_path / "coach.json"
    seed(CoachService(Repository.open(db)))
    term = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        term.wait_for("Dashboard")
        term.send("4")
        term.wait_for("Backlog")
        term.send("n")
        term.wait_for("Your goal, in one sentence")
        term.send("Win 5 pitches by June 2027")
        term.wait_for("Wednesday 30 June 2027")  # the live check found the deadline
        term.send("\x0e")  # ctrl+n
        term.wait_for("What will you count?")
        term.send("pitches won\t12\t\t3\x13")  # tab, tab, ctrl+s in one burst
        term.wait_for("Win 5 pitches by June 2027")  # back on the board
        term.send("\x11")
        term.wait_exit()
    finally:
        term.close()
    found = CoachService(Repository.open(db)).goals.find()
    saved = [g for g in found if g.statement == "Win 5 pitches by June 2027"]
    assert len(saved) == 1
    m = saved[0].measurable
    assert (m.metric, m.target, m.current) == ("pitches won", 12, 3)
    assert saved[0].deadline == date(2027, 6, 30)

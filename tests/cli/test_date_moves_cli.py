"""A deadline moved on purpose: the goal's wording follows it, and the reason is shown
wherever the goal is (`coach goal show`, the calendar, the Markdown plan)."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from tests.clock import TEST_NOW
from tests.programs import Run

REASON = "Sales rollout slipped to May; 60% needs them"


@pytest.fixture(autouse=True)
def _on_the_test_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_NOW", TEST_NOW.isoformat())


def _moved(run: Run) -> str:
    added = run("goal", "add", "Raise dashboard adoption to 60% by 2027-04-30")
    goal_id = added.stdout.split()[1]
    edited = run("goal", "edit", goal_id, "--deadline", "2027-06-30", "--reason", REASON)
    assert edited.exit_code == 0, edited.output
    assert "Raise dashboard adoption to 60% by 2027-06-30" in edited.stdout
    return goal_id


def test_goal_show_tells_the_move_and_why(run: Run) -> None:
    goal_id = _moved(run)
    shown = run("goal", "show", goal_id).stdout
    assert "Raise dashboard adoption to 60% by 2027-06-30" in shown
    assert "Deadline: 2027-06-30" in shown
    day = TEST_NOW.date().isoformat()
    assert f"Date moved 2027-04-30 -> 2027-06-30 on {day}: {REASON}" in shown


def test_the_calendar_and_the_plan_keep_the_reason(run: Run) -> None:
    goal_id = _moved(run)
    ics = run("export", "-f", "ics").stdout_bytes
    (event,) = [e for e in Calendar.from_ical(ics).walk("VEVENT") if e["uid"] == f"{goal_id}@coach"]
    assert str(event["summary"]) == "Deadline: Raise dashboard adoption to 60% by 2027-06-30"
    assert event.decoded("dtstart").isoformat() == "2027-06-30"
    assert f"Date moved 2027-04-30 -> 2027-06-30 on {TEST_NOW.date()}: {REASON}" in str(
        event["description"]
    )
    plan = run("export", "-f", "md").stdout
    assert "**Raise dashboard adoption to 60% by 2027-06-30**" in plan
    assert "Date moved 2027-04-30 -> 2027-06-30" in plan and "Sales rollout slipped" in plan

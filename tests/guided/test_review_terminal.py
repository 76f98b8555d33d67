"""`coach review` in a real pseudo-terminal: a weekly review walked through by keys,
and one stopped with ctrl+c, each checked on disk afterwards."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from coach.models import Measurable
from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import TEST_NOW, Clock
from tests.programs import Terminal, coach_argv

ENTER = "\r"
DOWN = "\x1b[B"
CTRL_C = "\x03"
CTRL_U = "\x15"
ESC_ENTER = "\x1b\r"
LATER = TEST_NOW + timedelta(days=8)


def _plan(db: Path) -> tuple[str, str]:
    service = CoachService(Repository.open(db), clock=Clock(TEST_NOW))
    today = service.today()
    course = service.goals.add("Finish the cloud course", deadline=today + timedelta(days=9))
    talks = service.goals.add(
        "Give 3 talks at meetups",
        deadline=today + timedelta(days=12),
        measurable=Measurable(metric="talks", target=3, unit="talks", current=0),
    )
    return course.id, talks.id


def _start(db: Path) -> Terminal:
    return Terminal(
        coach_argv("--db", str(db), "review"),
        env={"NO_COLOR": "1", "COACH_NOW": LATER.isoformat()},
    )


@pytest.mark.terminal
def test_a_weekly_review_in_the_terminal_lands_on_disk(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    course, talks = _plan(db)
    new_day = (LATER.date() + timedelta(days=30)).isoformat()
    term = _start(db)
    try:
        term.wait_for("Weekly review")
        term.wait_for("1/2  Finish the cloud course")
        term.wait_for("What now?")
        term.send(ENTER)  # log progress: no number to count, so a milestone
        term.wait_for("Which milestone did you reach?")
        term.send("Passed the first module" + ENTER)
        term.wait_for("A note")
        term.send(ENTER)
        term.wait_for("2/2  Give 3 talks at meetups")
        term.wait_for("What now?")
        term.send(DOWN + DOWN + ENTER)  # move the date, on purpose
        term.wait_for("The new deadline")
        term.send(CTRL_U + new_day + ENTER)
        term.wait_for("Why does it move?")
        term.send("the meetups pause over the holidays" + ENTER)
        term.wait_for("Your answer")
        term.send("Asking for help early worked." + ESC_ENTER)
        term.wait_for("When will you look again?")
        term.send(ENTER)
        term.wait_for("Review kept")
        assert term.wait_exit() == 0
    finally:
        term.close()
    service = CoachService(Repository.open(db))
    (review,) = service.reviews.history()
    assert review.kind == "weekly" and set(review.goal_ids) == {course, talks}
    assert review.next_due == LATER.date() + timedelta(days=7)
    body = service.journal.get(review.entry_id or "").body
    assert "Asking for help early worked." in body and "Passed the first module" in body
    assert [e.milestone for e in service.progress.of_goal(course)] == ["Passed the first module"]
    moved = service.goals.get(talks)
    assert moved.deadline is not None and moved.deadline.isoformat() == new_day
    assert moved.date_moves[-1].reason == "the meetups pause over the holidays"


@pytest.mark.terminal
def test_ctrl_c_keeps_what_was_confirmed_and_no_review(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    course, _ = _plan(db)
    term = _start(db)
    try:
        term.wait_for("1/2  Finish the cloud course")
        term.wait_for("What now?")
        term.send(DOWN + DOWN + DOWN + ENTER)  # let it go
        term.wait_for("Why let it go?")
        term.send("the team dropped the cloud move" + ENTER)
        term.wait_for("2/2  Give 3 talks at meetups")
        term.send(CTRL_C)
        term.wait_for("Stopped. 1 action you confirmed is saved")
        assert term.wait_exit() == 130
    finally:
        term.close()
    service = CoachService(Repository.open(db))
    assert service.reviews.history() == []
    assert service.goals.get(course).let_go_reason == "the team dropped the cloud move"

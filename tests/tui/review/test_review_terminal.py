"""A review held in the app, in a real pseudo-terminal, typed as fast as a person types,
then checked on disk."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from coach.models import Measurable
from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import TEST_NOW, Clock
from tests.programs import Terminal, coach_argv

CTRL_S = "\x13"
CTRL_Q = "\x11"
LATER = TEST_NOW + timedelta(days=8)


@pytest.mark.terminal
def test_a_review_in_the_app_logs_progress_and_is_kept(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    service = CoachService(Repository.open(db), clock=Clock(TEST_NOW))
    talks = service.goals.add(
        "Give 3 talks at meetups",
        deadline=service.today() + timedelta(days=12),
        measurable=Measurable(metric="talks", target=3, unit="talks", current=0),
    )
    term = Terminal(
        coach_argv("--db", str(db)),
        env={"TEXTUAL_ANIMATIONS": "none", "COACH_NOW": LATER.isoformat()},
    )
    try:
        term.wait_for("Dashboard")
        term.wait_for("Next review: weekly")
        term.send("6")
        term.wait_for("Weekly review")
        term.wait_for("Give 3 talks at meetups")
        term.send("p")
        term.wait_for("Log progress")
        term.send("2\r")  # the value and enter in one write
        term.wait_for("Progress logged")
        term.send(CTRL_S)
        term.wait_for("Review kept")
        term.send(CTRL_Q)
        assert term.wait_exit() == 0
    finally:
        term.close()
    fresh = CoachService(Repository.open(db))
    (review,) = fresh.reviews.history()
    assert review.goal_ids == (talks.id,)
    assert fresh.goals.get(talks.id).measurable.current == 2
    assert "logged 2 talks" in fresh.journal.get(review.entry_id or "").body

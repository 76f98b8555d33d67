"""`coach interview` in a real pseudo-terminal, as a person would run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.models import AnswerVersion
from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import TEST_NOW, Clock
from tests.personas import build
from tests.programs import Terminal, coach_argv

ENTER = "\r"
DOWN = "\x1b[B"


@pytest.mark.terminal
def test_interview_practice_in_a_terminal(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    clock = Clock(TEST_NOW)
    build(CoachService(Repository.open(db), clock=clock), clock, "electrician")
    term = Terminal(coach_argv("--db", str(db), "interview"), env={"NO_COLOR": "1"})
    try:
        term.wait_for("The role you are preparing for")
        term.send("Lead electrician at Brightline Electric" + ENTER)
        term.wait_for(
            "Which question would you like to practise?", "Tell me about a goal you reached."
        )
        term.send(ENTER)
        screen = term.wait_for("seconds to say (aim: 60 to 90)", "What next?")
        for title in ("Destination", "The path there", "Evidence so far", "Link to the role"):
            assert title in screen
        assert "Become a master electrician: that is where I see myself in five years." in screen
        assert "the lead electrician role at Brightline Electric" in screen
        assert "!" not in screen.split("(aim: 60 to 90)")[1]  # no warning
        term.send(ENTER)  # practise
        term.wait_for("Press Enter and say it out loud")
        term.send(ENTER)
        term.wait_for("press Enter when you finish")
        term.send(ENTER)
        term.wait_for("You took", "(aim: 60 to 90)")
        term.send(DOWN + DOWN + ENTER)  # keep this version
        term.wait_for("Kept (v-", "for Lead electrician at Brightline Electric")
        term.send(DOWN * 4 + ENTER)  # back
        term.wait_for("Done for today")
        term.send(DOWN * 7 + ENTER)
        term.wait_for("1 version(s) kept")
        assert term.wait_exit() == 0
    finally:
        term.close()
    (version,) = CoachService(Repository.open(db)).records(AnswerVersion)
    assert version.role == "Lead electrician" and version.company == "Brightline Electric"
    assert "I completed 2150 supervised field hours" in version.text

"""The guided session in a real pseudo-terminal, as a person would run it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coach.models import Evaluation
from coach.service import CoachService
from coach.store.repository import Repository
from tests.programs import Terminal, coach_argv

ENTER = "\r"


@pytest.mark.terminal
def test_wizard_end_to_end_in_a_terminal(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    term = Terminal(
        coach_argv("--db", str(db), "wizard", "--today", "2026-11-21"), env={"NO_COLOR": "1"}
    )
    try:
        term.wait_for("Which theme would you like")
        term.send(ENTER)
        term.wait_for("(Enter saves it")
        term.send("Pitching is where I come alive" + ENTER)
        for _ in range(2):
            term.send(ENTER)
        term.wait_for("Where do you want your career to go?")
        term.send("Award-winning creative director" + ENTER)
        term.wait_for("Why does it matter")
        term.send(ENTER)
        term.wait_for("Roughly when")
        term.send("2031" + ENTER)
        term.wait_for("Save the aspiration")
        term.send("y")
        term.wait_for("Go through the 8 questions")
        term.send("y")
        for number in range(1, 9):
            term.wait_for(f"{number}/8")
            term.send(ENTER)
            term.wait_for("A note for later")
            term.send(ENTER)
        term.wait_for("Score")
        term.wait_for("Your goal, in one sentence")
        term.send("win 50 pitches by the end of 2027")
        term.wait_for("S ✓  M ✓  T ✓  deadline 2027-12-31")  # the live check, before Enter
        term.send(ENTER)
        term.wait_for("What exactly will you achieve?")
        term.send(ENTER)
        term.wait_for("What will you count?")
        term.wait_for("pitches")  # offered from the statement, with the 50 below
        term.send(" won" + ENTER)
        term.wait_for("The number to reach")
        term.send(ENTER)
        term.wait_for("Its unit")
        term.send(ENTER)
        term.wait_for("Where you stand today")
        term.send(ENTER)
        term.wait_for("priorities right now")
        term.send(ENTER)
        term.wait_for("A likely obstacle")
        term.send(ENTER)
        term.wait_for("Why does this goal lead")
        term.send(ENTER)
        term.wait_for("let go of")
        term.send(ENTER)
        term.wait_for("Deadline")
        term.send(ENTER)
        term.wait_for("When will you next look at how it is going?")
        term.send(ENTER)
        term.wait_for("Save the goal")
        term.send("y")
        term.wait_for("Add another goal?")
        term.send("n")
        term.wait_for("Done for today")
        assert term.wait_exit() == 0
    finally:
        term.close()
    service = CoachService(Repository.open(db))
    (entry,) = service.journal.find()
    assert entry.body == "Pitching is where I come alive"
    (goal,) = service.goals.find()
    assert goal.deadline == date(2027, 12, 31) and goal.measurable.target == 50
    assert goal.measurable.metric == "pitches won"
    assert len(service.repo.all(Evaluation)) == 1

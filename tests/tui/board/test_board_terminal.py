"""The board in a real pseudo-terminal: key bursts land in the file, a big board stays usable.

Pilot presses one key at a time and waits; a terminal delivers a burst in one
read, before any focus change or save is done. These tests type the way a fast
person (or a key held down) does, then check the data file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coach.service import CoachService
from coach.store.repository import Repository
from tests.programs import Terminal, coach_argv
from tests.seed import seed

SHIFT_RIGHT = "\x1b[1;2C"
SHIFT_LEFT = "\x1b[1;2D"
SHIFT_UP = "\x1b[1;2A"
SHIFT_DOWN = "\x1b[1;2B"
ESCAPE = "\x1b"
CTRL_S = "\x13"
CTRL_Q = "\x11"


def start(db: Path) -> Terminal:
    return Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})


def columns_on_disk(db: Path) -> dict[str, list[str]]:
    service = CoachService(Repository.open(db))
    return {c.id: [g.id for g in service.goals.in_column(c.id)] for c in service.board.columns()}


@pytest.mark.terminal
def test_a_burst_of_moves_lands_in_the_file(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    seed(CoachService(Repository.open(db)))
    before = len(CoachService(Repository.open(db)).journal.find())
    term = start(db)
    try:
        term.wait_for("Dashboard")
        term.send("4")
        term.wait_for("Backlog · card 1 of 2")  # "Enter three international competitions"
        # Right, right (letters), up (shift+arrow): Next, then the end of Doing, then
        # above the pitches goal. One write: the keys arrive together.
        term.send("LL" + SHIFT_UP)
        term.wait_for("Doing · card 1 of 2")
        # Down again and back up, left and right again, all in one burst.
        term.send(SHIFT_DOWN + "K" + SHIFT_LEFT + "L")
        term.wait_for("Doing · card 2 of 2")
        # Into Done at 1 of 3 entries: asked where it ended first. The value and
        # enter come in the same write as the move.
        term.send(SHIFT_RIGHT + "2\r")
        term.wait_for("What did you learn on the way to this goal?")
        term.send("Enter early, pick the briefs I care about" + CTRL_S)
        # The board's status line shows through the dialog, so it proves nothing: wait
        # for the answer to be saved, as a person sees it, before quitting.
        term.wait_for("Saved in your journal.")
        term.wait_for("Done · card 2 of 2")
        term.send(CTRL_Q)
        assert term.wait_exit() == 0
    finally:
        term.close()
    board = columns_on_disk(db)
    assert board["backlog"] == ["g-portfolio1"]
    assert board["doing"] == ["g-pitches001"]
    assert board["done"] == ["g-assoc00001", "g-awards0001"]
    assert CoachService(Repository.open(db)).goals.get("g-awards0001").measurable.current == 2
    entries = CoachService(Repository.open(db)).journal.find()
    assert len(entries) == before + 1
    (answer,) = [e for e in entries if e.prompt_id == "goal_done"]
    assert answer.body == "Enter early, pick the briefs I care about"
    assert answer.goal_ids == ("g-awards0001",)


@pytest.mark.terminal
def test_skipping_the_prompt_in_a_terminal_keeps_the_move(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    seed(CoachService(Repository.open(db)))
    term = start(db)
    try:
        term.wait_for("Dashboard")
        term.send("4")
        term.wait_for("Backlog · card 1 of 2")
        term.send("lljL")  # to Doing, down to nothing (one card), move it to Done
        term.wait_for("Was the target reached?")
        term.send(ESCAPE)  # the numbers stay
        term.wait_for("What did you learn")
        term.send(ESCAPE)
        term.wait_for("Done · card 2 of 2")
        term.send(CTRL_Q)
        assert term.wait_exit() == 0
    finally:
        term.close()
    assert columns_on_disk(db)["done"] == ["g-assoc00001", "g-pitches001"]
    assert not [e for e in CoachService(Repository.open(db)).journal.find() if e.prompt_id]


@pytest.mark.terminal
def test_a_filter_typed_in_a_burst(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    seed(CoachService(Repository.open(db)))
    term = start(db)
    try:
        term.wait_for("Dashboard")
        term.send("4")
        term.wait_for("Backlog · card 1 of 2")
        # "t" and "e" are board keys: after "/" they are words; after enter, L moves.
        term.send("/website\rL")
        term.wait_for("Next · card 1 of 1 · words “website”")
        term.send(CTRL_Q)
        assert term.wait_exit() == 0
    finally:
        term.close()
    assert columns_on_disk(db)["next"] == ["g-artdir0001", "g-portfolio1"]


@pytest.mark.terminal
@pytest.mark.slow
def test_a_big_board_opens_and_follows_a_burst(tmp_path: Path) -> None:
    db = tmp_path / "big.json"
    subprocess.run([sys.executable, "-m", "bench.bigstore", str(db)], check=True)
    term = start(db)
    try:
        term.wait_for("Dashboard", timeout=60)
        term.send("4")
        term.wait_for("Backlog · card 1 of 68", "Done · 800", timeout=60)
        term.send("lll" + "j" * 27)  # 30 keys in one write
        # The selected card is drawn, scrolled into view.
        term.wait_for("Done · card 28 of 800", "▌", timeout=60)
        term.send("k" * 10 + "h")
        term.wait_for("Doing · card 18 of 75", timeout=60)
        term.send(CTRL_Q)
        assert term.wait_exit(timeout=60) == 0
    finally:
        term.close()

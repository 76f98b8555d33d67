"""The app open while two shells write, and two app windows on one file: nothing lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coach.service import CoachService
from coach.store.repository import Repository
from tests.programs import Terminal, coach_argv

CTRL_S, CTRL_Q = "\x13", "\x11"
LOOP = """
import subprocess, sys
db, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
add = [sys.executable, "-m", "coach", "--db", db, "journal", "add"]
codes = [subprocess.run([*add, f"{tag} {n}"], capture_output=True).returncode for n in range(count)]
sys.exit(max(codes))
"""


def _bodies(db: Path) -> set[str]:
    return {e.body for e in CoachService(Repository.open(db)).journal.find()}


def _write_in_app(term: Terminal, text: str) -> None:
    term.send("2")
    term.wait_for("Reflect —")
    term.send("w")
    term.wait_for("Leave editor")
    term.send(text)
    term.wait_for(text)
    term.send(CTRL_S)


@pytest.mark.terminal
@pytest.mark.reliability
def test_app_and_two_shell_writers_at_once(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    count = 15
    term = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        term.wait_for("Dashboard")
        shells = [
            subprocess.Popen([sys.executable, "-c", LOOP, str(db), tag, str(count)])
            for tag in ("left", "right")
        ]
        _write_in_app(term, "written in the app meanwhile")
        codes = [shell.wait(timeout=300) for shell in shells]
        assert codes == [0, 0]  # no shell write was refused
        term.wait_for(f"Entries · {2 * count + 1}", timeout=15)
        term.send(CTRL_Q)
        assert term.wait_exit() == 0
    finally:
        term.close()
    expected = {f"{tag} {n}" for tag in ("left", "right") for n in range(count)}
    assert _bodies(db) == expected | {"written in the app meanwhile"}


@pytest.mark.terminal
@pytest.mark.reliability
def test_two_app_windows_on_one_file(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    first = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    second = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        first.wait_for("Dashboard")
        second.wait_for("Dashboard")
        _write_in_app(first, "from the first window")
        first.wait_for("Entries · 1")
        _write_in_app(second, "from the second window")
        second.wait_for("Entries · 2")
        first.wait_for("from the second window", timeout=15)  # each sees the other's
        for term in (first, second):
            term.send(CTRL_Q)
            assert term.wait_exit() == 0
    finally:
        first.close()
        second.close()
    assert _bodies(db) == {"from the first window", "from the second window"}

"""The app in a real terminal: write a reflection, see another shell's entry, hostile text.

What a person does, keys as a terminal sends them, and the data file read afterwards.
The raw bytes the app writes to the terminal are checked too: text a person typed or
pasted must never reach the terminal as an escape sequence.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coach.service import CoachService
from coach.store.repository import Repository
from tests.programs import Terminal, coach_argv

CTRL_S, CTRL_Q = "\x13", "\x11"


def _entries(db: Path) -> list[str]:
    return [e.body for e in CoachService(Repository.open(db)).journal.find()]


@pytest.mark.terminal
def test_write_a_reflection_and_see_another_shells_entry(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    term = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        term.wait_for("Dashboard")
        term.send("2")
        term.wait_for("Reflect —")
        term.send("w")
        term.wait_for("Leave editor")  # the editor has focus (a person is never faster)
        term.send("Pitching is where I come alive.")
        term.wait_for("come alive")
        term.send(CTRL_S)
        term.wait_for("Entries · 1")
        added = subprocess.run(
            [
                sys.executable,
                "-m",
                "coach",
                "--db",
                str(db),
                "journal",
                "add",
                "from another shell",
            ],
            capture_output=True,
            check=False,
        )
        assert added.returncode == 0
        term.wait_for("Entries · 2", timeout=10)  # picked up without a restart
        term.wait_for("from another shell")
        term.send(CTRL_Q)
        assert term.wait_exit() == 0
    finally:
        term.close()
    assert sorted(_entries(db)) == ["Pitching is where I come alive.", "from another shell"]


@pytest.mark.terminal
def test_typed_hostile_text_is_saved_literally_and_never_reaches_the_terminal(
    tmp_path: Path,
) -> None:
    db = tmp_path / "coach.json"
    hostile = "[@click=app.quit]x[/] \x1b]0;pwned\x07 \x1b]52;c;cHduZWQ=\x07 [bold]b"
    term = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        term.wait_for("Dashboard")
        term.send("2")
        term.wait_for("Reflect —")
        term.send("w")
        term.wait_for("Leave editor")
        term.send(hostile)
        term.wait_for("[@click=app.quit]x[/]")
        term.send(CTRL_S)
        term.wait_for("Entries · 1")
        assert term.child.isalive()  # the markup did not quit the app
        term.send(CTRL_Q)
        assert term.wait_exit() == 0
    finally:
        term.close()
    raw = bytes(term.raw)
    assert b"\x1b]0;pwned" not in raw and b"\x1b]52;" not in raw
    (body,) = _entries(db)
    assert "[@click=app.quit]x[/]" in body and "[bold]b" in body

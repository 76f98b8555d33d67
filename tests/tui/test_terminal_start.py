"""`coach` in a real pseudo-terminal: it starts, paints, quits; bad files never crash it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.terminal import Terminal, coach_argv


@pytest.mark.terminal
def test_coach_starts_and_quits(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    term = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        term.wait_for("Dashboard", "Reflect", "Aspirations", "Board")
        term.send("\x11")  # ctrl+q
        assert term.wait_exit() == 0
    finally:
        term.close()


@pytest.mark.terminal
def test_damaged_file_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    db.write_bytes(b'{"journal": {"j-1": ')
    term = Terminal(coach_argv("--db", str(db)), env={})
    try:
        term.wait_for("damaged")
        assert term.wait_exit() == 1
        screen = term.text()  # all of it: the program has ended
        assert str(db) in screen.replace("\n", "") or db.name in screen
        assert "Traceback" not in screen
    finally:
        term.close()
    assert db.read_bytes() == b'{"journal": {"j-1": '

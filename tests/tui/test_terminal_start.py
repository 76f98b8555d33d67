"""`coach` in a real pseudo-terminal: it starts, paints, quits; bad files never crash it."""

from __future__ import annotations

import re
from pathlib import Path

import pyte
import pytest

from coach.service import CoachService
from coach.store.repository import Repository
from tests.programs import Terminal, coach_argv
from tests.seed import seed


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


def first_frame(raw: bytes, rows: int = 40, cols: int = 120) -> str:
    """The screen as the first full frame drew it: rows 1 to ``rows``, then the cursor."""
    last_row = next(m for m in re.finditer(rb"\x1b\[(\d+);1H", raw) if int(m.group(1)) == rows)
    after = re.compile(rb"\x1b\[\d+;\d+H").search(raw, last_row.end())
    assert after is not None, "the first frame is not complete"
    screen = pyte.Screen(cols, rows)
    pyte.ByteStream(screen).feed(raw[: after.start()])
    return "\n".join(screen.display)


@pytest.mark.terminal
def test_the_first_frame_is_the_whole_chrome_and_the_store_fills_in(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    seed(CoachService(Repository.open(db)))
    term = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        term.wait_for("6 entries, 2 this week", "Award-winning creative director")
        term.send("\x11")  # ctrl+q
        assert term.wait_exit() == 0
    finally:
        term.close()
    # Nothing is drawn half: the first frame holds the title, every panel and the keys,
    # before the store is open.
    frame = first_frame(bytes(term.raw))
    for part in ("Dashboard — 1 Dash", "123456 Screens", "? Help", "^p palette"):
        assert part in frame, part
    assert frame.count("Opening your plan…") == 4, frame  # each panel, in its loading state

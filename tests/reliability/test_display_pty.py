"""Hostile text in every field, shown on every screen in a real terminal.

The raw bytes the app writes are checked: none of the escape sequences, C1 controls or
bidi overrides from the stored text may reach the terminal, and the app must survive
(no MarkupError) and run no action (`[@click=app.quit]` must not quit).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from coach.models import Answer, Measurable
from coach.service import CoachService
from coach.store.repository import Repository
from tests.nasty import NASTY
from tests.programs import Terminal, coach_argv

FORBIDDEN = [
    b"\x1b]0;pwned",
    b"\x1b]8;;https://example.invalid",
    b"\x1b]52;c;cHduZWQ=",
    "\x9b31m".encode(),
    "\x9d".encode(),
    "\x85".encode(),
    "\u202e".encode(),
    "\u2066".encode(),
]


def _fill(db: Path) -> None:
    service = CoachService(Repository.open(db))
    short = [text[:300] for text in NASTY]
    aspiration = service.aspirations.add(short[2], why=short[0], horizon="2031")
    for n, text in enumerate(short):
        service.aspirations.add(text or "x", why=text)
        goal = service.goals.add(
            text or "x",
            aspiration_id=aspiration.id,
            column=["backlog", "next", "doing", "done"][n % 4],
            deadline=date(2027, 1, 1),
            tags=[f"tag{n}"],
            measurable=Measurable(metric=text, target=10, current=2),
            notes=text,
        )
        service.journal.add(NASTY[n], tags=[f"t{n}"], goal_ids=[goal.id])
    answers = [
        Answer(question_id=q, rating=3, note=short[i % len(short)])
        for i, q in enumerate(
            [
                "independence",
                "self-worth",
                "passion",
                "honesty",
                "realism",
                "distinct",
                "growth",
                "excitement",
            ]
        )
    ]
    service.evaluations.add(aspiration.id, answers)


@pytest.mark.terminal
@pytest.mark.reliability
def test_no_escape_from_user_text_reaches_the_terminal(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    _fill(db)
    term = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        term.wait_for("Dashboard")
        term.send("\t")  # the dashboard's other panels take the focus in turn
        term.send("\t")
        term.send("2")
        term.wait_for("Entries · 12")  # the list is drawn
        term.send("\r")  # open the newest entry: its body, tags and links are drawn
        time.sleep(0.5)
        term.send("\x1b")
        time.sleep(0.4)  # ESC and a key in one write read as alt+key, as in any terminal
        term.send("3")
        term.wait_for("Aspirations —")
        for _ in range(6):  # walk the list: each detail pane draws its user text
            term.send("j")
        term.send("4")
        term.wait_for("Board —")
        term.send("l\r")  # open a goal's detail
        term.wait_for("Board —")
        assert term.child.isalive(), "the app died on hostile text"
        term.send("\x1b")
        term.send("\x11")
        assert term.wait_exit() == 0  # quit by ctrl+q, not by [@click=app.quit]
    finally:
        term.close()
    raw = bytes(term.raw)
    found = [seq for seq in FORBIDDEN if seq in raw]
    assert found == []
    # ...while the text itself was drawn, defanged: the words remain, the escapes do not.
    assert b"pwned" in raw and b"clipboard" in raw and b"[@click=app.quit]" in raw

"""`coach today`: a few lines for a shell's start-up, or nothing at all; run as the shell
runs it (a separate process), then checked against the store."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import orjson

from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import TEST_NOW, Clock


def _today(db: Path, *args: str, days: int = 0, **env: str) -> subprocess.CompletedProcess[str]:
    now = (TEST_NOW + timedelta(days=days)).isoformat()
    return subprocess.run(
        [sys.executable, "-m", "coach", "today", *args],
        env={**os.environ, "COACH_DB": str(db), "COACH_NOW": now, **env},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _plan(db: Path) -> dict[str, str]:
    service = CoachService(Repository.open(db), clock=Clock(TEST_NOW))
    today = service.today()
    ids = {
        "overdue": service.goals.add("Send the grant report", deadline=today + timedelta(days=5)),
        "week": service.goals.add("Book the venue", deadline=today + timedelta(days=12)),
        "later": service.goals.add("Run the spring workshop", deadline=today + timedelta(days=90)),
        "done": service.goals.add("Write the brief", deadline=today + timedelta(days=6)),
        "dropped": service.goals.add("Learn Rust", deadline=today + timedelta(days=7)),
    }
    service.goals.move(ids["done"].id, "done")
    service.goals.let_go(ids["dropped"].id, "not now")
    return {k: v.id for k, v in ids.items()}


def test_silent_on_a_missing_an_empty_and_a_calm_store(tmp_path: Path) -> None:
    missing = _today(tmp_path / "none.json")
    assert (missing.returncode, missing.stdout, missing.stderr) == (0, "", "")
    db = tmp_path / "coach.json"
    service = CoachService(Repository.open(db), clock=Clock(TEST_NOW))
    service.journal.add("a first note")
    empty = _today(db)
    assert (empty.returncode, empty.stdout, empty.stderr) == (0, "", "")
    service.goals.add("Run the spring workshop", deadline=service.today() + timedelta(days=90))
    calm = _today(db, days=1)  # the first review is a week off, nothing is due
    assert (calm.returncode, calm.stdout, calm.stderr) == (0, "", "")


def test_a_review_an_overdue_goal_and_one_due_this_week_each_get_a_line(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    _plan(db)
    done = _today(db, days=8)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0] == "coach: your weekly review is due (today): `coach review`"
    assert "coach: overdue by 3 days: Send the grant report" in lines
    assert any(line.startswith("coach: due on ") and "Book the venue" in line for line in lines)
    text = done.stdout
    for never in ("Run the spring workshop", "Write the brief", "Learn Rust"):
        assert never not in text


def test_json_gives_the_same_facts(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    ids = _plan(db)
    found = orjson.loads(_today(db, "--json", days=8).stdout)
    assert found["review"] == {"kind": "weekly", "due": found["today"], "late": 0}
    assert [g["id"] for g in found["overdue"]] == [ids["overdue"]]
    assert [g["id"] for g in found["due_this_week"]] == [ids["week"]]
    assert found["overdue"][0]["days"] == -3


def test_an_encrypted_store_without_its_passphrase_says_so_and_never_waits(
    tmp_path: Path,
) -> None:
    db = tmp_path / "coach.json"
    _plan(db)
    sealed = subprocess.run(
        [sys.executable, "-m", "coach", "encrypt"],
        env={**os.environ, "COACH_DB": str(db), "COACH_PASSPHRASE": "correct horse"},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert sealed.returncode == 0, sealed.stderr
    env = {k: v for k, v in os.environ.items() if k != "COACH_PASSPHRASE"}
    ran = subprocess.run(
        [sys.executable, "-m", "coach", "today"],
        env={**env, "COACH_DB": str(db)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert ran.returncode == 0
    assert "encrypted" in ran.stdout and "COACH_PASSPHRASE" in ran.stdout
    unlocked = _today(db, days=8, COACH_PASSPHRASE="correct horse")
    assert "Send the grant report" in unlocked.stdout


def test_a_store_that_cannot_be_read_is_said_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    db.write_text("{ not json")
    ran = _today(db, days=8)
    assert ran.returncode == 1
    assert "coach.json" in ran.stderr and "Traceback" not in ran.stderr

"""``coach today`` as a shell's start-up file runs it: a separate process, at a set
moment, with no questions asked; silent when nothing needs the person.

The store is written through the service on the tests' clock (every record made at
``TEST_NOW``, a Saturday); the command runs at ``$COACH_NOW`` some days later.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest

from coach.service import CoachService
from coach.store.crypto import EncryptedCodec, file_is_encrypted
from coach.store.sealing import encrypt_store
from tests.clock import TEST_NOW
from tests.devicefiles import snapshot_file
from tests.nasty import CONTROL_BYTES, NASTY
from tests.programs import Terminal, coach_argv

DAY = TEST_NOW.date()  # Saturday 21 November 2026
PASSPHRASE = "correct horse battery"
QUIET_KEYS = {"today", "locked", "review", "overdue", "due_this_week", "nudge"}


def _quiet(day: date) -> dict[str, object]:
    """What ``--json`` says on a day when nothing needs the person."""
    return {
        "today": day.isoformat(),
        "locked": False,
        "review": None,
        "overdue": [],
        "due_this_week": [],
        "nudge": None,
    }


def _close_stdin() -> None:
    os.close(0)


def today(
    db: Path, *args: str, days: int = 0, passphrase: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``coach today`` run ``days`` after the tests' moment, its standard input closed
    (a program that waited for input would fail, not hang)."""
    env = {**os.environ, "COACH_DB": str(db), "COACH_NOW": (TEST_NOW + timedelta(days)).isoformat()}
    env.pop("COACH_PASSPHRASE", None)
    if passphrase is not None:
        env["COACH_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "coach", "today", *args],
        stdin=subprocess.DEVNULL,
        preexec_fn=_close_stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _plan(service: CoachService) -> dict[str, str]:
    """A plan on its ninth day: the first review due, one goal overdue, one due this
    week, one far off; a done goal and one let go of, both overdue."""
    goals = service.goals
    ids = {
        "overdue": goals.add("Send the portfolio to 5 studios", deadline=DAY + timedelta(5)).id,
        "soon": goals.add("Give a talk at the design meetup", deadline=DAY + timedelta(12)).id,
        "later": goals.add("Move into a lead role", deadline=date(2028, 6, 30)).id,
        "done": goals.add("Finish the typography course", deadline=DAY + timedelta(3)).id,
        "dropped": goals.add("Learn Rust on weekends", deadline=DAY + timedelta(4)).id,
    }
    goals.move(ids["done"], "done")
    goals.let_go(ids["dropped"], "not this year")
    return ids


def test_silent_without_a_store(db_path: Path) -> None:
    done = today(db_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert not db_path.exists()


def test_json_without_a_store_has_the_shape_of_a_quiet_day(db_path: Path) -> None:
    done = today(db_path, "--json")
    assert done.returncode == 0, done.stderr
    assert orjson.loads(done.stdout) == _quiet(DAY)


def test_silent_on_an_empty_store(service: CoachService, db_path: Path) -> None:
    entry = service.journal.add("a first thought")
    service.journal.delete(entry.id)
    assert snapshot_file(db_path).exists() and service.is_empty()
    done = today(db_path, days=30)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_silent_when_nothing_is_due(service: CoachService, db_path: Path) -> None:
    service.goals.add("Move into a lead role", deadline=DAY + timedelta(30))
    done_goal = service.goals.add("Finish the typography course", deadline=DAY + timedelta(2))
    service.goals.move(done_goal.id, "done")
    dropped = service.goals.add("Learn Rust on weekends", deadline=DAY - timedelta(3))
    service.goals.let_go(dropped.id)
    service.aspirations.add("Creative director at a small studio")  # a nudge alone is quiet
    # the next day: the review is six days off and the open goal a month; the done
    # goal (due in a day) and the one let go of (overdue) need nobody
    done = today(db_path, days=1)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    quiet = today(db_path, "--json", days=1)
    assert orjson.loads(quiet.stdout) == _quiet(DAY + timedelta(1))


def test_a_review_an_overdue_goal_and_a_goal_this_week_each_have_their_line(
    service: CoachService, db_path: Path
) -> None:
    _plan(service)
    done = today(db_path, days=9)  # Monday 30 November
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.splitlines() == [
        "coach: your weekly review is due (today): `coach review`",
        "coach: overdue by 4 days: Send the portfolio to 5 studios",
        "coach: due on Thu 3 Dec: Give a talk at the design meetup",
    ]
    # a review held sets the next one's day; two days past it, it is late
    service.reviews.save("weekly", lines=[], next_due=DAY + timedelta(14))
    late = today(db_path, days=16).stdout.splitlines()
    assert late[0] == "coach: your weekly review is due (2 days late): `coach review`"


def test_json_gives_the_same_facts(service: CoachService, db_path: Path) -> None:
    ids = _plan(service)
    done = today(db_path, "--json", days=9)
    assert done.returncode == 0, done.stderr
    facts = orjson.loads(done.stdout)
    assert set(facts) == QUIET_KEYS
    assert facts["today"] == "2026-11-30"
    assert facts["review"] == {"kind": "weekly", "due": "2026-11-30", "late": 0}
    assert [(g["id"], g["deadline"], g["days"]) for g in facts["overdue"]] == [
        (ids["overdue"], "2026-11-26", -4)
    ]
    assert [(g["id"], g["statement"], g["days"]) for g in facts["due_this_week"]] == [
        (ids["soon"], "Give a talk at the design meetup", 3)
    ]
    assert facts["nudge"] is None
    for quiet in ("done", "dropped", "later"):
        assert ids[quiet] not in done.stdout


def test_one_nudge_comes_along_when_something_is_due(service: CoachService, db_path: Path) -> None:
    _plan(service)
    service.aspirations.add("Creative director at a small studio")  # no goals lead to it yet
    lines = today(db_path, days=9).stdout.splitlines()
    facts = orjson.loads(today(db_path, "--json", days=9).stdout)
    assert len(lines) in (4, 5) and "Creative director" in facts["nudge"]
    told = " ".join(line.strip() for line in lines[3:])
    assert told == f"coach: {facts['nudge']}" and all(len(line) <= 80 for line in lines)


def test_a_long_nudge_keeps_its_question(service: CoachService, db_path: Path) -> None:
    # Cut after 100 characters, the nudge ended "Is it still the right nex…".
    _plan(service)
    lines = today(db_path, days=40).stdout.splitlines()
    nudge = orjson.loads(today(db_path, "--json", days=40).stdout)["nudge"]
    assert nudge is not None and "Is it still the right next step?" in nudge
    assert not nudge.endswith("…")
    start = next(i for i, line in enumerate(lines) if line.startswith(f"coach: {nudge[:20]}"))
    told = " ".join(line.strip() for line in lines[start:])
    assert told == f"coach: {nudge}" and all(len(line) <= 80 for line in lines)


def test_done_goals_and_goals_let_go_of_are_never_mentioned(
    service: CoachService, db_path: Path
) -> None:
    _plan(service)
    for days in (0, 3, 4, 9, 60, 400):
        for args in ((), ("--json",)):
            out = today(db_path, *args, days=days).stdout
            assert "typography" not in out and "Rust" not in out, (days, args, out)


def test_hostile_statements_reach_the_shell_as_plain_text(
    service: CoachService, db_path: Path
) -> None:
    for text in NASTY:
        service.goals.add(text, deadline=DAY + timedelta(2))
    done = today(db_path, days=1)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:3] == [f"coach: due on Mon 23 Nov: {t}" for t in ("[/]", *NASTY[1:3])]
    assert lines[-1] == f"coach: and {len(NASTY) - 3} more goals: `coach goal list`"
    for marker in (*CONTROL_BYTES, "\x1b"):
        assert marker not in done.stdout


def _encrypted(service: CoachService, db_path: Path) -> None:
    _plan(service)
    encrypt_store(db_path, EncryptedCodec(PASSPHRASE))
    assert file_is_encrypted(db_path)


def test_an_encrypted_store_without_the_passphrase_says_so_and_never_asks(
    service: CoachService, db_path: Path
) -> None:
    _encrypted(service, db_path)
    done = today(db_path, days=9)
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "coach: the store is encrypted; `coach today` reads it with $COACH_PASSPHRASE set"
    ]
    assert "Send the portfolio" not in done.stdout + done.stderr
    opened = today(db_path, days=9, passphrase=PASSPHRASE)
    assert opened.returncode == 0, opened.stderr
    assert len(opened.stdout.splitlines()) == 3
    assert "overdue by 4 days: Send the portfolio to 5 studios" in opened.stdout


def test_an_encrypted_store_in_a_terminal_never_waits_for_a_passphrase(
    service: CoachService, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A shell's start-up file runs it with the terminal as its input: a prompt would
    # hold the shell up.
    _encrypted(service, db_path)
    env = {"COACH_DB": str(db_path), "COACH_NOW": (TEST_NOW + timedelta(9)).isoformat()}
    monkeypatch.delenv("COACH_PASSPHRASE", raising=False)
    terminal = Terminal(coach_argv("today"), env=env, rows=24, cols=80)
    try:
        assert terminal.wait_exit(timeout=30) == 0
        screen = terminal.text()
    finally:
        terminal.close()
    assert "coach: the store is encrypted" in screen
    assert "Passphrase" not in screen


def test_json_on_an_encrypted_store_without_the_passphrase_stays_json(
    service: CoachService, db_path: Path
) -> None:
    _encrypted(service, db_path)
    done = today(db_path, "--json", days=9)
    assert done.returncode == 0
    facts = orjson.loads(done.stdout)
    assert facts["locked"] is True
    assert (facts["review"], facts["overdue"], facts["due_this_week"]) == (None, [], [])
    assert "COACH_PASSPHRASE" in done.stderr


@pytest.mark.parametrize("args", [(), ("--json",)])
def test_today_never_changes_the_store(
    service: CoachService, db_path: Path, args: tuple[str, ...]
) -> None:
    _plan(service)
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()}
    assert today(db_path, *args, days=9).returncode == 0
    after = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()}
    assert after == before


def test_an_older_store_is_read_as_it_is_never_migrated_on_disk(db_path: Path) -> None:
    # A shell start-up is no time to rewrite the file: the next command that changes
    # something migrates it (with its backup), as every command does.
    db_path.parent.mkdir(parents=True)
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "store-v1.json", db_path)
    before = db_path.read_bytes()
    done = today(db_path, "--json", days=60)
    assert done.returncode == 0, done.stderr
    assert [g["id"] for g in orjson.loads(done.stdout)["overdue"]] == ["g-proto00001"]
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_store_that_cannot_be_read_is_said_in_one_line(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("{ not json")
    done = today(db_path, days=8)
    assert done.returncode == 1 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert "coach.json" in done.stderr and "Traceback" not in done.stderr


def test_an_overdue_goal_that_reached_its_target_is_told_to_close(
    service: CoachService, db_path: Path
) -> None:
    from coach.models import Measurable

    goal = service.goals.add(
        "Mentor 2 junior analysts",
        deadline=DAY + timedelta(5),
        measurable=Measurable(metric="analysts", target=2, current=0),
    )
    service.progress.log(goal.id, 2)
    lines = today(db_path, days=9).stdout.splitlines()
    facts = orjson.loads(today(db_path, "--json", days=9).stdout)
    assert [g["id"] for g in facts["overdue"]] == [goal.id]  # the JSON keeps the facts
    assert "coach: target reached, past its date: Mentor 2 junior analysts" in lines
    assert f"  close it with `coach goal move {goal.id} Done`" in lines
    assert not any("overdue by" in line for line in lines)
    assert facts["nudge"] is None or goal.statement not in facts["nudge"]

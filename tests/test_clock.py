"""coach's one clock: the machine's time, or ``$COACH_NOW`` running on from a set moment."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach.errors import InvalidInputError
from coach.ids import now
from tests.clock import MACHINE_DATE
from tests.programs import coach_process


def test_without_coach_now_it_is_the_machines_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_NOW", raising=False)
    before = datetime.now().astimezone()
    found = now()
    assert before <= found <= datetime.now().astimezone()
    assert found.utcoffset() is not None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2027-12-31T23:40", datetime(2027, 12, 31, 23, 40)),
        ("2028-02-29", datetime(2028, 2, 29, 0, 0)),
        (" 2032-02-29 23:59:30 ", datetime(2032, 2, 29, 23, 59, 30)),
    ],
)
def test_coach_now_sets_the_moment_in_local_time(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: datetime
) -> None:
    monkeypatch.setenv("COACH_NOW", value)
    found = now()
    assert found.replace(tzinfo=None) - expected < timedelta(seconds=1)
    assert found >= expected.astimezone()
    assert found.utcoffset() == expected.astimezone().utcoffset()


def test_coach_now_keeps_an_offset_it_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_NOW", "2027-06-01T08:00+05:30")
    found = now()
    assert found.utcoffset() == timedelta(hours=5, minutes=30)
    assert found.date() == date(2027, 6, 1)


def test_the_clock_runs_on_from_the_set_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_NOW", "2027-12-31T23:59:59.950")
    first = now()
    time.sleep(0.1)
    second = now()
    assert second > first
    assert second.date() == date(2028, 1, 1)  # past midnight, as a clock would be


def test_a_new_moment_starts_the_clock_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_NOW", "2030-01-01T10:00")
    assert now().year == 2030
    monkeypatch.setenv("COACH_NOW", "2029-05-05T10:00")
    assert now().date() == date(2029, 5, 5)


def test_a_bad_coach_now_says_what_to_write(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_NOW", "next tuesday")
    with pytest.raises(InvalidInputError, match=r"COACH_NOW='next tuesday' .* 2027-12-31T23:40"):
        now()


def test_a_program_runs_at_the_set_moment(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    added = coach_process("journal", "add", "a line from the future", db=db)
    assert added.returncode == 0, added.stderr
    listed = coach_process("journal", "list", db=db)
    # coach_process starts each program on the tests' clock (tests/conftest.py TEST_NOW).
    assert "2026-11-21 09:" in listed.stdout.decode()


def test_a_bad_coach_now_stops_a_command_with_its_message(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    done = subprocess.run(
        [sys.executable, "-m", "coach", "--db", str(db), "journal", "add", "x"],
        env={**os.environ, "COACH_NOW": "31/12/2027"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "COACH_NOW='31/12/2027' is not a date" in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists()


@pytest.mark.skipif(not MACHINE_DATE, reason="only in a run with the machine's date moved")
def test_the_machine_date_is_moved_in_a_shifted_run(machine_date: datetime | None) -> None:
    # The guard of CI's shifted pass: if moving the date silently did nothing, the pass
    # would prove nothing.
    assert machine_date is not None
    assert abs(datetime.now().astimezone() - machine_date) < timedelta(minutes=5)
    assert abs(now() - machine_date) < timedelta(minutes=5)  # coach's clock moved with it

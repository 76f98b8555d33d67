"""`coach check` output and exit codes; `coach wizard` without a terminal."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.cli.conftest import Run, coach_process

KEYS = {"text", "specific", "measurable", "achievable", "realistic", "time_bound", "deadline"}


def test_check_json_shape(run: Run) -> None:
    result = run("check", "--today", "2026-11-21", "--json", "win 50 pitches by the end of 2027")
    assert result.exit_code == 0
    data = orjson.loads(result.stdout)
    assert set(data) == KEYS
    assert data["text"] == "win 50 pitches by the end of 2027"
    assert data["deadline"] == "2027-12-31"
    assert data["time_bound"]["ok"] is True and data["measurable"]["ok"] is True
    assert data["achievable"]["ok"] is None and data["realistic"]["ok"] is None
    for name in KEYS - {"text", "deadline"}:
        assert set(data[name]) == {"ok", "reason", "suggestion"}
        assert data[name]["reason"] and data[name]["suggestion"]


def test_check_vague_goal_says_what_is_missing(run: Run) -> None:
    result = run("check", "--today", "2026-11-21", "be", "more", "successful")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Specific") and "missing" in lines[0]
    assert any(line.startswith("Time-bound") and "missing" in line for line in lines)
    assert any(line.startswith("Achievable") and "ask yourself" in line for line in lines)


def test_check_empty_text_is_exit_1(run: Run) -> None:
    result = run("check", "  ")
    assert result.exit_code == 1 and "give a goal statement" in result.output


def test_check_needs_no_store(tmp_path: Path) -> None:
    db = tmp_path / "never.json"
    done = coach_process("check", "--json", "get promoted to team lead in 18 months", db=db)
    assert done.returncode == 0
    assert orjson.loads(done.stdout)["measurable"]["ok"] is True
    assert not db.exists()


def test_wizard_without_a_terminal_is_a_clear_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    done = coach_process("wizard", db=db, stdin=b"")
    assert done.returncode == 1
    assert b"needs a terminal" in done.stderr
    assert b"Traceback" not in done.stderr
    assert not db.exists()

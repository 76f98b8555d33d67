"""A deadline that has already passed is saved, but never without a word (issue 18 bug 11)."""

from __future__ import annotations

from tests.programs import Run


def test_a_past_deadline_is_warned_about(run: Run) -> None:
    result = run("goal", "add", "Win 5 pitches", "-d", "2020-01-01")
    assert result.exit_code == 0
    assert "Saved g-" in result.stdout
    assert "Note: its deadline 2020-01-01 passed" in result.stderr
    assert "days ago" in result.stderr


def test_a_deadline_ahead_is_not_warned_about(run: Run) -> None:
    result = run("goal", "add", "Win 5 pitches", "-d", "2099-01-01")
    assert result.exit_code == 0
    assert result.stderr == ""

"""`coach goal progress|history|progress-edit|progress-delete|let-go|take-back`, `goal move
--final` and `goal edit` for every part the wizard sets: what a person types at the shell,
and what lands on disk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import TEST_NOW
from tests.programs import Run


def _on_disk(db_path: Path) -> CoachService:
    return CoachService(Repository.open(db_path))


def _talks(run: Run) -> str:
    result = run(
        "goal", "add", "Give 4 talks at meetups", "--deadline", "in 80 days",
        "--metric", "talks", "--target", "4", "--unit", "talks", "--current", "0", "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    import orjson

    return str(orjson.loads(result.stdout)["id"])


def _at(monkeypatch: pytest.MonkeyPatch, days: int) -> None:
    monkeypatch.setenv("COACH_NOW", (TEST_NOW + timedelta(days=days)).isoformat())


def test_progress_over_weeks_then_the_history_and_its_burnup(
    run: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _at(monkeypatch, 0)
    goal = _talks(run)
    _at(monkeypatch, 20)
    result = run("goal", "progress", goal, "1", "--note", "PyData Berlin")
    assert result.exit_code == 0
    assert "Logged 1 of 4 talks" in result.output and "Pace: on track." in result.output
    _at(monkeypatch, 60)
    result = run("goal", "progress", "Give 4", "2")  # by the start of its statement
    assert "Pace: 1 talk behind; at this pace, done by" in result.output
    result = run("goal", "history", goal)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any("1 talk (PyData Berlin)" in line for line in lines)
    assert any(line.startswith("░ plan  █ logged") for line in lines)  # the burn-up's legend
    service = _on_disk(db_path)
    assert [e.value for e in service.progress.of_goal(goal)] == [0, 1, 2]
    assert service.goals.get(goal).measurable.current == 2


def test_bad_progress_is_refused_with_what_to_do_and_nothing_changes(
    run: Run, db_path: Path
) -> None:
    goal = _talks(run)
    for args, said in (
        (("lots",), "'lots' is not a number"),
        ((), "give the new value"),
        (("2", "--date", "2999-01-01"), "still to come"),
        (("2", "--date", "next tuesdayish"), "cannot read 'next tuesdayish' as a day"),
    ):
        result = run("goal", "progress", goal, *args)
        assert result.exit_code == 1 and said in result.output, (args, result.output)
    assert len(_on_disk(db_path).progress.of_goal(goal)) == 1  # the starting point only


def test_an_entry_edited_and_deleted_keeps_the_goal_in_step(run: Run, db_path: Path) -> None:
    goal = _talks(run)
    run("goal", "progress", goal, "3")
    entry = _on_disk(db_path).progress.of_goal(goal)[-1].id
    assert run("goal", "progress-edit", entry, "--value", "2").exit_code == 0
    assert _on_disk(db_path).goals.get(goal).measurable.current == 2
    assert run("goal", "progress-delete", entry, "--yes").exit_code == 0
    assert _on_disk(db_path).goals.get(goal).measurable.current == 0
    result = run("goal", "progress-delete", entry, "--yes")
    assert result.exit_code == 1 and "no progress entry" in result.output


def test_moving_into_done_with_final_records_it_and_the_percentage_follows(
    run: Run, db_path: Path
) -> None:
    goal = _talks(run)
    result = run("goal", "move", goal, "done", "--final", "3")
    assert result.exit_code == 0
    shown = run("goal", "show", goal).output
    assert "Measurable: talks 3 of 4 talks" in shown
    assert "Progress: 75%; done, at 3 of 4 talks" in shown
    other = _talks(run)
    run("goal", "move", other, "done", "--final", "target")
    assert "Progress: 100%; done" in run("goal", "show", other).output


def test_moving_into_done_without_a_terminal_says_how_to_record_the_end(
    run: Run, db_path: Path
) -> None:
    goal = _talks(run)
    result = run("goal", "move", goal, "done")
    assert result.exit_code == 0
    assert "--final records where it ended" in result.output
    assert _on_disk(db_path).goals.get(goal).measurable.current == 0


def test_edit_sets_every_part_the_wizard_sets_and_keeps_the_reason_for_a_new_date(
    run: Run, db_path: Path
) -> None:
    goal = _talks(run)
    result = run(
        "goal", "edit", goal, "--specific", "at Python meetups in Berlin",
        "--priority", "high", "--obstacle", "stage fright | 2 | rehearse with a friend",
        "--obstacle", "few slots", "--leads-to", "visibility as a speaker",
        "--letting-go-of", "the weekend side project", "--next-check", "2027-01-10",
        "--notes", "ask the organisers early", "--deadline", "2027-06-30",
        "--reason", "the spring meetups fill first",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    edited = _on_disk(db_path).goals.get(goal)
    assert edited.specific == "at Python meetups in Berlin"
    assert edited.measurable.priority == "high" and edited.measurable.target == 4
    assert [(o.description, o.delay_weeks, o.plan) for o in edited.achievable.obstacles] == [
        ("stage fright", 2, "rehearse with a friend"),
        ("few slots", 0, ""),
    ]
    assert edited.realistic.leads_to == "visibility as a speaker"
    assert edited.realistic.let_go == "the weekend side project"
    assert edited.next_check is not None and edited.next_check.isoformat() == "2027-01-10"
    assert edited.notes == "ask the organisers early"
    assert edited.date_moves[-1].reason == "the spring meetups fill first"
    result = run("goal", "edit", goal, "--obstacle", "x | soon")
    assert result.exit_code == 1 and "'soon' is not a whole number of weeks" in result.output


def test_let_go_leaves_the_list_and_take_back_returns_it(
    run: Run, run_json: Callable[..., object]
) -> None:
    goal = _talks(run)
    assert run("goal", "let-go", goal, "--reason", "not my direction").exit_code == 0
    assert goal not in [g["id"] for g in run_json("goal", "list")]  # type: ignore[index, union-attr]
    assert "let go on" in run("goal", "history", goal).output
    assert run("goal", "take-back", goal).exit_code == 0
    assert goal in [g["id"] for g in run_json("goal", "list")]  # type: ignore[index, union-attr]

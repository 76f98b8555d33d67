"""Board columns: removing one whose goals move elsewhere, and a column's WIP limit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coach.errors import InvalidInputError, NotFoundError
from coach.service import CoachService
from coach.store.repository import Repository
from tests.files import stored, write_columns_store


def board_on_disk(reopen: Callable[[], CoachService]) -> dict[str, list[str]]:
    """Each column's goal statements in board order, as another process reads the file."""
    fresh = reopen()
    return {
        c.name: [g.statement for g in fresh.goals.in_column(c.id)] for c in fresh.board.columns()
    }


def test_removing_a_column_moves_its_goals_to_the_end_of_the_chosen_one(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    service.goals.add("stays", column="next")
    first = service.goals.add("first", column="doing")
    service.goals.add("second", column="doing")
    removed = service.board.remove("Doing", move_to="next")
    assert removed.name == "Doing"
    assert board_on_disk(reopen) == {
        "Backlog": [],
        "Next": ["stays", "first", "second"],
        "Done": [],
    }
    moved = reopen().goals.get(first.id)
    assert moved.column == "next" and moved.started == first.started


def test_one_undo_brings_the_column_and_its_goals_back_where_they_were(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    service.goals.add("stays", column="next")
    service.goals.add("first", column="doing")
    service.goals.add("second", column="doing")
    service.board.shift("doing", -2)  # not where a new column would go: undo must restore it
    before = board_on_disk(reopen)
    assert list(before) == ["Doing", "Backlog", "Next", "Done"]
    service.board.remove("doing", move_to="Done")
    assert board_on_disk(reopen)["Done"] == ["first", "second"]
    change = service.undo()
    assert change.label == "remove column “Doing” (its 2 goals to Done)"
    assert board_on_disk(reopen) == before
    assert all(g.done is None for g in reopen().goals.find())
    service.redo()
    assert "Doing" not in board_on_disk(reopen)


def test_goals_moved_into_done_are_done_and_those_let_go_move_too(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    kept = service.goals.add("kept", column="doing")
    dropped = service.goals.add("dropped", column="doing")
    service.goals.let_go(dropped.id, "no longer")
    service.board.remove("doing", move_to="done")
    fresh = reopen()
    assert fresh.goals.get(kept.id).done is not None
    assert fresh.goals.get(dropped.id).column == "done"  # not left in a column that is gone


def test_the_first_column_removed_its_goals_are_not_marked_started(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    waiting = service.goals.add("waiting")  # the first column, Backlog
    service.board.remove("backlog", move_to="next")  # Next is now the first column
    assert reopen().goals.get(waiting.id).started is None


@pytest.mark.parametrize(
    ("wanted", "move_to", "error", "says"),
    [
        ("doing", None, InvalidInputError, "still has goals; say which column"),
        ("doing", "doing", InvalidInputError, "another column"),
        ("doing", "nowhere", NotFoundError, "no column 'nowhere'"),
        ("done", "next", InvalidInputError, "Done column cannot be removed"),
    ],
)
def test_a_refused_removal_changes_nothing(
    service: CoachService,
    db_path: Path,
    wanted: str,
    move_to: str | None,
    error: type[Exception],
    says: str,
) -> None:
    service.goals.add("in progress", column="doing")
    before = stored(db_path)
    with pytest.raises(error, match=says):
        service.board.remove(wanted, move_to=move_to)
    assert stored(db_path) == before


def test_the_last_column_stays(db_path: Path) -> None:
    only = {"id": "only", "name": "Only", "order": 0, "done": False}
    write_columns_store(db_path, {"only": only})
    with pytest.raises(InvalidInputError, match="at least one column"):
        CoachService(Repository.open(db_path)).board.remove("only")
    assert [c.name for c in CoachService(Repository.open(db_path)).board.columns()] == ["Only"]


def test_an_empty_column_goes_without_a_target(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    service.board.remove("next")
    assert [c.name for c in reopen().board.columns()] == ["Backlog", "Doing", "Done"]


# -- the WIP limit ----------------------------------------------------------------------------


def test_a_limit_is_set_cleared_and_undone(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    assert service.board.column("doing").wip_limit is None
    service.board.set_limit("Doing", 2)
    assert reopen().board.column("doing").wip_limit == 2
    service.board.set_limit("doing", None)
    assert reopen().board.column("doing").wip_limit is None
    assert service.undo().label == "clear the limit of column “Doing”"
    assert reopen().board.column("doing").wip_limit == 2
    assert service.undo().label == "limit column “Doing” to 2 goals"
    assert reopen().board.column("doing").wip_limit is None


@pytest.mark.parametrize("limit", [0, -1, 100])
def test_a_limit_out_of_range_is_refused(
    service: CoachService, reopen: Callable[[], CoachService], limit: int
) -> None:
    with pytest.raises(InvalidInputError, match="from 1 to 99"):
        service.board.set_limit("doing", limit)
    assert reopen().board.column("doing").wip_limit is None


def test_done_takes_no_limit(service: CoachService, reopen: Callable[[], CoachService]) -> None:
    with pytest.raises(InvalidInputError, match="Done column takes no limit"):
        service.board.set_limit("done", 3)
    assert reopen().board.column("done").wip_limit is None


def test_a_limit_survives_renaming_and_moving_the_column(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    service.board.set_limit("next", 1)
    service.board.rename("next", "Up next")
    service.board.shift("next", 1)
    assert reopen().board.column("Up next").wip_limit == 1


def test_a_store_from_before_limits_loads_and_keeps_its_columns(db_path: Path) -> None:
    columns = {
        "todo": {"id": "todo", "name": "To do", "order": 0, "done": False},
        "wip": {"id": "wip", "name": "In progress", "order": 1, "done": False},
        "fin": {"id": "fin", "name": "Finished", "order": 2, "done": True},
    }
    write_columns_store(db_path, columns)
    service = CoachService(Repository.open(db_path))
    assert [(c.name, c.wip_limit) for c in service.board.columns()] == [
        ("To do", None),
        ("In progress", None),
        ("Finished", None),
    ]
    assert service.repo.problems() == []
    service.board.set_limit("wip", 4)
    fresh = CoachService(Repository.open(db_path))
    assert [(c.id, c.wip_limit) for c in fresh.board.columns()] == [
        ("todo", None),
        ("wip", 4),
        ("fin", None),
    ]

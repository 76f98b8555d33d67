"""The goal board: a column's WIP limit, set with W, on its title, a nudge when a card moves in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.content import Content

from coach.models import Column
from coach.service import CoachService
from coach.store.repository import Repository
from screens.app import CoachApp, make_app
from screens.board.column import BoardColumn, column_title
from screens.board.column_dialogs import AskLimit
from screens.goal_wizard.wizard import GoalWizard
from tests.files import write_columns_store
from tests.nasty import CONTROL_BYTES, NASTY
from tests.seed import seed
from tests.tui.board.board_pilot import notes, open_board, titles
from tests.tui.goal_wizard.wizard_pilot import fill_valid
from tests.tui.pilot import screen_lines, settle, static_text


def limit_on_disk(reopen: Callable[[], CoachService], column: str) -> int | None:
    return reopen().board.column(column).wip_limit


async def test_w_sets_a_limit_the_title_shows_and_empty_clears_it(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "l", "W")
        assert isinstance(app.screen, AskLimit)
        await pilot.press("1", "0", "0", "enter")  # out of range: it says so and stays
        assert isinstance(app.screen, AskLimit)
        assert (
            static_text(app, "#problem") == "A whole number from 1 to 99, please (empty clears it)."
        )
        await pilot.press("backspace", "backspace", "backspace", "2", "enter")
        await settle(app, pilot)
        assert limit_on_disk(reopen, "doing") == 2
        assert titles(board)[2] == "Doing · 1/2"
        await pilot.press("W")
        assert app.screen.query_one("#answer").value == "2"  # type: ignore[attr-defined]
        await pilot.press("backspace", "enter")
        await settle(app, pilot)
        assert limit_on_disk(reopen, "doing") is None
        assert titles(board)[2] == "Doing · 1"
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert limit_on_disk(reopen, "doing") == 2
        assert titles(board)[2] == "Doing · 1/2"


async def test_escape_leaves_the_limit_as_it_was(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    service.board.set_limit("next", 3)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "W", "backspace", "escape")
        await settle(app, pilot)
        assert app.screen is board
        assert limit_on_disk(reopen, "next") == 3
        assert titles(board)[1] == "Next · 1/3"


async def test_moving_into_a_full_column_works_and_says_so(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    service.board.set_limit("doing", 1)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "L")  # Next's goal into Doing, which holds one already
        await settle(app, pilot)
        assert [g.id for g in reopen().goals.in_column("doing")] == [
            "g-pitches001",
            "g-artdir0001",
        ]
        widget = list(board.query(BoardColumn))[2]
        assert titles(board)[2] == "Doing · 2/1 over"
        over = Content.from_markup(widget.border_title or "")
        assert any("$warning" in str(span.style) for span in over.spans)  # drawn as a warning
        assert (
            "“Doing” now holds 2 goals, over its limit of 1: finish one before starting another?"
            in notes(app)
        )
        await pilot.press("H")  # back out of it: within its limit again, not a warning
        await settle(app, pilot)
        assert titles(board)[2] == "Doing · 1/1"
        assert not Content.from_markup(widget.border_title or "").spans


async def test_a_new_goal_in_a_full_column_is_saved_and_says_so(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    service.board.set_limit("doing", 1)
    # The notices stay up until the end: counted after the edit, a first notice gone after
    # its 5 s would read as one never shown (it did, on a loaded machine).
    app.NOTIFICATION_TIMEOUT = 3600
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "l", "n")  # Doing holds one goal already
        wizard = app.screen
        assert isinstance(wizard, GoalWizard)
        await fill_valid(wizard, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is board
        doing = [g.statement for g in reopen().goals.in_column("doing")]
        assert doing == ["Win 50 pitches by the end of 2027"] * 2
        assert titles(board)[2] == "Doing · 2/1 over"
        over = "“Doing” now holds 2 goals, over its limit of 1: finish one before starting another?"
        assert notes(app).count(over) == 1
        await pilot.press("e")  # an edit that leaves it there says nothing more
        await settle(app, pilot)
        assert isinstance(app.screen, GoalWizard)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is board
        assert notes(app).count(over) == 1


async def test_a_new_goal_within_the_limit_says_nothing(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    service.board.set_limit("doing", 2)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "n")
        wizard = app.screen
        assert isinstance(wizard, GoalWizard)
        await fill_valid(wizard, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert not [n for n in notes(app) if "limit" in n]


async def test_done_takes_no_limit(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("end", "l", "l", "l", "W")
        assert app.screen is board
        assert "“Done” holds what is done: it takes no limit." in notes(app)
        assert limit_on_disk(reopen, "done") is None


async def test_a_hostile_column_name_with_a_limit_shows_literally(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    name = NASTY[2]  # "[@click=app.quit]click me[/]"
    service.board.add(name)
    service.board.set_limit(name, 1)
    service.goals.add("one", column=name)
    service.goals.add("two", column=name)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        board = await open_board(app, pilot)
        title = titles(board)[3]  # the name, ellipsised to leave room for its state
        assert title.endswith(" · 2/1 over") and name.startswith(title.split("…")[0]), title
        await pilot.press("l", "l", "l", "W")
        assert static_text(app, "#question") == f"How many goals should “{name}” hold at once?"
        await pilot.press("escape", "h", "L")
        await settle(app, pilot)
        assert app.is_running
        assert any(n.startswith(f"“{name}” now holds 3 goals") for n in notes(app))


@pytest.mark.parametrize(
    ("limit", "shown", "total", "filtering", "title"),
    [
        (None, 3, 3, False, "Doing · 3"),
        (None, 1, 3, True, "Doing · 1/3"),
        (4, 3, 3, False, "Doing · 3/4"),
        (3, 3, 3, False, "Doing · 3/3"),
        (2, 3, 3, False, "Doing · 3/2 over"),
        (2, 1, 3, True, "Doing · 1 of 3/2 over"),
    ],
)
def test_the_title_says_how_full_a_column_is(
    limit: int | None, shown: int, total: int, filtering: bool, title: str
) -> None:
    column = Column(id="doing", name="Doing", order=2, wip_limit=limit)
    assert column_title(column, shown, total, filtering=filtering).plain == title


@pytest.mark.parametrize("text", NASTY)
def test_a_title_never_carries_control_bytes_or_markup(text: str) -> None:
    column = Column(id="c", name=text, order=0, wip_limit=1)
    plain = column_title(column, 2, 2, filtering=False).plain
    assert plain.endswith(" · 2/1 over")
    assert not any(code in plain for code in CONTROL_BYTES)


async def test_a_store_from_before_limits_opens_on_the_board(db_path: Path) -> None:
    columns = {
        "todo": {"id": "todo", "name": "To do", "order": 0, "done": False},
        "fin": {"id": "fin", "name": "Finished", "order": 1, "done": True},
    }
    write_columns_store(db_path, columns)
    app = make_app(CoachService(Repository.open(db_path)))
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        assert titles(board) == ["To do · 0", "Finished · 0"]
        await pilot.press("W", "5", "enter")
        await settle(app, pilot)
        assert titles(board) == ["To do · 0/5", "Finished · 0"]
    assert CoachService(Repository.open(db_path)).board.column("todo").wip_limit == 5


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_a_long_column_name_ends_in_an_ellipsis_and_keeps_its_wip_state_in_sight(
    app: CoachApp, service: CoachService, size: tuple[int, int]
) -> None:
    name = "Waiting on other people to reply"
    service.board.add(name)
    service.board.set_limit(name, 3)
    service.goals.add("Ask the ward manager for a pilot slot", column=name)
    async with app.run_test(size=size) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "l", "l")
        await settle(app, pilot)
        column = board.query(BoardColumn)[3]
        top = screen_lines(app)[column.region.y]
        edge = top[column.region.x : column.region.right]
        assert edge.rstrip("─╮").endswith(" · 1/3 "), edge  # the WIP state, whole
        assert "Waiting" in edge
        assert name in edge or "…" in edge, edge  # the name, or its start and an ellipsis

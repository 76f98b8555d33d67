"""The goal board: adding, renaming and moving columns; opening a goal, new goals and editing."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any, ClassVar

import pytest
from textual.screen import ModalScreen
from textual.widgets import Input

from coach.models import Goal
from coach.service import CoachService
from screens.app import CoachApp, make_app
from screens.board.column import BoardColumn
from screens.board.dialogs import GoalDetail
from screens.board.screen import BoardScreen
from screens.widgets.dialogs import AskText
from tests.seed import seed
from tests.tui.board.board_pilot import (
    open_board,
    screen_lines,
)
from tests.tui.pilot import settle

# -- columns -------------------------------------------------------------------------------------


async def test_add_rename_and_move_columns(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("c")
        assert isinstance(app.screen, AskText)
        await pilot.press(*"Waiting", "enter")
        await settle(app, pilot)
        names = [c.name for c in reopen().board.columns()]
        assert names == ["Backlog", "Next", "Doing", "Waiting", "Done"]
        assert len(board.query(BoardColumn)) == 5
        await pilot.press("l", "R")
        app.screen.query_one(Input).value = ""
        await pilot.press(*"Up next", "enter")
        await settle(app, pilot)
        assert [c.name for c in reopen().board.columns()][1] == "Up next"
        assert list(board.query(BoardColumn))[1].border_title == "Up next · 1"
        await pilot.press("greater_than_sign", "greater_than_sign")
        await settle(app, pilot)
        names = [c.name for c in reopen().board.columns()]
        assert names == ["Backlog", "Doing", "Waiting", "Up next", "Done"]
        assert board.board.col == 3 and board.board.selected_id == "g-artdir0001"
        await pilot.press("less_than_sign")
        await settle(app, pilot)
        assert [c.name for c in reopen().board.columns()][2] == "Up next"


async def test_a_name_taken_by_another_column_keeps_the_text_and_says_so(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "R")  # rename Next…
        app.screen.query_one(Input).value = ""
        await pilot.press(*"doing ", "enter")  # …to the name of another column
        await settle(app, pilot)
        assert isinstance(app.screen, AskText)  # still asking, with the text typed
        assert app.screen.query_one(Input).value == "doing "
        assert "There is already a column called “doing”" in "\n".join(screen_lines(app))
        await pilot.press(*"soon", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
        assert [c.name for c in reopen().board.columns()][1] == "doing soon"
        await pilot.press("c", *"BACKLOG", "enter")  # a new column: the same check
        assert isinstance(app.screen, AskText)
        assert "There is already a column called “BACKLOG”" in "\n".join(screen_lines(app))


# -- opening, new and edit -----------------------------------------------------------------------


async def test_enter_shows_the_whole_goal(app: CoachApp, service: CoachService) -> None:
    seed(service)
    service.goals.edit("g-pitches001", specific="Win pitches for national brands")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "enter")
        assert isinstance(app.screen, GoalDetail)
        text = "\n".join(screen_lines(app))
        for part in ("Specific", "Measurable", "Achievable", "Realistic", "Time-bound"):
            assert part in text
        assert "Win pitches for national brands" in text
        assert "pitches won: 12 of 50" in text
        assert "deadline: 2027-12-31" in text
        await pilot.press("escape")
        assert isinstance(app.screen, BoardScreen)


class FakeWizard(ModalScreen[str | None]):
    opened: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, service: CoachService, **kwargs: Any) -> None:
        super().__init__()
        FakeWizard.opened.append(kwargs)


@pytest.fixture
def fake_wizard(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    module = types.ModuleType("screens.goal_wizard.wizard")
    module.GoalWizard = FakeWizard  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "screens.goal_wizard.wizard", module)
    FakeWizard.opened = []
    return FakeWizard.opened


async def test_new_and_edit_open_the_wizard(
    app: CoachApp, service: CoachService, fake_wizard: list[dict[str, Any]]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "n")
        assert isinstance(app.screen, FakeWizard)
        assert fake_wizard[-1] == {"column": "next", "aspiration_id": None}
        app.screen.dismiss(None)
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(fake_wizard[-1]["goal"], Goal)
        assert fake_wizard[-1]["goal"].id == "g-artdir0001"
        app.screen.dismiss(None)
        await pilot.press("enter", "e")
        await pilot.pause()
        assert isinstance(app.screen, FakeWizard)


async def test_the_wizard_result_is_selected(
    app: CoachApp, service: CoachService, fake_wizard: list[dict[str, Any]]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("n")
        added = service.goals.add("Made in the wizard", column="backlog")
        app.screen.dismiss(added.id)
        await pilot.pause()
        assert board.board.selected_id == added.id


async def test_without_the_wizard_new_goal_explains(
    service: CoachService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "screens.goal_wizard.wizard", None)  # import fails
    app = make_app(service)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_board(app, pilot)
        await pilot.press("n")
        assert isinstance(app.screen, BoardScreen)
        assert any("goal wizard is not available" in n.message for n in app._notifications)


async def test_palette_new_goal_goes_to_the_board(
    app: CoachApp, service: CoachService, fake_wizard: list[dict[str, Any]]
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        app.action_new_goal()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, FakeWizard)
        assert fake_wizard[-1]["column"] == "backlog"

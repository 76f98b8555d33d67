"""The goal board: removing a column (its goals go where the person says), and undoing it."""

from __future__ import annotations

from collections.abc import Callable

from textual import events

from coach.service import CoachService
from screens.app import CoachApp
from screens.board.column_dialogs import RemoveColumn
from screens.widgets.dialogs import Confirm
from tests.nasty import CONTROL_BYTES, NASTY
from tests.seed import seed
from tests.tui.board.board_pilot import SEEDED, notes, on_disk, open_board, titles
from tests.tui.pilot import option_texts, settle, static_text


async def test_enter_at_once_keeps_the_column_and_its_goals(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "l", "D")
        assert isinstance(app.screen, RemoveColumn)
        question = "Remove the column “Doing”? Its one goal moves to the column you choose."
        assert question in static_text(app, "#question")
        assert "↓ and enter choose where it goes" in static_text(app, "#hint")
        assert option_texts(app, "OptionList") == [
            "Keep “Doing”: change nothing",
            "Move it to “Backlog”, remove “Doing”",
            "Move it to “Next”, remove “Doing”",
            "Move it to “Done” (it counts as done), remove “Doing”",
        ]
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is board
        await pilot.press("D", "escape")
        await settle(app, pilot)
        assert app.screen is board
        assert on_disk(reopen) == SEEDED
        assert titles(board)[2] == "Doing · 1"


async def test_a_chosen_column_gets_the_goals_and_ctrl_z_brings_all_back(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "l", "D", "down", "down", "enter")  # the second: Next
        await settle(app, pilot)
        assert on_disk(reopen) == {
            "backlog": SEEDED["backlog"],
            "next": ["g-artdir0001", "g-pitches001"],
            "done": SEEDED["done"],
        }
        assert titles(board) == ["Backlog · 2", "Next · 2", "Done · 1"]
        assert board.board.selected_id == "g-pitches001"  # the cursor went with its goal
        assert "Column “Doing” removed, its 1 goal now in “Next”; ctrl+z brings it back." in notes(
            app
        )
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert on_disk(reopen) == SEEDED
        assert titles(board) == ["Backlog · 2", "Next · 1", "Doing · 1", "Done · 1"]


async def test_keys_in_one_burst_choose_the_same(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        # As a slow link delivers them: all queued before the dialog is up.
        for key, char in [("l", "l"), ("D", "D"), ("enter", None)]:
            app.post_message(events.Key(key, char))
        await settle(app, pilot)
        await settle(app, pilot)
        assert on_disk(reopen) == SEEDED  # enter on the first row: kept
        for key, char in [("D", "D"), ("down", None), ("enter", None)]:
            app.post_message(events.Key(key, char))
        await settle(app, pilot)
        await settle(app, pilot)
        assert on_disk(reopen) == {
            "backlog": [*SEEDED["backlog"], "g-artdir0001"],
            "doing": SEEDED["doing"],
            "done": SEEDED["done"],
        }


async def test_an_empty_column_asks_yes_or_no_and_enter_keeps_it(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    service.board.add("Waiting")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "l", "l", "D")
        assert isinstance(app.screen, Confirm)
        assert static_text(app, "#question") == "Remove the empty column “Waiting”?"
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Waiting" in [c.name for c in reopen().board.columns()]
        await pilot.press("D", "y")
        await settle(app, pilot)
        assert [c.name for c in reopen().board.columns()] == ["Backlog", "Next", "Doing", "Done"]
        assert len(titles(board)) == 4
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert [c.name for c in reopen().board.columns()][3] == "Waiting"


async def test_done_stays(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("end", "l", "l", "l", "D")
        await settle(app, pilot)
        assert app.screen is board
        assert "“Done” is where done goals go: it stays (R renames it)." in notes(app)
        assert on_disk(reopen) == SEEDED


async def test_hostile_column_names_show_literally_in_the_dialog(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    names = [" ".join(text.split())[:39] for text in NASTY]
    for name in names:
        service.board.add(name)
    service.goals.add("in the doubtful column", column="doing")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "l", "D")
        assert isinstance(app.screen, RemoveColumn)
        shown = option_texts(app, "OptionList")
        for text in shown:
            assert not any(code in text for code in CONTROL_BYTES)
        assert "Move them to “[/]”, remove “Doing”" in shown
        assert "Move them to “[@click=app.quit]click me[/]”, remove “Doing”" in shown
        # The one with markup that would quit if it ran: chosen with enter, it moves the goals.
        await pilot.press(*["down"] * (shown.index(f"Move them to “{names[2]}”, remove “Doing”")))
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.is_running and app.screen is board
        fresh = reopen()
        target = fresh.board.column(names[2])
        assert [g.statement for g in fresh.goals.in_column(target.id)] == [
            "Win 50 pitches by the end of 2027",
            "in the doubtful column",
        ]
        assert "[@click=app.quit]click me[/] · 2" in titles(board)


async def test_a_key_right_behind_a_removal_acts_on_the_board_it_left(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l")
        # Doing's goal to Next, then at once a limit: for Next, where the cursor went.
        keys = [("D", "D"), ("down", None), ("down", None), ("enter", None)]
        keys += [("W", "W"), ("1", "1"), ("enter", None)]
        for key, char in keys:
            app.post_message(events.Key(key, char))
        for _ in range(3):
            await settle(app, pilot)
        fresh = reopen()
        assert [(c.name, c.wip_limit) for c in fresh.board.columns()] == [
            ("Backlog", None),
            ("Next", 1),
            ("Done", None),
        ]
        assert not any("Not saved" in (n.title or "") for n in app._notifications)

"""The goal board's filters: words (also typed in a burst), aspiration, tag, clearing them."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input, OptionList

from coach.service import CoachService
from screens.app import CoachApp
from screens.board.column import BoardColumn
from screens.board.dialogs import PickOne
from screens.board.screen import BoardScreen
from screens.messages import OpenRecord
from tests.seed import seed
from tests.tui.board.board_pilot import (
    SEEDED,
    board_of,
    column_text,
    open_board,
    shown_ids,
    status,
)
from tests.tui.pilot import send_burst, settle

# -- filters -----------------------------------------------------------------------------------


async def test_filter_by_text(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("slash", *"portfolio", "enter")
        assert shown_ids(board) == [["g-portfolio1"], [], [], []]
        assert board.focused is None  # the keys are the board's again
        assert board.query(BoardColumn).first().border_title == "Backlog · 1/2"
        assert "words “portfolio”" in status(app)
        assert "nothing matches" in column_text(list(board.query(BoardColumn))[1])
        await pilot.press("escape")
        assert shown_ids(board) == list(SEEDED.values())
        assert not board.query_one("#board-filter", Input).display


async def test_filter_typed_in_a_burst_is_text_not_commands(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    service.goals.add("Portfolio reviews with a mentor", column="backlog")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        # "a", "t", "d" and "n" are board keys; after "/" they are words, and after
        # enter the keys are the board's again: j selects, K moves the card up.
        send_burst(app, "/portfolio and\x1b/portfolio\rjK")
        for _ in range(6):
            await pilot.pause()
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
        assert board.query_one("#board-filter", Input).value == "portfolio"
        assert board.focused is None
        backlog = [g.statement for g in reopen().goals.in_column("backlog")]
        assert backlog[1:] == ["Portfolio reviews with a mentor", "Publish my portfolio website"]
        # With the field focused, keys queued behind enter are not typed into it.
        await pilot.press("slash", "end")
        send_burst(app, " x\rj")
        for _ in range(6):
            await pilot.pause()
        assert board.board.filters.text == "portfolio x"
        assert board.focused is None


async def test_words_typed_before_the_field_hears_of_its_focus_are_kept(
    app: CoachApp, service: CoachService
) -> None:
    from textual import events

    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        field = board.query_one("#board-filter", Input)
        # A fast burst: "/" gives the field the focus, and the keys that had reached the
        # board already are typed into it there, before the field's Focus event is read.
        board.action_filter_text()
        for char in "websit":
            board.on_key(events.Key(char, char))
        await pilot.pause()  # the Focus event: it must not select what is typed (the
        await pilot.press("e")  # next key would replace it all)
        assert field.value == "website"
        assert "words “website”" in status(app)
        # Opened again on words already there, the first key typed replaces them,
        # whether it reaches the field or the board first.
        await pilot.press("enter")
        board.action_filter_text()
        board.on_key(events.Key("p", "p"))
        await pilot.pause()
        await pilot.press("o")
        assert field.value == "po"


async def test_filter_by_aspiration(app: CoachApp, service: CoachService) -> None:
    seed(service)
    lisbon = service.goals.add("Open a studio in Lisbon", aspiration_id="a-salary0001")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("a")
        assert isinstance(app.screen, PickOne)
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(3)]
        assert labels == [
            "All aspirations",
            "Award-winning creative director",
            "Earn 120k and move to Lisbon",
        ]
        await pilot.press("down", "down", "enter")
        assert shown_ids(board) == [[lisbon.id], [], [], []]
        assert board.board.selected_id == lisbon.id
        await pilot.press("a", "home", "enter")  # "All aspirations"
        assert sum(map(len, shown_ids(board))) == 6


async def test_filter_by_tag(app: CoachApp, service: CoachService) -> None:
    seed(service)
    service.goals.edit("g-pitches001", tags=["pitching"])
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("t")
        assert isinstance(app.screen, PickOne)
        await pilot.press("down", "down", "enter")  # All tags, #pitching, #portfolio
        assert shown_ids(board) == [["g-portfolio1"], [], [], []]
        assert "tag #portfolio" in status(app)
        await pilot.press("escape")
        assert sum(map(len, shown_ids(board))) == 5


async def test_reordering_under_a_filter_jumps_hidden_goals(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    service.goals.add("Hidden between them", column="backlog")
    service.goals.add("Portfolio reviews with a mentor", column="backlog")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("slash", *"portfolio", "enter", "j", "K")
        await settle(app, pilot)
        backlog = [g.statement for g in reopen().goals.in_column("backlog")]
        assert backlog == [
            "Enter three international competitions",
            "Portfolio reviews with a mentor",
            "Publish my portfolio website",
            "Hidden between them",
        ]
        assert board.board.selected.statement == "Portfolio reviews with a mentor"


async def test_select_record_clears_filters_that_hide_the_goal(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("slash", *"portfolio", "enter")
        board.select_record("g-pitches001")
        await pilot.pause()
        assert not board.board.filters.active
        assert board.board.selected_id == "g-pitches001"


async def test_the_dashboard_opens_a_goal_on_the_board(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        app.post_message(OpenRecord("goal", "g-artdir0001"))
        await pilot.pause()
        await pilot.pause()
        assert board_of(app).board.selected_id == "g-artdir0001"

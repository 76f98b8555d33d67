"""The goal board: what it shows, moving the cursor, an empty store, a big board, hostile text."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from textual.widgets import OptionList, Static

from coach.models import Goal, default_columns
from coach.service import CoachService
from coach.text import printable
from screens.app import CoachApp
from screens.board.column import CARD_HEIGHT, BoardColumn, due_of
from screens.board.dialogs import GoalDetail
from screens.board.done_prompt import DonePrompt
from screens.board.screen import BoardScreen
from screens.widgets.dialogs import Confirm
from tests.nasty import CONTROL_BYTES, NASTY
from tests.seed import T0, at, seed
from tests.tui.board.board_pilot import (
    column_text,
    open_board,
    screen_lines,
    status,
)
from tests.tui.pilot import settle

# -- what it shows -----------------------------------------------------------------------


async def test_columns_and_cards(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        widgets = list(board.query(BoardColumn))
        titles = [w.border_title for w in widgets]
        assert titles == ["Backlog · 2", "Next · 1", "Doing · 1", "Done · 1"]
        backlog, _, doing, done = (column_text(w) for w in widgets)
        assert "Enter three international" in backlog and "competitions" in backlog
        assert "↳ Award-winning creative" in backlog
        assert "overdue 11 d" in backlog  # deadline 2026-11-10, today 2026-11-21
        assert "due in 14 d" in backlog  # 2026-12-05: within two weeks
        assert "due 2027-12-31" in doing and "24%" in doing  # 12 of 50 pitches
        assert "done 2026-10-22" in done and "100%" in done
        assert backlog.splitlines()[0].startswith("▌")  # the cursor is on the first card
        assert "Backlog · card 1 of 2" in status(app)


async def test_overdue_and_due_soon_are_coloured(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        backlog = board.query(BoardColumn).first()
        overdue = backlog.get_visual_style("board-column--overdue", partial=True)
        soon = backlog.get_visual_style("board-column--soon", partial=True)
        assert overdue.foreground != soon.foreground
        segments = list(backlog.render_line(3)) + list(backlog.render_line(3 + CARD_HEIGHT))
        colours = {s.text.strip(): s.style.color for s in segments if s.text.strip()}
        assert colours["overdue 11 d"] == overdue.rich_style.color
        assert colours["due in 14 d"] == soon.rich_style.color


async def test_columns_do_not_take_focus(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        assert board.focused is None
        assert not any(w.can_focus for w in board.query(BoardColumn))


@pytest.mark.parametrize(
    ("deadline", "column", "expected"),
    [
        (None, "next", ("no deadline", "no date", "none")),
        (date(2026, 11, 10), "next", ("overdue 11 d", "11 d late", "overdue")),
        (date(2026, 11, 21), "doing", ("due today", "today", "soon")),
        (date(2026, 12, 5), "backlog", ("due in 14 d", "in 14 d", "soon")),
        (date(2026, 12, 6), "backlog", ("due 2026-12-06", "2026-12-06", "")),
        (date(2026, 11, 10), "done", ("done 2026-10-22", "2026-10-22", "done")),
    ],
)
def test_deadline_wording(
    deadline: date | None, column: str, expected: tuple[str, str, str]
) -> None:
    columns = {c.id: c for c in default_columns()}
    goal = Goal(
        id="g-1",
        statement="A goal",
        column=column,
        deadline=deadline,
        created=T0,
        updated=T0,
        done=at(30) if column == "done" else None,
    )
    assert due_of(goal, columns[column], date(2026, 11, 21)) == expected


# -- moving the cursor ---------------------------------------------------------------------


async def test_arrows_and_hjkl_move_the_selection(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        assert board.board.selected_id == "g-awards0001"
        await pilot.press("down")
        assert board.board.selected_id == "g-portfolio1"
        await pilot.press("right")  # Next has one card: the row is kept as near as it can be
        assert board.board.selected_id == "g-artdir0001"
        await pilot.press("l", "l")
        assert board.board.selected_id == "g-assoc00001"
        await pilot.press("l")  # already the last column
        assert board.board.selected_id == "g-assoc00001"
        await pilot.press("h", "h", "h")
        assert board.board.selected_id == "g-portfolio1"  # back on the row it came from
        await pilot.press("k")
        assert board.board.selected_id == "g-awards0001"
        await pilot.press("j", "up")
        assert board.board.selected_id == "g-awards0001"
        await pilot.press("end")
        assert board.board.selected_id == "g-portfolio1"
        assert "Backlog · card 2 of 2" in status(app)


async def test_clicking_a_card_selects_it(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        doing = list(board.query(BoardColumn))[2]
        await pilot.click(doing, offset=(3, 2))
        assert board.board.selected_id == "g-pitches001"


# -- an empty store, the help screen, unsaved answers --------------------------------------


async def test_an_empty_board(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("L", "j", "d", "enter", "e", "K", "l", "h")
        assert isinstance(app.screen, BoardScreen)
        words = " ".join(column_text(board.query(BoardColumn).first()).split())
        assert words == "empty: n adds a goal"
        assert "Backlog · no cards" in status(app)


async def test_columns_off_the_side_are_said_at_80x24(
    app_factory: Callable[[], CoachApp], service: CoachService
) -> None:
    service.board.add("Waiting")
    service.goals.add("Win 5 pitches by 2027-06-30")
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_board(app, pilot)
        await pilot.pause()
        assert "Backlog · column 1 of 5, ← → the others · card 1 of 1 · ? all keys" in status(app)
        await pilot.press("l")
        await pilot.pause()
        assert "column 2 of 5" in status(app)
    app = app_factory()
    async with app.run_test(size=(160, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.pause()
        assert "column 1 of" not in status(app) and "H J K L move the card" in status(app)


async def test_help_lists_the_board_keys(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("question_mark")
        own = str(app.screen.query_one("#help-own", Static).visual)
        rows = dict(line.split("  ", 1) for line in own.splitlines()[1:])
        assert rows["shift+arrows HLKJ"].strip() == "Move card"
        assert rows["/"].strip() == "Filter" and rows["c"].strip() == "Add column"
        assert rows["< >"].strip() == "Column" and rows["R"].strip() == "Rename column"
        ids = {b.id for b in BoardScreen.BINDINGS if hasattr(b, "id")}
        assert all(i and i.startswith("board.") for i in ids)


async def test_quitting_with_an_answer_half_written_asks(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        # y: the target was reached; then the answer, half written.
        await pilot.press("l", "l", "L", "y", *"half an answer", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert app.is_running


# -- a big board -----------------------------------------------------------------------------


async def test_a_long_column_mounts_no_widget_per_card(
    app: CoachApp, service: CoachService
) -> None:
    for n in range(300):
        service.goals.add(f"Finished goal number {n}", column="done")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        done = list(board.query(BoardColumn))[3]
        assert not done.children
        assert done.virtual_size.height == 300 * CARD_HEIGHT
        await pilot.press("l", "l", "l", "end")
        assert board.board.row_index == 299
        assert "Finished goal number 299" in column_text(done)
        assert "Done · card 300 of 300" in status(app)
        await pilot.press("pageup", "home")
        assert "Finished goal number 0" in column_text(done)


# -- hostile text ------------------------------------------------------------------------------


async def test_nasty_text_is_shown_literally(app: CoachApp, service: CoachService) -> None:
    for text in NASTY:
        aspiration = service.aspirations.add(text)
        tag = re.sub(r"\s", "", text)[:60]
        service.goals.add(text, aspiration_id=aspiration.id, tags=[tag], column="next")
    goals = service.goals.in_column("next")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l")
        column = list(board.query(BoardColumn))[1]
        seen = ""
        for goal in goals:
            assert board.board.selected_id == goal.id
            seen += column_text(column)
            await pilot.press("enter")
            assert isinstance(app.screen, GoalDetail)
            detail = "\n".join(str(s.render()) for s in app.screen.query(Static))
            assert printable(goal.statement) in detail
            assert "#" + printable(goal.tags[0]) in detail
            await pilot.press("escape", "j")
        for shown in ("[/]", "[@click=app.quit]click", "[bold]not bold[/bold]", "[link=https://"):
            assert shown in seen
        await pilot.press("home", "j", "j", "L", "L")  # "[@click=app.quit]click me[/]" to Done
        assert isinstance(app.screen, DonePrompt)
        assert "✓ [@click=app.quit]click me[/]" in "\n".join(screen_lines(app))
        await pilot.press("escape", "t")
        picker = app.screen.query_one(OptionList)
        labels = [str(picker.get_option_at_index(i).prompt) for i in range(picker.option_count)]
        assert "#[/]" in labels and "#[@click=app.quit]clickme[/]" in labels
        await pilot.press("escape", "slash", *"[/] [@click=app.quit]", "enter")
        await settle(app, pilot)
        assert "words “[/] [@click=app.quit]”" in status(app)
        everything = "\n".join(screen_lines(app)) + seen + status(app)
        assert app.is_running
        for byte in CONTROL_BYTES:
            assert byte not in everything

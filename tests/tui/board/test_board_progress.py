"""Progress from the board: p logs a value, the details list what was logged with the
pace, and an entry changed or deleted there comes back with ctrl+z."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from coach.service import CoachService
from screens.app import CoachApp
from screens.board.dialogs import GoalDetail
from screens.board.screen import BoardScreen
from screens.widgets.progress_dialogs import LogProgress
from tests.seed import seed
from tests.tui.board.board_pilot import open_board, screen_lines
from tests.tui.pilot import settle

MARKUP = "[@click=app.quit]click me[/]"


async def test_p_logs_a_value_with_a_note_and_the_card_follows(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l")  # Doing: "Win 50 pitches" at 12 of 50
        await pilot.press("p")
        assert isinstance(app.screen, LogProgress)
        assert "now 12, aiming for 50" in "\n".join(screen_lines(app))
        await pilot.press(*"20", "tab", "tab", "tab", *MARKUP, "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
        assert "40%" in "\n".join(screen_lines(app))  # 20 of 50 on the card
    fresh = reopen()
    assert fresh.goals.get("g-pitches001").measurable.current == 20
    (entry,) = [e for e in fresh.progress.of_goal("g-pitches001") if e.value == 20]
    assert entry.note == MARKUP and entry.day == service.today()


async def test_a_bad_value_or_a_day_ahead_is_refused_in_the_dialog(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "p", *"lots", "enter")
        assert "'lots' is not a number" in "\n".join(screen_lines(app))
        await pilot.press(*["backspace"] * 4, "2", "tab", "tab")
        await pilot.press(*["backspace"] * 10, *"2999-01-01", "enter")
        assert "today or earlier" in "\n".join(screen_lines(app))
        await pilot.press("escape")
        await settle(app, pilot)
    assert reopen().progress.of_goal("g-pitches001") == []


async def test_details_show_the_history_and_an_entry_deleted_comes_back(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    first = service.progress.log("g-pitches001", 15, note="spring round")
    service.progress.log("g-pitches001", 18)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "enter")
        assert isinstance(app.screen, GoalDetail)
        text = "\n".join(screen_lines(app))
        assert "Progress over time" in text and "Pace:" in text
        day = service.today().isoformat()
        assert f"{day} 15 (spring round)" in text and f"{day} 18" in text
        await pilot.press("tab")  # to the entries
        await pilot.press("down", "x")  # the second: 18
        await settle(app, pilot)
        assert reopen().goals.get("g-pitches001").measurable.current == 15
        # The view stays open on the goal, without the entry, the cursor on the list.
        assert isinstance(app.screen, GoalDetail)
        text = "\n".join(screen_lines(app))
        assert f"{day} 15 (spring round)" in text and f"{day} 18" not in text
        assert isinstance(app.screen.focused, OptionList)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert reopen().goals.get("g-pitches001").measurable.current == 18
        assert isinstance(app.screen, GoalDetail)
        assert f"{day} 18" in "\n".join(screen_lines(app))  # back in the view too
        # Enter on an entry changes it.
        await pilot.press("up", "enter")
        assert isinstance(app.screen, LogProgress)
        await pilot.press(*["backspace"] * 3, *"16", "enter")
        await settle(app, pilot)
    values = [e.value for e in reopen().progress.of_goal("g-pitches001")]
    assert values == [16, 18]
    assert reopen().progress.get(first.id).note == "spring round"


async def test_the_burn_up_in_the_details_fits_80_columns(
    app: CoachApp, service: CoachService
) -> None:
    # Drawn 76 columns wide in a dialog with 74 to spare at 80x24, every line of the
    # chart wrapped: the axis broke in two and the deadline fell off its row.
    seed(service)
    service.progress.log("g-pitches001", 15)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "enter")
        assert isinstance(app.screen, GoalDetail)
        lines = [line.rstrip("\n") for line in screen_lines(app)]
        (axis,) = [i for i, line in enumerate(lines) if "└" in line]
        assert lines[axis].rstrip(" │").endswith("┬")  # the deadline's tick ends the axis
        assert "2027-12-31" in lines[axis + 1]
        assert lines[axis + 2].strip(" │").startswith("░ plan  █ logged  ┆ today")


async def test_the_details_tell_a_moved_date_and_why(app: CoachApp, service: CoachService) -> None:
    from datetime import date

    seed(service)
    service.goals.edit("g-pitches001", deadline=date(2028, 3, 31), reason="two pitches moved")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "enter")
        assert isinstance(app.screen, GoalDetail)
        await pilot.press("end")
        text = "\n".join(screen_lines(app))
        day = service.today().isoformat()
        assert f"Date moved 2027-12-31 -> 2028-03-31 on {day}: two pitches moved" in text

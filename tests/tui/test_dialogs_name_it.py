"""Every dialog that acts on a record names it, whole: a long title wraps (never cut), its
markup shows as typed and its control characters never reach the terminal (issue 18: the
retire dialog did not say which aspiration it retires)."""

from __future__ import annotations

from coach.service import CoachService
from screens.app import CoachApp
from screens.aspirations.to_goal import ServesWhich
from screens.widgets.dialogs import AskText, Confirm
from tests.tui.board.board_pilot import open_board
from tests.tui.pilot import open_aspirations, screen_text, settle

TITLE = (
    "Lead the clinical informatics team at a teaching hospital, building the tools that "
    "nurses and doctors trust across three regions \x1b]0;owned\x07[b]by 2031[/b] END"
)
# What the person sees of it: the control sequence's bytes gone, the markup as typed.
SHOWN = TITLE.replace("\x1b", "").replace("\x07", "")


def _words(app: CoachApp) -> str:
    """The screen's text as one line of words (borders and line ends dropped)."""
    return " ".join(screen_text(app).replace("│", " ").replace("┃", " ").split())


def _named(app: CoachApp) -> None:
    """Every word of the title is on screen, in order and whole (a dialog narrower than
    the screen lets a letter of the screen behind it show between two lines)."""
    shown = iter(_words(app).replace("“", " ").replace("”", " ").split())
    missing = [word for word in SHOWN.split() if not any(word == seen for seen in shown)]
    assert not missing, _words(app)
    assert "\x1b" not in screen_text(app) and "\x07" not in screen_text(app)


async def test_retire_names_the_aspiration_it_retires(app: CoachApp, service: CoachService) -> None:
    service.aspirations.add(TITLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        assert isinstance(app.screen, AskText)
        assert "Retire “Lead the clinical" in _words(app)
        _named(app)
        assert "Why are you letting this aspiration go" in _words(app)


async def test_reactivate_names_the_aspiration(app: CoachApp, service: CoachService) -> None:
    added = service.aspirations.add(TITLE)
    service.aspirations.retire(added.id, "not now")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, AskText)
        assert "Make “Lead the clinical" in _words(app) and "active again" in _words(app)
        _named(app)


async def test_turning_it_into_a_goal_names_it_whole(app: CoachApp, service: CoachService) -> None:
    service.aspirations.add(TITLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("g")
        await settle(app, pilot)
        assert isinstance(app.screen, ServesWhich)
        _named(app)


async def test_deleting_a_goal_names_it_whole(app: CoachApp, service: CoachService) -> None:
    service.goals.add(TITLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_board(app, pilot)
        await pilot.press("d")
        await settle(app, pilot)
        assert isinstance(app.screen, Confirm)
        assert "Delete the goal “Lead the clinical" in _words(app)
        _named(app)
        assert "y: Delete · enter or n: Keep it" in _words(app)


async def test_a_title_too_long_for_the_screen_scrolls_with_its_start_and_buttons_in_view(
    app: CoachApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(Confirm("Delete the goal “" + "very " * 300 + "long”?", yes="Delete"))
        await settle(app, pilot)
        shown = _words(app)
        assert "Delete the goal “very very" in shown  # it began above the screen's top
        assert "y: Delete · enter or n: No" in shown and " Delete " in shown and " No " in shown

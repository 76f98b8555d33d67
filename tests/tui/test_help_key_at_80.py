"""At 80 columns the key bar keeps the help key in sight on every screen, beside the
palette's at the right edge, and says f1 where the focus takes typing ("?" would be typed
there); a key that does not fit is left off whole, never cut mid-word (issue 18: at 80x24
the footer lost "? Help")."""

from __future__ import annotations

import pytest

from coach.service import CoachService
from screens.app import CoachApp
from screens.help import HelpScreen
from screens.widgets.key_bar import KeyBar
from tests.seed import seed
from tests.tui.pilot import settle

SCREENS = ["1", "2", "3", "4", "5", "6"]


def _bar(app: CoachApp) -> str:
    return app.screen.query_one(KeyBar).render().plain


@pytest.mark.parametrize("seeded", [False, True])
@pytest.mark.parametrize("key", SCREENS)
async def test_the_help_key_is_in_the_bar_at_80_columns(
    app: CoachApp, service: CoachService, key: str, seeded: bool
) -> None:
    if seeded:
        seed(service)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await settle(app, pilot)
        bar = _bar(app)
        assert len(bar) == 80
        assert " ? Help " in bar or " f1 Help " in bar, bar


async def test_where_the_focus_takes_typing_the_bar_says_f1_and_f1_opens_help(
    app: CoachApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "w")  # the journal editor: "?" is a character here
        await settle(app, pilot)
        bar = _bar(app)
        assert " f1 Help " in bar and " ? Help " not in bar, bar
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert not isinstance(app.screen, HelpScreen)  # typed into the entry
        await pilot.press("f1")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_a_key_that_does_not_fit_is_left_off_whole(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in SCREENS:
            await pilot.press(key)
            await settle(app, pilot)
            left = _bar(app).split("▏")[0].rstrip()
            # Each entry is " key Description": the last word is a whole description.
            descriptions = {b.description for _, b, _, _ in app.screen.active_bindings.values()}
            groups = {
                b.group.description
                for _, b, _, _ in app.screen.active_bindings.values()
                if b.group is not None
            }
            last = left.split("  ")[-1].strip()
            assert any(last.endswith(d) for d in descriptions | groups if d), (key, left)


@pytest.mark.parametrize("keys", [["3", "n"], ["3", "v"], ["3", "g"]])
async def test_the_aspiration_dialogs_show_their_help_key_and_it_opens_help(
    app: CoachApp, service: CoachService, keys: list[str]
) -> None:
    seed(service)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)  # the new-aspiration form, the checklist, make it a goal
        await settle(app, pilot)
        dialog = app.screen
        bar = _bar(app)
        assert " f1 Help " in bar or " ? Help " in bar, bar
        await pilot.press("f1")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is dialog

"""The settings in the app: a wrong value is named and the app starts with the default;
the goal wizard reads dates in the order set."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coach.config import config_path, set_value
from screens.app import CoachApp
from tests.tui.goal_wizard.wizard_pilot import box, checked, fill, open_wizard
from tests.tui.pilot import screen_lines, settle


async def test_a_wrong_setting_is_named_and_the_app_starts_anyway(app: CoachApp) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("fiscal_year_start = 0\n")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        said = [" ".join(n.message.replace("/\n", "/").split()) for n in app._notifications]
        assert any(
            f"{path} fiscal_year_start must be a month: 1 to 12" in m and "default 1" in m
            for m in said
        ), said
        await pilot.press("2")
        assert app.current_mode == "reflect"


async def test_the_wizard_reads_dates_in_the_order_set(app: CoachApp) -> None:
    set_value("date_order", "dmy")
    async with app.run_test(size=(120, 40)) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        fill(wizard, statement="Pass the bar exam by 3/4/2098")
        await checked(wizard, pilot)
        assert box(wizard, "#deadline").value == "2098-04-03"


async def test_the_theme_setting_is_used_from_the_first_frame(
    app_factory: Callable[[], CoachApp],
) -> None:
    set_value("theme", "light")
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "coach-light"
        assert app.has_class("-light-mode") and not app.has_class("-dark-mode")


async def test_the_settings_notice_breaks_a_long_path_between_folders_at_80_columns(
    app_factory: Callable[[], CoachApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "a-long-folder-for-settings" / "coach-settings-here"
    folder.mkdir(parents=True)
    path = folder / "config.toml"
    path.write_text('fiscal_year_start = 0\ntheme = "pink"\n')
    monkeypatch.setenv("COACH_CONFIG", str(path))
    app = app_factory()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        assert len(app._notifications) == 1  # the file named once, with both problems
        shown = "\n".join(screen_lines(app))
        for name in path.parts[1:]:  # each folder's name whole on one line, never broken
            assert f"{name}/" in shown or name == path.name, (name, shown)
        assert "config.toml" in shown
        words = " ".join(shown.replace("▌", " ").split())
        assert "fiscal_year_start must be a month" in words
        assert "theme must be dark or light" in words

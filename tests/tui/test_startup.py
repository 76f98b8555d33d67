"""Starting as `coach` does: paint first, open the store on a thread, then fill.

The first frame shows the chrome and the dashboard's panels in their loading
state; the panels fill when the worker posts that the store is open; a key
that needs the store waits for it (nothing is lost); a file that cannot be
opened ends the app with its message.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.pilot import Pilot

from coach import service as store
from coach.service import CoachService
from coach.store.errors import DamagedFileError
from screens.app import CoachApp, make_app
from screens.dashboard.screen import Section
from tests.seed import seed
from tests.tui.pilot import option_texts as prompts
from tests.tui.pilot import screen_text, settle, static_text


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    path = tmp_path / "coach.json"
    seed(store.open(path))
    return path


@pytest.fixture
def release() -> threading.Event:
    return threading.Event()


@pytest.fixture
def held(seeded: Path, release: threading.Event, clock: object) -> CoachApp:
    """An app as `coach` makes it on a seeded store, whose opening waits for ``release``."""

    def opener() -> CoachService:
        release.wait(10)
        return store.open(seeded, clock=clock)  # type: ignore[arg-type]

    return make_app(opener=opener)


async def _until_open(app: CoachApp, pilot: Pilot[None]) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def test_the_first_frame_shows_the_panels_loading(
    held: CoachApp, release: threading.Event
) -> None:
    async with held.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = screen_text(held)
        for part in ("Dashboard — 1 Dash", "? Help", "Aspirations", "Deadlines"):
            assert part in text, part
        assert prompts(held, "#aspirations") == ["Opening your plan…"]
        assert text.count("Opening your plan…") == 4  # every panel says so
        release.set()
        await _until_open(held, pilot)
        assert "Opening your plan…" not in screen_text(held)
        assert prompts(held, "#aspirations")[0].startswith("Award-winning creative director")
        assert "6 entries, 2 this week" in static_text(held, "#journal")


async def test_what_fills_in_is_what_an_open_store_shows(
    seeded: Path, clock: object, service: CoachService
) -> None:
    opened = make_app(opener=lambda: store.open(seeded, clock=clock))  # type: ignore[arg-type]
    seed(service)
    ready = make_app(service)
    shown = []
    for app in (opened, ready):
        async with app.run_test(size=(120, 40)) as pilot:
            await _until_open(app, pilot)
            shown.append(
                {name: prompts(app, name) for name in ("#aspirations", "#deadlines", "#nudges")}
                | {"journal": static_text(app, "#journal")}
            )
    assert shown[0] == shown[1]


async def test_a_key_before_the_store_is_open_waits_for_it(
    held: CoachApp, release: threading.Event
) -> None:
    async with held.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("a")  # a new aspiration: needs the store
        await pilot.pause()
        assert held.screen_stack[-1].__class__.__name__ == "DashboardScreen"
        release.set()
        await _until_open(held, pilot)
        await pilot.pause()
        assert held.current_mode == "aspirations"
        assert type(held.screen).__name__ == "AspirationForm"


async def test_switching_screen_before_the_store_is_open_shows_it_loading(
    held: CoachApp, release: threading.Event
) -> None:
    async with held.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        assert held.current_mode == "aspirations"
        release.set()
        await _until_open(held, pilot)
        await pilot.press("1")
        await pilot.pause()
        assert prompts(held, "#aspirations")[0].startswith("Award-winning")
        await pilot.press("3")
        await pilot.pause()
        assert "Award-winning creative director" in screen_text(held)


async def test_the_disk_check_waits_for_nothing(held: CoachApp, release: threading.Event) -> None:
    async with held.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        held._check_disk()  # before the store is open: nothing to check, no waiting
        release.set()
        await _until_open(held, pilot)
        held._check_disk()
        await settle(held, pilot)


async def test_a_store_that_cannot_be_opened_ends_the_app_with_its_message(
    tmp_path: Path,
) -> None:
    path = tmp_path / "coach.json"
    path.write_bytes(b'{"journal": {"j-1": ')
    app = make_app(opener=lambda: store.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert isinstance(app.load_error, DamagedFileError)
    assert path.read_bytes() == b'{"journal": {"j-1": '


def test_an_app_needs_a_service_or_an_opener(service: CoachService) -> None:
    with pytest.raises(ValueError):
        CoachApp()
    with pytest.raises(ValueError):
        CoachApp(service, opener=lambda: service)


async def test_an_empty_store_fills_in_the_welcome(tmp_path: Path) -> None:
    app = make_app(opener=lambda: store.open(tmp_path / "coach.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await _until_open(app, pilot)
        assert app.screen.query_one("#welcome").display
        assert not any(s.display for s in app.screen.query(Section))


async def test_a_new_goal_asked_for_before_the_board_has_loaded_opens_once_it_has(
    held: CoachApp, release: threading.Event
) -> None:
    """n on a board still opening ended the app (no columns to put the goal in yet)."""
    async with held.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("4", "n")
        await pilot.pause()
        assert held.current_mode == "board" and held.is_running
        release.set()
        await _until_open(held, pilot)
        await pilot.pause()
        assert type(held.screen).__name__ == "GoalWizard"

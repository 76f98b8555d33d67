"""Starting as `coach` does: paint from a first look at the file, load the store after.

The dashboard drawn from the glance (views of raw documents, per-day journal
counts from the file's index) must say exactly what it says once the store is
loaded; anything asked of the store before then waits for the load; a file
that cannot be loaded ends the app with its message.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from coach.first_look import first_look
from coach.ids import now
from coach.service import CoachService
from coach.store.errors import DamagedFileError
from coach.store.repository import Repository
from screens import app as app_module
from screens.app import CoachApp, make_app
from screens.start import open_store
from screens.widgets.row_list import RowList
from tests.tui.conftest import settle
from tests.tui.test_dashboard import screen_text


def _seed(path: Path) -> None:
    service = CoachService(Repository.open(path))
    today = date.today()
    lead = service.aspirations.add("Lead a platform team", why="to grow people")
    service.aspirations.add("Earn a bigger salary")  # reads like a goal: a nudge
    service.goals.add("Run the design review", aspiration_id=lead.id, deadline=today)
    late = service.goals.add("Publish the roadmap", aspiration_id=lead.id)
    service.goals.edit(late.id, deadline=today - timedelta(days=3))
    service.goals.add("Mentor two engineers", aspiration_id=lead.id)
    for n in range(3):
        service.journal.add(f"note {n}")


def _shown(app: CoachApp) -> dict[str, object]:
    screen = app.screen
    lists = {
        name: [row.prompt.plain for row in screen.query_one(name, RowList).rows]
        for name in ("#aspirations", "#deadlines", "#nudges")
    }
    counts = str(screen.query_one("#journal", Static).render())
    return {**lists, "counts": counts}


async def _until_loaded(app: CoachApp, pilot: Pilot[None]) -> None:
    """Let the app run until its store has loaded (or about five seconds have passed)."""
    for _ in range(250):
        await pilot.pause(0.02)
        if app.loaded:
            return


@pytest.fixture
def release() -> threading.Event:
    return threading.Event()


@pytest.fixture
def held(tmp_path: Path, release: threading.Event) -> CoachApp:
    """An app as `run` makes it on a seeded store, whose load waits for ``release``."""
    path = tmp_path / "coach.json"
    _seed(path)

    def load() -> CoachService:
        release.wait(10)
        return open_store(path)

    return CoachApp(loader=load, first=first_look(path, now().date()))


async def test_the_first_paint_says_what_the_loaded_store_says(
    held: CoachApp, release: threading.Event
) -> None:
    app = held
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert not app.loaded
        before = _shown(app)
        assert "3 entries" in str(before["counts"])
        assert len(before["#deadlines"]) == 2  # type: ignore[arg-type]
        release.set()
        await _until_loaded(app, pilot)
        assert app.loaded
        await pilot.pause()
        assert _shown(app) == before


async def test_a_key_before_the_load_waits_for_it(held: CoachApp, release: threading.Event) -> None:
    app = held
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert not app.loaded
        threading.Timer(0.2, release.set).start()
        await pilot.press("4")  # the board needs the store: it waits, then shows it
        await pilot.pause()
        assert app.loaded
        assert app.current_mode == "board"
        assert "Publish the roadmap" in screen_text(app)


async def test_the_disk_check_never_waits_for_the_load(
    held: CoachApp, release: threading.Event
) -> None:
    app = held
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert not app.loaded
        app._check_disk()  # what the two-second timer runs
        # Waiting would have taken the load's whole hold (10 s) and ended loaded.
        assert not app.loaded
        release.set()
        await _until_loaded(app, pilot)


async def test_a_store_that_fails_to_load_ends_the_app_with_its_message(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    _seed(path)
    seen = first_look(path, now().date())
    path.write_bytes(path.read_bytes()[:-30])  # damaged after the first look

    app = CoachApp(loader=lambda: open_store(path), first=seen)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.load_error is not None:
                break
    assert isinstance(app.load_error, DamagedFileError)
    assert str(path) in str(app.load_error)


def test_an_app_needs_a_service_or_a_loader_with_a_glance(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="loader"):
        CoachApp()
    with pytest.raises(ValueError, match="loader"):
        CoachApp(loader=lambda: open_store(tmp_path / "c.json"))


async def test_a_frame_held_back_in_a_batch_is_drawn_once_it_ends(
    service: CoachService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.screen import Screen

    drawn: list[Screen[object]] = []
    real = Screen._compositor_refresh

    def counting(screen: Screen[object]) -> None:
        drawn.append(screen)
        real(screen)

    app = make_app(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        monkeypatch.setattr(Screen, "_compositor_refresh", counting)
        screen = app.screen
        with app.batch_update():
            screen._compositor_refresh()  # what Textual does after a layout in a batch
            await pilot.pause()
            assert drawn == []  # nothing rendered only to be dropped
        await pilot.pause()
        assert screen in drawn  # and the screen is drawn once the batch ends


async def test_the_cycle_collector_comes_back_with_the_first_frame(
    service: CoachService,
) -> None:
    import gc

    app = make_app(service)
    gc.disable()  # as `coach` starts (coach/cli/launch.py)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0  # the start's objects are out of its way
    finally:
        gc.unfreeze()
        gc.enable()


async def test_the_load_waits_a_moment_after_the_first_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The frame goes out first: a load started at once would hold the GIL while
    # Textual's writer thread hands the frame to the terminal.
    path = tmp_path / "coach.json"
    _seed(path)
    started = threading.Event()

    def load() -> CoachService:
        started.set()
        return open_store(path)

    monkeypatch.setattr(app_module, "LOAD_AFTER_FRAME_S", 30.0)
    app = CoachApp(loader=load, first=first_look(path, now().date()))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        assert not started.is_set()
        await pilot.press("4")  # the board needs the store: that starts the load now
        await pilot.pause()
        assert started.is_set() and app.loaded


async def test_the_load_starts_by_itself_after_that_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "coach.json"
    _seed(path)
    monkeypatch.setattr(app_module, "LOAD_AFTER_FRAME_S", 0.05)
    app = CoachApp(loader=lambda: open_store(path), first=first_look(path, now().date()))
    async with app.run_test(size=(120, 40)) as pilot:
        await _until_loaded(app, pilot)
        assert app.loaded


async def test_the_loaded_store_is_kept_out_of_the_collector_s_full_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    path = tmp_path / "coach.json"
    _seed(path)
    monkeypatch.setattr(app_module, "LOAD_AFTER_FRAME_S", 0.01)
    holder: list[CoachService] = []

    def load() -> CoachService:
        holder.append(open_store(path))
        return holder[0]

    app = CoachApp(loader=load, first=first_look(path, now().date()))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await _until_loaded(app, pilot)
            await pilot.pause()
            assert app.loaded
            # A record of the loaded store is frozen: full collections no longer walk it.
            entry = next(iter(holder[0].repo.raw_table("journal").values()))
            assert gc.is_tracked(entry)
            assert not any(entry is obj for obj in gc.get_objects())
    finally:
        gc.unfreeze()


async def test_records_read_again_after_another_process_wrote_are_kept_out_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    path = tmp_path / "coach.json"
    _seed(path)
    monkeypatch.setattr(app_module, "LOAD_AFTER_FRAME_S", 0.01)
    app = CoachApp(loader=lambda: open_store(path), first=first_look(path, now().date()))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await _until_loaded(app, pilot)
            other = CoachService(Repository.open(path))
            written = other.journal.add("from another shell")
            app._check_disk()
            await settle(app, pilot)
            entry = app.service.repo.raw_table("journal")[written.id]
            assert entry["body"] == "from another shell"
            assert gc.is_tracked(entry)
            assert not any(entry is obj for obj in gc.get_objects())
    finally:
        gc.unfreeze()

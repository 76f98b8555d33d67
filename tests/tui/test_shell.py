"""The app shell: modes, help, palette, undo and redo, quitting, store problems."""

from __future__ import annotations

from pathlib import Path

from coach.service import CoachService
from screens.app import CoachApp, make_app
from screens.help import HelpScreen
from tests.tui.pilot import screen_text, settle, static_text, widget_texts


async def test_digit_keys_switch_modes(app: CoachApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.current_mode == "dashboard"
        for key, mode in (
            ("2", "reflect"),
            ("3", "aspirations"),
            ("4", "board"),
            ("1", "dashboard"),
        ):
            await pilot.press(key)
            assert app.current_mode == mode


async def test_help_lists_the_bindings_of_the_screen(app: CoachApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = widget_texts(app)
        assert any("Dashboard · Reflect" in text for text in shown)
        assert any("ctrl+z  Undo" in text and "ctrl+q  Quit" in text for text in shown)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_is_grouped_by_task_and_fits_at_80x24(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("HelpScreen > Vertical").region
        assert box.y >= 0 and box.bottom <= 24 and box.right <= 80
        own, general = (static_text(app, f"#help-{name}") for name in ("own", "general"))
        assert own.startswith("On this screen")
        assert "shift+arrows HLKJ  Move card" in own and "< >                Column" in own
        assert general.split("\n\n")[0].splitlines() == [
            "Moving around",
            "arrows hlkj      Move",
            "home             First card",
            "end              Last card",
            "pageup pagedown  Page",
        ]
        assert "Everywhere" in general and "? " in general
        text = own + general
        for noise in ("Focus Next", "Copy selected text", "tab", "super+c"):
            assert noise not in text


async def test_undo_and_redo_notify_what_changed(app: CoachApp, service: CoachService) -> None:
    service.journal.add("written before the app started")
    entry = service.journal.add("to be undone")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert entry.id not in {e.id for e in service.journal.find()}
        assert any("Undone: write a journal entry" in n.message for n in app._notifications)
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert entry.id in {e.id for e in service.journal.find()}


async def test_another_process_writing_is_noticed(
    app: CoachApp, service: CoachService, db_path: Path
) -> None:
    from coach.store.repository import Repository

    async with app.run_test(size=(120, 40)) as pilot:
        other = CoachService(Repository.open(db_path))
        other.journal.add("from another shell")
        app._check_disk()
        await settle(app, pilot)
        assert "from another shell" in {e.body for e in service.journal.find()}


async def test_another_device_writing_is_shown(
    app: CoachApp, service: CoachService, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A sync tool copies another device's files in while the app is open: the app shows
    its changes without a save or a restart, and stops looking once it has them."""
    from coach.store.repository import Repository

    service.journal.add("written here")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await settle(app, pilot)
        monkeypatch.setenv("COACH_DEVICE", "desk")
        CoachService(Repository.open(db_path)).journal.add("written on the desk")
        monkeypatch.setenv("COACH_DEVICE", "here")
        assert service.changed_on_disk()
        app._check_disk()
        await settle(app, pilot)
        assert "written on the desk" in {e.body for e in service.journal.find()}
        assert "written on the desk" in screen_text(app)
        assert not service.changed_on_disk()


async def test_newer_file_is_read_only_with_a_message(db_path: Path) -> None:
    import orjson

    from coach.store.repository import Repository

    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(orjson.dumps({"_meta": {"schema": {"version": 9}}}))
    app = make_app(CoachService(Repository.open(db_path)))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        assert app.sub_title.startswith("READ-ONLY")
        assert any("newer coach" in n.message for n in app._notifications)


async def test_failed_save_is_kept_and_saved_when_possible(
    app: CoachApp, service: CoachService, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import errno
    import os

    from coach.store.changelog import ChangeLog

    service.journal.add("before")
    real_append = ChangeLog.append

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        monkeypatch.setattr(ChangeLog, "append", full)
        monkeypatch.setattr(os, "replace", full)  # and the data file cannot be replaced
        app.session.save(lambda: service.journal.add("during the full disk"))
        await settle(app, pilot)
        assert any("disk is full" in n.message for n in app._notifications)
        assert service.history.unsaved
        monkeypatch.undo()
        assert ChangeLog.append is real_append
        app._check_disk()
        await settle(app, pilot)
        assert any("saved now" in n.message for n in app._notifications)
    from coach.store.repository import Repository

    bodies = {e.body for e in CoachService(Repository.open(db_path)).journal.find()}
    assert bodies == {"before", "during the full disk"}

"""The app shell: modes, help, palette, undo and redo, quitting, store problems."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from coach.service import CoachService
from screens.app import CoachApp, make_app
from screens.help import HelpScreen
from tests.tui.pilot import settle


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
        table = app.screen.query_one(DataTable)
        rows = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert "Reflect" in rows and "Undo" in rows and "Quit" in rows
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


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

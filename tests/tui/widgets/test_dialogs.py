"""The small dialogs: the safe answer is the default, and every word of the question shows."""

from __future__ import annotations

from pathlib import Path

from coach.service import CoachService
from coach.store.crypto import EncryptedCodec, KdfParams
from coach.store.repository import Repository
from coach.store.sealing import encrypt_store
from screens.app import CoachApp
from screens.unlock import UnlockApp
from screens.widgets.dialogs import AskText, Confirm
from tests.devicefiles import snapshot_file
from tests.tui.pilot import screen_text, settle, type_text

FAST = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
LONG = (
    "The entry of 2026-11-30 about the portfolio review and the talk with the studio lead "
    "will be deleted, with its tags and its link to the goal; undo brings it back. END"
)


async def test_enter_on_the_unsaved_text_prompt_keeps_the_text(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "w")
        await type_text(pilot, "half a thought")
        await pilot.press("ctrl+q")
        await settle(app, pilot)
        assert isinstance(app.screen, Confirm)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.is_running
        assert "half a thought" in screen_text(app)
        await pilot.press("ctrl+q", "y")  # destroying takes the deliberate key
        await settle(app, pilot)
        assert not app.is_running


async def test_enter_answers_no_and_y_answers_yes(app: CoachApp) -> None:
    answers: list[bool | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("enter", "n", "escape", "y"):
            app.push_screen(Confirm(LONG, yes="Delete", no="Keep it"), answers.append)
            await settle(app, pilot)
            await pilot.press(key)
            await settle(app, pilot)
    assert answers == [False, False, False, True]


async def test_a_long_question_wraps_whole_at_80_columns(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(Confirm(LONG, yes="Delete", no="Keep it"))
        await settle(app, pilot)
        shown = " ".join(screen_text(app).replace("│", " ").split())
        assert "undo brings it back. END" in shown
        assert "y: Delete · enter or n: Keep it" in shown
        app.pop_screen()
        app.push_screen(AskText("Why retire it?", hint=LONG))
        await settle(app, pilot)
        assert "undo brings it back. END" in " ".join(screen_text(app).replace("│", " ").split())


async def test_the_whole_reason_a_store_will_not_open_is_shown(db_path: Path) -> None:
    CoachService(Repository.open(db_path)).journal.add("private")
    encrypt_store(db_path, EncryptedCodec("right one", params=FAST))
    app = UnlockApp(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "wrong one")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # The words inside the box, line after line.
        shown = " ".join(screen_text(app).replace("│", " ").split())  # type: ignore[arg-type]
    assert "the passphrase is wrong, or the file was altered. Nothing was changed." in shown
    # The path (this device's snapshot, the file that would not open) may be folded over
    # two lines; every character of it is there.
    assert f"cannotopen{snapshot_file(db_path)}:".replace(" ", "") in shown.replace(" ", "")

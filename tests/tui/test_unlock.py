"""The passphrase prompt of an encrypted store."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label

from coach.service import CoachService
from coach.store.crypto import EncryptedCodec, KdfParams
from coach.store.repository import Repository
from coach.store.sealing import encrypt_store
from screens.unlock import UnlockApp
from tests.devicefiles import snapshot_file

FAST = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


async def test_wrong_then_right_passphrase(db_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    CoachService(Repository.open(db_path)).journal.add("private")
    encrypt_store(db_path, EncryptedCodec("right one", params=FAST))
    before = snapshot_file(db_path).read_bytes()
    app = UnlockApp(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        field = app.query_one("#passphrase", Input)
        field.value = "wrong one"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "passphrase is wrong" in str(app.query_one("#problem", Label).content)
        assert app.query_one("#passphrase", Input).value == ""
        assert snapshot_file(db_path).read_bytes() == before
        app.query_one("#passphrase", Input).value = "right one"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    opened = app.return_value
    assert opened is not None
    assert [e.body for e in opened.journal.find()] == ["private"]


async def test_escape_quits_without_opening(db_path: Path) -> None:
    CoachService(Repository.open(db_path)).journal.add("private")
    encrypt_store(db_path, EncryptedCodec("x", params=FAST))
    app = UnlockApp(db_path)
    async with app.run_test() as pilot:
        await pilot.press("escape")
    assert app.return_value is None

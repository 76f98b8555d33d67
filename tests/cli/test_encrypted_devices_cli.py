"""One store on two devices, encrypted on one of them: the other learns it from the
encrypted device's files, is told what to run, and once given the passphrase encrypts
its own files too (after checking the passphrase opens the first device's), leaving
no readable copy of its own; the encrypted device is told which device is still plain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner, Result

from coach.cli.main import cli
from coach.store.crypto import MAGIC, EncryptedCodec, KdfParams
from coach.store.sealing import encrypt_store
from tests.cli.test_sync_cli import Device, _two

FAST = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # tests only
PASS = "shared passphrase"


def _run(device: Device, *args: str, passphrase: str | None = PASS) -> Result:
    env = {"COACH_DEVICE": device.name, "COACH_PASSPHRASE": passphrase}
    return CliRunner().invoke(cli, ["--db", str(device.db), *args], env=env)


def _json(device: Device, *args: str, code: int = 0) -> Any:
    result = _run(device, *args, "--json")
    assert result.exit_code == code, result.output
    return orjson.loads(result.stdout)


def _encrypted_on_laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Device, Device]:
    laptop, desk = _two(tmp_path)
    laptop.add("laptop's secret")
    desk.add("desk's secret")
    desk.add("desk's second secret")
    desk.send_to(laptop)
    laptop.send_to(desk)
    monkeypatch.setenv("COACH_DEVICE", "laptop")
    encrypt_store(laptop.db, EncryptedCodec(PASS, params=FAST))
    monkeypatch.delenv("COACH_DEVICE")
    laptop.send_to(desk)
    return laptop, desk


def test_each_device_is_told_what_to_run_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desk = _encrypted_on_laptop(tmp_path, monkeypatch)

    on_desk = _json(
        desk, "sync", "status", code=1
    )  # opened to read: desk's files are read as they are
    assert on_desk["encrypted_here"] is False
    assert [(d["device"], d["encrypted"]) for d in on_desk["encryption_differs"]] == [
        ("laptop", True)
    ]
    said = _run(desk, "sync", "status").output
    assert "device laptop encrypted this store, but this device's files are plain" in said
    assert "run `coach encrypt` here" in said

    on_laptop = _json(laptop, "sync", "status", code=1)
    assert {(d["device"], d["encrypted"]) for d in on_laptop["encryption_differs"]} == {
        ("desk", False)
    }
    doctor = _run(laptop, "doctor")
    assert doctor.exit_code == 1
    assert "device desk's file coach.desk.json is not encrypted" in doctor.output
    assert "on device desk, run `coach encrypt`" in doctor.output


def test_the_other_device_encrypts_its_files_once_given_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desk = _encrypted_on_laptop(tmp_path, monkeypatch)
    wrong = _run(desk, "journal", "add", "not saved", passphrase="wrong one")
    assert wrong.exit_code != 0 and "passphrase is wrong" in wrong.output
    assert not desk.own_files()[0].read_bytes().startswith(MAGIC)  # left as it was

    added = _run(desk, "journal", "add", "desk's third secret")
    assert added.exit_code == 0, added.output
    assert "this device's files are now encrypted too" in added.stderr
    for path in desk.folder.iterdir():  # no readable copy of anything, backups included
        assert b"secret" not in path.read_bytes(), path.name
    snapshot = desk.folder / "coach.desk.json"
    assert snapshot.read_bytes().startswith(MAGIC)
    bodies = {e["body"] for e in _json(desk, "journal", "list")}
    assert bodies == {
        "laptop's secret",
        "desk's secret",
        "desk's second secret",
        "desk's third secret",
    }
    assert _json(desk, "sync", "status")["encryption_differs"] == []

    desk.send_to(laptop)
    assert {e["body"] for e in _json(laptop, "journal", "list")} == bodies
    assert _json(laptop, "sync", "status")["encryption_differs"] == []

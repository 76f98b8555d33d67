"""Each sealed line of an encrypted store's log is bound to its device, its place in the
run of that device's changes, and the store's id (all inside the seal, so authenticated
with it): a line moved between devices' logs, taken from another store under the same
passphrase, reordered, repeated or dropped is found and named, in this device's log
(the store refuses to open, as for any damage) and in another device's (read up to
there, and reported). Encrypted stores written before store ids stay readable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach.service import CoachService
from coach.store.backups import list_backups, take_backup
from coach.store.crypto import EncryptedCodec, KdfParams
from coach.store.devices import layout
from coach.store.errors import DamagedFileError
from coach.store.repository import Repository

FAST = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # tests only
PASS = "one passphrase"
FIXTURE = Path(__file__).parent.parent / "fixtures" / "encrypted-v4"


def _open(path: Path, device: str, passphrase: str = PASS) -> CoachService:
    return CoachService(
        Repository.open(path, codec=EncryptedCodec(passphrase, params=FAST), device=device)
    )


def _lines(path: Path, device: str) -> list[bytes]:
    return layout(path, device).log.read_bytes().splitlines(keepends=True)


def _shared_folder(tmp_path: Path) -> Path:
    """Two devices, a and b, on one folder (as a sync tool keeps it), each with a
    snapshot and three changes in its log."""
    path = tmp_path / "coach.json"
    for device in ("a", "b"):
        service = _open(path, device)
        service.journal.add(f"{device} 0")  # the first save makes the snapshot
        take_backup(layout(path, device).snapshot, force=True)  # the hour's: the next append
        for n in range(1, 4):
            service.journal.add(f"{device} {n}")
    return path


def _problem_seen_by_a(path: Path) -> str:
    status = _open(path, "a").sync_status()
    (item,) = status["unreadable"]
    assert item["file"] == "coach.b.log"
    return str(item["problem"])


def test_a_line_moved_into_another_devices_log_is_named(tmp_path: Path) -> None:
    path = _shared_folder(tmp_path)
    b_log = layout(path, "b").log
    b_log.write_bytes(b_log.read_bytes() + _lines(path, "a")[0])
    assert "change 1 is device a's, moved into this log" in _problem_seen_by_a(path)
    with pytest.raises(DamagedFileError, match="device a's, moved into this log"):
        _open(path, "b")


@pytest.mark.parametrize(
    ("how", "named"),
    [
        ("swapped", "change 3 follows change 1"),
        ("dropped", "change 3 follows change 1"),
        ("repeated", "change 2 follows change 2"),
    ],
)
def test_a_line_reordered_dropped_or_repeated_in_another_devices_log_is_named(
    tmp_path: Path, how: str, named: str
) -> None:
    path = _shared_folder(tmp_path)
    one, two, three = _lines(path, "b")
    edited = {"swapped": [one, three, two], "dropped": [one, three], "repeated": [one, two, two]}
    layout(path, "b").log.write_bytes(b"".join(edited[how]))
    problem = _problem_seen_by_a(path)
    assert named in problem and "missing, repeated or out of order" in problem
    shown = {e.body for e in _open(path, "a").journal.find()}
    assert {"b 0", "b 1"} <= shown  # what comes before the wrong line is read


def test_a_line_from_another_store_under_the_same_passphrase_is_named(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours" / "coach.json", tmp_path / "theirs" / "coach.json"
    for path in (ours, theirs):
        service = _open(path, "a")
        service.journal.add("snapshot")
        take_backup(layout(path, "a").snapshot, force=True)
        service.journal.add("first in the log")
    layout(ours, "a").log.write_bytes(layout(theirs, "a").log.read_bytes())
    with pytest.raises(DamagedFileError, match="change 1 belongs to another store"):
        _open(ours, "a")


def test_an_encrypted_store_from_before_store_ids_opens_and_gets_one(tmp_path: Path) -> None:
    # Made by the coach of before this change (device "old", three changes: one in the
    # snapshot, two in the log), with this passphrase and the tests' fast settings.
    path = tmp_path / "coach.json"
    for name in ("coach.old.json", "coach.old.log"):
        shutil.copyfile(FIXTURE / name, tmp_path / name)
    service = _open(path, "old", "fixture passphrase")
    bodies = {"in the old snapshot", "first in the old log", "second in the old log"}
    assert {e.body for e in service.journal.find()} == bodies
    service.journal.add("new")
    service.compact()  # the snapshot is written again, now with the store's id
    snapshot = layout(path, "old").snapshot
    assert any(
        b.path.read_bytes() == (FIXTURE / "coach.old.json").read_bytes()
        for b in list_backups(snapshot)
    )
    codec = EncryptedCodec("fixture passphrase", params=FAST)
    store_id = codec.decode(snapshot, snapshot.read_bytes())["_meta"]["sync"]["store"]
    again = _open(path, "old", "fixture passphrase")
    assert again.sync_status()["store_id"] == store_id
    assert {e.body for e in again.journal.find()} == bodies | {"new"}
    assert again.sync_status()["older_or_other_files"] == []

"""The hour's backup: a link to the snapshot and a copy of the log, never a rewrite."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest

from coach.service import CoachService
from coach.store import backups
from coach.store.backups import list_backups, take_backup
from coach.store.crypto import EncryptedCodec
from coach.store.repository import Repository
from coach.store.restore import problem_with, restore
from coach.store.sealing import decrypt_store, encrypt_store
from tests.devicefiles import device_log, snapshot_file
from tests.store.test_crypto import FAST


def bodies(db_path: Path) -> set[str]:
    return {e.body for e in CoachService(Repository.open(db_path)).journal.find()}


def a_store_with_a_log(db_path: Path) -> CoachService:
    service = CoachService(Repository.open(db_path))
    service.journal.add("first")  # writes the snapshot
    take_backup(snapshot_file(db_path), force=True)  # the hour's backup is kept
    service.journal.add("second")
    service.journal.add("third")
    assert device_log(db_path).stat().st_size  # the two saves are in the log
    return service


def test_the_first_save_of_an_hour_keeps_the_store_without_rewriting_the_snapshot(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = a_store_with_a_log(db_path)
    snapshot = snapshot_file(db_path)
    inode, payload = snapshot.stat().st_ino, snapshot.read_bytes()
    monkeypatch.setattr(backups, "INTERVAL", timedelta(0))  # an hour has passed
    service.repo.storage._next_backup_check = 0.0
    service.journal.add("fourth")
    assert snapshot.stat().st_ino == inode  # not folded: the save only appended
    assert snapshot.read_bytes() == payload
    newest = list_backups(snapshot)[0]
    assert newest.log is not None
    for kept in (newest.path, newest.log):
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert problem_with(newest.path) is None
    assert bodies(db_path) == {"first", "second", "third", "fourth"}
    restore(db_path, newest.path)
    assert bodies(db_path) == {"first", "second", "third"}  # the store before that save
    CoachService(Repository.open(db_path)).journal.add("after the restore")
    assert bodies(db_path) == {"first", "second", "third", "after the restore"}


def test_a_backup_of_the_snapshot_alone_still_restores(db_path: Path) -> None:
    service = CoachService(Repository.open(db_path))
    service.journal.add("first")
    take_backup(snapshot_file(db_path), force=True)  # no log yet: the snapshot alone
    service.journal.add("second")
    (older,) = list_backups(snapshot_file(db_path))
    assert older.log is None
    restore(db_path, older.path)
    assert bodies(db_path) == {"first"}


def test_pruning_removes_the_log_kept_with_a_backup(db_path: Path) -> None:
    a_store_with_a_log(db_path)
    snapshot = snapshot_file(db_path)
    for _ in range(3):
        take_backup(snapshot, force=True, keep=2, log=device_log(db_path))
    kept = list_backups(snapshot)
    assert len(kept) == 2
    logs = sorted(snapshot.parent.glob(f"{snapshot.name}.*.bak.log"))
    assert logs == sorted(b.log for b in kept if b.log is not None)
    assert len(logs) == 2


def test_the_logs_kept_with_backups_are_sealed_and_opened_with_the_store(db_path: Path) -> None:
    a_store_with_a_log(db_path)
    snapshot = snapshot_file(db_path)
    take_backup(snapshot, force=True, log=device_log(db_path))
    newest = list_backups(snapshot)[0]
    assert newest.log is not None
    clear = newest.log.read_bytes()
    codec = EncryptedCodec("correct horse battery", params=FAST)
    encrypt_store(db_path, codec)
    assert b"second" not in newest.log.read_bytes()
    assert problem_with(newest.path, codec) is None
    decrypt_store(db_path, codec)
    assert newest.log.read_bytes() == clear


def test_damage_written_into_the_snapshot_in_place_does_not_reach_its_backups(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup is never the live file: another program writing into the snapshot in
    place (an editor that saves in place, a disk tool) leaves every backup whole. The
    second backup of the same snapshot links to the first one's copy, not to it."""
    service = a_store_with_a_log(db_path)
    snapshot = snapshot_file(db_path)
    monkeypatch.setattr(backups, "INTERVAL", timedelta(0))  # every save is in a new hour
    for text in ("fourth", "fifth"):
        service.repo.storage._next_backup_check = 0.0
        service.journal.add(text)
    live = snapshot.stat()
    kept = list_backups(snapshot)
    assert len(kept) >= 3
    assert all(b.path.stat().st_ino != live.st_ino for b in kept)
    newest, second = kept[0], kept[1]
    assert newest.path.stat().st_ino == second.path.stat().st_ino  # one copy, linked
    assert stat.S_IMODE(newest.path.stat().st_mode) == 0o600
    with snapshot.open("r+b") as handle:  # damage, written into the file in place
        handle.seek(5)
        handle.write(b"\x00garbage\x00")
    for backup in kept:
        assert problem_with(backup.path) is None, backup.path
    restore(db_path, newest.path)
    assert bodies(db_path) == {"first", "second", "third", "fourth"}


def test_the_backup_before_an_import_holds_what_the_log_held(db_path: Path, tmp_path: Path) -> None:
    """`coach import` keeps the store first; a store's last saves are in its log, so the
    backup must keep the log too, or restoring it would lose them."""
    import orjson

    service = a_store_with_a_log(db_path)  # "second" and "third" are only in the log
    export = tmp_path / "export.json"
    entry = {"id": "j-0000000001", "created": "2026-01-01T10:00:00+00:00", "body": "imported"}
    export.write_bytes(
        orjson.dumps({"_meta": {"schema": {"version": 2}}, "journal": {entry["id"]: entry}})
    )
    service.import_file(export)
    newest = list_backups(snapshot_file(db_path))[0]
    restore(db_path, newest.path)
    assert bodies(db_path) == {"first", "second", "third"}

"""Saves that fail (full disk, no permission, read-only folder) change nothing on disk.

The failure is injected into each stage of a save: opening the change log, writing
the change's line, and its fsync. The data file and the log stay byte-identical (no
half line is left behind), the person gets a message naming the cause, the change
stays in memory, and it is saved once the cause is gone, even if another process
wrote in between. Compaction (the snapshot rewritten) fails the same way: see the
last test.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from coach.service import CoachService
from coach.store.backups import take_backup
from coach.store.errors import StoreWriteError
from coach.store.repository import Repository
from tests.devicefiles import device_log, snapshot_file

REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EACCES: "permission denied",
    errno.EROFS: "the file system is read-only",
}
REAL = {"open": os.open, "fsync": os.fsync, "replace": os.replace, "write": os.write}


def _failing(stage: str, code: int) -> Callable[..., object]:
    real = REAL[stage]

    def fail(*args: object, **kwargs: object) -> object:
        target = str(args[0]) if args else ""
        if stage == "open" and not target.endswith((".tmp", ".log")):
            return real(*args, **kwargs)  # only the files of the save fail
        if stage == "write":
            real(args[0], bytes(args[1])[:7])  # a few bytes reach the disk, then it is full
        raise OSError(code, os.strerror(code))

    return fail


def _digest(data_file: Path) -> str:
    path, log = snapshot_file(data_file), device_log(data_file)
    held = path.read_bytes() + b"|" + (log.read_bytes() if log.exists() else b"")
    return hashlib.sha256(held).hexdigest()


@pytest.mark.reliability
@pytest.mark.parametrize("stage", ["open", "write", "fsync"])
@pytest.mark.parametrize("code", sorted(REASONS))
def test_failed_save_changes_nothing_and_is_saved_later(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str, code: int
) -> None:
    service = CoachService(Repository.open(db_path))
    service.journal.add("already safe")
    service.journal.add("second")  # so backups exist and are not part of the failure
    before = _digest(db_path)
    monkeypatch.setattr(os, stage, _failing(stage, code))
    with pytest.raises(StoreWriteError) as caught:
        service.journal.add("written while the disk was full")
    monkeypatch.undo()
    assert REASONS[code] in str(caught.value) and str(snapshot_file(db_path)) in str(caught.value)
    assert _digest(db_path) == before
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert "written while the disk was full" in {e.body for e in service.journal.find()}
    assert service.history.unsaved
    assert service.retry_save()
    again = CoachService(Repository.open(db_path))
    assert {e.body for e in again.journal.find()} == {
        "already safe",
        "second",
        "written while the disk was full",
    }


@pytest.mark.reliability
def test_waiting_change_is_replayed_over_another_process_write(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = CoachService(Repository.open(db_path))
    service.journal.add("first")
    monkeypatch.setattr(os, "write", _failing("write", errno.ENOSPC))
    with pytest.raises(StoreWriteError):
        service.journal.add("mine, waiting")
    monkeypatch.undo()
    CoachService(Repository.open(db_path)).journal.add("theirs, from another shell")
    service.journal.add("mine, later")  # the next save replays the waiting change
    bodies = {e.body for e in CoachService(Repository.open(db_path)).journal.find()}
    assert bodies == {"first", "mine, waiting", "theirs, from another shell", "mine, later"}
    assert not service.history.unsaved


@pytest.mark.reliability
@pytest.mark.parametrize("stage", ["open", "fsync", "replace"])
def test_a_failed_compaction_loses_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    service = CoachService(Repository.open(db_path))
    service.journal.add("in the snapshot")
    take_backup(
        snapshot_file(db_path), force=True
    )  # the hour's backup is kept: the next save appends
    service.journal.add("in the log")
    before = _digest(db_path)
    monkeypatch.setattr(os, stage, _failing(stage, errno.ENOSPC))
    with pytest.raises(StoreWriteError):
        service.compact()
    monkeypatch.undo()
    assert _digest(db_path) == before
    assert {e.body for e in CoachService(Repository.open(db_path)).journal.find()} == {
        "in the snapshot",
        "in the log",
    }
    assert service.compact()
    assert {e.body for e in CoachService(Repository.open(db_path)).journal.find()} == {
        "in the snapshot",
        "in the log",
    }

"""The quick append (coach.store.appending): a new entry added to files this device left
as they are is appended without reading the snapshot; anything else takes the normal
path, which reads the files and checks them as it always did."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from coach.models import JournalEntry
from coach.service import CoachService
from coach.store import storage as storage_module
from coach.store.appending import IdTakenError, tail_file
from coach.store.codec import PlainCodec
from coach.store.errors import DamagedFileError, ReadOnlyStoreError, StoreHistoryError
from coach.store.repository import Repository
from tests.devicefiles import device_log, snapshot_file

Reads = list[Path]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    """Every file the plain codec decodes (the snapshots; log lines are parsed apart)."""
    seen: Reads = []
    decode = PlainCodec.decode

    def spy(self: PlainCodec, path: Path, payload: bytes) -> dict[str, Any]:
        seen.append(path)
        return decode(self, path, payload)

    monkeypatch.setattr(PlainCodec, "decode", spy)
    return seen


def _open(path: Path) -> CoachService:
    return CoachService(Repository.open(path))


def _store(path: Path, entries: int = 3) -> list[str]:
    """A store as this device leaves it after a few adds: a snapshot, a log, a tail."""
    service = _open(path)
    ids = [service.journal.add(f"entry {n}").id for n in range(entries)]
    assert tail_file(path, "here").exists()
    return ids


def _lines(path: Path) -> list[dict[str, Any]]:
    log = device_log(path)
    return [orjson.loads(line) for line in log.read_bytes().splitlines() if line.strip()]


def _bodies(path: Path) -> set[str]:
    return {e.body for e in Repository.open(path).all(JournalEntry)}


def test_an_add_appends_one_line_without_reading_the_snapshot(db_path: Path, reads: Reads) -> None:
    _store(db_path)
    snapshot = snapshot_file(db_path)
    before, inode, lines = snapshot.read_bytes(), snapshot.stat().st_ino, _lines(db_path)
    reads.clear()
    service = _open(db_path)
    entry = service.journal.add("quick one")
    assert reads == []  # nothing decoded: not the snapshot, not any other file
    assert snapshot.read_bytes() == before and snapshot.stat().st_ino == inode
    now = _lines(db_path)
    assert now[:-1] == lines and len(now) == len(lines) + 1
    line = now[-1]
    last = lines[-1]
    assert (line["seq"], line["n"], line["dev"]) == (last["seq"] + 1, last["n"] + 1, "here")
    assert line["store"] == lines[-1]["store"]
    assert line["hlc"] > lines[-1]["hlc"]
    assert line["docs"] == [["journal", entry.id, entry.to_doc(), []]]
    # A second add in the same session appends again; a full open shows both.
    second = service.journal.add("quick two")
    assert reads == [] and len(_lines(db_path)) == len(lines) + 2
    full = _open(db_path)
    assert {e.id for e in full.journal.find()} >= {entry.id, second.id}
    assert full.read_only_reason() is None and full.sync_status()["older_or_other_files"] == []


def test_undo_of_a_quick_add_reads_the_store_and_works(db_path: Path) -> None:
    _store(db_path)
    service = _open(db_path)
    entry = service.journal.add("undo me")
    service.undo()
    assert "undo me" not in _bodies(db_path)
    service.redo()
    assert entry.id in {e.id for e in _open(db_path).journal.find()}


def test_an_add_after_another_process_of_this_device_added_follows_its_line(
    db_path: Path, reads: Reads
) -> None:
    _store(db_path)
    first, second = _open(db_path), _open(db_path)  # both opened, neither has read
    a = first.journal.add("from the first")
    b = second.journal.add("from the second")  # its tail was the first's, kept under the lock
    assert reads == []
    seqs = [line["seq"] for line in _lines(db_path)]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    assert {a.id, b.id} <= {e.id for e in _open(db_path).journal.find()}


def _falls_back(db_path: Path, reads: Reads) -> CoachService:
    """Open and add: the normal path reads this device's snapshot."""
    reads.clear()
    service = _open(db_path)
    service.journal.add("after the change")
    assert snapshot_file(db_path) in reads
    assert "after the change" in _bodies(db_path)
    return service


def test_a_log_another_program_touched_is_read(db_path: Path, reads: Reads) -> None:
    _store(db_path)
    log = device_log(db_path)
    os.utime(log, ns=(1, 1))  # same bytes, another stamp
    _falls_back(db_path, reads)


def test_a_save_that_kept_no_tail_is_read(db_path: Path, reads: Reads) -> None:
    _store(db_path)
    service = _open(db_path)
    service.journal.edit(service.journal.find()[0].id, body="edited")
    tail_file(db_path, "here").unlink()  # as a coach from before the quick append saves
    _falls_back(db_path, reads)
    assert "edited" in _bodies(db_path)


def test_a_torn_last_line_is_read_and_cut_as_before(db_path: Path, reads: Reads) -> None:
    _store(db_path)
    log = device_log(db_path)
    whole = log.read_bytes()
    with log.open("ab") as handle:
        handle.write(b'{"seq": 99, "at": "cut sh')
    _falls_back(db_path, reads)
    assert log.read_bytes().startswith(whole) and b"cut sh" not in log.read_bytes()


def test_a_log_due_to_be_folded_is_folded(
    db_path: Path, reads: Reads, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(db_path)
    inode = snapshot_file(db_path).stat().st_ino
    monkeypatch.setattr(storage_module, "COMPACT_CHANGES", 2)
    _falls_back(db_path, reads)
    assert snapshot_file(db_path).stat().st_ino != inode  # a new snapshot
    assert device_log(db_path).read_bytes() == b""


def test_an_older_copy_put_back_is_refused_as_before(db_path: Path, reads: Reads) -> None:
    _store(db_path)
    aside = {p: p.read_bytes() for p in (snapshot_file(db_path), device_log(db_path))}
    _open(db_path).journal.add("saved after the copy")
    for path, payload in aside.items():
        path.unlink()
        path.write_bytes(payload)
    with pytest.raises(StoreHistoryError, match="an older copy was put back"):
        _open(db_path).journal.add("refused")
    assert {p: p.read_bytes() for p in aside} == aside  # nothing written over


def test_a_newer_schema_written_since_opens_read_only(db_path: Path) -> None:
    _store(db_path)
    snapshot = snapshot_file(db_path)
    data = orjson.loads(snapshot.read_bytes())
    data["_meta"]["schema"]["version"] = 99
    snapshot.write_bytes(orjson.dumps(data))
    before = snapshot.read_bytes(), device_log(db_path).read_bytes()
    service = _open(db_path)
    assert service.read_only_reason() is not None
    with pytest.raises(ReadOnlyStoreError):
        service.journal.add("refused")
    assert (snapshot.read_bytes(), device_log(db_path).read_bytes()) == before


def test_a_damaged_snapshot_is_reported_and_not_replaced(db_path: Path) -> None:
    _store(db_path)
    snapshot = snapshot_file(db_path)
    snapshot.write_bytes(snapshot.read_bytes()[:-20])
    damaged = snapshot.read_bytes()
    with pytest.raises(DamagedFileError):
        _open(db_path).journal.add("refused")
    assert snapshot.read_bytes() == damaged


def test_the_data_file_of_before_is_migrated_as_before(
    db_path: Path, reads: Reads, tmp_path: Path
) -> None:
    _store(db_path)
    old = tmp_path / "old" / "coach.json"
    old.parent.mkdir()
    shutil.copyfile(snapshot_file(db_path), old)  # a store of before: one data file
    reads.clear()
    service = _open(old)
    service.journal.add("on the old store")
    assert old in reads and snapshot_file(old).exists()
    assert "on the old store" in _bodies(old) and "entry 0" in _bodies(old)


def test_a_new_record_never_replaces_one_with_its_id(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _store(db_path)
    service = _open(db_path)
    taken: Callable[[str], str] = lambda prefix: ids[0]  # noqa: E731
    monkeypatch.setattr("coach.service.journal.new_id", taken)
    service.journal.count()  # read: the add takes the normal path, which checks the id
    with pytest.raises(IdTakenError, match=ids[0]):
        service.journal.add("would replace entry 0")
    assert "entry 0" in _bodies(db_path) and "would replace entry 0" not in _bodies(db_path)

"""The storage under TinyDB: atomic durable writes, the cache, the lock, damaged files."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import orjson
import pytest

from coach.models import JournalEntry, now
from coach.store.backups import list_backups, take_backup
from coach.store.changelog import ChangeLog
from coach.store.errors import DamagedFileError, StoreBusyError, StoreWriteError
from coach.store.repository import Repository
from coach.store.storage import CoachStorage
from tests.devicefiles import snapshot_file


def entry(body: str = "hello") -> JournalEntry:
    from coach.models import new_id

    return JournalEntry(id=new_id("j"), created=now(), body=body)


def add(repo: Repository, body: str = "hello") -> JournalEntry:
    item = entry(body)
    with repo.transaction():
        repo.put(item)
    return item


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_private_whatever_the_umask(db_path: Path) -> None:
    old = os.umask(0o022)
    try:
        repo = Repository.open(db_path)
        add(repo)
    finally:
        os.umask(old)
    assert stat.S_IMODE(snapshot_file(db_path).stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(repo.storage.lock_path.stat().st_mode) == 0o600


def test_opening_writes_nothing_and_a_missing_file_is_an_empty_store(db_path: Path) -> None:
    repo = Repository.open(db_path)
    assert repo.all(JournalEntry) == []
    assert not db_path.exists()


def test_file_holds_schema_version_and_json_values(db_path: Path) -> None:
    repo = Repository.open(db_path)
    item = add(repo, "first")
    data = orjson.loads(snapshot_file(db_path).read_bytes())
    assert data["_meta"]["schema"]["version"] == 3
    assert data["journal"][item.id]["body"] == "first"
    assert isinstance(data["journal"][item.id]["created"], str)


def test_a_second_instance_sees_changes_and_nothing_is_lost(db_path: Path) -> None:
    first = Repository.open(db_path)
    second = Repository.open(db_path)
    a = add(first, "from the first")
    b = add(second, "from the second")  # re-reads inside the lock, so keeps `a`
    c = add(first, "first again")
    ids = {e.id for e in Repository.open(db_path).all(JournalEntry)}
    assert ids == {a.id, b.id, c.id}
    assert {e.id for e in second.all(JournalEntry)} == ids


def test_reads_come_from_memory_until_the_file_changes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = Repository.open(db_path)
    add(repo)
    take_backup(snapshot_file(db_path), force=True)  # the hour's backup is kept: saves only append
    reads: list[Path] = []
    original = CoachStorage._read_bytes

    def counting(self: CoachStorage, path: Path) -> bytes:
        if self is repo.storage:
            reads.append(path)
        return original(self, path)

    monkeypatch.setattr(CoachStorage, "_read_bytes", counting)
    for _ in range(5):
        repo.all(JournalEntry)
    assert reads == []
    theirs = add(Repository.open(db_path))  # another writer: its save is in the log
    assert theirs.id in {e.id for e in repo.all(JournalEntry)}
    assert reads == []  # read from the log's tail; the data file was not read again
    other = Repository.open(db_path)
    other.storage.compact()  # another process folds the log: a new data file
    repo.all(JournalEntry)
    repo.all(JournalEntry)
    assert len(reads) == 1
    assert theirs.id in {e.id for e in repo.all(JournalEntry)}


def test_a_transaction_writes_once(db_path: Path) -> None:
    repo = Repository.open(db_path)
    add(repo, "the first save writes the data file")
    take_backup(snapshot_file(db_path), force=True)  # the hour's backup is kept: saves only append
    snapshot = snapshot_file(db_path).read_bytes()
    with repo.transaction():
        for i in range(10):
            repo.put(entry(f"entry {i}"))
    assert snapshot_file(db_path).read_bytes() == snapshot  # a save does not rewrite the data file
    lines = repo.storage.log.path.read_bytes().splitlines()
    assert len(lines) == 1  # one change, one line, holding the ten documents
    assert len(orjson.loads(lines[0])["docs"]) == 10
    assert len(Repository.open(db_path).all(JournalEntry)) == 11


def test_a_failed_transaction_changes_nothing(db_path: Path) -> None:
    repo = Repository.open(db_path)
    kept = add(repo, "kept")
    before = digest(snapshot_file(db_path))
    with pytest.raises(RuntimeError), repo.transaction():
        repo.put(entry("half made"))
        raise RuntimeError("boom")
    assert [e.id for e in repo.all(JournalEntry)] == [kept.id]
    assert digest(snapshot_file(db_path)) == before


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"", "empty"),
        (b"  \n\t ", "white space"),
        (b'{"journal": {"j-1": {"id": "j-1", "bo', "not valid JSON"),
        (b"this is not json", "not valid JSON"),
        (b"\xef\xbb\xbf{}", "byte-order mark"),
        (b'{"journal": "\xff\xfe"}', "UTF-8"),
        (b"[1, 2, 3]", "JSON list"),
        (b'"just a string"', "JSON str"),
        (b'{"journal": [1, 2]}', "'journal' section"),
        (b'{"_meta": {"schema": {"version": "two"}}}', "schema version"),
        (b'{"journal": {}, "x": NaN}', "not valid JSON"),
    ],
)
def test_damaged_files_are_refused_and_left_untouched(
    db_path: Path, payload: bytes, words: str
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(payload)
    before = digest(db_path)
    with pytest.raises(DamagedFileError) as caught:
        Repository.open(db_path)
    message = str(caught.value)
    assert str(db_path) in message
    assert words in message
    assert "coach doctor" in message
    assert digest(db_path) == before


def test_damage_appearing_later_refuses_saves(db_path: Path) -> None:
    repo = Repository.open(db_path)
    add(repo)
    snapshot_file(db_path).write_bytes(b"{truncated")
    with pytest.raises(DamagedFileError), repo.transaction():
        pass
    assert snapshot_file(db_path).read_bytes() == b"{truncated"


def test_stale_temp_files_are_removed_on_open(db_path: Path) -> None:
    add(Repository.open(db_path))
    stale = db_path.with_name(f".{snapshot_file(db_path).name}.deadbeef.tmp")
    stale.write_bytes(b"half written")
    Repository.open(db_path)
    assert not stale.exists()


def test_write_failure_keeps_file_and_change_in_memory(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    repo = Repository.open(db_path)
    add(repo, "saved")
    before = digest(snapshot_file(db_path))

    def full(*args: object, **kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ChangeLog, "append", full)
    pending = entry("pending")
    with pytest.raises(StoreWriteError) as caught, repo.transaction():
        repo.put(pending)
    assert "disk is full" in str(caught.value)
    assert digest(snapshot_file(db_path)) == before
    assert repo.storage.dirty
    assert pending.id in {e.id for e in repo.all(JournalEntry)}
    monkeypatch.undo()
    assert repo.storage.save_pending()
    assert pending.id in {e.id for e in Repository.open(db_path).all(JournalEntry)}


def test_busy_lock_gives_a_clear_message(db_path: Path) -> None:
    from filelock import FileLock

    repo = Repository.open(db_path)
    repo.storage._lock_timeout = 0.2
    holder = FileLock(str(repo.storage.lock_path))
    holder.acquire()
    try:
        with pytest.raises(StoreBusyError) as caught, repo.transaction():
            pass
        assert "busy" in str(caught.value)
    finally:
        holder.release()


def test_backups_are_rolling_and_bounded(db_path: Path) -> None:
    repo = Repository.open(db_path)
    add(repo, "one")
    first = snapshot_file(db_path).read_bytes()
    add(repo, "two")  # the first save of the hour keeps the previous file
    backups = list_backups(snapshot_file(db_path))
    assert len(backups) == 1
    assert backups[0].path.read_bytes() == first
    assert stat.S_IMODE(backups[0].path.stat().st_mode) == 0o600
    for _ in range(15):
        take_backup(snapshot_file(db_path), force=True, keep=10)
    assert len(list_backups(snapshot_file(db_path))) == 10


def test_damage_while_open_keeps_last_good_data_and_refuses_saves(db_path: Path) -> None:
    repo = Repository.open(db_path)
    kept = add(repo, "kept")
    snapshot_file(db_path).write_bytes(b'{"journal": {"j-')
    assert [e.id for e in repo.all(JournalEntry)] == [kept.id]
    assert repo.storage.damage is not None
    with pytest.raises(DamagedFileError), repo.transaction():
        repo.put(entry("refused"))
    assert snapshot_file(db_path).read_bytes() == b'{"journal": {"j-'


@pytest.mark.parametrize(
    "payload",
    [
        b'{"journal": {"j-1": {"id": "j-1", "created": "2026-01-01T00:00:00Z", "body": "a"}},'
        b' "journal": {"j-2": {"id": "j-2", "created": "2026-01-01T00:00:00Z", "body": "b"}}}',
        b'{"journal": {"j-1": {"id": "j-1", "created": "2026-01-01T00:00:00Z", "body": "a"},'
        b' "j-1": {"id": "j-1", "created": "2026-01-01T00:00:00Z", "body": "b"}}}',
    ],
)
def test_duplicate_keys_are_refused_not_silently_merged(db_path: Path, payload: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(payload)
    with pytest.raises(DamagedFileError, match="appears twice"):
        Repository.open(db_path)
    assert db_path.read_bytes() == payload


def test_nested_ids_from_a_newer_coach_are_not_mistaken_for_duplicates(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    doc = {"id": "j-1", "created": "2026-01-01T00:00:00Z", "body": "a", "future": {"id": "x"}}
    db_path.write_bytes(orjson.dumps({"journal": {"j-1": doc}}))
    assert [e.id for e in Repository.open(db_path).all(JournalEntry)] == ["j-1"]

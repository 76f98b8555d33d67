"""Encryption at rest: only sealed bytes on disk, tampering detected, wrong passphrase harmless."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import orjson
import pytest

from coach.service import CoachService
from coach.store.backups import list_backups
from coach.store.changelog import log_path
from coach.store.crypto import MAGIC, EncryptedCodec, KdfParams, WrongPassphraseError
from coach.store.errors import DamagedFileError, EncryptedStoreError
from coach.store.repository import Repository
from coach.store.sealing import decrypt_store, encrypt_store
from tests.devicefiles import snapshot_file
from tests.programs import coach_process

FAST = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # tests only
SECRET = "I plan to leave Acme in March"


def codec(passphrase: str = "correct horse") -> EncryptedCodec:
    return EncryptedCodec(passphrase, params=FAST)


def plain_store(path: Path) -> CoachService:
    service = CoachService(Repository.open(path))
    service.journal.add(SECRET)
    service.journal.add("second entry")  # the second save keeps a backup of the first
    return service


def assert_sealed(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    assert SECRET.encode() not in data and b"journal" not in data


def test_encrypt_seals_file_and_backups(db_path: Path) -> None:
    plain_store(db_path)
    assert list_backups(snapshot_file(db_path))
    assert encrypt_store(db_path, codec()) == 1 + len(list_backups(snapshot_file(db_path)))
    assert_sealed(snapshot_file(db_path))
    for backup in list_backups(snapshot_file(db_path)):
        assert_sealed(backup.path)
    service = CoachService(Repository.open(db_path, codec=codec()))
    assert SECRET in {e.body for e in service.journal.find()}


def test_every_write_is_sealed_with_a_fresh_nonce(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain_store(db_path)
    encrypt_store(db_path, codec())
    service = CoachService(Repository.open(db_path, codec=codec()))
    service.journal.add("third, private too")
    service.journal.add("fourth")
    # Each save is one line of the change log, sealed on its own with a fresh nonce.
    lines = log_path(db_path).read_bytes().splitlines()
    assert len(lines) == 2 and all(line.startswith(b"~") for line in lines)
    written = [base64.b64decode(line[1:]) for line in lines]
    assert all(b.startswith(MAGIC) and b"private" not in b for b in written)
    nonces = {b[len(MAGIC) + 24 : len(MAGIC) + 36] for b in written}
    assert len(nonces) == 2
    assert b"private" not in snapshot_file(db_path).read_bytes()
    again = CoachService(Repository.open(db_path, codec=codec()))
    assert "third, private too" in {e.body for e in again.journal.find()}


def test_wrong_passphrase_is_refused_and_the_file_untouched(db_path: Path) -> None:
    plain_store(db_path)
    encrypt_store(db_path, codec())
    before = hashlib.sha256(snapshot_file(db_path).read_bytes()).hexdigest()
    with pytest.raises(WrongPassphraseError, match="passphrase is wrong"):
        Repository.open(db_path, codec=codec("wrong"))
    with pytest.raises(EncryptedStoreError):
        Repository.open(db_path)
    assert hashlib.sha256(snapshot_file(db_path).read_bytes()).hexdigest() == before


def test_any_changed_byte_is_detected(db_path: Path) -> None:
    plain_store(db_path)
    encrypt_store(db_path, codec())
    original = snapshot_file(db_path).read_bytes()
    header = len(MAGIC) + 36
    positions = list(range(header)) + list(range(header, len(original), 7)) + [len(original) - 1]
    opener = codec()
    for position in positions:
        tampered = bytearray(original)
        tampered[position] ^= 0x01
        with pytest.raises((WrongPassphraseError, DamagedFileError)):
            opener.decode(db_path, bytes(tampered))
    for cut in (original[:-20], original[: len(MAGIC) + 10]):
        with pytest.raises((WrongPassphraseError, DamagedFileError)):
            opener.decode(db_path, cut)


def test_decrypt_round_trip(db_path: Path) -> None:
    plain_store(db_path)
    encrypt_store(db_path, codec())
    decrypt_store(db_path, codec())
    assert SECRET in snapshot_file(db_path).read_text()
    backups = list_backups(snapshot_file(db_path))
    assert all(not b.path.read_bytes().startswith(MAGIC) for b in backups)


def test_cli_with_passphrase_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "coach.json"
    assert coach_process("journal", "add", SECRET, db=db).returncode == 0
    monkeypatch.setenv("COACH_PASSPHRASE", "s3cret pass")
    done = coach_process("encrypt", db=db)
    assert done.returncode == 0, done.stderr
    assert_sealed(snapshot_file(db))
    assert coach_process("journal", "add", "quick capture, sealed", db=db).returncode == 0
    assert_sealed(snapshot_file(db))
    listed = coach_process("journal", "list", "--json", db=db)
    assert [e["body"] for e in orjson.loads(listed.stdout)] == ["quick capture, sealed", SECRET]
    refused = coach_process("export", "-f", "md", db=db)
    assert refused.returncode == 1 and b"--plaintext" in refused.stderr
    assert coach_process("export", "-f", "md", "--plaintext", db=db).returncode == 0
    monkeypatch.setenv("COACH_PASSPHRASE", "not it")
    before = snapshot_file(db).read_bytes()
    wrong = coach_process("journal", "add", "x", db=db)
    assert wrong.returncode == 1 and b"passphrase is wrong" in wrong.stderr
    assert SECRET.encode() not in wrong.stderr + wrong.stdout
    assert snapshot_file(db).read_bytes() == before
    monkeypatch.delenv("COACH_PASSPHRASE")
    locked = coach_process("journal", "list", db=db)
    assert locked.returncode == 1 and b"encrypted" in locked.stderr

"""Turning a plain store into an encrypted one and back, backups included.

Both run under the store's lock. The data file is converted first, then every
backup and every file a restore kept aside, so that an encrypted store never
leaves readable copies of itself next to it. A conversion cut short is
finished by running the same command again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from coach.errors import CoachError
from coach.store.atomic import write_atomic
from coach.store.backups import list_backups
from coach.store.changelog import log_path
from coach.store.codec import Codec, PlainCodec, parse_json
from coach.store.crypto import EncryptedCodec, is_encrypted


def _siblings(path: Path) -> Iterator[Path]:
    yield from (b.path for b in list_backups(path))
    yield from sorted(path.parent.glob(f"{path.name}.replaced-*"))


def _locked(path: Path) -> FileLock:
    lock = FileLock(str(path.with_name(path.name + ".lock")), mode=0o600)
    try:
        lock.acquire(timeout=15)
    except Timeout:
        raise CoachError(f"{path} is in use by another coach; close it and try again") from None
    return lock


def _fold_log(path: Path, codec: Codec) -> None:
    """Fold the change log into the data file, so that the file alone holds the store."""
    from coach.store.repository import Repository

    if path.exists() and log_path(path).exists():
        Repository.open(path, codec=codec).storage.compact()


def encrypt_store(path: Path, codec: EncryptedCodec) -> int:
    """Encrypt the data file and its copies; returns how many files were sealed."""
    sealed_now = path.exists() and is_encrypted(path.read_bytes()[:16])
    _fold_log(path, codec if sealed_now else PlainCodec())
    lock = _locked(path)
    try:
        sealed = 0
        payload = path.read_bytes()
        if is_encrypted(payload):
            codec.open(path, payload)  # the same passphrase must open it
        else:
            parse_json(path, payload)  # never seal a damaged file
            write_atomic(path, codec.seal(payload))
            sealed += 1
        for copy in _siblings(path):
            data = copy.read_bytes()
            if not is_encrypted(data):
                write_atomic(copy, codec.seal(data))
                sealed += 1
        return sealed
    finally:
        lock.release()


def decrypt_store(path: Path, codec: EncryptedCodec) -> int:
    """Write the data file and its copies back as plain JSON; returns how many."""
    _fold_log(path, codec)
    lock = _locked(path)
    try:
        opened = 0
        for target in (path, *_siblings(path)):
            data = target.read_bytes()
            if is_encrypted(data):
                write_atomic(target, codec.open(target, data))
                opened += 1
        return opened
    finally:
        lock.release()

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
from coach.store.changelog import recode
from coach.store.codec import Codec, PlainCodec, parse_json
from coach.store.crypto import (
    EncryptedCodec,
    encrypted_elsewhere,
    is_encrypted,
    own_file,
    plain_here,
    starts_sealed,
)
from coach.store.devices import layout, store_exists


def _siblings(path: Path, data_file: Path) -> Iterator[Path]:
    """The copies of this device's snapshot ``path``, and the data file of before (which
    this device started from) with its copies."""
    yield from (b.path for b in list_backups(path))
    yield from sorted(path.parent.glob(f"{path.name}.replaced-*"))
    if data_file != path:
        if data_file.is_file():
            yield data_file
        yield from (b.path for b in list_backups(data_file))
        yield from sorted(data_file.parent.glob(f"{data_file.name}.replaced-*"))


def join_encrypted(data_file: Path, codec: EncryptedCodec) -> int:
    """When another device encrypted the store and this device's files are plain: check
    that the passphrase opens that device's files, then encrypt this device's (as
    ``coach encrypt`` does). Returns how many files were sealed (0: nothing to do)."""
    if not plain_here(data_file):
        return 0
    sealed = encrypted_elsewhere(data_file)
    if not sealed:
        return 0
    codec.decode(sealed[0], sealed[0].read_bytes())  # a wrong passphrase stops here
    return encrypt_store(data_file, codec)


def _locked(path: Path) -> FileLock:
    lock = FileLock(str(path.with_name(path.name + ".lock")), mode=0o600)
    try:
        lock.acquire(timeout=15)
    except Timeout:
        raise CoachError(f"{path} is in use by another coach; close it and try again") from None
    return lock


def _fold_log(path: Path, codec: Codec) -> Path:
    """Fold this device's change log into its snapshot (made from the data file of
    before if need be), so that the snapshot alone holds the store; returns it."""
    from coach.store.repository import Repository

    own = layout(path)
    if own.log.exists() or (path.exists() and not own.snapshot.exists()):
        Repository.open(path, codec=codec).storage.compact()
    if not own.snapshot.exists() and store_exists(path):
        # A device that has only read the other devices' files so far: its snapshot
        # holds what it reads, as every device's snapshot does.
        storage = Repository.open(path, codec=codec).storage
        with storage.transaction() as data:
            storage.write(data)
    return own.snapshot


def encrypt_store(path: Path, codec: EncryptedCodec) -> int:
    """Encrypt the data file and its copies; returns how many files were sealed."""
    from coach.store.crypto import file_is_encrypted

    data_file = path
    own = own_file(data_file)
    sealed_here = starts_sealed(own) if own is not None else file_is_encrypted(data_file)
    path = _fold_log(data_file, codec if sealed_here else PlainCodec())
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
        for copy in _siblings(path, data_file):
            data = copy.read_bytes()
            if not is_encrypted(data):
                write_atomic(copy, codec.seal(data))
                sealed += 1
        for backup in list_backups(path):  # the logs kept with backups: line by line
            if backup.log is not None and recode(backup.log, codec, seal=True):
                sealed += 1
        return sealed
    finally:
        lock.release()


def decrypt_store(path: Path, codec: EncryptedCodec) -> int:
    """Write the data file and its copies back as plain JSON; returns how many."""
    data_file = path
    path = _fold_log(data_file, codec)
    lock = _locked(path)
    try:
        opened = 0
        for target in (path, *_siblings(path, data_file)):
            data = target.read_bytes()
            if is_encrypted(data):
                write_atomic(target, codec.open(target, data))
                opened += 1
        for backup in list_backups(path):
            if backup.log is not None and recode(backup.log, codec, seal=False):
                opened += 1
        return opened
    finally:
        lock.release()

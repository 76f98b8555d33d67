"""Encryption at rest: the store's JSON sealed with AES-256-GCM under a passphrase.

File layout (all of the header is authenticated as associated data, so any
changed byte anywhere in the file makes decryption fail)::

    magic      8 bytes   b"COACHENC"
    version    1 byte    1
    kdf        1 byte    1 = Argon2id
    t_cost     1 byte    Argon2id iterations
    m_cost     4 bytes   Argon2id memory in KiB, big-endian
    lanes      1 byte    Argon2id parallelism
    salt      16 bytes   random, chosen when the store is encrypted
    nonce     12 bytes   random, fresh for every write
    ciphertext + 16-byte GCM tag

The key is derived once per salt and kept in memory while the store is open;
the passphrase itself is not kept. Nothing but ciphertext is ever written:
the storage's temp files and backups hold the same sealed bytes.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.store.codec import dump_json, parse_json
from coach.store.errors import DamagedFileError, StoreError

MAGIC = b"COACHENC"
VERSION = 1
KDF_ARGON2ID = 1
_HEADER = struct.Struct(">8sBBBIB16s12s")
HEADER_SIZE = _HEADER.size
TAG_SIZE = 16


@dataclass(frozen=True)
class KdfParams:
    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4


def is_encrypted(payload: bytes) -> bool:
    return payload.startswith(MAGIC)


def file_is_encrypted(path: Path) -> bool:
    """True when the store named by the data file ``path`` (this device's snapshot, or
    the file it starts from) is encrypted; ``path`` may name that file itself."""
    from coach.store.devices import store_file

    named = path
    if not path.is_file():
        path = store_file(path)
    if starts_sealed(path):
        return True
    # This device's files are plain, but another device encrypted the store: it is
    # encrypted (opening it with the passphrase encrypts this device's files too).
    return bool(encrypted_elsewhere(named))


def starts_sealed(path: Path) -> bool:
    """True when the regular file ``path`` starts as an encrypted file does."""
    if not path.is_file():  # a pipe would never answer; the storage says what it is
        return False
    try:
        with open(path, "rb") as handle:
            return is_encrypted(handle.read(len(MAGIC)))
    except (FileNotFoundError, NotADirectoryError):  # no file there (yet)
        return False


def own_file(data_file: Path) -> Path | None:
    """This device's snapshot, else the data file of before it starts from, else None."""
    from coach.store.devices import layout

    own = layout(data_file)
    for path in (own.snapshot, data_file):
        if path.is_file():
            return path
    return None


def encrypted_elsewhere(data_file: Path) -> list[Path]:
    """The snapshots of other devices that are encrypted (not the copies sync tools
    make), when the store named by ``data_file`` can be told from its name."""
    from coach.store.devices import LEGACY, layout, scan

    if not data_file.name.endswith(".json") and data_file.suffix:
        return []
    own = layout(data_file)
    return [
        f.path
        for f in scan(own)
        if f.kind == "snapshot"
        and not f.copy
        and f.device not in (LEGACY, own.device)
        and starts_sealed(f.path)
    ]


def plain_here(data_file: Path) -> bool:
    """True when this device's own files are plain."""
    own = own_file(data_file)
    return own is not None and not starts_sealed(own)


class WrongPassphraseError(StoreError):
    """The passphrase does not open the file (or the file was altered). Nothing was changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"cannot open {path}: the passphrase is wrong, or the file was altered. "
            "Nothing was changed.",
        )


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


class EncryptedCodec:
    """Seals and opens the store with a key derived from a passphrase."""

    def __init__(self, passphrase: str, *, params: KdfParams | None = None) -> None:
        if not passphrase:
            raise ValueError("an empty passphrase cannot encrypt anything")
        self._passphrase = passphrase
        self._params = params or KdfParams()
        self._salt: bytes | None = None  # the salt new writes use (the file's own)
        self._keys: dict[bytes, bytes] = {}  # backups may carry an older salt

    def _key_for(self, salt: bytes, params: KdfParams) -> bytes:
        key = self._keys.get(salt)
        if key is None:
            key = self._keys[salt] = _derive(self._passphrase, salt, params)
        return key

    def encode(self, data: dict[str, Any]) -> bytes:
        return self.seal(dump_json(data))

    def seal(self, plaintext: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if self._salt is None:
            self._salt = os.urandom(16)
        salt = self._salt
        key = self._key_for(salt, self._params)
        nonce = os.urandom(12)
        header = _HEADER.pack(
            MAGIC,
            VERSION,
            KDF_ARGON2ID,
            self._params.iterations,
            self._params.memory_kib,
            self._params.lanes,
            salt,
            nonce,
        )
        return header + AESGCM(key).encrypt(nonce, plaintext, header)

    def open(self, path: Path, payload: bytes) -> bytes:
        """The plaintext of a sealed file; raises when it cannot be had."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if len(payload) < HEADER_SIZE + TAG_SIZE:
            raise DamagedFileError(path, "the encrypted file is too short to be whole")
        header = payload[:HEADER_SIZE]
        magic, version, kdf, iterations, memory, lanes, salt, nonce = _HEADER.unpack(header)
        if magic != MAGIC:
            raise DamagedFileError(path, "it is not a coach encrypted store")
        if version != VERSION or kdf != KDF_ARGON2ID:
            raise DamagedFileError(
                path, f"it uses encryption format {version}/{kdf}, which this coach cannot read"
            )
        # Bounds keep a tampered header from asking for an absurd amount of work.
        if not (1 <= iterations <= 16 and 1 <= lanes <= 16 and 8 * lanes <= memory <= 512 * 1024):
            raise DamagedFileError(path, "its key-derivation settings are not plausible")
        params = KdfParams(iterations=iterations, memory_kib=memory, lanes=lanes)
        key = self._key_for(salt, params)
        if self._salt is None:  # later writes keep the file's salt and settings
            self._salt, self._params = salt, params
        try:
            return AESGCM(key).decrypt(nonce, payload[HEADER_SIZE:], header)
        except InvalidTag:
            raise WrongPassphraseError(path) from None

    def decode(self, path: Path, payload: bytes) -> dict[str, Any]:
        if not is_encrypted(payload):
            raise DamagedFileError(path, "it was expected to be encrypted but is not")
        return parse_json(path, self.open(path, payload))


def harden_process() -> None:
    """No core dumps while decrypted data is in memory."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass

"""How the store's bytes are turned into data and back.

The plain codec reads and writes JSON with orjson. An encrypting codec (see
:mod:`coach.store.crypto`, when present) wraps the same JSON in an
authenticated envelope; the storage does not care which one it has.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import orjson

from coach.store.errors import DamagedFileError

_BOM = b"\xef\xbb\xbf"


class Codec(Protocol):
    def encode(self, data: dict[str, Any]) -> bytes: ...

    def decode(self, path: Path, payload: bytes) -> dict[str, Any]: ...


def parse_json(path: Path, payload: bytes) -> dict[str, Any]:
    """Parse the bytes of a plain store, naming precisely what is wrong when they are not one.

    The happy path is one orjson parse; the bytes are inspected only after it fails.
    """
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        raise DamagedFileError(path, _diagnose(payload, exc)) from None
    if not isinstance(data, dict):
        raise DamagedFileError(
            path, f"the file holds a JSON {type(data).__name__}, not a coach store (an object)"
        )
    if _may_hide_duplicates(payload, data):
        _refuse_duplicates(path, payload)
    return data


def _may_hide_duplicates(payload: bytes, data: dict[str, Any]) -> bool:
    """A cheap hint that a key appears twice (orjson keeps only the last one).

    Every record has exactly one ``"id":`` key, and inside JSON strings quotes are
    escaped, so more ``"id":`` than records means something was hidden, or a
    record holds nested ids (a newer coach's fields): then check exactly.
    """
    records = sum(len(table) for table in data.values() if isinstance(table, dict))
    return payload.count(b'"id":') > records


def _refuse_duplicates(path: Path, payload: bytes) -> None:
    import json

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in items:
            if key in seen:
                raise DamagedFileError(
                    path, f"the key {key!r} appears twice, so one of its values would be lost"
                )
            seen[key] = value
        return seen

    json.loads(payload, object_pairs_hook=pairs)


def _diagnose(payload: bytes, exc: orjson.JSONDecodeError) -> str:
    if not payload:
        return "the file is empty"
    if not payload.strip():
        return "the file holds only white space"
    if payload.startswith(_BOM):
        return "the file starts with a byte-order mark, which JSON does not allow"
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError as bad:
        return f"byte {bad.start} is not valid UTF-8"
    return f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"


class PlainCodec:
    """Unencrypted JSON."""

    def encode(self, data: dict[str, Any]) -> bytes:
        return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE)

    def decode(self, path: Path, payload: bytes) -> dict[str, Any]:
        if payload.startswith(b"COACHENC"):
            from coach.store.errors import EncryptedStoreError

            raise EncryptedStoreError(path)
        return parse_json(path, payload)

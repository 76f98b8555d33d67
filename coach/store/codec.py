"""How the store's bytes are turned into data and back.

The plain codec reads and writes JSON with orjson. An encrypting codec (see
:mod:`coach.store.crypto`, when present) wraps the same JSON in an
authenticated envelope; the storage does not care which one it has.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import orjson

from coach.store.errors import DamagedFileError

_BOM = b"\xef\xbb\xbf"


class Codec(Protocol):
    def encode(self, data: dict[str, Any]) -> bytes: ...

    def decode(self, path: Path, payload: bytes) -> dict[str, Any]: ...


_quiet_lock = threading.Lock()
_quiet_depth = 0
_quiet_restore = False


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Keep the cycle collector from running while a file's JSON is parsed.

    Parsed JSON is a tree, never a cycle, yet each of its dicts and lists counts towards
    the collector's next pass: reading 100,000 entries set off four full passes over
    everything made so far, a third of the time of opening the store. Threads may parse
    at once: the first one in switches the collector off, the last one out puts it back
    as that first one found it.
    """
    global _quiet_depth, _quiet_restore
    with _quiet_lock:
        if not _quiet_depth:
            _quiet_restore = gc.isenabled()
            gc.disable()
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if not _quiet_depth and _quiet_restore:
                gc.enable()


def resume_cycle_collection() -> None:
    """Turn the cycle collector on: now, or while a file is being parsed, once it is."""
    global _quiet_restore
    with _quiet_lock:
        if _quiet_depth:
            _quiet_restore = True
        else:
            gc.enable()


def parse_json(path: Path, payload: bytes) -> dict[str, Any]:
    with no_cycle_collection():
        return _parse_json(path, payload)


def _parse_json(path: Path, payload: bytes) -> dict[str, Any]:
    """Parse the bytes of a plain store, naming precisely what is wrong when they are not one.

    The happy path is one orjson parse and one orjson write compared with the bytes
    read: a file coach wrote comes back byte for byte, which proves that no key
    appeared twice (orjson keeps only the last one) and that every number is as
    written. Any other file (edited by hand, written by another tool) is parsed again
    exactly, key by key: a key twice is refused and named, big integers stay exact.
    """
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        raise DamagedFileError(path, _diagnose(payload, exc)) from None
    if not isinstance(data, dict):
        raise DamagedFileError(
            path, f"the file holds a JSON {type(data).__name__}, not a coach store (an object)"
        )
    try:
        if orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE) == payload:
            return data
    except TypeError:  # nested deeper than orjson writes, or a number it cannot hold
        pass
    return _parse_exactly(path, payload)


def _parse_exactly(path: Path, payload: bytes) -> dict[str, Any]:
    import json

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in items:
            if key in seen:
                raise DamagedFileError(
                    path,
                    f"the key {key!r} appears twice, so one of its values would be lost; "
                    "remove the copy you do not want with a text editor",
                )
            seen[key] = value
        return seen

    try:
        data = json.loads(payload, object_pairs_hook=pairs)
    except RecursionError:
        raise DamagedFileError(
            path, f"it nests data deeper than coach ever writes (over {DEEPEST} levels)"
        ) from None
    if _depth(data) > DEEPEST:
        raise DamagedFileError(
            path, f"it nests data deeper than coach ever writes (over {DEEPEST} levels)"
        )
    assert isinstance(data, dict)
    return data


# coach's own records nest a few levels; orjson writes at most 255.
DEEPEST = 200


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item if isinstance(v, (dict, list)))
    return deepest


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


def dump_json(data: dict[str, Any]) -> bytes:
    """The bytes of ``data``; an integer past 64 bits (kept from a file) is written exactly."""
    try:
        return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:
        import json

        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8") + b"\n"


class PlainCodec:
    """Unencrypted JSON."""

    def encode(self, data: dict[str, Any]) -> bytes:
        return dump_json(data)

    def decode(self, path: Path, payload: bytes) -> dict[str, Any]:
        if payload.startswith(b"COACHENC"):
            from coach.store.errors import EncryptedStoreError

            raise EncryptedStoreError(path)
        return parse_json(path, payload)

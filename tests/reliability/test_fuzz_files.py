"""Fuzzed data files: every load ends in a clear message or a usable store, never a crash.

A valid store is written, then mutated (bytes flipped, cut, inserted; JSON values
swapped for other types; keys dropped or duplicated; versions changed). Opening it
must either raise a StoreError that names the file, leaving it byte-identical, or
open, list everything without an exception, and report the records it could not
read, keeping them in the file.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.errors import CoachError
from coach.service import CoachService
from coach.store.repository import Repository
from coach.store.schema import TABLES
from tests.devicefiles import snapshot_file
from tests.seed import seed

EXAMPLES = int(os.environ.get("COACH_FUZZ_EXAMPLES", "1000"))


def _valid_store(tmp: Path) -> bytes:
    path = tmp / "seed.json"
    if not snapshot_file(path).exists():
        seed(CoachService(Repository.open(path)))
    return snapshot_file(path).read_bytes()


def _exercise(path: Path) -> None:
    """Everything a front end reads on start, on a store that opened."""
    service = CoachService(Repository.open(path))
    service.journal.find()
    service.journal.find(search="pitch", tag="pitching")
    service.journal.tags()
    for aspiration in service.aspirations.find():
        service.evaluations.for_aspiration(aspiration.id)
    service.goals.find()
    service.board.columns()
    service.repo.problems()


def _mutate_json(data: Any, draw: Any) -> Any:
    ints = st.integers(-(2**63), 2**63 - 1)
    junk = st.one_of(
        st.none(),
        st.booleans(),
        ints,
        st.floats(allow_nan=False),
        st.text(max_size=5),
        st.lists(ints, max_size=2),
        st.dictionaries(st.text(max_size=3), ints, max_size=2),
    )
    if isinstance(data, dict) and data:
        key = draw(st.sampled_from(sorted(data)))
        action = draw(st.sampled_from(["replace", "drop", "recurse", "recurse", "recurse"]))
        if action == "replace":
            return {**data, key: draw(junk)}
        if action == "drop":
            return {k: v for k, v in data.items() if k != key}
        return {**data, key: _mutate_json(data[key], draw)}
    if isinstance(data, list) and data:
        index = draw(st.integers(0, len(data) - 1))
        copy = list(data)
        copy[index] = _mutate_json(copy[index], draw)
        return copy
    return draw(junk)


@st.composite
def mutated(draw: Any, valid: bytes) -> bytes:
    kind = draw(st.sampled_from(["bytes", "json", "json", "json", "duplicate"]))
    if kind == "json":
        data = orjson.loads(valid)
        for _ in range(draw(st.integers(1, 3))):
            data = _mutate_json(data, draw)
        return orjson.dumps(data)
    if kind == "duplicate":
        table = draw(st.sampled_from(TABLES))
        return valid.replace(f'"{table}":'.encode(), f'"{table}":{{}},"{table}":'.encode(), 1)
    payload = bytearray(valid)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, max(len(payload) - 1, 0)))
        if op == "flip" and payload:
            payload[at] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del payload[at:]
        elif op == "insert":
            payload[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete" and payload:
            del payload[at : at + draw(st.integers(1, 16))]
    return bytes(payload)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
@pytest.mark.reliability
def test_mutated_files_never_crash(tmp_path: Path, data: st.DataObject) -> None:
    payload = data.draw(mutated(_valid_store(tmp_path)))
    path = tmp_path / "case" / "coach.json"
    path.parent.mkdir(exist_ok=True)
    for leftover in path.parent.iterdir():
        leftover.unlink()
    path.write_bytes(payload)
    before = hashlib.sha256(payload).hexdigest()
    try:
        _exercise(path)
    except CoachError as exc:
        assert str(path) in str(exc)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before

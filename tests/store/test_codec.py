"""The plain codec's parse leaves the cycle collector as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.store.codec import dump_json, no_cycle_collection, parse_json, resume_cycle_collection


@pytest.fixture(autouse=True)
def _collector_back_on() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_a_parse_leaves_the_collector_as_it_was(tmp_path: Path, enabled: bool) -> None:
    gc.enable() if enabled else gc.disable()
    data = {"journal": {"j-1": {"body": "a", "tags": ["x"]}}}
    assert parse_json(tmp_path / "coach.json", dump_json(data)) == data
    assert gc.isenabled() is enabled


def test_the_collector_asked_back_during_a_parse_runs_once_it_ends() -> None:
    gc.disable()  # as coach starts the app, until its first frame
    with no_cycle_collection():
        with no_cycle_collection():  # another thread parsing too
            resume_cycle_collection()  # the first frame is up
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    resume_cycle_collection()
    assert gc.isenabled()

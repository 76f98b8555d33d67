"""Shared fixtures: every test runs with its own HOME and data folders, never the real ones.

Every test runs on one clock: the services under test on :class:`Clock`, and the
programs a test starts (in a real terminal, or as a subprocess) at ``$COACH_NOW``
set to the same moment, :data:`TEST_NOW`.

``COACH_TEST_DATE=2028-02-29T23:59`` moves the machine's date for the whole run (each
test starts at that local moment, and time runs on from there), the way CI checks that
no test depends on the day it runs (see ``.ci/run``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import MACHINE_DATE, TEST_NOW, Clock


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Snapshot tests carry the ``snapshot`` mark: their pictures hold for one Textual only."""
    for item in items:
        if "snap_compare" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.snapshot)


@pytest.fixture(autouse=True)
def machine_date() -> Iterator[datetime | None]:
    """Under ``$COACH_TEST_DATE``, start each test with the machine's clock at that moment."""
    if not MACHINE_DATE:
        yield None
        return
    import time_machine

    moment = datetime.fromisoformat(MACHINE_DATE)
    moment = moment if moment.tzinfo is not None else moment.astimezone()
    with time_machine.travel(moment, tick=True):
        yield moment


@pytest.fixture(autouse=True, scope="session")
def one_device() -> None:
    """Every test (and every program it starts) runs as one device, ``here``, unless it
    sets ``$COACH_DEVICE`` itself. Set outside monkeypatch, so that a test that undoes
    its monkeypatches stays the same device."""
    import os

    os.environ["COACH_DEVICE"] = "here"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("COACH_DB", raising=False)
    monkeypatch.delenv("COACH_NOW", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "coach.json"


@pytest.fixture
def clock() -> Clock:
    return Clock(TEST_NOW)


@pytest.fixture
def service(db_path: Path, clock: Clock) -> CoachService:
    return CoachService(Repository.open(db_path), clock=clock)


@pytest.fixture
def reopen(db_path: Path) -> Callable[[], CoachService]:
    """A fresh service on the same file, as another process would see it."""
    return lambda: CoachService(Repository.open(db_path))

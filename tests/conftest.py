"""Shared fixtures: every test runs with its own HOME and data folders, never the real ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from coach.service import CoachService
from coach.store.repository import Repository

TZ = timezone(timedelta(hours=1))


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
    monkeypatch.setenv("NO_COLOR", "1")
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "coach.json"


class Clock:
    """A settable clock for services under test."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 21, 9, 0, tzinfo=TZ))


@pytest.fixture
def service(db_path: Path, clock: Clock) -> CoachService:
    return CoachService(Repository.open(db_path), clock=clock)


@pytest.fixture
def reopen(db_path: Path) -> Callable[[], CoachService]:
    """A fresh service on the same file, as another process would see it."""
    return lambda: CoachService(Repository.open(db_path))

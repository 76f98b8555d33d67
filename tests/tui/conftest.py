"""Fixtures for the full-screen app: an app over a temporary store, settled saves."""

from __future__ import annotations

import os

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")  # read when textual is imported

from collections.abc import Callable

import pytest

from coach.service import CoachService
from screens.app import CoachApp, make_app


@pytest.fixture
def app(service: CoachService) -> CoachApp:
    return make_app(service)


@pytest.fixture
def app_factory(service: CoachService) -> Callable[[], CoachApp]:
    return lambda: make_app(service)


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)
    monkeypatch.setattr(TextArea, "cursor_blink", False, raising=False)

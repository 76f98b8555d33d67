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


# Textual's pilot waits, after each key (twice) and at each pause, for a quiet spell of
# 1/50 s in which the app used almost no CPU: longer than the screen's refresh period
# (1/60 s), so a refresh asked for is done before the pilot looks. About half of every
# app test's time went into those spells. Here the screen refreshes every 1/200 s and
# the spell is 1/133 s, still longer than the refresh period, so the pilot waits for the
# same things. COACH_TEST_PILOT_SPELL=0.02 COACH_TEST_PILOT_REFRESH=0.0167 put Textual's
# own figures back.
PILOT_SPELL = float(os.environ.get("COACH_TEST_PILOT_SPELL", "0.0075"))
PILOT_REFRESH = float(os.environ.get("COACH_TEST_PILOT_REFRESH", "0.005"))


@pytest.fixture(autouse=True)
def _short_quiet_spell(monkeypatch: pytest.MonkeyPatch) -> None:
    import textual._wait
    import textual.screen

    assert PILOT_REFRESH < PILOT_SPELL, "the spell must outlast a refresh period"
    # monkeypatch raises if Textual renames these: then this needs a look.
    monkeypatch.setattr(textual._wait, "SLEEP_GRANULARITY", PILOT_SPELL)
    monkeypatch.setattr(textual._wait, "SLEEP_IDLE", PILOT_SPELL / 20)
    monkeypatch.setattr(textual.screen, "UPDATE_PERIOD", PILOT_REFRESH)


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)
    monkeypatch.setattr(TextArea, "cursor_blink", False, raising=False)

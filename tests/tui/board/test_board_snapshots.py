"""The goal board as pictures: seeded, filtered, narrow, the done prompt."""

from __future__ import annotations

from typing import Any

from coach.service import CoachService
from screens.app import make_app
from tests.seed import seed

# -- snapshots -------------------------------------------------------------------------------


def test_snapshot_seeded_120x40(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=["4", "l", "l"])


def test_snapshot_seeded_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=["4", "j"])


def test_snapshot_filtered_120x40(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    keys = ["4", "slash", *"portfolio", "enter"]
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=keys)


def test_snapshot_final_value_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    keys = ["4", "l", "l", "L", "4"]  # into Done at 12 of 50; 4 typed as its final value
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=keys)


def test_snapshot_log_progress_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    keys = ["4", "l", "l", "p", "2", "0"]  # the pitches goal, 20 typed as its new value
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=keys)


def test_snapshot_done_prompt_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    keys = ["4", "l", "l", "L", "y", *"Ask better questions"]
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=keys)

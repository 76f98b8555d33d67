"""The goal board as pictures: seeded, filtered, narrow, the done prompt."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.screen import Screen

from coach.service import CoachService
from screens.app import make_app
from screens.board.done_prompt import DonePrompt
from screens.widgets.progress_dialogs import FinalValue
from tests.seed import seed


async def _until(pilot: Pilot[Any], kind: type[Screen[Any]]) -> None:
    """Wait for the dialog a key opens: a move into Done is saved on the save thread first,
    so on a busy machine the next key would otherwise reach the board behind it."""
    for _ in range(200):
        if isinstance(pilot.app.screen, kind):
            return
        await pilot.pause(0.05)
    raise AssertionError(f"{kind.__name__} never opened; the screen is {pilot.app.screen}")


async def _into_done(pilot: Pilot[Any]) -> None:
    await pilot.press("4", "l", "l", "L")  # the goal at 12 of 50 into Done
    await _until(pilot, FinalValue)


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
    # Into Done at 12 of 50; 4 typed as its final value.
    assert snap_compare(
        make_app(service), terminal_size=(80, 24), run_before=_into_done, press=["4"]
    )


def test_snapshot_log_progress_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    keys = ["4", "l", "l", "p", "2", "0"]  # the pitches goal, 20 typed as its new value
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=keys)


def test_snapshot_done_prompt_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)

    async def answered(pilot: Pilot[Any]) -> None:
        await _into_done(pilot)
        await pilot.press("y")  # the target was reached
        await _until(pilot, DonePrompt)

    keys = [*"Ask better questions"]
    assert snap_compare(make_app(service), terminal_size=(80, 24), run_before=answered, press=keys)

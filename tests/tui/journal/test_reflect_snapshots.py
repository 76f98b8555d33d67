"""Reflect as pictures: the seeded list, writing with a prompt."""

from __future__ import annotations

from textual.widgets import Input

from coach.service import CoachService
from screens.app import make_app
from tests.seed import seed
from tests.tui.journal.reflect_pilot import (
    choose,
    reflect,
)

# -- snapshots ---------------------------------------------------------------------------------


def test_snapshot_seeded_120x40(snap_compare: object, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=["2"])  # type: ignore[operator]


def test_snapshot_seeded_80x24(snap_compare: object, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=["2"])  # type: ignore[operator]


async def _write_with_prompt(pilot: object) -> None:
    app = pilot.app  # type: ignore[attr-defined]
    await pilot.press("2", "p")  # type: ignore[attr-defined]
    choose(app, "sk-five-years")
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.press(*"Leading a small studio, ")  # type: ignore[attr-defined]
    await pilot.press(*"with people I trust.")  # type: ignore[attr-defined]
    reflect(app).query_one("#tags", Input).value = "vision studio"
    await pilot.pause()  # type: ignore[attr-defined]


def test_snapshot_writing_with_a_prompt_120x40(snap_compare: object, service: CoachService) -> None:
    seed(service)
    assert snap_compare(  # type: ignore[operator]
        make_app(service), terminal_size=(120, 40), run_before=_write_with_prompt
    )


def test_snapshot_writing_with_a_prompt_80x24(snap_compare: object, service: CoachService) -> None:
    seed(service)
    assert snap_compare(  # type: ignore[operator]
        make_app(service), terminal_size=(80, 24), run_before=_write_with_prompt
    )

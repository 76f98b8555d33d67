"""Exporting the plan from the app: where to, the journal only when asked, no silent overwrite."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from coach.service import CoachService
from screens.app import CoachApp
from screens.widgets.dialogs import AskText, Confirm
from tests.seed import seed
from tests.tui.pilot import settle

PRIVATE = "Nobody should read this: I am thinking of quitting"


async def _export(app: CoachApp, pilot: object, target: Path, *answers: str) -> None:
    await app.run_action("export_plan")
    await settle(app, pilot)  # type: ignore[arg-type]
    asked = app.screen
    assert isinstance(asked, AskText)
    asked.query_one(Input).value = str(target)
    await pilot.press("enter")  # type: ignore[attr-defined]
    for key in answers:
        await settle(app, pilot)  # type: ignore[arg-type]
        assert isinstance(app.screen, Confirm), app.screen
        await pilot.press(key)  # type: ignore[attr-defined]
    await settle(app, pilot)  # type: ignore[arg-type]


async def test_the_plan_leaves_the_journal_out_unless_asked(
    app: CoachApp, service: CoachService, tmp_path: Path
) -> None:
    seed(service)
    service.journal.add(PRIVATE)
    plain, full = tmp_path / "plan.md", tmp_path / "plan-with-journal.md"
    async with app.run_test(size=(120, 40)) as pilot:
        await _export(app, pilot, plain, "n")
        await _export(app, pilot, full, "y")
    text = plain.read_text("utf-8")
    assert "Award-winning creative director" in text and "## For your resume" in text
    assert PRIVATE not in text
    assert PRIVATE in full.read_text("utf-8")


async def test_an_existing_file_is_replaced_only_when_confirmed(
    app: CoachApp, service: CoachService, tmp_path: Path
) -> None:
    seed(service)
    target = tmp_path / "plan.md"
    target.write_text("my own notes", "utf-8")
    async with app.run_test(size=(120, 40)) as pilot:
        await _export(app, pilot, target, "n", "n")
        assert target.read_text("utf-8") == "my own notes"
        await _export(app, pilot, target, "n", "y")
    assert "Award-winning creative director" in target.read_text("utf-8")

"""The SMART goal wizard: the live check as you type, and the deadline it offers."""

from __future__ import annotations

from coach.service import CoachService
from screens.app import CoachApp
from tests.seed import seed
from tests.tui.goal_wizard.wizard_pilot import (
    SIZE,
    box,
    check_text,
    fill,
    open_wizard,
    screen_text,
)

# -- the live check and the deadline offer ------------------------------------------------


async def test_live_check_shows_what_is_missing_and_offers_the_deadline(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        assert wizard.focused is box(wizard, "#statement")
        assert "Type the goal above" in check_text(wizard)
        await pilot.press(*"get better at pitching")
        text = check_text(wizard)
        assert "✗ Measurable missing" in text
        assert "✗ Time-bound missing" in text
        assert "Give it a date" in text  # the suggestion for what is missing
        assert "Deadline found none yet" in text
        assert box(wizard, "#deadline").value == ""

        await pilot.press(*" by winning 50 pitches by 2027")
        text = check_text(wizard)
        assert "✓ Measurable met" in text and "✓ Time-bound met" in text
        assert "? Achievable ask yourself" in text
        assert "2027-12-31" in text
        assert box(wizard, "#deadline").value == "2027-12-31"

        fill(wizard, metric="pitches won", target="50")
        for _ in range(4):
            await pilot.press("ctrl+n")
        assert wizard.step_id == "time_bound"
        assert wizard.focused is box(wizard, "#deadline")
        assert "2027-12-31" in screen_text(app)
        assert "Your sentence names 2027-12-31" in screen_text(app)
        assert "Friday 31 December 2027" in screen_text(app)


async def test_the_offer_follows_the_sentence_until_a_date_is_typed(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        fill(wizard, statement="Win 10 pitches by June 2027")
        await pilot.pause()
        assert box(wizard, "#deadline").value == "2027-06-30"
        fill(wizard, statement="Win 10 pitches by March 2028")
        await pilot.pause()
        assert box(wizard, "#deadline").value == "2028-03-31"
        fill(wizard, deadline="2028-01-15")
        fill(wizard, statement="Win 10 pitches by the end of 2029")
        await pilot.pause()
        assert box(wizard, "#deadline").value == "2028-01-15"  # typed by hand: kept

"""What the wizard fills in from the statement and the aspiration (issue 19): the example
from the aspiration's field, no count asked of a yes/no goal, the metric and target read
from the statement, a rewrite to accept with f3."""

from __future__ import annotations

import re

from textual.widgets import Select, Static

from coach.service import CoachService
from screens.app import CoachApp
from tests.tui.goal_wizard.wizard_pilot import SIZE, box, checked, fill, open_wizard, problem_of


def _example(wizard: object) -> str:
    pane = wizard.query_one("#step-specific")  # type: ignore[attr-defined]
    return str(pane.query_one(".example", Static).visual)


async def test_the_example_comes_from_the_aspirations_field_and_f2_cycles_the_rest(
    app: CoachApp, service: CoachService
) -> None:
    nurse = service.aspirations.add("Become a charge nurse on a cardiac ward")
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot, aspiration_id=nurse.id)
        first = _example(wizard)
        assert "Borrow from nursing (1 of 25" in first
        await pilot.press("f2")
        assert "Borrow from nursing" not in _example(wizard)
        assert "(2 of 25" in _example(wizard)
        # Another aspiration: its field's example comes first again.
        wizard.query_one("#aspiration", Select).value = "-"
        fill(wizard, new_aspiration="Run my own plumbing business")
        await pilot.pause()
        assert "(1 of 25" in _example(wizard) and "nursing" not in _example(wizard)


async def test_the_measurable_step_gives_no_other_fields_examples(
    app: CoachApp, service: CoachService
) -> None:
    """A nurse is shown nurses' goals to borrow from, and no salesperson's pitches in the
    step's own words."""
    nurse = service.aspirations.add("Become a charge nurse on a cardiac ward")
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot, aspiration_id=nurse.id)
        fill(wizard, statement="Pass the critical care certification by June 2027")
        await checked(wizard, pilot)
        await pilot.press("ctrl+n")
        assert wizard.step_id == "measurable"
        pane = wizard.query_one("#step-measurable")
        shown = " ".join(str(s.visual) for s in pane.query(Static) if s.display)
        assert "Borrow from nursing" in shown
        assert "pitches" not in shown


async def test_a_yes_no_goal_is_not_asked_what_will_be_counted(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        fill(wizard, statement="Get promoted to team lead by May 2027")
        await checked(wizard, pilot)
        await pilot.press("ctrl+n")
        assert wizard.step_id == "measurable"
        note = str(wizard.query_one("#yes-no", Static).visual)
        assert "Done or not done" in note and "team lead" in note
        assert not wizard.query_one("#counting").display
        assert wizard.focused is wizard.query_one("#priority")
        await pilot.press("ctrl+n")  # nothing to count is not a problem
        assert wizard.step_id == "achievable"


async def test_metric_and_target_are_read_from_the_statement_but_typing_wins(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        fill(wizard, statement="Grow our newsletter from 3k to 10k subscribers by 2027")
        await checked(wizard, pilot)
        values = [box(wizard, f"#{b}").value for b in ("metric", "target", "unit", "current")]
        assert values == ["subscribers", "10000", "", "3000"]
        fill(wizard, metric="paid subscribers")
        fill(wizard, statement="Grow our newsletter from 3k to 12k subscribers by 2027")
        await checked(wizard, pilot)
        assert box(wizard, "#metric").value == "paid subscribers"  # typed: kept
        assert box(wizard, "#target").value == "12000"  # still the wizard's: follows
        assert problem_of(wizard, "#metric") == ""


async def test_a_rewrite_is_drafted_and_f3_puts_it_in_the_box(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        fill(wizard, statement="pass the NCLEX")
        await checked(wizard, pilot)
        shown = str(wizard.query_one("#rewrite", Static).visual)
        rewrite = shown.splitlines()[-1]
        assert shown.startswith("A rewrite to start from (f3 uses it)")
        assert re.fullmatch(r"Pass the NCLEX by \w+ 20\d\d\.", rewrite)
        await pilot.press("f3")
        await checked(wizard, pilot)
        assert box(wizard, "#statement").value == rewrite
        assert not wizard.query_one("#rewrite").display  # nothing missing now
        fill(wizard, statement="get better at triage")
        await checked(wizard, pilot)
        await pilot.press("f3")
        await pilot.pause()
        statement = box(wizard, "#statement")
        assert statement.value.startswith("Be able to [do what, exactly?] in triage")
        assert statement.cursor_position == statement.value.index("[")

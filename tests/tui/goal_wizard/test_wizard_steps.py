"""The SMART goal wizard: every step and the save, inline messages, back and forth, leaving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from textual.widgets import Input, Select, Static

from coach.service import CoachService
from screens.app import CoachApp
from screens.goal_wizard.steps import ObstacleRow
from screens.goal_wizard.wizard import GoalWizard
from screens.widgets.dialogs import Confirm
from tests.seed import seed
from tests.tui.goal_wizard.wizard_pilot import (
    SIZE,
    box,
    check_text,
    checked,
    fill,
    fill_valid,
    goal_on_disk,
    open_wizard,
    problem_of,
    screen_text,
)
from tests.tui.pilot import settle

# -- walking through and saving -----------------------------------------------------------


async def test_walk_through_every_step_and_save(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot, column="next")
        await pilot.press(*"Win 50 pitches by 2027")
        box(wizard, "#statement").value = "Win 50 pitches by the end of 2027"  # pasted
        await pilot.press("tab", *"Lead")
        box(wizard, "#specific").value = "Lead the pitch team"
        # The aspiration: a Select that opens with enter.
        await pilot.press("tab", "enter", "down", "enter")
        assert wizard.query_one("#aspiration", Select).value == "a-director01"
        await pilot.press("ctrl+n")
        assert wizard.step_id == "measurable"
        assert wizard.focused is box(wizard, "#metric")
        await pilot.press(*"won", "enter", *"50", "enter", *"pitches", "enter")
        box(wizard, "#metric").value = "pitches won"
        box(wizard, "#current").value = "12"
        wizard.query_one("#priority", Select).value = "high"
        await pilot.press("ctrl+n")
        assert wizard.step_id == "achievable"
        await pilot.press(*"Budget", "tab", "backspace", "4", "tab", *"Pitch")
        row = wizard.query(ObstacleRow).first()
        row.query_one(".what", Input).value = "Budget freeze"
        row.query_one(".plan", Input).value = "Pitch smaller"
        await pilot.press("ctrl+o")
        assert len(wizard.query(ObstacleRow)) == 2
        await pilot.press(*"Team", "tab", "backspace", "2")
        wizard.query(ObstacleRow).last().query_one(".what", Input).value = "Team turnover"
        await pilot.press("ctrl+n")
        assert wizard.step_id == "realistic"
        await pilot.press(*"Pitching", "enter", *"Side")
        fill(wizard, leads_to="Pitching is the job", let_go="Side projects")
        await pilot.press("enter")  # enter on the last box goes on
        assert wizard.step_id == "time_bound"
        assert box(wizard, "#deadline").value == "2027-12-31"
        await pilot.press("ctrl+n")
        assert wizard.step_id == "review"
        shown = screen_text(app)
        for part in (
            "Award-winning creative director",
            "pitches won: 12 of 50 pitches",
            "priority high",
            "Budget freeze",
            "(4 weeks)",
            "Team turnover",
            "Pitching is the job",
            "Side projects",
            "2027-12-31",
        ):
            assert part in shown, part
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert len(results) == 1 and results[0] is not None
        assert not isinstance(app.screen, GoalWizard)

    goal = goal_on_disk(reopen, results[0])
    assert goal.statement == "Win 50 pitches by the end of 2027"
    assert goal.specific == "Lead the pitch team"
    assert goal.aspiration_id == "a-director01"
    assert goal.column == "next"
    assert goal.deadline == date(2027, 12, 31)
    m = goal.measurable
    assert (m.metric, m.target, m.unit, m.current, m.priority) == (
        "pitches won",
        50,
        "pitches",
        12,
        "high",
    )
    assert [(o.description, o.delay_weeks, o.plan) for o in goal.achievable.obstacles] == [
        ("Budget freeze", 4, "Pitch smaller"),
        ("Team turnover", 2, ""),
    ]
    assert goal.realistic.leads_to == "Pitching is the job"
    assert goal.realistic.let_go == "Side projects"


async def test_ctrl_s_on_an_earlier_step_saves_a_valid_goal(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await fill_valid(wizard, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results and results[0] is not None
        assert [g.statement for g in service.goals.find()] == ["Win 50 pitches by the end of 2027"]


async def test_a_new_aspiration_is_created_with_the_goal(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await fill_valid(wizard, pilot)
        fill(wizard, new_aspiration="Run my own studio")
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n")
        assert "Run my own studio (new: created when you save)" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results and results[0]
    fresh = reopen()
    made = [a for a in fresh.aspirations.find() if a.title == "Run my own studio"]
    assert len(made) == 1
    assert fresh.goals.get(results[0]).aspiration_id == made[0].id


# -- inline messages ----------------------------------------------------------------------


async def test_bad_input_shows_a_message_and_blocks_until_fixed(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await pilot.press("ctrl+n")
        assert wizard.step_id == "specific"
        assert "Write the goal in one sentence" in problem_of(wizard, "#statement")
        assert "Write the goal in one sentence" in screen_text(app)
        await pilot.press(*"Grow the studio")  # it names nothing to count: nothing prefilled
        assert problem_of(wizard, "#statement") == ""
        await pilot.press("ctrl+n")
        assert wizard.step_id == "measurable"

        await pilot.press("tab", *"twelve", "ctrl+n")
        assert wizard.step_id == "measurable"
        assert "Say what you will count" in problem_of(wizard, "#metric")
        assert "“twelve” is not a number" in problem_of(wizard, "#target")
        assert "“twelve” is not a" in screen_text(app)
        assert wizard.focused is box(wizard, "#metric")
        fill(wizard, metric="pitches won")
        await pilot.pause()
        assert problem_of(wizard, "#metric") == ""
        fill(wizard, target="12")
        await pilot.pause()
        assert problem_of(wizard, "#target") == ""
        await pilot.press("ctrl+n")
        assert wizard.step_id == "achievable"

        await pilot.press("tab", "backspace", *"a few", "ctrl+n")
        assert wizard.step_id == "achievable"
        assert "not a whole number of weeks" in screen_text(app)
        await pilot.press("ctrl+r")  # remove the half-typed obstacle
        assert not wizard.query(ObstacleRow)
        await pilot.press("ctrl+n", "ctrl+n")
        assert wizard.step_id == "time_bound"

        await pilot.press("ctrl+n")  # no date at all
        assert "Every goal needs a date" in problem_of(wizard, "#deadline")
        await pilot.press(*"2020-01-01", "ctrl+n")
        assert wizard.step_id == "time_bound"
        assert "2020-01-01 has already passed" in problem_of(wizard, "#deadline")
        fill(wizard, deadline="flibbertigibbet")
        await pilot.press("ctrl+s")
        assert wizard.step_id == "time_bound"
        assert "Cannot read “flibbertigibbet” as a date" in problem_of(wizard, "#deadline")
        await settle(app, pilot)
        assert results == [] and service.goals.find() == []

        fill(wizard, deadline="in 6 months")
        await pilot.pause()
        assert problem_of(wizard, "#deadline") == ""
        assert "Read as Friday 21 May 2027" in screen_text(app)
        await pilot.press("ctrl+n")
        assert wizard.step_id == "review"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results and results[0]
        assert service.goals.get(results[0]).deadline == date(2027, 5, 21)


async def test_a_failed_next_puts_the_cursor_in_the_box_to_fix(
    app: CoachApp, service: CoachService
) -> None:
    """Weeks that are not a number sent the cursor to the obstacle's description."""
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        await fill_valid(wizard, pilot)
        await pilot.press("ctrl+n", "ctrl+n")
        assert wizard.step_id == "achievable"
        await pilot.press(*"Budget freeze", "tab", "backspace", *"a few", "tab", *"Pitch less")
        await pilot.press("ctrl+n")
        assert wizard.step_id == "achievable"
        row = wizard.query(ObstacleRow).first()
        assert wizard.focused is row.query_one(".weeks", Input)
        # Weeks fixed, but a plan with no obstacle named: the description is to fix.
        row.query_one(".weeks", Input).value = "3"
        row.query_one(".what", Input).value = ""
        wizard.set_focus(row.query_one(".plan", Input))
        await pilot.press("ctrl+n")
        assert wizard.step_id == "achievable"
        assert wizard.focused is row.query_one(".what", Input)


async def test_ctrl_s_with_problems_goes_to_the_first_one(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        fill(wizard, statement="Grow the studio by June 2027")
        await pilot.pause()
        await pilot.press("ctrl+s")
        assert wizard.step_id == "measurable"
        assert wizard.focused is box(wizard, "#metric")
        assert "Say what you will count" in problem_of(wizard, "#metric")
        assert "Measurable" in screen_text(app)
        await settle(app, pilot)
        assert results == [] and service.goals.find() == []


async def test_emptying_the_statement_on_the_review_is_refused(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await fill_valid(wizard, pilot)
        wizard.action_go(5)
        await pilot.pause()
        assert wizard.focused is box(wizard, "#review-statement")
        box(wizard, "#review-statement").value = ""
        await pilot.press("ctrl+s")
        assert wizard.step_id == "review"
        assert "Write the goal in one sentence" in problem_of(wizard, "#review-statement")
        await pilot.press(*"Win 7 pitches by May 2027")
        await checked(wizard, pilot)
        assert box(wizard, "#statement").value == "Win 7 pitches by May 2027"
        assert "2027-05-31" in check_text(wizard, "#review-check")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(results[0], str)
        assert service.goals.get(results[0]).statement == "Win 7 pitches by May 2027"


# -- moving back and forth, leaving -------------------------------------------------------


async def test_back_and_forth_keeps_every_value(app: CoachApp, service: CoachService) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        await fill_valid(wizard, pilot)
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.press(*"Clients cancel", "tab", "backspace", "3")
        before = wizard.read_draft()
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
        assert wizard.step_id == "review"
        for _ in range(5):
            await pilot.press("ctrl+b")
        assert wizard.step_id == "specific"
        await pilot.press("ctrl+b")  # nothing before the first step
        assert wizard.step_id == "specific"
        assert wizard.read_draft() == before
        assert box(wizard, "#metric").value == "pitches won"
        assert [o.description for o in wizard.read_draft().obstacles] == ["Clients cancel"]


async def test_escape_with_typed_text_asks_first(app: CoachApp, service: CoachService) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await pilot.press(*"Win a pitch")
        await pilot.press("escape")
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")  # keep editing
        assert app.screen is wizard
        assert box(wizard, "#statement").value == "Win a pitch"
        await pilot.press("escape")
        assert isinstance(app.screen, Confirm)
        await pilot.press("y")
        await settle(app, pilot)
        assert results == [None]
        assert not isinstance(app.screen, GoalWizard | Confirm)
        assert service.goals.find() == []


async def test_escape_with_nothing_typed_just_closes(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await pilot.press("ctrl+n")  # a message shown is not something typed
        await pilot.press("escape")
        assert results == [None]
        assert app.screen is not wizard


async def test_an_unchanged_edit_closes_without_asking(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    goal = service.goals.get("g-artdir0001")  # nothing measured, no priority, no obstacles
    async with app.run_test(size=SIZE) as pilot:
        _, results = await open_wizard(app, pilot, goal=goal)
        await pilot.press("ctrl+n", "ctrl+b")
        await pilot.press("escape")
        assert results == [None]
        assert not isinstance(app.screen, Confirm)


async def test_f1_lists_the_keys_of_the_wizard(app: CoachApp) -> None:
    from screens.help import HelpScreen

    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        own = app.screen.query_one("#help-own", Static).visual
        rows = {line.split("  ")[-1].strip() for line in str(own).splitlines()}
        assert {"Next step", "Save", "Cancel"} <= rows
        # Keys that work only on some steps are listed too, saying where (ctrl+o, ctrl+r
        # and f3 were missing on the first step).
        assert {
            "ctrl+o  Add obstacle (Achievable)",
            "ctrl+r  Remove obstacle (Achievable)",
            "f3      Use the rewrite (Specific)",
            "f2      Another example (not Review)",
        } <= {line.strip() for line in str(own).splitlines()}
        await pilot.press("escape")
        assert app.screen is wizard


async def test_the_mouse_works_too(app: CoachApp, service: CoachService) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await fill_valid(wizard, pilot)
        await pilot.click("#next")
        assert wizard.step_id == "measurable"
        progress = str(wizard.query_one("#progress", Static).render())
        await pilot.click("#progress", offset=(progress.index("Review") + 1, 0))
        assert wizard.step_id == "review"
        await pilot.click("#back")
        assert wizard.step_id == "time_bound"
        await pilot.click("#save")
        await settle(app, pilot)
        assert results and results[0] is not None


async def test_quitting_with_typed_text_asks_first(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        fill(wizard, statement="Half a thought")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        assert app.screen is wizard


async def test_the_time_step_asks_when_to_look_next_and_a_review_brings_it_up(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    today = service.today()
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await fill_valid(wizard, pilot)
        for _ in range(4):
            await pilot.press("ctrl+n")
        assert wizard.step_id == "time_bound"
        assert "When will you next look at how it is going?" in screen_text(app)
        box(wizard, "#next-check").value = "yesterday's news"
        await pilot.press("ctrl+n")
        assert wizard.step_id == "time_bound"  # not a day: it stays, and says so
        assert "as a date" in screen_text(app)
        box(wizard, "#next-check").value = (today + timedelta(days=3)).isoformat()
        await pilot.press("ctrl+n")
        assert wizard.step_id == "review"
        assert "Next look" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results and results[0]
    goal = goal_on_disk(reopen, results[0])
    assert goal.next_check == today + timedelta(days=3)


async def test_a_new_goal_left_without_a_look_is_looked_at_in_two_weeks(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await fill_valid(wizard, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results and results[0]
    goal = goal_on_disk(reopen, results[0])
    assert goal.next_check == service.today() + timedelta(days=14)

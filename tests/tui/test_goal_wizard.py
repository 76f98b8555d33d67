"""The SMART goal wizard: live check, steps, inline messages, saving, editing, hostile text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from coach.models import Goal
from coach.service import CoachService
from coach.text import printable
from screens.app import CoachApp, make_app
from screens.goal_wizard.smart_check import SmartCheck
from screens.goal_wizard.steps import ObstacleRow
from screens.goal_wizard.wizard import GoalWizard
from screens.widgets.dialogs import Confirm
from tests.tui.conftest import settle
from tests.tui.data import seed
from tests.tui.nasty import CONTROL_BYTES, NASTY

SIZE = (120, 40)
Snap = Callable[..., bool]


async def open_wizard(
    app: CoachApp, pilot: object, **options: object
) -> tuple[GoalWizard, list[str | None]]:
    results: list[str | None] = []
    wizard = GoalWizard(app.session, **options)  # type: ignore[arg-type]
    app.push_screen(wizard, results.append)
    await pilot.pause()  # type: ignore[attr-defined]
    return wizard, results


def box(wizard: GoalWizard, selector: str) -> Input:
    return wizard.query_one(selector, Input)


def fill(wizard: GoalWizard, **values: str) -> None:
    """Set inputs by id (underscores for dashes), as a paste would."""
    for name, value in values.items():
        box(wizard, "#" + name.replace("_", "-")).value = value


def problem_of(wizard: GoalWizard, selector: str) -> str:
    """The inline message shown next to the field of ``selector`` ("" when none)."""
    field = box(wizard, selector).parent
    assert field is not None
    if not field.has_class("-problem"):
        return ""
    return str(field.query_one(".problem", Static).render())


def screen_text(app: CoachApp) -> str:
    """What the terminal shows, line by line."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def check_text(wizard: GoalWizard, selector: str = "#check") -> str:
    return wizard.query_one(selector, SmartCheck).plain()


async def fill_valid(wizard: GoalWizard, pilot: object) -> None:
    """A complete goal, typed the quick way."""
    fill(
        wizard,
        statement="Win 50 pitches by the end of 2027",
        specific="Lead the pitch team",
        metric="pitches won",
        target="50",
        unit="pitches",
        current="12",
        leads_to="Pitching is what creative directors do",
        let_go="Weekend side projects",
    )
    await pilot.pause()  # type: ignore[attr-defined]


def goal_on_disk(reopen: Callable[[], CoachService], goal_id: str) -> Goal:
    return reopen().goals.get(goal_id)


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

        await pilot.press(*" and win 50 pitches by 2027")
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
        await pilot.press(*"Win 5 pitches")
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


async def test_ctrl_s_with_problems_goes_to_the_first_one(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot)
        fill(wizard, statement="Win 5 pitches by June 2027")
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
    from textual.widgets import DataTable

    from screens.help import HelpScreen

    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        rows = {str(table.get_row_at(i)[1]) for i in range(table.row_count)}
        assert {"Next step", "Save", "Cancel", "Another example"} <= rows
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


# -- editing ------------------------------------------------------------------------------


async def test_editing_a_goal_shows_its_values_and_saves_only_it(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    others_before = {
        k: v for k, v in service.repo.raw_table("goals").items() if k != "g-pitches001"
    }
    goal = service.goals.get("g-pitches001")
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot, goal=goal)
        assert box(wizard, "#statement").value == "Win 50 pitches by the end of 2027"
        assert wizard.query_one("#aspiration", Select).value == "a-director01"
        assert box(wizard, "#metric").value == "pitches won"
        assert box(wizard, "#target").value == "50"
        assert box(wizard, "#current").value == "12"
        assert box(wizard, "#deadline").value == "2027-12-31"
        assert "Edit goal: Win 50 pitches" in screen_text(app)
        await pilot.press("ctrl+n")
        box(wizard, "#current").value = "15"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results == ["g-pitches001"]
    fresh = reopen()
    saved = fresh.goals.get("g-pitches001")
    assert saved.measurable.current == 15
    assert saved.statement == goal.statement
    assert saved.column == goal.column and saved.deadline == goal.deadline
    others_after = {k: v for k, v in fresh.repo.raw_table("goals").items() if k != "g-pitches001"}
    assert others_after == others_before


async def test_an_overdue_goal_keeps_its_date_when_edited(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    goal = service.goals.get("g-awards0001")  # due 2026-11-10, today is 2026-11-21
    async with app.run_test(size=SIZE) as pilot:
        wizard, results = await open_wizard(app, pilot, goal=goal)
        fill(wizard, leads_to="Awards get noticed")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results == ["g-awards0001"]
    saved = service.goals.get("g-awards0001")
    assert saved.deadline == date(2026, 11, 10)
    assert saved.realistic.leads_to == "Awards get noticed"


async def test_a_failed_save_keeps_the_wizard_open(app: CoachApp, service: CoachService) -> None:
    seed(service)
    goal = service.goals.get("g-pitches001")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        wizard, results = await open_wizard(app, pilot, goal=goal)
        service.goals.delete("g-pitches001")  # gone while the wizard was open
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert results == []
        assert app.screen is wizard
        assert any(n.title == "Not saved" for n in app._notifications)
        fill(wizard, statement="Try again")
        await pilot.press("ctrl+s")  # may be tried again (and fails again, politely)
        await settle(app, pilot)
        assert app.screen is wizard and app.is_running


# -- hostile text -------------------------------------------------------------------------


def _clean(text: str) -> str:
    """What the screen may show of ``text``: control characters gone, on one line."""
    from coach.text import one_line

    return one_line(text)


async def test_nasty_text_typed_everywhere_shows_literally(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(200, 60)) as pilot:
        wizard, results = await open_wizard(app, pilot)
        await pilot.press(*"[/] [b]x")
        for text in NASTY:
            fill(
                wizard,
                statement=text,
                specific=text,
                new_aspiration=text,
                metric=text,
                unit=text,
                leads_to=text,
                let_go=text,
                deadline=text,
            )
            row = wizard.query(ObstacleRow).first()
            for part in ("what", "plan"):
                row.query_one(f".{part}", Input).value = text
            wizard.action_go(5)
            await pilot.pause()
            assert app.is_running
            shown = screen_text(app)
            if len(text) < 60:
                assert _clean(text)[:20] in shown, text
            for byte in CONTROL_BYTES:
                assert byte not in shown
            wizard.action_back()
            await pilot.pause()
        await pilot.press("ctrl+s")  # the deadline is unreadable: refused, not crashed
        await settle(app, pilot)
        assert results == [] and app.is_running


async def test_a_goal_with_nasty_text_opens_for_edit(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    goals = [
        service.goals.add(
            text,
            specific=text,
            deadline=date(2027, 1, 1),
            measurable={"metric": text, "target": 1, "current": 0, "unit": text},
            achievable={"obstacles": ({"description": text, "plan": text},)},
            realistic={"leads_to": text, "let_go": text},
        )
        for text in NASTY
    ]
    async with app.run_test(size=SIZE) as pilot:
        for text, goal in zip(NASTY, goals, strict=True):
            wizard, results = await open_wizard(app, pilot, goal=goal)
            assert box(wizard, "#statement").value == printable(goal.statement)
            wizard.action_go(5)
            await pilot.pause()
            shown = screen_text(app)
            if len(text) < 60:
                assert _clean(text)[:20] in shown, text
            for byte in CONTROL_BYTES:
                assert byte not in shown
            await pilot.press("ctrl+s")
            await settle(app, pilot)
            assert app.is_running
            assert results == [goal.id]
    statements = {g.statement for g in reopen().goals.find()}
    assert "[@click=app.quit]click me[/]" in statements
    assert "[/]" in statements


# -- a real terminal ---------------------------------------------------------------------


@pytest.mark.terminal
def test_keys_typed_in_a_burst_land_in_the_right_boxes(tmp_path: Path) -> None:
    """Only a real terminal delivers keys faster than the app moves focus."""
    from coach.store.repository import Repository
    from tests.terminal import Terminal, coach_argv

    db = tmp_path / "coach.json"
    seed(CoachService(Repository.open(db)))
    term = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        term.wait_for("Dashboard")
        term.send("4")
        term.wait_for("Backlog")
        term.send("n")
        term.wait_for("Your goal, in one sentence")
        term.send("Win 5 pitches by June 2027")
        term.wait_for("Wednesday 30 June 2027")  # the live check found the deadline
        term.send("\x0e")  # ctrl+n
        term.wait_for("What will you count?")
        term.send("pitches won\t12\t\t3\x13")  # tab, tab, ctrl+s in one burst
        term.wait_for("Win 5 pitches by June 2027")  # back on the board
        term.send("\x11")
        term.wait_exit()
    finally:
        term.close()
    found = CoachService(Repository.open(db)).goals.find()
    saved = [g for g in found if g.statement == "Win 5 pitches by June 2027"]
    assert len(saved) == 1
    m = saved[0].measurable
    assert (m.metric, m.target, m.current) == ("pitches won", 12, 3)
    assert saved[0].deadline == date(2027, 6, 30)


# -- snapshots ------------------------------------------------------------------------------


def _wizard_on(step: int, statement: str = "") -> Callable[[object], object]:
    async def run_before(pilot: object) -> None:
        app = pilot.app  # type: ignore[attr-defined]
        wizard = GoalWizard(app.session, aspiration_id="a-director01")
        app.push_screen(wizard)
        await pilot.pause()  # type: ignore[attr-defined]
        if step:
            await fill_valid(wizard, pilot)
            fill(wizard, new_aspiration="", statement=statement)
            row = wizard.query(ObstacleRow).first()
            row.query_one(".what", Input).value = "Budget freeze"
            row.query_one(".weeks", Input).value = "4"
            wizard.action_go(step)
        else:
            await pilot.press(*statement)  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]

    return run_before


def test_snapshot_specific_step_with_live_check(snap_compare: Snap, service: CoachService) -> None:
    seed(service)
    assert snap_compare(
        make_app(service),
        terminal_size=(120, 40),
        run_before=_wizard_on(0, "get better at pitching"),
    )


def test_snapshot_review_step(snap_compare: Snap, service: CoachService) -> None:
    seed(service)
    assert snap_compare(
        make_app(service),
        terminal_size=(120, 40),
        run_before=_wizard_on(5, "Win 50 pitches by the end of 2027"),
    )


def test_snapshot_specific_step_small(snap_compare: Snap, service: CoachService) -> None:
    seed(service)
    assert snap_compare(
        make_app(service), terminal_size=(80, 24), run_before=_wizard_on(0, "win 50 pitches soon")
    )


def test_snapshot_review_step_small(snap_compare: Snap, service: CoachService) -> None:
    seed(service)
    assert snap_compare(
        make_app(service),
        terminal_size=(80, 24),
        run_before=_wizard_on(5, "Win 50 pitches by the end of 2027"),
    )

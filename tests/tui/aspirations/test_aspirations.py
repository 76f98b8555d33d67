"""The Aspirations screen: list and detail, add, revise, retire, achieve, turn into a goal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import Input, OptionList, Sparkline

from coach.models import Answer
from coach.service import CoachService
from coach.text import one_line, printable
from screens.app import CoachApp, make_app
from screens.aspirations.form import AspirationForm
from screens.aspirations.to_goal import ServesWhich
from screens.messages import OpenRecord
from screens.widgets.dialogs import AskText
from tests.nasty import CONTROL_BYTES, NASTY
from tests.seed import seed
from tests.tui.pilot import (
    open_aspirations,
    paste,
    screen_text,
    settle,
    static_text,
    type_text,
    widget_texts,
)

# -- list and detail ----------------------------------------------------------------------


async def test_list_is_grouped_and_detail_shows_goals_trend(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    service.aspirations.retire("a-salary0001", "it was a goal")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_aspirations(app, pilot)
        listing = screen.query_one("#asp-list", OptionList)
        prompts = [
            listing.get_option_at_index(i).prompt.plain  # type: ignore[union-attr]
            for i in range(listing.option_count)
        ]
        assert prompts[0] == "Active (1)"
        assert prompts[1].startswith("Award-winning creative director\nby 2031 · 5 goals · 88/100")
        assert "Retired (1)" in prompts
        assert app.focused is listing
        detail = static_text(app, "#d-title"), static_text(app, "#d-meta")
        assert detail == (
            "Award-winning creative director",
            "active · horizon 2031 · since 2026-05-05",
        )
        assert static_text(app, "#d-why") == "I love shaping ideas with a team"
        goals = static_text(app, "#d-goals")
        assert "Win 50 pitches by the end of 2027" in goals
        assert "24%" in goals and "Doing · due 2027-12-31" in goals
        assert "(overdue)" in goals  # the competitions goal, due 2026-11-10
        # The trend: two seeded evaluations, oldest to newest, and listed newest first.
        assert list(screen.query_one("#d-trend", Sparkline).data or []) == [75.0, 88.0]
        trend = static_text(app, "#d-evaluations")
        assert trend.index("2026-11-01  score  88/100  ▲ +13") < trend.index("2026-08-13")
        assert "Evaluations (2), score trend oldest → newest" in screen_text(app)


async def test_moving_down_shows_the_other_aspiration(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("down")
        assert static_text(app, "#d-title") == "Earn 120k and move to Lisbon"
        assert "This reads like a goal" in static_text(app, "#d-goal-like")
        assert "Not evaluated yet" in static_text(app, "#d-evaluations")


async def test_select_record_shows_and_selects(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_aspirations(app, pilot)
        screen.select_record("a-salary0001")
        await pilot.pause()
        listing = screen.query_one("#asp-list", OptionList)
        assert listing.highlighted_option is not None
        assert listing.highlighted_option.id == "a-salary0001"
        assert static_text(app, "#d-title") == "Earn 120k and move to Lisbon"


async def test_dashboard_opens_an_aspiration_here(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        app.post_message(OpenRecord("aspiration", "a-salary0001"))
        await pilot.pause()
        await pilot.pause()
        assert app.current_mode == "aspirations"
        assert static_text(app, "#d-title") == "Earn 120k and move to Lisbon"


async def test_empty_store_explains_what_to_do(app: CoachApp) -> None:
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_aspirations(app, pilot)
        assert "No aspirations yet" in screen_text(app)
        assert "Press n to name one." in screen_text(app)
        await pilot.press("v")
        await pilot.pause()
        assert any("no aspiration to evaluate yet" in n.message for n in app._notifications)


# -- add ----------------------------------------------------------------------------------


async def test_add_refuses_empty_title_and_bad_horizon_inline(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("n")
        form = app.screen
        assert isinstance(form, AspirationForm)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is form
        assert "Give it a title" in static_text(app, "#form-title-problem")
        assert app.focused is form.query_one("#form-title", Input)
        await type_text(pilot, "Lead a design studio")
        assert not form.query_one("#form-title-problem").display  # cleared while typing
        await pilot.press("tab")
        await type_text(pilot, "I like building teams")
        await pilot.press("tab")
        await type_text(pilot, "soon")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is form
        assert "'soon' is not a year (2030) or a date" in static_text(app, "#form-horizon-problem")
        assert service.aspirations.find() == []  # nothing saved while the form is wrong
        form.query_one("#form-horizon", Input).value = ""
        await pilot.press(*"1999", "enter")  # a year gone by: no place to aim for
        await settle(app, pilot)
        assert app.screen is form
        assert "The horizon 1999 has already passed" in static_text(app, "#form-horizon-problem")
        form.query_one("#form-horizon", Input).value = ""
        await pilot.press(*"2031-06")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert not isinstance(app.screen, AspirationForm)
    [saved] = service.aspirations.find()
    assert (saved.title, saved.why, saved.horizon) == (
        "Lead a design studio",
        "I like building teams",
        "2031-06-30",
    )


async def test_added_aspiration_is_selected_and_shown(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("n")
        await type_text(pilot, "Head of design")
        await pilot.press("enter")
        await settle(app, pilot)
        assert static_text(app, "#d-title") == "Head of design"
        assert "Head of design" in screen_text(app)


async def test_goal_like_title_is_questioned_but_can_be_saved(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("n")
        hint = app.screen.query_one("#form-goal-like")
        assert not hint.display
        await type_text(pilot, "Earn 200k")
        assert hint.display
        assert "what is it in service of?" in static_text(app, "#form-goal-like")
        await pilot.press("enter")
        await settle(app, pilot)
    assert [a.title for a in service.aspirations.find()] == ["Earn 200k"]


async def test_escape_on_a_typed_form_asks_first(app: CoachApp, service: CoachService) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("n")
        await type_text(pilot, "half")
        await pilot.press("escape")
        await pilot.pause()
        assert "lose what you typed" in screen_text(app)
        await pilot.press("n")  # keep editing
        await pilot.pause()
        assert isinstance(app.screen, AspirationForm)
        await pilot.press("escape", "y")
        await settle(app, pilot)
        assert not isinstance(app.screen, AspirationForm)
    assert service.aspirations.find() == []


# -- revise, retire, achieve, reactivate --------------------------------------------------


async def test_edit_needs_a_reason_and_keeps_history(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, AspirationForm)
        assert form.query_one("#form-title", Input).value == "Award-winning creative director"
        form.query_one("#form-title", Input).value = "Creative director of a studio"
        form.query_one("#form-horizon", Input).value = ""  # clearing the horizon
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert "Say why it changes" in static_text(app, "#form-reason-problem")
        assert app.focused is form.query_one("#form-reason", Input)
        await type_text(pilot, "I want a smaller team")
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, AspirationForm)
        history = static_text(app, "#d-history")
        assert "why it changed: I want a smaller team" in history
        assert "before: “Award-winning creative director” · active · horizon 2031" in history
        assert static_text(app, "#d-title") == "Creative director of a studio"
        assert "revised 1×" in static_text(app, "#d-meta")
    stored = reopen().aspirations.get("a-director01")
    assert (stored.title, stored.horizon) == ("Creative director of a studio", None)
    [revision] = stored.history
    assert (revision.title, revision.horizon, revision.reason) == (
        "Award-winning creative director",
        "2031",
        "I want a smaller team",
    )


async def test_edit_with_nothing_changed_says_so(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("e")
        app.screen.query_one("#form-reason", Input).value = "no reason"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AspirationForm)
        assert "Nothing has changed yet" in static_text(app, "#form-reason-problem")
    assert service.aspirations.get("a-director01").history == ()


async def test_retire_asks_why_and_keeps_it(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_aspirations(app, pilot)
        await pilot.press("down", "x")
        assert isinstance(app.screen, AskText)
        assert "Why are you letting this aspiration go" in screen_text(app)
        await pilot.press("enter")  # empty: refused
        assert isinstance(app.screen, AskText)
        await type_text(pilot, "money is not the point")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen
        assert "Retired (1)" in screen_text(app)
        assert "why it changed: money is not the point" in static_text(app, "#d-history")
        assert "retired" in static_text(app, "#d-meta")
    stored = reopen().aspirations.get("a-salary0001")
    assert stored.status == "retired"
    assert stored.history[-1].reason == "money is not the point"


async def test_achieve_then_reactivate_with_a_reason(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        assert service.aspirations.get("a-director01").status == "achieved"
        assert "Achieved (1)" in screen_text(app)
        assert static_text(app, "#d-title") == "Award-winning creative director"
        await pilot.press("x")  # retire does not apply to an achieved one
        await pilot.pause()
        assert not isinstance(app.screen, AskText)
        await pilot.press("r")
        assert isinstance(app.screen, AskText)
        await type_text(pilot, "new heights")
        await pilot.press("enter")
        await settle(app, pilot)
    stored = service.aspirations.get("a-director01")
    assert stored.status == "active"
    assert stored.history[-1].reason == "new heights"


# -- turning a goal-like aspiration into a goal -------------------------------------------


async def test_turn_into_a_goal_of_another_aspiration(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    service.aspirations.revise("a-salary0001", horizon="2028", why="security", reason="a date")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("down", "g")
        chooser = app.screen
        assert isinstance(chooser, ServesWhich)
        assert "What larger aspiration is it in service of?" in screen_text(app)
        options = chooser.query_one("#serves-list", OptionList)
        assert [options.get_option_at_index(0).id] == ["a-director01"]
        await pilot.press("enter")
        await settle(app, pilot)
        assert static_text(app, "#d-title") == "Award-winning creative director"
        assert "Earn 120k and move to Lisbon" in static_text(app, "#d-goals")
        assert any("Now a goal" in n.message for n in app._notifications)
    fresh = reopen()
    [goal] = [g for g in fresh.goals.find() if g.statement == "Earn 120k and move to Lisbon"]
    assert goal.aspiration_id == "a-director01"
    assert str(goal.deadline) == "2028-12-31" and goal.notes == "security"
    old = fresh.aspirations.get("a-salary0001")
    assert old.status == "retired"
    assert old.history[-1].reason == "became a goal of “Award-winning creative director”"


async def test_turn_into_a_goal_undoes_in_two_steps(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("down", "g", "enter")
        await settle(app, pilot)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert service.aspirations.get("a-salary0001").status == "active"  # retirement undone
        await pilot.press("ctrl+z")
        await settle(app, pilot)
    assert not [g for g in service.goals.find() if g.statement.startswith("Earn 120k")]


async def test_turn_into_a_goal_of_a_new_aspiration(app: CoachApp, service: CoachService) -> None:
    service.aspirations.add("Earn 120k")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("g")
        assert isinstance(app.screen, ServesWhich)
        assert app.focused is app.screen.query_one("#serves-new", Input)  # no other to choose
        await pilot.press("enter")
        assert "Name the larger aspiration" in static_text(app, "#serves-problem")
        await type_text(pilot, "Financial independence")
        await pilot.press("enter")
        await settle(app, pilot)
        assert static_text(app, "#d-title") == "Financial independence"
    by_title = {a.title: a for a in service.aspirations.find()}
    assert by_title["Earn 120k"].status == "retired"
    larger = by_title["Financial independence"]
    assert larger.status == "active"
    assert [g.statement for g in service.goals.find(aspiration_id=larger.id)] == ["Earn 120k"]


# -- hostile text -------------------------------------------------------------------------


def _assert_clean(app: CoachApp) -> None:
    for text in widget_texts(app):
        for byte in CONTROL_BYTES:
            assert byte not in text, (byte, text[:80])


async def test_nasty_text_from_the_store_is_shown_literally(
    app: CoachApp, service: CoachService
) -> None:
    ids = []
    for text in NASTY:
        aspiration = service.aspirations.add(text, why=text)
        service.aspirations.revise(aspiration.id, title=text + " again", reason=text)
        service.evaluations.add(aspiration.id, [Answer(question_id="passion", rating=3, note=text)])
        ids.append(aspiration.id)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_aspirations(app, pilot)
        for aspiration_id, text in zip(ids, NASTY, strict=True):
            screen.select_record(aspiration_id)
            await pilot.pause()
            assert app.is_running
            shown = one_line(text)
            stored = service.aspirations.get(aspiration_id)
            assert static_text(app, "#d-title") == printable(stored.title)
            assert static_text(app, "#d-why") == printable(stored.why)
            if len(shown) < 60:
                assert f"why it changed: {shown}" in static_text(app, "#d-history")
                assert f"“{shown}”" in static_text(app, "#d-answers")
            _assert_clean(app)
        screen.select_record(ids[2])
        await pilot.pause()
        visible = screen_text(app)
        assert "[@click=app.quit]click me[/] again" in visible
        assert "[/]" in visible
        screen.select_record(ids[3])
        await pilot.pause()
        assert "[link=https://example.invalid]x[/link] [USD] [$100] [[nested]] [/" in screen_text(
            app
        )
    assert not app.is_running  # the run_test context ended, not a click on app.quit


async def test_nasty_text_typed_into_the_form(app: CoachApp, service: CoachService) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        typed = []
        for text in NASTY:
            await pilot.press("n")
            await paste(app, pilot, text)
            # A paste keeps its first line; NEL (\x85) counts as a line break there.
            title = app.screen.query_one("#form-title", Input).value
            assert title and text.startswith(title)
            typed.append(" ".join(title.split()))
            await pilot.press("tab")
            await paste(app, pilot, text)
            await pilot.press("ctrl+s")
            await settle(app, pilot)
            assert app.is_running
            assert not isinstance(app.screen, AspirationForm), text[:40]
            assert static_text(app, "#d-title") == printable(typed[-1])
            _assert_clean(app)
        visible = screen_text(app)
        assert "[@click=app.quit]click me[/]" in visible
        assert "[bold]not bold[/bold] and [red]not red" in visible
    assert {a.title for a in service.aspirations.find()} == set(typed)


# -- snapshots ----------------------------------------------------------------------------


def test_snapshot_list_and_detail_120x40(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=["3"])


def test_snapshot_list_and_detail_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=["3", "down"])


async def test_a_retired_aspiration_gets_no_nudges_here_or_in_the_export(
    app: CoachApp, service: CoachService
) -> None:
    from coach.export.documents import render_document

    old = service.aspirations.add("Run a pottery studio")
    service.aspirations.retire(old.id, "the lease fell through")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_aspirations(app, pilot)
        screen.select_record(old.id)
        await pilot.pause()
        shown = " ".join(widget_texts(app))
        assert "No goals were linked to it." in shown
        assert "It was never evaluated." in shown
        assert "Work backwards" not in shown and "Press v" not in shown
    plan = render_document(service, "md", with_journal=False).decode()
    assert "Run a pottery studio" in plan
    assert "work backwards" not in plan.lower()


async def test_a_goal_let_go_of_leaves_the_aspirations_count(
    app: CoachApp, service: CoachService
) -> None:
    # The list said "5 goals" where the details, the dashboard and `coach aspiration
    # list` said 4: it counted a goal let go of.
    seed(service)
    service.goals.let_go("g-pitches001", "the studio stopped pitching")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_aspirations(app, pilot)
        listing = screen.query_one("#asp-list", OptionList)
        prompt = listing.get_option_at_index(1).prompt.plain  # type: ignore[union-attr]
        assert prompt.startswith("Award-winning creative director\nby 2031 · 4 goals · ")
        assert "Goals (4)" in screen_text(app)

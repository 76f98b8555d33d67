"""The SMART goal wizard: the live check as you type, and the deadline it offers."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from coach.service import CoachService
from screens.app import CoachApp
from screens.goal_wizard.smart_check import SmartCheck
from tests.seed import seed
from tests.tui.goal_wizard.wizard_pilot import (
    SIZE,
    box,
    check_text,
    checked,
    fill,
    open_wizard,
    screen_text,
)
from tests.tui.pilot import send_burst, settle, type_text

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
        await checked(wizard, pilot)
        text = check_text(wizard)
        assert "✗ Measurable missing" in text
        assert "✗ Time-bound missing" in text
        assert "Give it a date" in text  # the suggestion for what is missing
        assert "Deadline found none yet" in text
        assert box(wizard, "#deadline").value == ""

        await pilot.press(*" by winning 50 pitches by 2027")
        await checked(wizard, pilot)
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
        await checked(wizard, pilot)
        assert box(wizard, "#deadline").value == "2027-06-30"
        fill(wizard, statement="Win 10 pitches by March 2028")
        await checked(wizard, pilot)
        assert box(wizard, "#deadline").value == "2028-03-31"
        fill(wizard, deadline="2028-01-15")
        fill(wizard, statement="Win 10 pitches by the end of 2029")
        await checked(wizard, pilot)
        assert box(wizard, "#deadline").value == "2028-01-15"  # typed by hand: kept


async def test_keys_echo_at_once_and_the_check_waits_for_a_pause_in_typing(
    app: CoachApp, service: CoachService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Judging the words and redrawing the check on every key made typing lag behind."""
    import screens.goal_wizard.live as live

    monkeypatch.setattr(live, "CHECK_DELAY", 600.0)  # no pause comes on its own here
    shown: list[str] = []
    real = SmartCheck.show

    def show(check: SmartCheck, found: object) -> None:
        shown.append(check.screen.query_one("#statement", Input).value)
        real(check, found)  # type: ignore[arg-type]

    monkeypatch.setattr(SmartCheck, "show", show)
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        shown.clear()
        await type_text(pilot, "Win 5 pitches by June 2027")
        assert box(wizard, "#statement").value == "Win 5 pitches by June 2027"  # echoed
        assert shown == []  # not judged key by key
        await pilot.press("ctrl+n")  # Next runs the check still waiting, then judges
        assert wizard.step_id == "measurable"
        # Once, on the whole sentence (the panel on this step and the review's).
        assert shown == ["Win 5 pitches by June 2027"] * 2
        assert box(wizard, "#deadline").value == "2027-06-30"


async def test_the_check_runs_by_itself_once_typing_pauses(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        send_burst(app, "Win 5 pitches by June 2027")
        await checked(wizard, pilot)
        assert "2027-06-30" in check_text(wizard)
        assert box(wizard, "#deadline").value == "2027-06-30"


async def test_save_right_after_typing_saves_what_the_words_say(
    app: CoachApp, service: CoachService, monkeypatch: pytest.MonkeyPatch
) -> None:
    import screens.goal_wizard.live as live

    monkeypatch.setattr(live, "CHECK_DELAY", 600.0)  # typed, and saved before any pause
    async with app.run_test(size=SIZE) as pilot:
        _, results = await open_wizard(app, pilot)
        await type_text(pilot, "Get promoted to team lead by May 2027")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        # A yes/no goal needs no count, and the deadline is the one the words name.
        goal = service.goals.get(str(results[0]))
        assert goal.statement == "Get promoted to team lead by May 2027"
        assert goal.deadline is not None and goal.deadline.isoformat() == "2027-05-31"


async def test_a_key_typed_just_as_the_check_runs_is_kept(
    app: CoachApp, service: CoachService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check ran on the words of the last key it had heard of, and put them back."""
    import screens.goal_wizard.live as live

    monkeypatch.setattr(live, "CHECK_DELAY", 600.0)
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        await type_text(pilot, "Win 50 pitches")
        statement = box(wizard, "#statement")
        statement.insert_text_at_cursor(" ")  # a key, its Changed not yet handled,
        wizard._check_now()  # when the pause in typing before it ends
        await pilot.pause()
        assert statement.value == "Win 50 pitches "
        await type_text(pilot, "by May 2027")
        await pilot.press("ctrl+n")
        assert statement.value == "Win 50 pitches by May 2027"
        assert box(wizard, "#deadline").value == "2027-05-31"


async def test_typing_on_past_a_word_that_cuts_the_line_short_keeps_the_app_running(
    app: CoachApp, service: CoachService
) -> None:
    # on the way to "before i leave", the check read "before i" as an event of the
    # person's own past the end of the text: the app stopped with an IndexError
    async with app.run_test(size=SIZE) as pilot:
        wizard, _ = await open_wizard(app, pilot)
        await pilot.press(*"pass the exam before i")
        await checked(wizard, pilot)
        assert "✗ Time-bound missing" in check_text(wizard)
        await pilot.press(*" leave")
        await checked(wizard, pilot)
        text = check_text(wizard)
        assert "✗ Time-bound missing" in text and "Specific" in text
        assert app.is_running

"""The Interview screen: the draft, tailoring, warnings, versions, practice and stories."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, OptionList, TextArea

from coach.service import CoachService
from screens.app import CoachApp, make_app
from screens.interview.practice import PracticeTimer
from screens.interview.screen import InterviewScreen
from screens.interview.story_editor import StoryEditor
from screens.interview.versions import VersionPicker
from screens.widgets.dialogs import Confirm
from tests.clock import Clock
from tests.personas import build
from tests.tui.pilot import screen_text, settle, static_text, type_text


async def _open(app: CoachApp, pilot: Any) -> InterviewScreen:
    await pilot.press("5")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    return screen


def _answer(app: CoachApp) -> str:
    return app.screen.query_one("#iv-editor", TextArea).text


async def test_five_key_opens_the_five_year_draft_built_from_the_plan(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    build(service, clock, "nurse")
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        answer = _answer(app)
        assert "Nurse practitioner running a community health clinic" in answer
        assert "May 2028" in answer and "42 new graduate nurses" in answer
        assert "healthcare MBA" not in answer  # its aspiration is retired
        stats = static_text(app, "#iv-stats")
        assert "words · about" in stats and "aim 60–90 s" in stats
        assert "No target role yet" in static_text(app, "#iv-warnings")
        listing = app.screen.query_one("#iv-list", OptionList)
        prompts = [listing.get_option_at_index(i).prompt for i in range(listing.option_count)]
        assert "Train 40 new graduate nurses on my ward by June 2026" in str(prompts)


async def test_a_role_typed_then_enter_tailors_the_untouched_draft(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    build(service, clock, "nurse")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        screen.set_focus(screen.query_one("#iv-role", Input))
        await type_text(pilot, "Clinic lead")
        await pilot.press("enter")
        await settle(app, pilot)
        assert "the Clinic lead role" in _answer(app)
        assert "No target role yet" not in static_text(app, "#iv-warnings")


async def test_an_edit_that_drops_every_step_is_warned_and_kept_as_a_version(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    build(service, clock, "nurse")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        editor = screen.query_one("#iv-editor", TextArea)
        editor.load_text("")
        screen.set_focus(editor)
        await type_text(pilot, "I hope to grow a lot.")
        await pilot.pause(0.5)  # the warnings are checked again after a short pause
        await settle(app, pilot)
        assert "step" in static_text(app, "#iv-warnings").lower()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        kept = service.interview.versions("five-years")
        assert [v.text for v in kept] == ["I hope to grow a lot."]
        await pilot.press("ctrl+r")  # a fresh draft in the editor; the kept text stays kept
        await settle(app, pilot)
        assert "Nurse practitioner" in _answer(app)
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert isinstance(app.screen, VersionPicker)
        await pilot.press("enter")
        await settle(app, pilot)
        assert _answer(app) == "I hope to grow a lot."


async def test_an_edited_answer_is_never_dropped_by_redraft_or_another_question(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    build(service, clock, "nurse")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        editor = screen.query_one("#iv-editor", TextArea)
        screen.set_focus(editor)
        await type_text(pilot, "MINE ")
        mine = _answer(app)
        assert mine.startswith("MINE ")
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, Confirm)
        await pilot.press("enter")  # the safe answer: keep mine
        assert app.screen is screen and _answer(app) == mine
        listing = screen.query_one("#iv-list", OptionList)
        screen.set_focus(listing)
        await pilot.press("down")  # the next question: its own draft
        await settle(app, pilot)
        assert "MINE" not in _answer(app)
        await pilot.press("up")  # back: the edit, not a fresh draft
        await settle(app, pilot)
        assert _answer(app) == mine
        screen.set_focus(editor)
        await pilot.press("ctrl+r", "y")  # replaced on purpose
        await settle(app, pilot)
        assert "MINE" not in _answer(app) and "Nurse practitioner" in _answer(app)


async def test_quitting_asks_while_another_question_holds_an_edit(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    build(service, clock, "nurse")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        screen.set_focus(screen.query_one("#iv-editor", TextArea))
        await type_text(pilot, "MINE ")
        screen.set_focus(screen.query_one("#iv-list", OptionList))
        await pilot.press("down")
        await settle(app, pilot)
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, Confirm)  # the edit waits under the first question


async def test_practice_times_the_answer_against_its_aim(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    build(service, clock, "nurse")
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("ctrl+t")
        await settle(app, pilot)
        timer = app.screen
        assert isinstance(timer, PracticeTimer)
        now = [100.0]
        timer._clock = lambda: now[0]  # the machine's clock, handed in for the test
        await pilot.press("space")
        now[0] = 145.0
        await pilot.press("space")
        await settle(app, pilot)
        assert "0:45: a little short" in screen_text(app)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen)


async def test_a_story_edited_in_your_words_is_kept(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    ids = build(service, clock, "nurse")
    goal = ids["Earn the CCRN certification"]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        listing = screen.query_one("#iv-list", OptionList)
        screen.set_focus(listing)
        listing.highlighted = listing.get_option_index(f"s:{goal}")
        await pilot.press("enter")
        await settle(app, pilot)
        editor = app.screen
        assert isinstance(editor, StoryEditor)
        result = editor.query_one("#story-result", TextArea)
        result.load_text("")
        editor.set_focus(result)
        await type_text(pilot, "Passed first time, with a score of 91%.")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen)
    story = next(s for s in service.interview.stories() if s.goal_id == goal)
    assert story.saved and story.result == "Passed first time, with a score of 91%."


def test_snapshot_interview_120x40(snap_compare: Any, service: CoachService, clock: Clock) -> None:
    build(service, clock, "nurse")
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=["5"])


def test_snapshot_interview_80x24(snap_compare: Any, service: CoachService, clock: Clock) -> None:
    build(service, clock, "nurse")
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=["5"])

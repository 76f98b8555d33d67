"""The evaluation checklist: eight questions by keyboard, review, save, next steps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Sparkline

from coach.content.loader import load_content
from coach.models import score_of
from coach.service import CoachService
from coach.store.repository import Repository
from coach.text import one_line
from screens.app import CoachApp, make_app
from screens.aspirations.evaluation import EvaluationChecklist
from screens.aspirations.rating_picker import RatingPicker
from screens.aspirations.screen import AspirationsScreen
from screens.widgets.dialogs import Confirm
from tests.nasty import CONTROL_BYTES, NASTY
from tests.programs import Terminal, coach_argv
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

RATINGS = [1, 2, 3, 4, 5, 4, 3, 2]


async def start(app: CoachApp, pilot: Any) -> EvaluationChecklist:
    await open_aspirations(app, pilot)
    await pilot.press("v")
    await pilot.pause()
    modal = app.screen
    assert isinstance(modal, EvaluationChecklist)
    return modal


def picker(app: CoachApp) -> RatingPicker:
    return app.screen.query_one("#ev-rating", RatingPicker)


def heading(app: CoachApp) -> str:
    return static_text(app, "#ev-heading")


async def test_all_eight_questions_by_keyboard_then_save(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    content = load_content()
    async with app.run_test(size=(120, 40)) as pilot:
        modal = await start(app, pilot)
        for number, rating in enumerate(RATINGS, 1):
            assert heading(app).startswith(f"Question {number} of 8")
            assert static_text(app, "#ev-question") == content.questions[number - 1].text
            assert app.focused is picker(app)  # every question starts on the rating
            await pilot.press(str(rating))
            assert picker(app).value == rating
            if number in (2, 5):
                await pilot.press("tab")
                await type_text(pilot, f"note {number}")
                await pilot.press("enter")  # enter in the note goes on too
            elif number == 3:
                # One step back: the earlier answer and its note are still there.
                await pilot.press("ctrl+b")
                assert heading(app).startswith("Question 2 of 8")
                assert picker(app).value == 2
                assert modal.query_one("#ev-note", Input).value == "note 2"
                assert app.focused is picker(app)
                await pilot.press("ctrl+n")
                assert picker(app).value == 3  # forward again keeps this one too
                await pilot.press("enter")
            else:
                await pilot.press("enter")
        assert heading(app).startswith("Review")
        review = static_text(app, "#ev-review")
        assert "1 Not at all" in review and "5 Completely" in review and "“note 5”" in review
        expected = score_of(RATINGS)
        assert f"Score: {expected} / 100" in static_text(app, "#ev-score")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, AspirationsScreen)
        # The next steps and the new point of the trend are on the screen.
        next_steps = static_text(app, "#d-next")
        assert "Update your resume" in next_steps and "Prepare a cover letter" in next_steps
        assert "coach export --format md" in next_steps
        assert list(app.screen.query_one("#d-trend", Sparkline).data or []) == [75, 88, expected]
        assert f"2026-11-21  score {expected:>3}/100  ▼" in static_text(app, "#d-evaluations")
    evaluations = reopen().evaluations.for_aspiration("a-director01")
    assert len(evaluations) == 3
    latest = evaluations[-1]
    assert [a.rating for a in latest.answers] == RATINGS
    assert [a.question_id for a in latest.answers] == [q.id for q in content.questions]
    assert {a.question_id: a.note for a in latest.answers if a.note} == {
        "self-worth": "note 2",
        "realism": "note 5",
    }
    assert latest.score == expected


async def test_arrows_and_enter_work_too(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        modal = await start(app, pilot)
        await pilot.press("down", "down", "down")
        assert picker(app).value == 3
        await pilot.press("up")
        assert picker(app).value == 2
        await pilot.press("enter")
        assert modal.drafts[0].rating == 2
        assert heading(app).startswith("Question 2 of 8")


async def test_enter_without_a_rating_is_refused(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(app, pilot)
        await pilot.press("enter")
        assert heading(app).startswith("Question 1 of 8")
        assert "Choose a rating first" in static_text(app, "#ev-problem")


async def test_digit_3_rates_and_does_not_switch_mode(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        modal = await start(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        assert app.current_mode == "aspirations"
        assert app.screen is modal
        assert picker(app).value == 3
        await pilot.press("1", "2", "4")  # none of the mode keys leave the checklist
        assert app.current_mode == "aspirations" and app.screen is modal
        assert picker(app).value == 4


async def test_digits_in_the_note_are_typed(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        modal = await start(app, pilot)
        await pilot.press("5", "tab", "3", "1")
        assert modal.query_one("#ev-note", Input).value == "31"
        assert picker(app).value == 5
        assert app.current_mode == "aspirations"


async def test_escape_midway_asks_then_discards(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        modal = await start(app, pilot)
        await pilot.press("4", "enter", "2")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert "Nothing has been saved yet" in screen_text(app)
        await pilot.press("n")  # keep going: the answers are still there
        await pilot.pause()
        assert app.screen is modal
        assert heading(app).startswith("Question 2 of 8") and picker(app).value == 2
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, AspirationsScreen)
        assert not app.screen.query_one("#d-next").display
    assert len(service.evaluations.for_aspiration("a-director01")) == 2


async def test_escape_before_answering_just_closes(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AspirationsScreen)


async def test_quitting_midway_asks_first(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(app, pilot)
        await pilot.press("4", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert "not saved yet" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, EvaluationChecklist)


async def test_retired_aspiration_is_not_evaluated(app: CoachApp, service: CoachService) -> None:
    seed(service)
    service.aspirations.retire("a-salary0001", "not mine")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_aspirations(app, pilot)
        screen.select_record("a-salary0001")
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, AspirationsScreen)
        assert any("Reactivate it (r)" in n.message for n in app._notifications)


async def test_palette_evaluate_opens_the_checklist(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        app.action_evaluate()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, EvaluationChecklist)
        assert "Award-winning creative director" in heading(app)


async def test_nasty_notes_typed_are_saved_and_shown_literally(
    app: CoachApp, service: CoachService
) -> None:
    title = NASTY[2]  # [@click=app.quit]click me[/]
    aspiration = service.aspirations.add(title)
    notes = NASTY[:8]
    async with app.run_test(size=(120, 40)) as pilot:
        await start(app, pilot)
        assert "[@click=app.quit]click me[/]" in heading(app)
        typed = []
        for note in notes:
            await pilot.press("3", "tab")
            await paste(app, pilot, note)
            typed.append(app.screen.query_one("#ev-note", Input).value)
            await pilot.press("enter")
        assert heading(app).startswith("Review")
        assert app.is_running
        review = screen_text(app)
        assert "“[/]”" in review and "“[@click=app.quit]click me[/]”" in review
        for text in widget_texts(app):
            assert not any(byte in text for byte in CONTROL_BYTES), text[:60]
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.is_running
        answers = static_text(app, "#d-answers")
        assert "“[bold]not bold[/bold] and [red]not red”" in answers
        for text in widget_texts(app):
            assert not any(byte in text for byte in CONTROL_BYTES), text[:60]
    [evaluation] = service.evaluations.for_aspiration(aspiration.id)
    assert [a.note for a in evaluation.answers] == [t.strip() for t in typed]
    assert one_line(evaluation.answers[0].note) == "[/]"


# -- a real terminal ----------------------------------------------------------------------


@pytest.mark.terminal
def test_checklist_in_a_real_terminal_with_keys_in_one_burst(tmp_path: Path) -> None:
    """All the answers in one write: each key must act on the question it was typed for."""
    db = tmp_path / "coach.json"
    seed(CoachService(Repository.open(db)))
    term = Terminal(coach_argv("--db", str(db)), env={"TEXTUAL_ANIMATIONS": "none"})
    try:
        term.wait_for("Dashboard")
        term.send("3")
        term.wait_for("Award-winning creative director")
        term.send("v")
        term.wait_for("Question 1 of 8")
        keys = ""
        for number, rating in enumerate(RATINGS, 1):
            if number == 2:
                keys += f"{rating}\ttyped in a terminal\r"  # a note, typed right after tab
            elif number == 4:
                keys += f"{rating}\r\x02\x0e"  # ctrl+b back, ctrl+n forward again
            else:
                keys += f"{rating}\r"
        term.send(keys)
        term.wait_for(f"Score: {score_of(RATINGS)} / 100", "“typed in a terminal”")
        term.send("\x13")  # ctrl+s
        term.wait_for("Next steps")
        term.send("\x11")  # ctrl+q
        assert term.wait_exit() == 0
    finally:
        term.close()
    latest = CoachService(Repository.open(db)).evaluations.latest("a-director01")
    assert latest is not None
    assert [a.rating for a in latest.answers] == RATINGS
    assert [a.note for a in latest.answers][:3] == ["", "typed in a terminal", ""]


# -- snapshots ----------------------------------------------------------------------------


def test_snapshot_question_120x40(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(
        make_app(service), terminal_size=(120, 40), press=["3", "v", "4", "enter", "2"]
    )


def test_snapshot_question_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=["3", "v", "5"])


def _review_keys() -> list[str]:
    keys = ["3", "v"]
    for rating in RATINGS:
        keys += [str(rating), "enter"]
    return keys


def test_snapshot_review_120x40(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=_review_keys())


def test_snapshot_review_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=_review_keys())

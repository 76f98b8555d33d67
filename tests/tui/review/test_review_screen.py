"""The Review screen (6): what moved, the goals due acted on one by one, the question,
aspirations to check again, the next day, and what ctrl+s keeps on disk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from textual.widgets import Input, OptionList

from coach.models import Measurable
from coach.service import CoachService
from screens.app import CoachApp, make_app
from screens.review.screen import ReviewScreen
from screens.widgets.dialogs import AskText, Confirm
from screens.widgets.progress_dialogs import LogProgress
from tests.clock import Clock
from tests.seed import seed
from tests.tui.pilot import screen_text, settle, static_text

MARKUP = "[@click=app.quit]not a link[/]"


async def _open(app: CoachApp, pilot: Any) -> ReviewScreen:
    await pilot.press("6")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


def _plan(service: CoachService, clock: Clock) -> tuple[str, str]:
    """Two goals coming due and one far off, a week after they were made."""
    today = service.today()
    talks = service.goals.add(
        "Give 3 talks at meetups",
        deadline=today + timedelta(days=12),
        measurable=Measurable(metric="talks", target=3, unit="talks", current=0),
    )
    course = service.goals.add("Finish the cloud course", deadline=today + timedelta(days=9))
    service.goals.add("Run the design guild", deadline=today + timedelta(days=300))
    clock.now += timedelta(days=8)
    return talks.id, course.id


async def test_a_weekly_review_logs_moves_and_keeps_itself(
    app: CoachApp, service: CoachService, clock: Clock, reopen: Callable[[], CoachService]
) -> None:
    talks, course = _plan(service, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        text = screen_text(app)
        assert "Weekly review" in text
        assert "Give 3 talks at meetups" in text and "due in 4 days" in text
        assert "Finish the cloud course" in text and "due in 1 day" in text
        assert "Run the design guild" not in text  # 292 days off: not this week's business
        # Soonest first. The course: move its date on purpose, with a reason.
        await pilot.press("m")
        assert isinstance(app.screen, AskText)
        new_day = (service.today() + timedelta(days=30)).isoformat()
        box = app.screen.query_one(Input)
        box.value = ""
        await pilot.press(*new_day, "enter")
        await pilot.press(*"the exam centre moved its dates", "enter")
        await settle(app, pilot)
        lines = [line.strip(" │┃") for line in screen_text(app).splitlines()]
        (moved_row,) = [i for i, line in enumerate(lines) if "✓ date moved" in line]
        assert "Finish the cloud course" in lines[moved_row - 1]  # under its own goal
        # The talks goal, next: log 1 talk.
        await pilot.press("down", "p")
        assert isinstance(app.screen, LogProgress)
        await pilot.press("1", "enter")
        await settle(app, pilot)
        await pilot.press("tab", *MARKUP, "ctrl+s")
        await settle(app, pilot)
    fresh = reopen()
    (review,) = fresh.reviews.history()
    assert review.kind == "weekly"
    assert set(review.goal_ids) == {talks, course}
    assert review.next_due == service.today() + timedelta(days=7)
    entry = fresh.journal.get(review.entry_id or "")
    assert MARKUP in entry.body  # kept literally, never run
    # What moved is told as in the plain terminal (a goal's starting value is not progress).
    assert "- Nothing moved since the last review." in entry.body
    assert "logged 1 talk" in entry.body and "the exam centre moved its dates" in entry.body
    moved = fresh.goals.get(course)
    assert moved.deadline is not None and moved.deadline.isoformat() == new_day
    assert moved.date_moves[-1].reason == "the exam centre moved its dates"
    assert fresh.goals.get(talks).measurable.current == 1


async def test_leaving_before_ctrl_s_keeps_the_actions_but_no_review(
    app: CoachApp, service: CoachService, clock: Clock, reopen: Callable[[], CoachService]
) -> None:
    _, course = _plan(service, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("g")  # the course, due first
        assert isinstance(app.screen, Confirm)
        assert "Finish the cloud course" in screen_text(app)  # it names the goal
        await pilot.press("enter")  # the safe answer: keep it
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert course in [g.id for g in reopen().goals.find()]
        await pilot.press("g", "y")
        await pilot.press(*"not where I want to grow", "enter")
        await settle(app, pilot)
        lines = [line.strip(" │┃") for line in screen_text(app).splitlines()]
        (row,) = [i for i, line in enumerate(lines) if "✓ let go because" in line]
        assert "not where I want to grow" in lines[row]
        assert "Finish the cloud course" in lines[row - 1]
        await pilot.press("1")
        await settle(app, pilot)
    fresh = reopen()
    assert fresh.reviews.history() == []
    assert fresh.goals.get(course).let_go_reason == "not where I want to grow"
    assert course not in [g.id for g in fresh.goals.find()]


async def test_a_next_day_in_the_past_is_refused_and_nothing_is_kept(
    app: CoachApp, service: CoachService, clock: Clock, reopen: Callable[[], CoachService]
) -> None:
    _plan(service, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        screen.query_one("#rv-next", Input).value = service.today().isoformat()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "a day after today" in screen_text(app)
    assert reopen().reviews.history() == []


async def test_k_switches_the_kind_and_its_question(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    _plan(service, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("k")
        await settle(app, pilot)
        assert "Monthly review" in screen_text(app)
        assert (
            screen.query_one("#rv-next", Input).value
            == (service.today() + timedelta(days=30)).isoformat()
        )
        await pilot.press("k")
        await settle(app, pilot)
        assert "Quarterly review" in screen_text(app)


async def test_an_aspiration_not_evaluated_opens_the_checklist(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        stale = screen.query_one("#rv-stale", OptionList)
        assert "Earn 120k and move to Lisbon" in screen_text(app)
        screen.set_focus(stale)
        stale.highlighted = 0
        await pilot.press("enter")
        await settle(app, pilot)
        from screens.aspirations.evaluation import EvaluationChecklist

        assert isinstance(app.screen, EvaluationChecklist)


def test_snapshot_review_120x40(snap_compare: Any, service: CoachService, clock: Clock) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=["6"])


def test_snapshot_review_80x24(snap_compare: Any, service: CoachService, clock: Clock) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=["6"])


async def test_your_year_shows_goals_done_per_month_and_the_journal_heatmap(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)  # one goal done in October, entries over eight weeks
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        lines = static_text(app, "#rv-year").splitlines()
        assert lines[0] == "Goals done per month"
        done_month = next(line for line in lines if line.startswith("2026-10"))
        assert done_month.rstrip().endswith("1")
        assert "Journal entries per day" in lines
        assert max(len(line) for line in lines) <= 76  # fits 80 columns
        assert any(line.startswith("Wed") for line in lines)


async def test_what_moved_shows_every_line_at_80x24(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    # Textual kept the parts at the size of their first, empty layout on a short
    # terminal: "What moved" stayed one line of three, its title without its date.
    talks, _ = _plan(service, clock)
    other = service.goals.add(
        "Read 6 books", measurable=Measurable(metric="books", target=6, unit="books")
    )
    service.reviews.save("weekly", lines=[], next_due=service.today() + timedelta(days=7))
    clock.now += timedelta(days=2)
    service.progress.log(talks, 1)
    service.progress.log(other.id, 2)
    service.journal.add("Rehearsed the second talk.")
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        text = screen_text(app)
        since = (service.today() - timedelta(days=2)).strftime("%-d %B %Y")
        assert f"What moved since {since}" in text
        assert "↑ 1 progress entry: Give 3 talks at meetups" in text
        assert "↑ 1 progress entry: Read 6 books" in text
        assert "✎ 1 journal entry written" in text


async def test_an_action_taken_back_with_ctrl_z_leaves_the_review(
    app: CoachApp, service: CoachService, clock: Clock, reopen: Callable[[], CoachService]
) -> None:
    # After ctrl+z the goal was back on the board, and the review still said "let go",
    # in the list and in the journal entry it kept.
    talks, course = _plan(service, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("g", "y", *"not where I want to grow", "enter")
        await settle(app, pilot)
        assert "✓ let go because not where I want to grow" in screen_text(app)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert course in [g.id for g in reopen().goals.find()]
        assert "let go" not in screen_text(app)
        await pilot.press("down", "p", "1", "enter")  # the talks: 1 logged, taken back
        await settle(app, pilot)
        assert "✓ logged 1 talk" in screen_text(app)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert "✓ logged" not in screen_text(app)
        await pilot.press("p", "1", "enter")  # and logged again: one entry, one line
        await settle(app, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    (review,) = reopen().reviews.history()
    entry = reopen().journal.get(review.entry_id or "")
    assert "let go" not in entry.body and entry.body.count("logged 1 talk") == 1
    assert review.goal_ids == (talks,)

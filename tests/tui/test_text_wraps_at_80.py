"""At 80x24 a sentence wraps instead of losing its end (issue 18: the dashboard's
"Nothing overdue, nothing due in the next 3…", the interview's stats line, the role box's
"Target role, e.g. Charge" and the coach's remarks cut at five lines)."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import TextArea

from coach.coaching.overview import DUE_SOON_DAYS
from coach.service import CoachService
from screens.app import CoachApp
from tests.seed import seed
from tests.tui.pilot import region_words, screen_lines, screen_text, settle


async def test_the_empty_lists_of_the_dashboard_say_their_whole_sentence(
    app: CoachApp, service: CoachService
) -> None:
    service.goals.add("Finish the wound-care course")  # no deadline: nothing due
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        deadlines = region_words(app, app.screen.query_one("#deadlines"))
        aspirations = region_words(app, app.screen.query_one("#aspirations"))
        shown = deadlines + " " + aspirations
        assert f"Nothing overdue, nothing due in the next {DUE_SOON_DAYS} days." in shown
        assert "No active aspirations. Press a to name where you want to go." in shown
        assert "…" not in deadlines


async def test_the_interview_stats_and_remarks_are_whole_at_80_columns(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await settle(app, pilot)
        assert "Role, e.g. Charge nurse" in screen_text(app)  # the placeholder, whole
        editor = app.screen.query_one("#iv-editor", TextArea)
        editor.load_text("I lead the night shift on a busy surgical ward today. " * 15)
        await settle(app, pilot)
        shown = region_words(app, app.screen.query_one("#iv-stats"))
        assert "165 words · about 71 s to say · aim 60–90 s · in the aim" in shown, shown
        # Remarks longer than their few lines scroll (a scrollbar says so), never cut.
        editor.load_text("I hope to grow.")
        await pilot.pause(0.5)  # the remarks are checked again after a short pause
        await settle(app, pilot)
        box = app.screen.query_one("#iv-warnings-box", VerticalScroll)
        assert box.max_scroll_y > 0 and box.allow_focus()
        box.scroll_end(animate=False, immediate=True)
        await settle(app, pilot)
        remarks = [line for line in app.screen.query_one("#iv-warnings").visual.plain.split("\n")]
        last = remarks[-1].split()[-1]
        assert last in screen_lines(app)[-2], (last, screen_lines(app)[-2])


async def test_a_goal_s_facts_wrap_under_it_in_the_aspiration_detail(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await settle(app, pilot)
        shown = region_words(app, app.screen.query_one("#d-goals"))
        # The first goal is overdue and behind: every fact is there, none ends in "…".
        assert "Backlog · due 2026-11-10 (overdue) · deadline passed, 2 short" in shown, shown
        assert "(…" not in shown


async def test_the_burn_up_chart_fits_the_goal_details_at_80_columns(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "enter")
        await settle(app, pilot)
        chart = app.screen.query_one("#chart")
        lines = chart.visual.plain.split("\n")
        # Each row of the drawing on one line: a wider row wrapped its last cell below it.
        assert max(len(line) for line in lines) <= chart.content_region.width
        assert chart.size.height == len(lines)

"""The Dashboard: progress, deadlines, nudges, the journal streak, going to each item."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from textual.screen import Screen

from coach.coaching.overview import NUDGES_SHOWN, ROWS_SHOWN
from coach.coaching.rhythm import journal_summary, streak
from coach.models import JournalEntry
from coach.service import CoachService
from screens.app import CoachApp, make_app
from screens.dashboard.journal_panel import JournalPanel, sparkline
from screens.dashboard.rows import due_text
from screens.dashboard.screen import Section
from screens.messages import ShowRecord
from tests.clock import Clock
from tests.nasty import CONTROL_BYTES, NASTY
from tests.seed import at, seed
from tests.tui.pilot import screen_text, settle, static_text

TODAY = date(2026, 11, 21)  # the fixed clock of the `service` fixture


class StubScreen(Screen[None]):
    """Stands in for another mode's screen and records what it was asked to show."""

    def __init__(self, mode: str, opened: list[tuple[str, str]]) -> None:
        super().__init__()
        self.mode = mode
        self.opened = opened

    def on_show_record(self, message: ShowRecord) -> None:
        self.opened.append((self.mode, message.record_id))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Other modes replaced by stubs: these tests are about where the dashboard sends you."""
    import screens.app

    calls: list[tuple[str, str]] = []
    real = screens.app._screen

    def screen(mode: str, session: Any) -> Screen[Any]:
        return real(mode, session) if mode == "dashboard" else StubScreen(mode, calls)

    monkeypatch.setattr(screens.app, "_screen", screen)
    return calls


@pytest.fixture
def app(service: CoachService, opened: list[tuple[str, str]]) -> CoachApp:
    """The app with the other modes stubbed."""
    return make_app(service)


def prompts(app: CoachApp, selector: str) -> list[str]:
    section = app.screen.query_one(selector, Section)
    return [str(option.prompt.plain) for option in section.options]  # type: ignore[union-attr]


def styles_of(app: CoachApp, selector: str, index: int) -> str:
    prompt = app.screen.query_one(selector, Section).options[index].prompt
    return " ".join(str(span.style) for span in prompt.spans)  # type: ignore[union-attr]


# -- what it shows ---------------------------------------------------------------------


async def test_aspirations_show_rolled_up_progress_and_horizon(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        rows = prompts(app, "#aspirations")
        assert len(rows) == 2
        director, salary = rows
        # (12/50 + 1/4 + done + 1/3 + 0) / 5 goals
        assert director.startswith("Award-winning creative director\n")
        assert "36% of 5 goals · by 2031" in director
        assert salary == "Earn 120k and move to Lisbon\nno goals yet"
        assert app.screen.query_one("#aspirations").border_subtitle == "2 active"
        assert app.screen.focused is app.screen.query_one("#aspirations")


async def test_overdue_and_due_soon_goals_are_highlighted(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        rows = prompts(app, "#deadlines")
        assert rows == [
            "11 days overdue 10 Nov 2026\nEnter three international competitions",
            "in 14 days 05 Dec 2026\nPublish my portfolio website",
        ]
        assert "$error" in styles_of(app, "#deadlines", 0)
        assert "$warning" in styles_of(app, "#deadlines", 1)
        subtitle = app.screen.query_one("#deadlines").border_subtitle
        assert subtitle == "1 overdue · 1 due soon"


async def test_done_and_far_goals_are_not_deadlines(app: CoachApp, service: CoachService) -> None:
    seed(service)
    far = service.goals.add("Far away", deadline=TODAY + timedelta(days=31))
    service.goals.add("Just in range", deadline=TODAY + timedelta(days=30))
    done = service.goals.add("Finished late", deadline=TODAY - timedelta(days=3))
    service.goals.move(done.id, "done")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = "\n".join(prompts(app, "#deadlines"))
        assert "Just in range" in text and "in 30 days" in text
        assert far.statement not in text
        assert "Finished late" not in text
        assert "Join one industry association" not in text  # done, its date long past


async def test_nudges_show_title_and_message(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        titles = [row.split("\n")[0] for row in prompts(app, "#nudges")]
        assert titles == [
            "Time for a review",
            "Past its deadline",
            "Goal or aspiration?",
            "No goals yet",
            "Not evaluated yet",
        ]
        rows = prompts(app, "#nudges")
        assert "Your weekly review is due (today)" in rows[0]
        assert "“Enter three international competitions” is 11 days past" in rows[1]
        assert "“Earn 120k and move to Lisbon” has no goals yet" in rows[3]


async def test_journal_streak_and_counts(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        # Entries 1 and 3 days ago (this week), 9 (last week), 16, 30 and 52 days ago.
        panel = app.screen.query_one(JournalPanel)
        assert panel.summary is not None
        assert panel.summary.weeks == (0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 2)
        lines = static_text(app, "#journal").splitlines()
        # A blank line, the bars (two lines: the busiest week is full height), the axis.
        assert lines[1] == " " * 22 + "██"
        assert lines[2] == "▁" * 8 + "██" + "▁" * 4 + "██" + "▁" * 2 + "██" * 3
        assert lines[3] == "12 weeks ago   this week"
        assert lines[5:] == [
            "Streak: 3 weeks",
            "6 entries, 2 this week",
            "2 active aspirations",
            "4 open goals, 1 done",
            "Next review: weekly, due today (6)",
        ]


async def test_a_change_redraws_and_keeps_the_highlight(
    app: CoachApp, service: CoachService, opened: list[tuple[str, str]]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("down")  # highlight the second aspiration
        app.screen.save(lambda: service.goals.move("g-awards0001", "done"))  # type: ignore[attr-defined]
        await settle(app, pilot)
        assert service.goals.get("g-awards0001").column == "done"
        rows = prompts(app, "#deadlines")
        assert rows == ["in 14 days 05 Dec 2026\nPublish my portfolio website"]
        assert "3 open goals, 2 done" in static_text(app, "#journal")
        assert "Past its deadline" not in "\n".join(prompts(app, "#nudges"))
        await pilot.press("enter")
        await pilot.pause()
        assert opened == [("aspirations", "a-salary0001")]


# -- going places ----------------------------------------------------------------------


async def test_enter_on_an_aspiration_opens_it(
    app: CoachApp, service: CoachService, opened: list[tuple[str, str]]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_mode == "aspirations"
        assert opened == [("aspirations", "a-director01")]
        await pilot.press("1")
        assert app.current_mode == "dashboard"


async def test_long_lists_end_in_a_row_that_opens_the_whole_list(
    app: CoachApp, service: CoachService, clock: Clock, opened: list[tuple[str, str]]
) -> None:
    overdue = clock.now.date() - timedelta(days=3)  # the service's today, not the machine's
    for n in range(ROWS_SHOWN + 5):
        aspiration = service.aspirations.add(f"Aspiration number {n:02}")
        service.goals.add(f"Goal number {n:02}", aspiration_id=aspiration.id, deadline=overdue)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for section, what in (("#aspirations", "active aspirations"), ("#deadlines", "goals due")):
            rows = prompts(app, section)
            assert len(rows) == ROWS_SHOWN + 1
            assert rows[-1].startswith(f"5 more {what}: enter opens the ")
        assert prompts(app, "#aspirations")[ROWS_SHOWN - 1].startswith("Aspiration number 19")
        await pilot.press("end", "enter")
        await pilot.pause()
        assert app.current_mode == "aspirations"
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("tab", "end", "enter")
        await pilot.pause()
        assert app.current_mode == "board"
        assert opened == []  # the screens opened as they are: no record picked


async def test_a_wall_of_nudges_shows_only_the_most_pressing(
    app: CoachApp, service: CoachService, clock: Clock
) -> None:
    overdue = clock.now.date() - timedelta(days=3)  # the service's today, not the machine's
    for n in range(NUDGES_SHOWN + 4):
        service.goals.add(f"Goal number {n:02}", deadline=overdue - timedelta(days=n))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        options = app.screen.query_one("#nudges", Section)
        rows = prompts(app, "#nudges")
        assert len(rows) == NUDGES_SHOWN
        assert options.border_subtitle == f"first {NUDGES_SHOWN} of {NUDGES_SHOWN + 4}"
        assert "“Goal number 18” is 21 days past" in rows[0]  # the longest overdue first


async def test_enter_on_a_deadline_opens_the_goal_on_the_board(
    app: CoachApp, service: CoachService, opened: list[tuple[str, str]]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "down", "enter")
        await pilot.pause()
        assert app.current_mode == "board"
        assert opened == [("board", "g-portfolio1")]


async def test_enter_on_a_nudge_opens_its_target(
    app: CoachApp, service: CoachService, opened: list[tuple[str, str]]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab", "down", "down", "enter")
        await pilot.pause()
        assert app.current_mode == "aspirations"
        assert opened == [("aspirations", "a-salary0001")]  # "Goal or aspiration?"


async def test_the_next_review_is_shown_and_its_nudge_holds_it(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Next review: weekly, due today (6)" in static_text(app, "#journal")
        await pilot.press("tab", "tab", "enter")  # the first nudge: the review
        await pilot.pause()
        assert app.current_mode == "review"


async def test_a_nudge_without_a_target_goes_to_reflect(
    app: CoachApp, service: CoachService, opened: list[tuple[str, str]]
) -> None:
    with service.repo.transaction():
        service.repo.put(JournalEntry(id="j-old0000001", created=at(20), body="long ago"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert prompts(app, "#nudges")[0].startswith("Nothing written lately\n")
        assert "for 20 days" in prompts(app, "#nudges")[0]
        await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        assert app.current_mode == "reflect"


async def test_enter_on_the_journal_panel_goes_to_reflect(
    app: CoachApp, service: CoachService, opened: list[tuple[str, str]]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("shift+tab")
        assert isinstance(app.screen.focused, JournalPanel)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_mode == "reflect"


async def test_tab_and_shift_tab_move_between_sections(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        order = []
        for _ in range(4):
            order.append(app.screen.focused.id)  # type: ignore[union-attr]
            await pilot.press("tab")
        assert order == ["aspirations", "deadlines", "nudges", "journal"]
        assert app.screen.focused.id == "aspirations"  # type: ignore[union-attr]
        await pilot.press("shift+tab", "shift+tab")
        assert app.screen.focused.id == "nudges"  # type: ignore[union-attr]


# -- an empty store and a hostile one -------------------------------------------------


async def test_empty_store_welcomes_and_says_what_to_do(
    app: CoachApp, opened: list[tuple[str, str]]
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        welcome = app.screen.query_one("#welcome")
        assert welcome.display
        assert not any(section.display for section in app.screen.query(".section"))
        text = screen_text(app)
        assert "Welcome to coach." in text
        assert "Name an aspiration" in text and "coach wizard" in text
        await pilot.press("a")
        await pilot.pause()
        assert app.current_mode == "aspirations"


async def test_first_record_replaces_the_welcome(app: CoachApp, service: CoachService) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.save(lambda: service.aspirations.add("Lead a studio"))  # type: ignore[attr-defined]
        await settle(app, pilot)
        assert not app.screen.query_one("#welcome").display
        assert prompts(app, "#aspirations") == ["Lead a studio\nno goals yet"]
        assert app.screen.focused is app.screen.query_one("#aspirations")


async def test_the_welcome_comes_back_when_the_last_record_goes(
    app: CoachApp, service: CoachService
) -> None:
    aspiration = service.aspirations.add("Lead a studio")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert not app.screen.query("#welcome")  # a store with records composes no welcome
        app.screen.save(lambda: service.aspirations.delete(aspiration.id))  # type: ignore[attr-defined]
        await settle(app, pilot)
        assert app.screen.query_one("#welcome").display
        assert not any(section.display for section in app.screen.query(".section"))
        assert "Welcome to coach." in screen_text(app)
        app.screen.save(lambda: service.aspirations.add("Lead a bigger studio"))  # type: ignore[attr-defined]
        await settle(app, pilot)
        assert not app.screen.query_one("#welcome").display
        assert "Lead a bigger studio" in screen_text(app)


def _nasty_store(service: CoachService) -> None:
    for n, text in enumerate(NASTY):
        aspiration = service.aspirations.add(text)
        service.goals.add(
            text, aspiration_id=aspiration.id, deadline=TODAY + timedelta(days=n % 5 - 2)
        )
        tag = "".join(text.split())[:60] or "tag"
        service.journal.add(text, tags=[tag])


async def test_nasty_text_is_shown_literally(app: CoachApp, service: CoachService) -> None:
    _nasty_store(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.is_running
        text = screen_text(app)
        assert "[/]" in text
        assert "[bold]not bold[/bold] and [red]not red" in text
        assert "[@click=app.quit]click me[/]" in text
        assert "[link=https://example.invalid]x[/link] [USD] [$100]" in text
        shown = [
            *prompts(app, "#aspirations"),
            *prompts(app, "#deadlines"),
            *prompts(app, "#nudges"),
            static_text(app, "#journal"),
        ]
        assert len(prompts(app, "#aspirations")) == len(NASTY)
        for row in shown:
            assert not any(bad in row for bad in CONTROL_BYTES), row
        assert not any(bad in text for bad in CONTROL_BYTES)
        assert "12 entries, 12 this week" in static_text(app, "#journal")


async def test_clicking_a_markup_title_does_not_run_it(
    app: CoachApp, service: CoachService, opened: list[tuple[str, str]]
) -> None:
    service.aspirations.add("[@click=app.quit]click me[/]")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        options = app.screen.query_one("#aspirations", Section)
        await pilot.click(options, offset=(5, 1))
        await pilot.pause()
        assert app.is_running
        assert app.current_mode == "aspirations"  # the click selected the row, nothing else
        assert len(opened) == 1


async def test_the_journal_is_counted_without_validating_entries(
    app: CoachApp, service: CoachService, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(service)

    def refuse(doc: Any) -> JournalEntry:
        raise AssertionError("the dashboard validated a journal entry")

    monkeypatch.setattr(JournalEntry, "from_doc", refuse)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "6 entries" in static_text(app, "#journal")


# -- the counting itself ---------------------------------------------------------------


def per_day(docs: dict[str, Any]) -> dict[str, int]:
    """The journal's entries per day as the service counts them from stored documents."""
    from coach.service import CoachService
    from coach.store.repository import Repository
    from coach.store.schema import LoadReport
    from coach.store.storage import CoachStorage

    class Fixed(CoachStorage):
        def read(self) -> dict[str, Any]:
            return {"journal": docs}

    storage = Fixed.__new__(Fixed)
    return CoachService(Repository(storage, LoadReport())).journal.per_day()


def test_journal_summary_tolerates_bad_documents() -> None:
    docs: dict[str, Any] = {
        "a": {"created": "2026-11-20T20:00:00+01:00"},
        "b": {"created": "2026-11-16T00:10:00-08:00"},  # Monday: this week, as written
        "c": {"created": "2026-11-15T23:59:00+01:00"},  # Sunday: last week
        "d": {"created": "not a date"},
        "e": {"created": 20261120},
        "f": {"body": "no date at all"},
        "g": "not even a document",
        "h": {"created": "2027-01-01T09:00:00+01:00"},  # a clock set wrong
        "i": {"created": "2026-08-01"},  # older than twelve weeks
    }
    summary = journal_summary(per_day(docs), TODAY)
    assert summary.total == 5
    assert summary.this_week == 2
    assert summary.weeks[-2:] == (1, 2)
    assert sum(summary.weeks) == 3
    assert summary.newest == date(2027, 1, 1)


@pytest.mark.parametrize(
    ("weeks", "expected"),
    [
        ({}, 0),
        ({0: 1}, 1),
        ({0: 2, 1: 1, 2: 3, 4: 1}, 3),
        ({1: 1, 2: 1}, 2),  # nothing yet this week: the streak still counts to last week
        ({2: 1, 3: 1}, 0),  # broken last week
        ({-1: 4, 0: 0, 1: 1}, 1),
    ],
)
def test_streak(weeks: dict[int, int], expected: int) -> None:
    assert streak(weeks) == expected


@pytest.mark.parametrize(
    ("days", "text"),
    [(-11, "11 days overdue"), (-1, "1 day overdue"), (0, "due today"), (1, "in 1 day")],
)
def test_due_text(days: int, text: str) -> None:
    assert due_text(TODAY + timedelta(days=days), TODAY) == text


# -- snapshots -------------------------------------------------------------------------


def test_snapshot_seeded_120x40(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(120, 40))


def test_snapshot_seeded_80x24_nudges_focused(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=["tab", "tab"])


def test_snapshot_empty_store(snap_compare: Any, service: CoachService) -> None:
    assert snap_compare(make_app(service), terminal_size=(120, 40))


def test_the_bars_scale_to_the_busiest_week() -> None:
    top, bottom = (line.plain for line in sparkline((0, 1, 5, 10, 16)))
    # Two lines of eight steps: 16 fills both, 10 fills the bottom and two steps above,
    # 5 of 16 is the fifth step, 1 still shows the lowest one, and 0 the muted floor.
    assert bottom == "▁▁▁▁▅▅████"
    assert top == "      ▂▂██"
    assert [line.plain for line in sparkline((0, 0))] == ["    ", "▁▁▁▁"]


async def test_the_empty_notes_are_whole_at_80x24(app: CoachApp, service: CoachService) -> None:
    # The panels keep lines unwrapped: at 80x24 the note read "Nothing overdue, nothing d…".
    service.journal.add("A first entry, and nothing planned yet.")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await settle(app, pilot)
        text = screen_text(app)
        assert "Nothing overdue, nothing" in text and "due in the next 30 days." in text
        assert "No active aspirations." in text
        assert "Press a to name where you want to go." in text
        assert "…" not in text

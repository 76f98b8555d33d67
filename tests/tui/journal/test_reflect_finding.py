"""Reflect: searching and tag filters, and a journal of ten thousand entries."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from bench.bigstore import make_store
from coach.service import CoachService
from coach.store.repository import Repository
from screens.app import CoachApp, make_app
from screens.journal.entries import PAGE
from screens.journal.prompt_picker import PromptPicker
from screens.journal.tag_picker import TagPicker
from tests.clock import Clock
from tests.seed import seed
from tests.tui.journal.reflect_pilot import (
    SIZE,
    choose,
    open_reflect,
    reflect,
    row_ids,
    row_text,
    searched,
    table,
)
from tests.tui.pilot import screen_text, send_burst

# -- finding -------------------------------------------------------------------------------


async def test_search_filters_the_rows_and_escape_clears_it(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        assert len(row_ids(app)) == 6
        await pilot.press("slash", *"PITCH")
        await searched(app, pilot)
        assert row_ids(app) == ["j-seed000000", "j-seed000003"]
        await pilot.press("space", *"acme")  # every word must match
        await searched(app, pilot)
        assert row_ids(app) == ["j-seed000000"]
        assert "1 of 6" in screen_text(app)
        await pilot.press("escape")
        await searched(app, pilot)
        assert len(row_ids(app)) == 6
        assert reflect(app).query_one("#search", Input).value == ""


async def test_a_search_typed_in_a_burst_keeps_every_word(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        # Keys queued all at once, as a terminal hands over a fast burst: they are all on
        # their way to the table before "/" has moved the focus. "p" alone would be the
        # prompt key; after "/" it is a word, and after enter the keys are the list's.
        send_burst(app, "/pitch\r")
        for _ in range(8):
            await pilot.pause()
        await searched(app, pilot)
        assert reflect(app).journal.search.value == "pitch"
        assert app.focused is table(app)
        assert row_ids(app) == ["j-seed000000", "j-seed000003"]
        assert not isinstance(app.screen, PromptPicker)
        # Opened again, the words there are selected: the first key replaces them.
        send_burst(app, "/acme")
        for _ in range(8):
            await pilot.pause()
        await searched(app, pilot)
        assert reflect(app).journal.search.value == "acme"
        assert row_ids(app) == ["j-seed000000"]


async def test_tag_filter_shows_only_tagged_entries(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("t")
        assert isinstance(app.screen, TagPicker)
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("#pitching" in label and "2" in label for label in labels)
        choose(app, "tag-0")  # most used first: pitching (2)
        await pilot.press("enter")
        await pilot.pause()
        assert row_ids(app) == ["j-seed000000", "j-seed000003"]
        assert "Tagged #pitching" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert len(row_ids(app)) == 6


# -- a big journal -----------------------------------------------------------------------


async def test_ten_thousand_entries_show_a_page_and_search_works(
    tmp_path: Path, clock: Clock
) -> None:
    path = make_store(tmp_path / "big.json", entries=10_000, goals=50, done_goals=10)
    service = CoachService(Repository.open(path), clock=clock)
    newest = service.journal.ids()[:3]
    app = make_app(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        assert row_ids(app)[:3] == newest
        assert len(row_ids(app)) == PAGE
        assert "10,000" in screen_text(app)
        assert "more" in row_text(app, PAGE)
        await pilot.press("m")
        assert len(row_ids(app)) == 2 * PAGE
        table(app).move_cursor(row=2 * PAGE)  # the "more" row: enter loads the next page
        await pilot.press("enter")
        assert len(row_ids(app)) == 3 * PAGE
        assert table(app).cursor_row == 2 * PAGE  # on the first of the new rows
        await pilot.press("slash", *"interview")
        await searched(app, pilot)
        found = service.journal.ids(search="interview")
        assert 0 < len(found) < 10_000
        assert row_ids(app) == found[: len(row_ids(app))]
        assert len(row_ids(app)) == min(len(found), PAGE)

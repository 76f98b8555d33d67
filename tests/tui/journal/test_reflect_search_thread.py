"""Reflect: the search box's matching runs on a worker thread, so no key waits for it.

The matcher is made slow by injection: searches for the words a test holds wait on
the worker thread until the test lets them go (never on a clock). Meanwhile the keys
go on being typed and echoed in order, and a result that comes back after a newer
search was asked for is never shown.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator

import pytest
from textual.pilot import Pilot

from coach.service import CoachService
from screens.app import CoachApp
from tests.seed import seed
from tests.tui.journal.reflect_pilot import SIZE, open_reflect, reflect, row_ids, searched
from tests.tui.pilot import send_burst

Ids = Callable[..., list[str]]


class HeldSearches:
    """Stands in for ``JournalService.ids``: off the UI thread, a search for held words
    waits until the test lets it go. Each search is recorded as it starts and ends."""

    def __init__(self, real: Ids) -> None:
        self.real = real
        self.gates: dict[str, threading.Event] = {}
        self.events: dict[tuple[str, str], threading.Event] = {}
        self.on_ui_thread: list[str] = []

    def hold(self, words: str) -> None:
        self.gates[words] = threading.Event()

    def let_go(self, words: str) -> None:
        self.gates[words].set()

    def event(self, what: str, words: str) -> threading.Event:
        return self.events.setdefault((what, words), threading.Event())

    def __call__(self, *, search: str = "", tag: str | None = None, **kwargs: object) -> list[str]:
        if threading.current_thread() is threading.main_thread():
            self.on_ui_thread.append(search)
        else:
            self.event("started", search).set()
            gate = self.gates.get(search)
            if gate is not None and not gate.wait(timeout=10):
                raise TimeoutError(f"the test never let the search {search!r} go")
        found = self.real(search=search, tag=tag, **kwargs)
        self.event("finished", search).set()
        return found


@pytest.fixture
def held(service: CoachService, monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldSearches]:
    matcher = HeldSearches(service.journal.ids)
    monkeypatch.setattr(service.journal, "ids", matcher)
    yield matcher
    for gate in matcher.gates.values():  # a failed test leaves no thread waiting
        gate.set()


async def reached(held: HeldSearches, what: str, words: str) -> None:
    """Wait (without blocking the app) until the search for ``words`` has ``what``."""
    done = await asyncio.to_thread(held.event(what, words).wait, 20)
    assert done, f"the search for {words!r} never {what}"


async def shows(app: CoachApp, pilot: Pilot[None], ids: list[str]) -> list[str]:
    """The rows once the posted result has been handled (a few turns of the loop)."""
    for _ in range(20):
        if row_ids(app) == ids:
            break
        await pilot.pause()
    return row_ids(app)


async def test_keys_echo_in_order_while_the_search_is_still_matching(
    app: CoachApp, service: CoachService, held: HeldSearches
) -> None:
    seed(service)
    pitch = held.real(search="pitch")
    assert 0 < len(pitch) < len(held.real())
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        held.hold("pitch")
        held.on_ui_thread.clear()  # the list drawn when the screen opened
        send_burst(app, "/pitch")  # a fast burst, all queued at once
        await reached(held, "started", "pitch")
        # The search for every key is under way (and held up there): the keys are all
        # in the box, in order, and more keys still echo at once.
        assert reflect(app).journal.search.value == "pitch"
        await pilot.press(*" x", "backspace")
        assert reflect(app).journal.search.value == "pitch "
        await pilot.press("backspace")
        assert reflect(app).journal.search.value == "pitch"
        assert not held.on_ui_thread  # the typing never waited for a match
        held.let_go("pitch")
        await searched(app, pilot)
        assert await shows(app, pilot, pitch) == pitch
        assert "Entries · 2 of 6" in str(reflect(app).journal.border_title)


async def test_a_search_that_ends_after_a_newer_one_is_never_shown(
    app: CoachApp, service: CoachService, held: HeldSearches
) -> None:
    seed(service)
    pitch, acme = held.real(search="pitch"), held.real(search="acme")
    assert pitch != acme
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        held.hold("pitch")
        await pilot.press("slash", *"pitch")
        await reached(held, "started", "pitch")  # it is matching (held up) on its thread
        await pilot.press(*["backspace"] * 5, *"acme")
        assert reflect(app).journal.search.value == "acme"
        await reached(held, "finished", "acme")
        assert await shows(app, pilot, acme) == acme  # the newest query's list
        held.let_go("pitch")  # the older search ends now, after the newer one
        await reached(held, "finished", "pitch")
        await searched(app, pilot)
        for _ in range(5):
            await pilot.pause()
        assert row_ids(app) == acme  # its entries never replace the newer list
        assert reflect(app).journal.search.value == "acme"


async def test_the_list_follows_the_last_query_however_the_searches_end(
    app: CoachApp, service: CoachService, held: HeldSearches
) -> None:
    seed(service)
    final = held.real(search="pitch acme")
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        for words in ("pitch", "pitch acm"):
            held.hold(words)
        await pilot.press("slash", *"pitch")
        await reached(held, "started", "pitch")
        await pilot.press("space", *"acm")
        await reached(held, "started", "pitch acm")
        await pilot.press("e")
        await reached(held, "finished", "pitch acme")
        # Let the held searches go newest first, the worst order for a stale result.
        for words in ("pitch acm", "pitch"):
            held.let_go(words)
            await reached(held, "finished", words)
        await searched(app, pilot)
        for _ in range(5):
            await pilot.pause()
        assert reflect(app).journal.search.value == "pitch acme"
        assert row_ids(app) == final
        await pilot.press("escape")  # clears the search: every entry again
        await searched(app, pilot)
        assert row_ids(app) == held.real()

"""Reflect: an entry with a very long line is edited unwrapped, with a note, and kept whole."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Static, TextArea

from coach.service import CoachService
from screens.app import CoachApp
from tests.tui.journal.reflect_pilot import SIZE, editor_text, open_reflect, reflect
from tests.tui.pilot import paste, screen_text, settle, static_text

WORDS = ("plan", "goal", "review", "write", "ship", "mentor", "learn", "design", "lead", "ask")


def words(size: int) -> str:
    """``size`` characters of words and spaces, without a newline."""
    text = " ".join(WORDS[i % 10] for i in range(size // 4))
    return text[:size]


def area(app: CoachApp) -> TextArea:
    return reflect(app).query_one("#body", TextArea)


def note_shown(app: CoachApp) -> bool:
    note = reflect(app).query_one("#wrap-note", Static)
    return note.display and note.region.height > 0


async def test_a_million_characters_on_one_line_are_edited_unwrapped_and_saved_whole(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    body = words(1_000_000)
    entry = service.journal.add(body)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        assert editor_text(app) == body
        # What the person sees: the text unwrapped, and why.
        assert not area(app).soft_wrap
        assert note_shown(app)
        assert "over 5,000 characters" in static_text(app, "#wrap-note")
        assert "Not wrapped" in screen_text(app)
        # An edit at each end of the long line, saved.
        await pilot.press("home", *"Start", "space")
        await pilot.press("end", "space", *"end")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    expected = "Start " + body + " end"
    assert service.journal.get(entry.id).body == expected
    assert reopen().journal.get(entry.id).body.encode() == expected.encode()


async def test_a_pasted_long_line_turns_wrapping_off_and_deleting_it_brings_it_back(
    app: CoachApp, service: CoachService
) -> None:
    line = words(20_000)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("w", *"First", "enter")
        assert area(app).soft_wrap and not note_shown(app)
        await paste(app, pilot, line)
        await pilot.pause()
        assert editor_text(app) == "First\n" + line
        assert not area(app).soft_wrap
        assert note_shown(app)
        # The long line selected and deleted: the rest wraps again and the note goes.
        await pilot.press("shift+home", "backspace")
        await pilot.pause()
        assert editor_text(app) == "First\n"
        assert area(app).soft_wrap
        assert not note_shown(app)
        await pilot.press(*"again", "ctrl+s")
        await settle(app, pilot)
    assert [e.body for e in service.journal.find()] == ["First\nagain"]


async def test_a_long_paragraph_on_one_line_still_wraps(
    app: CoachApp, service: CoachService
) -> None:
    paragraph = words(3_000)
    service.journal.add(paragraph)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        assert editor_text(app) == paragraph
        assert area(app).soft_wrap
        assert not note_shown(app)
        assert "Not wrapped" not in screen_text(app)

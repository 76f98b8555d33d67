"""Reflect: one entry opened, edited, deleted and undone; hostile text shown literally."""

from __future__ import annotations

from textual.widgets import Input, Select

from coach.service import CoachService
from screens.app import CoachApp
from screens.journal.entry_view import EntryView
from screens.journal.screen import ReflectScreen
from screens.messages import OpenRecord
from screens.widgets.dialogs import Confirm
from tests.nasty import CONTROL_BYTES, NASTY
from tests.seed import seed
from tests.tui.journal.reflect_pilot import (
    SIZE,
    editor_text,
    message,
    open_reflect,
    reflect,
    row_ids,
    row_text,
    searched,
    table,
)
from tests.tui.pilot import paste, screen_text, settle

# -- one entry ---------------------------------------------------------------------------


async def test_enter_opens_the_entry_with_its_links(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EntryView)
        text = screen_text(app)
        assert "Pitched to the Acme team; they liked the second concept." in text
        assert "Win 50 pitches by the end of 2027" in text  # the linked goal, by title
        assert "#pitching" in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReflectScreen)


async def test_select_record_shows_that_entry(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("slash", *"acme")
        reflect(app).select_record("j-seed000005")  # hidden by the search: the search goes
        await pilot.pause()
        assert isinstance(app.screen, EntryView)
        assert "Why do I want to lead?" in screen_text(app)
        await pilot.press("escape")
        assert len(row_ids(app)) == 6
        assert table(app).cursor_row == row_ids(app).index("j-seed000005")


async def test_the_app_can_open_an_entry_before_the_screen_was_shown(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        app.post_message(OpenRecord("entry", "j-seed000003"))  # as the dashboard does
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, EntryView)
        assert app.screen.entry.id == "j-seed000003"
        await pilot.press("escape")
        await pilot.pause()
        assert table(app).cursor_row == row_ids(app).index("j-seed000003")


async def test_edit_an_entry(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("down", "e")
        await pilot.pause()
        assert editor_text(app) == "Read about design leadership. Delegation is my weak spot."
        assert "Editing the entry of" in screen_text(app)
        await pilot.press(*" I will practise.")  # the cursor starts at the end
        reflect(app).query_one("#tags", Input).value = "reading leadership"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        entry = service.journal.get("j-seed000001")
        assert entry.body.endswith("Delegation is my weak spot. I will practise.")
        assert entry.tags == ("reading", "leadership")
        assert entry.updated is not None
        assert service.journal.count() == 6
        assert editor_text(app) == ""
        assert "New entry" in screen_text(app)
        assert "#reading #lead" in row_text(app, 1)


async def test_editing_keeps_links_that_the_form_cannot_show(
    app: CoachApp, service: CoachService
) -> None:
    entry = service.journal.add("two goals", goal_ids=["g-one", "g-two"])
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("e", "end", *" more", "ctrl+s")
        await settle(app, pilot)
        assert service.journal.get(entry.id).goal_ids == ("g-one", "g-two")


async def test_an_entry_edited_at_once_after_a_change_keeps_its_new_goal(
    app: CoachApp, service: CoachService
) -> None:
    # The goal choices are filled once the list is painted; an entry loaded into the
    # editor before that (a key right behind the change) still finds its goal among them.
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        goal = service.goals.add("Mentor two juniors this year")
        entry = service.journal.add("linked early", goal_ids=[goal.id])
        screen = reflect(app)
        app.announce_change()  # as a save or another coach's write does
        await pilot.pause()
        assert entry.id in row_ids(app)
        select = screen.query_one("#goal", Select)
        select.value = goal.id  # refused unless the new goal is among the choices
        assert select.value == goal.id
        select.clear()
        # Same again, the entry edited before the screen is painted.
        goal = service.goals.add("Speak at one conference")
        entry = service.journal.add("linked at once", goal_ids=[goal.id])
        app.announce_change()
        screen._current = False
        screen.request_reload()
        screen.flush_reload()  # the list drawn, the screen not painted yet
        screen._edit(entry.id)
        assert screen.query_one("#goal", Select).value == goal.id
        await pilot.press("end", *" on", "ctrl+s")
        await settle(app, pilot)
        saved = service.journal.get(entry.id)
        assert saved.body == "linked at once on"
        assert saved.goal_ids == (goal.id,)


async def test_delete_asks_and_cancel_keeps_it(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("d")
        assert isinstance(app.screen, Confirm)
        assert "Pitched to the Acme team" in screen_text(app)
        await pilot.press("n")
        await settle(app, pilot)
        assert service.journal.count() == 6
        assert len(row_ids(app)) == 6


async def test_delete_then_undo_brings_it_back(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("d", "y")
        await settle(app, pilot)
        assert "j-seed000000" not in {e.id for e in service.journal.find()}
        assert "j-seed000000" not in row_ids(app)
        assert reflect(app).focused is table(app)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert "j-seed000000" in {e.id for e in service.journal.find()}
        assert row_ids(app)[0] == "j-seed000000"
        assert any("Undone" in n.message for n in app._notifications)


async def test_undoing_the_entry_being_edited_keeps_the_text(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("w", *"first", "ctrl+s")
        await settle(app, pilot)
        await pilot.press("escape", "e", *" and more")
        await pilot.press("escape", "ctrl+z")
        await settle(app, pilot)
        assert service.journal.count() == 0
        assert editor_text(app) == "first and more"
        assert "saves this as a new one" in message(app)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert [e.body for e in service.journal.find()] == ["first and more"]


# -- hostile text ----------------------------------------------------------------------------


def nasty_tag(text: str) -> str:
    return "".join(text.split())[:60] or "empty"


async def test_nasty_text_is_shown_literally(app: CoachApp, service: CoachService) -> None:
    aspiration = service.aspirations.add("[/] aspiration [@click=app.quit]x[/]")
    goal = service.goals.add("[bold]goal[/bold] \x1b]0;pwned\x07", aspiration_id=aspiration.id)
    for text in NASTY:
        service.journal.add(
            text,
            tags=[nasty_tag(text)],
            prompt_id="sk-enjoy",
            prompt_text=text,
            goal_ids=[goal.id],
            aspiration_ids=[aspiration.id],
        )
    markup = [t for t in NASTY if t.startswith("[")]
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        assert app.is_running
        text = screen_text(app)
        assert "[/]" in text and "[@click=app.quit]" in text
        cells = [row_text(app, i) for i in range(table(app).row_count)]
        for cell_text in cells:
            assert not any(b in cell_text for b in CONTROL_BYTES), cell_text
        # Read each one in full: body, prompt, tags and links.
        for index in range(len(NASTY)):
            table(app).move_cursor(row=index)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, EntryView)
            shown = screen_text(app)
            entry = app.screen.entry
            if entry.body in markup:
                assert shown.count(entry.body) >= 2  # the prompt and the body
            assert "[/] aspiration [@click=app.quit]x[/]" in shown
            assert "[bold]goal[/bold]" in shown
            assert not any(b in shown for b in CONTROL_BYTES)
            await pilot.press("escape")
        # The tag picker lists the tags literally.
        await pilot.press("t")
        shown = screen_text(app)
        assert "#[@click=app.quit]clickme[/]" in shown
        assert not any(b in shown for b in CONTROL_BYTES)
        await pilot.press("escape")
        # The link choices show the titles literally.
        options = reflect(app).query_one("#aspiration", Select)._options
        assert any("[@click=app.quit]" in str(label) for label, _ in options)
        assert app.is_running


async def test_nasty_text_typed_and_pasted_is_saved_as_is(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        for text in NASTY:
            await pilot.press("escape", "w")
            await paste(app, pilot, text)
            await pilot.press("ctrl+s")
            await settle(app, pilot)
            assert app.is_running
            assert editor_text(app) == ""
        bodies = [e.body for e in service.journal.find()]
        # The text area treats every line separator (NEL too) as a line break.
        assert sorted(bodies) == sorted("\n".join(t.splitlines()) for t in NASTY)
        await pilot.press("escape", "w", *"[/] typed [@click=app.quit]x[/]", "ctrl+s")
        await settle(app, pilot)
        assert service.journal.find(limit=1)[0].body == "[/] typed [@click=app.quit]x[/]"
        # And in the search box.
        await pilot.press("escape", "slash", *"[@click=app.quit]")
        await searched(app, pilot)
        assert len(row_ids(app)) == 2
        for text in NASTY:
            reflect(app).query_one("#search", Input).value = ""
            await pilot.pause()
            await paste(app, pilot, text)
            assert app.is_running
        assert not any(b in screen_text(app) for b in CONTROL_BYTES)

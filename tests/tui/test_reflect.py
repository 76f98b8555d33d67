"""The Reflect screen: writing, finding, reading, editing and deleting journal entries."""

from __future__ import annotations

import html
import re
from pathlib import Path

from textual import events
from textual.widgets import DataTable, Input, OptionList, Select, Static, TextArea

from bench.bigstore import make_store
from coach.content.loader import load_content
from coach.service import CoachService
from coach.store.repository import Repository
from screens.app import CoachApp, make_app
from screens.journal.entries import MORE, PAGE
from screens.journal.entry_view import EntryView
from screens.journal.prompt_picker import PromptPicker
from screens.journal.screen import ReflectScreen
from screens.journal.tag_picker import TagPicker
from screens.messages import OpenRecord
from screens.widgets.dialogs import Confirm
from tests.conftest import Clock
from tests.tui.conftest import settle
from tests.tui.data import seed
from tests.tui.nasty import CONTROL_BYTES, NASTY
from tests.tui.test_board import send_burst

SIZE = (120, 40)


# -- helpers ---------------------------------------------------------------------------


def reflect(app: CoachApp) -> ReflectScreen:
    screen = app.screen
    assert isinstance(screen, ReflectScreen), f"expected the Reflect screen, got {screen!r}"
    return screen


def table(app: CoachApp) -> DataTable[object]:
    return reflect(app).query_one("#entries", DataTable)


def row_ids(app: CoachApp) -> list[str]:
    keys = [str(key.value) for key in table(app).rows]
    return [k for k in keys if k != MORE]


def row_text(app: CoachApp, index: int) -> str:
    cells = table(app).get_row_at(index)
    return " | ".join(getattr(c, "plain", str(c)) for c in cells)


def editor_text(app: CoachApp) -> str:
    return reflect(app).query_one("#body", TextArea).text


def shown_in(app: CoachApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def message(app: CoachApp) -> str:
    return shown_in(app, "#editor-message")


def screen_text(app: CoachApp) -> str:
    """The visible characters of the screen, from the SVG screenshot."""
    svg = app.export_screenshot()
    chunks = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    return html.unescape("".join(chunks)).replace("\xa0", " ")


async def open_reflect(app: CoachApp, pilot: object) -> None:
    await pilot.press("2")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    reflect(app)


async def paste(app: CoachApp, pilot: object, text: str) -> None:
    """What a terminal sends when text is pasted: the app hands it to the focused widget."""
    app.post_message(events.Paste(text))
    await pilot.pause()  # type: ignore[attr-defined]


def choose(app: CoachApp, option_id: str) -> None:
    options = app.screen.query_one(OptionList)
    options.highlighted = options.get_option_index(option_id)


# -- writing -----------------------------------------------------------------------------


async def test_entry_with_a_prompt_and_tags_is_saved_with_ctrl_s(
    app: CoachApp, service: CoachService
) -> None:
    prompt = load_content().themes[0].prompts[1]
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("p")
        assert isinstance(app.screen, PromptPicker)
        choose(app, prompt.id)
        await pilot.press("enter")
        await pilot.pause()
        screen = reflect(app)
        assert prompt.text in shown_in(app, "#prompt-text")
        assert prompt.hint and prompt.hint in shown_in(app, "#prompt-hint")
        assert screen.focused is screen.query_one("#body", TextArea)
        await pilot.press(*"Colleagues ask me to untangle briefs.")
        screen.set_focus(screen.query_one("#tags", Input))
        await pilot.press(*"#Briefs strengths")
        await pilot.press("ctrl+s")
        await settle(app, pilot)

        [entry] = service.journal.find()
        assert entry.body == "Colleagues ask me to untangle briefs."
        assert entry.prompt_id == prompt.id
        assert entry.prompt_text == prompt.text
        assert entry.tags == ("briefs", "strengths")
        # The editor is ready for the next entry, and the new one heads the list.
        assert editor_text(app) == ""
        assert screen.query_one("#tags", Input).value == ""
        assert row_ids(app) == [entry.id]
        assert "#briefs" in row_text(app, 0)
        assert any(n.message == "Entry saved" for n in app._notifications)
        assert "Free writing" in screen_text(app)


async def test_links_to_a_goal_and_an_aspiration_are_saved(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        screen = reflect(app)
        await pilot.press("w")
        await pilot.press(*"Linked")
        goal = screen.query_one("#goal", Select)
        aspiration = screen.query_one("#aspiration", Select)
        goal.value = "g-artdir0001"
        aspiration.value = "a-director01"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        [entry] = service.journal.find(search="linked")
        assert entry.goal_ids == ("g-artdir0001",)
        assert entry.aspiration_ids == ("a-director01",)
        assert goal.value is Select.NULL and aspiration.value is Select.NULL


async def test_empty_text_is_refused_with_a_message(app: CoachApp, service: CoachService) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("w")
        await pilot.press("space", "enter", "space")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert service.journal.count() == 0
        assert "Write something first" in message(app)
        assert "Write something first" in screen_text(app)


async def test_a_tag_with_a_problem_is_refused_inline(app: CoachApp, service: CoachService) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        screen = reflect(app)
        await pilot.press("w", *"text")
        screen.query_one("#tags", Input).value = "x" * 80
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert service.journal.count() == 0
        assert "Not saved" in message(app)
        assert editor_text(app) == "text"


async def test_new_entry_command_focuses_an_empty_editor(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        app.action_new_entry()
        await pilot.pause()
        screen = reflect(app)
        assert screen.focused is screen.query_one("#body", TextArea)
        await pilot.press(*"typed")
        assert editor_text(app) == "typed"


# -- keeping unsaved text ------------------------------------------------------------------


async def test_quitting_with_unsaved_text_asks_first(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("w", *"half a thought")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running
        assert editor_text(app) == "half a thought"


async def test_quitting_with_nothing_unsaved_does_not_ask(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_switching_modes_keeps_the_text(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("w", *"still here")
        await pilot.press("escape", "1")
        assert app.current_mode == "dashboard"
        await pilot.press("2")
        await pilot.pause()
        assert editor_text(app) == "still here"


# -- finding -------------------------------------------------------------------------------


async def test_search_filters_the_rows_and_escape_clears_it(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        assert len(row_ids(app)) == 6
        await pilot.press("slash", *"PITCH")
        await pilot.pause()
        assert row_ids(app) == ["j-seed000000", "j-seed000003"]
        await pilot.press("space", *"acme")  # every word must match
        await pilot.pause()
        assert row_ids(app) == ["j-seed000000"]
        assert "1 of 6" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
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
        assert reflect(app).journal.search.value == "pitch"
        assert app.focused is table(app)
        assert row_ids(app) == ["j-seed000000", "j-seed000003"]
        assert not isinstance(app.screen, PromptPicker)
        # Opened again, the words there are selected: the first key replaces them.
        send_burst(app, "/acme")
        for _ in range(8):
            await pilot.pause()
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
        await pilot.pause()
        found = service.journal.ids(search="interview")
        assert 0 < len(found) < 10_000
        assert row_ids(app) == found[: len(row_ids(app))]
        assert len(row_ids(app)) == min(len(found), PAGE)


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
        await pilot.pause()
        assert len(row_ids(app)) == 2
        for text in NASTY:
            reflect(app).query_one("#search", Input).value = ""
            await pilot.pause()
            await paste(app, pilot, text)
            assert app.is_running
        assert not any(b in screen_text(app) for b in CONTROL_BYTES)


# -- snapshots ---------------------------------------------------------------------------------


def test_snapshot_seeded_120x40(snap_compare: object, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=["2"])  # type: ignore[operator]


def test_snapshot_seeded_80x24(snap_compare: object, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=["2"])  # type: ignore[operator]


async def _write_with_prompt(pilot: object) -> None:
    app = pilot.app  # type: ignore[attr-defined]
    await pilot.press("2", "p")  # type: ignore[attr-defined]
    choose(app, "sk-five-years")
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.press(*"Leading a small studio, ")  # type: ignore[attr-defined]
    await pilot.press(*"with people I trust.")  # type: ignore[attr-defined]
    reflect(app).query_one("#tags", Input).value = "vision studio"
    await pilot.pause()  # type: ignore[attr-defined]


def test_snapshot_writing_with_a_prompt_120x40(snap_compare: object, service: CoachService) -> None:
    seed(service)
    assert snap_compare(  # type: ignore[operator]
        make_app(service), terminal_size=(120, 40), run_before=_write_with_prompt
    )


def test_snapshot_writing_with_a_prompt_80x24(snap_compare: object, service: CoachService) -> None:
    seed(service)
    assert snap_compare(  # type: ignore[operator]
        make_app(service), terminal_size=(80, 24), run_before=_write_with_prompt
    )

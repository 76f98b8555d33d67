"""Reflect: writing and saving entries, and the text kept while it is not saved."""

from __future__ import annotations

from textual.widgets import Input, Select, TextArea

from coach.content.loader import load_content
from coach.service import CoachService
from screens.app import CoachApp
from screens.journal.prompt_picker import PromptPicker
from screens.widgets.dialogs import Confirm
from tests.seed import seed
from tests.tui.journal.reflect_pilot import (
    SIZE,
    choose,
    editor_text,
    message,
    open_reflect,
    reflect,
    row_ids,
    row_text,
    shown_in,
)
from tests.tui.pilot import screen_text, settle

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


async def test_quitting_with_only_tags_typed_asks_first(
    app: CoachApp, service: CoachService
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("w", *"a saved line", "ctrl+s")  # then tab: the tags of the next one
        await settle(app, pilot)
        await pilot.press("tab", *"notes that landed here")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("enter")  # the safe answer: stay
        await pilot.pause()
        assert app.is_running
        assert reflect(app).query_one("#tags", Input).value == "notes that landed here"
    assert [e.body for e in service.journal.find()] == ["a saved line"]


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


async def test_f4_hands_the_text_to_your_editor_and_takes_it_back(
    app: CoachApp,
    service: CoachService,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import contextlib
    import sys

    seen = tmp_path / "seen.txt"
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys\n"
        "path = sys.argv[-1]\n"
        f"open({str(seen)!r}, 'w').write(open(path).read())\n"
        "open(path, 'a').write(' and more, from the editor')\n"
    )
    monkeypatch.setenv("VISUAL", f"{sys.executable} {script}")
    # The test's terminal cannot be handed over; a real one is (Textual's App.suspend).
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=SIZE) as pilot:
        await open_reflect(app, pilot)
        await pilot.press("w", *"half a thought")
        await pilot.press("f4")
        await settle(app, pilot)
        assert seen.read_text() == "half a thought"
        assert editor_text(app) == "half a thought and more, from the editor"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    assert [e.body for e in service.journal.find()] == ["half a thought and more, from the editor"]

"""The key bar: the keys that work here, as one line, and a click presses one."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input

from coach.service import CoachService
from screens.app import CoachApp
from screens.widgets.key_bar import KeyBar
from tests.seed import seed

GROUP = Binding.Group("Pick", compact=True)


class Keys(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "note('new')", "New"),
        Binding("x,delete", "note('gone')", "Delete [b]now[/b]"),  # two keys, one entry
        Binding("h", "note('hidden')", "Hidden", show=False),
        Binding("1", "note('one')", "One", group=GROUP),
        Binding("2", "note('two')", "Two", group=GROUP),
        Binding("o", "note('off')", "Off"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.pressed: list[str] = []

    def compose(self) -> ComposeResult:
        yield Input(id="field")
        yield KeyBar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if parameters == ("off",) else True  # None: shown, but disabled

    def action_note(self, what: str) -> None:
        self.pressed.append(what)


def bar_text(app: App[object]) -> str:
    return app.query_one(KeyBar).render().plain


async def test_the_line_lists_shown_keys_once_with_the_palette_at_the_edge() -> None:
    app = Keys()
    async with app.run_test(size=(100, 10)) as pilot:
        app.set_focus(None)
        await pilot.pause()
        line = bar_text(app)
        assert line.startswith(" n New  x Delete [b]now[/b]  12 Pick  o Off ")
        assert "Hidden" not in line and "delete" not in line
        assert line.endswith("▏^p palette ")
        assert len(line) == 100


async def test_the_line_follows_the_focus() -> None:
    app = Keys()
    async with app.run_test(size=(100, 10)) as pilot:
        app.set_focus(None)
        await pilot.pause()
        assert bar_text(app).startswith(" n New")
        app.query_one(Input).focus()
        await pilot.pause()
        # A focused field types letters and digits: keys it would type are not offered.
        assert bar_text(app).strip() == "▏^p palette"


async def test_a_click_presses_the_key_and_a_disabled_one_only_rings() -> None:
    app = Keys()
    async with app.run_test(size=(100, 10)) as pilot:
        app.set_focus(None)
        await pilot.pause()
        bar = app.query_one(KeyBar)
        line = bar_text(app)
        await pilot.click(bar, offset=(line.index("New"), 0))
        await pilot.click(bar, offset=(line.index("2"), 0))
        await pilot.click(bar, offset=(line.index("Off"), 0))
        await pilot.pause()
        assert app.pressed == ["new", "two"]
        at = line.index("Off")
        styles = [str(span.style) for span in bar.render().spans if span.start <= at < span.end]
        assert styles and all("dim" in style for style in styles)


async def test_a_narrow_bar_leaves_off_whole_keys_and_keeps_the_palette() -> None:
    app = Keys()
    async with app.run_test(size=(30, 10)) as pilot:
        app.set_focus(None)
        await pilot.pause()
        line = bar_text(app)
        assert len(line) == 30
        assert line.startswith(" n New ")  # "x Delete" does not fit: left off, not cut
        assert "x Del" not in line
        assert line.endswith("▏^p palette ")


async def test_the_dashboard_bar_follows_the_focused_section(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        line = bar_text(app)
        assert line.startswith(" ⏎ Open  w Write  a New aspiration")
        assert " 123456 Screens " in line and " ? Help " in line
        await pilot.press("tab", "tab", "tab")  # to the journal panel: its enter is not shown
        await pilot.pause()
        assert bar_text(app).startswith(" w Write")

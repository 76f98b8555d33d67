"""Helpers for driving the Aspirations screen and its dialogs in pilot tests."""

from __future__ import annotations

import html
import re

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList, Static

from screens.app import CoachApp
from screens.aspirations.screen import AspirationsScreen


async def open_aspirations(app: CoachApp, pilot: Pilot[None]) -> AspirationsScreen:
    await pilot.press("3")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, AspirationsScreen)
    return screen


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Type ``text`` key by key into whatever has focus."""
    for char in text:
        await pilot.press("space" if char == " " else char)


async def paste(app: CoachApp, pilot: Pilot[None], text: str) -> None:
    """Paste ``text`` into the focused widget, as a terminal delivers a paste."""
    assert app.focused is not None
    app.focused.post_message(events.Paste(text))
    await pilot.pause()


def screen_text(app: CoachApp) -> str:
    """The visible characters of the screen, from the SVG screenshot."""
    svg = app.export_screenshot()
    chunks = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    return html.unescape("".join(chunks)).replace("\xa0", " ")


def widget_texts(app: CoachApp) -> list[str]:
    """The text content of every label, static and option on the active screen."""
    texts: list[str] = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Static | Label):
            texts.append(getattr(widget.visual, "plain", str(widget.visual)))
        elif isinstance(widget, OptionList):
            for index in range(widget.option_count):
                prompt = widget.get_option_at_index(index).prompt
                texts.append(getattr(prompt, "plain", str(prompt)))
    return texts


def static_text(app: CoachApp, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return getattr(widget.visual, "plain", str(widget.visual))


def input_value(app: CoachApp, selector: str) -> str:
    return app.screen.query_one(selector, Input).value

"""Helpers for driving the app in pilot tests: what the screen shows, typing, bursts, saves.

Every app test imports these from here (tests never import each other).
"""

from __future__ import annotations

import html
import re

from textual import events
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList, Static

from screens.app import CoachApp
from screens.aspirations.screen import AspirationsScreen


async def settle(app: CoachApp, pilot: Pilot[None]) -> None:
    """Let saves finish and the screen redraw."""
    await app.settled()
    await pilot.pause()


def screen_text(app: CoachApp) -> str:
    """The visible characters of the screen, from the SVG screenshot."""
    svg = app.export_screenshot()
    chunks = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    return html.unescape("".join(chunks)).replace("\xa0", " ")


def screen_lines(app: CoachApp) -> list[str]:
    """The screen as rows of cells (one character a cell), from the SVG screenshot."""
    width, height = app.size
    rows = [[" "] * width for _ in range(height)]
    svg = app.export_screenshot()
    found = r'<text class="[^"]*-r\d+" x="([\d.]+)" [^>]*-line-(\d+)\)">(.*?)</text>'
    for x, line, text in re.findall(found, svg, flags=re.S):
        column = round(float(x) / 12.2)  # each cell is 12.2 pixels wide
        for n, char in enumerate(html.unescape(text).replace("\xa0", " ")):
            if int(line) < height and column + n < width:
                rows[int(line)][column + n] = char
    return ["".join(row) for row in rows]


def region_words(app: CoachApp, widget: Widget) -> str:
    """The words ``widget`` shows on screen inside its border, as one line."""
    region = widget.content_region
    rows = screen_lines(app)[region.y : region.bottom]
    return " ".join(" ".join(row[region.x : region.right] for row in rows).split())


def static_text(app: CoachApp, selector: str) -> str:
    """The plain text a Static (or Label) of the current screen shows."""
    widget = app.screen.query_one(selector, Static)
    return getattr(widget.visual, "plain", str(widget.visual))


def option_texts(app: CoachApp, selector: str) -> list[str]:
    """The plain text of each option of an OptionList of the current screen."""
    options = app.screen.query_one(selector, OptionList)
    return [str(getattr(o.prompt, "plain", o.prompt)) for o in options.options]


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


def input_value(app: CoachApp, selector: str) -> str:
    return app.screen.query_one(selector, Input).value


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Type ``text`` key by key into whatever has focus."""
    for char in text:
        await pilot.press("space" if char == " " else char)


async def paste(app: CoachApp, pilot: Pilot[None], text: str) -> None:
    """What a terminal sends when text is pasted: the app hands it to the focused widget."""
    app.post_message(events.Paste(text))
    await pilot.pause()


def send_burst(app: CoachApp, keys: str) -> None:
    """Queue keys all at once, as a terminal delivers a fast burst (pilot.press waits)."""
    names = {"/": "slash", "\r": "enter", "\x1b": "escape", "\t": "tab"}
    for char in keys:
        app.post_message(events.Key(names.get(char, char), char if char.isprintable() else None))


async def open_aspirations(app: CoachApp, pilot: Pilot[None]) -> AspirationsScreen:
    await pilot.press("3")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, AspirationsScreen)
    return screen

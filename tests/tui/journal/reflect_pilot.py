"""Helpers shared by the tests of this folder (split from test_reflect.py)."""

from __future__ import annotations

from textual.widgets import DataTable, OptionList, Static, TextArea

from screens.app import CoachApp
from screens.journal.entries import MORE
from screens.journal.screen import ReflectScreen

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


async def searched(app: CoachApp, pilot: object) -> None:
    """Wait for the search typed so far: it runs on a worker thread, the list fills after."""
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]


async def open_reflect(app: CoachApp, pilot: object) -> None:
    await pilot.press("2")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    reflect(app)


def choose(app: CoachApp, option_id: str) -> None:
    options = app.screen.query_one(OptionList)
    options.highlighted = options.get_option_index(option_id)

"""Helpers shared by the tests of this folder (split from test_board.py)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from textual.widgets import Static

from coach.service import CoachService
from screens.app import CoachApp
from screens.board.column import BoardColumn
from screens.board.screen import BoardScreen

# The seeded board (tests/tui/data.py), column by column, in board order.
SEEDED = {
    "backlog": ["g-awards0001", "g-portfolio1"],
    "next": ["g-artdir0001"],
    "doing": ["g-pitches001"],
    "done": ["g-assoc00001"],
}


def on_disk(reopen: Callable[[], CoachService]) -> dict[str, list[str]]:
    """Each column's goal ids in board order, as another process reads the file."""
    fresh = reopen()
    return {c.id: [g.id for g in fresh.goals.in_column(c.id)] for c in fresh.board.columns()}


def screen_lines(app: CoachApp) -> list[str]:
    """The screen as lines of text, rebuilt from the SVG screenshot."""
    svg = app.export_screenshot()
    rows: dict[int, dict[int, str]] = {}
    pattern = r'<text[^>]*x="([\d.]+)"[^>]*clip-path="url\(#[\w-]+-line-(\d+)\)">(.*?)</text>'
    for x, line, chunk in re.findall(pattern, svg, flags=re.S):
        rows.setdefault(int(line), {})[round(float(x) / 12.2)] = html.unescape(chunk)
    out = []
    for line in range(max(rows, default=-1) + 1):
        text = ""
        for col, chunk in sorted(rows.get(line, {}).items()):
            text = text.ljust(col) + chunk.replace("\xa0", " ")
        out.append(text)
    return out


def titles(board: BoardScreen) -> list[str]:
    """Each column's title as drawn (its name fitted beside how full it is)."""
    return [w.title_shown.plain for w in board.query(BoardColumn)]


def notes(app: CoachApp) -> list[str]:
    """The messages of the notifications shown so far."""
    return [n.message for n in app._notifications]


def column_text(widget: BoardColumn) -> str:
    """What a column draws, line by line."""
    height = widget.scrollable_content_region.height
    return "\n".join(widget.render_line(y).text for y in range(height))


def board_of(app: CoachApp) -> BoardScreen:
    screen = app.screen
    assert isinstance(screen, BoardScreen)
    return screen


def status(app: CoachApp) -> str:
    return str(board_of(app).query_one("#board-status", Static).render())


async def open_board(app: CoachApp, pilot: Any) -> BoardScreen:
    await pilot.press("4")
    await pilot.pause()
    return board_of(app)


def shown_ids(board: BoardScreen) -> list[list[str]]:
    return [[g.id for g in goals] for goals in board.board.shown]

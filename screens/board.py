"""The Board screen (being built)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from screens.base import CoachScreen


class BoardScreen(CoachScreen):
    TITLE = "Board"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Board", classes="empty")
        yield Footer()

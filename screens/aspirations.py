"""The Aspirations screen (being built)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from screens.base import CoachScreen


class AspirationsScreen(CoachScreen):
    TITLE = "Aspirations"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Aspirations", classes="empty")
        yield Footer()

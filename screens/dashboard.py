"""The Dashboard screen (being built)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from screens.base import CoachScreen


class DashboardScreen(CoachScreen):
    TITLE = "Dashboard"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Dashboard", classes="empty")
        yield Footer()

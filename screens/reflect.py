"""The Reflect screen (being built)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from screens.base import CoachScreen


class ReflectScreen(CoachScreen):
    TITLE = "Reflect"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Reflect", classes="empty")
        yield Footer()

"""coach's own colours, registered as Textual themes and in use from the start."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.theme import Theme

COACH_DARK = Theme(
    name="coach",
    primary="#7aa2c9",
    secondary="#c9a86a",
    accent="#8fbf8f",
    warning="#e0b050",
    error="#e06c6c",
    success="#8fbf8f",
    foreground="#dcdcd6",
    background="#1d2024",
    surface="#262a2f",
    panel="#30353b",
    dark=True,
)

COACH_LIGHT = Theme(
    name="coach-light",
    primary="#2f5d8a",
    secondary="#8a6a2f",
    accent="#3f7f3f",
    warning="#9a6a00",
    error="#b03030",
    success="#3f7f3f",
    foreground="#23262a",
    background="#f6f4ef",
    surface="#ecebe6",
    panel="#e0ded8",
    dark=False,
)

THEMES = (COACH_DARK, COACH_LIGHT)


def use_coach_theme(app: App[Any]) -> None:
    """Register coach's themes and start ``app`` in the one set; call it in ``__init__``.

    Assigning ``app.theme`` would re-parse every piece of CSS once the app runs (its
    watcher refreshes the CSS). Nothing is parsed yet in ``__init__``, so the theme is
    set without its watcher, the stylesheet takes its colours, and the app its classes.
    """
    from coach.config import settings

    for theme in THEMES:
        app.register_theme(theme)
    # The theme setting (`coach config set theme light`); a wrong one is said after the
    # first frame (screens/app.py) and the dark theme used.
    chosen = COACH_LIGHT if settings().theme == "light" else COACH_DARK
    app.set_reactive(App.theme, chosen.name)
    app.stylesheet.set_variables(app.get_css_variables())
    mode = "-dark-mode" if chosen.dark else "-light-mode"
    app.set_class(True, f"-theme-{chosen.name}", mode, update=False)
    app.set_class(False, "-light-mode" if chosen.dark else "-dark-mode", update=False)

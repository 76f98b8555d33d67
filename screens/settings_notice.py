"""What the app says at start about a settings file it could not take as it is."""

from __future__ import annotations

from coach.text import fold_path

# Textual's toast is 60 cells wide, at most half the screen; its border and padding take 4.
TOAST_WIDTH, TOAST_MARGIN = 60, 4


def settings_notices(screen_width: int) -> list[str]:
    """One notice for the settings file (its path once, then each problem), folded for a
    toast on a screen ``screen_width`` cells wide: a toast breaks a long word anywhere, so
    the path is broken between its folders ("/tmp/coach/" then "config.toml")."""
    from coach.config import config_path, load

    path = str(config_path())
    problems = load()[1]
    in_file = [p[len(path) :].removeprefix(":").strip() for p in problems if p.startswith(path)]
    if not in_file:
        return problems
    width = max(min(TOAST_WIDTH, screen_width // 2) - TOAST_MARGIN, 10)
    notice = fold_path(path, width) + "\n" + "\n".join(in_file)
    return [notice, *(p for p in problems if not p.startswith(path))]

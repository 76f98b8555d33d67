"""Defaults shared by the model and the store's migrations."""

from __future__ import annotations

# (id, name, is the Done column)
DEFAULT_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("backlog", "Backlog", False),
    ("next", "Next", False),
    ("doing", "Doing", False),
    ("done", "Done", True),
)

"""Messages the app sends its screens."""

from __future__ import annotations

from textual.message import Message


class StoreChanged(Message):
    """The store changed (a save here, or another coach process wrote the file)."""

    def __init__(self, *, external: bool = False) -> None:
        super().__init__()
        self.external = external


class ServiceLoaded(Message):
    """The store finished loading on its thread (or failed to: the app asks its future)."""

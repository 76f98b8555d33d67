"""Messages the app sends its screens."""

from __future__ import annotations

from textual.message import Message


class StoreChanged(Message):
    """The store changed (a save here, or another coach process wrote the file)."""

    def __init__(self, *, external: bool = False) -> None:
        super().__init__()
        self.external = external

"""The board's words filter: a field that leaves at once on enter or escape."""

from __future__ import annotations

from textual import events
from textual.message import Message

from screens.widgets.burst_input import BurstInput


class FilterField(BurstInput):
    """The words filter. Enter and escape leave it at once (not later, as focus does),
    so the keys already queued behind them are the board's, not more words."""

    class Closed(Message):
        """The person left the field: keeping ``value`` (enter) or clearing it (escape)."""

        def __init__(self, value: str, *, cleared: bool) -> None:
            super().__init__()
            self.value = value
            self.cleared = cleared

    async def on_key(self, event: events.Key) -> None:
        # Runs before Input's own key handling; prevent_default keeps Input from typing it.
        if self.screen.focused is not self:
            event.prevent_default()  # not typed here: the key goes on up to the board
        elif event.key in ("enter", "escape"):
            event.stop()
            event.prevent_default()
            self.screen.set_focus(None)
            # Straight to the screen, ahead of the keys still queued here.
            self.screen.post_message(self.Closed(self.value, cleared=event.key == "escape"))

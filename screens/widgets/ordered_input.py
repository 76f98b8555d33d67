"""An Input whose enter runs the screen's action in enter's own turn.

Input's enter posts a Submitted message, handled after the key; the app hands the
keys of a burst on one at a time (:mod:`screens.key_order`), and running the action
at once means the focus has moved on (to the next field, the next step) before the
key behind enter is handed on.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input


class OrderedInput(Input):
    """An Input whose enter runs ``submit_action`` (e.g. ``"screen.next"``) when given."""

    def __init__(self, *, submit_action: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.submit_action = submit_action

    async def on_key(self, event: events.Key) -> None:
        # Runs before Input's own key handling (a subclass's handler comes first);
        # prevent_default keeps Input from also submitting.
        if event.key == "enter" and self.submit_action is not None:
            event.stop()
            event.prevent_default()
            await self.run_action(self.submit_action)

"""An Input that keeps keys typed in a burst in order across a change of focus.

Textual routes each key to the widget that has focus when the key is read, and
runs bindings only once the key has bubbled up to the app. So when enter in an
input moves the focus on (say, to the next question's rating) and the next key
was typed in the same burst (a fast typist, tmux, a test terminal), that key is
already queued for the input and lands in the text being left behind.

``OrderedInput`` runs its submit action within enter's own turn, so the focus
has moved before the following key is looked at, and hands any key that
reaches it after the focus moved on to the widget that has the focus now.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class OrderedInput(Input):
    """An Input whose enter runs ``submit_action`` at once (e.g. ``"screen.next"``)."""

    def __init__(self, *, submit_action: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.submit_action = submit_action

    async def on_key(self, event: events.Key) -> None:
        # Runs before Input's own key handling (a subclass's handler comes first);
        # prevent_default keeps Input from also typing the key.
        focused = self.screen.focused
        if focused is not self and focused is not None:
            # Typed before the focus moved on: it belongs to the widget focused now.
            event.stop()
            event.prevent_default()
            focused.post_message(events.Key(event.key, event.character))
            return
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            await self.run_action(self.submit_action)

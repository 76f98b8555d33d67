"""Keys typed together are handled one after another, each where the focus is by its turn.

Textual reads every key of a burst (a paste, a fast typist, tmux, a slow SSH link)
before the first has been handled: each is handed to the widget focused when it is
read, and the bindings run only once a key has bubbled up to the app. So in a form,
"title tab why" put the why in the title (the tab moved the focus after the letters
behind it had been given to the title), and "n" followed by words typed the words into
the list under the dialog "n" was opening.

:class:`KeysInOrderApp` hands keys on one at a time instead, as if they had been
typed slowly: the next key waits until the one before it has been through every
widget it bubbles through (a marker follows it up the same path, a callback queued on
each widget in turn: each widget handles its queue in order), and, when that key opened
a screen, until the screen is up and has set its focus. A key that moves the focus is
then done before the next is read, wherever it came from. A widget that closed on the
way (enter that closed a dialog) passes the marker on to the app at once.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from textual import events
from textual.app import App
from textual.dom import DOMNode

# A marker that has not come back by then was lost (its widget went away while the key
# was on its way): the keys behind it must not wait for ever.
GIVE_UP_SECONDS = 0.5
# While a screen opens, the keys behind it wait in steps of this, for a second at most.
RETRY_SECONDS = 0.01
HOLD_SECONDS = 1.0
# Rounds a marker makes behind a key: the second waits for what the key's own handling
# posted on the same path (an input's Submitted, a list's OptionSelected).
ROUNDS = 2


class Marker:
    """Follows a key up: when it reaches the app, the key has been handled."""

    def __init__(self, rounds_left: int) -> None:
        self.rounds_left = rounds_left


class KeysInOrderApp(App[None]):
    """An App that handles the keys of a burst in order, one at a time (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._waiting: deque[events.Key | events.Paste] = deque()
        self._marker: Marker | None = None
        self._held_for = 0.0

    @property
    def keys_waiting(self) -> bool:
        """Are keys of a burst still waiting to be handed on (or one on its way)?"""
        return bool(self._waiting) or self._marker is not None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            self._waiting.append(event)
            if self._marker is None and len(self._waiting) == 1:
                await self._hand_on()
            return
        await super().on_event(event)

    async def _arrived(self, marker: Marker) -> None:
        if marker is not self._marker:
            return  # one given up on
        if marker.rounds_left > 0 and self._follow(marker.rounds_left - 1):
            return
        self._marker = None
        self._held_for = 0.0
        await self._hand_on()

    def _follow(self, rounds_left: int) -> bool:
        """Send a marker up from the focus; False when there is nowhere to send it."""
        try:
            target: DOMNode = self.focused or self.screen
        except Exception:  # no screen: the app is closing
            return False
        marker = Marker(rounds_left)
        self._marker = marker
        self._climb(target, marker)
        self.set_timer(GIVE_UP_SECONDS, lambda: self._give_up(marker))
        return True

    def _climb(self, node: DOMNode, marker: Marker) -> None:
        """Queue the marker on ``node``; once handled there, on its parent, up to the app."""

        def reached() -> None:
            parent = node.parent
            if parent is None or parent is self:
                self.call_later(self._arrived, marker)
            else:
                self._climb(parent, marker)

        if node is self or not node.call_later(reached):
            self.call_later(self._arrived, marker)  # closed on the way: nothing to wait for

    async def _give_up(self, marker: Marker) -> None:
        if self._marker is marker:
            self._marker = None
            await self._hand_on()

    async def _hand_on(self) -> None:
        """Hand the next waiting key on, once the screen it is meant for is up."""
        while self._waiting and self._marker is None:
            if not self._screen_is_up() and self._held_for < HOLD_SECONDS:
                self._held_for += RETRY_SECONDS
                self.set_timer(RETRY_SECONDS, self._hand_on)
                return
            event = self._waiting.popleft()
            await super().on_event(event)
            self._follow(ROUNDS - 1)

    def _screen_is_up(self) -> bool:
        try:
            return self.screen.is_mounted
        except Exception:  # no screen yet: the app is starting
            return True

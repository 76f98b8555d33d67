"""A one-line field that a key opens, and that keeps every word of a fast burst.

A search or filter field opened by "/" gets the focus at once, but the keys typed
right behind "/" (a fast typist, or keys queued while the app was busy) may
already be on their way to the widget that had the focus. The screen then types
them here itself (:meth:`BurstInput.type_text`). Textual's ``Input`` selects its
whole text when it hears of the focus, which comes after those keys: the next key
would replace every word typed so far. So this field selects its words when it is
opened (:meth:`BurstInput.open`), and not again on focus.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input
from textual.widgets.input import Selection


class BurstInput(Input):
    """An ``Input`` opened by a key: typing replaces the words it had, never later ones."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(select_on_focus=False, **kwargs)

    def open(self) -> None:
        """Take the focus now and select the words already here: the first key replaces them."""
        self.screen.set_focus(self)
        self.selection = Selection(0, len(self.value))

    def type_text(self, text: str) -> None:
        """Type ``text`` as a key here would: over the selection, else at the cursor."""
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *selection)

"""The board's filters: words typed after "/", one aspiration (a), one tag (t).

:class:`BoardFilters` is the part of the board screen that narrows what the columns
show; the screen builds on it. Filtering never changes the store, only the view.
"""

from __future__ import annotations

from dataclasses import replace

from textual import events
from textual.widgets import Input

from screens.base import CoachScreen
from screens.board.dialogs import PickOne
from screens.board.filter_field import FilterField
from screens.board.model import BoardModel, Filters


class BoardFilters(CoachScreen):
    """What the board's filter keys do; the screen supplies the model and the drawing."""

    board: BoardModel

    def _rebuild_cards(self, only: tuple[int, ...] | None = None) -> None:
        raise NotImplementedError

    def _draw(self) -> None:
        raise NotImplementedError

    def action_filter_text(self) -> None:
        field = self.query_one("#board-filter", FilterField)
        field.display = True
        field.open()  # the focus now, not deferred

    def on_key(self, event: events.Key) -> None:
        # Keys of a burst ("/pitch⏎jK") reach this screen before a binding could move
        # the focus. So "/" opens the field right here, and while it is open the keys
        # that landed here anyway are words (or enter/escape), not commands.
        field = self.query_one("#board-filter", FilterField)
        typing = self.focused is field
        if typing and event.is_printable and event.character is not None:
            field.type_text(event.character)
            self._filter(replace(self.board.filters, text=field.value))
        elif typing and event.key in ("enter", "escape"):
            self.set_focus(None)
            self._close_filter(field.value, cleared=event.key == "escape")
        elif self.focused is None and event.key == "slash":
            self.action_filter_text()
        else:
            return
        event.stop()
        event.prevent_default()

    def on_filter_field_closed(self, message: FilterField.Closed) -> None:
        self._close_filter(message.value, cleared=message.cleared)

    def _close_filter(self, value: str, *, cleared: bool) -> None:
        if cleared:
            self.action_clear_filters()
            return
        self._filter(replace(self.board.filters, text=value))
        self.query_one("#board-filter", FilterField).display = bool(value.strip())

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "board-filter":  # its value now: a Changed can arrive late
            self._filter(replace(self.board.filters, text=event.input.value))

    def action_clear_filters(self) -> None:
        field = self.query_one("#board-filter", Input)
        with field.prevent(Input.Changed):
            field.value = ""
        field.display = False
        self.set_focus(None)
        self._filter(Filters())

    def _filter(self, filters: Filters | None) -> None:
        if filters is not None and self.board.set_filters(filters):
            self._rebuild_cards()
            self._draw()

    def action_filter_aspiration(self) -> None:
        current = self.board.filters
        choices = [("", "All aspirations")]
        choices += [(a.id, a.title) for a in self.service.aspirations.find("active")]
        self.app.push_screen(
            PickOne("Show the goals of which aspiration?", choices, current=current.aspiration_id),
            lambda chosen: self._filter(
                None if chosen is None else replace(self.board.filters, aspiration_id=chosen)
            ),
        )

    def action_filter_tag(self) -> None:
        tags = self.board.tags()
        if not tags:
            self.notify("No goal has a tag yet.", markup=False)
            return
        choices = [("", "All tags"), *((t, f"#{t}") for t in tags)]
        self.app.push_screen(
            PickOne("Show the goals with which tag?", choices, current=self.board.filters.tag),
            lambda chosen: self._filter(
                None if chosen is None else replace(self.board.filters, tag=chosen)
            ),
        )

"""The bottom line of every screen: the keys that work here, drawn as one widget.

Textual's ``Footer`` shows the same keys with one widget per key, and remounts
them all whenever the keys change; on the first screen that costs more than the
rest of the screen's chrome together. :class:`KeyBar` draws the keys as one line
of text from ``screen.active_bindings``, the way the footer lays them out:

- the focused widget's keys first, then the screen's, then the app's;
- one entry per action (the first of its keys), disabled ones dimmed;
- a run of keys in the same compact group as one entry (``1234 Screens``);
- the command palette's key kept at the right edge.

A click on a key presses it. Descriptions are coach's own words, never markup.
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from textual.content import Content
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.events import Click
    from textual.screen import Screen

KEY_STYLE = "bold $footer-key-foreground"
TEXT_STYLE = "$footer-description-foreground"


class KeySpan(NamedTuple):
    """Where one key is drawn on the line: cells ``start`` to ``end``, and what it presses."""

    start: int
    end: int
    key: str
    enabled: bool


class Shown(NamedTuple):
    """One binding as the bar shows it."""

    binding: Binding
    enabled: bool
    display: str


class KeyBar(Widget):
    """The keys of the current screen and focus, on one line docked at the bottom."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        width: 100%;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """
    ALLOW_SELECT = False

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[KeySpan] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, _: Screen[object]) -> None:
        self.refresh()

    def _shown(self) -> tuple[list[Shown], Shown | None]:
        """The keys to show, in order, and the command palette's key (or None)."""
        app = self.app
        active = self.screen.active_bindings
        palette: Shown | None = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _, binding, enabled, _ = active[app.COMMAND_PALETTE_BINDING]
            palette = Shown(binding, enabled, app.get_key_display(binding))
        by_action: dict[str, Shown] = {}
        for _, binding, enabled, _ in active.values():
            if binding.show and binding.action not in by_action:
                by_action[binding.action] = Shown(binding, enabled, app.get_key_display(binding))
        return list(by_action.values()), palette

    def render(self) -> Content:
        shown, palette = self._shown()
        parts: list[Content] = []
        spans: list[KeySpan] = []
        at = 0

        def key(item: Shown, text: str, description: str = "") -> Content:
            # The key and its description: a click anywhere on them presses it.
            nonlocal at
            width = cell_len(text) + cell_len(description)
            spans.append(KeySpan(at, at + width, item.binding.key, item.enabled))
            at += width
            dim = "" if item.enabled else " dim"
            return Content.assemble((text, KEY_STYLE + dim), (description, TEXT_STYLE + dim))

        def words(text: str) -> Content:
            nonlocal at
            at += cell_len(text)
            return Content.styled(text, TEXT_STYLE)

        for group, run in groupby(shown, lambda item: item.binding.group):
            items = list(run)
            if group is not None and len(items) > 1:
                parts.append(words(" "))
                sep = "" if group.compact else " "
                for n, item in enumerate(items):
                    if n:
                        parts.append(words(sep))
                    parts.append(key(item, item.display))
                parts.append(words(f" {group.description} "))
                continue
            for item in items:
                parts.append(key(item, f" {item.display} ", f"{item.binding.description} "))
        line = Content("").join(parts)
        width = self.size.width
        if palette is not None and width:
            tail_text = f"{palette.display} {palette.binding.description} "
            room = max(0, width - cell_len(tail_text) - 1)
            line = line.truncate(room, pad=True)
            start = room + 1
            spans = [span for span in spans if span.end <= room]
            spans.append(KeySpan(start, width, palette.binding.key, palette.enabled))
            line = Content.assemble(
                line,
                ("▏", "$foreground 20%"),
                (f"{palette.display} ", KEY_STYLE),
                (f"{palette.binding.description} ", TEXT_STYLE),
            )
        self._spans = spans
        return line

    def on_click(self, event: Click) -> None:
        for span in self._spans:
            if span.start <= event.x < span.end:
                event.stop()
                if span.enabled:
                    self.app.simulate_key(span.key)
                else:
                    self.app.bell()
                return

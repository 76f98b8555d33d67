"""The bottom line of every screen: the keys that work here, drawn as one widget.

Textual's ``Footer`` shows the same keys with one widget per key, and remounts
them all whenever the keys change; on the first screen that costs more than the
rest of the screen's chrome together. :class:`KeyBar` draws the keys as one line
of text from ``screen.active_bindings``, the way the footer lays them out:

- the focused widget's keys first, then the screen's, then the app's;
- one entry per action (the first of its keys), disabled ones dimmed;
- a run of keys in the same compact group as one entry (``1234 Screens``);
- the command palette's key kept at the right edge, and the help key beside it when
  the line is too narrow for every key (an entry that does not fit is left off whole);
- help's second key (f1) where the focus takes typing and "?" would be a character
  (Textual leaves a key the focus types out of the active bindings).

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


class _Entry(NamedTuple):
    """One whole entry of the bar: what it draws, how wide, where its keys are in it."""

    content: Content
    width: int
    keys: list[tuple[int, int, Shown]]
    help: bool

    def spans(self, at: int) -> list[KeySpan]:
        """Where its keys are on the line when the entry starts at cell ``at``."""
        return [KeySpan(at + a, at + b, i.binding.key, i.enabled) for a, b, i in self.keys]


def _is_help(binding: Binding) -> bool:
    return binding.action in ("help", "app.help")


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
        # A key the focus types (a "?" in a text box) is not among the active bindings
        # (Textual's check_consume_key): help then shows its other key, f1.
        for _, binding, enabled, _ in active.values():
            if binding.show and binding.action not in by_action:
                by_action[binding.action] = Shown(binding, enabled, app.get_key_display(binding))
        return list(by_action.values()), palette

    def render(self) -> Content:
        shown, palette = self._shown()
        entries = self._entries(shown)
        width = self.size.width
        if palette is None or not width:
            return self._lay_out(entries, [], width or sum(e.width for e in entries))
        tail = [self._entry([(palette, f"{palette.display} ", f"{palette.binding.description} ")])]
        if sum(e.width for e in entries) + 1 + tail[0].width > width:
            # Too narrow for every key: the help key joins the palette's at the right
            # edge, so the way to every other key stays in sight.
            helps = [e for e in entries if e.help]
            entries = [e for e in entries if not e.help]
            tail = helps + tail
        return self._lay_out(entries, tail, width)

    def _entries(self, shown: list[Shown]) -> list[_Entry]:
        """One entry per key, or per run of keys in a group (``123456 Screens``)."""
        out: list[_Entry] = []
        for group, run in groupby(shown, lambda item: item.binding.group):
            items = list(run)
            if group is not None and len(items) > 1:
                sep = "" if group.compact else " "
                parts: list[tuple[Shown | None, str, str]] = [(None, " ", "")]
                for n, item in enumerate(items):
                    if n:
                        parts.append((None, sep, ""))
                    parts.append((item, item.display, ""))
                parts.append((None, f" {group.description} ", ""))
                out.append(self._entry(parts))
                continue
            for item in items:
                out.append(
                    self._entry([(item, f" {item.display} ", f"{item.binding.description} ")])
                )
        return out

    @staticmethod
    def _entry(parts: list[tuple[Shown | None, str, str]]) -> _Entry:
        """Pieces drawn together: a key and its description (a click on either presses
        it), or plain words (``None``)."""
        content: list[Content] = []
        keys: list[tuple[int, int, Shown]] = []
        at = 0
        for item, text, description in parts:
            width = cell_len(text) + cell_len(description)
            if item is None:
                content.append(Content.styled(text, TEXT_STYLE))
            else:
                keys.append((at, at + width, item))
                dim = "" if item.enabled else " dim"
                content.append(
                    Content.assemble((text, KEY_STYLE + dim), (description, TEXT_STYLE + dim))
                )
            at += width
        is_help = any(_is_help(item.binding) for _, _, item in keys)
        return _Entry(Content("").join(content), at, keys, is_help)

    def _lay_out(self, entries: list[_Entry], tail: list[_Entry], width: int) -> Content:
        """``entries`` from the left, each whole (one that does not fit is left off, never
        cut mid-word), then ``tail`` at the right edge after a thin bar."""
        room = width - (sum(e.width for e in tail) + 1 if tail else 0)
        parts: list[Content] = []
        spans: list[KeySpan] = []
        at = 0
        for entry in entries:
            if at + entry.width > room:
                break
            parts.append(entry.content)
            spans.extend(
                KeySpan(at + a, at + b, i.binding.key, i.enabled) for a, b, i in entry.keys
            )
            at += entry.width
        line = Content("").join(parts)
        if tail:
            line = line.pad_right(max(0, room - at))
            line = Content.assemble(line, ("▏", "$foreground 20%"))
            at = max(at, room) + 1
            for entry in tail:
                spans.extend(entry.spans(at))
                line = Content.assemble(line, entry.content)
                at += entry.width
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

"""The ``?`` screen: the keys of the screen you came from, grouped by what they are for.

What this screen does comes first (on the left); moving around, the screens and what
works everywhere on the right. Keys that do the same thing share a row ("← h  Left"),
the four directions of one move share one ("arrows hjkl  Move"), and the toolkit's own
keys that nobody looks up (focus next, copy) are left out, so a screen's keys fit at 80x24.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

from screens.widgets.literal import literal

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "esc",
    "less_than_sign": "<",
    "greater_than_sign": ">",
    "left": "←",
    "right": "→",
    "up": "↑",
    "down": "↓",
}
# Toolkit keys that are there in every screen and that nobody looks up.
LEFT_OUT = {"focus_next", "focus_previous", "app.focus_next", "app.focus_previous"}
LEFT_OUT_WORDS = ("copy selected text",)
MOVING = re.compile(
    r"\b(first|last|home|end|page|top|bottom|scroll)\b|^(left|right|up|down)$", re.IGNORECASE
)
DIRECTION = re.compile(r"^(?P<base>.*?)\s*\b(?P<way>left|right|up|down)$", re.IGNORECASE)
ARROWS = ("←", "→", "↑", "↓")

THIS_SCREEN = "On this screen"
MOVE = "Moving around"
SCREENS = "Screens"
EVERYWHERE = "Everywhere"


def key_label(key: str) -> str:
    *held, last = key.split("+")
    return "+".join([*held, KEY_NAMES.get(last, last)])


@dataclass
class Row:
    description: str
    keys: list[str] = field(default_factory=list)

    def key_text(self) -> str:
        keys = self.keys
        shown: list[str] = []
        if all(a in keys for a in ARROWS):
            shown.append("arrows")
            keys = [k for k in keys if k not in ARROWS]
        shifted = [f"shift+{a}" for a in ARROWS]
        if all(s in keys for s in shifted):
            shown.append("shift+arrows")
            keys = [k for k in keys if k not in shifted]
        letters = [k for k in keys if len(k) == 1 and k.isalpha()]
        if len(letters) == 4:  # the four directions as letters: hjkl
            shown.append("".join(letters))
            keys = [k for k in keys if k not in letters]
        return " ".join([*shown, *keys])


def _task(node: object, binding: Binding, description: str) -> str | None:
    """Which group a key goes in; None for keys left out."""
    if binding.system or binding.action in LEFT_OUT:
        return None
    if description.lower() in LEFT_OUT_WORDS:
        return None
    if binding.action.startswith(("switch_mode", "app.switch_mode")):
        return SCREENS
    if binding.group is not None:
        return SCREENS if isinstance(node, App) else binding.group.description
    if isinstance(node, App):
        return EVERYWHERE
    if not (isinstance(node, Screen) or binding.show):
        return None  # a list's or a text box's own cursor keys: what every list does
    if binding.action.startswith(("cursor_", "scroll_", "page_")) or MOVING.search(description):
        return MOVE
    return THIS_SCREEN


def _sometimes(origin: Screen[object], shown: set[str]) -> list[tuple[str, Binding]]:
    """The screen's own keys that work only at times (its ``HELP_WHEN`` says when) and
    are not active now: the list tells of them too, saying when they work."""
    when: dict[str, str] = getattr(origin, "HELP_WHEN", {})
    found: list[tuple[str, Binding]] = []
    for binding in type(origin).BINDINGS:
        if isinstance(binding, Binding) and binding.action in when:
            for key in binding.key.split(","):
                if key.strip() not in shown:
                    found.append((key.strip(), binding))
    return found


def grouped(origin: Screen[object]) -> dict[str, list[Row]]:
    """The keys of ``origin`` by group, each group's rows in the screen's order: the
    active ones, then its own that work only at times (see :func:`_sometimes`)."""
    groups: dict[str, dict[str, Row]] = {}
    when: dict[str, str] = getattr(origin, "HELP_WHEN", {})
    found = [(key, active.node, active.binding) for key, active in origin.active_bindings.items()]
    found += [(key, origin, b) for key, b in _sometimes(origin, {k for k, _, _ in found})]
    for key, node, binding in found:
        description = binding.description or binding.action
        if binding.action in when:
            description = f"{description} ({when[binding.action]})"
        if description == "palette":
            description = "Commands"
        task = THIS_SCREEN if binding.action in when else _task(node, binding, description)
        if task is None:
            continue
        rows = groups.setdefault(task, {})
        way = DIRECTION.match(description)
        if way and task != SCREENS:
            description = way["base"] or "Move"
        row = rows.setdefault(description, Row(description))
        if key_label(key) not in row.keys:
            row.keys.append(key_label(key))
    if SCREENS in groups:  # the screens share one row: "12345  Dashboard Reflect ..."
        screens = list(groups[SCREENS].values())
        keys = "".join(k for row in screens for k in row.keys[:1])
        groups[SCREENS] = {"": Row(" · ".join(r.description for r in screens), [keys])}
    return {task: list(rows.values()) for task, rows in groups.items()}


def _column(groups: dict[str, list[Row]], names: list[str]) -> Content:
    lines: list[Content] = []
    for name in names:
        rows = groups.get(name)
        if not rows:
            continue
        if lines:
            lines.append(Content(""))
        lines.append(Content.styled(name, "bold"))
        width = max(len(r.key_text()) for r in rows)
        for row in rows:
            lines.append(
                Content.assemble(
                    (row.key_text().ljust(width), "$accent"), "  ", literal(row.description)
                )
            )
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 96%;
        max-width: 110;
        height: auto;
        max-height: 100%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen Horizontal { height: auto; }
    HelpScreen Static { width: 1fr; height: auto; }
    HelpScreen #help-own { margin-right: 2; }
    HelpScreen #title { text-style: bold; }
    HelpScreen #hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape,question_mark,f1,q", "app.pop_screen", "Close", id="help.close")]

    def __init__(self, origin: Screen[object]) -> None:
        super().__init__()
        self.origin = origin

    def compose(self) -> ComposeResult:
        groups = grouped(self.origin)
        own = [name for name in groups if name not in (MOVE, SCREENS, EVERYWHERE)]
        with Vertical():
            yield Label(
                literal(f"Keys on this screen ({self.origin.title or 'coach'})"), id="title"
            )
            with Horizontal():
                yield Static(_column(groups, own), id="help-own")
                general = _column(groups, [MOVE, SCREENS, EVERYWHERE])
                # Nothing general (a modal's keys alone): the screen's own take the width.
                yield Static(general, id="help-general").set_styles(
                    "" if general.plain else "display: none;"
                )
            yield Label("esc, q or ? closes this.", id="hint")

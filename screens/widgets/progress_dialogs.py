"""The dialogs of progress over time, shared by the board, a goal's details and the review.

:class:`LogProgress` asks for a goal's new value (or a milestone), the day and a
note, and hands back a :class:`Logged` (``None`` when cancelled); it edits a logged
entry too. :class:`FinalValue` asks, as a goal moves into Done, whether its target
was reached, and hands back the value it ended on (``None``: leave its numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from coach.coaching.pace import Pace, burnup_of
from coach.models import Goal, ProgressEntry
from coach.quantities import amount, number
from coach.text import one_line
from screens.widgets.literal import literal

if TYPE_CHECKING:
    from screens.base import CoachScreen

_DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 72;
    max-width: 100%;
    height: auto;
    max-height: 100%;
    padding: 0 1;
    border: round $primary;
    border-title-style: bold;
    background: $surface;
}}
{name} .muted {{ color: $text-muted; }}
{name} Label {{ margin-top: 1; }}
/* One line per box, so the whole dialog fits 80x24. */
{name} Input {{ width: 1fr; height: 1; border: none; padding: 0 1; background: $panel; }}
{name} Input:focus {{ border: none; background: $primary 30%; }}
{name} #error {{ color: $error; height: auto; }}
"""


@dataclass(frozen=True)
class Logged:
    """What :class:`LogProgress` hands back."""

    value: float | None
    milestone: str
    day: date
    note: str


def read_day(text: str, today: date) -> date | str:
    """A day typed as YYYY-MM-DD, "today" or "yesterday"; a message when it is not one."""
    typed = text.strip().lower()
    if typed in ("", "today"):
        return today
    if typed == "yesterday":
        return today - timedelta(days=1)
    try:
        day = date.fromisoformat(typed)
    except ValueError:
        return f"{text.strip()!r} is not a day: type YYYY-MM-DD, 'today' or 'yesterday'"
    if day > today:
        return "progress is logged on the day it happened: today or earlier"
    return day


def read_number(text: str) -> float | str | None:
    typed = text.strip().replace(",", "")
    if not typed:
        return None
    try:
        return float(typed)
    except ValueError:
        return f"{text.strip()!r} is not a number (type 3 or 12.5)"


class LogProgress(ModalScreen[Logged | None]):
    """Log where a goal stands (or change a logged entry): enter saves, escape cancels."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="LogProgress")
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="progress.cancel")]

    def __init__(self, goal: Goal, today: date, entry: ProgressEntry | None = None) -> None:
        super().__init__()
        self.goal = goal
        self.today = today
        self.entry = entry

    def compose(self) -> ComposeResult:
        goal, entry, m = self.goal, self.entry, self.goal.measurable
        with Vertical() as box:
            box.border_title = "Change a logged entry" if entry else "Log progress"
            box.border_subtitle = "enter save · tab next · esc cancel"
            yield Static(literal(one_line(goal.statement, 200)), id="goal")
            if m.target is not None:
                now = "nothing yet" if m.current is None else amount(m.current, m.unit)
                said = f"now {now}, aiming for {amount(m.target, m.unit)}"
                yield Static(literal(said), classes="muted")
            value = "" if entry is None or entry.value is None else number(entry.value)
            yield Label(f"New value{f' ({m.unit})' if m.unit else ''}")
            yield Input(value=value, placeholder="a number, e.g. 3", id="value")
            yield Label("Or a milestone reached")
            yield Input(value=entry.milestone if entry else "", id="milestone")
            yield Label("Day")
            day = (entry.day if entry else self.today).isoformat()
            yield Input(value=day, placeholder="YYYY-MM-DD, today, yesterday", id="day")
            yield Label("Note (optional)")
            yield Input(value=entry.note if entry else "", id="note")
            yield Static("", id="error")

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#value", Input))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = read_number(self.query_one("#value", Input).value)
        milestone = " ".join(self.query_one("#milestone", Input).value.split())
        day = read_day(self.query_one("#day", Input).value, self.today)
        problem = next((p for p in (value, day) if isinstance(p, str)), None)
        if problem is None and value is None and not milestone:
            problem = "type the new value, or the milestone reached"
        if problem is not None:
            self.query_one("#error", Static).update(literal(problem))
            return
        assert not isinstance(value, str) and isinstance(day, date)
        note = self.query_one("#note", Input).value.strip()
        self.dismiss(Logged(value, milestone, day, note))

    def action_cancel(self) -> None:
        self.dismiss(None)


class FinalValue(ModalScreen[float | None]):
    """Into Done: y records the target as reached, or type where it ended and press
    enter; escape leaves the numbers as they are."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="FinalValue")
    AUTO_FOCUS = ""  # y must reach the dialog, not the box
    BINDINGS = [
        Binding("y", "reached", "Reached", id="final.reached"),
        Binding("escape", "leave", "Leave the numbers", id="final.leave"),
    ]

    def __init__(self, goal: Goal) -> None:
        super().__init__()
        self.goal = goal

    def compose(self) -> ComposeResult:
        m = self.goal.measurable
        assert m.target is not None
        with Vertical() as box:
            box.border_title = "Was the target reached?"
            box.border_subtitle = "y reached · enter the value typed · esc leave"
            yield Static(literal(one_line(self.goal.statement, 200)))
            yield Static(literal(f"Target: {amount(m.target, m.unit)}"), classes="muted")
            yield Label("y: yes, reached. Or type where it ended, then enter:")
            now = "" if m.current is None else number(m.current)
            yield Input(value=now, placeholder="the final value", id="final")
            yield Static("", id="error")

    def on_mount(self) -> None:
        self._typed = False
        self.set_focus(None)  # y works at once; digits go to the box (see on_key)

    def on_key(self, event: events.Key) -> None:
        # Keys typed right after the move reach this dialog before any box has focus
        # (focus changes are deferred): digits are the final value, enter submits it.
        box = self.query_one("#final", Input)
        if self.focused is box:
            return
        char = event.character
        if char is not None and (char.isdigit() or char in ".-,"):
            event.stop()
            event.prevent_default()
            box.value = (box.value if self._typed else "") + char
            self._typed = True
            box.cursor_position = len(box.value)
            self.set_focus(box)
        elif event.key == "enter" and self._typed:
            event.stop()
            event.prevent_default()
            self._submit(box.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit(event.value)

    def _submit(self, typed: str) -> None:
        value = read_number(typed)
        if value is None or isinstance(value, str):
            self.query_one("#error", Static).update(literal(value or "type the final value"))
            return
        self.dismiss(value)

    def action_reached(self) -> None:
        if not self._typed:
            self.dismiss(self.goal.measurable.target)

    def action_leave(self) -> None:
        self.dismiss(None)


def log_progress(
    screen: CoachScreen,
    goal: Goal,
    entry: ProgressEntry | None = None,
    *,
    logged_then: Callable[[Logged], object] | None = None,
) -> None:
    """Ask with :class:`LogProgress` and save what is typed (a new entry, or ``entry``
    changed), on the screen's save thread; ctrl+z takes it back. ``logged_then`` hears
    what was logged (the review keeps a line of it)."""

    def answered(logged: Logged | None) -> None:
        if logged is None:
            return
        if logged_then is not None:
            logged_then(logged)
        progress = screen.service.progress
        if entry is None:
            screen.save(
                lambda: progress.log(
                    goal.id,
                    logged.value,
                    milestone=logged.milestone,
                    note=logged.note,
                    day=logged.day,
                ),
                success="Progress logged (ctrl+z takes it back).",
            )
        else:
            screen.save(
                lambda: progress.edit(
                    entry.id,
                    value=logged.value,
                    milestone=logged.milestone,
                    note=logged.note,
                    day=logged.day,
                ),
                success="Entry changed (ctrl+z takes it back).",
            )

    screen.app.push_screen(LogProgress(goal, screen.service.today(), entry), answered)


def ask_final_value(screen: CoachScreen, goal: Goal, then: Callable[[], object]) -> None:
    """A goal just moved into Done: ask for the value it ended on when its numbers do
    not say the target was reached, log it, then run ``then`` (the "what did you
    learn?" prompt)."""
    m = goal.measurable
    if m.target is None or m.current == m.target:
        then()
        return

    def answered(final: float | None) -> None:
        if final is not None:
            screen.save(
                lambda: screen.service.progress.log(goal.id, final, note="final value, in Done"),
                success=f"Final value {amount(final, m.unit)} logged.",
            )
        then()

    screen.app.push_screen(FinalValue(goal), answered)


def burnup_chart(goal: Goal, found: Pace, today: date) -> Callable[[int], list[str]]:
    """The goal's burn-up as text lines at a width (none without a target or deadline)."""
    return lambda width: burnup_of(goal, found, today, width=width)

"""The journaling streak: entries per week from entries per day, and the panel that shows it.

:func:`journal_summary` works from per-day counts (kept in the data file's index,
or counted from the raw documents), so ten thousand entries are summed without
validating a single model. :class:`JournalPanel` shows what it is given and reports
:class:`JournalPanel.Opened` when the person presses enter on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import ClassVar, NamedTuple

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.widgets import Static

from screens.literal import styled

WEEKS = 12
SPARK_WIDTH = WEEKS * 2  # two cells a week, so each bar stands for one week


class JournalSummary(NamedTuple):
    """Entries per week (oldest first, this week last), the streak and the counts."""

    weeks: tuple[int, ...]
    streak: int
    total: int
    this_week: int
    newest: date | None  # the day of the newest entry, as it was written


class Counts(NamedTuple):
    """The store at a glance, beside the journal."""

    active_aspirations: int
    open_goals: int
    done_goals: int


def journal_summary(per_day: Mapping[str, int], today: date, weeks: int = WEEKS) -> JournalSummary:
    """Count entries per calendar week (Monday first) from entries per day.

    ``per_day`` maps the date part of ``created`` ("YYYY-MM-DD", see
    :func:`coach.store.layout.day_counts`) to a count; each day is parsed once.
    A day that is not a readable date is skipped, not fatal: the dashboard must
    draw whatever state the file is in.
    """
    this_monday = today.toordinal() - today.weekday()
    per_week: Counter[int] = Counter()
    newest: date | None = None
    total = 0
    for day, count in per_day.items():
        try:
            when = date.fromisoformat(day)
        except ValueError:
            continue
        total += count
        # Weeks back from this one: 0 this week, 1 last week. An entry dated in the
        # future (a clock set wrong) gets a negative number and shows in no week.
        per_week[(this_monday - when.toordinal() + 6) // 7] += count
        if newest is None or when > newest:
            newest = when
    return JournalSummary(
        weeks=tuple(per_week[back] for back in range(weeks - 1, -1, -1)),
        streak=streak(per_week),
        total=total,
        this_week=per_week[0],
        newest=newest,
    )


def streak(per_week: Mapping[int, int]) -> int:
    """Consecutive weeks with an entry, ending this week or, if none yet, last week."""
    back = 0 if per_week.get(0) else 1
    weeks = 0
    while per_week.get(back + weeks):
        weeks += 1
    return weeks


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


BARS = "▁▂▃▄▅▆▇█"
SPARK_ROWS = 2


def sparkline(weeks: Sequence[int], rows: int = SPARK_ROWS) -> list[Content]:
    """Entries per week as bars two cells wide and ``rows`` lines high, top line first.

    The busiest week fills the height; a week with entries shows at least the
    lowest step, and a week without one a muted floor.
    """
    steps = len(BARS) * rows
    top = max(weeks, default=0) or 1
    lines: list[list[tuple[str, str]]] = [[] for _ in range(rows)]
    for count in weeks:
        level = max(1, round(count / top * steps)) if count > 0 else 0
        for row in range(rows):  # row 0 is the bottom line
            filled = level - row * len(BARS)
            if count <= 0:
                cell = (BARS[0] if row == 0 else " ", "$foreground-muted")
            elif filled <= 0:
                cell = (" ", "")
            else:
                cell = (BARS[min(filled, len(BARS)) - 1], "$accent")
            lines[row].append((cell[0] * 2, cell[1]))
    return [Content.assemble(*line) for line in reversed(lines)]


def panel_content(summary: JournalSummary, counts: Counts) -> Content:
    """The whole panel: the weekly bars and their axis, the streak, the counts."""
    left = f"{WEEKS} weeks ago"
    axis = Content.styled(f"{left}{'this week':>{SPARK_WIDTH - len(left)}}", "$text-muted")
    if summary.streak:
        streak_line = styled("Streak: [b $success]$n[/]", n=_plural(summary.streak, "week"))
    else:
        streak_line = styled("Streak: [b]none yet[/]")
    counts_lines = [
        f"{_plural(summary.total, 'entry', 'entries')}, {summary.this_week:,} this week",
        _plural(counts.active_aspirations, "active aspiration"),
        f"{_plural(counts.open_goals, 'open goal')}, {counts.done_goals:,} done",
    ]
    lines = [
        Content(""),
        *sparkline(summary.weeks),
        axis,
        Content(""),
        streak_line,
        *(Content.styled(line, "$text-muted") for line in counts_lines),
    ]
    return Content("\n").join(lines)


class JournalPanel(Static, can_focus=True):
    """Entries per week as bars, the streak, and the counts of the store, in one widget.

    One widget rather than a column of them: every widget on the first screen
    costs start-up time, and a nested one may be drawn a frame late.
    """

    DEFAULT_CSS = """
    JournalPanel { height: auto; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "open",
            "Write",
            show=False,  # the screen's own "w" says the same in the footer
            id="dashboard.journal.open",
            tooltip="Go to Reflect to write in the journal",
        )
    ]

    class Opened(Message):
        """The person asked to go to the journal."""

    summary: JournalSummary | None = None

    def show(self, summary: JournalSummary, counts: Counts) -> None:
        """Draw ``summary`` and ``counts`` (attributes down: the panel reads nothing itself)."""
        self.summary = summary
        self.update(panel_content(summary, counts))

    def action_open(self) -> None:
        self.post_message(self.Opened())

    def on_click(self, event: Click) -> None:
        if event.chain > 1:  # a double click opens, a single one only focuses
            self.post_message(self.Opened())

"""The journal panel of the dashboard: weekly bars, the streak and the store's counts.

What it shows is worked out in :mod:`coach.coaching.rhythm`. :class:`JournalPanel`
shows what it is given and reports :class:`JournalPanel.Opened` when the person
presses enter on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.widgets import Static

from coach.coaching.rhythm import WEEKS, Counts, JournalSummary
from screens.widgets.literal import styled

SPARK_WIDTH = WEEKS * 2  # two cells a week, so each bar stands for one week


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

    def show(self, summary: JournalSummary, counts: Counts, review: str = "") -> None:
        """Draw ``summary``, ``counts`` and the ``review`` line (attributes down: the panel
        reads nothing itself)."""
        self.summary = summary
        content = panel_content(summary, counts)
        if review:
            content = Content("\n").join([content, Content.styled(review, "$text-muted")])
        self.update(content)

    def action_open(self) -> None:
        self.post_message(self.Opened())

    def on_click(self, event: Click) -> None:
        if event.chain > 1:  # a double click opens, a single one only focuses
            self.post_message(self.Opened())

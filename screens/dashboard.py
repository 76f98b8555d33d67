"""The Dashboard, the first screen: where things stand and what to do next.

Four sections, each a list you can tab to: active aspirations with progress
rolled up from their goals, goals overdue or due in the next 30 days, the
coach's nudges, and the journal's weekly rhythm with the store's counts.
Enter on any row opens what it is about. A store with nothing in it yet shows
a welcome that says where to begin.

Everything is read from the in-memory store on each :meth:`reload`; the
journal is counted from its raw documents so that a big journal costs
milliseconds, not a validation of every entry.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid
from textual.content import Content
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from coach.coaching.nudges import Nudge, nudges
from coach.coaching.progress import aspiration_progress
from coach.content import load_content
from coach.models import Aspiration, Column, Evaluation, Goal
from screens.base import CoachScreen
from screens.widgets.dashboard_rows import (
    BAR_WIDTH,
    aspiration_prompt,
    deadline_prompt,
    note,
    nudge_prompt,
)
from screens.widgets.streak import WEEKS, Counts, JournalPanel, JournalSummary, journal_summary

DUE_SOON_DAYS = 30
# The first nudges only (the most pressing kinds come first): a long-neglected big
# store raises hundreds, and a wall of advice helps nobody.
NUDGES_SHOWN = 30

WELCOME = """\
[b]Welcome to coach.[/b]

Nothing is written here yet. Three good ways to begin:

  [b $accent]w[/]  Write a few lines about where your work stands today.
  [b $accent]a[/]  Name an aspiration: where you want your career to go.
  [b $accent]g[/]  Put a first goal on the board, a milestone on the way.

Keys [b]2[/b], [b]3[/b] and [b]4[/b] open the Reflect, Aspirations and Board screens.
Rather be walked through it? Quit with [b]ctrl+q[/b] and run [b]coach wizard[/b].
Press [b]?[/b] on any screen to see its keys."""


@dataclass(frozen=True)
class Snapshot:
    """What the dashboard shows, gathered from the store in one pass."""

    today: date
    aspirations: list[tuple[Aspiration, float | None, int]]
    deadlines: list[tuple[Goal, date]]
    nudges: list[Nudge]
    journal: JournalSummary
    counts: Counts
    empty: bool  # nothing stored at all: show the welcome


class ItemList(OptionList):
    """A dashboard section: an option list whose enter opens the highlighted item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "select",
            "Open",
            id="dashboard.open",
            tooltip="Open the highlighted item in its screen",
        )
    ]


def _count(nudges: list[Nudge]) -> str:
    return "1 nudge" if len(nudges) == 1 else f"{len(nudges)} nudges"


class DashboardScreen(CoachScreen):
    TITLE = "Dashboard"
    CSS_PATH = "dashboard.tcss"
    AUTO_FOCUS = "#aspirations"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "w",
            "app.new_entry",
            "Write",
            id="dashboard.write",
            tooltip="Write a journal entry (Reflect)",
        ),
        Binding(
            "a",
            "app.new_aspiration",
            "New aspiration",
            id="dashboard.new_aspiration",
            tooltip="Name a new aspiration",
        ),
        Binding("g", "app.new_goal", "New goal", id="dashboard.new_goal", tooltip="Add a goal"),
        Binding(
            "tab",
            "app.focus_next",
            "Next section",
            show=False,
            id="dashboard.next_section",
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous section",
            show=False,
            id="dashboard.previous_section",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        # Option id -> where enter goes: ("goal"|"aspiration", id), or None for Reflect.
        self._targets: dict[str, tuple[str, str] | None] = {}
        # Per list, what it shows now (ids and text), to skip refilling an unchanged list.
        self._shown: dict[str, tuple[object, ...]] = {}
        self._bar = BAR_WIDTH

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(WELCOME, id="welcome")
        with Grid(id="sections"):
            yield ItemList(id="aspirations", classes="oneline")
            yield ItemList(id="deadlines", classes="oneline")
            yield ItemList(id="nudges")
            yield JournalPanel(id="journal")
        yield Footer()

    # -- reading the store ------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """Everything the dashboard shows, read from the in-memory store."""
        service = self.service
        repo = service.repo
        today = service.clock().date()
        columns: list[Column] = service.board.columns()
        done_ids = {c.id for c in columns if c.done}
        aspirations = repo.all(Aspiration)
        goals = repo.all(Goal)
        evaluations = repo.all(Evaluation)
        journal = journal_summary(repo.raw_table("journal"), today)

        by_aspiration: dict[str, list[Goal]] = defaultdict(list)
        for goal in goals:
            if goal.aspiration_id:
                by_aspiration[goal.aspiration_id].append(goal)
        active = sorted(
            (a for a in aspirations if a.status == "active"), key=lambda a: (a.created, a.id)
        )
        rows = [
            (
                a,
                aspiration_progress(by_aspiration.get(a.id, ()), columns),
                len(by_aspiration.get(a.id, ())),
            )
            for a in active
        ]

        open_goals = [g for g in goals if g.column not in done_ids]
        horizon = today + timedelta(days=DUE_SOON_DAYS)
        deadlines = [
            (g, g.deadline) for g in open_goals if g.deadline is not None and g.deadline <= horizon
        ]
        deadlines.sort(key=lambda pair: (pair[1], pair[0].statement.casefold()))
        advice = nudges(
            content=load_content(),
            today=today,
            aspirations=aspirations,
            goals=goals,
            evaluations=evaluations,
            columns=columns,
            # The nudge reads only the day of the newest entry.
            journal_times=[datetime.combine(journal.newest, time())] if journal.newest else [],
        )
        counts = Counts(
            active_aspirations=len(active),
            open_goals=len(open_goals),
            done_goals=len(goals) - len(open_goals),
        )
        empty = not (aspirations or goals or journal.total)
        return Snapshot(today, rows, deadlines, advice, journal, counts, empty)

    def reload(self) -> None:
        snap = self.snapshot()
        self.query_one("#welcome").display = snap.empty
        self.query_one("#sections").display = not snap.empty
        if not snap.empty and self.focused is None:
            # The welcome had nothing to focus; now there is something to look at.
            self.set_focus(self.query_one("#aspirations"))
        self._targets.clear()
        today = snap.today
        bar = self._bar = self._bar_width()
        self._fill(
            "#aspirations",
            ("Aspirations", f"{snap.counts.active_aspirations} active"),
            [
                (f"a:{a.id}", aspiration_prompt(a, progress, n, bar), ("aspiration", a.id))
                for a, progress, n in snap.aspirations
            ],
            "No active aspirations. Press a to name where you want to go.",
        )
        overdue = sum(1 for _, d in snap.deadlines if d < today)
        self._fill(
            "#deadlines",
            ("Deadlines", f"{overdue} overdue · {len(snap.deadlines) - overdue} due soon"),
            [
                (f"g:{g.id}", deadline_prompt(g, d, today), ("goal", g.id))
                for g, d in snap.deadlines
            ],
            f"Nothing overdue, nothing due in the next {DUE_SOON_DAYS} days.",
        )
        shown = snap.nudges[:NUDGES_SHOWN]
        more = f"first {len(shown)} of {len(snap.nudges)}"
        self._fill(
            "#nudges",
            ("The coach suggests", more if len(shown) < len(snap.nudges) else _count(shown)),
            [(f"n:{i}", nudge_prompt(n), n.target) for i, n in enumerate(shown)],
            "Nothing needs your attention right now.",
            separated=True,
        )
        panel = self.query_one(JournalPanel)
        panel.border_title = f"Journal, last {WEEKS} weeks"
        panel.show(snap.journal, snap.counts)

    def _bar_width(self) -> int:
        """Progress bars take a third of the list's width, within reason."""
        width = self.query_one("#aspirations").content_region.width
        return max(BAR_WIDTH, min(40, (width - 2) // 3)) if width else BAR_WIDTH

    def on_resize(self) -> None:
        # Progress bars follow the width: redraw when theirs changes.
        if self.is_mounted and self._bar_width() != self._bar:
            self.reload()

    def _fill(
        self,
        selector: str,
        titles: tuple[str, str],
        rows: list[tuple[str, Content, tuple[str, str] | None]],
        when_empty: str,
        *,
        separated: bool = False,
    ) -> None:
        """Refill one list, keeping the highlight on the same record when it is still there."""
        options = self.query_one(selector, OptionList)
        options.border_title, options.border_subtitle = titles
        for oid, _, target in rows:
            self._targets[oid] = target
        # Most changes leave most lists as they were: keep those untouched, since
        # laying out a list of wrapped rows is the costly part of a redraw.
        signature = tuple((oid, prompt.plain) for oid, prompt, _ in rows) or (when_empty,)
        if self._shown.get(selector) == signature:
            return
        self._shown[selector] = signature
        kept: str | None = None
        if options.highlighted is not None:
            kept = options.get_option_at_index(options.highlighted).id
        options.clear_options()
        if not rows:
            options.add_option(Option(note(when_empty), disabled=True))
            return
        items: list[Option | None] = []
        for oid, prompt, _ in rows:
            if separated and items:
                items.append(None)
            items.append(Option(prompt, id=oid))
        options.add_options(items)
        index = 0
        if kept is not None:
            try:
                index = options.get_option_index(kept)
            except OptionDoesNotExist:  # the record is gone: start at the top
                index = 0
        options.highlighted = index

    # -- going places -----------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        oid = event.option.id
        if oid is None or oid not in self._targets:
            return
        target = self._targets[oid]
        if target is None:
            self.app.switch_mode("reflect")
        else:
            self.open_target(*target)

    def on_journal_panel_opened(self, event: JournalPanel.Opened) -> None:
        event.stop()
        self.app.switch_mode("reflect")

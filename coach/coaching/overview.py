"""What the dashboard shows, worked out from records: one pure function, two sources.

Core code (no front end): the app's first look runs it in a helper process
before Textual has even loaded (see :mod:`coach.first_look`).

At start the records are light views of the raw documents of a first look at
the file (:func:`from_glance`), so the first paint needs neither pydantic nor
the journal's text; once the store is loaded they are the validated models
(:func:`from_service`). :func:`snapshot` reads both alike.

A snapshot holds what the dashboard lists, not every record: the first rows of
each list as plain rows, and the totals. The app's first look is sent from a
helper process (:mod:`coach.first_look`) and unpickled before the first frame,
so it stays small and needs no more than this module and its rows' types.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from coach.coaching.rhythm import Counts, JournalSummary, journal_summary

# What the functions below use is imported inside them: a process that only
# receives a Snapshot (see coach.first_look) then loads no more than its types.
if TYPE_CHECKING:
    from coach.coaching.nudges import Nudge
    from coach.coaching.records import AspirationLike, ColumnLike, EvaluationLike, GoalLike
    from coach.service import CoachService
    from coach.store.glance import Glance

V = TypeVar("V")

# Open goals whose deadline is this close (or past) are listed under Deadlines.
DUE_SOON_DAYS = 30
# The dashboard is a summary: it lists this many active aspirations and deadlines,
# and the most pressing nudges; the rest are counted, and one key away on their screens.
ROWS_SHOWN = 20
NUDGES_SHOWN = 15


class Records(NamedTuple):
    """The records the dashboard reads, as models or as views."""

    aspirations: Sequence[AspirationLike]
    goals: Sequence[GoalLike]
    evaluations: Sequence[EvaluationLike]
    columns: Sequence[ColumnLike]
    journal_days: Mapping[str, int]


class AspirationRow(NamedTuple):
    """An active aspiration as the dashboard lists it."""

    id: str
    title: str
    horizon: str | None
    progress: float | None  # None while it has no goals
    goals: int


class DeadlineRow(NamedTuple):
    """An open goal that is overdue or due soon."""

    id: str
    statement: str
    deadline: date


class Snapshot(NamedTuple):
    """What the dashboard shows, gathered in one pass."""

    today: date
    aspirations: list[AspirationRow]  # the first ROWS_SHOWN active ones, oldest first
    deadlines: list[DeadlineRow]  # the first ROWS_SHOWN, soonest (most overdue) first
    nudges: list[Nudge]  # the NUDGES_SHOWN most pressing
    journal: JournalSummary
    counts: Counts
    overdue: int  # open goals past their deadline
    due_soon: int  # open goals due within DUE_SOON_DAYS
    nudge_count: int  # every nudge, shown or not
    empty: bool  # nothing stored at all: show the welcome


def _views(table: Mapping[str, Any], build: Callable[[object], V | None]) -> list[V]:
    """Views of the documents that read cleanly; the full load reports the others."""
    return [view for doc in table.values() if (view := build(doc)) is not None]


def from_glance(seen: Glance) -> Records:
    from coach.coaching.views import (
        AspirationView,
        ColumnView,
        EvaluationView,
        GoalView,
        default_column_views,
    )

    columns = _views(seen.table("columns"), ColumnView.from_doc)
    return Records(
        aspirations=_views(seen.table("aspirations"), AspirationView.from_doc),
        goals=_views(seen.table("goals"), GoalView.from_doc),
        evaluations=_views(seen.table("evaluations"), EvaluationView.from_doc),
        columns=sorted(columns or default_column_views(), key=lambda c: (c.order, c.id)),
        journal_days=seen.journal_days,
    )


def from_service(service: CoachService) -> Records:
    from coach.models import Aspiration, Evaluation, Goal
    from coach.store.layout import day_counts

    repo = service.repo
    return Records(
        aspirations=repo.all(Aspiration),
        goals=repo.all(Goal),
        evaluations=repo.all(Evaluation),
        columns=service.board.columns(),
        journal_days=day_counts(repo.raw_table("journal")),
    )


def snapshot(records: Records, today: date) -> Snapshot:
    """Everything the dashboard shows for ``records`` on ``today``."""
    from coach.coaching.nudges import nudges
    from coach.coaching.progress import aspiration_progress
    from coach.content.nudge_texts import load_nudge_texts

    columns = records.columns
    done_ids = {c.id for c in columns if c.done}
    goals = records.goals
    journal = journal_summary(records.journal_days, today)

    by_aspiration: dict[str, list[GoalLike]] = defaultdict(list)
    for goal in goals:
        if goal.aspiration_id:
            by_aspiration[goal.aspiration_id].append(goal)
    active = sorted(
        (a for a in records.aspirations if a.status == "active"), key=lambda a: (a.created, a.id)
    )
    rows = [
        AspirationRow(
            a.id,
            a.title,
            a.horizon,
            aspiration_progress(by_aspiration.get(a.id, ()), columns),
            len(by_aspiration.get(a.id, ())),
        )
        for a in active[:ROWS_SHOWN]
    ]

    open_goals = [g for g in goals if g.column not in done_ids]
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    due = [
        (g.deadline, g.statement.casefold(), g)
        for g in open_goals
        if g.deadline is not None and g.deadline <= horizon
    ]
    due.sort(key=lambda item: item[:2])
    overdue = sum(1 for deadline, _, _ in due if deadline < today)
    deadlines = [DeadlineRow(g.id, g.statement, deadline) for deadline, _, g in due[:ROWS_SHOWN]]
    advice = nudges(
        content=load_nudge_texts(),
        today=today,
        aspirations=records.aspirations,
        goals=goals,
        evaluations=records.evaluations,
        columns=columns,
        # The nudge reads only the day of the newest entry.
        journal_times=[datetime.combine(journal.newest, time())] if journal.newest else [],
    )
    counts = Counts(
        active_aspirations=len(active),
        open_goals=len(open_goals),
        done_goals=len(goals) - len(open_goals),
    )
    empty = not (records.aspirations or goals or journal.total)
    return Snapshot(
        today=today,
        aspirations=rows,
        deadlines=deadlines,
        nudges=advice[:NUDGES_SHOWN],
        journal=journal,
        counts=counts,
        overdue=overdue,
        due_soon=len(due) - overdue,
        nudge_count=len(advice),
        empty=empty,
    )

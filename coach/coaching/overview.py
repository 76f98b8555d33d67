"""What the dashboard shows, worked out from records: one pure function, two sources.

Core code (no front end): the app's first look runs it in a helper process
before Textual has even loaded (see :mod:`coach.first_look`).

At start the records are light views of the raw documents of a first look at
the file (:func:`from_glance`), so the first paint needs neither pydantic nor
the journal's text; once the store is loaded they are the validated models
(:func:`from_service`). :func:`snapshot` reads both alike.
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


class Records(NamedTuple):
    """The records the dashboard reads, as models or as views."""

    aspirations: Sequence[AspirationLike]
    goals: Sequence[GoalLike]
    evaluations: Sequence[EvaluationLike]
    columns: Sequence[ColumnLike]
    journal_days: Mapping[str, int]


class Snapshot(NamedTuple):
    """What the dashboard shows, gathered in one pass."""

    today: date
    aspirations: list[tuple[AspirationLike, float | None, int]]
    deadlines: list[tuple[GoalLike, date]]
    nudges: list[Nudge]
    journal: JournalSummary
    counts: Counts
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
    return Snapshot(today, rows, deadlines, advice, journal, counts, empty)

"""What the dashboard shows, worked out from the store in one pass.

A :class:`Snapshot` holds what the dashboard lists, not every record: the first
rows of each list as plain rows, and the totals. The app works it out on its
loading thread (after the first frame), and again after each change.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from coach.coaching.nudges import Nudge, nudges
from coach.coaching.progress import aspiration_progress
from coach.coaching.reviews import ReviewDue
from coach.coaching.rhythm import Counts, JournalSummary, journal_summary

if TYPE_CHECKING:
    from coach.models import Goal
    from coach.service import CoachService

# Open goals whose deadline is this close (or past) are listed under Deadlines.
DUE_SOON_DAYS = 30
# The dashboard is a summary: it lists this many active aspirations and deadlines,
# and the most pressing nudges; the rest are counted, and one key away on their screens.
ROWS_SHOWN = 20
NUDGES_SHOWN = 15


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
    review: ReviewDue | None = None  # the next review, None before the first goal
    reviews_kept: int = 0  # reviews held on time in a row


def reached_targets(service: CoachService, goals: list[Goal]) -> list[str]:
    """The ids of ``goals`` (open ones) whose logged numbers reached their target."""
    measured = [g for g in goals if g.measurable.target is not None]
    if not measured:
        return []
    entries = service.progress.by_goal()
    return [
        g.id
        for g in measured
        if service.progress.pace(g, entries.get(g.id, [])).verdict == "target reached"
    ]


def snapshot(service: CoachService) -> Snapshot:
    """Everything the dashboard shows for the store of ``service``, today by its clock."""
    from coach.content.loader import load_content
    from coach.models import Aspiration, Evaluation, Goal

    today = service.today()
    columns = service.board.columns()
    done_ids = {c.id for c in columns if c.done}
    aspirations = service.records(Aspiration)
    goals = [g for g in service.records(Goal) if g.let_go is None]
    review = service.reviews.due()
    from coach.config import settings

    journal = journal_summary(service.journal.per_day(), today, week_start=settings().first_weekday)

    by_aspiration: dict[str, list[Goal]] = defaultdict(list)
    for goal in goals:
        if goal.aspiration_id:
            by_aspiration[goal.aspiration_id].append(goal)
    active = sorted(
        (a for a in aspirations if a.status == "active"), key=lambda a: (a.created, a.id)
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
        content=load_content(),
        today=today,
        aspirations=aspirations,
        goals=goals,
        evaluations=service.records(Evaluation),
        columns=columns,
        # The nudge reads only the day of the newest entry.
        journal_times=[datetime.combine(journal.newest, time())] if journal.newest else [],
        review=(review.kind, review.late) if review and review.is_due else None,
        reached=reached_targets(service, [g for g in goals if g.column not in done_ids]),
    )
    counts = Counts(
        active_aspirations=len(active),
        open_goals=len(open_goals),
        done_goals=len(goals) - len(open_goals),
    )
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
        empty=service.is_empty(),
        review=review,
        reviews_kept=service.reviews.run_kept(),
    )

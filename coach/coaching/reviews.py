"""Reviews, from the method: when the next look at the plan is due, what kind it is,
the run of reviews kept, what moved since the last one, and which goals need a word.

Pure: records and the day come in as arguments, so the dashboard, the nudges,
``coach today``, ``coach review`` and the calendar export agree on every date.

The schedule: a person's first review is a weekly one, due a week after their first
goal; after that, the day they chose at the end of their last review. The kind then
follows the calendar from the first review: a quarterly review when none was held for
91 days, else a monthly one when none (monthly or quarterly) was held for 30 days,
else a weekly one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from coach.coaching.pace import start_day
from coach.models.review import REVIEW_DAYS, ReviewKind
from coach.text import count

if TYPE_CHECKING:
    from coach.models import Goal, JournalEntry, ProgressEntry, Review

FIRST_REVIEW_DAYS = 7
GRACE_DAYS = 3  # a review held up to three days late still keeps the run going
NEXT_LOOK_DAYS = 14  # a new goal's first look: in two weeks, or its deadline if sooner


def first_look(deadline: date | None, today: date) -> date:
    """When a new goal is next looked at, unless the person says another day."""
    look = today + timedelta(days=NEXT_LOOK_DAYS)
    return look if deadline is None else max(today, min(deadline, look))


# How far ahead each kind of review looks for goals coming due.
LOOK_AHEAD: dict[str, int] = {"weekly": 14, "monthly": 31, "quarterly": 92}


@dataclass(frozen=True)
class ReviewDue:
    """The next review: its kind and day; ``late`` days past it (0 when not yet due)."""

    kind: ReviewKind
    day: date
    late: int

    @property
    def is_due(self) -> bool:
        return self.late >= 0


def newest_first(reviews: Iterable[Review]) -> list[Review]:
    return sorted(reviews, key=lambda r: (r.held, r.id), reverse=True)


def next_kind(reviews: Sequence[Review], since: date, today: date) -> ReviewKind:
    """The kind of review the calendar asks for today (``since``: the plan's first day)."""

    def last(*kinds: str) -> date:
        held = [r.held.date() for r in reviews if r.kind in kinds]
        return max(held, default=since)

    if (today - last("quarterly")).days >= REVIEW_DAYS["quarterly"]:
        return "quarterly"
    if (today - last("monthly", "quarterly")).days >= REVIEW_DAYS["monthly"]:
        return "monthly"
    return "weekly"


def due(reviews: Sequence[Review], goals: Sequence[Goal], today: date) -> ReviewDue | None:
    """When the next review is due, or None before the first goal is made."""
    ordered = newest_first(reviews)
    if ordered and ordered[0].next_due is not None:
        day = ordered[0].next_due
    elif ordered:
        day = ordered[0].held.date() + timedelta(days=REVIEW_DAYS[ordered[0].kind])
    elif goals:
        # The first review: a week after the first goal, or today for a plan made
        # before reviews existed (it is not "113 days late" for a review never set).
        first_goal = min(g.created.date() for g in goals)
        day = max(first_goal + timedelta(days=FIRST_REVIEW_DAYS), today)
        return ReviewDue("weekly", day, (today - day).days)
    else:
        return None
    first = ordered[-1].held.date()
    kind = next_kind(ordered, first, max(today, day))
    return ReviewDue(kind, day, (today - day).days)


def run_kept(reviews: Sequence[Review], today: date) -> int:
    """How many reviews in a row were held on time (each by the day the one before it
    set, give or take :data:`GRACE_DAYS`); 0 once the next one is overdue past that."""
    ordered = newest_first(reviews)
    if not ordered:
        return 0
    newest = ordered[0]
    if newest.next_due is not None and (today - newest.next_due).days > GRACE_DAYS:
        return 0
    kept = 1
    for later, earlier in pairwise(ordered):
        wanted = earlier.next_due or earlier.held.date() + timedelta(REVIEW_DAYS[earlier.kind])
        if (later.held.date() - wanted).days > GRACE_DAYS:
            break
        kept += 1
    return kept


@dataclass(frozen=True)
class Moved:
    """What happened since the last review (or over the review's span, for a first one)."""

    since: date
    done: tuple[Goal, ...]
    progress: tuple[ProgressEntry, ...]
    entries: int

    @property
    def nothing(self) -> bool:
        return not (self.done or self.progress or self.entries)

    @property
    def summary(self) -> str:
        """The line a kept review's journal entry gives what moved."""
        if self.nothing:
            return "Nothing moved since the last review."
        return (
            f"Since {self.since.isoformat()}: {count(len(self.done), 'goal')} done, "
            f"{count(len(self.progress), 'progress entry', 'progress entries')}, "
            f"{count(self.entries, 'journal entry', 'journal entries')}."
        )


def starting_points(
    goals: Iterable[Goal], progress: Iterable[ProgressEntry]
) -> list[ProgressEntry]:
    """Each goal's starting value, logged with the goal as it was made ("where it stood
    when the goal was made"): the first point of its burn-up, not progress made since.

    It is a goal's first entry, a value without a milestone, on the day the goal was made
    and no later than the day it started (the plan line's baseline, :mod:`coach.coaching.pace`).
    """
    first: dict[str, ProgressEntry] = {}
    for entry in progress:
        held = first.get(entry.goal_id)
        if held is None or (entry.day, entry.created) < (held.day, held.created):
            first[entry.goal_id] = entry
    found = []
    for goal in goals:
        start = first.get(goal.id)
        if start is None or start.value is None or start.milestone:
            continue
        if start.day == goal.created.date() and start.day <= start_day(goal):
            found.append(start)
    return found


def moved_since(
    since: date,
    goals: Iterable[Goal],
    progress: Iterable[ProgressEntry],
    journal: Iterable[JournalEntry],
    *,
    after: datetime | None = None,
) -> Moved:
    """What moved from the day ``since``; with ``after`` (the moment the last review was
    kept), only what was done, logged or written after it: what that review already
    told, logged during it or earlier that day, is not told again."""

    def new(moment: datetime, day: date) -> bool:
        return moment > after if after is not None else day >= since

    goals, progress = list(goals), list(progress)
    done = tuple(
        sorted(
            (g for g in goals if g.done and new(g.done, g.done.date())),
            key=lambda g: g.done.isoformat() if g.done else "",
        )
    )
    starts = {entry.id for entry in starting_points(goals, progress)}
    logged = tuple(
        sorted(
            (p for p in progress if new(p.created, p.day) and p.id not in starts),
            key=lambda p: (p.day, p.created),
        )
    )
    written = sum(1 for e in journal if new(e.created, e.created.date()) and "review" not in e.tags)
    return Moved(since, done, logged, written)


def needing_attention(
    goals: Iterable[Goal], done_columns: set[str], kind: str, today: date
) -> list[tuple[Goal, str]]:
    """Open goals overdue or coming due within the review's look-ahead, most urgent
    first, each with a few words on why."""
    horizon = today + timedelta(days=LOOK_AHEAD.get(kind, 14))
    found: list[tuple[date, Goal, str]] = []
    for goal in goals:
        if goal.let_go is not None or goal.column in done_columns or goal.deadline is None:
            continue
        if goal.deadline < today:
            days = (today - goal.deadline).days
            found.append((goal.deadline, goal, f"{days} day{'s' * (days != 1)} overdue"))
        elif goal.deadline <= horizon:
            days = (goal.deadline - today).days
            why = "due today" if days == 0 else f"due in {days} day{'s' * (days != 1)}"
            found.append((goal.deadline, goal, why))
    found.sort(key=lambda item: (item[0], item[1].statement.casefold()))
    return [(goal, why) for _, goal, why in found]

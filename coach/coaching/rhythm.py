"""The journal's rhythm: entries per week from entries per day, and the streak.

:func:`journal_summary` works from per-day counts
(:meth:`coach.service.journal.JournalService.per_day`), so ten thousand entries are
summed without validating a single model. Standard library only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from coach.coaching.periods import week_of

WEEKS = 12


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


def journal_summary(
    per_day: Mapping[str, int], today: date, weeks: int = WEEKS, week_start: int = 0
) -> JournalSummary:
    """Count entries per calendar week (starting on ``week_start``, Monday 0) from
    entries per day.

    ``per_day`` maps the date part of ``created`` ("YYYY-MM-DD", as stored) to a
    count; each day is parsed once.
    A day that is not a readable date is skipped, not fatal: the dashboard must
    draw whatever state the file is in.
    """
    this_week = week_of(today, week_start).toordinal()  # the first day of this week
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
        per_week[(this_week - when.toordinal() + 6) // 7] += count
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

"""How a goal is keeping pace: its logged values against the straight line from its start
to its deadline, and a plain verdict ("on track", "2 talks behind", "at this pace, done
by 12 March 2027"), rolled up to the aspiration.

Pure: the goal, its progress entries and the day come in as arguments, so the board,
the details, the dashboard, ``coach today`` and the exports all say the same thing.

The plan line starts at the goal's first value (its baseline) when that was logged on
or before the day the goal started, else at zero: a goal made with "where you stand
today" filled in logs that value as its first entry, so a salary goal from 30,000 to
40,000 is judged from 30,000, not from nothing. A target below the baseline (a number
to bring down) is judged the other way round.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from coach.quantities import amount, of_target
from coach.text import count

if TYPE_CHECKING:
    from coach.models import Goal, ProgressEntry

State = Literal["done", "on_track", "behind", "late", "unmeasured", "let_go"]


def day_text(day: date) -> str:
    """A day as people write it, "4 March 2028" (the month in the C locale's English)."""
    return f"{day.day} {day:%B %Y}"


def entry_text(entry: ProgressEntry, unit: str) -> str:
    """One logged entry as a line: its day, value, milestone and note."""
    parts = [entry.day.isoformat()]
    if entry.value is not None:
        parts.append(amount(entry.value, unit))
    if entry.milestone:
        parts.append(f"milestone: {entry.milestone}")
    if entry.note:
        parts.append(f"({entry.note})")
    return "  ".join(parts)


@dataclass(frozen=True)
class Pace:
    """Where a measured goal stands against its plan line on ``today``."""

    state: State
    verdict: str
    start: date | None = None
    baseline: float = 0.0
    expected: float | None = None
    current: float | None = None
    finish_by: date | None = None
    points: tuple[tuple[date, float], ...] = ()

    @property
    def on_track(self) -> bool:
        return self.state in ("done", "on_track")


def history(entries: Iterable[ProgressEntry], goal_id: str) -> list[ProgressEntry]:
    """One goal's entries in the order they happened (by day, then as logged)."""
    found = [e for e in entries if e.goal_id == goal_id]
    found.sort(key=lambda e: (e.day, e.created))
    return found


def latest_value(entries: Sequence[ProgressEntry]) -> float | None:
    """The value of the latest entry that has one (``entries`` in :func:`history` order)."""
    for entry in reversed(entries):
        if entry.value is not None:
            return entry.value
    return None


def start_day(goal: Goal) -> date:
    return (goal.started or goal.created).date()


def pace(goal: Goal, entries: Sequence[ProgressEntry], today: date, *, done: bool) -> Pace:
    """The verdict for ``goal``, whose entries are ``entries`` in :func:`history` order."""
    points = tuple((e.day, e.value) for e in entries if e.value is not None)
    m = goal.measurable
    current = points[-1][1] if points else m.current
    if goal.let_go is not None:
        return Pace("let_go", "let go", current=current, points=points)
    if done:
        if m.target is not None and current is not None and not _reached(current, m.target, goal):
            verdict = f"done, at {of_target(current, m.target, m.unit)}"
        else:
            verdict = "done"
        return Pace("done", verdict, current=current, points=points)
    if m.target is None:
        return Pace("unmeasured", "no number to measure it by", current=current, points=points)
    start = start_day(goal)
    if points and points[0][0] <= start:
        baseline = points[0][1]
    elif current is not None and current > m.target:
        baseline = current  # a number to bring down, first logged late: judge from there
    else:
        baseline = 0.0
    now = current if current is not None else baseline
    if _reached(now, m.target, goal, baseline):
        return Pace("on_track", "target reached", start, baseline, m.target, now, today, points)
    if goal.deadline is None:
        verdict = f"{of_target(now, m.target, m.unit)}; no deadline to pace it by"
        return Pace("unmeasured", verdict, start, baseline, None, now, None, points)
    span = max((goal.deadline - start).days, 1)
    share = min(max((today - start).days / span, 0.0), 1.0)
    expected = baseline + (m.target - baseline) * share
    down = m.target < baseline
    gap = (now - expected) if down else (expected - now)
    finish = _finish_by(baseline, now, m.target, start, today)
    if today > goal.deadline:
        short = abs(m.target - now)
        verdict = f"deadline passed, {amount(short, m.unit)} short"
        return Pace("late", verdict, start, baseline, expected, now, finish, points)
    if gap <= _slack(baseline, m.target):
        return Pace("on_track", "on track", start, baseline, expected, now, finish, points)
    whole = all(float(v).is_integer() for v in (baseline, m.target, now))
    verdict = f"{amount(_rounded(gap, whole=whole), m.unit)} behind"
    if finish is not None:
        verdict += f"; at this pace, done by {day_text(finish)}"
    else:
        verdict += "; no progress logged yet" if not points else "; not moving yet"
    return Pace("behind", verdict, start, baseline, expected, now, finish, points)


def _reached(value: float, target: float, goal: Goal, baseline: float | None = None) -> bool:
    base = baseline if baseline is not None else 0.0
    if target < base:
        return value <= target
    return value >= target


def _slack(baseline: float, target: float) -> float:
    # Within 2% of the whole way counts as on track: no "0.01 behind" for a rounding.
    return abs(target - baseline) * 0.02


def _rounded(gap: float, *, whole: bool) -> float:
    """A gap as a person would say it: whole things (talks, posts) in whole numbers,
    rounded up (half a talk behind is a talk to give); other amounts to one decimal."""
    if whole:
        return float(math.ceil(gap - 1e-9))
    return round(gap, 1) if abs(gap) < 10 else float(round(gap))


def _finish_by(baseline: float, now: float, target: float, start: date, today: date) -> date | None:
    """The day the goal is reached at the pace since it started, or None when not moving."""
    days = (today - start).days
    moved = abs(now - baseline)
    if days <= 0 or moved == 0 or (target - baseline) * (now - baseline) < 0:
        return None
    per_day = moved / days
    left = abs(target - now) / per_day
    if left > 365 * 50:
        return None
    return today + timedelta(days=round(left))


@dataclass(frozen=True)
class Rollup:
    """How an aspiration's measured goals are keeping pace."""

    measured: int
    on_track: int
    behind: tuple[str, ...]  # goal ids

    @property
    def verdict(self) -> str:
        if not self.measured:
            return "no measured goals yet"
        if self.on_track == self.measured:
            return "every measured goal on track" if self.measured > 1 else "on track"
        return f"{self.on_track} of {count(self.measured, 'measured goal')} on track"


def rollup(paces: Iterable[tuple[str, Pace]]) -> Rollup:
    """Roll the paces of one aspiration's goals up (goals let go of do not count)."""
    measured = on_track = 0
    behind: list[str] = []
    for goal_id, found in paces:
        if found.state in ("unmeasured", "let_go"):
            continue
        measured += 1
        if found.on_track:
            on_track += 1
        else:
            behind.append(goal_id)
    return Rollup(measured, on_track, tuple(behind))


def burnup_of(goal: Goal, found: Pace, today: date, *, width: int = 60) -> list[str]:
    """The goal's burn-up as text lines (:func:`coach.coaching.charts.burnup`): its
    logged values against the plan line; none when it has no target or deadline."""
    m = goal.measurable
    if m.target is None or goal.deadline is None or found.state in ("done", "let_go"):
        return []
    from coach.coaching.charts import burnup

    return burnup(
        found.points,
        start=found.start or start_day(goal),
        deadline=goal.deadline,
        baseline=found.baseline,
        target=m.target,
        today=today,
        unit=m.unit,
        width=width,
    )

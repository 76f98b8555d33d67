"""The coach's nudges: what needs attention today, each pointing at what to open.

Pure: everything comes in as arguments (records, the content, today), so the
dashboard, the wizard and tests all see the same advice for the same state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from coach.text import count, one_line

if TYPE_CHECKING:
    from coach.content.models import Content
    from coach.models import Aspiration, Column, Evaluation, Goal

STALE_DAYS = 30
EVALUATION_DAYS = 90
JOURNAL_DAYS = 14

# Things people often name as aspirations that are usually goals serving something larger.
_GOAL_LIKE = (
    r"\b(salary|raise|pay rise|paid|earn(ing)?s?|income|bonus|money|\d+\s?k\b|six figures|"
    r"perks?|benefits|company car|stock options|equity|"
    r"move to|relocate|live in|work from|remote(ly)?|four[- ]day week|corner office|"
    r"promotion|title)\b|[$€£¥]\s?\d"
)


@cache
def _goal_like() -> re.Pattern[str]:
    return re.compile(_GOAL_LIKE, re.IGNORECASE)


ORDER = (
    "review_due",
    "goal_overdue",
    "goal_reached",
    "aspiration_looks_like_goal",
    "aspiration_without_goals",
    "goal_without_deadline",
    "aspiration_never_evaluated",
    "aspiration_not_evaluated",
    "goal_stale",
    "no_journal_recently",
)


class Nudge(NamedTuple):
    """One piece of advice; ``target`` says what to open: ("goal"|"aspiration", id) or None."""

    kind: str
    title: str
    message: str
    target: tuple[str, str] | None = None
    days: int = 0  # how long it has waited: the longest waits come first within a kind


def looks_like_goal(title: str) -> bool:
    """True for an "aspiration" that reads like a salary, a move or perks."""
    return bool(_goal_like().search(title))


def _days(later: date, earlier: date) -> int:
    return (later - earlier).days


def _day(value: datetime) -> date:
    return value.date()


def nudges(
    *,
    content: Content,
    today: date,
    aspirations: Sequence[Aspiration],
    goals: Sequence[Goal],
    evaluations: Sequence[Evaluation],
    columns: Sequence[Column],
    journal_times: Iterable[datetime] = (),
    review: tuple[str, int] | None = None,
    reached: Iterable[str] = (),
) -> list[Nudge]:
    """Every nudge that applies today, most pressing first. ``review`` is the kind of
    the review that is due and how many days late it is (None when none is due);
    ``reached``: the ids of open goals whose numbers reached their target."""
    found: list[Nudge] = []

    def add(nudge: str, target: tuple[str, str] | None, **values: object) -> None:
        template = content.nudge(nudge)
        days = values.get("days")
        if isinstance(days, int):
            values["days"] = count(days, "day")  # said with its noun: "1 day", "12 days"
        found.append(
            Nudge(
                nudge,
                template.title_for(**values),
                template.message_for(**values),
                target,
                days if isinstance(days, int) else 0,
            )
        )

    if review is not None:
        late = "today" if review[1] <= 0 else f"{count(review[1], 'day')} late"
        add("review_due", ("review", review[0]), kind=review[0], days=late)
    done_ids = {c.id for c in columns if c.done}
    open_goals = [g for g in goals if g.column not in done_ids and g.let_go is None]
    finished = set(reached)
    for goal in open_goals:
        name = one_line(goal.statement, 60)
        if goal.id in finished:
            # At 2 of 2, "what is in the way?" and "is it still the right next step?"
            # contradict the numbers: what is left is to close it.
            add("goal_reached", ("goal", goal.id), goal=name)
            continue
        if goal.deadline is None:
            add("goal_without_deadline", ("goal", goal.id), goal=name)
        elif goal.deadline < today:
            add("goal_overdue", ("goal", goal.id), goal=name, days=_days(today, goal.deadline))
        if _days(today, _day(goal.updated)) >= STALE_DAYS:
            add("goal_stale", ("goal", goal.id), goal=name, days=_days(today, _day(goal.updated)))

    latest: dict[str, Evaluation] = {}
    for evaluation in evaluations:
        best = latest.get(evaluation.aspiration_id)
        if best is None or evaluation.created > best.created:
            latest[evaluation.aspiration_id] = evaluation
    with_goals = {g.aspiration_id for g in goals if g.aspiration_id and g.let_go is None}
    for aspiration in aspirations:
        if aspiration.status != "active":
            continue
        name = one_line(aspiration.title, 60)
        target = ("aspiration", aspiration.id)
        if looks_like_goal(aspiration.title):
            add("aspiration_looks_like_goal", target, aspiration=name)
        if aspiration.id not in with_goals:
            add("aspiration_without_goals", target, aspiration=name)
        last = latest.get(aspiration.id)
        if last is None:
            add("aspiration_never_evaluated", target, aspiration=name)
        elif _days(today, _day(last.created)) >= EVALUATION_DAYS:
            days = _days(today, _day(last.created))
            add("aspiration_not_evaluated", target, aspiration=name, days=days)

    newest = max(journal_times, default=None)
    if newest is not None and _days(today, _day(newest)) >= JOURNAL_DAYS:
        add("no_journal_recently", None, days=_days(today, _day(newest)))

    found.sort(key=lambda n: (ORDER.index(n.kind) if n.kind in ORDER else len(ORDER), -n.days))
    return found

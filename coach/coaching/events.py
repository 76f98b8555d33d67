"""Event prompts: questions the coach asks when something happens to a goal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from coach.content.models import Content, Event
from coach.models import Column, Goal


def prompt_for_move(
    content: Content, goal: Goal, target: Column, columns: Sequence[Column]
) -> Event | None:
    """The "what did you learn?" prompt when a goal arrives in the Done column."""
    was_done = any(c.id == goal.column and c.done for c in columns)
    if target.done and not was_done:
        return content.event("goal_done")
    return None


def overdue(goals: Sequence[Goal], columns: Sequence[Column], today: date) -> list[Goal]:
    """Open goals whose deadline has passed, the longest overdue first."""
    done = {c.id for c in columns if c.done}
    late = [
        g for g in goals if g.column not in done and g.deadline is not None and g.deadline < today
    ]
    return sorted(late, key=lambda g: g.deadline or today)


def prompt_for_overdue(content: Content) -> Event:
    """The "what is in the way?" prompt for an overdue goal."""
    return content.event("goal_overdue")

"""Event prompts: questions the coach asks when something happens to a goal."""

from __future__ import annotations

from collections.abc import Sequence

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

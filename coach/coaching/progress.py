"""How far along a goal is, and how that rolls up to its aspiration.

Reads records through :mod:`coach.coaching.records`: models and views alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from coach.coaching.records import ColumnLike, GoalLike


def goal_progress(goal: GoalLike, columns: Sequence[ColumnLike]) -> float:
    """0 to 1: from the measured value when there is one, else from the goal's column.

    A goal in the Done column is finished whatever its numbers say. Otherwise
    the measurable part (current of target) counts when both are set. Failing
    that, the column stands in: the first column is 0, each later one a step
    further, Done 1.
    """
    ordered = sorted(columns, key=lambda c: c.order)
    column = next((c for c in ordered if c.id == goal.column), None)
    if column is not None and column.done:
        return 1.0
    fraction = goal.measurable.fraction
    if fraction is not None:
        return fraction
    if column is None:
        return 0.0
    open_columns = [c for c in ordered if not c.done]
    index = open_columns.index(column)
    return index / len(ordered)


def aspiration_progress(goals: Iterable[GoalLike], columns: Sequence[ColumnLike]) -> float | None:
    """The mean progress of an aspiration's goals, or None when it has none yet."""
    values = [goal_progress(goal, columns) for goal in goals]
    if not values:
        return None
    return sum(values) / len(values)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"

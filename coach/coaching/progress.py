"""How far along a goal is, and how that rolls up to its aspiration."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.models import Column, DateMove, Goal


def move_text(move: DateMove) -> str:
    """A deadline moved, as one line: from when to when, on which day, and why."""
    why = f": {move.reason}" if move.reason else " (no reason given)"
    return (
        f"Date moved {move.before or 'none'} -> {move.after or 'none'} on {move.moved.date()}{why}"
    )


def column_steps(columns: Sequence[Column]) -> dict[str, tuple[bool, float]]:
    """Per column id: whether it is a Done column, and the progress a goal there shows.

    The first open column is 0, each later one a step further; Done is 1. Of two
    columns with one id, the first on the board counts.
    """
    ordered = sorted(columns, key=lambda c: c.order)
    steps: dict[str, tuple[bool, float]] = {}
    open_index = 0
    for column in ordered:
        if column.done:
            steps.setdefault(column.id, (True, 1.0))
        else:
            steps.setdefault(column.id, (False, open_index / len(ordered)))
            open_index += 1
    return steps


def goal_progress(
    goal: Goal,
    columns: Sequence[Column],
    steps: dict[str, tuple[bool, float]] | None = None,
) -> float:
    """0 to 1: from the measured value when there is one, else from the goal's column.

    The numbers win wherever they are set (current of target), in Done too: a goal
    finished at 5 of 6 talks shows 83%, so its percentage never contradicts its
    numbers (moving a goal into Done asks for its final value). Without numbers, a
    goal in Done is finished, and any other column stands in (see
    :func:`column_steps`, which a caller rolling up many goals passes in as ``steps``).
    """
    fraction = goal.measurable.fraction
    if fraction is not None:
        return fraction
    step = (column_steps(columns) if steps is None else steps).get(goal.column)
    if step is not None and step[0]:
        return 1.0
    return 0.0 if step is None else step[1]


def aspiration_progress(goals: Iterable[Goal], columns: Sequence[Column]) -> float | None:
    """The mean progress of an aspiration's goals, or None when it has none yet."""
    steps = column_steps(columns)
    values = [goal_progress(goal, columns, steps) for goal in goals]
    if not values:
        return None
    return sum(values) / len(values)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"

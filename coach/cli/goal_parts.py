"""The parts of a goal that `coach goal edit` and `coach goal move` take from their
options: everything the wizard sets, and the value a goal ends on in Done."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from coach.cli.output import say
from coach.errors import InvalidInputError
from coach.models import Goal


def final_value(goal: Goal, into_done: bool, given: str | None) -> float | None:
    """The value a goal ends on when it moves into Done: --final, else asked at a
    terminal (was the target reached?), else None (its numbers stay as they are)."""
    from coach.cli.output import interactive
    from coach.cli.progress import value_argument
    from coach.quantities import amount

    m = goal.measurable
    if given is not None:
        if given.strip().lower() == "target":
            if m.target is None:
                raise InvalidInputError("this goal has no target; give --final a number")
            return m.target
        return value_argument(given)
    if not into_done or m.target is None or m.current == m.target:
        return None
    if not interactive():
        say(
            f"Its numbers stay at {amount(m.current or 0, m.unit)} of "
            f"{amount(m.target, m.unit)}; --final records where it ended.",
            err=True,
        )
        return None
    if click.confirm(f"Was the target ({amount(m.target, m.unit)}) reached?", default=True):
        return m.target
    typed = click.prompt("Where did it end?", default=plain(m.current), show_default=True)
    return value_argument(str(typed))


def plain(value: float | None) -> str:
    from coach.quantities import number

    return "0" if value is None else number(value)


def wizard_parts(
    found: Goal,
    specific: str | None,
    obstacles: tuple[str, ...],
    leads_to: str | None,
    letting_go_of: str | None,
    next_check: str | None,
    notes: str | None,
    today: date,
) -> dict[str, Any]:
    """The rest of what the wizard sets, from `coach goal edit`'s options."""
    from coach.cli.progress import day_option
    from coach.models import Achievable, Obstacle

    changes: dict[str, Any] = {}
    if specific is not None:
        changes["specific"] = specific
    if notes is not None:
        changes["notes"] = notes
    if next_check is not None:
        changes["next_check"] = (
            None if next_check.strip().lower() == "none" else day_option(next_check, today)
        )
    if leads_to is not None or letting_go_of is not None:
        kept = {"leads_to": leads_to, "let_go": letting_go_of}
        changes["realistic"] = found.realistic.model_copy(
            update={k: v for k, v in kept.items() if v is not None}
        )
    if obstacles:
        made = []
        for typed in obstacles:
            description, _, rest = typed.partition("|")
            weeks, _, plan = rest.partition("|")
            try:
                delay = int(weeks.strip() or 0)
            except ValueError:
                raise InvalidInputError(
                    f"in --obstacle {typed!r}, {weeks.strip()!r} is not a whole number of weeks"
                ) from None
            if not description.strip():
                raise InvalidInputError("an --obstacle needs its challenge before the first |")
            made.append(
                Obstacle(description=description.strip(), delay_weeks=delay, plan=plan.strip())
            )
        changes["achievable"] = Achievable(obstacles=tuple(made))
    return changes

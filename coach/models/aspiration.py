"""Aspirations: the long-term destinations of a career."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Annotated, ClassVar, Literal

from pydantic import Field, StringConstraints

from coach.models.base import Record, Text, Timestamp, Title, Value

AspirationStatus = Literal["active", "achieved", "retired"]

# A horizon is a year ("2030") or a date ("2030-06-30").
Horizon = Annotated[str, StringConstraints(strict=True, pattern=r"^\d{4}(-\d{2}-\d{2})?$")]


def horizon_date(horizon: str | None) -> date | None:
    """The last day a horizon stands for: 31 December for a bare year."""
    if not horizon:
        return None
    if len(horizon) == 4:
        return date(int(horizon), 12, 31)
    return date.fromisoformat(horizon)


def horizon_passed(horizon: str | None, today: date) -> str | None:
    """What is wrong with ``horizon`` (as :func:`parse_horizon` gives it) on ``today``:
    a horizon that has already passed is no place to aim for. None when it is fine."""
    last = horizon_date(horizon)
    if last is None or last >= today:
        return None
    return (
        f"the horizon {horizon} has already passed (today is {today.isoformat()}): "
        f"give a year or a date still ahead, such as {today.year + 5}"
    )


def parse_horizon(text: str) -> str | None:
    """Normalise what a person typed as a horizon; ``ValueError`` when it is neither."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 4:
        return text
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    parts = text.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        year, month = int(parts[0]), int(parts[1])
        if 1 <= month <= 12:
            return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    raise ValueError(f"{text!r} is not a year (2030) or a date (2030-06-30)")


class Revision(Value):
    """What an aspiration said before a change, and why it changed."""

    title: Title
    why: Text = ""
    horizon: Horizon | None = None
    status: AspirationStatus = "active"
    revised: Timestamp
    reason: Text = ""


class Aspiration(Record):
    """A long-term destination; goals lead to it."""

    table: ClassVar[str] = "aspirations"

    title: Title
    why: Text = ""
    horizon: Horizon | None = None
    status: AspirationStatus = "active"
    created: Timestamp
    updated: Timestamp
    history: tuple[Revision, ...] = Field(default=())

    @property
    def horizon_date(self) -> date | None:
        return horizon_date(self.horizon)

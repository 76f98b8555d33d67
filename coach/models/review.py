"""Reviews: the weekly, monthly and quarterly look at how the plan is going."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from coach.models.base import Id, Record, Timestamp

ReviewKind = Literal["weekly", "monthly", "quarterly"]
REVIEW_KINDS: tuple[ReviewKind, ...] = ("weekly", "monthly", "quarterly")
# Days from one review of a kind to the next, as offered when a review ends.
REVIEW_DAYS: dict[str, int] = {"weekly": 7, "monthly": 30, "quarterly": 91}


class Review(Record):
    """One review held: its kind, the journal entry that tells it, the goals it touched,
    and the day the person chose for the next one."""

    table: ClassVar[str] = "reviews"

    kind: ReviewKind
    held: Timestamp
    entry_id: Id | None = None
    goal_ids: tuple[Id, ...] = ()
    aspiration_ids: tuple[Id, ...] = ()
    next_due: date | None = None

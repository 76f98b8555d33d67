"""Goals: the nearer milestones that lead to an aspiration, in SMART parts."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import Field

from coach.models.base import Id, Record, Tag, Text, Timestamp, Title, Value

Priority = Literal["high", "medium", "low"]


class Measurable(Value):
    """How progress is counted: a metric, where it stands and where it should end."""

    metric: Text = ""
    target: float | None = None
    unit: Text = ""
    current: float | None = None
    priority: Priority | None = None

    @property
    def fraction(self) -> float | None:
        """Share of the target reached (0 to 1), or None when it cannot be counted."""
        if self.target is None or self.current is None or self.target == 0:
            return None
        return max(0.0, min(1.0, self.current / self.target))


class Obstacle(Value):
    """A likely challenge, how long it could hold the goal up, and the way around it."""

    description: Title
    delay_weeks: int = Field(default=0, ge=0, strict=True)
    plan: Text = ""


class Achievable(Value):
    obstacles: tuple[Obstacle, ...] = ()


class Realistic(Value):
    """Why this goal leads to the aspiration, and what will be let go of for it."""

    leads_to: Text = ""
    let_go: Text = ""


class DateMove(Value):
    """A deadline moved on purpose, and why (kept, so the plan's history is honest)."""

    before: date | None = None
    after: date | None = None
    reason: Text = ""
    moved: Timestamp


class Goal(Record):
    """A concrete, dated marker on the road to an aspiration."""

    table: ClassVar[str] = "goals"

    statement: Title
    aspiration_id: Id | None = None
    specific: Text = ""
    # Factories, not instances: an instance here would build the part's validator when
    # this module is imported, long before any goal is read.
    measurable: Measurable = Field(default_factory=Measurable)
    achievable: Achievable = Field(default_factory=Achievable)
    realistic: Realistic = Field(default_factory=Realistic)
    deadline: date | None = None
    column: Id
    position: int = Field(default=0, strict=True)
    created: Timestamp
    updated: Timestamp
    started: Timestamp | None = None
    done: Timestamp | None = None
    tags: tuple[Tag, ...] = ()
    notes: Text = ""
    # When to look at it next (the Time-bound step's last question).
    next_check: date | None = None
    date_moves: tuple[DateMove, ...] = ()
    # A goal let go of stays in the plan's history but out of the board's way.
    let_go: Timestamp | None = None
    let_go_reason: Text = ""

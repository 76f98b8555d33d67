"""Progress over time: what a goal's measure stood at on a day, or a milestone reached."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from pydantic import model_validator

from coach.models.base import Id, Record, Text, Timestamp


class ProgressEntry(Record):
    """One check-in on a goal: a new value of its measure and/or a milestone, on a day.

    Every value is kept with its day; the goal's ``measurable.current`` is the value of
    the latest entry (by day, then by when it was logged), kept in step by the service.
    """

    table: ClassVar[str] = "progress"

    goal_id: Id
    day: date
    value: float | None = None
    milestone: Text = ""
    note: Text = ""
    created: Timestamp

    @model_validator(mode="after")
    def _says_something(self) -> ProgressEntry:
        if self.value is None and not self.milestone.strip():
            raise ValueError("a progress entry needs a value or a milestone")
        return self

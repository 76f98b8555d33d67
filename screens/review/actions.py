"""What a review in the app has done so far, each action with a test of whether the
store still holds it.

An action taken back with ctrl+z (a goal let go of, a date moved, a value logged)
leaves the review's list and the journal entry the review keeps, and comes back with
it when redone: the review never tells of something the store no longer holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from coach.errors import CoachError


@dataclass
class Action:
    """One thing done in the review: on a goal (``kind`` "goal") or an aspiration."""

    kind: str
    record_id: str
    name: str  # the goal's statement or the aspiration's title when it was done
    said: str
    # Whether the store holds it: True or False, or the ids of the records that could
    # be it (a value logged twice is two actions, each needing an entry of its own).
    holds: Callable[[], bool | set[str]]
    seen: bool = field(default=False)  # the store has shown it held at least once

    def line(self) -> str:
        return f"{self.name}: {self.said}" if self.kind == "goal" else self.said

    def standing(self, claimed: set[str], *, strict: bool) -> bool:
        """Whether it still stands (claiming a record in ``claimed``). Until its save
        lands it stands, unless ``strict`` (when the review is kept, on the save
        thread, after every earlier save)."""
        try:
            found = self.holds()
        except CoachError:  # the record is gone (deleted since)
            found = False
        if isinstance(found, set):
            free = sorted(found - claimed)
            claimed.update(free[:1])
            found = bool(free)
        if found:
            self.seen = True
        return found or (not strict and not self.seen)


class Actions:
    def __init__(self) -> None:
        self._all: list[Action] = []

    def add(self, action: Action) -> None:
        self._all.append(action)

    def clear(self) -> None:
        self._all = []

    def standing(self, *, strict: bool = False) -> list[Action]:
        claimed: set[str] = set()
        return [a for a in self._all if a.standing(claimed, strict=strict)]

    def lines(self, *, strict: bool = False) -> list[str]:
        goals = [a.line() for a in self.standing(strict=strict) if a.kind == "goal"]
        others = [a.line() for a in self.standing(strict=strict) if a.kind != "goal"]
        return goals + others

    def ids(self, kind: str, *, strict: bool = False) -> list[str]:
        found = (a.record_id for a in self.standing(strict=strict) if a.kind == kind)
        return list(dict.fromkeys(found))

    def on_goals(self) -> dict[str, tuple[str, str]]:
        """Per goal: its name when acted on, and the latest action that stands."""
        return {a.record_id: (a.name, a.said) for a in self.standing() if a.kind == "goal"}

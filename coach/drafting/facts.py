"""What the drafts are made from: one picture of the person's plan, read once.

:class:`Facts` holds the aspirations, goals, board columns, evaluations, the lessons
written in the journal about done goals, and the achievement stories the person has
saved, with the day the drafts are written on. :func:`result_of` is the one place a
goal's measured result is read (today from its ``measurable`` part; a goal's progress
log can feed it later without any draft changing).

A goal is *retired* when its aspiration was retired, when it sits in a column named
for that ("Dropped", "Retired"), or when a newer coach marked it so: no draft names it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from coach.models import Aspiration, Column, Evaluation, Goal, JournalEntry, Story

# Board columns whose goals were let go, by name (folded), and a goal's own mark.
RETIRED_COLUMNS = frozenset({"retired", "dropped", "abandoned", "archived", "cancelled", "let go"})
RETIRED_MARKS = frozenset({"retired", "dropped", "abandoned", "archived", "cancelled"})
# Journal tags that mark an entry as what the person learned.
LESSON_TAGS = frozenset({"done", "lesson", "lessons", "learned", "learnt", "learning"})


class Result(NamedTuple):
    """A goal's measured result: where it got to (``value``) against its ``target``."""

    value: float | None
    target: float | None
    unit: str
    metric: str

    @property
    def counted(self) -> float | None:
        """The number to say: the value reached, else the target of a done goal."""
        return self.value if self.value is not None else self.target


def result_of(goal: Goal) -> Result | None:
    """The measured result of ``goal``, or None when it counts nothing.

    Every draft reads a goal's numbers through here.
    """
    m = goal.measurable
    if m.current is None and m.target is None:
        return None
    return Result(m.current, m.target, m.unit, m.metric)


def _lesson_rank(entry: JournalEntry, goal: Goal) -> tuple[int, int, float]:
    asked = entry.prompt_id == "goal_done"
    tagged = bool(LESSON_TAGS & set(entry.tags))
    after = goal.done is not None and entry.created >= goal.done
    return (int(asked), int(tagged or after), entry.created.timestamp())


def lessons_of(goals: Sequence[Goal], entries: Sequence[JournalEntry]) -> dict[str, str]:
    """Per done goal id, what the person wrote they learned (the best-matching entry)."""
    done = {g.id: g for g in goals if g.done is not None}
    best: dict[str, JournalEntry] = {}
    for entry in entries:
        for goal_id in entry.goal_ids:
            goal = done.get(goal_id)
            if goal is None:
                continue
            held = best.get(goal_id)
            if held is None or _lesson_rank(entry, goal) > _lesson_rank(held, goal):
                best[goal_id] = entry
    return {goal_id: entry.body for goal_id, entry in best.items()}


@dataclass(frozen=True)
class Facts:
    """The person's plan as the drafts see it, on the day ``today``."""

    today: date
    aspirations: tuple[Aspiration, ...]
    goals: tuple[Goal, ...]
    columns: tuple[Column, ...]
    evaluations: tuple[Evaluation, ...] = ()
    lessons: Mapping[str, str] = field(default_factory=dict)
    stories: Mapping[str, Story] = field(default_factory=dict)
    journal_entries: int = 0
    results: Mapping[str, Result | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.results:
            object.__setattr__(self, "results", {g.id: result_of(g) for g in self.goals})

    # -- lookups --------------------------------------------------------------------

    def aspiration(self, aspiration_id: str | None) -> Aspiration | None:
        return next((a for a in self.aspirations if a.id == aspiration_id), None)

    def result(self, goal: Goal) -> Result | None:
        return self.results.get(goal.id, result_of(goal))

    def is_done(self, goal: Goal) -> bool:
        return goal.column in {c.id for c in self.columns if c.done}

    def is_retired(self, goal: Goal) -> bool:
        mark = (goal.model_extra or {}).get("status")
        if isinstance(mark, str) and mark.strip().lower() in RETIRED_MARKS:
            return True
        aspiration = self.aspiration(goal.aspiration_id)
        if aspiration is not None and aspiration.status == "retired":
            return True
        column = next((c for c in self.columns if c.id == goal.column), None)
        return column is not None and " ".join(column.name.lower().split()) in RETIRED_COLUMNS

    def in_progress(self, goal: Goal) -> bool:
        """Being worked on: in the last open column before Done, or counted part of the way."""
        if self.is_done(goal):
            return False
        open_columns = sorted((c for c in self.columns if not c.done), key=lambda c: c.order)
        if len(open_columns) > 1 and goal.column == open_columns[-1].id:
            return True
        result = self.result(goal)
        return result is not None and bool(result.value)

    def is_overdue(self, goal: Goal) -> bool:
        return not self.is_done(goal) and goal.deadline is not None and goal.deadline < self.today

    def done_on(self, goal: Goal) -> date | None:
        """The day a done goal was finished (its deadline when the board never said)."""
        if goal.done is not None:
            return goal.done.date()
        return goal.deadline

    # -- what the drafts may use ----------------------------------------------------

    def active(self) -> list[Aspiration]:
        return [a for a in self.aspirations if a.status == "active"]

    def usable(self) -> list[Goal]:
        """Every goal a draft may name: none retired."""
        return [g for g in self.goals if not self.is_retired(g)]

    def retired(self) -> list[Goal]:
        return [g for g in self.goals if self.is_retired(g)]

    def steps_of(self, aspiration_id: str | None) -> list[Goal]:
        """Open goals of one aspiration with a date still ahead: those in progress first,
        then the rest, soonest first."""
        found = [
            g
            for g in self.usable()
            if g.aspiration_id == aspiration_id
            and not self.is_done(g)
            and g.deadline is not None
            and g.deadline >= self.today
        ]
        found.sort(key=lambda g: (not self.in_progress(g), g.deadline or date.max, g.created))
        return found

    def done_of(self, aspiration_id: str | None) -> list[Goal]:
        """Done goals of one aspiration, the strongest story first (see :meth:`strength`),
        then the latest."""
        found = [g for g in self.usable() if g.aspiration_id == aspiration_id and self.is_done(g)]
        found.sort(key=lambda g: (-self.strength(g), -(self.done_on(g) or date.min).toordinal()))
        return found

    def strength(self, goal: Goal) -> int:
        """How much a done goal has to tell: a number (2), beating its target, a lesson
        written down, an obstacle with the plan that got round it (1 each)."""
        result = self.result(goal)
        score = 0
        if result is not None and result.counted is not None:
            score += 2
            if result.value is not None and result.target is not None:
                # a target to cut (latency, cost) is beaten from below
                lower_is_better = result.value < result.target and self._aims_low(goal)
                score += int(result.value > result.target or lower_is_better)
        score += int(bool(self.lessons.get(goal.id, "").strip()))
        score += int(any(o.plan.strip() for o in goal.achievable.obstacles))
        return score

    @staticmethod
    def _aims_low(goal: Goal) -> bool:
        text = f"{goal.statement} {goal.measurable.metric}".lower()
        return any(w in text for w in ("cut", "reduce", "lower", "latency", "cost", "time"))

    def latest_evaluation(self, aspiration_id: str) -> Evaluation | None:
        found = [e for e in self.evaluations if e.aspiration_id == aspiration_id]
        return max(found, key=lambda e: e.created) if found else None

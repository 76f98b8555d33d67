"""A consistent, validated picture of the store for the exports to read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coach.coaching.pace import Pace, pace
from coach.coaching.reviews import ReviewDue
from coach.models import Aspiration, Column, Evaluation, Goal, JournalEntry, ProgressEntry, Review
from coach.service import CoachService


@dataclass(frozen=True)
class Snapshot:
    taken: datetime
    aspirations: list[Aspiration]
    goals: list[Goal]
    evaluations: list[Evaluation]
    journal: list[JournalEntry]
    columns: list[Column]
    progress: dict[str, list[ProgressEntry]] = field(default_factory=dict)  # by goal, oldest first
    reviews: list[Review] = field(default_factory=list)  # newest first
    next_review: ReviewDue | None = None
    let_go: list[Goal] = field(default_factory=list)  # goals let go of, kept in the story

    def pace(self, goal: Goal) -> Pace:
        """How the goal keeps pace on the day the snapshot was taken."""
        done = any(c.id == goal.column and c.done for c in self.columns)
        return pace(goal, self.progress.get(goal.id, []), self.taken.date(), done=done)

    def goals_of(self, aspiration_id: str | None) -> list[Goal]:
        return [g for g in self.goals if g.aspiration_id == aspiration_id]

    def evaluations_of(self, aspiration_id: str) -> list[Evaluation]:
        """The aspiration's evaluations, oldest first."""
        return [e for e in self.evaluations if e.aspiration_id == aspiration_id]

    def latest_evaluation(self, aspiration_id: str) -> Evaluation | None:
        found = self.evaluations_of(aspiration_id)
        return max(found, key=lambda e: e.created) if found else None

    def column_name(self, column_id: str) -> str:
        return next((c.name for c in self.columns if c.id == column_id), column_id)


def take(service: CoachService) -> Snapshot:
    repo = service.repo
    return Snapshot(
        taken=service.clock(),
        aspirations=service.aspirations.find(),
        goals=service.goals.find(),
        evaluations=sorted(repo.all(Evaluation), key=lambda e: e.created),
        journal=service.journal.find(),
        columns=service.board.columns(),
        progress=service.progress.by_goal(),
        reviews=service.reviews.history(),
        next_review=service.reviews.due(),
        let_go=[g for g in service.goals.find(let_go=True) if g.let_go is not None],
    )

"""Reviews: the weekly, monthly and quarterly look at the plan, as a front end walks it.

A front end asks what the review is about (:meth:`ReviewService.agenda`), lets the
person act on each goal through the goal and progress services (each action saved
when confirmed, one undoable change each), and ends with :meth:`ReviewService.save`:
one journal entry telling the review, linked to the goals it touched, and the review
record with the day of the next one, as one change. A review stopped half-way keeps
what was confirmed and saves no review.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coach.coaching import reviews as plan
from coach.errors import InvalidInputError
from coach.models import (
    REVIEW_DAYS,
    REVIEW_KINDS,
    Aspiration,
    Evaluation,
    Goal,
    JournalEntry,
    Review,
    new_id,
)

if TYPE_CHECKING:
    from coach.content.models import Prompt
    from coach.service import CoachService

STALE_EVALUATION_DAYS = 90
THEME_OF_KIND: dict[str, str] = {kind: f"review-{kind}" for kind in REVIEW_KINDS}


@dataclass(frozen=True)
class Agenda:
    """What one review goes through, in the method's order."""

    kind: str
    moved: plan.Moved
    goals: tuple[tuple[Goal, str], ...]  # (goal, why it needs a word)
    prompt: Prompt
    stale: tuple[tuple[Aspiration, tuple[int, ...]], ...]  # (aspiration, its scores so far)
    next_due: date


class ReviewService:
    def __init__(self, service: CoachService) -> None:
        self._service = service

    # -- reading ---------------------------------------------------------------

    def history(self) -> list[Review]:
        """Every review held, newest first."""
        return plan.newest_first(self._service.records(Review))

    def due(self) -> plan.ReviewDue | None:
        """The next review, or None before the first goal is made."""
        return plan.due(self.history(), self._open_goals(), self._service.today())

    def run_kept(self) -> int:
        return plan.run_kept(self.history(), self._service.today())

    def kind_now(self) -> str:
        found = self.due()
        return found.kind if found else "weekly"

    def agenda(self, kind: str | None = None) -> Agenda:
        kind = kind or self.kind_now()
        if kind not in REVIEW_KINDS:
            raise InvalidInputError(f"no {kind!r} review; choose one of {', '.join(REVIEW_KINDS)}")
        service = self._service
        today = service.today()
        held = self.history()
        since = held[0].held.date() if held else today - timedelta(days=REVIEW_DAYS[kind])
        from coach.models import ProgressEntry

        moved = plan.moved_since(
            since,
            service.records(Goal),
            service.records(ProgressEntry),
            service.records(JournalEntry),
            after=held[0].held if held else None,
        )
        done = {c.id for c in service.board.columns() if c.done}
        goals = plan.needing_attention(self._open_goals(), done, kind, today)
        listed = {goal.id for goal, _ in goals}
        for goal in self._open_goals():  # not due yet, but behind, or its look is due
            if goal.id in listed or goal.column in done:
                continue
            if goal.next_check is not None and goal.next_check <= today:
                goals.append((goal, f"you planned to look at it on {goal.next_check.isoformat()}"))
            elif goal.deadline is not None and service.progress.pace(goal).state == "behind":
                goals.append((goal, f"due {goal.deadline.isoformat()}, behind its plan line"))
        return Agenda(
            kind,
            moved,
            tuple(goals),
            self.prompt(kind, len([r for r in held if r.kind == kind])),
            tuple(self._stale(today)),
            today + timedelta(days=REVIEW_DAYS[kind]),
        )

    def prompt(self, kind: str, held: int = 0) -> Prompt:
        """The reflection prompt for a review of ``kind``; the next one each time."""
        from coach.content.loader import load_content

        theme = next(t for t in load_content().themes if t.id == THEME_OF_KIND[kind])
        return theme.prompts[held % len(theme.prompts)]

    def _open_goals(self) -> list[Goal]:
        return [g for g in self._service.records(Goal) if g.let_go is None]

    def _stale(self, today: date) -> list[tuple[Aspiration, tuple[int, ...]]]:
        by_aspiration: dict[str, list[Evaluation]] = {}
        for evaluation in self._service.records(Evaluation):
            by_aspiration.setdefault(evaluation.aspiration_id, []).append(evaluation)
        stale = []
        for aspiration in self._service.aspirations.find("active"):
            found = sorted(by_aspiration.get(aspiration.id, []), key=lambda e: e.created)
            if found and (today - found[-1].created.date()).days < STALE_EVALUATION_DAYS:
                continue
            stale.append((aspiration, tuple(e.score for e in found)))
        return stale

    # -- saving ----------------------------------------------------------------

    def save(
        self,
        kind: str,
        *,
        lines: Sequence[str],
        answer: str = "",
        prompt: Prompt | None = None,
        goal_ids: Iterable[str] = (),
        aspiration_ids: Iterable[str] = (),
        next_due: date | None = None,
    ) -> Review:
        """Keep the review: a journal entry telling it, and the review record."""
        if kind not in REVIEW_KINDS:
            raise InvalidInputError(f"no {kind!r} review; choose one of {', '.join(REVIEW_KINDS)}")
        service = self._service
        today = service.today()
        if next_due is not None and next_due <= today:
            raise InvalidInputError("the next review is a day after today; pick a later day")
        goals = tuple(dict.fromkeys(goal_ids))
        aspirations = tuple(dict.fromkeys(aspiration_ids))
        body = self.tell(kind, lines, answer, prompt, next_due)
        stamp = service.clock()
        entry = JournalEntry(
            id=new_id("j"),
            created=stamp,
            body=body,
            prompt_id=prompt.id if prompt and answer.strip() else None,
            prompt_text=prompt.text if prompt and answer.strip() else None,
            tags=("review", kind),
            goal_ids=goals,
            aspiration_ids=aspirations,
        )
        review = Review(
            id=new_id("r"),
            kind=kind,  # checked against REVIEW_KINDS above
            held=stamp,
            entry_id=entry.id,
            goal_ids=goals,
            aspiration_ids=aspirations,
            next_due=next_due,
        )
        with service.history.work(f"keep the {kind} review") as work:
            work.put(entry)
            work.put(review)
        return review

    @staticmethod
    def tell(
        kind: str,
        lines: Sequence[str],
        answer: str,
        prompt: Prompt | None,
        next_due: date | None,
    ) -> str:
        """The journal entry's text for a review."""
        parts = [f"{kind.capitalize()} review"]
        if lines:
            parts.append("\n".join(f"- {line}" for line in lines))
        if prompt is not None and answer.strip():
            parts.append(f"{prompt.text}\n{answer.strip()}")
        if next_due is not None:
            parts.append(f"Next review: {next_due.isoformat()}")
        return "\n\n".join(parts)

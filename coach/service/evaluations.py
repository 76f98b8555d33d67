"""Evaluations of aspirations against the checklist."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from coach.errors import InvalidInputError
from coach.lookup import resolve_id
from coach.models import Answer, Aspiration, Evaluation, new_id
from coach.service.history import History
from coach.store.repository import Repository


class EvaluationService:
    def __init__(self, repo: Repository, history: History, clock: Callable[[], datetime]) -> None:
        self._repo = repo
        self._history = history
        self._clock = clock

    def add(self, aspiration_id: str, answers: Iterable[Answer]) -> Evaluation:
        aspiration_id = resolve_id("aspiration", aspiration_id, self._repo.raw_table("aspirations"))
        answers = tuple(answers)
        if not answers:
            raise InvalidInputError("an evaluation needs at least one answered question")
        ids = [a.question_id for a in answers]
        if len(set(ids)) != len(ids):
            raise InvalidInputError("each checklist question can be answered once per evaluation")
        evaluation = Evaluation(
            id=new_id("e"), aspiration_id=aspiration_id, created=self._clock(), answers=answers
        )
        aspiration = self._repo.get(Aspiration, aspiration_id)
        title = aspiration.title if aspiration else aspiration_id
        with self._history.work(f"evaluate “{title}”") as work:
            work.put(evaluation)
        return evaluation

    def for_aspiration(self, aspiration_id: str) -> list[Evaluation]:
        """Evaluations of one aspiration, oldest first (the order of a trend)."""
        found = [e for e in self._repo.all(Evaluation) if e.aspiration_id == aspiration_id]
        found.sort(key=lambda e: e.created)
        return found

    def latest_scores(self) -> dict[str, int]:
        """Each evaluated aspiration's latest score, by aspiration id."""
        newest: dict[str, Evaluation] = {}
        for evaluation in self._repo.all(Evaluation):
            best = newest.get(evaluation.aspiration_id)
            if best is None or evaluation.created > best.created:
                newest[evaluation.aspiration_id] = evaluation
        return {owner: e.score for owner, e in newest.items()}

    def latest(self, aspiration_id: str) -> Evaluation | None:
        found = self.for_aspiration(aspiration_id)
        return found[-1] if found else None

    def delete(self, evaluation_id: str) -> None:
        evaluation_id = resolve_id("evaluation", evaluation_id, self._repo.raw_table("evaluations"))
        with self._history.work("delete an evaluation") as work:
            work.delete(Evaluation, evaluation_id)

"""Evaluations: an aspiration checked against the eight-question checklist."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field, model_validator

from coach.models.base import Id, Rating, Record, Text, Timestamp, Value


class Answer(Value):
    """One checklist question answered: a rating from 1 to 5 and an optional note."""

    question_id: Id
    rating: Rating
    note: Text = ""


def score_of(ratings: list[int]) -> int:
    """The score of an evaluation: the mean rating mapped onto 0-100."""
    if not ratings:
        return 0
    mean = sum(ratings) / len(ratings)
    return round((mean - 1) / 4 * 100)


class Evaluation(Record):
    """An aspiration's answers to the checklist at one moment, and the score they give."""

    table: ClassVar[str] = "evaluations"

    aspiration_id: Id
    created: Timestamp
    answers: tuple[Answer, ...] = Field(min_length=1)
    score: int = 0

    @model_validator(mode="before")
    @classmethod
    def _derive_score(cls, data: Any) -> Any:
        # The score is always derived from the answers, never trusted from input.
        if isinstance(data, dict) and isinstance(data.get("answers"), list | tuple):
            ratings = []
            for answer in data["answers"]:
                rating = (
                    answer.get("rating")
                    if isinstance(answer, dict)
                    else getattr(answer, "rating", None)
                )
                if isinstance(rating, int) and not isinstance(rating, bool):
                    ratings.append(rating)
            data = {**data, "score": score_of(ratings)}
        return data

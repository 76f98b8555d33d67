"""The domain models: validation, derived values, unknown fields kept."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from coach.models import (
    Answer,
    Aspiration,
    Evaluation,
    Goal,
    JournalEntry,
    Measurable,
    horizon_date,
    new_id,
    parse_horizon,
)

T = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def test_ids_are_prefixed_and_unique() -> None:
    ids = {new_id("g") for _ in range(2000)}
    assert len(ids) == 2000
    assert all(i.startswith("g-") and len(i) == 12 for i in ids)


def test_journal_entry_needs_timezone_and_body() -> None:
    with pytest.raises(ValidationError):
        JournalEntry(id="j-1", created=datetime(2026, 1, 1), body="x")
    with pytest.raises(ValidationError):
        JournalEntry(id="j-1", created=T, body="")


def test_strict_types_refuse_lax_conversions() -> None:
    doc = {"id": "c", "name": "Next", "order": "1"}
    from coach.models import Column

    with pytest.raises(ValidationError):
        Column.from_doc(doc)
    with pytest.raises(ValidationError):
        JournalEntry.from_doc({"id": "j", "created": T.isoformat(), "body": 7})


def test_evaluation_score_is_derived_not_trusted() -> None:
    answers = [Answer(question_id=f"q{i}", rating=r) for i, r in enumerate([5, 5, 3, 1])]
    evaluation = Evaluation(id="e", aspiration_id="a", created=T, answers=answers, score=99)
    assert evaluation.score == round((3.5 - 1) / 4 * 100)
    reloaded = Evaluation.from_doc(evaluation.to_doc() | {"score": 0})
    assert reloaded.score == evaluation.score


def test_rating_outside_one_to_five_is_refused() -> None:
    with pytest.raises(ValidationError):
        Answer(question_id="q", rating=6)
    with pytest.raises(ValidationError):
        Answer(question_id="q", rating=0)


def test_unknown_fields_survive_a_round_trip() -> None:
    doc = Goal(id="g", statement="Ship it", column="backlog", created=T, updated=T).to_doc()
    doc["from_the_future"] = {"x": [1, 2]}
    doc["measurable"]["confidence"] = 0.8
    again = Goal.from_doc(doc).to_doc()
    assert again["from_the_future"] == {"x": [1, 2]}
    assert again["measurable"]["confidence"] == 0.8


def test_changed_validates() -> None:
    goal = Goal(id="g", statement="Ship it", column="backlog", created=T, updated=T)
    with pytest.raises(ValidationError):
        goal.changed(statement="   ")
    assert goal.changed(deadline=date(2027, 1, 31)).deadline == date(2027, 1, 31)


def test_measurable_fraction() -> None:
    assert Measurable(target=50, current=10).fraction == 0.2
    assert Measurable(target=50, current=80).fraction == 1.0
    assert Measurable(target=None, current=3).fraction is None


@pytest.mark.parametrize(
    ("typed", "stored", "last_day"),
    [
        ("2030", "2030", date(2030, 12, 31)),
        ("2030-06-15", "2030-06-15", date(2030, 6, 15)),
        ("2030-02", "2030-02-28", date(2030, 2, 28)),
        (" ", None, None),
    ],
)
def test_horizons(typed: str, stored: str | None, last_day: date | None) -> None:
    assert parse_horizon(typed) == stored
    assert horizon_date(stored) == last_day


@pytest.mark.parametrize("typed", ["soon", "30", "2030-13", "2030/01/01"])
def test_bad_horizons(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_horizon(typed)


def test_aspiration_statuses() -> None:
    with pytest.raises(ValidationError):
        Aspiration(id="a", title="x", status="paused", created=T, updated=T)

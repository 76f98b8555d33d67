"""Numbers with their units read the same in every place that shows a goal's progress."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coach.coaching.pace import entry_text
from coach.models import ProgressEntry
from coach.quantities import amount, of_target, singular


@pytest.mark.parametrize(
    ("unit", "one"),
    [
        ("talks", "talk"),
        ("stories", "story"),
        ("classes", "class"),
        ("boxes", "box"),
        ("PRs", "PR"),
        ("conference talks", "conference talk"),
        ("series", "series"),
        ("kudos", "kudos"),
        ("km", "km"),
        ("status", "status"),
        ("hours of practice", "hours of practice"),
    ],
)
def test_one_of_a_unit_is_said_in_the_singular(unit: str, one: str) -> None:
    assert singular(unit) == one
    assert amount(1, unit) == f"1 {one}"
    assert amount(2, unit) == f"2 {unit}"


def test_signs_go_against_the_number() -> None:
    assert amount(12.5, "%") == "12.5%"
    assert amount(1200, "$") == "$1200"
    assert of_target(25, 60, "%") == "25% of 60%"
    assert of_target(300, None, "€") == "€300 of ?"
    assert of_target(2, 3, "talks") == "2 of 3 talks"
    assert of_target(None, 3, "") == "? of 3"


def test_a_logged_entry_of_one_says_one() -> None:
    entry = ProgressEntry(
        id="p1",
        goal_id="g1",
        day=date(2027, 1, 4),
        value=1,
        created=datetime(2027, 1, 4, 9, tzinfo=UTC),
    )
    assert "1 talk" in entry_text(entry, "talks")
    assert "1 talks" not in entry_text(entry, "talks")

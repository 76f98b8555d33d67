"""Property tests: anything a person can store comes back from disk the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.models import Goal, JournalEntry, Measurable, Obstacle
from coach.store.repository import Repository

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)
words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Zs", "Cc")), min_size=1, max_size=12
)
aware = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
    ),
)

entries = st.builds(
    JournalEntry,
    id=st.from_regex(r"j-[0-9a-z]{10}", fullmatch=True),
    created=aware,
    body=text.filter(lambda s: len(s) > 0),
    prompt_text=st.none() | text,
    tags=st.lists(words.map(lambda w: w.strip().lower()).filter(bool), max_size=4).map(tuple),
)

goals = st.builds(
    Goal,
    id=st.from_regex(r"g-[0-9a-z]{10}", fullmatch=True),
    statement=text.filter(lambda s: s.strip() != ""),
    column=st.sampled_from(["backlog", "doing", "done"]),
    position=st.integers(-(2**40), 2**40),
    created=aware,
    updated=aware,
    deadline=st.none() | st.dates(),
    measurable=st.builds(
        Measurable,
        metric=text,
        target=st.none() | st.floats(allow_nan=False, allow_infinity=False),
        current=st.none() | st.floats(allow_nan=False, allow_infinity=False),
    ),
    notes=text,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    batch=st.lists(entries, max_size=5, unique_by=lambda e: e.id),
    tasks=st.lists(goals, max_size=3, unique_by=lambda g: g.id),
)
def test_records_round_trip_through_the_file(
    tmp_path: Path, batch: list[JournalEntry], tasks: list[Goal]
) -> None:
    path = tmp_path / f"rt-{len(list(tmp_path.iterdir()))}" / "coach.json"
    repo = Repository.open(path)
    with repo.transaction():
        for record in [*batch, *tasks]:
            repo.put(record)
    again = Repository.open(path)
    assert sorted(again.all(JournalEntry), key=lambda e: e.id) == sorted(batch, key=lambda e: e.id)
    assert sorted(again.all(Goal), key=lambda g: g.id) == sorted(tasks, key=lambda g: g.id)


def test_obstacles_round_trip(db_path: Path) -> None:
    goal = Goal(
        id="g-0000000001",
        statement="Pass the CPA exam",
        column="backlog",
        created=datetime(2026, 1, 1, tzinfo=UTC),
        updated=datetime(2026, 1, 1, tzinfo=UTC),
        achievable={
            "obstacles": [Obstacle(description="Busy season", delay_weeks=6, plan="Study mornings")]
        },
    )
    repo = Repository.open(db_path)
    with repo.transaction():
        repo.put(goal)
    assert Repository.open(db_path).get(Goal, goal.id) == goal

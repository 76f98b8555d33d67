"""Quick capture writes exactly the document the model would, through the same store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.capture import capture, entry_doc
from coach.errors import InvalidInputError
from coach.models import JournalEntry
from coach.service import CoachService
from coach.store.raw import RawStore
from coach.store.repository import Repository

zones = st.sampled_from(
    [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))]
)
moments = st.builds(
    lambda dt, tz: dt.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    zones,
)
bodies = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1).filter(
    lambda s: s.strip() != ""
)
tags = st.lists(st.from_regex(r"#?[A-Za-z0-9_-]{1,20}", fullmatch=True), max_size=4)


@settings(max_examples=200, deadline=None)
@given(body=bodies, created=moments, tags=tags)
def test_document_equals_what_the_model_writes(
    body: str, created: datetime, tags: list[str]
) -> None:
    doc = entry_doc(body, created=created, tags=tags, goal_ids=["g-1"])
    assert JournalEntry.from_doc(doc).to_doc() == doc


def test_capture_lands_and_reads_back(db_path: Path) -> None:
    store = RawStore.open(db_path)
    doc = capture(store, "Landed the Acme pitch", tags=["#Work"])
    (entry,) = CoachService(Repository.open(db_path)).journal.find()
    assert (
        entry.id == doc["id"] and entry.tags == ("work",) and entry.body == "Landed the Acme pitch"
    )


def test_capture_refuses_empty_and_naive_times() -> None:
    with pytest.raises(InvalidInputError):
        entry_doc("  \n", created=datetime.now(UTC))
    with pytest.raises(ValueError):
        entry_doc("x", created=datetime(2026, 1, 1))

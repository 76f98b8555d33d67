"""The indexed file order, and the first look the app paints from.

Whatever wrote the file, :func:`glance` must give the same tables and the same
per-day journal counts as parsing the whole file; the index only makes it cheaper.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.capture import capture
from coach.service import CoachService
from coach.store.errors import DamagedFileError
from coach.store.glance import glance
from coach.store.layout import LayoutEncoder, day_counts
from coach.store.raw import RawStore
from coach.store.repository import Repository

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _whole(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """What a full parse says: the tables but the journal (no index), and the day counts."""
    data = orjson.loads(path.read_bytes())
    journal = data.pop("journal", {})
    data.get("_meta", {}).pop("journal", None)
    return data, day_counts(journal)


def _same(path: Path, *, indexed: bool) -> None:
    seen = glance(path)
    assert seen is not None
    tables, days = _whole(path)
    assert seen.indexed is indexed
    assert seen.journal_days == days
    for name, table in tables.items():
        if name != "_meta":
            assert seen.table(name) == table, name


@pytest.fixture
def service(tmp_path: Path) -> CoachService:
    return CoachService(Repository.open(tmp_path / "coach.json"))


def test_a_store_coach_writes_is_indexed_and_glanced_without_its_journal(
    service: CoachService,
) -> None:
    path = service.repo.path
    aspiration = service.aspirations.add("Lead a platform team", why="to grow people")
    service.goals.add("Ship the migration by June 2027", aspiration_id=aspiration.id)
    for n in range(5):
        service.journal.add(f'Entry {n}: the "quoted" part, a brace {{ and a comma,')
    raw = path.read_bytes()
    assert raw.startswith(b'{"_meta":{"journal":{"tail":')
    assert raw.endswith(b"}\n")
    assert json.loads(raw)  # still one plain JSON object, as TinyDB reads it
    _same(path, indexed=True)
    seen = glance(path)
    assert seen is not None
    assert "journal" not in seen.tables
    assert sum(seen.journal_days.values()) == 5


def test_the_index_follows_edits_and_deletes(service: CoachService) -> None:
    path = service.repo.path
    entries = [service.journal.add(f"note {n}") for n in range(4)]
    service.journal.delete(entries[0].id)
    service.journal.edit(entries[1].id, body="rewritten, same day")
    _same(path, indexed=True)
    assert sum(glance(path).journal_days.values()) == 3  # type: ignore[union-attr]
    capture(RawStore.open(path), "from the shell")  # the quick, model-free path writes it too
    _same(path, indexed=True)
    assert sum(glance(path).journal_days.values()) == 4  # type: ignore[union-attr]


days = st.dates(min_value=datetime(2020, 1, 1).date(), max_value=datetime(2022, 1, 1).date())
ops = st.lists(st.tuples(st.sampled_from(["put", "delete"]), st.integers(0, 15), days), max_size=60)


@settings(max_examples=150, deadline=None)
@given(steps=ops)
def test_counts_kept_between_saves_equal_a_fresh_count(
    steps: list[tuple[str, int, Any]],
) -> None:
    encoder = LayoutEncoder()
    journal: dict[str, Any] = {}
    for op, key, day in steps:
        journal = dict(journal)  # tables are replaced, as TinyDB does
        if op == "put":
            journal[f"e{key}"] = {"id": f"e{key}", "created": f"{day}T09:00:00+00:00"}
        else:
            journal.pop(f"e{key}", None)
        data = {"_meta": {"schema": {"version": 2}}, "goals": {}, "journal": journal}
        written = orjson.loads(encoder.encode(data))
        assert written["journal"] == journal
        assert written["_meta"]["journal"]["days"] == day_counts(journal)


def test_files_other_writers_made_are_read_whole(tmp_path: Path, service: CoachService) -> None:
    service.journal.add("one")
    service.aspirations.add("Teach")
    data, _ = _whole(service.repo.path)
    data["journal"] = orjson.loads(service.repo.path.read_bytes())["journal"]
    for name, payload in {
        "compact.json": orjson.dumps(data),
        "tinydb.json": json.dumps(data).encode(),  # TinyDB's own ", " and ": "
        "journal-first.json": orjson.dumps({"journal": data["journal"]} | data),
    }.items():
        path = tmp_path / name
        path.write_bytes(payload)
        _same(path, indexed=False)


def test_a_first_version_file_is_migrated_for_the_glance(tmp_path: Path) -> None:
    path = tmp_path / "v1.json"
    shutil.copyfile(FIXTURES / "store-v1.json", path)
    seen = glance(path)
    assert seen is not None and not seen.indexed
    assert seen.table("columns")  # the migration's default board
    assert seen.journal_days == day_counts(orjson.loads(path.read_bytes()).get("journal", {}))


def test_an_index_that_does_not_fit_the_file_is_not_trusted(service: CoachService) -> None:
    service.journal.add("one")
    service.journal.add("two")
    path = service.repo.path
    raw = path.read_bytes()
    # Another program rewrote the journal with a different length: read whole.
    longer = raw.replace(b'"body":"one"', b'"body":"one, longer"')
    path.write_bytes(longer)
    _same(path, indexed=False)
    # Cut short: damaged, as the full load would say, and the file is left as it was.
    path.write_bytes(raw[:-40])
    with pytest.raises(DamagedFileError):
        glance(path)
    assert path.read_bytes() == raw[:-40]


def test_missing_empty_and_encrypted_files(tmp_path: Path) -> None:
    missing = glance(tmp_path / "nothing.json")
    assert missing is not None and missing.tables == {} and missing.journal_days == {}
    sealed = tmp_path / "sealed.json"
    sealed.write_bytes(b"COACHENC\x01" + bytes(64))
    assert glance(sealed) is None
    blank = tmp_path / "blank.json"
    blank.write_bytes(b"")
    with pytest.raises(DamagedFileError):
        glance(blank)


def test_a_newer_coach_file_is_glanced_as_read_only(tmp_path: Path) -> None:
    path = tmp_path / "newer.json"
    now = datetime.now(UTC) - timedelta(days=1)
    entry = {"id": "e1", "created": now.isoformat(), "body": "hi"}
    path.write_bytes(orjson.dumps({"_meta": {"schema": {"version": 99}}, "journal": {"e1": entry}}))
    seen = glance(path)
    assert seen is not None and seen.newer
    assert seen.journal_days == {now.isoformat()[:10]: 1}

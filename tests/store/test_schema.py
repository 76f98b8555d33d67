"""Schema versions: migrating an older file, refusing to change a newer one."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import orjson
import pytest

from coach.models import Goal, JournalEntry
from coach.service import CoachService
from coach.store.backups import list_backups
from coach.store.errors import ReadOnlyStoreError
from coach.store.repository import Repository
from tests.devicefiles import snapshot_file
from tests.files import stored

FIXTURE = Path(__file__).parent.parent / "fixtures" / "store-v1.json"


def test_version_1_file_is_migrated_with_a_backup(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    shutil.copy(FIXTURE, db_path)
    original = db_path.read_bytes()
    repo = Repository.open(db_path)
    assert repo.report.migrated and repo.report.found_version == 1
    entry = repo.get(JournalEntry, "j-proto00001")
    assert entry is not None and entry.body.startswith("Pitched twice")
    goals = {g.id: g for g in repo.all(Goal)}
    assert goals["g-proto00001"].column == "doing"
    assert goals["g-proto00002"].column == "done"
    data = orjson.loads(snapshot_file(db_path).read_bytes())
    assert data["_meta"]["schema"]["version"] == 3
    assert data["goals"]["g-proto00001"]["mood"] == "keen"  # unknown field kept
    assert [b.path.read_bytes() for b in list_backups(db_path)] == [original]
    names = [c.name for c in CoachService(repo).board.columns()]
    assert names == ["Backlog", "Next", "Doing", "Done"]


def test_newer_file_opens_read_only_and_is_never_written(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(
        orjson.dumps(
            {
                "_meta": {"schema": {"version": 99}},
                "journal": {"j-1": {"id": "j-1", "created": "2026-01-01T00:00:00Z", "body": "hi"}},
                "holograms": {"h": {"id": "h"}},
            }
        )
    )
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    service = CoachService(Repository.open(db_path))
    assert service.repo.read_only
    assert [e.body for e in service.journal.find()] == ["hi"]
    with pytest.raises(ReadOnlyStoreError) as caught:
        service.journal.add("new")
    assert "read-only" in str(caught.value)
    problem = service.repo.newer_schema_error()
    assert problem is not None and "newer coach" in str(problem)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_fields_written_by_a_newer_minor_version_are_kept(
    db_path: Path, service: CoachService
) -> None:
    entry = service.journal.add("original")
    data = orjson.loads(snapshot_file(db_path).read_bytes())
    data["journal"][entry.id]["mood"] = "hopeful"
    data["future_table"] = {"x": {"id": "x", "v": 1}}
    snapshot_file(db_path).write_bytes(orjson.dumps(data))
    again = CoachService(Repository.open(db_path))
    again.journal.edit(entry.id, body="edited")
    again.journal.add("another")
    saved = stored(db_path)
    assert saved["journal"][entry.id]["mood"] == "hopeful"
    assert saved["journal"][entry.id]["body"] == "edited"
    assert saved["future_table"] == {"x": {"id": "x", "v": 1}}


def test_invalid_records_are_kept_and_reported(db_path: Path, service: CoachService) -> None:
    good = service.journal.add("good")
    data = orjson.loads(snapshot_file(db_path).read_bytes())
    data["journal"]["j-bad"] = {"id": "j-bad", "created": "yesterday", "body": 12}
    data["journal"]["j-odd"] = "not an object"
    snapshot_file(db_path).write_bytes(orjson.dumps(data))
    again = CoachService(Repository.open(db_path))
    assert [e.id for e in again.journal.find()] == [good.id]
    problems = again.repo.problems()
    assert [p.id for p in problems] == ["j-bad"]
    again.journal.add("more")
    saved = orjson.loads(snapshot_file(db_path).read_bytes())
    assert saved["journal"]["j-bad"]["body"] == 12
    assert saved["_quarantine"]["journal:j-odd"]["raw"] == "not an object"

"""Import at scale: one save for the whole import and one for its undo, however many records;
ids that could act on a path or a terminal are refused (issue 18 bug 12)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from coach.service import CoachService
from coach.store.repository import Repository

MANY = 4_000


def _export(path: Path, journal: dict[str, dict[str, object]]) -> Path:
    data = {"_meta": {"schema": {"version": 2}}, "journal": journal}
    path.write_bytes(orjson.dumps(data))
    return path


def _entry(record_id: str, n: int = 0) -> dict[str, object]:
    return {"id": record_id, "created": "2026-01-01T10:00:00+00:00", "body": f"entry {n}"}


def test_many_records_import_and_undo_in_one_save_each(
    service: CoachService, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = {f"j-{n:010d}": _entry(f"j-{n:010d}", n) for n in range(MANY)}
    export = _export(tmp_path / "big.json", journal)
    storage = service.repo.storage
    saves: list[int] = []
    flush = type(storage)._flush

    def counting_flush(self: object) -> None:
        saves.append(1)
        flush(self)  # type: ignore[arg-type]

    monkeypatch.setattr(type(storage), "_flush", counting_flush)
    report = service.import_file(export)
    assert report.added == {"journal": MANY}
    assert len(saves) == 1  # one save per record took 42 s at 16k (each rewrote the table)
    service.undo()
    assert len(saves) == 2
    assert service.journal.count() == 0
    monkeypatch.undo()
    # What landed on disk: another process sees the import undone. (It opens the store
    # by its data file: opening this device's snapshot as if it were one reads the
    # snapshot alone, without the log the undo was appended to.)
    assert CoachService(Repository.open(db_path)).journal.count() == 0


def test_ids_that_are_paths_or_hold_escapes_are_refused(
    service: CoachService, tmp_path: Path
) -> None:
    bad = ["../../etc", "j-\x1b]0;owned\x07", "j x", "-j", "j" * 65]
    journal = {rid: _entry(rid) for rid in [*bad, "j-fine000001"]}
    export = _export(tmp_path / "ids.json", journal)
    refused = service.import_file(export)
    assert refused.refused and service.journal.count() == 0  # all or nothing
    report = service.import_file(export, skip_invalid=True)
    assert report.added == {"journal": 1} and not report.refused
    assert len(report.rejected) == len(bad)
    assert all("\x1b" not in line for line in report.rejected)
    assert [e.id for e in service.journal.find()] == ["j-fine000001"]

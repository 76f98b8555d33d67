"""Import at scale: time linear in the records, undone in one step; ids that could act on a
path or a terminal are refused (issue 18 bug 12)."""

from __future__ import annotations

import time
from pathlib import Path

import orjson

from coach.service import CoachService

MANY = 16_000


def _export(path: Path, journal: dict[str, dict[str, object]]) -> Path:
    data = {"_meta": {"schema": {"version": 2}}, "journal": journal}
    path.write_bytes(orjson.dumps(data))
    return path


def _entry(record_id: str, n: int = 0) -> dict[str, object]:
    return {"id": record_id, "created": "2026-01-01T10:00:00+00:00", "body": f"entry {n}"}


def test_sixteen_thousand_records_import_and_undo_quickly(
    service: CoachService, tmp_path: Path
) -> None:
    journal = {f"j-{n:010d}": _entry(f"j-{n:010d}", n) for n in range(MANY)}
    export = _export(tmp_path / "big.json", journal)
    started = time.perf_counter()
    report = service.import_file(export)
    service.undo()
    took = time.perf_counter() - started
    assert report.added == {"journal": MANY}
    assert service.journal.count() == 0
    # One write per record took 42 s here (each rewrote the whole table); one per table
    # takes about one. The bound leaves room for a loaded machine.
    assert took < 12, f"{took:.1f} s"


def test_ids_that_are_paths_or_hold_escapes_are_refused(
    service: CoachService, tmp_path: Path
) -> None:
    bad = ["../../etc", "j-\x1b]0;owned\x07", "j x", "-j", "j" * 65]
    journal = {rid: _entry(rid) for rid in [*bad, "j-fine000001"]}
    report = service.import_file(_export(tmp_path / "ids.json", journal))
    assert report.added == {"journal": 1}
    assert len(report.rejected) == len(bad)
    assert all("\x1b" not in line for line in report.rejected)
    assert [e.id for e in service.journal.find()] == ["j-fine000001"]

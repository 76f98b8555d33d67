"""A file to import with a record that cannot be read is refused whole, and the message says
in plain words which record (its place in the file, its title and date), which field, what
was wrong and what to do: never pydantic's "1 validation error for JournalEntry" nor an id
coach made up (issue 18, a new user's import)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson
import pytest

from tests.programs import Run

GOOD = {"id": "j-good000001", "created": "2026-01-01T09:00:00+00:00", "body": "Kept this one."}
BAD = {"id": "j-bad0000001", "created": "2026-01-02T09:00:00+00:00", "body": "Second week"}


def _coach(record_id: str, doc: dict[str, object]) -> dict[str, object]:
    return {
        "_meta": {"schema": {"version": 3}},
        "journal": {GOOD["id"]: GOOD, record_id: doc},
    }


def _jrnl(entry: dict[str, object]) -> dict[str, object]:
    good = {"date": "2025-03-04", "time": "09:30", "title": "Pitched.", "body": "", "tags": []}
    return {"tags": {}, "entries": [good, entry]}


def _day_one(entry: dict[str, object]) -> dict[str, object]:
    good = {"uuid": "AAAA", "creationDate": "2024-11-02T07:15:00Z", "text": "Portfolio."}
    return {"metadata": {"version": "1.0"}, "entries": [good, entry]}


CASES = {
    "coach, a field missing": (
        _coach(BAD["id"], {k: v for k, v in BAD.items() if k != "body"}),
        'journal entry 2 (2026-01-02), filed under "j-bad0000001": its "body" is missing',
    ),
    "coach, a wrong type": (
        _coach(BAD["id"], BAD | {"tags": "work"}),
        'journal entry 2 ("Second week", 2026-01-02), filed under "j-bad0000001": '
        'its "tags" should be a list, not "work"',
    ),
    "coach, a bad date": (
        _coach(BAD["id"], BAD | {"created": "yesterday"}),
        'journal entry 2 ("Second week"), filed under "j-bad0000001": its "created" should '
        'be a date and time with its zone, like 2026-01-31T09:00:00+00:00, not "yesterday"',
    ),
    "coach, a bad id": (
        _coach("../etc", BAD | {"id": "../etc"}),
        'journal entry 2 ("Second week", 2026-01-02), filed under "../etc": its id may hold '
        "only letters, digits, dashes and underscores",
    ),
    "coach, not an object": (
        _coach(BAD["id"], "just words"),  # type: ignore[arg-type]
        'journal entry 2, filed under "j-bad0000001": it should be an object ({...}), '
        'not "just words"',
    ),
    "jrnl, a bad date": (
        _jrnl({"date": "2025-13-40", "time": "09:00", "title": "Interview", "body": ""}),
        'entry 2 ("Interview", 2025-13-40): its "date" and "time" ("2025-13-40", "09:00") '
        'are not a date and time coach can read; jrnl writes them like "2026-01-31"',
    ),
    "jrnl, a wrong type": (
        _jrnl({"date": "2025-03-05", "time": "09:00", "title": 5, "body": ""}),
        'entry 2 (2025-03-05): its "title" should be text, not 5',
    ),
    "jrnl, a field missing": (
        _jrnl({"time": "09:00", "title": "Undated", "body": ""}),
        'entry 2 ("Undated"): its "date" is missing',
    ),
    "Day One, a bad date": (
        _day_one({"uuid": "BBBB", "creationDate": "last Tuesday", "text": "Offer came"}),
        'entry 2 ("Offer came"): its "creationDate" ("last Tuesday") is not a date and time '
        'coach can read; Day One writes them like "2026-01-31T09:00:00Z"',
    ),
    "Day One, a wrong type": (
        _day_one({"uuid": "BBBB", "creationDate": "2024-11-03T07:15:00Z", "text": ["x"]}),
        "entry 2 (2024-11-03): its \"text\" should be text, not ['x']",
    ),
    "Day One, an empty text": (
        _day_one({"uuid": "BBBB", "creationDate": "2024-11-03T07:15:00Z", "text": ""}),
        'entry 2 (2024-11-03): its "text" is empty',
    ),
    "Day One, no id": (
        _day_one({"creationDate": "2024-11-03T07:15:00Z", "text": "No uuid"}),
        'entry 2 ("No uuid", 2024-11-03): its "uuid" is missing',
    ),
}


def _digest(db_path: Path) -> str:
    files = sorted(db_path.parent.glob(db_path.name + "*"))
    return hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in files)).hexdigest()


@pytest.mark.parametrize("case", CASES)
def test_a_bad_record_is_named_in_plain_words_and_nothing_is_imported(
    case: str, run: Run, db_path: Path, tmp_path: Path
) -> None:
    data, said = CASES[case]
    export = tmp_path / "export.json"
    export.write_bytes(orjson.dumps(data))
    assert run("journal", "add", "already here").exit_code == 0
    before = _digest(db_path)
    refused = run("import", str(export))
    assert refused.exit_code == 1, refused.output
    assert refused.stdout == ""
    err = " ".join(refused.stderr.split())
    assert f"Nothing was imported: 1 {'record' if case.startswith('coach') else 'entry'} in" in err
    assert said in err
    assert "Fix it in the file and run coach import again, or add --skip-invalid to import " in err
    assert "validation error" not in err and "JournalEntry" not in err
    if not case.startswith("coach"):
        assert "j-" not in err  # the id coach makes for a jrnl or Day One entry means nothing
    assert _digest(db_path) == before  # nothing imported, not even the good record
    kept = run("import", str(export), "--skip-invalid")
    assert kept.exit_code == 0, kept.output
    assert "Added 1 journal entry" in kept.stdout
    assert "Left out 1 " in kept.stderr and said in " ".join(kept.stderr.split())


def test_a_refused_import_says_so_as_json(run: Run, db_path: Path, tmp_path: Path) -> None:
    data, said = CASES["jrnl, a bad date"]
    export = tmp_path / "jrnl.json"
    export.write_bytes(orjson.dumps(data))
    assert run("journal", "add", "already here").exit_code == 0
    before = _digest(db_path)
    result = run("import", str(export), "--json")
    assert result.exit_code == 1
    report = orjson.loads(result.stdout)
    assert report["refused"] is True and report["added"] == {"journal": 1}
    assert said in report["rejected"][0]
    assert _digest(db_path) == before

"""`coach import` reads jrnl's and Day One's JSON exports: tags and dates kept, said which
it found, and the same file imported twice adds nothing."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.programs import Run

JRNL = {
    "tags": {"@work": 1},
    "entries": [
        {
            "title": "Pitched to Acme.",
            "body": "It went well; they want a second meeting.",
            "date": "2025-03-04",
            "time": "09:30",
            "tags": ["@work"],
            "starred": True,
        },
        {"title": "Quiet day.", "body": "", "date": "2025-03-05", "time": "18:00", "tags": []},
    ],
}
DAY_ONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "6C1B3F0E2D5A4B8C9E7F1A2B3C4D5E6F",
            "creationDate": "2024-11-02T07:15:00Z",
            "text": "Finished the portfolio review.",
            "tags": ["Career"],
            "starred": False,
        }
    ],
}


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_bytes(orjson.dumps(data))
    return path


def test_a_jrnl_export_is_imported_once(run: Run, run_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export = _write(tmp_path, "jrnl.json", JRNL)
    first = run("import", str(export))
    assert first.exit_code == 0, first.output
    assert "Read a jrnl export." in first.output and "Added 2 journal entries" in first.output
    entries = {e["body"]: e for e in run_json("journal", "list")}
    pitch = entries["Pitched to Acme.\n\nIt went well; they want a second meeting."]
    assert pitch["created"].startswith("2025-03-04T09:30")
    assert pitch["tags"] == ["work", "starred"]
    assert entries["Quiet day."]["tags"] == []
    again = run("import", str(export))
    assert "Added nothing" in again.output and "2 records already here" in again.output
    assert len(run_json("journal", "list")) == 2


def test_a_day_one_export_is_imported_once(run: Run, run_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export = _write(tmp_path, "dayone.json", DAY_ONE)
    said = run("import", str(export)).output
    assert "Read a Day One export." in said and "Added 1 journal entry" in said
    (entry,) = run_json("journal", "list")
    assert entry["body"] == "Finished the portfolio review."
    assert entry["created"].startswith("2024-11-02T07:15:00")
    assert entry["tags"] == ["career"]
    assert "Added nothing" in run("import", str(export)).output


def test_a_day_one_entry_keeps_the_day_and_hour_of_the_zone_it_was_written_in(
    run: Run,
    run_json,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    entries = [
        {  # 04:00 UTC on New Year's Day is still New Year's Eve in Los Angeles
            "uuid": "A1",
            "creationDate": "2022-01-01T04:00:00Z",
            "timeZone": "America/Los_Angeles",
            "text": "Last evening of the year.",
        },
        {
            "uuid": "A2",
            "creationDate": "2022-03-01T10:00:00Z",
            "timeZone": "Nowhere/Atlantis",
            "text": "An odd zone.",
        },
        {"uuid": "A3", "creationDate": "7:05 PM", "text": "A time jrnl-style."},
    ]
    export = _write(tmp_path, "dayone.json", {"metadata": {}, "entries": entries})
    result = run("import", str(export), "--skip-invalid")
    assert 'entry 3 ("A time jrnl-style."): its "creationDate" ("7:05 PM") is not a date' in (
        result.output
    )
    found = {e["body"]: e["created"] for e in run_json("journal", "list")}
    assert found["Last evening of the year."] == "2021-12-31T20:00:00-08:00"
    assert found["An odd zone."].startswith("2022-03-01T10:00:00")  # kept as written

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

"""`coach export` (json, md, ics), `coach import` and `coach doctor`."""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson
from icalendar import Calendar

from tests.devicefiles import snapshot_file
from tests.programs import Run


def _fill(run: Run, run_json) -> dict[str, str]:  # type: ignore[no-untyped-def]
    aspiration = run_json("aspiration", "add", "Creative director", "--why", "I love ideas")
    goal = run_json(
        "goal",
        "add",
        "Win 50 pitches by the end of 2027",
        "-a",
        aspiration["id"],
        "--metric",
        "pitches won",
        "--target",
        "50",
        "--current",
        "12",
    )
    loose = run_json("goal", "add", "Join one industry association", "-d", "2027-03-31")
    entry = run_json("journal", "add", "Won the Acme pitch [b]today[/b]", "-g", goal["id"])
    return {
        "aspiration": aspiration["id"],
        "goal": goal["id"],
        "loose": loose["id"],
        "entry": entry["id"],
    }


def test_json_export_import_round_trip(run: Run, run_json, tmp_path: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(run, run_json)
    out = tmp_path / "export.json"
    assert run("export", "-o", str(out)).exit_code == 0
    exported = orjson.loads(out.read_bytes())
    assert set(exported["journal"]) == {ids["entry"]}

    other = tmp_path / "other.json"
    result = run("--db", str(other), "import", str(out))  # a second --db wins
    assert result.exit_code == 0, result.output
    again = orjson.loads(snapshot_file(other).read_bytes())
    for table in ("aspirations", "goals", "journal"):
        assert again[table] == exported[table]
    # importing twice adds nothing
    second = run("--db", str(other), "import", str(out))
    assert "already here" in second.stdout
    assert orjson.loads(snapshot_file(other).read_bytes())["journal"] == exported["journal"]


def test_import_merges_by_id_newest_wins(run: Run, run_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(run, run_json)
    out = tmp_path / "export.json"
    run("export", "-o", str(out))
    data = orjson.loads(out.read_bytes())
    data["journal"][ids["entry"]]["body"] = "edited elsewhere"
    data["journal"][ids["entry"]]["updated"] = "2099-01-01T00:00:00+00:00"
    data["journal"]["j-brandnew01"] = {
        "id": "j-brandnew01",
        "created": "2026-01-01T10:00:00+01:00",
        "body": "new",
    }
    data["journal"]["j-broken0001"] = {"id": "j-broken0001", "created": "never", "body": "x"}
    out.write_bytes(orjson.dumps(data))
    refused = run("import", str(out))  # a record that cannot be read: nothing is imported
    assert refused.exit_code == 1 and "j-broken0001" in refused.output
    result = run("import", str(out), "--skip-invalid")
    assert result.exit_code == 0
    assert "j-broken0001" in result.output
    bodies = {e["id"]: e["body"] for e in run_json("journal", "list")}
    assert bodies == {ids["entry"]: "edited elsewhere", "j-brandnew01": "new"}


def test_import_refuses_damaged_file(run: Run, tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"journal": ')
    result = run("import", str(bad))
    assert result.exit_code == 1 and str(bad) in result.output


def test_markdown_career_plan(run: Run, run_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(run, run_json)
    text = run("export", "--format", "md").stdout
    assert text.startswith("# My career plan")
    assert "## Creative director" in text
    assert "Why it matters: I love ideas" in text
    assert "**Win 50 pitches by the end of 2027** (by 2027-12-31; Backlog)" in text
    assert "Measurable: pitches won 12 of 50" in text
    assert "## Goals not yet tied to an aspiration" in text
    # the journal is private: only asked for does it go into the plan (escaped, like all
    # user text: brackets shown as typed, never read as a link)
    assert "Acme" not in text and "Recent reflections" not in text
    asked = run("export", "--format", "md", "--with-journal").stdout
    assert "## Recent reflections" in asked
    assert "Won the Acme pitch \\[b\\]today\\[/b\\]" in asked


def test_ics_holds_deadlines(run: Run, run_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(run, run_json)
    out = tmp_path / "plan.ics"
    assert run("export", "-f", "ics", "-o", str(out)).exit_code == 0
    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    # The goals' deadlines, and the review rhythm (due a week after the first goal).
    assert set(events) == {f"{ids['goal']}@coach", f"{ids['loose']}@coach", "review@coach"}
    assert events[f"{ids['loose']}@coach"].decoded("dtstart").isoformat() == "2027-03-31"


def test_export_never_overwrites_without_force(run: Run, run_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(run, run_json)
    out = tmp_path / "keep.md"
    out.write_text("precious")
    result = run("export", "-f", "md", "-o", str(out))
    assert result.exit_code == 1 and "--force" in result.output
    assert out.read_text() == "precious"
    assert run("export", "-f", "md", "-o", str(out), "--force").exit_code == 0
    assert out.read_text().startswith("# My career plan")


def test_doctor_healthy_and_damaged_with_restore(run: Run, run_json, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    run_json("journal", "add", "first")
    run_json("journal", "add", "second")  # the first save of the hour keeps a backup
    healthy = run("doctor")
    assert healthy.exit_code == 0, healthy.output
    assert "All good." in healthy.stdout
    db_path = snapshot_file(db_path)  # this device's snapshot: the file coach writes
    # The damage is written into the file in place: no backup is the live file itself,
    # so none of them is damaged with it.
    db_path.write_bytes(b'{"journal": {"j-')
    damaged_hash = hashlib.sha256(db_path.read_bytes()).hexdigest()
    sick = run("doctor")
    assert sick.exit_code == 1
    assert "damaged" in sick.stdout and "coach doctor --restore latest" in sick.stdout
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == damaged_hash
    fixed = run("doctor", "--restore", "latest")
    assert fixed.exit_code == 0 and "kept as" in fixed.stdout
    assert [e["body"] for e in run_json("journal", "list")] == ["first"]
    # (the log it replaced, which held "second", is kept aside beside it as .log)
    kept = [p for p in db_path.parent.glob(f"{db_path.name}.replaced-*") if p.suffix != ".log"]
    assert len(kept) == 1 and kept[0].read_bytes() == b'{"journal": {"j-'

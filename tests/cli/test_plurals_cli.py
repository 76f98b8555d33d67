"""Counts said in the right number: "1 goal", "1 journal entry", never "(s)" (issue 18 bug 7)."""

from __future__ import annotations

from pathlib import Path

from tests.programs import Run


def test_one_of_each_is_said_in_the_singular(run: Run, tmp_path: Path) -> None:
    aspiration = run("aspiration", "add", "Lead a studio").output.split()[1].rstrip(":")
    run("goal", "add", "Win 5 pitches by 2027-06-30", "--aspiration", aspiration)
    run("journal", "add", "one thought")
    assert "(1 goal)" in run("aspiration", "list").output
    doctor = run("doctor").output
    assert "1 aspiration, 1 goal, 1 journal entry, 0 evaluations" in doctor
    assert "1 backup," in doctor
    export = tmp_path / "export.json"
    run("export", "-f", "json", "-o", str(export))
    said = run("import", str(export)).output
    assert "Added nothing; updated nothing; " in said
    assert " records already here; 0 records kept" in said


def test_an_empty_id_asks_for_an_aspiration_with_its_article(run: Run) -> None:
    run("journal", "add", "a store to look in")
    said = run("aspiration", "show", "").output
    assert "give the id of an aspiration" in said
    assert "give the id of a goal" in run("goal", "show", " ").output


def test_one_record_kept_here_is_said_in_the_singular(run: Run, tmp_path: Path) -> None:
    entry = run("journal", "add", "first", "--json").stdout.split('"id": "')[1].split('"')[0]
    export = tmp_path / "export.json"
    run("export", "-f", "json", "-o", str(export))
    run("journal", "edit", entry, "changed here, later than the export")
    said = run("import", str(export)).output
    assert "1 record kept as it is here (newer here)" in said, said

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

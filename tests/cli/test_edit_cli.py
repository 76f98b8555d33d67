"""`coach journal|goal|aspiration edit`: options, or --edit in the person's editor; a
record named by its id or by the start of its title (issue 18)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.programs import Run


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An editor that replaces the file with the text of ``replacement.txt``."""
    replacement = tmp_path / "replacement.txt"
    script = tmp_path / "editor.py"
    script.write_text(
        f"import sys\nopen(sys.argv[-1], 'w').write(open({str(replacement)!r}).read())\n"
    )
    monkeypatch.setenv("VISUAL", f"{sys.executable} {script}")
    return replacement


def _id(output: str) -> str:
    return output.split()[1].rstrip(".:")


def test_journal_edit_by_text_editor_and_tags(run: Run, run_json, editor: Path) -> None:  # type: ignore[no-untyped-def]
    entry = _id(run("journal", "add", "first draft").output)
    assert run("journal", "edit", entry[:5], "second", "draft").exit_code == 0
    editor.write_text("third, from the editor\n")
    assert run("journal", "edit", entry, "--edit", "-t", "Work").exit_code == 0
    (saved,) = run_json("journal", "list")
    assert saved["body"] == "third, from the editor\n" and saved["tags"] == ["work"]
    refused = run("journal", "edit", entry)
    assert refused.exit_code == 2 and "TEXT, --edit or --tag" in refused.output


def test_goal_edit_by_the_start_of_its_statement(run: Run, run_json, editor: Path) -> None:  # type: ignore[no-untyped-def]
    run("aspiration", "add", "Become Vice President of Design")
    goal = _id(run("goal", "add", "Win 5 pitches by 2027-06-30").stdout)
    result = run("goal", "edit", "win 5", "-a", "Become Vice", "--target", "8", "-d", "2027-09-30")
    assert result.exit_code == 0, result.output
    editor.write_text("Win 8 pitches by the end of September 2027\n")
    assert run("goal", "edit", goal, "--edit").exit_code == 0
    (saved,) = run_json("goal", "list")
    assert saved["statement"] == "Win 8 pitches by the end of September 2027"
    assert saved["deadline"] == "2027-09-30" and saved["measurable"]["target"] == 8
    (aspiration,) = run_json("aspiration", "list")
    assert saved["aspiration_id"] == aspiration["id"]


def test_aspiration_edit_keeps_the_history(run: Run, run_json, editor: Path) -> None:  # type: ignore[no-untyped-def]
    run("aspiration", "add", "Lead a design studio", "--why", "I like teams")
    run("aspiration", "add", "Lead a design school")
    ambiguous = run("aspiration", "edit", "lead a design", "--horizon", "2031")
    assert ambiguous.exit_code == 1 and "begins 2 aspirations" in ambiguous.output
    editor.write_text("Run a design studio of my own\nI like teams and my own hours\n")
    assert run("aspiration", "edit", "Lead a design studio", "--edit").exit_code == 0
    found = {a["title"]: a for a in run_json("aspiration", "list")}
    studio = found["Run a design studio of my own"]
    assert studio["why"] == "I like teams and my own hours"
    assert studio["history"][0]["title"] == "Lead a design studio"
    missing = run("aspiration", "edit", "Become", "--title", "x")
    assert "no aspiration with an id or a title starting 'Become'" in missing.output

"""Errors that say what is wrong: a file that is not an export, a store that cannot be made
or is not there, text that is not UTF-8 (issue 18, bug 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from coach.cli.main import cli
from tests.devicefiles import snapshot_file


def _coach(*args: str, input: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.output


def test_importing_notes_says_it_is_not_an_export_not_that_it_is_damaged(
    tmp_path: Path,
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# notes\nhello\n")
    code, said = _coach("--db", str(tmp_path / "c.json"), "import", str(notes))
    assert code == 1
    assert f"{notes} is not an export coach can read" in said
    assert "damaged" not in said and "doctor" not in said


def test_a_store_whose_folder_cannot_be_made_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code, said = _coach("--db", str(blocker / "sub" / "c.json"), "journal", "add", "hi")
    assert code == 1
    # Said as what it is (a path that cannot hold the store), never "unexpected error".
    assert f"{blocker / 'sub'}" in said and "Not a directory" in said
    assert "unexpected error" not in said


def test_listing_a_store_that_is_not_there_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "typo.json"
    for command in (["journal", "list"], ["goal", "list"], ["aspiration", "list"]):
        code, said = _coach("--db", str(missing), *command)
        assert code == 1, command
        assert f"there is no coach store at {missing}" in said
    assert not missing.exists()


def test_text_that_is_not_utf8_is_refused_saying_so(tmp_path: Path) -> None:
    db = str(tmp_path / "c.json")
    code, said = _coach("--db", db, "journal", "add", input=b"caf\xe9 notes")
    assert code == 1
    assert "not UTF-8 (byte 3 is not)" in said
    code, said = _coach("--db", db, "journal", "add", "ok \udcff")
    assert code == 2
    assert "argument 5 is not valid UTF-8" in said
    assert not (tmp_path / "c.json").exists()


def test_an_export_into_a_folder_that_cannot_be_made_says_why(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    assert _coach("--db", str(db), "journal", "add", "a line")[0] == 0
    code, said = _coach("--db", str(db), "export", "-f", "md", "-o", "/proc/nope/plan.md")
    assert code == 1, said
    assert "cannot write /proc/nope/plan.md" in said and "unexpected" not in said


def test_taking_back_a_goal_that_was_never_let_go_says_so(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    _coach("--db", str(db), "goal", "add", "Wire 3 consumer units by May 2027")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    code, said = _coach("--db", str(db), "goal", "take-back", "Wire 3")
    assert code == 1 and "was not let go" in said, said
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_encrypting_without_a_terminal_says_it_needs_one_not_that_it_is_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COACH_PASSPHRASE", raising=False)
    db = tmp_path / "coach.json"
    _coach("--db", str(db), "journal", "add", "a plain line")
    before = snapshot_file(db).read_bytes()
    code, said = _coach("--db", str(db), "encrypt")
    assert code == 1, said
    assert "needs a terminal to type the new passphrase twice" in said
    assert "is encrypted" not in said
    assert snapshot_file(db).read_bytes() == before

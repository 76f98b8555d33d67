"""Writing an entry in $EDITOR: the text sits in a private folder in memory while it is
edited, and the folder is gone however the edit ends (issue 18 bug 14)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from coach.cli import editor
from coach.cli.editor import edit_text
from tests.programs import Run


def _editor(tmp_path: Path, body: str, *, status: int = 0) -> tuple[str, Path]:
    """An $EDITOR that notes the file it got and its folder's mode, then writes ``body``."""
    seen = tmp_path / "seen.txt"
    script = tmp_path / "fake-editor.py"
    script.write_text(
        "import os, stat, sys\n"
        "path = sys.argv[-1]\n"
        "mode = stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode)\n"
        f"open({str(seen)!r}, 'w').write(path + ' ' + oct(mode))\n"
        f"open(path, 'a').write({body!r})\n"
        f"sys.exit({status})\n"
    )
    return f"{sys.executable} {script}", seen


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run-user"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def test_the_entry_is_edited_in_a_private_folder_in_memory_then_removed(
    run: Run, tmp_path: Path, runtime: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    command, seen = _editor(tmp_path, "a private thought\n")
    monkeypatch.setenv("VISUAL", command)
    monkeypatch.setattr("coach.cli.journal.interactive", lambda: True)
    result = run("journal", "add")
    assert result.exit_code == 0, result.output
    path, mode = seen.read_text().split()
    assert Path(path).parent.parent == runtime
    assert mode == "0o700"
    assert not Path(path).parent.exists()
    assert list(runtime.iterdir()) == []
    assert "a private thought" in run("journal", "list").output


def test_the_folder_goes_when_the_editor_fails_or_the_edit_is_interrupted(
    tmp_path: Path, runtime: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    command, _ = _editor(tmp_path, "x", status=1)
    monkeypatch.setenv("VISUAL", command)
    with pytest.raises(Exception, match="editor"):
        edit_text("", private=True)
    assert list(runtime.iterdir()) == []

    def interrupted(**_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(editor.click, "edit", interrupted)
    with pytest.raises(KeyboardInterrupt):
        edit_text("", private=True)
    assert list(runtime.iterdir()) == []


def test_an_encrypted_store_is_told_where_the_text_is(
    tmp_path: Path,
    runtime: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    command, seen = _editor(tmp_path, "secret\n")
    monkeypatch.setenv("VISUAL", command)
    assert edit_text("", private=True) == "secret\n"
    told = capsys.readouterr().err
    assert f"in clear in {seen.read_text().split()[0]} (held in memory" in told
    assert stat.S_IMODE(os.stat(runtime).st_mode) == 0o700

"""`coach wizard` without a terminal (``coach check`` is tested in test_check_cli.py)."""

from __future__ import annotations

from pathlib import Path

from tests.programs import coach_process


def test_wizard_without_a_terminal_is_a_clear_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    done = coach_process("wizard", db=db, stdin=b"")
    assert done.returncode == 1
    assert b"needs a terminal" in done.stderr
    assert b"Traceback" not in done.stderr
    assert not db.exists()

"""`coach` started without a terminal (a pipe, cron, a completion script) prints help, exits 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.programs import coach_process


@pytest.mark.parametrize("args", [(), ("--db", "elsewhere.json")])
def test_coach_without_a_terminal_prints_help_and_exits_2(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    done = coach_process(*args, db=tmp_path / "coach.json", stdin=b"", timeout=20)
    assert done.returncode == 2
    assert done.stdout == b""  # nothing written into the pipe
    said = done.stderr.decode()
    assert "Usage: coach" in said and "journal" in said
    assert "the full-screen app needs a terminal" in said
    assert "\x1b" not in said
    assert not (tmp_path / "coach.json").exists()

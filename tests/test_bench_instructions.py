"""The instruction counts' harness: it stops a program at its first frame, and only then.

Without valgrind (the counting itself is in ``bench/instructions.py``): what this
guards is the stopper, which must neither cut a start short nor let it run on.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from bench.instructions import STOPPER, _total
from bench.paint import BARE_APP
from bench.pty import Terminal


def _run_stopped(tmp_path: Path, argv: list[str], marker: str) -> tuple[bool, bool]:
    """(the program left by itself, the marker was on the screen) for a stopped start."""
    stopper = tmp_path / "stop.py"
    stopper.write_text(STOPPER, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    with Terminal([sys.executable, str(stopper), *argv], home) as term:
        deadline = time.monotonic() + 60
        while not term.eof and time.monotonic() < deadline:
            term.pump(0.1)
        shown = marker in term.text()
        return term.eof, shown


@pytest.mark.terminal
def test_a_bare_app_stops_once_its_first_frame_is_written(tmp_path: Path) -> None:
    bare = tmp_path / "bare.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    left, shown = _run_stopped(tmp_path, [str(bare)], "READY")
    assert left and shown


@pytest.mark.terminal
def test_coach_stops_once_its_dashboard_is_written(tmp_path: Path) -> None:
    left, shown = _run_stopped(tmp_path, ["coach", "--db", str(tmp_path / "c.json")], "Dashboard")
    assert left and shown


def test_the_total_is_read_from_either_line_callgrind_writes(tmp_path: Path) -> None:
    for line in ("summary: 1234", "totals: 1234"):
        out = tmp_path / "out"
        out.write_text(f"events: Ir\n{line}\n", encoding="utf-8")
        assert _total(out) == 1234

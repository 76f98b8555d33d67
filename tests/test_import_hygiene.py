"""The core and the quick commands never load a user-interface toolkit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

UI = ("textual", "questionary", "prompt_toolkit", "screens", "wizard")


def _loaded_after(code: str, tmp_path: Path) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    return {name.split(".")[0] for name in done.stdout.split()}


def test_importing_the_core_loads_no_ui(tmp_path: Path) -> None:
    code = "\n".join(
        f"import {m}"
        for m in (
            "coach.models",
            "coach.store.repository",
            "coach.service",
            "coach.content",
            "coach.coaching.smart",
            "coach.coaching.nudges",
            "coach.export.merge",
            "coach.cli.main",
        )
    )
    assert not (_loaded_after(code, tmp_path) & set(UI))


@pytest.mark.parametrize(
    "argv",
    [
        ["journal", "add", "quick thought"],
        ["journal", "list"],
        ["check", "win 50 pitches by 2027"],
        ["goal", "add", "ship the portfolio by June 2027"],
        ["export", "--format", "md"],
    ],
)
def test_quick_commands_load_no_ui(argv: list[str], tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    code = (
        "import sys\nfrom coach.cli.main import cli\n"
        f"try:\n    cli({['--db', str(db), *argv]!r}, prog_name='coach')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
    )
    assert not (_loaded_after(code, tmp_path) & set(UI))


def test_quick_capture_loads_no_model_layer(tmp_path: Path) -> None:
    """`coach journal add` is the hot path: it must not pay for pydantic."""
    db = tmp_path / "coach.json"
    argv = ["--db", str(db), "journal", "add", "x", "-t", "a"]
    code = (
        "from coach.cli.main import cli\n"
        f"try:\n    cli({argv!r}, prog_name='coach')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
    )
    loaded = _loaded_after(code, tmp_path)
    assert "pydantic" not in loaded
    assert db.exists()


def test_what_the_first_screen_computes_loads_no_pydantic(tmp_path: Path) -> None:
    """The dashboard's nudges and progress, on views of raw documents, never load pydantic."""
    code = """
from datetime import date
import coach.coaching.nudges as n
import coach.coaching.progress as p
import coach.coaching.views as v
import coach.content.nudge_texts as t
stamp = "2026-01-02T09:00:00+01:00"
goal = v.GoalView.from_doc({"id": "g", "statement": "S", "column": "next", "updated": stamp})
aspiration = v.AspirationView.from_doc({"id": "a", "title": "Lead", "created": stamp})
columns = v.default_column_views()
found = n.nudges(
    content=t.load_nudge_texts(), today=date(2026, 11, 21), aspirations=[aspiration],
    goals=[goal], evaluations=[], columns=columns,
)
assert len(found) == 4, found
assert p.aspiration_progress([goal], columns) == 0.25
"""
    loaded = _loaded_after(code, tmp_path)
    assert not loaded & {"pydantic", "pydantic_core"}
    assert "coach" in loaded  # the probe ran

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
            "coach.service.importing",
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
    db.write_text("{}")  # an empty store: reading one that is not there at all is an error
    code = (
        "import sys\nfrom coach.cli.main import cli\n"
        f"try:\n    cli({['--db', str(db), *argv]!r}, prog_name='coach')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
    )
    assert not (_loaded_after(code, tmp_path) & set(UI))


def test_a_quiet_coach_today_loads_no_ui_no_lock_and_no_content(tmp_path: Path) -> None:
    # It runs before every shell prompt: on a day when nothing is due it reads the store
    # and stops, without the lock library (it writes nothing), the coaching texts (it
    # says nothing) or a user interface.
    db = tmp_path / "coach.json"
    db.write_text("{}")
    probe = (
        "import sys\nfrom coach.cli.main import cli\n"
        f"try:\n    cli({['--db', str(db), 'today']!r}, prog_name='coach')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "coach.store.storage" in loaded  # the store was read
    assert not {"filelock", "coach.content", "coach.content.loader"} & loaded
    assert not {name.split(".")[0] for name in loaded} & set(UI)

"""Shell completion (click's own): commands, record ids and board columns."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.programs import Run, coach_argv


def _complete(db: Path, words: str, shell: str = "bash") -> list[str]:
    env = {
        **os.environ,
        "COACH_DB": str(db),
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split(" ")) - 1),
        "_COACH_COMPLETE": f"{shell}_complete",
    }
    done = subprocess.run(
        coach_argv(), env=env, capture_output=True, text=True, timeout=30, check=True
    )
    return [line.split(",", 1)[1] for line in done.stdout.splitlines() if "," in line]


def test_commands_ids_and_columns_complete(run: Run, db_path: Path) -> None:
    goal = run("goal", "add", "Win 5 pitches by 2027-06-30").stdout.split()[1].rstrip(".")
    entry = run("journal", "add", "a thought").output.split()[1].rstrip(".")
    assert _complete(db_path, "coach jo") == ["journal"]
    assert _complete(db_path, "coach goal move g") == [goal]
    assert _complete(db_path, f"coach goal move {goal} D") == ["Doing", "Done"]
    assert _complete(db_path, "coach journal show j") == [entry]
    assert (
        "_coach_completion"
        in subprocess.run(
            coach_argv(),
            env={**os.environ, "_COACH_COMPLETE": "bash_source"},
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout
    )


def test_aspiration_ids_after_a_and_setting_names_after_config_get_and_set(
    run: Run, db_path: Path
) -> None:
    made = run("aspiration", "add", "Lead a design studio").stdout.split()[1].rstrip(":")
    goal = run("goal", "add", "Win 5 pitches by 2027-06-30").stdout.split()[1].rstrip(".")
    assert _complete(db_path, "coach goal add Win 5 pitches -a a") == [made]
    assert _complete(db_path, "coach goal list --aspiration ") == [made]
    assert _complete(db_path, "coach journal add a thought -a ") == [made]
    assert _complete(db_path, "coach journal add a thought -g ") == [goal]
    keys = _complete(db_path, "coach config get ")
    assert keys[:2] == ["theme", "date_order"] and "export_folder" in keys
    assert _complete(db_path, "coach config set da") == ["date_order"]
    assert _complete(db_path, "coach config set ex") == ["export_folder"]

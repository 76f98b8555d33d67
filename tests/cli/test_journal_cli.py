"""`coach journal`, `--db`, `COACH_DB`, exit codes."""

from __future__ import annotations

import stat
from pathlib import Path

import orjson

from tests.devicefiles import snapshot_file
from tests.programs import Run, coach_process


def test_add_and_list(run: Run, db_path: Path) -> None:
    result = run("journal", "add", "Pitched", "to", "Acme", "--tag", "work", "-t", "#Pitch")
    assert result.exit_code == 0
    assert result.stdout.startswith("Saved j-")
    listed = run("journal", "list")
    assert "Pitched to Acme" in listed.stdout and "#work #pitch" in listed.stdout
    saved = orjson.loads(snapshot_file(db_path).read_bytes())["journal"]
    assert [e["body"] for e in saved.values()] == ["Pitched to Acme"]
    assert stat.S_IMODE(snapshot_file(db_path).stat().st_mode) == 0o600


def test_add_reads_stdin_with_dash(run: Run, run_json) -> None:  # type: ignore[no-untyped-def]
    assert run("journal", "add", "-", input="line one\nline two\n").exit_code == 0
    entries = run_json("journal", "list")
    assert entries[0]["body"] == "line one\nline two\n"


def test_list_filters_and_json(run: Run, run_json) -> None:  # type: ignore[no-untyped-def]
    for body, tag in [("alpha one", "a"), ("beta two", "b"), ("alpha three", "b")]:
        run("journal", "add", body, "-t", tag)
    assert [e["body"] for e in run_json("journal", "list", "--search", "ALPHA")] == [
        "alpha three",
        "alpha one",
    ]
    assert [e["body"] for e in run_json("journal", "list", "--tag", "b", "--limit", "1")] == [
        "alpha three"
    ]
    text = run("journal", "list", "--limit", "1").stdout
    assert "alpha three" in text and "2 older entries" in text


def test_link_to_goal_by_prefix(run: Run, run_json) -> None:  # type: ignore[no-untyped-def]
    goal = run_json("goal", "add", "Win 50 pitches by the end of 2027")
    entry = run_json("journal", "add", "Won one", "--goal", goal["id"][:5])
    assert entry["goal_ids"] == [goal["id"]]
    missing = run("journal", "add", "x", "--goal", "g-nothere")
    assert missing.exit_code == 1 and "no goal with an id or a title starting" in missing.output


def test_empty_text_is_refused(run: Run, db_path: Path) -> None:
    result = run("journal", "add", "-", input="  \n")
    assert result.exit_code == 1
    assert "empty" in result.output
    assert not db_path.exists()


def test_usage_error_is_exit_2(run: Run) -> None:
    assert run("journal", "list", "--limit", "-3").exit_code == 2
    assert run("journal", "frobnicate").exit_code == 2


def test_user_text_cannot_reach_the_terminal_as_escapes(run: Run) -> None:
    run("journal", "add", "title\x1b]0;pwned\x07 and \x9b31m red", "-t", "ok")
    out = run("journal", "list").stdout
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "title]0;pwned and 31m red" in out


def test_coach_db_env_and_default_location(tmp_path: Path, isolated_home: Path) -> None:
    db = tmp_path / "via-env.json"
    assert coach_process("journal", "add", "hello", db=db).returncode == 0
    assert snapshot_file(db).exists()
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "COACH_DB"}
    done = subprocess.run(
        [sys.executable, "-m", "coach", "journal", "add", "default place"],
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    default = isolated_home / ".local/share/coach/coach.json"
    assert snapshot_file(default).exists()
    assert stat.S_IMODE(default.parent.stat().st_mode) == 0o700


def test_version_and_help(run: Run) -> None:
    from coach import __version__

    assert __version__ in run("--version").stdout
    for args in [(), ("journal",), ("journal", "add"), ("goal", "move"), ("export",), ("doctor",)]:
        result = run(*args, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout


def test_damaged_file_exit_1_names_file_and_leaves_it(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    for payload in (b"", b'{"journal": {"j-1": {"id"', b"not json at all"):
        db_path.write_bytes(payload)
        done = coach_process("journal", "add", "hello", db=db_path)
        assert done.returncode == 1
        assert str(db_path) in done.stderr.decode()
        assert b"Traceback" not in done.stderr
        assert db_path.read_bytes() == payload
        listed = coach_process("journal", "list", db=db_path)
        assert listed.returncode == 1 and db_path.read_bytes() == payload

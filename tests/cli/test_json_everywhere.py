"""`--json` on every command that prints or changes records, and usage mistakes exit 2.

A script that drives coach must be able to read back what each command did, from the
command itself, and must be able to tell a mistake of its own (exit 2) from a problem
with the store (exit 1). The JSON printed is checked against what another process reads
from the file afterwards.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import click
import orjson
import pytest

from coach.cli.main import cli
from coach.service import CoachService
from coach.store.repository import Repository
from tests.programs import Run

# Commands that print no records, and why: they need no --json.
WITHOUT_JSON = {
    "wizard": "a guided session for a person at a terminal",
    "encrypt": "asks for a passphrase and changes how the file is kept, not its records",
    "decrypt": "the same, the other way",
    "export": "writes a document; `-f json` is the records as JSON",
    "config get": "prints the one value, as it is",
    "config set": "changes the settings file, not the store",
}


def _leaves(group: click.Group, ctx: click.Context, path: tuple[str, ...] = ()) -> list[Any]:
    out = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        here = (*path, name)
        if isinstance(command, click.Group):
            out += _leaves(command, click.Context(command, parent=ctx), here)
        else:
            out.append((" ".join(here), command))
    return out


def test_every_command_that_prints_records_has_json() -> None:
    leaves = _leaves(cli, click.Context(cli))
    assert len(leaves) > 30  # the whole tree was walked, lazily loaded groups too
    missing = [
        name
        for name, command in leaves
        if name not in WITHOUT_JSON
        and "--json" not in [o for p in command.params for o in getattr(p, "opts", [])]
    ]
    assert missing == []


def _fresh(db_path: Path) -> CoachService:
    return CoachService(Repository.open(db_path))


def _json(run: Run, *args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return orjson.loads(result.stdout)


def test_changes_print_the_record_as_another_process_then_reads_it(run: Run, db_path: Path) -> None:
    aspiration = _json(run, "aspiration", "add", "Lead a care home")["id"]
    revised = _json(
        run, "aspiration", "revise", aspiration, "--title", "Run a care home", "--reason", "bolder"
    )
    assert revised["title"] == "Run a care home" and len(revised["history"]) == 1
    edited = _json(run, "aspiration", "edit", aspiration, "--why", "my gran's home")
    assert edited == _fresh(db_path).aspirations.get(aspiration).to_doc()
    assert _json(run, "aspiration", "achieve", aspiration)["status"] == "achieved"
    assert (
        _json(run, "aspiration", "retire", aspiration, "--reason", "moved")["status"] == "retired"
    )

    goal = _json(
        run,
        "goal",
        "add",
        "Pass the NMC revalidation by June 2027",
        "--metric",
        "forms",
        "--target",
        "5",
    )["id"]
    edited_goal = _json(run, "goal", "edit", goal, "--deadline", "2027-07-31", "--reason", "rota")
    assert edited_goal == _fresh(db_path).goals.get(goal).to_doc()
    assert edited_goal["deadline"] == "2027-07-31"
    logged = _json(run, "goal", "progress", goal, "2")
    entry = logged["entry"]["id"] if "entry" in logged else logged["id"]
    changed = _json(run, "goal", "progress-edit", entry, "--value", "3", "--note", "two more")
    assert orjson.dumps(changed).count(b"two more") == 1
    assert _fresh(db_path).progress.get(entry).value == 3
    let_go = _json(run, "goal", "let-go", goal, "--reason", "changed wards")
    assert let_go == _fresh(db_path).goals.get(goal).to_doc() and let_go["let_go"]
    back = _json(run, "goal", "take-back", goal)
    assert back == _fresh(db_path).goals.get(goal).to_doc() and not back.get("let_go")
    assert _json(run, "goal", "progress-delete", entry, "--yes") == {"deleted": entry}

    note = _json(run, "journal", "add", "night shift again")["id"]
    assert _json(run, "journal", "edit", note, "a quieter night")["body"] == "a quieter night"
    assert _json(run, "journal", "delete", note, "--yes") == {"deleted": note}
    assert _json(run, "goal", "delete", goal, "--yes") == {"deleted": goal}
    fresh = _fresh(db_path)
    assert fresh.journal.find() == [] and fresh.goals.find() == []


def _digest(db_path: Path) -> str:
    files = sorted(db_path.parent.glob(db_path.name + "*"))
    return hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in files)).hexdigest()


@pytest.mark.parametrize(
    "args",
    [
        ("goal", "edit", "{goal}"),
        ("aspiration", "edit", "{aspiration}"),
        ("goal", "progress-edit", "{entry}"),
        ("journal", "edit", "{entry_id}"),
    ],
    ids=["goal edit", "aspiration edit", "progress-edit", "journal edit"],
)
def test_an_edit_that_says_nothing_to_change_is_a_usage_mistake(
    run: Run, db_path: Path, args: tuple[str, ...]
) -> None:
    ids = {
        "aspiration": _json(run, "aspiration", "add", "Teach chemistry")["id"],
        "goal": _json(run, "goal", "add", "Run 3 lab open days by July 2027")["id"],
        "entry_id": _json(run, "journal", "add", "marking all weekend")["id"],
    }
    logged = _json(run, "goal", "progress", ids["goal"], "1")
    ids["entry"] = logged["entry"]["id"] if "entry" in logged else logged["id"]
    before = _digest(db_path)
    result = run(*(a.format(**ids) for a in args))
    assert result.exit_code == 2, result.output
    assert "say what to change" in result.output
    assert _digest(db_path) == before  # nothing written


def test_a_delete_without_yes_outside_a_terminal_changes_nothing(run: Run, db_path: Path) -> None:
    goal = _json(run, "goal", "add", "Weld 20 test plates by March 2027")["id"]
    result = run("goal", "delete", goal, "--json")
    assert result.exit_code == 1 and "--yes" in result.output
    assert result.stdout.strip() == ""  # no half JSON for a script to misread
    assert [g.id for g in _fresh(db_path).goals.find()] == [goal]


def test_import_reports_what_it_did_as_json(run: Run, db_path: Path, tmp_path: Path) -> None:
    run("journal", "add", "first week on the new ward")
    exported = tmp_path / "plan.json"
    assert run("export", "-f", "json", "-o", str(exported)).exit_code == 0
    other = tmp_path / "other" / "coach.json"
    assert run("--db", str(other), "journal", "add", "a store of its own").exit_code == 0
    before = _digest(other)
    again = run("--db", str(other), "import", str(exported), "--dry-run", "--json")
    assert again.exit_code == 0, again.output
    said = orjson.loads(again.stdout)
    assert said["dry_run"] is True and said["added"] == {"journal": 1}
    assert said["source"] == "a coach export" and said["rejected"] == []
    assert _digest(other) == before  # a dry run writes nothing
    twice = orjson.loads(run("import", str(exported), "--json").stdout)
    assert twice["added"] == {} and twice["unchanged"] >= 1


def test_doctor_reports_the_same_facts_as_json(run: Run, db_path: Path) -> None:
    run("journal", "add", "a first thought")
    run("aspiration", "add", "Lead a design studio")
    said = run("doctor").output
    report = _json(run, "doctor")
    assert set(report) == {
        "file",
        "exists",
        "data_version",
        "records",
        "change_log",
        "snapshot",
        "sync",
        "backups",
        "content_loads",
        "temporary_files",
        "healthy",
        "problems",
        "notes",
        "good_backup",
    }
    assert report["file"] == str(db_path) and report["exists"] and report["healthy"]
    assert report["records"]["journal"] == 1 and report["records"]["aspirations"] == 1
    assert report["problems"] == [] and report["content_loads"] is True
    assert report["snapshot"]["bytes"] > 0 and report["sync"]["devices"]  # this device
    assert f"data version {report['data_version']})" in said
    assert all(note in said for note in report["notes"])
    # A damaged file: the same problems as the text report, and exit 1.
    db_path.write_text('{"_meta": ')
    damaged = run("doctor", "--json")
    assert damaged.exit_code == 1
    found = orjson.loads(damaged.stdout)
    assert found["healthy"] is False and found["problems"]
    assert all(problem in run("doctor").output for problem in found["problems"])
    assert run("doctor", "--json", "--compact").exit_code == 2

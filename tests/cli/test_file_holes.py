"""The file layer's holes, found from outside, each closed: a file is never read wrong,
replaced when it should not be, or left hanging, and the message says what to do."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import orjson
import pytest

from coach.service import CoachService
from coach.store.repository import Repository
from tests.devicefiles import snapshot_file
from tests.files import stored, stored_text
from tests.programs import Run, coach_process

Data = dict[str, object]


def _store_with_an_entry(run: Run, db_path: Path) -> tuple[bytes, str]:
    result = run("journal", "add", "the first entry", "--json")
    assert result.exit_code == 0, result.output
    return snapshot_file(db_path).read_bytes(), orjson.loads(result.stdout)["id"]


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        # the same record id twice, spaced as a hand edit would
        (
            lambda t: t.replace(
                '"journal":{', '"journal":{"j-1":{"id" : "j-1"},"j-1":{"id" : "j-1"},'
            ),
            "j-1",
        ),
        # a whole section twice
        (lambda t: t.replace('"journal":{', '"journal":{},"journal":{'), "journal"),
        # a newer schema hidden behind an older one
        (lambda t: t.replace('"version":3', '"version":99,"version":3', 1), "version"),
        # a key twice inside one record
        (lambda t: t.replace('"body":', '"body":"lost","body":', 1), "body"),
    ],
    ids=["record id", "section", "schema version", "field"],
)
def test_a_key_twice_is_refused_and_named_and_the_file_kept(
    run: Run, db_path: Path, edit: object, key: str
) -> None:
    _store_with_an_entry(run, db_path)
    damaged = edit(snapshot_file(db_path).read_text("utf-8")).encode()  # type: ignore[operator]
    snapshot_file(db_path).write_bytes(damaged)
    for args in (("journal", "list"), ("journal", "add", "more")):
        result = run(*args)
        assert result.exit_code != 0
        assert f"the key {key!r} appears twice" in result.output
    assert snapshot_file(db_path).read_bytes() == damaged  # nothing written over it
    assert "appears twice" in run("doctor").output


def test_a_key_twice_in_an_import_file_is_refused(run: Run, db_path: Path, tmp_path: Path) -> None:
    _store_with_an_entry(run, db_path)
    export = tmp_path / "export.json"
    export.write_text(
        snapshot_file(db_path).read_text("utf-8").replace('"body":', '"body":"x","body":', 1)
    )
    before = snapshot_file(db_path).read_bytes()
    result = run("import", str(export))
    assert result.exit_code != 0 and "'body' appears twice" in result.output
    assert snapshot_file(db_path).read_bytes() == before


def test_a_big_integer_in_a_record_stays_exact(run: Run, db_path: Path) -> None:
    _, entry = _store_with_an_entry(run, db_path)
    data = orjson.loads(snapshot_file(db_path).read_bytes())
    data["journal"][entry]["reads"] = 2**80  # a field of a newer coach, say
    snapshot_file(db_path).write_text(json.dumps(data))
    assert run("journal", "add", "another").exit_code == 0
    CoachService(Repository.open(db_path)).journal.edit(entry, body="edited")
    assert stored(db_path)["journal"][entry]["reads"] == 2**80
    assert run("doctor", "--compact").exit_code == 0
    assert f'"reads":{2**80}' in snapshot_file(db_path).read_text("utf-8")


@pytest.mark.parametrize(
    ("payload", "said"),
    [
        (b'{"journal":{"x":' + b"[" * 1000 + b"]" * 1000 + b"}}", "nests data deeper"),
        (b'{"journal":{"j-1":{"id":"j-1","body":"caf\xe9"}}}', "is not valid UTF-8"),
    ],
    ids=["1000 deep", "latin-1 byte"],
)
def test_deep_json_and_bad_utf8_get_a_one_line_message(
    db_path: Path, payload: bytes, said: str
) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(payload)
    for args in (("journal", "list"), ("doctor",)):
        done = coach_process(*args, db=db_path)
        out = (done.stdout + done.stderr).decode()
        assert done.returncode != 0 and said in out, out
        assert "unexpected error" not in out and "Traceback" not in out
    assert db_path.read_bytes() == payload


def test_a_link_is_written_through_to_its_target(db_path: Path, tmp_path: Path) -> None:
    """The device files of a store named by a link live beside the link's target."""
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b'{"_meta":{"schema":{"version":3}},"journal":{}}')
    link = tmp_path / "link.json"
    link.symlink_to(db_path)
    result = CliRunnerFree.run(link, "journal", "add", "through the link")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert link.is_symlink()
    assert "through the link" in stored_text(db_path)
    assert CliRunnerFree.run(link, "doctor", "--compact").exit_code == 0  # type: ignore[attr-defined]
    assert link.is_symlink() and "through the link" in snapshot_file(db_path).read_text("utf-8")
    assert not snapshot_file(link).exists()


class CliRunnerFree:
    """Run the command line over another --db than the fixture's."""

    @staticmethod
    def run(db: Path, *args: str) -> object:
        from click.testing import CliRunner

        from coach.cli.main import cli

        return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


def test_a_link_to_nothing_is_refused(run: Run, tmp_path: Path) -> None:
    link = tmp_path / "dangling.json"
    link.symlink_to(tmp_path / "gone.json")
    result = CliRunnerFree.run(link, "journal", "add", "x")
    assert result.exit_code != 0  # type: ignore[attr-defined]
    assert "which does not exist" in result.output  # type: ignore[attr-defined]
    assert link.is_symlink() and not (tmp_path / "gone.json").exists()


def test_a_pipe_as_the_data_file_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "coach.json"
    os.mkfifo(fifo)
    for args in (("journal", "list"), ("doctor",), ("journal", "add", "x")):
        done = coach_process(*args, db=fifo, timeout=30)
        out = (done.stdout + done.stderr).decode()
        assert done.returncode != 0 and "named pipe (FIFO), not a data file" in out, out
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_read_only_data_file_is_refused_not_replaced(run: Run, db_path: Path) -> None:
    before, _ = _store_with_an_entry(run, db_path)
    os.chmod(snapshot_file(db_path), 0o400)
    inode = snapshot_file(db_path).stat().st_ino
    result = run("journal", "add", "not saved")
    assert result.exit_code != 0
    assert "is read-only (mode 400)" in result.output and "chmod u+w" in result.output
    assert (
        snapshot_file(db_path).stat().st_ino == inode
        and snapshot_file(db_path).read_bytes() == before
    )
    assert run("journal", "list").exit_code == 0  # reading still works


def test_a_backup_of_a_wide_open_file_is_private(run: Run, db_path: Path) -> None:
    _store_with_an_entry(run, db_path)
    os.chmod(snapshot_file(db_path), 0o644)
    for old in db_path.parent.glob("*.bak"):
        old.unlink()
    assert run("journal", "add", "second").exit_code == 0  # the hour's first backup
    backups = list(db_path.parent.glob("*.bak"))
    assert backups
    assert all(stat.S_IMODE(b.stat().st_mode) == 0o600 for b in backups)
    assert stat.S_IMODE(snapshot_file(db_path).stat().st_mode) == 0o600


def test_a_record_under_a_wrong_key_is_reported_and_repaired(
    run: Run, db_path: Path, reopen: object
) -> None:
    _, entry = _store_with_an_entry(run, db_path)
    data = orjson.loads(snapshot_file(db_path).read_bytes())
    data["journal"]["misfiled"] = data["journal"].pop(entry)
    snapshot_file(db_path).write_bytes(orjson.dumps(data))
    doctor = run("doctor")
    assert doctor.exit_code == 1
    assert f"filed under 'misfiled' but its id is {entry!r}" in doctor.output
    assert "coach doctor --repair" in doctor.output
    assert run("doctor", "--repair").exit_code == 0
    service: CoachService = reopen()  # type: ignore[operator]
    assert service.journal.get(entry).body == "the first entry"
    assert run("journal", "delete", entry, "--yes").exit_code == 0
    assert run("doctor").exit_code == 0


def test_an_unknown_entry_id_names_a_command_that_exists(run: Run) -> None:
    run("journal", "add", "something")  # a store to look in (none at all is said otherwise)
    result = run("journal", "show", "j-nothing")
    assert result.exit_code != 0
    assert "`coach journal list` shows the ids" in result.output

"""The change log beside the data file: a save appends one line; opening replays the
lines after the snapshot; a line a crash cut short is left out and reported; killed
writers (while appending and while folding the log in) never lose what was saved."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import orjson
import pytest

from coach.models import JournalEntry
from coach.service import CoachService
from coach.store import storage as storage_module
from coach.store.backups import take_backup
from coach.store.changelog import log_path
from coach.store.errors import DamagedFileError
from coach.store.repository import Repository
from tests.devicefiles import snapshot_file
from tests.programs import coach_process

CTX = multiprocessing.get_context("fork")
KILLS = int(os.environ.get("COACH_LOG_KILLS", "150"))  # the soak runs 1,000 and more


def _service(path: Path) -> CoachService:
    return CoachService(Repository.open(path))


def _bodies(path: Path) -> set[str]:
    return {e.body for e in _service(path).journal.find()}


def _two_saves_in_the_log(path: Path) -> CoachService:
    service = _service(path)
    service.journal.add("in the snapshot")
    take_backup(snapshot_file(path), force=True)  # the hour's backup is kept: the next saves append
    service.journal.add("first in the log")
    service.journal.add("second in the log")
    return service


def test_a_save_appends_one_line_and_leaves_the_data_file_alone(db_path: Path) -> None:
    service = _two_saves_in_the_log(db_path)
    snapshot = snapshot_file(db_path).read_bytes()
    service.journal.add("third")
    assert snapshot_file(db_path).read_bytes() == snapshot
    lines = log_path(db_path).read_bytes().splitlines()
    assert [orjson.loads(line)["seq"] for line in lines] == [1, 2, 3]
    assert _bodies(db_path) == {"in the snapshot", "first in the log", "second in the log", "third"}


def test_a_last_line_cut_short_is_left_out_reported_and_cut_off(db_path: Path) -> None:
    _two_saves_in_the_log(db_path)
    log = log_path(db_path)
    whole = log.read_bytes()
    log.write_bytes(whole + b'{"seq":3,"at":"2026-11-21T09:00","docs":[["journal","j-x",{"id"')
    again = _service(db_path)
    assert _bodies(db_path) == {"in the snapshot", "first in the log", "second in the log"}
    assert again.change_log() == (2, len(whole), True)
    again.journal.add("after the crash")
    assert log.read_bytes().startswith(whole) and log.read_bytes().count(b"\n") == 3
    assert "after the crash" in _bodies(db_path)


def test_doctor_names_a_cut_short_change(db_path: Path) -> None:
    _two_saves_in_the_log(db_path)
    log = log_path(db_path)
    log.write_bytes(log.read_bytes() + b'{"seq":3')
    output = coach_process("doctor", db=db_path).stdout.decode()
    assert "cut short by a crash" in output
    assert "change log: 2 saved changes" in output


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda lines: [lines[0], b"not json at all", lines[1]], "cannot be read"),
        (lambda lines: [lines[1]], "a change is missing or out of order"),  # the first lost
        (lambda lines: [lines[1], lines[0]], "a change is missing or out of order"),
    ],
    ids=["garbage line", "a line dropped", "lines swapped"],
)
def test_damage_inside_the_log_is_refused_and_left_as_it_is(
    db_path: Path, damage: object, said: str
) -> None:
    _two_saves_in_the_log(db_path)
    log = log_path(db_path)
    damaged = b"\n".join(damage(log.read_bytes().splitlines())) + b"\n"  # type: ignore[operator]
    log.write_bytes(damaged)
    with pytest.raises(DamagedFileError) as caught:
        Repository.open(db_path)
    assert said in str(caught.value) and str(log) in str(caught.value)
    assert log.read_bytes() == damaged


def test_a_crash_between_writing_the_snapshot_and_emptying_the_log(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = _two_saves_in_the_log(db_path)
    log = log_path(db_path)
    before = log.read_bytes()
    monkeypatch.setattr(type(service.repo.storage.log), "reset", lambda self: None)
    assert service.compact()
    assert log.read_bytes() == before  # the log still holds the folded changes
    monkeypatch.undo()
    entries = _service(db_path).journal.find()
    assert sorted(e.body for e in entries) == [
        "first in the log",
        "in the snapshot",
        "second in the log",
    ]  # each once: the snapshot's number says which lines it holds
    _service(db_path).journal.add("next")
    assert [orjson.loads(x)["seq"] for x in log.read_bytes().splitlines()][-1] == 3


def test_another_process_sees_a_save_without_reading_the_data_file_again(
    db_path: Path,
) -> None:
    first = _two_saves_in_the_log(db_path)
    second = _service(db_path)
    added = second.journal.add("from the other window")
    assert first.changed_on_disk()
    assert added.id in {e.id for e in first.journal.find()}
    assert not first.changed_on_disk()
    first.journal.delete(added.id)
    assert added.id not in {e.id for e in second.journal.find()}


def _writer(path: str, count: int, ack_fd: int, fold_every: int) -> None:
    storage_module.COMPACT_CHANGES = fold_every  # fold the log in often: kills land in it
    service = CoachService(Repository.open(path))
    # Read now (opening reads nothing while this device's tail stands): the kills are
    # to land in saves and folds, not in the first read (quick adds: test_crash_*).
    service.journal.count()
    os.write(ack_fd, b"ready\n")
    for n in range(count):
        entry = service.journal.add(f"entry {n} " + "x" * (n % 40))
        os.write(ack_fd, f"{entry.id}\n".encode())
    os._exit(0)


@pytest.mark.slow
@pytest.mark.reliability
def test_killed_while_appending_and_while_folding_nothing_saved_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    seed = _service(path)
    for n in range(1500):  # a store big enough that folding it in takes a while
        seed.journal.add(f"seed {n}")
    acked: set[str] = set()
    rng = random.Random(99)
    in_fold = 0
    for kill in range(KILLS):
        read_fd, write_fd = os.pipe()
        fold_every = rng.choice((3, 7, 50))
        child = CTX.Process(target=_writer, args=(str(path), 10_000, write_fd, fold_every))
        child.start()
        os.close(write_fd)
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            assert pipe.read(6) == b"ready\n"  # the store is open: now kill it at random
            time.sleep(rng.uniform(0.001, 0.03))
            os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
            child.join()
            acked.update(line.decode() for line in pipe.read().split() if line)
        # a temp file left behind: the kill landed while the log was being folded in
        in_fold += any(p.name.endswith(".tmp") for p in path.parent.iterdir())
        repo = Repository.open(path)  # always opens
        present = {e.id for e in repo.all(JournalEntry)}
        missing = acked - present
        assert not missing, f"kill {kill}: acknowledged entries lost: {sorted(missing)[:3]}"
    assert len(acked) > KILLS
    assert in_fold > KILLS // 20  # both kinds of moment were hit
    print(f"{KILLS} kills ({in_fold} while folding), {len(acked)} acknowledged, none lost")

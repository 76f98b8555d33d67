"""Killed writers and simultaneous writers: the file always loads, nothing acknowledged is lost.

Counts scale with ``COACH_CRASH_RUNS`` (default 60 kills of a forked writer) and
``COACH_CLI_KILLS`` (default 150 kills of the real command; the soak runs 1,000) so
the soak can run the same tests longer.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from coach.models import JournalEntry
from coach.service import CoachService
from coach.store.repository import Repository
from tests.devicefiles import snapshot_file

RUNS = int(os.environ.get("COACH_CRASH_RUNS", "60"))
CLI_KILLS = int(os.environ.get("COACH_CLI_KILLS", "150"))
CTX = multiprocessing.get_context("fork")


def _body(tag: str, n: int) -> str:
    return f"{tag} entry {n} " + "x" * (n % 50)


def _writer(path: str, tag: str, count: int, ack_fd: int) -> None:
    service = CoachService(Repository.open(path))
    for n in range(count):
        entry = service.journal.add(_body(tag, n))
        os.write(ack_fd, f"{entry.id} {n}\n".encode())
    os._exit(0)


def _quick_writer(path: str, tag: str, count: int, ack_fd: int) -> None:
    """``coach journal add`` over and over: a new session each time, so each add takes
    the quick append (coach.store.appending) whenever this device's tail stands."""
    for n in range(count):
        service = CoachService(Repository.open(path))
        entry = service.journal.add(_body(tag, n))
        quick = not service.repo.storage.has_read
        os.write(ack_fd, f"{entry.id} {n}{' quick' if quick else ''}\n".encode())
    os._exit(0)


def _acks(read_fd: int, quick: list[str] | None = None) -> dict[str, int]:
    chunks = []
    while True:
        chunk = os.read(read_fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_fd)
    acked = {}
    for line in b"".join(chunks).decode().splitlines():
        parts = line.split()
        if len(parts) in (2, 3):
            acked[parts[0]] = int(parts[1])
        if len(parts) == 3 and quick is not None:
            quick.append(parts[0])
    return acked


def _check(path: Path, acked: dict[str, int], tag: str) -> dict[str, JournalEntry]:
    repo = Repository.open(path)  # raises if the file does not load
    present = {e.id: e for e in repo.all(JournalEntry)}
    assert repo.problems() == []
    missing = set(acked) - set(present)
    assert not missing, f"acknowledged entries lost: {missing}"
    for entry_id, n in acked.items():
        assert present[entry_id].body == _body(tag, n)
    return present


def _kill_runs(
    path: Path, writer: Any, tag: str, seed: int, quick: list[str], longest: float = 0.08
) -> dict[str, int]:
    """Start ``writer`` and SIGKILL it at a random moment, RUNS times; after each kill the
    store opens whole with every acknowledged entry. Returns the entries acknowledged."""
    all_acked: dict[str, int] = {}
    rng = random.Random(seed)
    for _ in range(RUNS):
        read_fd, write_fd = os.pipe()
        child = CTX.Process(target=writer, args=(str(path), tag, 10_000, write_fd))
        child.start()
        os.close(write_fd)
        time.sleep(rng.uniform(0.005, longest))
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        child.join()
        all_acked.update(_acks(read_fd, quick))
        _check(path, all_acked, tag)  # a full open: the files as the kill left them
    return all_acked


@pytest.mark.slow
@pytest.mark.reliability
def test_killed_writer_never_loses_acknowledged_entries(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    all_acked = _kill_runs(path, _writer, "k", 1234, [])
    leftovers = [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []  # the last open removed them
    assert len(all_acked) > RUNS


@pytest.mark.slow
@pytest.mark.reliability
def test_killed_quick_adds_never_lose_acknowledged_entries(tmp_path: Path) -> None:
    quick: list[str] = []
    # Each add opens a new session first: a longer run before the kill than one add.
    all_acked = _kill_runs(tmp_path / "coach.json", _quick_writer, "q", 4321, quick, 0.2)
    assert len(all_acked) > RUNS
    assert quick, "no add took the quick append"
    print(f"{RUNS} kills: {len(all_acked)} adds acknowledged, {len(quick)} of them quick")


@pytest.mark.slow
@pytest.mark.reliability
def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    pipes, children = [], []
    for tag in ("a", "b"):
        read_fd, write_fd = os.pipe()
        child = CTX.Process(target=_writer, args=(str(path), tag, 200, write_fd))
        children.append(child)
        pipes.append((tag, read_fd, write_fd))
    for child in children:
        child.start()
    for _, _, write_fd in pipes:
        os.close(write_fd)
    results = {tag: _acks(read_fd) for tag, read_fd, _ in pipes}
    for child in children:
        child.join(timeout=120)
        assert child.exitcode == 0
    present = {e.body for e in Repository.open(path).all(JournalEntry)}
    assert len(present) == 400
    for tag, acked in results.items():
        assert len(acked) == 200
        assert {_body(tag, n) for n in range(200)} <= present


def _cli(path: Path, text: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "coach", "--db", str(path), "journal", "add", text],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
@pytest.mark.reliability
def test_killed_cli_never_damages_the_file(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    rng = random.Random(99)
    acknowledged: list[str] = []
    # Kill within the command's own run time, measured here (a loaded machine is slower):
    # from just after the start to a little past the end, so some runs finish first.
    start = time.perf_counter()
    assert _cli(path, "timed entry").wait(timeout=60) == 0
    acknowledged.append("timed entry")
    run = time.perf_counter() - start
    for n in range(CLI_KILLS):
        proc = _cli(path, f"cli entry {n}")
        time.sleep(rng.uniform(0.05, 1.2) * run)
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        if proc.returncode == 0 and out.startswith(b"Saved"):
            acknowledged.append(f"cli entry {n}")
        bodies = (
            {e.body for e in Repository.open(path).all(JournalEntry)}
            if snapshot_file(path).exists()
            else set()
        )
        assert set(acknowledged) <= bodies
    assert len(acknowledged) > 1, "no run finished before its kill; widen the delays"
    print(f"{CLI_KILLS} kills of coach journal add: {len(acknowledged) - 1} had acknowledged")


@pytest.mark.slow
@pytest.mark.reliability
def test_two_cli_writers_at_once(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    script = (
        "import subprocess, sys\n"
        "for n in range(int(sys.argv[3])):\n"
        "    subprocess.run([sys.executable, '-m', 'coach', '--db', sys.argv[1], 'journal', 'add',"
        " f'{sys.argv[2]} {n}'], check=True, capture_output=True)\n"
    )
    count = 25
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(path), tag, str(count)])
        for tag in ("left", "right")
    ]
    for proc in procs:
        assert proc.wait(timeout=300) == 0
    bodies = {e.body for e in Repository.open(path).all(JournalEntry)}
    assert bodies == {f"{tag} {n}" for tag in ("left", "right") for n in range(count)}


def test_a_store_written_while_another_process_opens_it_is_not_damage(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening reads the snapshot, then the log, without the lock. When another writer
    makes the first snapshot and saves on between the two reads (two writers starting
    on a new store at once), the log then starts after a change the opening did not
    read: it reads both again rather than calling the log damaged."""
    from coach.store.changelog import ChangeLog

    real_read = ChangeLog.read
    wrote = []

    def read_after_others_saved(self: ChangeLog, *args: object, **kwargs: object) -> object:
        if not wrote and kwargs.get("after") == 0:
            wrote.append(True)  # the other writer saves, between the two reads
            writer = CoachService(Repository.open(db_path))
            for n in range(4):
                writer.journal.add(f"entry {n}")
        return real_read(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ChangeLog, "read", read_after_others_saved)
    reader = CoachService(Repository.open(db_path))
    assert wrote
    assert sorted(e.body for e in reader.journal.find()) == [f"entry {n}" for n in range(4)]

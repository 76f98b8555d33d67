"""SIGKILL during inserts, edits and deletes: whole or nothing, never a damaged file.

A forked writer runs a random mix of operations on journal entries and logs each
one before ("start") and after ("done") it. The parent kills it at a random moment,
then checks the file: it loads; every done operation is there exactly; the one
operation that was running is either fully applied or not at all; no temp file is
left after the next open. ``COACH_CRASH_RUNS`` sets the number of kills (CI: 300;
the soak in bench/soak.py: 1,000).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import pytest

from coach.models import JournalEntry
from coach.service import CoachService
from coach.store.repository import Repository

RUNS = int(os.environ.get("COACH_CRASH_RUNS", "300"))
CTX = multiprocessing.get_context("fork")


def _added(tag: str) -> str:
    name, pad = tag.split(":")
    return f"added {name} " + "x" * int(pad)


def _writer(path: str, seed: int, log_fd: int) -> None:
    rng = random.Random(seed)
    service = CoachService(Repository.open(path))
    for n in range(100_000):
        existing = [e.id for e in service.journal.find(limit=50)]
        op = rng.choice(["add", "add", "edit", "delete"]) if existing else "add"
        if op == "add":
            pad = rng.randint(0, 400)
            os.write(log_fd, f"start {n} add - {seed}/{n}:{pad}\n".encode())
            entry = service.journal.add(_added(f"{seed}/{n}:{pad}"))
            os.write(log_fd, f"done {n} add {entry.id} {seed}/{n}:{pad}\n".encode())
        elif op == "edit":
            target = rng.choice(existing)
            os.write(log_fd, f"start {n} edit {target} {seed}/{n}\n".encode())
            service.journal.edit(target, body=f"edited {seed}/{n}")
            os.write(log_fd, f"done {n} edit {target} {seed}/{n}\n".encode())
        else:
            target = rng.choice(existing)
            os.write(log_fd, f"start {n} delete {target} -\n".encode())
            service.journal.delete(target)
            os.write(log_fd, f"done {n} delete {target} -\n".encode())
    os._exit(0)


def _first_line(fd: int) -> bytes:
    """What the writer has written up to the end of its first line (or until it died)."""
    head = b""
    while b"\n" not in head and (chunk := os.read(fd, 65536)):
        head += chunk
    return head


def _read_log(fd: int, head: bytes = b"") -> list[list[str]]:
    chunks = [head]
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return [line.split() for line in b"".join(chunks).decode().splitlines() if line.strip()]


def _state(path: Path) -> dict[str, str]:
    repo = Repository.open(path)
    assert repo.problems() == []
    return {e.id: e.body for e in repo.all(JournalEntry)}


@pytest.mark.slow
@pytest.mark.reliability
def test_killed_mixed_writer_applies_each_operation_whole_or_not_at_all(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    rng = random.Random(2026)
    before: dict[str, str] = {}
    interrupted = completed = 0
    for run in range(RUNS):
        read_fd, write_fd = os.pipe()
        child = CTX.Process(target=_writer, args=(str(path), run, write_fd))
        child.start()
        os.close(write_fd)
        # The kill is timed from the writer's first operation, not from its start: opening
        # the store takes longer on a loaded machine, and a kill timed from the fork would
        # then land before any operation (the counts below would measure the machine).
        head = _first_line(read_fd)
        time.sleep(rng.uniform(0.0005, 0.02))
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        child.join()
        log = _read_log(read_fd, head)
        after = _state(path)  # opening also removes a killed writer's temp file
        expected = dict(before)
        in_flight = None
        for kind, _n, op, target, tag in log:
            if kind == "start":
                in_flight = (op, target, tag)
                continue
            in_flight = None
            if op == "add":
                expected[target] = _added(tag)
            elif op == "edit":
                expected[target] = f"edited {tag}"
            else:
                expected.pop(target, None)
        completed += sum(1 for line in log if line[0] == "done")
        if in_flight is None:
            assert after == expected
        else:
            interrupted += 1
            op, target, tag = in_flight
            applied = dict(expected)
            if op == "edit":
                applied[target] = f"edited {tag}"
            elif op == "delete":
                applied.pop(target, None)
            else:
                new = set(after) - set(expected)
                assert len(new) <= 1
                for new_id in new:
                    applied[new_id] = _added(tag)
            assert after in (expected, applied), f"run {run}: {op} {target} half applied"
        leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []  # _state opened the store, which cleans temp files
        before = after
    # The kills must land mid-operation often, or this proves little. A save is one
    # appended line now, so an operation is a smaller target than when each save
    # rewrote the file: about a third of the kills land inside one.
    assert interrupted > RUNS // 5 and completed > RUNS
    print(f"{RUNS} kills: {interrupted} mid-operation, {completed} operations completed")

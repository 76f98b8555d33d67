"""A durable save at 100,000 entries against an fsynced append of one line.

The change log makes a save cost what the change costs: this bench opens a store
of 100k journal entries (as a running app holds it) and alternates a coach save
of one entry with a plain ``open(O_APPEND)``, ``write``, ``fsync`` of one JSON line
of the same size on the same disk, so a noisy neighbour slows both alike. The
ratio is the measure (target: at most 20x); the absolute times are reported too
(the issue's 10 ms median and 20 ms p95 are for a quiet machine).
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import orjson

from bench import vocab
from bench.common import Row, median, ms, p95, verdict
from coach.models import JournalEntry, new_id, now
from coach.store.backups import take_backup
from coach.store.repository import Repository

TARGET = 20.0
ENTRIES = 100_000
WARMUP = 3


def _append(path: Path, line: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def measure(work: Path, runs: int, entries: int = ENTRIES) -> tuple[list[float], list[float]]:
    from bench.bigstore import make_store

    store = make_store(work / "save-100k.json", entries=entries, seed=11)
    take_backup(store, force=True)  # the hour's backup exists: saves only append
    repo = Repository.open(store)
    rng = random.Random(5)
    plain = work / "plain.log"
    coach_times: list[float] = []
    append_times: list[float] = []
    for i in range(WARMUP + runs):
        entry = JournalEntry(id=new_id("j"), created=now(), body=vocab.body(rng))
        line = orjson.dumps({"seq": i, "docs": [["journal", entry.id, entry.to_doc()]]}) + b"\n"
        start = time.perf_counter()
        with repo.transaction():
            repo.put(entry)
        middle = time.perf_counter()
        _append(plain, line)
        end = time.perf_counter()
        if i >= WARMUP:
            coach_times.append(middle - start)
            append_times.append(end - middle)
    if len(Repository.open(store).raw_table("journal")) != entries + WARMUP + runs:
        raise RuntimeError("a save was lost")
    return coach_times, append_times


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    coach, append = measure(work, runs=20 if quick else 100)
    ratio = median(coach) / median(append)
    ratio95 = p95(coach) / p95(append)
    return [
        Row(
            f"Durable save of 1 entry into a 100k store, median of {len(coach)}",
            ms(median(coach)),
            f"{ms(median(append))} (fsynced append of 1 line)",
            f"{ratio:.1f}x",
            f"<= {TARGET:g}x",
            verdict(ratio <= TARGET),
        ),
        Row(
            "Durable save of 1 entry into a 100k store, p95",
            ms(p95(coach)),
            f"{ms(p95(append))} (fsynced append of 1 line)",
            f"{ratio95:.1f}x",
            f"<= {TARGET:g}x",
            verdict(ratio95 <= TARGET),
        ),
    ]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        for row in run(Path(tmp), Path(tmp), quick=True):
            print(row)

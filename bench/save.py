"""Durable save of one journal entry into a 10,000-entry store: coach vs stock TinyDB.

Both run in this process on copies of the same data, each opened once (as a
running app would), and both are durable: coach writes a temp file, fsyncs it,
renames it and fsyncs the folder; stock TinyDB's ``JSONStorage`` rewrites the
file in place, flushes and fsyncs. The inserts alternate (coach, TinyDB,
coach, …) so that a noisy neighbour slows both alike.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB

from bench import vocab
from bench.common import Row, median, ms, p95, verdict
from coach.models import JournalEntry, new_id, now
from coach.store.repository import Repository

TARGET = 4.0
WARMUP = 2


def tinydb_copy(store: Path, out: Path) -> Path:
    """The same data as a stock TinyDB file: journal under TinyDB's own int ids."""
    data: dict[str, Any] = orjson.loads(store.read_bytes())
    journal = data["journal"].values()
    data["journal"] = {str(n): doc for n, doc in enumerate(journal, start=1)}
    out.write_text(json.dumps(data), encoding="utf-8")  # what JSONStorage itself writes
    return out


def _entries(count: int, seed: int) -> list[JournalEntry]:
    rng = random.Random(seed)
    return [
        JournalEntry(id=new_id("j"), created=now(), body=vocab.body(rng), tags=("bench",))
        for _ in range(count)
    ]


def measure(store: Path, work: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds per insert for coach and for stock TinyDB, ``runs`` each after a warm-up."""
    coach_path = work / "save-coach.json"
    shutil.copyfile(store, coach_path)
    stock_path = tinydb_copy(store, work / "save-tinydb.json")
    before = len(orjson.loads(store.read_bytes())["journal"])
    total = WARMUP + runs
    entries = _entries(2 * total, seed=99)

    repo = Repository.open(coach_path)
    db = TinyDB(stock_path)  # default JSONStorage
    coach_times: list[float] = []
    stock_times: list[float] = []
    try:
        for i in range(total):
            entry, doc = entries[2 * i], entries[2 * i + 1].to_doc()
            start = time.perf_counter()
            with repo.transaction():
                repo.put(entry)
            middle = time.perf_counter()
            db.table("journal").insert(doc)
            end = time.perf_counter()
            if i >= WARMUP:
                coach_times.append(middle - start)
                stock_times.append(end - middle)
        stock_count = len(db.table("journal"))
    finally:
        db.close()

    coach_count = len(Repository.open(coach_path).raw_table("journal"))
    if coach_count != before + total or stock_count != before + total:
        raise RuntimeError(f"lost inserts: coach {coach_count}, tinydb {stock_count}")
    return coach_times, stock_times


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    coach_times, stock_times = measure(store, work, runs=10 if quick else 40)
    n = len(coach_times)
    ratio = median(stock_times) / median(coach_times)
    ratio95 = p95(stock_times) / p95(coach_times)
    return [
        Row(
            f"Durable save of 1 journal entry into a 10k store, median of {n}",
            ms(median(coach_times)),
            f"{ms(median(stock_times))} (stock TinyDB)",
            f"{ratio:.1f} (stock/coach)",
            f">= {TARGET:g}",
            verdict(ratio >= TARGET),
        ),
        Row(
            "Durable save of 1 journal entry, p95",
            ms(p95(coach_times)),
            f"{ms(p95(stock_times))} (stock TinyDB)",
            f"{ratio95:.1f} (stock/coach)",
        ),
    ]


if __name__ == "__main__":
    import tempfile

    from bench.bigstore import make_store

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        for row in run(make_store(Path(tmp) / "big.json"), Path(tmp), quick=True):
            print(row)

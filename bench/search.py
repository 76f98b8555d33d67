"""Full-text journal search over 10,000 entries through the service.

``find(search="two words", limit=50)`` matches every entry's text and
validates only the 50 it returns; ``ids(...)`` only matches. The store is
opened once; the first query after opening (nothing sorted yet) is reported
on its own, as is the opening itself. The app sorts the journal on its loading
thread (``JournalService.warm_search``; no folded copy of the text is kept, each
query folds what it looks at), so a second store is opened, warmed that way
(timed) and its first query reported as well.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import vocab
from bench.common import Row, median, ms, p95, verdict
from coach.service import CoachService
from coach.store.repository import Repository

TARGET_S = 0.050
LIMIT = 50


def queries(count: int, seed: int = 11) -> list[str]:
    """``count`` different two-word queries over words that occur in the entries."""
    rng = random.Random(seed)
    words = vocab.search_words()
    found: dict[str, None] = {}
    while len(found) < count:
        found[" ".join(rng.sample(words, 2))] = None
    return list(found)


@dataclass
class SearchTimes:
    """Seconds to open, to run the first query, and per warm query; hits per ``ids`` query."""

    opened: float = 0.0
    first: float = 0.0
    warm_up: float = 0.0  # JournalService.warm_search, as the app runs it after loading
    first_warmed: float = 0.0
    find: list[float] = field(default_factory=list)
    ids: list[float] = field(default_factory=list)
    hits: list[int] = field(default_factory=list)


def measure(store: Path, runs: int) -> SearchTimes:
    wanted = queries(runs + 1)
    times = SearchTimes()
    start = time.perf_counter()
    service = CoachService(Repository.open(store, read_only=True))
    times.opened = time.perf_counter() - start
    start = time.perf_counter()
    service.journal.find(search=wanted[0], limit=LIMIT)
    times.first = time.perf_counter() - start
    warmed = CoachService(Repository.open(store, read_only=True))
    start = time.perf_counter()
    warmed.journal.warm_search()
    times.warm_up = time.perf_counter() - start
    start = time.perf_counter()
    warmed.journal.find(search=wanted[0], limit=LIMIT)
    times.first_warmed = time.perf_counter() - start
    del warmed
    for query in wanted[1:]:
        start = time.perf_counter()
        service.journal.find(search=query, limit=LIMIT)
        times.find.append(time.perf_counter() - start)
        start = time.perf_counter()
        matched = service.journal.ids(search=query)
        times.ids.append(time.perf_counter() - start)
        times.hits.append(len(matched))
    return times


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    del work  # the search only reads
    t = measure(store, runs=10 if quick else 40)
    target = f"<= {TARGET_S * 1000:g} ms"
    return [
        Row(
            f"Journal search `find(2 words, limit={LIMIT})`, warm, median of {len(t.find)}",
            ms(median(t.find)),
            target=target,
            met=verdict(median(t.find) <= TARGET_S),
        ),
        Row(
            "Journal search `find`, warm, p95",
            ms(p95(t.find)),
            target=target,
            met=verdict(p95(t.find) <= TARGET_S),
        ),
        Row(
            f"Journal search `ids(2 words)`, warm, median ({min(t.hits)}–{max(t.hits)} hits)",
            ms(median(t.ids)),
            target=target,
            met=verdict(median(t.ids) <= TARGET_S),
        ),
        Row(
            "Journal search, first query after opening, nothing sorted yet",
            ms(t.first),
            target=target,
            met=verdict(t.first <= TARGET_S),
        ),
        Row(
            "Journal search, first query after opening as the app does (sorted on load)",
            ms(t.first_warmed),
            target=target,
            met=verdict(t.first_warmed <= TARGET_S),
        ),
        Row("Sorting the journal on the loading thread (`warm_search`), once", ms(t.warm_up)),
        Row("Opening the 10k store (read + parse + check), once", ms(t.opened)),
    ]


if __name__ == "__main__":
    import tempfile

    from bench.bigstore import make_store

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        for row in run(make_store(Path(tmp) / "big.json"), Path(tmp), quick=True):
            print(row)

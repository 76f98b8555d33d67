"""A keystroke's echo in Reflect's search box at 1k, 10k and 100k entries, and memory after load.

Three stores from ``bench.bigstore`` (the same 100 aspirations and 1,000 goals, 1,000,
10,000 and 100,000 journal entries). In a 120x40 pseudo-terminal (``bench/pty.py``),
``coach --db STORE`` starts; once the dashboard shows the real count ("100,000
entries") and Reflect (``2``) shows its list ("Entries · 100,000"), the process tree's
resident memory (VmRSS, and the peak VmHWM) is read after the screen has been quiet
for a while, then ``/`` opens the search box and a query is typed a key at a time and
taken back with backspace. Each key is timed from its write into the pty to the arrival
of the chunk after which the search box shows the text typed so far (its echo); the
previous key's frame is let finish first (150 ms of quiet). The stores take turns
session by session (the order rotates), so a slow spell of the shared machine hits
each; the ratio is 100k over 1k. Each round also starts a bare Textual app (as in
``bench.paint``) until its first paint: the time from spawn until Reflect shows its
whole list ("fully usable", ``2`` pressed once the dashboard has its count) is
reported over it, as a median of per-round ratios.

    python -m bench.echo [--quick] [--sessions N] [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.bigstore import make_store
from bench.common import Row, median, ms, p95, verdict
from bench.paint import BARE_APP, BARE_MARKER
from bench.pty import Terminal, vm_mib

COACH = Path(sys.executable).parent / "coach"
SIZES = (1_000, 10_000, 100_000)
SESSIONS, QUICK_SESSIONS = 3, 2  # per store
QUERY = "feedback priya"  # words that occur in the entries (bench/vocab.py)
PLACEHOLDER = "/ search entries"  # screens/journal/entries.py: the search box, empty
ECHO_P95_S = 0.050
RSS_MIB = 150.0
SETTLE_S = 3.0  # after the list shows: the search text is folded on its thread by then
USABLE_OVER_BARE = {10_000: 1.5, 100_000: 3.0}  # issue 14's targets


@dataclass
class Times:
    """Seconds per echo, memory after load per session, and keys whose echo never came."""

    echo: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    hwm: list[float] = field(default_factory=list)
    loaded: list[float] = field(default_factory=list)  # spawn -> Reflect's list shown
    bare: list[float] = field(default_factory=list)  # a bare app's first paint, same round
    missed: int = 0


def _box(term: Terminal) -> tuple[int, int]:
    """(row, column) where the search box's text starts."""
    for y in range(term.rows):
        x = term.line(y).find(PLACEHOLDER)
        if x >= 0:
            return y, x
    raise RuntimeError("no search box on the screen:\n" + term.text())


def _shows(term: Terminal, y: int, x: int, value: str) -> bool:
    line = term.line(y)
    if not value:
        return line[x:].startswith(PLACEHOLDER)
    # The text, then the cursor (a blank cell) and nothing else typed after it.
    return line[x : x + len(value) + 1] == value + " "


def session(store: Path, size: int, home: Path, times: Times) -> None:
    with Terminal([str(COACH), "--db", str(store)], home) as term:
        term.wait_for(f"{size:,} entries", timeout=180.0)
        term.send(b"2")
        times.loaded.append(term.wait_for(f"Entries · {size:,}", timeout=180.0) - term.started)
        term.drain(SETTLE_S, 60.0)
        times.rss.append(vm_mib(term.proc.pid, "VmRSS"))
        times.hwm.append(vm_mib(term.proc.pid, "VmHWM"))
        term.send(b"/")
        term.drain()
        y, x = _box(term)
        keys = [(c.encode(), QUERY[: i + 1]) for i, c in enumerate(QUERY)]
        keys += [(b"\x7f", QUERY[:i]) for i in range(len(QUERY) - 1, -1, -1)]
        for key, value in keys:
            latency = term.press(key, 30.0, until=lambda v=value: _shows(term, y, x, v))
            if latency is None:
                times.missed += 1
                term.drain(1.0, 30.0)
            else:
                times.echo.append(latency)


def bare_paint(script: Path, home: Path) -> float:
    """Seconds from spawn to the first paint of a bare Textual app."""
    with Terminal([sys.executable, str(script)], home) as term:
        return term.time_to_marker(BARE_MARKER)


def measure(work: Path, sizes: tuple[int, ...], sessions: int) -> dict[int, Times]:
    stores = {}
    for size in sizes:
        stores[size] = make_store(work / f"echo-{size}.json", entries=size)
    script = work / "bare_app.py"
    script.write_text(BARE_APP, encoding="utf-8")
    bare_paint(script, work / "home-bare")  # warm-up
    times = {size: Times() for size in sizes}
    for round_ in range(sessions):
        shift = round_ % len(sizes)
        bare = bare_paint(script, work / "home-bare")
        for size in sizes[shift:] + sizes[:shift]:
            session(stores[size], size, work / "home-echo", times[size])
            times[size].bare.append(bare)
        print(
            f"  round {round_ + 1}/{sessions}: "
            + ", ".join(
                f"{s:,}: p95 {ms(p95(t.echo)) if t.echo else 'n/a'}" for s, t in times.items()
            ),
            file=sys.stderr,
            flush=True,
        )
    return times


def rows(times: dict[int, Times]) -> list[Row]:
    small, big = min(times), max(times)
    out: list[Row] = []
    for size, t in sorted(times.items()):
        if not t.echo:
            out.append(Row(f"Search box echo at {size:,} entries", "no echo seen", met="**no**"))
            continue
        extra = f", {t.missed} without an echo" if t.missed else ""
        out.append(
            Row(
                f"Search box key → echo at {size:,} entries, median / p95 of {len(t.echo)}{extra}",
                f"{ms(median(t.echo))} / {ms(p95(t.echo))}",
            )
        )
    s, b = times[small], times[big]
    if s.echo and b.echo:
        out.append(
            Row(
                f"Search box key → echo, p95 at {big:,} vs {small:,} entries",
                ms(p95(b.echo)),
                f"{ms(p95(s.echo))} ({small:,} entries)",
                f"{p95(b.echo) / p95(s.echo):.2f}x",
                f"<= {ECHO_P95_S * 1000:.0f} ms",
                verdict(p95(b.echo) <= ECHO_P95_S and not b.missed),
            )
        )
    for size, t in sorted(times.items()):
        if not t.loaded:
            continue
        ratio = median([a / b for a, b in zip(t.loaded, t.bare, strict=True)])
        goal = USABLE_OVER_BARE.get(size)
        out.append(
            Row(
                f"Fully usable at {size:,} entries (spawn → Reflect's whole list shown), "
                f"median of {len(t.loaded)}",
                ms(median(t.loaded)),
                f"{ms(median(t.bare))} (bare Textual app's first paint)",
                f"{ratio:.2f} (usable/bare)",
                f"<= {goal:g}" if goal else "—",
                verdict(ratio <= goal) if goal else "—",
            )
        )
    for size, t in sorted(times.items()):
        if not t.rss:
            continue
        last = size == big
        out.append(
            Row(
                f"RSS once {size:,} entries are loaded and Reflect shows them "
                f"(VmRSS, median of {len(t.rss)}; peak VmHWM {median(t.hwm):.0f} MiB)",
                f"{median(t.rss):.0f} MiB",
                target=f"<= {RSS_MIB:.0f} MiB" if last else "—",
                met=verdict(median(t.rss) <= RSS_MIB) if last else "—",
            )
        )
    return out


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    """The rows for ``bench.run`` (``store``, the 10k store, is not used: sizes vary here)."""
    folder = work / "echo"
    folder.mkdir(exist_ok=True)
    return rows(measure(folder, SIZES, QUICK_SESSIONS if quick else SESSIONS))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.echo", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer sessions")
    parser.add_argument("--sessions", type=int, help=f"sessions per store (default {SESSIONS})")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="entries per store")
    args = parser.parse_args(argv)
    sessions = args.sessions or (QUICK_SESSIONS if args.quick else SESSIONS)
    sizes = tuple(int(s) for s in args.sizes.split(","))
    with tempfile.TemporaryDirectory(prefix="coach-echo-") as tmp:
        times = measure(Path(tmp), sizes, sessions)
    from bench.run import table

    print(table(rows(times)))


if __name__ == "__main__":
    main()

"""Time to first paint of the app, next to a bare Textual app, in a real pseudo-terminal.

The programs, interleaved round by round (the order rotates), each on the emulated
120x40 screen:

- **bare**: a Textual app with one ``Static("READY")`` and a ``Footer``, same python,
  until "READY";
- **empty**: ``coach --db EMPTY`` (a store with nothing in it);
- **entries**: ``coach --db BIG`` (``bench.bigstore``: 10,000 journal entries, 1,000 goals);
- **goals**: ``coach --db GOALS`` (10,000 goals, 100 entries).

For each coach store two moments of one start are timed: its **first frame** (the
chrome and the dashboard's panels saying "Opening your plan…", drawn before the store
is opened) and, on the 10k-entry store, the dashboard **filled** with the real counts
("10,000 entries"). Ratios are medians of the per-round ratios (each coach run over
the bare run of its own round), so a slow spell of the shared machine hits both sides.
Peak RSS is VmHWM over the process tree, read right after the first frame.

    python -m bench.paint [--quick] [--rounds N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.bigstore import make_store
from bench.common import Row, median, ms, verdict
from bench.pty import Terminal

COACH = Path(sys.executable).parent / "coach"
ROUNDS, QUICK_ROUNDS, WARMUP = 25, 10, 1  # the shared machines are noisy: a steadier median
SETTLE_S = 2.0
SETTLED_ROUNDS = 5  # after the fill: the search text is folded on its thread by then
FRAME_OVER_BARE, FILLED_OVER_BARE, RSS_MIB = 1.10, 1.50, 55.0
BARE_MARKER = "READY"
FRAME_MARKER = "Opening your plan"  # screens/dashboard/screen.py LOADING
FILLED_MARKER = "10,000 entries"  # screens/dashboard/journal_panel.py: f"{total:,} entries, …"
EMPTY_FILLED = "Welcome to coach."

BARE_APP = """\
from textual.app import App, ComposeResult
from textual.widgets import Footer, Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("READY")
        yield Footer()


Bare().run()
"""


@dataclass
class Program:
    """One contender: its command, the markers it is timed to, and what its runs measured."""

    label: str
    argv: list[str]
    markers: tuple[str, ...]  # the first is its first frame
    times: dict[str, list[float]] = field(default_factory=dict)
    rss: list[float] = field(default_factory=list)
    lag: list[float] = field(default_factory=list)
    settled_rss: list[float] = field(default_factory=list)

    def run_once(self, home: Path, *, settle: bool = False) -> None:
        """One fresh start: the time to each marker, and the peak RSS at the first."""
        with Terminal(self.argv, home) as term:
            for n, marker in enumerate(self.markers):
                self.times.setdefault(marker, []).append(term.time_to_marker(marker))
                if n == 0:
                    self.rss.append(term.peak_rss_mib())
            self.lag.extend(term.parse_lag)
            if settle:
                time.sleep(SETTLE_S)
                self.settled_rss.append(term.peak_rss_mib())

    def first(self) -> list[float]:
        return self.times[self.markers[0]]


def programs(work: Path, big: Path) -> list[Program]:
    script = work / "bare_app.py"
    script.write_text(BARE_APP, encoding="utf-8")
    empty = make_store(work / "empty.json", aspirations=0, goals=0, done_goals=0, entries=0)
    goals = make_store(work / "goals.json", goals=10_000, done_goals=8_000, entries=100)
    return [
        Program("bare", [sys.executable, str(script)], (BARE_MARKER,)),
        Program("empty", [str(COACH), "--db", str(empty)], (FRAME_MARKER, EMPTY_FILLED)),
        Program("entries", [str(COACH), "--db", str(big)], (FRAME_MARKER, FILLED_MARKER)),
        Program("goals", [str(COACH), "--db", str(goals)], (FRAME_MARKER,)),
    ]


def measure(
    work: Path, big: Path, rounds: int, log: Callable[[str], None] = print
) -> list[Program]:
    """Warm up each program, then ``rounds`` interleaved rounds with a rotating order."""
    contenders = programs(work, big)
    homes = {p.label: work / f"home-{p.label}" for p in contenders}
    for program in contenders:
        for _ in range(WARMUP):
            program.run_once(homes[program.label])
        program.times.clear()
        program.rss.clear()
    for index in range(rounds):
        shift = index % len(contenders)
        for program in contenders[shift:] + contenders[:shift]:
            settle = program.label == "entries" and index < SETTLED_ROUNDS
            program.run_once(homes[program.label], settle=settle)
        line = "  ".join(f"{p.label} {ms(p.first()[-1])}" for p in contenders)
        log(f"  round {index + 1}/{rounds}: {line}")
    return contenders


def _ratio(times: list[float], base: list[float]) -> float:
    return median([a / b for a, b in zip(times, base, strict=True)])


def rows(contenders: list[Program]) -> list[Row]:
    bare, empty, entries, goals = contenders
    n = len(bare.first())
    base = f"{ms(median(bare.first()))} (bare Textual app)"
    out = [Row(f"First paint, bare Textual app (`Static` + `Footer`), median of {n}", "—", base)]
    for program, what in (
        (empty, "an empty store"),
        (entries, "the 10k-entry store"),
        (goals, "the 10k-goal store"),
    ):
        ratio = _ratio(program.first(), bare.first())
        out.append(
            Row(
                f"First frame, `coach` on {what} (chrome and panels, loading), median of {n}",
                ms(median(program.first())),
                base,
                f"{ratio:.2f} ({program.label}/bare)",
                f"<= {FRAME_OVER_BARE:.2f}",
                verdict(ratio <= FRAME_OVER_BARE),
            )
        )
    filled = entries.times[FILLED_MARKER]
    ratio = _ratio(filled, bare.first())
    out.append(
        Row(
            f"Dashboard filled, `coach` on the 10k-entry store (real counts), median of {n}",
            ms(median(filled)),
            base,
            f"{ratio:.2f} (filled/bare)",
            f"<= {FILLED_OVER_BARE:.2f}",
            verdict(ratio <= FILLED_OVER_BARE),
        )
    )
    welcome = empty.times[EMPTY_FILLED]
    out.append(
        Row(
            f"Welcome shown, `coach` on an empty store, median of {n}",
            ms(median(welcome)),
            base,
            f"{_ratio(welcome, bare.first()):.2f} (welcome/bare)",
            "— (no target)",
            "—",
        )
    )
    rss = median(entries.rss)
    out.append(
        Row(
            "Peak RSS at the first frame, 10k-entry store (VmHWM, median)",
            f"{rss:.1f} MiB",
            f"{median(bare.rss):.1f} MiB (bare)",
            f"{rss / median(bare.rss):.2f} (entries/bare)",
            f"<= {RSS_MIB:.0f} MiB",
            verdict(rss <= RSS_MIB),
        )
    )
    out.append(
        Row(
            f"Peak RSS once the 10k-entry store is open ({SETTLE_S:g} s after the fill, median)",
            f"{median(entries.settled_rss):.1f} MiB",
            "—",
            "—",
            "— (no target)",
            "—",
        )
    )
    return out


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    """The first-paint rows for ``bench.run``: ``store`` is the big store, ``work`` a temp dir."""
    rounds = QUICK_ROUNDS if quick else ROUNDS
    folder = work / "paint"
    folder.mkdir(exist_ok=True)
    big = folder / "big.json"  # its own copy: the app takes a lock beside the file
    shutil.copyfile(store, big)
    return rows(measure(folder, big, rounds, log=_err))


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.paint", description=__doc__)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROUNDS} rounds")
    parser.add_argument("--rounds", type=int, help=f"rounds (default {ROUNDS})")
    args = parser.parse_args(argv)
    rounds = args.rounds or (QUICK_ROUNDS if args.quick else ROUNDS)
    with tempfile.TemporaryDirectory(prefix="coach-paint-") as tmp:
        work = Path(tmp)
        big = make_store(work / "big.json")
        contenders = measure(work, big, rounds, log=_err)
    from bench.run import table

    print(table(rows(contenders)))
    lag = [x for p in contenders for x in p.lag]
    print(f"\n(pyte parse lag after the marker chunk, not counted: median {ms(median(lag))})")


if __name__ == "__main__":
    main()

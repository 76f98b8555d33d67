"""Time to first paint of the app, next to a bare Textual app, in a real pseudo-terminal.

Three programs, interleaved round by round (the order rotates), each until its
marker is on the emulated 120x40 screen:

- **bare**: a Textual app with one ``Static("READY")`` and a ``Footer``, same python;
- **empty**: ``coach --db EMPTY`` (a store with nothing in it) until the welcome text;
- **big**: ``coach --db BIG`` (``bench.bigstore``) until the journal panel shows
  "10,000 entries", which is drawn only once the real counts are read.

Ratios are medians of the per-round ratios (each coach run over the bare run of
its own round), so a slow spell of the shared machine hits both sides. Peak RSS
is VmHWM over the process tree, read right after the marker shows.

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
SETTLED_ROUNDS = 5  # after the first paint: the store has loaded on its thread by then
BIG_OVER_BARE, EMPTY_OVER_BARE, RSS_MIB = 1.30, 1.15, 55.0
BARE_MARKER = "READY"
EMPTY_MARKER = "Welcome to coach."
BIG_MARKER = "10,000 entries"  # screens/widgets/streak.py: f"{total:,} entries, …"

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
    """One contender: its command, its marker, and what its runs measured."""

    label: str
    argv: list[str]
    marker: str
    times: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    lag: list[float] = field(default_factory=list)
    settled_rss: list[float] = field(default_factory=list)  # once the store has loaded

    def run_once(self, home: Path, *, settle: bool = False) -> tuple[float, float]:
        """(seconds to first paint, peak RSS MiB at paint) of one fresh start.

        With ``settle``, the peak is read again ``SETTLE_S`` later, when coach has
        loaded the whole store behind the painted dashboard.
        """
        with Terminal(self.argv, home) as term:
            seconds = term.time_to_marker(self.marker)
            rss = term.peak_rss_mib()
            self.lag.extend(term.parse_lag)
            if settle:
                time.sleep(SETTLE_S)
                self.settled_rss.append(term.peak_rss_mib())
        return seconds, rss


def programs(work: Path, big: Path) -> list[Program]:
    script = work / "bare_app.py"
    script.write_text(BARE_APP, encoding="utf-8")
    empty = make_store(work / "empty.json", aspirations=0, goals=0, done_goals=0, entries=0)
    return [
        Program("bare", [sys.executable, str(script)], BARE_MARKER),
        Program("empty", [str(COACH), "--db", str(empty)], EMPTY_MARKER),
        Program("big", [str(COACH), "--db", str(big)], BIG_MARKER),
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
    for index in range(rounds):
        shift = index % len(contenders)
        for program in contenders[shift:] + contenders[:shift]:
            settle = program.label == "big" and index < SETTLED_ROUNDS
            seconds, rss = program.run_once(homes[program.label], settle=settle)
            program.times.append(seconds)
            program.rss.append(rss)
        line = "  ".join(f"{p.label} {ms(p.times[-1])}" for p in contenders)
        log(f"  round {index + 1}/{rounds}: {line}")
    return contenders


def _ratio(top: Program, base: Program) -> float:
    return median([a / b for a, b in zip(top.times, base.times, strict=True)])


def rows(contenders: list[Program]) -> list[Row]:
    bare, empty, big = contenders
    n = len(bare.times)
    big_ratio, empty_ratio = _ratio(big, bare), _ratio(empty, bare)
    big_rss = median(big.rss)
    base = f"{ms(median(bare.times))} (bare Textual app)"
    return [
        Row(f"First paint, bare Textual app (`Static` + `Footer`), median of {n}", "—", base),
        Row(
            f"First paint, `coach` on an empty store (welcome shown), median of {n}",
            ms(median(empty.times)),
            base,
            f"{empty_ratio:.2f} (empty/bare)",
            f"<= {EMPTY_OVER_BARE:.2f}",
            verdict(empty_ratio <= EMPTY_OVER_BARE),
        ),
        Row(
            f"First paint, `coach` on the 10k store (counts shown), median of {n}",
            ms(median(big.times)),
            base,
            f"{big_ratio:.2f} (big/bare)",
            f"<= {BIG_OVER_BARE:.2f}",
            verdict(big_ratio <= BIG_OVER_BARE),
        ),
        Row(
            "Peak RSS at first paint, 10k store (VmHWM, median)",
            f"{big_rss:.1f} MiB",
            f"{median(bare.rss):.1f} MiB (bare), {median(empty.rss):.1f} MiB (empty store)",
            f"{big_rss / median(bare.rss):.2f} (big/bare)",
            f"<= {RSS_MIB:.0f} MiB",
            verdict(big_rss <= RSS_MIB),
        ),
        Row(
            f"Peak RSS once the 10k store has loaded ({SETTLE_S:g} s after the paint, median)",
            f"{median(big.settled_rss):.1f} MiB",
            "—",
            "—",
            "— (no target)",
            "—",
        ),
    ]


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

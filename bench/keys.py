"""Key-to-screen latency on the board with 1,000 goals, in a real pseudo-terminal.

``coach --db BIG`` starts on the dashboard; ``4`` opens the board (waited for
until the status line reads "card 1 of"), then ``j`` and ``k`` alternate, each
press timed from the write into the pty to the arrival of the first chunk that
changes a cell on the emulated screen (characters or attributes). Before each
press the previous frame is let finish (150 ms of silence). pyte's parse of a
chunk happens after its arrival is stamped, so it is not in the figure; its
median is reported as a caveat.

    python -m bench.keys [--quick] [--sessions N] [--presses N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.bigstore import make_store
from bench.common import Row, median, ms, p95, verdict
from bench.pty import Terminal

COACH = Path(sys.executable).parent / "coach"
DASHBOARD_MARKER = "10,000 entries"
BOARD_MARKER = "card 1 of"  # screens/board.py status line: "Backlog · card 1 of N"
KEYS = (b"j", b"k")
SESSIONS, QUICK_SESSIONS = 3, 1
PRESSES, QUICK_PRESSES = 60, 50
MEDIAN_S, P95_S = 0.016, 0.050


@dataclass
class KeyTimes:
    """Per-press latencies (seconds) over all sessions, and what else was seen."""

    latencies: list[float] = field(default_factory=list)
    missed: int = 0  # presses after which the screen did not change within the timeout
    board_open: list[float] = field(default_factory=list)  # "4" -> board marker
    lag: list[float] = field(default_factory=list)  # pyte parse of the deciding chunk


def session(big: Path, home: Path, presses: int, times: KeyTimes) -> None:
    """One start of coach: open the board, then ``presses`` alternating j/k presses."""
    with Terminal([str(COACH), "--db", str(big)], home) as term:
        term.wait_for(DASHBOARD_MARKER)
        term.drain()
        sent = term.send(b"4")
        times.board_open.append(term.wait_for(BOARD_MARKER) - sent)
        term.parse_lag.clear()
        for index in range(presses):
            latency = term.press(KEYS[index % len(KEYS)])
            if latency is None:
                times.missed += 1
            else:
                times.latencies.append(latency)
        times.lag.extend(term.parse_lag)


def measure(big: Path, work: Path, sessions: int, presses: int) -> KeyTimes:
    times = KeyTimes()
    for index in range(sessions):
        session(big, work / "home-keys", presses, times)
        done = times.latencies
        print(
            f"  session {index + 1}/{sessions}: {len(done)} presses so far, "
            f"median {ms(median(done)) if done else 'n/a'}",
            file=sys.stderr,
            flush=True,
        )
    return times


def rows(times: KeyTimes) -> list[Row]:
    got = times.latencies
    if not got:
        return [Row("Board key → screen (j/k, 1,000 goals)", "no change seen", met="**no**")]
    n, missed = len(got), times.missed
    extra = f", {missed} without a change" if missed else ""
    caveat = f"harness pyte parse after arrival, not counted: median {ms(median(times.lag))}"
    return [
        Row(
            f"Board key → screen (j/k, 1,000 goals), median of {n} presses{extra}",
            ms(median(got)),
            target=f"<= {MEDIAN_S * 1000:.0f} ms",
            met=verdict(median(got) <= MEDIAN_S and not missed),
        ),
        Row(
            f"Board key → screen, p95 ({caveat})",
            ms(p95(got)),
            target=f"<= {P95_S * 1000:.0f} ms",
            met=verdict(p95(got) <= P95_S and not missed),
        ),
        Row("Opening the board (`4` → first card shown), median", ms(median(times.board_open))),
    ]


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    """The key-latency rows for ``bench.run``: ``store`` is the big store."""
    folder = work / "keys"
    folder.mkdir(exist_ok=True)
    sessions = QUICK_SESSIONS if quick else SESSIONS
    presses = QUICK_PRESSES if quick else PRESSES
    big = folder / "big.json"  # its own copy: the app takes a lock beside the file
    shutil.copyfile(store, big)
    return rows(measure(big, folder, sessions, presses))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.keys", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one session of 50 presses")
    parser.add_argument("--sessions", type=int, help=f"app starts (default {SESSIONS})")
    parser.add_argument("--presses", type=int, help=f"presses per start (default {PRESSES})")
    args = parser.parse_args(argv)
    sessions = args.sessions or (QUICK_SESSIONS if args.quick else SESSIONS)
    presses = args.presses or (QUICK_PRESSES if args.quick else PRESSES)
    with tempfile.TemporaryDirectory(prefix="coach-keys-") as tmp:
        work = Path(tmp)
        times = measure(make_store(work / "big.json"), work, sessions, presses)
    from bench.run import table

    print(table(rows(times)))


if __name__ == "__main__":
    main()

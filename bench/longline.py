"""Keys in the journal editor on one very long line, next to the same text in lines.

Two stores of one journal entry each, made through the service: the same 1,000,000
characters of words and spaces, once as a single line (no newline at all) and once
broken into lines of about 70 characters. In a 120x40 pseudo-terminal
(``bench/pty.py``), ``coach --db STORE`` goes to Reflect (``2``), loads the entry into
the editor (``e``, timed until the editor's title reads "Editing the entry of"), then
types ``x`` and backspace in turn at the end of the text, each press timed from the
write into the pty to the arrival of the first chunk that changes a cell. The two
stores take turns, session by session (the order rotates), so a slow spell of the
shared machine hits both; the ratio is single line over lines, medians of all presses.

    python -m bench.longline [--quick] [--sessions N] [--presses N] [--size CHARS]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import Row, median, ms, p95, verdict
from bench.pty import Terminal

COACH = Path(sys.executable).parent / "coach"
SIZE = 1_000_000
LINE_WIDTH = 70
SESSIONS, QUICK_SESSIONS = 4, 2  # per store
PRESSES, QUICK_PRESSES = 20, 10
KEY_S = 0.050  # the bound for a keystroke, whatever the entry
REFLECT_MARKER = "Entries · 1"  # screens/journal/screen.py: the list's border title
EDITOR_MARKER = "Editing the entry of"  # screens/journal/editor.py: the editor's title
KEYS = (b"x", b"\x7f")  # a letter, then backspace: the text keeps its length
KINDS = ("one line", "lines")
WORDS = ("plan", "goal", "review", "write", "ship", "mentor", "learn", "design", "lead", "ask")


def body(size: int, *, lines: bool, seed: int = 7) -> str:
    """``size`` characters of words; with ``lines``, a newline where a line passes 70."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = column = 0
    while length < size:
        word = rng.choice(WORDS)
        parts.append(word)
        length += len(word) + 1
        column += len(word) + 1
        if lines and column > LINE_WIDTH:
            parts.append("\n")
            column = 0
        else:
            parts.append(" ")
    return "".join(parts)[:size].rstrip()


def make_store(path: Path, text: str) -> Path:
    """A store holding one journal entry with ``text``, written by the service."""
    import coach.service

    service = coach.service.open(path)
    service.journal.add(text)
    return path


@dataclass
class Times:
    """Seconds per press and per opening, and presses that changed nothing in time."""

    keys: list[float] = field(default_factory=list)
    opened: list[float] = field(default_factory=list)
    missed: int = 0


def session(store: Path, home: Path, presses: int, times: Times) -> None:
    with Terminal([str(COACH), "--db", str(store)], home) as term:
        term.drain(limit=10.0)
        sent = term.send(b"2")
        term.wait_for(REFLECT_MARKER)
        term.drain()
        sent = term.send(b"e")
        times.opened.append(term.wait_for(EDITOR_MARKER, timeout=120.0) - sent)
        term.drain(limit=120.0)
        for index in range(presses):
            latency = term.press(KEYS[index % len(KEYS)], timeout=60.0)
            if latency is None:
                times.missed += 1
            else:
                times.keys.append(latency)


def measure(work: Path, size: int, sessions: int, presses: int) -> dict[str, Times]:
    stores = {
        kind: make_store(work / f"{index}.json", body(size, lines=kind == "lines"))
        for index, kind in enumerate(KINDS)
    }
    times = {kind: Times() for kind in KINDS}
    for round_ in range(sessions):
        turn = KINDS[round_ % 2 :] + KINDS[: round_ % 2]
        for kind in turn:
            session(stores[kind], work / "home", presses, times[kind])
        done = times["one line"].keys
        print(
            f"  round {round_ + 1}/{sessions}: one line median "
            f"{ms(median(done)) if done else 'n/a'}",
            file=sys.stderr,
            flush=True,
        )
    return times


def rows(times: dict[str, Times], size: int) -> list[Row]:
    long, lines = times["one line"], times["lines"]
    if not long.keys or not lines.keys:
        return [Row("Editor key on one long line", "no change seen", met="**no**")]
    missed = long.missed + lines.missed
    extra = f", {missed} without a change" if missed else ""
    what = f"{size:,} characters"
    key_ratio = median(long.keys) / median(lines.keys)
    open_ratio = median(long.opened) / median(lines.opened)
    return [
        Row(
            f"Journal editor key → screen, {what} on one line vs in lines, "
            f"median of {len(long.keys)}{extra}",
            ms(median(long.keys)),
            ms(median(lines.keys)),
            f"{key_ratio:.2f}x",
            f"<= {KEY_S * 1000:.0f} ms",
            verdict(median(long.keys) <= KEY_S and not missed),
        ),
        Row(
            "Journal editor key → screen, one line vs in lines, p95",
            ms(p95(long.keys)),
            ms(p95(lines.keys)),
            f"{p95(long.keys) / p95(lines.keys):.2f}x",
        ),
        Row(
            f"Loading the entry into the editor (`e` → its title), {what}, median",
            ms(median(long.opened)),
            ms(median(lines.opened)),
            f"{open_ratio:.2f}x",
        ),
    ]


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    """The rows for ``bench.run`` (``store``, the big store, is not used here)."""
    folder = work / "longline"
    folder.mkdir(exist_ok=True)
    sessions = QUICK_SESSIONS if quick else SESSIONS
    presses = QUICK_PRESSES if quick else PRESSES
    return rows(measure(folder, SIZE, sessions, presses), SIZE)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.longline", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer sessions and presses")
    parser.add_argument("--sessions", type=int, help=f"sessions per store (default {SESSIONS})")
    parser.add_argument("--presses", type=int, help=f"presses per session (default {PRESSES})")
    parser.add_argument("--size", type=int, default=SIZE, help="characters of text")
    args = parser.parse_args(argv)
    sessions = args.sessions or (QUICK_SESSIONS if args.quick else SESSIONS)
    presses = args.presses or (QUICK_PRESSES if args.quick else PRESSES)
    with tempfile.TemporaryDirectory(prefix="coach-longline-") as tmp:
        times = measure(Path(tmp), args.size, sessions, presses)
    from bench.run import table

    print(table(rows(times, args.size)))


if __name__ == "__main__":
    main()

"""Key → echo in the goal wizard: its first box (the statement) vs the next (what exactly).

A store of one aspiration, made through the service. In a 120x40 pseudo-terminal
(``bench/pty.py``), ``coach --db STORE`` opens the board (``4``) and a new goal
(``n``); once the wizard shows its SMART check, a sentence is typed a key at a time
into the statement box, then (after tab) the same sentence into the box under it.
Each key is timed from its write into the pty to the arrival of the chunk after which
the box shows the text typed so far (its echo); the previous key's frame is let
finish first (150 ms of quiet). The statement box is the one the SMART check reads,
so the ratio is statement over the other box.

    python -m bench.wizard [--quick] [--sessions N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import Row, median, ms, p95, verdict
from bench.pty import Terminal

COACH = Path(sys.executable).parent / "coach"
SESSIONS, QUICK_SESSIONS = 3, 1
SENTENCE = "Win 50 pitches by the end of 2027"
BOARD_MARKER = "Backlog · 0"  # screens/board: an empty column's title
WIZARD_MARKER = "SMART check"  # screens/goal_wizard/smart_check.py: the panel's title
PLACEHOLDERS = {  # screens/goal_wizard/steps.py: how to find each box, still empty
    "statement": "e.g. Win 50 pitches by the end of 2027",
    "specific": "What exactly will you have at the end?",  # the label above the box
}
KEY_S = 0.050


@dataclass
class Times:
    """Seconds per echo in each box, and keys whose echo never came."""

    echo: dict[str, list[float]] = field(default_factory=lambda: {"statement": [], "specific": []})
    missed: int = 0


def make_store(path: Path) -> Path:
    import coach.service

    service = coach.service.open(path)
    service.aspirations.add("Become a creative director", why="I love leading a team")
    return path


def _row(term: Terminal, name: str) -> int:
    """The screen row of the box's text (the specific box's: two under its label)."""
    marker = PLACEHOLDERS[name]
    for y in range(term.rows):
        if marker in term.line(y):
            return y if name == "statement" else y + 2  # label, the box's top border, text
    raise RuntimeError(f"no {name} box on the screen:\n" + term.text())


def _shows(term: Terminal, y: int, x: int, value: str) -> bool:
    return term.line(y)[x : x + len(value) + 1] == value + " "


def session(store: Path, home: Path, times: Times) -> None:
    with Terminal([str(COACH), "--db", str(store)], home) as term:
        term.wait_for("Become a creative", timeout=60.0)
        term.drain()
        term.send(b"4")
        term.wait_for(BOARD_MARKER, timeout=60.0)
        term.drain()
        term.send(b"n")
        term.wait_for(WIZARD_MARKER, timeout=60.0)
        term.drain(0.5, 10.0)
        y = _row(term, "statement")
        x = term.line(y).find(PLACEHOLDERS["statement"])  # both boxes' text starts here
        for name in ("statement", "specific"):
            if name == "specific":  # found once the check has settled and the pane scrolled
                term.send(b"\t")
                term.drain(0.5, 10.0)
            y = _row(term, name)
            for index, char in enumerate(SENTENCE):
                typed = SENTENCE[: index + 1]
                latency = term.press(
                    char.encode(), 30.0, until=lambda y=y, v=typed: _shows(term, y, x, v)
                )
                if latency is None:
                    times.missed += 1
                    term.drain(1.0, 30.0)
                else:
                    times.echo[name].append(latency)
            term.drain(1.0, 10.0)


def measure(work: Path, sessions: int) -> Times:
    store = make_store(work / "wizard.json")
    times = Times()
    for round_ in range(sessions):
        session(store, work / "home-wizard", times)
        print(
            f"  round {round_ + 1}/{sessions}: "
            + ", ".join(
                f"{name}: median {ms(median(t)) if t else 'n/a'}" for name, t in times.echo.items()
            ),
            file=sys.stderr,
            flush=True,
        )
    return times


def rows(times: Times) -> list[Row]:
    first, other = times.echo["statement"], times.echo["specific"]
    if not first or not other:
        return [Row("Goal wizard key → echo", "no echo seen", met="**no**")]
    extra = f", {times.missed} without an echo" if times.missed else ""
    return [
        Row(
            f"Goal wizard key → echo, statement box vs the box under it, median of "
            f"{len(first)}{extra}",
            ms(median(first)),
            ms(median(other)),
            f"{median(first) / median(other):.2f}x",
            f"<= {KEY_S * 1000:.0f} ms",
            verdict(median(first) <= KEY_S and not times.missed),
        ),
        Row(
            "Goal wizard key → echo, statement box vs the box under it, p95",
            ms(p95(first)),
            ms(p95(other)),
            f"{p95(first) / p95(other):.2f}x",
        ),
    ]


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    """The rows for ``bench.run`` (``store``, the big store, is not used here)."""
    folder = work / "wizard"
    folder.mkdir(exist_ok=True)
    return rows(measure(folder, QUICK_SESSIONS if quick else SESSIONS))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.wizard", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer sessions")
    parser.add_argument("--sessions", type=int, help=f"sessions (default {SESSIONS})")
    args = parser.parse_args(argv)
    sessions = args.sessions or (QUICK_SESSIONS if args.quick else SESSIONS)
    with tempfile.TemporaryDirectory(prefix="coach-wizard-") as tmp:
        times = measure(Path(tmp), sessions)
    from bench.run import table

    print(table(rows(times)))


if __name__ == "__main__":
    main()

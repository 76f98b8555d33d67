"""The work before the first frame, counted in instructions: steady where times are not.

A bare Textual app, ``coach`` on an empty store and ``coach`` on the 10k-entry store
each run once under valgrind's callgrind in the 120x40 pseudo-terminal, and stop as
soon as their first full frame is handed to the terminal (for coach: the chrome and
the panels in their loading state; the store is opened after it). The count is the
work on the path to that first paint. The stopper wraps Textual's private
``App._display``: a measuring harness only, the app itself does not. On the shared
machines a wall time moves by a third from one run to the next; these counts move by
well under one percent, so a change of a few milliseconds shows. Only where valgrind
is installed (``apt-get install valgrind``); it reports, with no target of its own.

    python -m bench.instructions
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.bigstore import make_store
from bench.common import Row
from bench.paint import BARE_APP
from bench.pty import Terminal

TIMEOUT_S = 300.0  # a start under valgrind takes about 20 s here

# Stops the program once its first full frame is written to the terminal: Textual's
# App._display is wrapped as soon as textual.app has defined App, so nothing is
# imported earlier than the program itself imports it.
STOPPER = """\
import builtins, os, sys

_import = builtins.__import__


def _stop_at_first_frame(name, *args, **kwargs):
    module = _import(name, *args, **kwargs)
    app = sys.modules.get("textual.app")
    if app is not None and hasattr(app, "App"):
        builtins.__import__ = _import
        shown = app.App._display

        def _display(self, screen, renderable):
            shown(self, screen, renderable)
            if renderable is not None and not self._batch_count:
                writer = getattr(self._driver, "_writer_thread", None)
                if writer is not None:  # let it write the frame out, then stop
                    writer.stop()
                os._exit(0)

        app.App._display = _display
    return module


builtins.__import__ = _stop_at_first_frame
program = sys.argv[1]
if program == "coach":
    sys.argv = ["coach", *sys.argv[2:]]
    from coach.cli.entry import main

    sys.exit(main())
with open(program, encoding="utf-8") as source:
    exec(compile(source.read(), program, "exec"), {"__name__": "__main__"})
"""


@dataclass(frozen=True)
class Count:
    """Instructions of one start: the main process, and any helper it forked."""

    label: str
    main: int
    helpers: tuple[int, ...]


def count(label: str, argv: list[str], work: Path) -> Count:
    """Run ``argv`` (after the stopper) under callgrind in a pty; its instruction counts."""
    out = work / f"callgrind-{label}"
    out.mkdir()
    stopper = work / "stop_at_first_frame.py"
    stopper.write_text(STOPPER, encoding="utf-8")
    command = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}/out.%p",
        sys.executable,
        str(stopper),
        *argv,
    ]
    home = work / f"home-{label}"
    home.mkdir()
    with Terminal(command, home) as term:
        deadline = time.monotonic() + TIMEOUT_S
        while not term.eof and time.monotonic() < deadline:
            term.pump(0.2)
    found = sorted((_total(path) for path in out.iterdir()), reverse=True)
    if not found:
        raise RuntimeError(f"callgrind wrote no counts for {label}")
    return Count(label, found[0], tuple(found[1:]))


def _total(path: Path) -> int:
    text = path.read_text(encoding="utf-8", errors="replace")
    match = re.search(r"^(?:summary|totals): (\d+)", text, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"no total in {path}")
    return int(match.group(1))


def measure(work: Path, big: Path) -> list[Count]:
    bare = work / "bare_app.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    empty = make_store(work / "empty.json", aspirations=0, goals=0, done_goals=0, entries=0)
    programs = [
        ("bare", [str(bare)]),
        ("empty", ["coach", "--db", str(empty)]),
        ("big", ["coach", "--db", str(big)]),
    ]
    # A first start writes any missing byte-code files; the counts are of the second.
    for label, argv in programs:
        count(f"{label}-warm-up", argv, work)
    return [count(label, argv, work) for label, argv in programs]


def _millions(n: int) -> str:
    return f"{n / 1e6:,.0f} M"


def rows(counts: list[Count]) -> list[Row]:
    bare, empty, big = counts
    base = f"{_millions(bare.main)} (bare Textual app)"
    return [
        Row(
            "First paint work, `coach` on an empty store: instructions of the main process",
            _millions(empty.main),
            base,
            f"{empty.main / bare.main:.2f} (empty/bare)",
            "— (cross-check of the first paint)",
        ),
        Row(
            "First paint work, `coach` on the 10k-entry store: instructions of the main process",
            _millions(big.main),
            base,
            f"{big.main / bare.main:.2f} (big/bare)",
            "— (cross-check of the first paint)",
        ),
    ]


def available() -> bool:
    return shutil.which("valgrind") is not None


def run(store: Path, work: Path) -> list[Row]:
    """The instruction rows for ``bench.run`` (none without valgrind)."""
    if not available():
        print("valgrind not found: no instruction counts", file=sys.stderr)
        return []
    folder = work / "instructions"
    folder.mkdir()
    big = folder / "big.json"  # its own copy: the app takes a lock beside the file
    shutil.copyfile(store, big)
    return rows(measure(folder, big))


def main() -> None:
    if not available():
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="coach-instructions-") as tmp:
        work = Path(tmp)
        counts = measure(work, make_store(work / "big.json"))
    from bench.run import table

    print(table(rows(counts)))


if __name__ == "__main__":
    main()

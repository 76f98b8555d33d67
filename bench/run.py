"""Run every benchmark, print the results table and write ``docs/performance.md``.

python -m bench.run [--quick] [--out docs/performance.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from importlib import metadata
from pathlib import Path

from bench import (
    capture,
    check,
    echo,
    instructions,
    keys,
    longline,
    paint,
    save,
    savelog,
    search,
    today,
    wizard,
)
from bench.bigstore import make_store
from bench.common import Row

ROOT = Path(__file__).resolve().parent.parent
HEADER = ("measure", "coach", "baseline", "ratio", "target", "met?")
SEED = 7

METHOD = """\
## How it is measured

- **Save**: in one process, coach (`Repository` + `transaction()` + `put`) and stock
  TinyDB (`TinyDB(path)`, default `JSONStorage`, `table("journal").insert`) each insert
  one entry into their own copy of the same data, alternately, after {warmup} warm-up
  inserts each. Both are durable: coach writes a temp file, fsyncs it, renames it and
  fsyncs the folder; `JSONStorage` rewrites the file in place, flushes and fsyncs.
- **Capture**: the real commands as subprocesses, alternately: `coach --db STORE journal
  add TEXT` (the venv's console script) and `jrnl TEXT` (jrnl in `bench/.venv-jrnl`, on a
  plain-text journal of the same 10,000 entries), with HOME and XDG folders in a temp
  folder. A first run of each is a warm-up and checks that the entry landed. jrnl replaces
  its file atomically but does not fsync it, so it does less work than coach. Then
  `coach journal add` alone on stores of 1,000 and 100,000 entries (their own folders,
  the same goals), in turn, after a warm-up run of each that makes the device's files
  and the hour's backup; the ratio is the median at 100k over the median at 1k.
- **Today**: `coach --db STORE today` and `coach --version` as subprocesses (the venv's
  console script), in turn each round with a rotating order, after a warm-up round that
  checks what each prints. `coach today` runs on two days set with `$COACH_NOW`: the
  store's last day (the first review long overdue, goals overdue, a nudge) and its first
  morning (nothing due, nothing printed). Ratios are medians of per-round ratios.
- **Check**: `coach check TEXT` and `coach --version` as subprocesses, taking turns, five
  statements in turn (met and not met), after a warm-up round that checks each exit code.
  Python writes its bytecode cache, as in an installed coach.
- **Search**: `service.journal.find(search="two words", limit=50)` and `ids(...)` on an
  open store, each query different; the first query after opening is reported apart.
- **Search box echo and memory at scale**: three stores (`bench/bigstore.py`, the same
  goals, 1,000, 10,000 and 100,000 journal entries) taking turns session by session;
  `coach --db STORE` in the pty until the dashboard shows the real count, `2` until
  Reflect's list shows it, then the process tree's VmRSS (and VmHWM) is read after
  {settle:g} s of quiet; `/`, then "{query}" typed a key at a time and taken back with
  backspace, each key timed from its write to the arrival of the chunk after which the
  search box shows the text typed so far (after 150 ms of quiet; a search may still be
  matching on its thread). The ratio is the p95 at 100k over the p95 at 1k. Each round
  also starts the bare Textual app of the first-paint rows once; "fully usable" is the
  time from spawn until Reflect shows its whole list (`2` sent as soon as the dashboard
  shows the count), over that round's bare first paint (median of per-round ratios).
- **First paint**: in a 120x40 pseudo-terminal (`bench/pty.py`: ptyprocess + a pyte
  screen that answers cursor-position queries; temp HOME and XDG folders,
  `TERM=xterm-256color`, `TEXTUAL_ANIMATIONS=none`), from spawn to the arrival of the output
  chunk after which a marker is on the emulated screen (pyte's parsing is not counted): a
  bare Textual app (`Static("READY")` + `Footer`, same python) until "READY", `coach --db`
  an empty store until its welcome, `coach --db` the 10k store until the journal panel
  reads "10,000 entries" (the real counts). Interleaved rounds with a rotating order after
  one warm-up each; ratios are medians of per-round ratios. Peak RSS is `VmHWM` from
  `/proc/PID/status`, summed over the process tree, read right after the marker shows,
  and, in the first rounds, again 2 s later, when coach has loaded the whole store on its
  thread behind the painted dashboard (the paint itself comes from a first look at the
  file that stops before the journal: see `docs/performance.md`).
- **First paint work**: where valgrind is installed, each first-paint program runs once
  more under callgrind (`bench/instructions.py`) and stops at its first full frame; the
  instructions of its main process are counted (coach's first-look helper apart). Unlike
  the times, these hardly move between runs: a cross-check of the first-paint ratios.
- **Board keys**: `coach --db` the 10k store, `4`, then alternating `j`/`k`; each press is
  timed from the write into the pty to the arrival of the first chunk that changes a cell
  (text or attributes), after the previous frame went quiet for 150 ms.
- **Editor keys on one long line**: two stores of one journal entry each, the same
  1,000,000 characters of words as one line and in lines of about 70; `coach --db`,
  `2`, `e` (timed until the editor's title shows), then `x` and backspace in turn at
  the end of the text, timed like the board keys. The stores take turns session by
  session; the ratio is one line over lines.
- **Goal wizard keys**: a store of one aspiration; `coach --db`, `4`, `n` (until the
  wizard's SMART check shows), then a sentence typed a key at a time into the statement
  box (the one the SMART check reads) and, after tab, into the box under it, each key
  timed until the box shows the text typed so far, as for the search box. The ratio is
  statement over the other box.
- Medians and nearest-rank p95 of wall-clock time (`time.perf_counter`). The machine is
  shared, so single runs vary; compare ratios of interleaved runs rather than absolutes.
"""


def versions() -> dict[str, str]:
    found = {}
    for name in ("coach", "textual", "tinydb", "pydantic", "orjson"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    found["jrnl"] = capture.jrnl_version()
    return found


def revision() -> str:
    """The commit measured, and whether the coach sources had uncommitted changes."""
    try:
        sha = _git("rev-parse", "--short", "HEAD").strip()
        dirty = _git("status", "--porcelain", "coach").strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{sha} + uncommitted changes" if dirty else sha


def _git(*args: str) -> str:
    cmd = ["git", "-C", str(ROOT), *args]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def machine() -> str:
    return (
        f"{platform.platform()}, {platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )


def table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for row in rows:
        cells = (row.measure, row.coach, row.baseline, row.ratio, row.target, row.met)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def report(rows: list[Row], store_info: str, quick: bool) -> str:
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    found = versions()
    listed = ", ".join(f"{name} {version}" for name, version in found.items())
    mode = " (`--quick`: fewer repetitions)" if quick else ""
    return (
        "# Performance\n\n"
        f"Measured {stamp}{mode} by `python -m bench.run`.\n\n"
        f"{table(rows)}\n\n"
        f"- Data: {store_info}.\n"
        f"- Machine: {machine()}.\n"
        f"- Versions: {listed}; coach commit {revision()}.\n\n"
        "How to run: `python -m bench.run` from the repository root with coach installed "
        "(`--quick` for fewer repetitions); jrnl is installed into `bench/.venv-jrnl` on "
        "first use. See `bench/README.md`.\n\n"
        f"{METHOD.format(warmup=save.WARMUP, settle=echo.SETTLE_S, query=echo.QUERY)}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args(argv)

    capture.ensure_jrnl()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        store = make_store(work / "big.json", seed=SEED)
        made = time.perf_counter() - start
        store_info = (
            f"generated store (`bench/bigstore.py`, seed {SEED}): 100 aspirations, "
            f"1,000 goals (800 done), 10,000 journal entries, "
            f"{store.stat().st_size / 1e6:.1f} MB of JSON, made in {made:.1f} s"
        )
        benches = (
            ("save", save),
            ("save at 100k", savelog),
            ("capture", capture),
            ("coach today", today),
            ("coach check", check),
            ("search", search),
            ("search box echo at 1k, 10k and 100k entries", echo),
            ("first paint", paint),
            ("board keys", keys),
            ("editor keys on one long line", longline),
            ("goal wizard keys", wizard),
        )
        for name, bench in benches:
            print(f"running {name}…", file=sys.stderr, flush=True)
            rows += bench.run(store, work, quick=args.quick)
        print("running instruction counts…", file=sys.stderr, flush=True)
        rows += instructions.run(store, work)

    text = report(rows, store_info, args.quick)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(table(rows))
    print(f"\nwrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Wall time of ``coach today`` on the 10k store against ``coach --version``, the start-up floor.

``coach today`` sits in a shell's start-up file, so it runs before every prompt; the
issue's target is within 1.5x of ``coach --version``. All three commands are real
subprocesses of the venv's console script, run in turn each round (the order rotates)
with HOME and the XDG folders in a temp folder. ``coach today`` runs on two days set
with ``$COACH_NOW``, so the figures do not move with the machine's date:

* a busy day, the store's last one: the first review long overdue, goals overdue and
  one nudge, so every line is worked out;
* a quiet day, the store's first morning: nothing is due yet, and nothing is printed
  (the usual case before a prompt).

A warm-up round checks that the busy day prints its lines and the quiet day nothing.
The ratios are medians of each round's ratio to that round's ``coach --version``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.bigstore import SPAN, START
from bench.common import Row, median, ms, p95, sealed_env, timed_run, verdict

TARGET = 1.5
COACH = Path(sys.executable).parent / "coach"
DAYS = {
    "busy": (START + SPAN).isoformat(),
    "quiet": START.isoformat(),
}


def measure(store: Path, work: Path, runs: int) -> dict[str, list[float]]:
    """Seconds per run of ``coach --version`` and of ``coach today`` on each day."""
    copy = work / "today-coach.json"
    copy.write_bytes(store.read_bytes())
    env = sealed_env(work / "today-env")
    commands = {"version": ([str(COACH), "--version"], env)}
    for day, moment in DAYS.items():
        commands[day] = ([str(COACH), "--db", str(copy), "today"], env | {"COACH_NOW": moment})
    names = list(commands)
    times: dict[str, list[float]] = {name: [] for name in names}
    for i in range(runs + 1):  # round 0 warms the caches and checks what each prints
        turn = names[i % len(names) :] + names[: i % len(names)]
        for name in turn:
            cmd, cmd_env = commands[name]
            seconds, printed = timed_run(cmd, cmd_env)
            if i == 0:
                _check(name, printed)
            else:
                times[name].append(seconds)
    return times


def _check(name: str, printed: str) -> None:
    if name == "busy" and "review is due" not in printed:
        raise RuntimeError(f"coach today printed no review on the busy day: {printed!r}")
    if name == "quiet" and printed:
        raise RuntimeError(f"coach today was not quiet on the quiet day: {printed!r}")


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    times = measure(store, work, runs=6 if quick else 20)
    version = times["version"]
    floor = f"{ms(median(version))} (`coach --version`)"

    def ratios(day: str) -> list[float]:
        return [t / v for t, v in zip(times[day], version, strict=True)]

    def row(day: str, what: str) -> Row:
        ratio = median(ratios(day))
        return Row(
            f"`coach today` on the 10k store, {what}, wall, median of {len(version)}",
            ms(median(times[day])),
            floor,
            f"{ratio:.2f}x",
            f"<= {TARGET:g}x",
            verdict(ratio <= TARGET),
        )

    return [
        row("busy", "a busy day (review, overdue goals, a nudge)"),
        Row(
            "`coach today`, a busy day, p95",
            ms(p95(times["busy"])),
            f"{ms(p95(version))} (`coach --version`)",
            f"{p95(ratios('busy')):.2f}x",
        ),
        row("quiet", "a quiet day (nothing due, nothing printed)"),
    ]


if __name__ == "__main__":
    import tempfile

    from bench.bigstore import make_store

    quick = "--quick" in sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        for row in run(make_store(Path(tmp) / "big.json"), Path(tmp), quick=quick):
            print(row)

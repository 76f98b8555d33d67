"""Wall time of ``coach check TEXT`` against ``coach --version``, the start-up floor.

``coach check`` is meant for scripts and editor hooks (its exit code says whether a goal
is SMART), so issue 19's target is within 1.5x of ``coach --version``. Both are real
subprocesses of the venv's console script, taking turns each round (the order rotates),
with HOME and the XDG folders in a temp folder. ``check`` runs on a few statements in
turn, met and not met, dated and not, so no single reading path is what gets timed.

The sealed environment lets Python write its bytecode cache, as an installed coach has
it: with ``PYTHONDONTWRITEBYTECODE`` set and no cache, every run compiles the coaching
modules from source and ``check`` measures about 2x instead.

A warm-up round checks each statement's exit code: 0 when specific, measurable and
time-bound, 3 when not yet.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.common import Row, median, ms, p95, sealed_env, timed_run, verdict

TARGET = 1.5
COACH = Path(sys.executable).parent / "coach"
# (statement, the exit code it gives): a mix of the engine's paths, none tuned for speed.
STATEMENTS = (
    ("finish my CCNA by june 2027", 0),
    ("get better at public speaking", 3),
    ("run 6 workshops for new hires before the end of Q3 2027", 0),
    ("pass the NCLEX and apply to 3 ICU jobs by 30/9/2027, then start nights", 3),
    ("one day run my own practice", 3),
)


def measure(work: Path, runs: int) -> dict[str, list[float]]:
    """Seconds per run of ``coach --version`` and of ``coach check`` (statements in turn)."""
    env = sealed_env(work / "check-env") | {"COACH_NOW": "2027-01-04T09:00"}
    times: dict[str, list[float]] = {"version": [], "check": []}
    for i in range(runs + 1):  # round 0 warms the caches and checks the exit codes
        text, code = STATEMENTS[i % len(STATEMENTS)]
        turn = [
            ("version", [str(COACH), "--version"], 0),
            ("check", [str(COACH), "check", text], code),
        ]
        for name, cmd, want in turn if i % 2 else reversed(turn):
            seconds = timed_run(cmd, env, want)[0]
            if i:
                times[name].append(seconds)
        if i == 0:
            for text, code in STATEMENTS[1:]:
                timed_run([str(COACH), "check", text], env, code)
    return times


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    del store  # coach check reads no store
    times = measure(work, runs=10 if quick else 40)
    version, check = times["version"], times["check"]
    ratios = [c / v for c, v in zip(check, version, strict=True)]
    ratio = median(ratios)
    return [
        Row(
            f"`coach check TEXT`, {len(STATEMENTS)} statements in turn, wall, "
            f"median of {len(check)}",
            ms(median(check)),
            f"{ms(median(version))} (`coach --version`)",
            f"{ratio:.2f}x",
            f"<= {TARGET:g}x",
            verdict(ratio <= TARGET),
        ),
        Row(
            "`coach check TEXT`, p95",
            ms(p95(check)),
            f"{ms(p95(version))} (`coach --version`)",
            f"{p95(ratios):.2f}x",
        ),
    ]


if __name__ == "__main__":
    import tempfile

    quick = "--quick" in sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        for row in run(Path(tmp), Path(tmp), quick=quick):
            print(row)

"""Wall time of ``coach today`` against ``coach --version``, on the 10,000-entry store.

Both are real subprocesses (the venv's console script), run alternately after a
warm-up each, with HOME and the XDG folders in a temp folder; the ratio is the
median of the per-pair ratios. The bench store has goals overdue and a review due, so
``coach today`` prints its lines: the slow case, not the silent one.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench.common import Row, median, ms, sealed_env, verdict

TARGET = 1.5
COACH = Path(sys.executable).parent / "coach"


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    env = sealed_env(work / "today")
    today = [str(COACH), "--db", str(store), "today"]
    version = [str(COACH), "--version"]
    _time(today, env), _time(version, env)
    pairs = [(_time(today, env), _time(version, env)) for _ in range(5 if quick else 15)]
    ratio = median([a / b for a, b in pairs])
    return [
        Row(
            "`coach today` vs `coach --version`, 10k store",
            ms(median([a for a, _ in pairs])),
            ms(median([b for _, b in pairs])),
            f"{ratio:.2f}x",
            f"≤ {TARGET}x",
            verdict(ratio <= TARGET),
        )
    ]


if __name__ == "__main__":
    import tempfile

    from bench.bigstore import make_store
    from bench.common import Row as _Row

    with tempfile.TemporaryDirectory() as tmp:
        made = make_store(Path(tmp) / "big.json", seed=7)
        for row in run(made, Path(tmp), quick="--quick" in sys.argv):
            print(" | ".join(getattr(row, f) for f in _Row.__dataclass_fields__))

"""What the benchmarks share: a result row, summary statistics, a sealed environment."""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

# Variables that could point a subprocess at the user's real data or settings.
_SCRUB = (
    "COACH_DB",
    "JRNL_CONFIG",
    "VISUAL",
    "EDITOR",
    "PYTHONSTARTUP",
    "PYTHONDONTWRITEBYTECODE",
)


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    measure: str
    coach: str
    baseline: str = "—"
    ratio: str = "—"
    target: str = "—"
    met: str = "—"


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """The 95th percentile by nearest rank: a value that was actually measured."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def sealed_env(root: Path) -> dict[str, str]:
    """The environment for a subprocess, with HOME and every XDG folder inside ``root``."""
    env = {k: v for k, v in os.environ.items() if k not in _SCRUB}
    folders = {
        "HOME": "home",
        "XDG_CONFIG_HOME": "config",
        "XDG_DATA_HOME": "data",
        "XDG_STATE_HOME": "state",
        "XDG_CACHE_HOME": "cache",
    }
    for name, sub in folders.items():
        path = root / sub
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env.update({"NO_COLOR": "1", "TERM": "dumb"})
    return env


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one run of ``cmd`` (no input, output captured); raises if it fails."""
    return timed_run(cmd, env)[0]


def timed_run(cmd: list[str], env: dict[str, str], code: int = 0) -> tuple[float, str]:
    """Wall seconds of one run of ``cmd``, and what it printed; raises if it exits with
    another code than ``code``."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != code:
        raise RuntimeError(f"{cmd[0]} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed, done.stdout

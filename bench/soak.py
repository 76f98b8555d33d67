"""The long reliability run: ``python -m bench.soak`` (about 15-25 minutes here).

Runs the reliability tests with soak-sized counts: 1,000 kills of a writer doing
inserts, edits and deletes, 1,000 kills of the real ``coach journal add``, 10,000
fuzzed data files. CI runs the same tests with smaller counts.
"""

from __future__ import annotations

import os
import subprocess
import sys

COUNTS = {
    "COACH_CRASH_RUNS": "1000",
    "COACH_CLI_KILLS": "1000",
    "COACH_FUZZ_EXAMPLES": "10000",
}


def main() -> int:
    env = {**os.environ, **COUNTS}
    command = [sys.executable, "-m", "pytest", "-q", "-s", "-m", "reliability", "tests"]
    print("soak:", " ".join(f"{k}={v}" for k, v in COUNTS.items()), flush=True)
    return subprocess.call(command, env=env)


if __name__ == "__main__":
    raise SystemExit(main())

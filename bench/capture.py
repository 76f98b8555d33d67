"""Wall time of capturing one thought from the shell: ``coach journal add`` vs ``jrnl``.

Both are real subprocesses on a 10,000-entry journal, interleaved, with HOME
and the XDG folders in a temp folder. Then ``coach journal add`` alone on stores of
1,000 and 100,000 entries, in turn: a save costs what the change costs, so the
command should barely grow with the store (issue 14: at most 1.5x). jrnl is not a
dependency of coach: it is installed on first use into its own virtualenv,
``bench/.venv-jrnl``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.bigstore import JRNL_TIMEFORMAT, make_jrnl, make_store
from bench.common import Row, median, ms, p95, sealed_env, timed, verdict

TARGET = 0.2
SCALE_TARGET = 1.5  # journal add at 100k entries over the same at 1k
SCALE_SIZES = (1_000, 100_000)
JRNL_VENV = Path(__file__).resolve().parent / ".venv-jrnl"
COACH = Path(sys.executable).parent / "coach"


def ensure_jrnl() -> Path:
    """The jrnl executable of the bench's own virtualenv, installed there if missing."""
    jrnl = JRNL_VENV / "bin" / "jrnl"
    if not jrnl.exists():
        print(f"installing jrnl into {JRNL_VENV} (first run only)…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
        pip = [str(JRNL_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", "jrnl"]
        subprocess.run(pip, check=True)
    return jrnl


def jrnl_version() -> str:
    code = "import importlib.metadata as m; print(m.version('jrnl'))"
    python = str(ensure_jrnl().parent / "python")
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def write_jrnl_config(config_home: Path, journal: Path) -> Path:
    """A jrnl 4.x config (keys as in ``jrnl/config.py``) that never prompts or colours."""
    config = {
        "version": jrnl_version(),
        "journals": {"default": {"journal": str(journal)}},
        "editor": "",
        "encrypt": False,
        "template": False,
        "default_hour": 9,
        "default_minute": 0,
        "timeformat": JRNL_TIMEFORMAT,
        "tagsymbols": "#@",
        "highlight": False,
        "linewrap": 79,
        "indent_character": "|",
        "colors": {"body": "none", "date": "none", "tags": "none", "title": "none"},
    }
    path = config_home / "jrnl" / "jrnl.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    # Block-style YAML: a config that parses as JSON is taken for jrnl 1.x and "upgraded".
    path.write_text("".join(_yaml(config)), encoding="utf-8")
    return path


def _yaml(mapping: dict[str, object], indent: str = "") -> list[str]:
    lines = []
    for key, value in mapping.items():
        if isinstance(value, dict):
            lines += [f"{indent}{key}:\n", *_yaml(value, indent + "  ")]
        else:  # JSON scalars (double-quoted strings, numbers, true/false) are YAML scalars
            lines.append(f"{indent}{key}: {json.dumps(value)}\n")
    return lines


def _check_landed(coach_store: Path, journal: Path, text: str) -> None:
    from coach.store.repository import Repository

    held = Repository.open(coach_store, read_only=True).raw_table("journal").values()
    if not any(doc.get("body") == text for doc in held):
        raise RuntimeError(f"coach did not save {text!r} in {coach_store}")
    if text not in journal.read_text(encoding="utf-8"):
        raise RuntimeError(f"jrnl did not save {text!r} in {journal}")


def measure(store: Path, work: Path, runs: int) -> dict[str, list[float]]:
    """Seconds per run of ``coach journal add``, ``jrnl`` and ``coach --version``."""
    coach_store = work / "capture-coach.json"
    coach_store.write_bytes(store.read_bytes())
    journal = make_jrnl(work / "capture-jrnl.txt")
    env = sealed_env(work / "capture-env")
    write_jrnl_config(Path(env["XDG_CONFIG_HOME"]), journal)
    jrnl = str(ensure_jrnl())

    times: dict[str, list[float]] = {"coach": [], "jrnl": [], "startup": []}
    for i in range(runs + 1):  # run 0 warms the caches and checks both really save
        text = f"Capture {i}: talked with my mentor about the promotion case."
        coach_s = timed([str(COACH), "--db", str(coach_store), "journal", "add", text], env)
        jrnl_s = timed([jrnl, text], env)
        startup_s = timed([str(COACH), "--version"], env)
        if i == 0:
            _check_landed(coach_store, journal, text)
            continue
        times["coach"].append(coach_s)
        times["jrnl"].append(jrnl_s)
        times["startup"].append(startup_s)
    _check_landed(coach_store, journal, text)
    return times


def measure_scale(work: Path, runs: int) -> dict[int, list[float]]:
    """Seconds per ``coach journal add`` on a small and a big store, in turn."""
    stores = {}
    for size in SCALE_SIZES:
        folder = work / f"scale-{size}"  # a folder each: a store's devices write beside it
        folder.mkdir(exist_ok=True)
        stores[size] = make_store(folder / "coach.json", entries=size)
    env = sealed_env(work / "scale-env")
    times: dict[int, list[float]] = {size: [] for size in SCALE_SIZES}
    for i in range(runs + 1):  # run 0 makes the device's files and the hour's backup
        for size in SCALE_SIZES if i % 2 else SCALE_SIZES[::-1]:
            cmd = [str(COACH), "--db", str(stores[size]), "journal", "add", f"Scale {i}."]
            took = timed(cmd, env)
            if i:
                times[size].append(took)
    return times


def scale_rows(times: dict[int, list[float]]) -> list[Row]:
    small, big = SCALE_SIZES
    ratio = median(times[big]) / median(times[small])
    return [
        Row(
            f"`coach journal add TEXT` on a {big:,}-entry store, wall, median of {len(times[big])}",
            ms(median(times[big])),
            f"{ms(median(times[small]))} (the same on {small:,} entries)",
            f"{ratio:.2f}x",
            f"<= {SCALE_TARGET:g}x",
            verdict(ratio <= SCALE_TARGET),
        ),
        Row(
            f"`coach journal add TEXT` on {big:,} entries, p95",
            ms(p95(times[big])),
            f"{ms(p95(times[small]))} ({small:,} entries)",
            f"{p95(times[big]) / p95(times[small]):.2f}x",
        ),
    ]


def run(store: Path, work: Path, *, quick: bool = False) -> list[Row]:
    scale = scale_rows(measure_scale(work, runs=4 if quick else 10))
    times = measure(store, work, runs=4 if quick else 12)
    coach, jrnl, startup = times["coach"], times["jrnl"], times["startup"]
    ratio = median(coach) / median(jrnl)
    return [
        Row(
            f"`coach journal add TEXT` on a 10k store, wall, median of {len(coach)}",
            ms(median(coach)),
            f"{ms(median(jrnl))} (`jrnl TEXT`, 10k entries)",
            f"{ratio:.2f} (coach/jrnl)",
            f"<= {TARGET:g}",
            verdict(ratio <= TARGET),
        ),
        Row(
            "`coach journal add TEXT`, p95",
            ms(p95(coach)),
            f"{ms(p95(jrnl))} (jrnl)",
            f"{p95(coach) / p95(jrnl):.2f} (coach/jrnl)",
        ),
        Row("`coach --version` (start-up, no store opened), median", ms(median(startup))),
        *scale,
    ]


if __name__ == "__main__":
    import tempfile

    from bench.bigstore import make_store

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        for row in run(make_store(Path(tmp) / "big.json"), Path(tmp), quick=True):
            print(row)

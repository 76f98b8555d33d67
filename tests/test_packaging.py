"""The wheel: what `pip install .` gives a person, content included."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_the_packages_and_the_content(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("coach-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "coach/_content/prompts.toml" in names
    assert "coach/_content/checklist.toml" in names
    assert any(n.startswith("screens/") for n in names)
    assert not any(n.startswith("tests/") for n in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import coach, coach.content.loader as c; "
        "content = c.load_content(); "
        f"assert coach.__file__.startswith({str(site)!r}), coach.__file__; "
        "print(len(content.questions), len(content.themes))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    # The eight questions; four themes to reflect on and three for the reviews.
    assert ran.stdout.split() == ["8", "7"]

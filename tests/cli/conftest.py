"""Running the command line: in-process with CliRunner, or as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner, Result

from coach.cli.main import cli
from tests.conftest import running_clock

Run = Callable[..., Result]


@pytest.fixture
def run(db_path: Path) -> Run:
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(
            cli, ["--db", str(db_path), *args], input=input, catch_exceptions=False
        )

    return invoke


@pytest.fixture
def run_json(run: Run) -> Callable[..., object]:
    def invoke(*args: str) -> object:
        result = run(*args, "--json")
        assert result.exit_code == 0, result.output
        return orjson.loads(result.stdout)

    return invoke


def coach_process(
    *args: str, db: Path, stdin: bytes | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m coach`` as a separate process, as a person's shell would."""
    env = {**os.environ, "COACH_DB": str(db), "COACH_NOW": running_clock().isoformat()}
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=timeout,
        check=False,
    )

"""Running the command line: in-process with CliRunner, or as a real subprocess."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner, Result

from coach.cli.main import cli
from tests.programs import Run


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

"""Programs a test starts: coach in a real pseudo-terminal (type keys, read the emulated
screen), or as a plain subprocess, as a shell would run it. Both run on the tests' clock."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pexpect
import pyte
from click.testing import Result

from tests.clock import running_clock


class _Screen(pyte.Screen):  # type: ignore[misc]
    """A pyte screen that answers the terminal's queries (cursor position) like a real one."""

    reply_to: pexpect.spawn | None = None

    def write_process_input(self, data: str) -> None:
        if self.reply_to is not None:
            self.reply_to.send(data)


class Terminal:
    def __init__(
        self, argv: Sequence[str], *, env: dict[str, str], rows: int = 40, cols: int = 120
    ) -> None:
        self.screen = _Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        # The program runs on the tests' clock unless the test sets its own moment.
        full_env = {**os.environ, "COACH_NOW": running_clock().isoformat(), **env}
        full_env["TERM"] = "xterm-256color"
        full_env.pop("COLUMNS", None)
        full_env.pop("LINES", None)
        self.child = pexpect.spawn(
            argv[0], list(argv[1:]), env=full_env, dimensions=(rows, cols), timeout=5
        )
        self.screen.reply_to = self.child

    def _pump(self, wait: float) -> None:
        try:
            chunk = self.child.read_nonblocking(65536, timeout=wait)
        except (pexpect.TIMEOUT, pexpect.EOF):
            return
        self.raw += chunk
        self.stream.feed(chunk)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, *markers: str, timeout: float = 15) -> str:
        """Wait until every marker is on the screen at once; the screen's text.

        A frame can arrive over several reads, so a screen that shows one marker may
        still be half drawn: anything a test asserts about it belongs in ``markers``.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._pump(0.05)
            if all(m in self.text() for m in markers):
                return self.text()
            if not self.child.isalive():
                self._pump(0.05)
                if all(m in self.text() for m in markers):
                    return self.text()
                break
        raise AssertionError(f"{markers!r} never all appeared; screen:\n{self.text()}")

    def wait_for_any(self, *markers: str, timeout: float = 15) -> str:
        """Wait until one of the markers is on the screen; the screen's text."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._pump(0.05)
            if any(m in self.text() for m in markers):
                return self.text()
        raise AssertionError(f"none of {markers!r} appeared; screen:\n{self.text()}")

    def wait_gone(self, marker: str, timeout: float = 15) -> None:
        """Wait until ``marker`` is no longer on the screen (a question was answered)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._pump(0.05)
            if marker not in self.text():
                return
        raise AssertionError(f"{marker!r} stayed on the screen:\n{self.text()}")

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def wait_exit(self, timeout: float = 15) -> int:
        deadline = time.monotonic() + timeout
        while self.child.isalive() and time.monotonic() < deadline:
            self._pump(0.05)
        self._pump(0.05)
        self.child.close(force=True)
        return self.child.exitstatus if self.child.exitstatus is not None else -1

    def close(self) -> None:
        if self.child.isalive():
            self.child.close(force=True)


def coach_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "coach", *args]


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


# The in-process command line, as the `run` fixture of tests/cli/conftest.py gives it.
Run = Callable[..., Result]

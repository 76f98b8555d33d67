"""A small pseudo-terminal driver: spawn, watch the screen, press keys, read peak memory.

The command runs in a 120x40 pty (ptyprocess) with a sealed environment. A reader
thread timestamps every chunk as it is read; the main thread feeds the chunks into a
pyte screen, which also answers device-status and cursor-position queries. A time is
the *arrival* of the chunk after which the screen shows what we wait for, so pyte's own
parsing is not in it (:attr:`Terminal.parse_lag` keeps that). Import it as
``bench.pty`` (run ``python -m bench.…``): on ``sys.path`` itself it would shadow ``pty``.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import ptyprocess
import pyte

TREE = Path(__file__).resolve().parent.parent  # the checkout these benchmarks belong to
COLS, ROWS = 120, 40
CTRL_Q = b"\x11"
QUIET_S = 0.15  # output silence that ends a frame
# Kitty keyboard-protocol queries, which pyte would print as text.
_KITTY = re.compile(rb"\x1b\[[=<>?][0-9;]*u")

Cell = tuple[object, ...]


class _Screen(pyte.Screen):  # type: ignore[misc]
    """A pyte screen that writes its answers to terminal queries back into the pty."""

    def __init__(self, cols: int, rows: int, fd: int) -> None:
        super().__init__(cols, rows)
        self._fd = fd

    def write_process_input(self, data: str) -> None:
        with contextlib.suppress(OSError):
            os.write(self._fd, data.encode())


def sealed_tty_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """A fresh environment: HOME, TMPDIR and XDG folders under ``home``; no COLUMNS/LINES;
    ``PYTHONPATH`` is this checkout."""
    dirs = {
        "HOME": home,
        "TMPDIR": home / "tmp",
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
    }
    # The coach under measurement is this tree's, even where the virtualenv's coach is
    # installed from another checkout (a git worktree beside the main one).
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(TREE)}
    for name, path in dirs.items():
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env.update(
        TERM="xterm-256color",
        COLORTERM="truecolor",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        TEXTUAL_ANIMATIONS="none",
    )
    env.update(extra or {})
    return env


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for tid in os.listdir(f"/proc/{current}/task"):
                children = Path(f"/proc/{current}/task/{tid}/children").read_text()
                todo.extend(int(c) for c in children.split())
        except OSError:
            pass
    return found


def vm_mib(pid: int, name: str) -> float:
    """A memory figure of /proc/PID/status (``VmHWM``, ``VmRSS``) in MiB, summed over
    ``pid`` and its descendants."""
    total_kib = 0
    for member in _tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith(name + ":"):
                total_kib += int(line.split()[1])
    return total_kib / 1024


def peak_rss_mib(pid: int) -> float:
    """VmHWM (peak resident set) in MiB, summed over ``pid`` and its descendants."""
    return vm_mib(pid, "VmHWM")


class Terminal:
    """One program in a pseudo-terminal, with an emulated screen to read."""

    def __init__(self, argv: Sequence[str], home: Path, cols: int = COLS, rows: int = ROWS) -> None:
        self.cols, self.rows = cols, rows
        self.eof = False
        self.parse_lag: list[float] = []  # seconds from a chunk's arrival to its detection
        self._chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()
        self._stop = threading.Event()
        env = sealed_tty_env(home)
        # The reader thread must get the GIL soon after a chunk lands, even while pyte parses.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.0005))
        self.started = time.perf_counter()
        self.proc = ptyprocess.PtyProcess.spawn(
            list(argv), env=env, cwd=str(home), dimensions=(rows, cols)
        )
        self.screen = _Screen(cols, rows, self.proc.fd)
        self._stream = pyte.ByteStream(self.screen)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        fd = self.proc.fd
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([fd], [], [], 0.05)
                if not ready:
                    continue
                data = os.read(fd, 1 << 16)
            except (OSError, ValueError):
                data = b""
            self._chunks.put((time.perf_counter(), data))
            if not data:
                return

    def pump(self, timeout: float) -> float | None:
        """Feed the next chunk to the screen; its arrival time, or None if none came."""
        try:
            arrived, data = self._chunks.get(timeout=max(0.0, timeout))
        except queue.Empty:
            return None
        if not data:
            self.eof = True
        else:
            self._stream.feed(_KITTY.sub(b"", data))
        return arrived

    def line(self, y: int) -> str:
        row = self.screen.buffer[y]
        return "".join(row[x].data for x in range(self.cols))

    def text(self) -> str:
        return "\n".join(self.line(y) for y in range(self.rows))

    def _row(self, y: int) -> Cell:
        row = self.screen.buffer[y]
        return tuple(row[x] for x in range(self.cols))

    def _dirty(self) -> list[int]:
        rows = [y for y in self.screen.dirty if 0 <= y < self.rows]
        self.screen.dirty.clear()
        return rows

    def drain(self, quiet: float = QUIET_S, limit: float = 3.0) -> None:
        """Read until nothing arrives for ``quiet`` seconds (at most ``limit`` seconds)."""
        end = time.perf_counter() + limit
        while time.perf_counter() < end and not self.eof:
            if self.pump(quiet) is None:
                return

    def wait_for(self, marker: str, timeout: float = 30.0) -> float:
        """Wait until ``marker`` is on the screen; the arrival time of the chunk that drew it."""
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0 or self.eof:
                why = "the program exited" if self.eof else f"not seen within {timeout:.0f} s"
                raise TimeoutError(f"{marker!r} {why}; screen:\n{self.text()}")
            arrived = self.pump(left)
            if arrived is not None and any(marker in self.line(y) for y in self._dirty()):
                self.parse_lag.append(time.perf_counter() - arrived)
                return arrived

    def time_to_marker(self, marker: str, timeout: float = 30.0) -> float:
        """Seconds from spawn to the arrival of the chunk after which ``marker`` shows."""
        return self.wait_for(marker, timeout) - self.started

    def peak_rss_mib(self) -> float:
        return peak_rss_mib(self.proc.pid)

    def send(self, key: bytes) -> float:
        """Write ``key`` into the terminal; the time just before the write."""
        sent = time.perf_counter()
        os.write(self.proc.fd, key)
        return sent

    def press(
        self, key: bytes, timeout: float = 5.0, *, until: Callable[[], bool] | None = None
    ) -> float | None:
        """Send ``key``; seconds until the screen first changes, or with ``until`` until
        that says the screen shows what the key should bring (None if not in time)."""
        self.drain(QUIET_S, 2.0 if until is None else 10.0)  # the previous frame is complete
        self._dirty()
        before = {y: self._row(y) for y in range(self.rows)}
        sent = self.send(key)
        end = sent + timeout
        while (left := end - time.perf_counter()) > 0 and not self.eof:
            arrived = self.pump(left)
            if arrived is None:
                break
            dirty = self._dirty()
            if until() if until is not None else any(self._row(y) != before[y] for y in dirty):
                self.parse_lag.append(time.perf_counter() - arrived)
                return arrived - sent
        return None

    def alive(self) -> bool:
        try:
            return bool(self.proc.isalive())
        except (OSError, ptyprocess.PtyProcessError):
            return False

    def quit(self, key: bytes = CTRL_Q, timeout: float = 5.0) -> bool:
        """Send ``key``, wait for the exit, else kill (by pid); True if it left by itself."""
        clean = True
        if self.alive():
            with contextlib.suppress(OSError):
                os.write(self.proc.fd, key)
            end = time.perf_counter() + timeout
            while self.alive() and time.perf_counter() < end:
                self.pump(0.02)
        if self.alive():
            clean = False
            for sig in (signal.SIGTERM, signal.SIGKILL):
                with contextlib.suppress(OSError):
                    os.kill(self.proc.pid, sig)
                end = time.perf_counter() + 2.0
                while self.alive() and time.perf_counter() < end:
                    self.pump(0.02)
                if not self.alive():
                    break
        self._stop.set()
        with contextlib.suppress(OSError, ptyprocess.PtyProcessError):
            self.proc.close(force=True)
        self._reader.join(timeout=1)
        return clean

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.quit()

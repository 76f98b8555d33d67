"""What the app's first frame shows, worked out while the app is still loading Textual.

Most of the time before ``coach`` paints goes to importing Textual, on one core.
The dashboard's numbers need none of it: :func:`look_ahead` forks a helper
process before that import, which takes the first look at the file
(:mod:`coach.store.glance`) and works out the dashboard's snapshot
(:mod:`coach.coaching.overview`) meanwhile, on another core, and hands the
result back through a pipe. The helper only reads; it never writes, prints or
touches the terminal.

:meth:`Ahead.result` collects that result. Whenever the helper could not be
started or did not deliver (an error, a signal, a pickling problem), the same
look is taken right there, so what the app shows, and every error message about
the file, never depends on the helper.
"""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from coach.coaching.overview import Snapshot
    from coach.store.glance import Glance

# Longer than any look at a local file takes; after that the helper is given up on.
HELPER_TIMEOUT_S = 10.0

# Standard modules the look imports (through orjson and its dataclasses) that
# Textual's import brings in as well: the app imports them before it forks the
# helper, which then finds them loaded (tests/core/test_first_look.py checks that
# both still import each of them).
SHARED_MODULES = ("dataclasses", "uuid")


class FirstLook(NamedTuple):
    """What the first paint needs: whether anything is stored, and the dashboard's snapshot."""

    nothing_stored: bool  # no aspiration, goal or journal entry at all: the welcome
    snapshot: Snapshot | None  # None when nothing is stored


def look_at(seen: Glance, today: date) -> FirstLook:
    """The first look from a glance of the file."""
    if not (seen.table("aspirations") or seen.table("goals") or seen.journal_days):
        return FirstLook(True, None)
    from coach.coaching.overview import from_glance, snapshot

    return FirstLook(False, snapshot(from_glance(seen), today))


def first_look(path: Path, today: date) -> FirstLook | None:
    """The first look at ``path``; None when it is encrypted (the passphrase comes first).

    Raises what a full load would for a damaged or unreadable file.
    """
    from coach.store.glance import glance

    seen = glance(path)
    return None if seen is None else look_at(seen, today)


class Ahead:
    """A first look being taken by a helper process (or, failing that, to be taken here)."""

    def __init__(self, path: Path, today: date, pid: int | None, fd: int | None) -> None:
        self.path, self.today = path, today
        self._pid, self._fd = pid, fd

    def result(self) -> FirstLook | None:
        """The helper's look, or the same look taken now; raises as :func:`first_look` does."""
        found = self._collect()
        if found is not None:
            return found[0]
        return first_look(self.path, self.today)

    def _collect(self) -> tuple[FirstLook | None] | None:
        """``(look,)`` as the helper sent it, or None when it sent nothing usable."""
        if self._pid is None or self._fd is None:
            return None
        import pickle
        import select
        import signal

        pid, fd = self._pid, self._fd
        self._pid = self._fd = None
        chunks: list[bytes] = []
        try:
            while select.select([fd], [], [], HELPER_TIMEOUT_S)[0]:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
            else:  # the helper is stuck: stop waiting for it
                os.kill(pid, signal.SIGKILL)
                chunks = []
        except OSError:
            chunks = []
        finally:
            os.close(fd)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        try:
            sent = pickle.loads(b"".join(chunks)) if chunks else None
        except Exception:  # a cut-short or foreign message: look here instead
            return None
        if isinstance(sent, tuple) and len(sent) == 1:
            look = sent[0]
            if look is None or isinstance(look, FirstLook):
                return (look,)
        return None


def look_ahead(path: Path, today: date) -> Ahead:
    """Start the first look at ``path`` in a helper process, where one can be forked.

    Call it before importing anything heavy: the helper starts as a copy of this
    process. Only on Linux, and only while this process has a single thread.
    """
    import threading

    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return Ahead(path, today, None, None)
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return Ahead(path, today, None, None)
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return Ahead(path, today, None, None)
    if pid == 0:  # the helper
        os.close(read_end)
        _helper(path, today, write_end)  # never returns
    os.close(write_end)
    return Ahead(path, today, pid, read_end)


def _helper(path: Path, today: date, fd: int) -> None:
    """Take the look, send it pickled, and leave without running any exit handler."""
    status = 1
    try:
        import pickle
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)  # ctrl+c is for the app to handle
        payload = pickle.dumps((first_look(path, today),), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view) :]
        status = 0
    except BaseException:
        pass
    finally:
        os._exit(status)

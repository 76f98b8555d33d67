"""Loading the store on a thread, started once the first frame is on the terminal.

The app paints its first screen from a first look at the file and only then
loads the store (see ``docs/startup.md``). :class:`StoreLoad` holds that one
load: armed by the first screen, started by the first frame after that, and
waited for by whatever needs the store sooner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.service import CoachService


class StoreLoad:
    """One load of the store: ``loader`` runs on a thread, ``finished`` is called after it."""

    def __init__(self, loader: Callable[[], CoachService], finished: Callable[[], object]) -> None:
        self._loader = loader
        self._finished = finished  # called on the loading thread: it must be thread-safe
        self._future: Future[CoachService] | None = None
        self._armed = False

    def arm(self) -> None:
        """Start at the next frame handed to the terminal (see :meth:`frame_shown`)."""
        if self._future is None:
            self._armed = True

    def frame_shown(self) -> bool:
        """True once, for the first frame after :meth:`arm`: the time to :meth:`start`."""
        due, self._armed = self._armed, False
        return due

    def start(self) -> None:
        """Start the load (once)."""
        if self._future is not None:
            return
        future: Future[CoachService] = Future()
        self._future = future

        def load() -> None:
            try:
                future.set_result(self._loader())
            except BaseException as exc:  # handed to the app, never lost in the thread
                future.set_exception(exc)
            self._finished()

        threading.Thread(target=load, name="coach-load", daemon=True).start()

    def result(self) -> CoachService:
        """The loaded service, waiting for it (and starting the load) if need be."""
        self.start()
        assert self._future is not None
        return self._future.result()

    def error(self) -> BaseException | None:
        """Why the finished load failed, or None."""
        assert self._future is not None and self._future.done()
        return self._future.exception()

"""Saves off the event loop, in the order they were asked for.

Every change goes through the service layer on one background thread, so the
interface never waits on the disk, and a burst of changes (three moves in a
row) reaches the file in the order the keys were pressed. Each job ends in a
message to the app: :class:`~screens.messages.Saved` with its result, or
:class:`~screens.messages.SaveFailed` with the error.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from textual.message_pump import MessagePump

from screens.messages import Saved, SaveFailed


class SerialWriter:
    """One thread that runs save jobs in order and reports each to ``target``."""

    def __init__(self, target: MessagePump) -> None:
        self._target = target
        self._pool: ThreadPoolExecutor | None = None  # made at the first save, not at start

    def submit(
        self,
        job: Callable[[], Any],
        *,
        then: Callable[[Any], object] | None = None,
        success: str | None = None,
    ) -> None:
        """Run ``job`` after the jobs before it; its outcome is posted as a message."""

        def run() -> None:
            try:
                result = job()
            except BaseException as exc:  # reported, never lost in the thread
                self._target.post_message(SaveFailed(exc))
                return
            self._target.post_message(Saved(result, then, success))

        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coach-save")
        self._pool.submit(run)

    def close(self) -> None:
        """Wait for the jobs asked for so far, then stop the thread."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)

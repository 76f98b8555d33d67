"""Saves off the event loop, in the order they were asked for.

Every change goes through the service layer on one background thread, so the
interface never waits on the disk, and a burst of changes (three moves in a
row) reaches the file in the order the keys were pressed. The result, or the
error, comes back to the event loop through ``App.call_from_thread``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.app import App

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

T = TypeVar("T")


class SerialWriter:
    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._pool: ThreadPoolExecutor | None = None  # made at the first save, not at start
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        job: Callable[[], T],
        *,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """Run ``job`` after the jobs before it; call ``done``/``failed`` on the event loop."""
        self._pending += 1

        def run() -> T:
            try:
                result = job()
            except BaseException as exc:
                self._app.call_from_thread(self._finish, failed, exc)
                raise
            self._app.call_from_thread(self._finish, done, result)
            return result

        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coach-save")
        return self._pool.submit(run)

    def _finish(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self._pending -= 1
        if callback is not None:
            callback(value)

    async def settled(self) -> None:
        """Wait, without blocking the event loop, until every submitted save is done."""
        while self._pending:
            await asyncio.sleep(0.01)

    async def close(self) -> None:
        await self.settled()
        if self._pool is not None:
            await asyncio.to_thread(self._pool.shutdown, True)

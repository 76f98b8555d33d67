"""What the app's screens share, handed down to each: the open store, saving, unsaved text.

The app makes one :class:`Session` and gives it to every screen it builds. Before
the store has opened (it opens on a thread after the first frame), ``ready`` is
False and screens show their loading state; :meth:`Session.when_ready` runs an
action once it is open.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from screens.writer import SerialWriter

if TYPE_CHECKING:
    from textual.message_pump import MessagePump

    from coach.service import CoachService


class Session:
    """The store's service once open, the ordered save thread, and the editors to ask."""

    def __init__(self, target: MessagePump, service: CoachService | None = None) -> None:
        self._service = service
        self._writer = SerialWriter(target)
        self._editors: list[Callable[[], bool]] = []
        self._waiting: list[Callable[[], object]] = []
        self.pending = 0  # saves asked for whose outcome the app has not handled yet

    # -- the store ------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """True once the store is open."""
        return self._service is not None

    @property
    def service(self) -> CoachService:
        """The open store's service (screens only ask once ``ready``)."""
        if self._service is None:
            raise RuntimeError("the store is not open yet")
        return self._service

    def opened(self, service: CoachService) -> None:
        """The store is open: keep it, and run what was waiting for it."""
        self._service = service
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()

    def when_ready(self, action: Callable[[], object]) -> None:
        """Run ``action`` now if the store is open, else as soon as it is."""
        if self._service is not None:
            action()
        else:
            self._waiting.append(action)

    # -- saving ---------------------------------------------------------------------

    def save(
        self,
        job: Callable[[], Any],
        *,
        done: Callable[[Any], object] | None = None,
        success: str | None = None,
    ) -> None:
        """Run ``job`` (a service call) on the save thread; ``done`` gets its result."""
        self.pending += 1
        self._writer.submit(job, then=done, success=success)

    def finished(self) -> None:
        """The app has handled the outcome of one save."""
        self.pending -= 1

    @property
    def busy(self) -> bool:
        return self.pending > 0

    async def settled(self) -> None:
        """Wait, without blocking the event loop, until every save asked for is handled."""
        while self.pending:
            await asyncio.sleep(0.01)

    async def close(self) -> None:
        await self.settled()
        await asyncio.to_thread(self._writer.close)
        await asyncio.to_thread(self._fold_log)

    def _fold_log(self) -> None:
        """On a clean exit, the change log is folded into the data file."""
        from coach.errors import CoachError

        service = self._service
        if service is None or service.read_only_reason() is not None:
            return
        with contextlib.suppress(CoachError):  # the changes are saved in the log anyway
            service.compact()

    # -- unsaved text ---------------------------------------------------------------

    def register_editor(self, has_unsaved: Callable[[], bool]) -> None:
        """A screen with an editor tells how to know it holds text that is not saved."""
        self._editors.append(has_unsaved)

    def has_unsaved_text(self) -> bool:
        return any(check() for check in self._editors)

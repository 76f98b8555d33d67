"""What every coach screen shares: the service, saving through the app, refreshing on change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual import events
from textual.screen import Screen

from screens.messages import StoreChanged

if TYPE_CHECKING:
    from coach.service import CoachService
    from screens.app import CoachApp

T = TypeVar("T")


class CoachScreen(Screen[None]):
    """A mode screen. Subclasses implement :meth:`reload` to redraw from the store."""

    @property
    def coach(self) -> CoachApp:
        return self.app  # type: ignore[return-value]

    @property
    def service(self) -> CoachService:
        return self.coach.service

    def save(
        self,
        job: Callable[[], T],
        *,
        done: Callable[[T], None] | None = None,
        success: str | None = None,
    ) -> None:
        """Run a change through the service on the save thread; report the outcome."""
        self.coach.save(job, done=done, success=success)

    def reload(self) -> None:
        """Redraw from the store. Called on mount, on resume and after any change."""

    _reload_queued = False

    def request_reload(self) -> None:
        """Reload once, after the next layout: mount, resume and a change arriving together
        cost one reload, and it runs when the widgets know their sizes."""
        if not self._reload_queued:
            self._reload_queued = True
            self.call_after_refresh(self._queued_reload)

    def _queued_reload(self) -> None:
        if self._reload_queued:
            self._reload_queued = False
            self._current = True
            self.reload()
            # The first screen has its content: the store loads once it is painted.
            self.coach.load_after_paint()

    def flush_reload(self) -> None:
        """Run a queued reload now (before acting on a record the screen may not show yet)."""
        self._queued_reload()

    # True while what is drawn is what the store held at the last reload: a resume
    # right after the mount's reload (every start) then costs nothing.
    _current = False

    # A screen whose reload needs no sizes fills itself at mount, so that its first
    # frame is its full one: one layout and one render instead of two.
    RELOAD_AT_MOUNT = False

    def on_mount(self) -> None:
        self.request_reload()
        if self.RELOAD_AT_MOUNT:
            self.flush_reload()

    _resumed = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self._resumed:
            # Mounting has just styled every widget; restyling the whole screen on its
            # first resume, as Textual would next, only repeats that work.
            self._resumed = True
            event.refresh_styles = False
        if not self._current:
            self.request_reload()

    def on_screen_suspend(self) -> None:
        self._current = False

    def on_store_changed(self, message: StoreChanged) -> None:
        self._current = False
        self.request_reload()

    def _compositor_refresh(self) -> None:
        # Textual (pinned) mounts the first screen inside a batch, during which the app
        # writes nothing, yet a layout refresh there still renders the whole screen,
        # only for the app to drop that frame. Skip that render; the app repaints the
        # screen once the batch ends.
        if self.app._batch_count:
            self.coach.refresh_after_batch(self)
            return
        super()._compositor_refresh()

    def open_target(self, kind: str, record_id: str, **extra: Any) -> None:
        """Go to a record: ("goal"|"aspiration"|"entry", id)."""
        self.coach.open_target(kind, record_id, **extra)

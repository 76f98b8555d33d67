"""What every mode screen shares: the session handed down, saving, redrawing on a change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from screens.messages import OpenRecord, RecordKind, StoreChanged

if TYPE_CHECKING:
    from coach.service import CoachService
    from screens.session import Session


class CoachScreen(Screen[None]):
    """A mode screen. Subclasses implement :meth:`reload` to redraw from the store.

    :meth:`reload` runs only once the store is open; until then the screen shows
    its loading state (:meth:`show_loading`).
    """

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        # True while what is drawn is what the store held at the last reload: a resume
        # right after the mount's reload (every start) then costs nothing.
        self._current = False
        self._reload_queued = False

    @property
    def service(self) -> CoachService:
        return self.session.service

    def save(
        self,
        job: Callable[[], Any],
        *,
        done: Callable[[Any], object] | None = None,
        success: str | None = None,
    ) -> None:
        """Run a change through the service on the save thread; report the outcome."""
        self.session.save(job, done=done, success=success)

    def reload(self) -> None:
        """Redraw from the store. Called on mount, on resume and after any change."""

    def show_loading(self, loading: bool) -> None:
        """Show (or stop showing) that the store is still opening."""

    def request_reload(self) -> None:
        """Reload once, after the next layout: mount, resume and a change arriving together
        cost one reload, and it runs when the widgets know their sizes."""
        if not self.session.ready:
            self.show_loading(True)
            return
        if not self._reload_queued:
            self._reload_queued = True
            self.call_after_refresh(self._queued_reload)

    def _queued_reload(self) -> None:
        if self._reload_queued:
            self._reload_queued = False
            self._current = True
            self.show_loading(False)
            self.reload()
            self.refresh_bindings()  # keys a loading widget hid apply again

    def flush_reload(self) -> None:
        """Run a queued reload now (before acting on a record the screen may not show yet)."""
        self._queued_reload()

    def on_mount(self) -> None:
        self.request_reload()

    def on_screen_resume(self) -> None:
        if not self._current:
            self.request_reload()

    def on_screen_suspend(self) -> None:
        self._current = False

    def on_store_changed(self, message: StoreChanged) -> None:
        self._current = False
        self.request_reload()

    def open_record(self, kind: RecordKind, record_id: str) -> None:
        """Go to a record on its own screen (the app switches there)."""
        self.post_message(OpenRecord(kind, record_id))

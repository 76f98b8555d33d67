"""The full-screen app: one factory, four modes, saves on a background thread.

``make_app(service)`` builds the app over any service (tests hand in one on a
temporary file); :func:`screens.start.run` opens the person's store and starts
it. Each mode's screen module is imported only when that mode is first shown, so
the first paint pays for the dashboard alone.

An app can also start over a first look at the file (:mod:`coach.first_look`)
and a loader: the dashboard paints from the look, and the store is loaded on a
thread after that paint (:mod:`screens.store_loading`). Whatever needs it before
it is ready waits for it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from coach.crashlog import write_crash_log
from coach.errors import CoachError
from screens.commands import CoachCommands
from screens.compact_output import compact
from screens.messages import ServiceLoaded, StoreChanged
from screens.store_loading import StoreLoad
from screens.theme import THEMES, use_coach_theme
from screens.writer import SerialWriter

if TYPE_CHECKING:
    from rich.console import RenderableType

    from coach.first_look import FirstLook
    from coach.service import CoachService

T = TypeVar("T")

# A stat of the data file every two seconds notices another coach's writes
# (`coach journal add` in another shell). It reads nothing unless the file
# changed; the reload then happens on the save thread, in order with saves.
DISK_CHECK_SECONDS = 2.0


# The store starts loading this long after the first frame is handed to the terminal:
# time for the frame to go out whole (see _display).
LOAD_AFTER_FRAME_S = 0.1

SCREENS = Binding.Group("Screens", compact=True)


def _dashboard() -> Screen[Any]:
    from screens.dashboard import DashboardScreen

    return DashboardScreen()


def _reflect() -> Screen[Any]:
    from screens.reflect import ReflectScreen

    return ReflectScreen()


def _aspirations() -> Screen[Any]:
    from screens.aspirations import AspirationsScreen

    return AspirationsScreen()


def _board() -> Screen[Any]:
    from screens.board import BoardScreen

    return BoardScreen()


class CoachApp(App[None]):
    TITLE = "coach"
    CSS_PATH = "app.tcss"
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {
        "dashboard": _dashboard,
        "reflect": _reflect,
        "aspirations": _aspirations,
        "board": _board,
    }
    DEFAULT_MODE = "dashboard"
    COMMANDS = App.COMMANDS | {CoachCommands}
    # The mode keys are always in sight: compact in the key bar, spelled out in the title bar
    # (a narrow key bar cuts off the app's keys, which come after the screen's own).
    SUB_TITLE = "1 Dash 2 Reflect 3 Aspirations 4 Board ? keys"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "switch_mode('dashboard')", "Dashboard", id="go.dashboard", group=SCREENS),
        Binding("2", "switch_mode('reflect')", "Reflect", id="go.reflect", group=SCREENS),
        Binding(
            "3", "switch_mode('aspirations')", "Aspirations", id="go.aspirations", group=SCREENS
        ),
        Binding("4", "switch_mode('board')", "Board", id="go.board", group=SCREENS),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+z", "undo", "Undo", show=False, id="app.undo"),
        Binding("ctrl+y", "redo", "Redo", show=False, id="app.redo"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
    ]

    def __init__(
        self,
        service: CoachService | None = None,
        *,
        loader: Callable[[], CoachService] | None = None,
        first: FirstLook | None = None,
    ) -> None:
        """Over a ready ``service``, or over a ``first`` look at the file while ``loader`` runs."""
        self._held_back: set[Screen[Any]] = set()  # screens to repaint after a batch
        self._colours: dict[str, dict[str, str]] = {}  # see get_css_variables
        super().__init__()
        if (service is None) == (loader is None) or (loader is not None and first is None):
            raise ValueError("give a service, or a loader with a first look at the file")
        self.first = first
        self.load_error: BaseException | None = None
        self._service = service
        self._load = (
            StoreLoad(loader, lambda: self.post_message(ServiceLoaded())) if loader else None
        )
        self.writer = SerialWriter(self)
        self._editors: list[Callable[[], bool]] = []
        use_coach_theme(self)

    def get_css_variables(self) -> dict[str, str]:
        # Textual works the colour system out from the theme on every call: three times
        # before the first frame, once for its own default theme, which coach's replaces
        # in __init__ (screens/theme.py) before anything is parsed. A theme's colours do
        # not change: work them out once per theme, and not at all for the default.
        name = self.theme
        if name not in {theme.name for theme in THEMES}:
            if not self._colours:  # still in App.__init__: this sheet is replaced at once
                return {}
            return super().get_css_variables()
        if name not in self._colours:
            self._colours[name] = super().get_css_variables()
        self.theme_variables = dict(self._colours[name])
        return dict(self._colours[name])

    # -- start and stop ---------------------------------------------------------

    def on_mount(self) -> None:
        if self._service is not None:
            self._warn_if_read_only()
        self.set_interval(DISK_CHECK_SECONDS, self._check_disk)

    def _warn_if_read_only(self) -> None:
        problem = self.service.repo.newer_schema_error()
        if problem is not None:
            self.sub_title = "READ-ONLY · ? keys"
            self.notify(
                str(problem), title="Read-only", severity="warning", timeout=15, markup=False
            )

    # -- loading the store after the first paint ----------------------------------

    @property
    def loaded(self) -> bool:
        """True once the store is loaded (always, for an app made over a service)."""
        return self._service is not None

    @property
    def service(self) -> CoachService:
        """The loaded store's service; waits for the load if it is still running."""
        if self._service is None:
            assert self._load is not None
            self._adopt(self._load.result())
        assert self._service is not None
        return self._service

    def load_after_paint(self) -> None:
        """Start loading the store shortly after the next frame is handed to the terminal."""
        if self._load is not None:
            self._load.arm()

    def refresh_after_batch(self, screen: Screen[Any]) -> None:
        """Repaint ``screen`` once the current batch ends (see ``CoachScreen``)."""
        self._held_back.add(screen)

    def _end_batch(self) -> None:
        super()._end_batch()
        if not self._batch_count and self._held_back:
            held, self._held_back = self._held_back, set()
            for screen in held:
                if screen.is_attached:
                    screen.refresh()

    def _display(self, screen: Screen[Any], renderable: RenderableType | None) -> None:
        # Textual's one place where a frame is handed to the terminal (textual is pinned):
        # whole frames go out with only their style changes (screens/compact_output.py),
        # and loading starts shortly after the first full frame, not while it is drawn.
        super()._display(screen, compact(renderable))
        if renderable is None or self._batch_count:
            return  # nothing was written
        if not gc.isenabled():
            # `coach` starts with the cycle collector off (coach/cli/launch.py): on the
            # first screen it would only re-scan Textual's fresh objects, again and again.
            # Those live as long as the app: keep them out of every later collection.
            gc.freeze()
            gc.enable()
        if self._load is not None and self._load.frame_shown():
            # The load parses the file holding the GIL for tens of milliseconds; started
            # at once, it stalls Textual's writer thread between the pieces the terminal
            # takes the frame in. Whatever needs the store sooner starts it sooner.
            self.set_timer(LOAD_AFTER_FRAME_S, self._load.start)

    def on_service_loaded(self, _: ServiceLoaded) -> None:
        assert self._load is not None
        error = self._load.error()
        if error is not None:
            # The store cannot be used (damaged since the first look, say): leave with
            # its message, as a start on that file would.
            self.load_error = error
            self.exit()
            return
        if self._service is None:
            self._adopt(self._load.result())
            self.announce_change()

    def _adopt(self, service: CoachService) -> None:
        self._service = service
        self._freeze_store()
        self._warn_if_read_only()

    def _freeze_store(self) -> None:
        """Keep the store's records, as just loaded or read again, out of full collections.

        They live as long as the app (or until the file is read again); each full pass
        of the cycle collector would otherwise walk them all, about 100 ms on ten
        thousand entries, every few keystrokes of a search. Only for an app that loads
        its own store, as `coach` does: one made over a service (tests) leaves the
        collector as it is.
        """
        if self._load is not None:
            gc.freeze()

    def register_editor(self, has_unsaved: Callable[[], bool]) -> None:
        """A screen with an editor tells the app how to know it holds unsaved text."""
        self._editors.append(has_unsaved)

    async def action_quit(self) -> None:
        if any(check() for check in self._editors):
            from screens.dialogs import Confirm

            def answered(leave: bool | None) -> None:
                if leave:
                    self.call_later(self._leave)

            self.push_screen(
                Confirm(
                    "You have text that is not saved yet. Quit and lose it?",
                    yes="Quit and discard",
                    no="Keep editing",
                ),
                answered,
            )
            return
        await self._leave()

    async def _leave(self) -> None:
        await self.writer.close()
        self.exit()

    def _fatal_error(self) -> None:
        # Textual's crash report prints local variables, which may hold journal text.
        # Keep the traceback in the private crash log and show one line instead.
        import sys

        exc = sys.exc_info()[1]
        if isinstance(exc, CoachError):
            # A known problem (the store could not be loaded, say): `run` raises it
            # after the terminal is restored, and the front door prints its message.
            self.load_error = exc
            self._close_messages_no_wait()
            return
        log = write_crash_log(exc) if exc is not None else None
        where = f" Details are in {log}." if log else ""
        self.bell()
        self._exit_renderables.append(
            f"coach stopped because of an unexpected error; your saved data is safe.{where}"
        )
        self._close_messages_no_wait()

    # -- saving -----------------------------------------------------------------

    def save(
        self,
        job: Callable[[], T],
        *,
        done: Callable[[T], None] | None = None,
        success: str | None = None,
    ) -> None:
        """Run ``job`` (a service call) on the save thread, then report and refresh."""

        def finished(result: T) -> None:
            if success:
                self.notify(success, markup=False, timeout=3)
            if done is not None:
                done(result)
            self.announce_change()

        self.writer.submit(job, done=finished, failed=self._save_failed)

    def _save_failed(self, exc: BaseException) -> None:
        from coach.store.errors import StoreWriteError

        if isinstance(exc, StoreWriteError):
            self.notify(
                f"{exc} coach keeps the change and saves it as soon as it can.",
                title="Not saved yet",
                severity="error",
                timeout=15,
                markup=False,
            )
        elif isinstance(exc, CoachError):
            self.notify(str(exc), title="Not saved", severity="error", timeout=10, markup=False)
        else:
            log = write_crash_log(exc)
            where = f" Details are in {log}." if log else ""
            self.notify(
                f"Something went wrong and nothing was saved.{where}",
                title="Not saved",
                severity="error",
                timeout=10,
                markup=False,
            )
        self.announce_change()

    def announce_change(self, *, external: bool = False) -> None:
        """Tell the visible screen to redraw from the store."""
        self.screen.post_message(StoreChanged(external=external))

    async def settled(self) -> None:
        """Wait until every save asked for so far is done (used by tests)."""
        await self.writer.settled()

    def _check_disk(self) -> None:
        if not self.loaded:
            # The load under way reads the file as it is by then, and records what it
            # read: the first check after it compares with that. Never wait for it here.
            return
        storage = self.service.repo.storage
        if self.writer.busy:
            return
        if self.service.history.unsaved:
            self.writer.submit(self.service.retry_save, done=self._retried, failed=lambda _: None)
            return
        if not storage.changed_on_disk():
            return

        def reloaded(_: object) -> None:
            self._freeze_store()
            if storage.damage is not None:
                self.notify(
                    f"{storage.damage} coach keeps showing what it had and saves nothing "
                    "until the file is repaired.",
                    title="Data file damaged",
                    severity="error",
                    timeout=20,
                    markup=False,
                )
            self.announce_change(external=True)

        self.writer.submit(storage.read, done=reloaded, failed=self._save_failed)

    def _retried(self, saved: bool) -> None:
        if saved:
            self.notify("Your waiting changes are saved now.", title="Saved", timeout=5)
            self.announce_change()

    # -- actions ------------------------------------------------------------------

    def action_help(self) -> None:
        from screens.help import HelpScreen

        self.push_screen(HelpScreen(self.screen))

    def action_undo(self) -> None:
        self.save(self.service.undo, done=lambda change: self._undone("Undone", change.label))

    def action_redo(self) -> None:
        self.save(self.service.redo, done=lambda change: self._undone("Redone", change.label))

    def _undone(self, verb: str, label: str) -> None:
        self.notify(f"{verb}: {label}", markup=False, timeout=4)

    def _on_mode(self, mode: str, method: str, *args: Any) -> None:
        def call() -> None:
            flush = getattr(self.screen, "flush_reload", None)
            if flush is not None:
                flush()
            handler = getattr(self.screen, method, None)
            if handler is not None:
                handler(*args)

        self.switch_mode(mode)
        self.call_after_refresh(call)

    def action_new_entry(self) -> None:
        self._on_mode("reflect", "start_entry")

    def action_new_aspiration(self) -> None:
        self._on_mode("aspirations", "action_add")

    def action_evaluate(self) -> None:
        self._on_mode("aspirations", "action_evaluate")

    def action_new_goal(self) -> None:
        self._on_mode("board", "action_new_goal")

    def action_export_plan(self) -> None:
        from screens.export import ask_and_export

        ask_and_export(self)

    def open_target(self, kind: str, record_id: str, **_: Any) -> None:
        """Show a record in its screen: a goal on the board, an aspiration, an entry."""
        mode = {"goal": "board", "aspiration": "aspirations", "entry": "reflect"}.get(kind)
        if mode is not None:
            self._on_mode(mode, "select_record", record_id)


def make_app(service: CoachService) -> CoachApp:
    """The one factory: every front-end start and every test builds the app here."""
    return CoachApp(service)

"""The full-screen app: one factory, six modes, the store opened after the first frame.

``make_app(service)`` builds the app over an open store (tests hand in one on a
temporary file); :func:`screens.start.run` builds it over a path, and the app
then opens the store on a thread worker once its first frame is up: the
dashboard paints its panels in their loading state, and fills them when the
worker posts :class:`~screens.messages.StoreOpened`. Each mode's screen module
is imported only when that mode is first shown.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from coach.crashlog import write_crash_log
from coach.errors import CoachError
from coach.text import printable
from screens.commands import CoachCommands
from screens.key_order import KeysInOrderApp
from screens.messages import (
    MODE_OF,
    MODE_OF_RECORD,
    ChangeUndone,
    Evaluate,
    NewAspiration,
    NewGoal,
    OpenRecord,
    OpenScreen,
    Saved,
    SaveFailed,
    ShowRecord,
    StartEntry,
    StoreChanged,
    StoreFailed,
    StoreOpened,
)
from screens.overrides import CrashWithoutLocals
from screens.session import Session
from screens.theme import use_coach_theme

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from coach.service import CoachService

# A stat of the data file every two seconds notices another coach's writes
# (`coach journal add` in another shell): a service call that reads nothing unless
# the file changed; the file is then read again on the save thread, in order with saves.
DISK_CHECK_SECONDS = 2.0

SCREENS = Binding.Group("Screens", compact=True)


class CoachApp(CrashWithoutLocals, KeysInOrderApp):
    TITLE = "coach"
    # The first screen's styles are read with the app's: a screen that brings its own CSS
    # makes Textual parse all of it again, before the first frame. Reflect's too (each of its
    # rules scoped to ReflectScreen): it is the screen opened most, and bringing its own
    # styles cost it one more parse of every rule of the app on the way to its first frame.
    CSS_PATH = ["app.tcss", "dashboard/dashboard.tcss", "journal/reflect.tcss"]
    DEFAULT_MODE = "dashboard"
    COMMANDS = App.COMMANDS | {CoachCommands}
    # The mode keys are always in sight: compact in the key bar, spelled out in the title bar
    # (a narrow key bar cuts off the app's keys, which come after the screen's own).
    SUB_TITLE = "1 Dash 2 Reflect 3 Aspirations 4 Board 5 Interview 6 Review ? keys"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "switch_mode('dashboard')", "Dashboard", id="go.dashboard", group=SCREENS),
        Binding("2", "switch_mode('reflect')", "Reflect", id="go.reflect", group=SCREENS),
        Binding(
            "3", "switch_mode('aspirations')", "Aspirations", id="go.aspirations", group=SCREENS
        ),
        Binding("4", "switch_mode('board')", "Board", id="go.board", group=SCREENS),
        Binding("5", "interview", "Interview", id="go.interview", group=SCREENS),
        Binding("6", "review", "Review", id="go.review", group=SCREENS),
        # f1 too: where the focus takes typing, "?" is a character (the key bar says f1).
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("ctrl+z", "undo", "Undo", show=False, id="app.undo"),
        Binding("ctrl+y", "redo", "Redo", show=False, id="app.redo"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
    ]

    def __init__(
        self,
        service: CoachService | None = None,
        *,
        opener: Callable[[], CoachService] | None = None,
    ) -> None:
        """Over an open ``service``, or over an ``opener`` run on a thread after the first frame."""
        if (service is None) == (opener is None):
            raise ValueError("give an open service, or an opener")
        self.session = Session(self, service)
        self._opener = opener
        self.load_error: BaseException | None = None
        super().__init__()
        session = self.session
        # Each mode's screen is built (and its module imported) when first shown.
        self.add_mode("dashboard", lambda: _screen("dashboard", session))
        self.add_mode("reflect", lambda: _screen("reflect", session))
        self.add_mode("aspirations", lambda: _screen("aspirations", session))
        self.add_mode("board", lambda: _screen("board", session))
        self.add_mode("interview", lambda: _screen("interview", session))
        self.add_mode("review", lambda: _screen("review", session))
        use_coach_theme(self)

    # -- start and stop ---------------------------------------------------------

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_frame_up)
        if self.session.ready:
            self._warn_if_read_only()
        elif self._opener is not None:
            self.call_after_refresh(self._open_store)
        self.set_interval(DISK_CHECK_SECONDS, self._check_disk)

    def _first_frame_up(self) -> None:
        if not gc.isenabled():
            # `coach` starts with the cycle collector off (coach/cli/launch.py): what was
            # made until now lives as long as the app, so it is kept out of every later
            # collection, and the collector runs again from here (once the store's file
            # is parsed, when that is under way on the loading thread).
            from coach.store.codec import resume_cycle_collection

            gc.freeze()
            resume_cycle_collection()
        from screens.settings_notice import settings_notices

        # A wrong setting never stops the app: its default is used, and this says so.
        for notice in settings_notices(self.size.width):
            self.notify(notice, title="Settings", severity="warning", timeout=20, markup=False)

    @work(thread=True, exclusive=True, group="store", exit_on_error=False)
    def _open_store(self) -> None:
        """Open the store (on a thread) and post the outcome."""
        assert self._opener is not None
        from coach.store.codec import no_cycle_collection

        try:
            # Nothing the opening makes has cycles to free, and what it reads lives as
            # long as the app: frozen here, before a young pass walks it all once more.
            with no_cycle_collection():
                service = self._opener()
                gc.freeze()
        except BaseException as exc:
            self.post_message(StoreFailed(exc))
            return
        self.post_message(StoreOpened(service))

    def on_store_opened(self, message: StoreOpened) -> None:
        if self._opener is not None:
            # The records just read live as long as the app: each full pass of the cycle
            # collector would walk them all (about 100 ms on ten thousand entries, every
            # few keystrokes of a search).
            gc.freeze()
        self.session.opened(message.service)
        self._warn_if_read_only()
        self.announce_change()
        # Once the screen has filled: the first search in Reflect is then as quick as the next.
        self.call_after_refresh(self._warm_search, message.service)

    @work(thread=True, group="store", exit_on_error=False)
    def _warm_search(self, service: CoachService) -> None:
        service.journal.warm_search()

    def on_store_failed(self, message: StoreFailed) -> None:
        # The store cannot be used (damaged, unreadable, a bad $COACH_NOW): leave with its
        # message, printed by the front door once the terminal is restored.
        self.load_error = message.error
        self.exit(return_code=1)

    def _warn_if_read_only(self) -> None:
        problem = self.session.service.read_only_reason()
        if problem is not None:
            self.sub_title = "READ-ONLY · ? keys"
            self.notify(
                str(problem), title="Read-only", severity="warning", timeout=15, markup=False
            )

    async def action_quit(self) -> None:
        if self.session.has_unsaved_text():
            from screens.widgets.dialogs import Confirm

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
        await self.session.close()
        self.exit()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Show a notification; every one passes here, screens' and widgets' too.

        Notes quote names the person typed (an undone move names its goal), so the text is
        made printable and never read as markup, whoever sent it.
        """
        super().notify(
            printable(message),
            title=printable(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def crashed(self, exc: BaseException) -> str:
        """What the person reads when coach stops on an unexpected error (see overrides)."""
        log = write_crash_log(exc)
        where = f" Details are in {log}." if log else ""
        return f"coach stopped because of an unexpected error; your saved data is safe.{where}"

    # -- saving -----------------------------------------------------------------

    def on_saved(self, message: Saved) -> None:
        self.session.finished()
        if message.success:
            self.notify(message.success, markup=False, timeout=3)
        if message.then is not None:
            message.then(message.result)
        self.announce_change()

    def on_save_failed(self, message: SaveFailed) -> None:
        from coach.store.errors import StoreWriteError

        self.session.finished()
        exc = message.error
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
        await self.session.settled()

    def _check_disk(self) -> None:
        session = self.session
        if not session.ready or session.busy:
            return
        service = session.service
        if service.unsaved:
            session.save(service.retry_save, done=self._retried)
            return
        if not service.changed_on_disk():
            return

        def read_again(damage: object) -> None:
            if self._opener is not None:
                gc.freeze()  # the records read again live on too (see on_store_opened)
            if damage is not None:
                self.notify(
                    f"{damage} coach keeps showing what it had and saves nothing "
                    "until the file is repaired.",
                    title="Data file damaged",
                    severity="error",
                    timeout=20,
                    markup=False,
                )

        session.save(service.read_again, done=read_again)

    def _retried(self, saved: object) -> None:
        if saved:
            self.notify("Your waiting changes are saved now.", title="Saved", timeout=5)

    # -- actions ------------------------------------------------------------------

    def action_help(self) -> None:
        from screens.help import HelpScreen

        self.push_screen(HelpScreen(self.screen))

    def action_undo(self) -> None:
        self.session.when_ready(
            lambda: self.session.save(
                self.session.service.undo, done=lambda change: self._undone("Undone", change)
            )
        )

    def action_redo(self) -> None:
        self.session.when_ready(
            lambda: self.session.save(
                self.session.service.redo, done=lambda change: self._undone("Redone", change)
            )
        )

    def _undone(self, verb: str, change: Any) -> None:
        self.notify(f"{verb}: {change.label}", markup=False, timeout=4)
        # Before the StoreChanged that follows: the screen redraws with them in view.
        back = tuple(
            (step.table, step.id)
            for step in change.steps
            if (step.before if verb == "Undone" else step.after) is not None
        )
        self.screen.post_message(ChangeUndone(back))

    def _hand_to(self, mode: str, request: Message) -> None:
        """Switch to ``mode`` and hand its screen ``request`` once the store is open."""

        def deliver() -> None:
            self.switch_mode(mode)
            self.call_after_refresh(self.screen.post_message, request)

        self.session.when_ready(deliver)

    def action_new_entry(self) -> None:
        self._hand_to(MODE_OF[StartEntry], StartEntry())

    def action_new_aspiration(self) -> None:
        self._hand_to(MODE_OF[NewAspiration], NewAspiration())

    def action_evaluate(self) -> None:
        self._hand_to(MODE_OF[Evaluate], Evaluate())

    def action_new_goal(self) -> None:
        self._hand_to(MODE_OF[NewGoal], NewGoal())

    def action_interview(self) -> None:
        self.session.when_ready(lambda: self.switch_mode("interview"))

    def action_review(self) -> None:
        self.session.when_ready(lambda: self.switch_mode("review"))

    def action_export_plan(self) -> None:
        from screens.export import ask_and_export

        self.session.when_ready(lambda: ask_and_export(self, self.session))

    def on_open_record(self, message: OpenRecord) -> None:
        self._hand_to(MODE_OF_RECORD[message.kind], ShowRecord(message.kind, message.record_id))

    def on_open_screen(self, message: OpenScreen) -> None:
        self.switch_mode(message.mode)


def _screen(mode: str, session: Session) -> Screen[Any]:
    """The screen of ``mode``, its module imported now."""
    if mode == "dashboard":
        from screens.dashboard.screen import DashboardScreen

        return DashboardScreen(session)
    if mode == "reflect":
        from screens.journal.screen import ReflectScreen

        return ReflectScreen(session)
    if mode == "aspirations":
        from screens.aspirations.screen import AspirationsScreen

        return AspirationsScreen(session)
    if mode == "interview":
        from screens.interview.screen import InterviewScreen

        return InterviewScreen(session)
    if mode == "review":
        from screens.review.screen import ReviewScreen

        return ReviewScreen(session)
    from screens.board.screen import BoardScreen

    return BoardScreen(session)


def make_app(
    service: CoachService | None = None, *, opener: Callable[[], CoachService] | None = None
) -> CoachApp:
    """The one factory: over an open store (tests), or over an opener (``coach``)."""
    return CoachApp(service, opener=opener)

"""The Dashboard, the first screen: where things stand and what to do next.

Four sections, each a list you can tab to: active aspirations with progress
rolled up from their goals, goals overdue or due in the next 30 days, the
coach's nudges, and the journal's weekly rhythm with the store's counts.
Enter on any row opens what it is about. A store with nothing in it yet shows
a welcome that says where to begin.

Until the store is loaded (it loads after the first paint), the dashboard
draws from the app's first look at the file; then from the store on each
:meth:`reload`. See :mod:`coach.coaching.overview`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from screens.base import CoachScreen
from screens.key_bar import KeyBar
from screens.title_bar import TitleBar
from screens.widgets.dashboard_rows import (
    aspiration_prompt,
    deadline_prompt,
    note,
    nudge_prompt,
)

if TYPE_CHECKING:
    from coach.coaching.overview import Snapshot
    from screens.widgets.row_list import RowList
    from screens.widgets.streak import JournalPanel

# A row as a section lists it: its id, its text, and where enter goes: ("goal" or
# "aspiration", id), ("mode", mode) for a screen, or None for Reflect.
Listed = tuple[str, Content, tuple[str, str] | None]

WELCOME = """\
[b]Welcome to coach.[/b]

Nothing is written here yet. Three good ways to begin:

  [b $accent]w[/]  Write a few lines about where your work stands today.
  [b $accent]a[/]  Name an aspiration: where you want your career to go.
  [b $accent]g[/]  Put a first goal on the board, a milestone on the way.

Keys [b]2[/b], [b]3[/b] and [b]4[/b] open the Reflect, Aspirations and Board screens.
Rather be walked through it? Quit with [b]ctrl+q[/b] and run [b]coach wizard[/b].
Press [b]?[/b] on any screen to see its keys."""


def _more(total: int, what: str, mode: str) -> list[Listed]:
    """The last row of a list cut at ``ROWS_SHOWN``: how many more, and enter shows them."""
    from coach.coaching.overview import ROWS_SHOWN

    if total <= ROWS_SHOWN:
        return []
    names = {"aspirations": "Aspirations (3)", "board": "Board (4)"}
    text = f"{total - ROWS_SHOWN} more {what}: enter opens the {names[mode]}"
    return [(f"more:{mode}", note(text), ("mode", mode))]


def _count(nudges: int) -> str:
    return "1 nudge" if nudges == 1 else f"{nudges} nudges"


class DashboardScreen(CoachScreen):
    TITLE = "Dashboard"
    CSS_PATH = "dashboard.tcss"
    AUTO_FOCUS = "#aspirations"
    RELOAD_AT_MOUNT = True  # its rows have fixed widths (see dashboard_rows.BAR_WIDTH)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "w",
            "app.new_entry",
            "Write",
            id="dashboard.write",
            tooltip="Write a journal entry (Reflect)",
        ),
        Binding(
            "a",
            "app.new_aspiration",
            "New aspiration",
            id="dashboard.new_aspiration",
            tooltip="Name a new aspiration",
        ),
        Binding("g", "app.new_goal", "New goal", id="dashboard.new_goal", tooltip="Add a goal"),
        Binding(
            "tab",
            "app.focus_next",
            "Next section",
            show=False,
            id="dashboard.next_section",
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous section",
            show=False,
            id="dashboard.previous_section",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        # Option id -> where enter goes: ("goal"|"aspiration", id), ("mode", mode) to open a
        # screen, or None for Reflect.
        self._targets: dict[str, tuple[str, str] | None] = {}
        # Per list, what it shows now (ids and text), to skip refilling an unchanged list.
        self._shown: dict[str, tuple[object, ...]] = {}

    def compose(self) -> ComposeResult:
        yield TitleBar()
        # The first paint composes one or the other; the welcome comes back if need be.
        if self._nothing_stored():
            self.add_class("-welcome")
            yield Static(WELCOME, id="welcome")
        else:
            yield from self._sections()
        yield KeyBar()

    @staticmethod
    def _sections() -> list[Widget]:
        # The screen itself lays the sections out on its grid (dashboard.tcss): a grid
        # container would be one more widget, drawn in full under them, on every frame.
        from screens.widgets.item_list import ItemList
        from screens.widgets.streak import JournalPanel

        return [
            ItemList(id="aspirations", classes="section"),
            ItemList(id="deadlines", classes="section"),
            ItemList(id="nudges", classes="section", wrap=True, separated=True),
            JournalPanel(id="journal", classes="section"),
        ]

    def _show_welcome(self, shown: bool) -> None:
        self.set_class(shown, "-welcome")
        self.query(".section").set(display=not shown)
        found = self.query("#welcome")
        if found:
            found.set(display=shown)
        elif shown:
            self.mount(Static(WELCOME, id="welcome"), before=self.query_one(KeyBar))

    async def _add_sections(self) -> None:
        await self.mount_all(self._sections(), before=self.query_one(KeyBar))
        self.reload()

    # -- reading the store ------------------------------------------------------

    def _nothing_stored(self) -> bool:
        """True when the store holds no aspiration, goal or journal entry at all."""
        coach = self.coach
        if coach.loaded:
            repo = coach.service.repo
            return not any(repo.raw_table(name) for name in ("aspirations", "goals", "journal"))
        assert coach.first is not None
        return coach.first.nothing_stored

    def snapshot(self) -> Snapshot:
        """Everything the dashboard shows: from the loaded store, or from the first look."""
        coach = self.coach
        if coach.loaded:
            from coach.coaching.overview import from_service, snapshot

            service = coach.service
            return snapshot(from_service(service), service.clock().date())
        first = coach.first
        assert first is not None and first.snapshot is not None
        return first.snapshot

    def reload(self) -> None:
        if self._nothing_stored():
            self._show_welcome(True)
            return
        if not self.query(".section"):
            self.call_later(self._add_sections)
            return
        snap = self.snapshot()
        self._show_welcome(snap.empty)
        if snap.empty:
            return
        if self.focused is None:
            # The welcome had nothing to focus; now there is something to look at.
            self.set_focus(self.query_one("#aspirations"))
        self._fill_sections(snap)

    def _fill_sections(self, snap: Snapshot) -> None:
        from coach.coaching.overview import DUE_SOON_DAYS
        from coach.coaching.rhythm import WEEKS
        from screens.widgets.streak import JournalPanel

        self._targets.clear()
        aspirations: list[Listed] = [
            (f"a:{row.id}", aspiration_prompt(row), ("aspiration", row.id))
            for row in snap.aspirations
        ]
        active = snap.counts.active_aspirations
        self._fill(
            "#aspirations",
            ("Aspirations", f"{active} active"),
            aspirations + _more(active, "active aspirations", "aspirations"),
            "No active aspirations. Press a to name where you want to go.",
        )
        deadlines: list[Listed] = [
            (f"g:{row.id}", deadline_prompt(row, snap.today), ("goal", row.id))
            for row in snap.deadlines
        ]
        self._fill(
            "#deadlines",
            ("Deadlines", f"{snap.overdue} overdue · {snap.due_soon} due soon"),
            deadlines + _more(snap.overdue + snap.due_soon, "goals due", "board"),
            f"Nothing overdue, nothing due in the next {DUE_SOON_DAYS} days.",
        )
        shown = snap.nudges
        more = f"first {len(shown)} of {snap.nudge_count}"
        self._fill(
            "#nudges",
            ("The coach suggests", more if len(shown) < snap.nudge_count else _count(len(shown))),
            [(f"n:{i}", nudge_prompt(n), n.target) for i, n in enumerate(shown)],
            "Nothing needs your attention right now.",
        )
        panel = self.query_one(JournalPanel)
        panel.border_title = f"Journal, last {WEEKS} weeks"
        panel.show(snap.journal, snap.counts)

    def _fill(
        self,
        selector: str,
        titles: tuple[str, str],
        rows: list[Listed],
        when_empty: str,
    ) -> None:
        """Refill one list, keeping the highlight on the same record when it is still there."""
        from screens.widgets.row_list import Row, RowList

        options = self.query_one(selector, RowList)
        options.border_title, options.border_subtitle = titles
        for oid, _, target in rows:
            self._targets[oid] = target
        # Most changes leave most lists as they were: keep those untouched, since
        # laying out a list of wrapped rows is the costly part of a redraw.
        signature = tuple((oid, prompt.plain) for oid, prompt, _ in rows) or (when_empty,)
        if self._shown.get(selector) == signature:
            return
        self._shown[selector] = signature
        options.show([Row(oid, prompt) for oid, prompt, _ in rows] or [Row(None, note(when_empty))])

    # -- going places -----------------------------------------------------------

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        oid = event.row_id
        if oid not in self._targets:
            return
        target = self._targets[oid]
        if target is None:
            self.app.switch_mode("reflect")
        elif target[0] == "mode":  # a "more" row: the whole list is on that screen
            self.app.switch_mode(target[1])
        else:
            self.open_target(*target)

    def on_journal_panel_opened(self, event: JournalPanel.Opened) -> None:
        event.stop()
        self.app.switch_mode("reflect")

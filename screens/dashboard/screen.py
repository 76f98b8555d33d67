"""The Dashboard, the first screen: where things stand and what to do next.

Four sections, each a list you can tab to: active aspirations with progress
rolled up from their goals, goals overdue or due in the next 30 days, the
coach's nudges, and the journal's weekly rhythm with the store's counts and the
next review (a review that is due is also the first nudge; 6 holds one).
Enter on any row opens what it is about. A store with nothing in it yet shows
a welcome that says where to begin.

The first frame shows the sections in their loading state; they fill once the
store has opened (see :mod:`screens.app`), and again after every change, from
one :func:`coach.coaching.overview.snapshot`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from screens.base import CoachScreen
from screens.dashboard.journal_panel import JournalPanel
from screens.dashboard.rows import aspiration_prompt, deadline_prompt, note, nudge_prompt
from screens.messages import OpenScreen
from screens.widgets.key_bar import KeyBar
from screens.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from coach.coaching.overview import Snapshot
    from screens.session import Session

# A row as a section lists it: its id, its text, and where enter goes: ("goal" or
# "aspiration", id), ("mode", mode) for a whole screen, or None for a note.
Target = tuple[str, str] | None
Listed = tuple[str, Content, Target]

WELCOME = """\
[b]Welcome to coach.[/b]

Nothing is written here yet. Three good ways to begin:

  [b $accent]w[/]  Write a few lines about where your work stands today.
  [b $accent]a[/]  Name an aspiration: where you want your career to go.
  [b $accent]g[/]  Put a first goal on the board, a milestone on the way.

Keys [b]2[/b], [b]3[/b] and [b]4[/b] open the Reflect, Aspirations and Board screens.
Rather be walked through it? Quit with [b]ctrl+q[/b] and run [b]coach wizard[/b].
Press [b]?[/b] on any screen to see its keys."""


# The panels, in the grid's order, with their titles.
TITLES = {
    "aspirations": "Aspirations",
    "deadlines": "Deadlines",
    "nudges": "The coach suggests",
    "journal": "Journal, last 12 weeks",
}
LOADING = "Opening your plan…"


def _more(total: int, what: str, mode: str) -> list[Listed]:
    """The last row of a list cut at ``ROWS_SHOWN``: how many more, and enter shows them."""
    from coach.coaching.overview import ROWS_SHOWN

    if total <= ROWS_SHOWN:
        return []
    names = {"aspirations": "Aspirations (3)", "board": "Board (4)"}
    text = f"{total - ROWS_SHOWN} more {what}: enter opens the {names[mode]}"
    return [(f"more:{mode}", note(text), ("mode", mode))]


def review_line(snap: Snapshot) -> str:
    """When the next review is, and the run of reviews kept on time."""
    from coach.coaching.pace import day_text

    review = snap.review
    if review is None:
        return ""
    if review.late > 0:
        when = f"{review.late} day{'s' * (review.late != 1)} late"
    elif review.late == 0:
        when = "due today"
    else:
        when = f"on {day_text(review.day)}"
    run = f", {snap.reviews_kept} kept on time in a row" if snap.reviews_kept else ""
    return f"Next review: {review.kind}, {when}{run} (6)"


def _count(nudges: int) -> str:
    return "1 nudge" if nudges == 1 else f"{nudges} nudges"


class Section(OptionList):
    """A dashboard section: a list whose enter opens the highlighted item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "select",
            "Open",
            key_display="⏎",
            id="dashboard.open",
            tooltip="Open the highlighted item in its screen",
        )
    ]


class DashboardScreen(CoachScreen):
    TITLE = "Dashboard"  # its styles (dashboard.tcss) are read with the app's
    AUTO_FOCUS = "#aspirations"
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

    def compose(self) -> ComposeResult:
        # The first frame comes before the store is open: each panel, titled, says so.
        yield TitleBar()
        for name, title in TITLES.items():
            loading = note(LOADING)
            section: Widget = (
                JournalPanel(loading, id=name)
                if name == "journal"
                else Section(Option(loading, disabled=True), id=name)
            )
            section.add_class("section")
            section.border_title = title
            yield section
        yield KeyBar()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        # Option id -> where enter goes.
        self._targets: dict[str, Target] = {}
        # Per list, what it shows now (ids and text), to skip refilling an unchanged list.
        self._shown: dict[str, tuple[object, ...]] = {}

    # -- the store ----------------------------------------------------------------

    def _show_welcome(self, shown: bool) -> None:
        self.set_class(shown, "-welcome")
        self.query(".section").set(display=not shown)
        found = self.query("#welcome")
        if found:
            found.set(display=shown)
        elif shown:
            self.mount(Static(WELCOME, id="welcome"), before=self.query_one(KeyBar))

    def reload(self) -> None:
        from coach.coaching.overview import snapshot

        snap = snapshot(self.service)
        self._show_welcome(snap.empty)
        if snap.empty:
            return
        if self.focused is None:
            # The welcome had nothing to focus; now there is something to look at.
            self.set_focus(self.query_one("#aspirations"))
        self._fill_sections(snap)

    def _fill_sections(self, snap: Snapshot) -> None:
        from coach.coaching.overview import DUE_SOON_DAYS

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
            # These two panels keep each line on its line: the note says its own breaks.
            "No active aspirations.\nPress a to name where you want to go.",
        )
        deadlines: list[Listed] = [
            (f"g:{row.id}", deadline_prompt(row, snap.today), ("goal", row.id))
            for row in snap.deadlines
        ]
        self._fill(
            "#deadlines",
            ("Deadlines", f"{snap.overdue} overdue · {snap.due_soon} due soon"),
            deadlines + _more(snap.overdue + snap.due_soon, "goals due", "board"),
            f"Nothing overdue, nothing\ndue in the next {DUE_SOON_DAYS} days.",
        )
        shown = snap.nudges
        more = f"first {len(shown)} of {snap.nudge_count}"
        self._fill(
            "#nudges",
            ("The coach suggests", more if len(shown) < snap.nudge_count else _count(len(shown))),
            # A nudge about no record (the journal's) opens Reflect.
            [
                (f"n:{i}", nudge_prompt(n), n.target or ("mode", "reflect"))
                for i, n in enumerate(shown)
            ],
            "Nothing needs your attention right now.",
            separated=True,
        )
        self.query_one(JournalPanel).show(snap.journal, snap.counts, review_line(snap))

    def _fill(
        self,
        selector: str,
        titles: tuple[str, str],
        rows: list[Listed],
        when_empty: str,
        *,
        separated: bool = False,
    ) -> None:
        """Refill one list, keeping the highlight on the same record when it is still there."""
        section = self.query_one(selector, Section)
        section.border_title, section.border_subtitle = titles
        for oid, _, target in rows:
            self._targets[oid] = target
        # Most changes leave most lists as they were: keep those untouched.
        signature = tuple((oid, prompt.plain) for oid, prompt, _ in rows) or (when_empty,)
        if self._shown.get(selector) == signature:
            return
        self._shown[selector] = signature
        kept = section.highlighted_option.id if section.highlighted_option else None
        options: list[Option | None] = []
        for n, (oid, prompt, _) in enumerate(rows):
            if separated and n:
                options.append(None)
            options.append(Option(prompt, id=oid))
        if not options:
            options = [Option(note(when_empty), disabled=True)]
        # Rows stay on their line (an ellipsis ends a long title); a note saying the list
        # is empty is a sentence, and wraps.
        section.set_class(not rows, "empty")
        section.set_options(options)
        ids = [oid for oid, _, _ in rows]
        if kept is None or kept not in ids:
            kept = ids[0] if ids else None  # a fresh list starts on its first row
        if kept is not None:
            section.highlighted = section.get_option_index(kept)

    # -- going places -----------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self._targets.get(event.option.id or "")
        if target is None:
            return
        kind, value = target
        if kind == "review":  # the review-due nudge
            self.post_message(OpenScreen("review"))
        elif kind == "goal":
            self.open_record("goal", value)
        elif kind == "aspiration":
            self.open_record("aspiration", value)
        else:  # a "more" row, or a nudge about the journal: that whole screen
            self.post_message(OpenScreen(value))

    def on_journal_panel_opened(self, event: JournalPanel.Opened) -> None:
        event.stop()
        self.post_message(OpenScreen("reflect"))

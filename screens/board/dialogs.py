"""The board's own dialogs: choose one value from a list, and read a goal whole.

:class:`PickOne` hands back the chosen value (``""`` for "all", ``None`` when
cancelled); the board uses it for the aspiration and tag filters.
:class:`GoalDetail` shows every SMART part of a goal and its progress over time,
read-only, and hands back what the person asked for (edit, log or change an entry); an
entry deleted there is deleted with the view left open on the goal, redrawn from the
store. :func:`show_goal` opens it and does the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from coach.coaching.charts import MAX_WIDTH
from coach.coaching.progress import move_text
from coach.errors import CoachError
from coach.models import Column, Goal, ProgressEntry
from coach.quantities import of_target
from coach.text import count, one_line
from screens.messages import StoreChanged
from screens.widgets.literal import literal, styled
from screens.widgets.text_chart import TextChart

if TYPE_CHECKING:
    from screens.base import CoachScreen

# What the goal view shows that a change can move: the goal, its pace, entries, chart.
Facts = tuple[Goal, str, list[ProgressEntry], Callable[[int], list[str]]]


class PickOne(ModalScreen[str | None]):
    """A short list to choose from: enter picks, escape cancels (``None``)."""

    DEFAULT_CSS = """
    PickOne { align: center middle; }
    PickOne > Vertical {
        width: 64;
        max-width: 100%;
        height: auto;
        max-height: 80%;
        padding: 0 1;
        border: round $primary;
        background: $surface;
    }
    PickOne #question { padding: 0 0 1 0; text-style: bold; }
    PickOne OptionList { height: auto; max-height: 20; border: none; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="pick.cancel")]

    def __init__(
        self, question: str, choices: Sequence[tuple[str, str]], *, current: str = ""
    ) -> None:
        """``choices`` are (value, label) pairs; the value ``""`` stands for "all"."""
        super().__init__()
        self.question = question
        self.choices = list(choices)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(literal(self.question), id="question")
            yield OptionList(
                *(
                    Option(Content(one_line(label, 60)), id=f"choice-{n}")
                    for n, (_, label) in enumerate(self.choices)
                )
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        values = [value for value, _ in self.choices]
        options.highlighted = values.index(self.current) if self.current in values else 0
        self.set_focus(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.choices[event.option_index][0])

    def action_cancel(self) -> None:
        self.dismiss(None)


class GoalDetail(ModalScreen[str | None]):
    """Everything about one goal, read-only, with its progress over time.

    ``e`` hands back "edit", ``p`` "progress" (log a value); on a logged entry,
    enter hands back "change:ID" and ``x`` "delete:ID"; escape closes.
    """

    DEFAULT_CSS = """
    GoalDetail { align: center middle; }
    GoalDetail > VerticalScroll {
        width: 90;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        padding: 0 1;
        border: round $primary;
        border-title-style: bold;
        background: $surface;
    }
    GoalDetail .part { text-style: bold; color: $primary; margin-top: 1; }
    GoalDetail .muted { color: $text-muted; }
    GoalDetail #statement { text-style: bold; }
    GoalDetail #entries { height: auto; max-height: 8; border: none; }
    GoalDetail #chart { margin-top: 1; }
    """
    BINDINGS = [
        Binding("escape,enter,q", "close", "Close", id="detail.close"),
        Binding("e", "edit", "Edit", id="detail.edit"),
        Binding("p", "progress", "Log progress", id="detail.progress"),
        Binding("x", "delete_entry", "Delete entry", id="detail.delete_entry"),
        # The app's undo does not reach past a modal: an entry deleted here comes back here.
        Binding("ctrl+z", "app.undo", "Undo", show=False, id="detail.undo"),
    ]

    def __init__(
        self,
        goal: Goal,
        column: Column | None,
        aspiration: str,
        *,
        verdict: str = "",
        entries: Sequence[ProgressEntry] = (),
        chart: Callable[[int], Sequence[str]] | None = None,
        delete: Callable[[str], object] | None = None,
        facts: Callable[[], Facts] | None = None,
    ) -> None:
        super().__init__()
        self.goal = goal
        self.column = column
        self.aspiration = aspiration
        self.verdict = verdict
        self.entries = list(entries)
        self.chart = chart
        self._delete = delete
        self._facts = facts
        self._at: int | None = None  # the entry to come back to once it has been redrawn

    def compose(self) -> ComposeResult:
        goal = self.goal
        with VerticalScroll() as box:
            box.border_title = "Goal"
            box.can_focus = True
            yield Static(literal(goal.statement), id="statement")
            yield Static(
                styled(
                    "in $column · for $aspiration",
                    column=self.column.name if self.column else goal.column,
                    aspiration=self.aspiration or "no aspiration",
                ),
                classes="muted",
            )
            if goal.tags:
                yield Static(literal(" ".join(f"#{t}" for t in goal.tags)), classes="muted")
            yield Label("Progress over time", classes="part")
            yield Static(literal(f"Pace: {self.verdict}" if self.verdict else "–"))
            if self.entries:
                yield OptionList(
                    *(
                        Option(Content(_entry_line(e, self.goal.measurable.unit)))
                        for e in self.entries
                    ),
                    id="entries",
                )
            else:
                yield Static("Nothing logged yet: p logs where it stands.", classes="muted")
            if self.chart is not None and self.chart(MAX_WIDTH):
                yield TextChart(self.chart, id="chart")
            for title, lines in self._parts():
                yield Label(title, classes="part")
                for line in lines or ["–"]:
                    yield Static(literal(line))
            box.border_subtitle = "p log progress · e edit · esc close" + (
                " · enter/x change/delete an entry" if self.entries else ""
            )

    def on_mount(self) -> None:
        self._focus()

    def _focus(self) -> None:
        found = self.query("#entries")
        if self._at is not None and found and self.entries:
            listing = found.first(OptionList)
            listing.highlighted = min(self._at, len(self.entries) - 1)
            self.set_focus(listing)
        else:
            self.set_focus(self.query_one(VerticalScroll))

    async def on_store_changed(self, message: StoreChanged) -> None:
        """An entry deleted here (or brought back with ctrl+z): show the goal as it is now."""
        if self._facts is None:
            return
        try:
            self.goal, self.verdict, self.entries, self.chart = self._facts()
        except CoachError:  # the goal itself is gone (another coach deleted it)
            self.dismiss(None)
            return
        await self.recompose()
        self._focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(f"change:{self.entries[event.option_index].id}")

    def action_progress(self) -> None:
        self.dismiss("progress")

    def action_delete_entry(self) -> None:
        found = self.query("#entries")
        if not found:
            return
        listing = found.first(OptionList)
        if self.focused is listing and listing.highlighted is not None:
            entry_id = self.entries[listing.highlighted].id
            if self._delete is None:
                self.dismiss(f"delete:{entry_id}")
                return
            self._at = listing.highlighted  # the view stays, on the entry after it
            self._delete(entry_id)
        else:
            self.notify("Move to a logged entry first (tab), then press x.", markup=False)

    def _parts(self) -> list[tuple[str, list[str]]]:
        goal = self.goal
        m = goal.measurable
        measured = []
        if m.metric or m.target is not None:
            amount = (
                of_target(m.current, m.target, m.unit) if m.target is not None else "no target yet"
            )
            measured.append(f"{m.metric or 'progress'}: {amount}")
        if m.priority:
            measured.append(f"priority: {m.priority}")
        obstacles = []
        for o in goal.achievable.obstacles:
            delay = f" (could delay it {count(o.delay_weeks, 'week')})" if o.delay_weeks else ""
            obstacles.append(f"• {o.description}{delay}")
            if o.plan:
                obstacles.append(f"  plan: {o.plan}")
        realistic = []
        if goal.realistic.leads_to:
            realistic.append(f"leads to the aspiration because: {goal.realistic.leads_to}")
        if goal.realistic.let_go:
            realistic.append(f"will let go of: {goal.realistic.let_go}")
        timeline = [f"deadline: {goal.deadline.isoformat() if goal.deadline else 'none yet'}"]
        timeline += [move_text(move) for move in goal.date_moves]
        timeline.append(f"created {goal.created.date().isoformat()}")
        if goal.started:
            timeline.append(f"started {goal.started.date().isoformat()}")
        if goal.done:
            timeline.append(f"done {goal.done.date().isoformat()}")
        parts = [
            ("Specific", [goal.specific] if goal.specific else []),
            ("Measurable", measured),
            ("Achievable", obstacles),
            ("Realistic", realistic),
            ("Time-bound", timeline),
        ]
        if goal.notes:
            parts.append(("Notes", [goal.notes]))
        return parts

    def action_close(self) -> None:
        self.dismiss(None)

    def action_edit(self) -> None:
        self.dismiss("edit")


def _entry_line(entry: ProgressEntry, unit: str) -> str:
    from coach.coaching.pace import entry_text

    return one_line(entry_text(entry, unit), 80)


def show_goal(
    screen: CoachScreen,
    goal: Goal,
    column: Column | None,
    aspiration: str,
    *,
    edit: Callable[[], object],
) -> None:
    """Open :class:`GoalDetail` with the goal's progress, and do what it hands back:
    ``edit`` the goal, log progress, or change or delete a logged entry."""
    from screens.widgets.progress_dialogs import burnup_chart, log_progress

    progress = screen.service.progress
    goals = screen.service.goals
    entries = progress.of_goal(goal.id)

    def facts() -> Facts:
        fresh = goals.get(goal.id)
        logged = progress.of_goal(goal.id)
        found = progress.pace(fresh, logged)
        return fresh, found.verdict, logged, burnup_chart(fresh, found, screen.service.today())

    def delete(entry_id: str) -> None:
        screen.save(
            lambda: progress.delete(entry_id), success="Entry deleted (ctrl+z brings it back)."
        )

    def closed(answer: str | None) -> None:
        if answer == "edit":
            edit()
        elif answer == "progress":
            log_progress(screen, goal)
        elif answer and answer.startswith("change:"):
            log_progress(screen, goal, progress.get(answer.removeprefix("change:")))

    found = progress.pace(goal, entries)
    detail = GoalDetail(
        goal,
        column,
        aspiration,
        verdict=found.verdict,
        entries=entries,
        chart=burnup_chart(goal, found, screen.service.today()),
        delete=delete,
        facts=facts,
    )
    screen.app.push_screen(detail, closed)

"""The Review screen (6): a weekly, monthly or quarterly look at the plan, in the app.

It follows the method's order, top to bottom: what moved since the last review; the
goals due soon or overdue, each acted on where it stands (``p`` log progress, ``o``
plan around an obstacle, ``m`` move the date with a reason, ``g`` let it go); one
reflection prompt to answer; the aspirations not evaluated for 90 days, with their
scores so far (``enter`` opens the checklist); and the day of the next review.
``ctrl+s`` keeps the review (a journal entry linked to the goals it touched, and the
review record). Each action is saved as it is confirmed, so leaving before ``ctrl+s``
keeps them and keeps no review; ``k`` switches the kind of review.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from coach.coaching.pace import day_text
from coach.config import settings
from coach.models import REVIEW_KINDS, Achievable, Goal, Obstacle
from coach.quantities import amount
from coach.text import count, one_line
from screens.base import CoachScreen
from screens.review.actions import Action, Actions
from screens.review.year import year_lines
from screens.widgets.key_bar import KeyBar
from screens.widgets.literal import literal
from screens.widgets.progress_dialogs import Logged, log_progress, read_day
from screens.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from coach.service.reviews import Agenda
    from screens.session import Session


class ReviewScreen(CoachScreen):
    TITLE = "Review"
    CSS_PATH = "review.tcss"
    AUTO_FOCUS = "#rv-goals"
    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep review", id="review.keep", tooltip="Keep this review"),
        Binding("p", "act('log')", "Progress", id="review.log", tooltip="Log progress"),
        Binding("o", "act('plan')", "Obstacle", id="review.plan", tooltip="Plan around it"),
        Binding("m", "act('move')", "Move date", id="review.move", tooltip="Move it on purpose"),
        Binding("g", "act('let_go')", "Let go", id="review.let_go", tooltip="Let the goal go"),
        Binding("k", "next_kind", "Kind", id="review.kind", tooltip="Weekly, monthly, quarterly"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.kind: str | None = None
        self.agenda: Agenda | None = None
        self.actions = Actions()  # what this review did that the store still holds
        self.moved_before = ""

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="rv-body"):
            yield Static("", id="rv-heading")
            yield Label("What moved", classes="rv-part", id="rv-moved-title")
            yield Static("", id="rv-moved")
            yield Label("Due soon or overdue", classes="rv-part")
            yield OptionList(id="rv-goals")
            yield Label("One question", classes="rv-part")
            yield Static("", id="rv-prompt")
            yield TextArea(soft_wrap=True, tab_behavior="focus", id="rv-answer")
            yield Label("Aspirations to check again", classes="rv-part", id="rv-stale-title")
            yield OptionList(id="rv-stale")
            yield Label("The next review", classes="rv-part")
            yield Input(id="rv-next", placeholder="YYYY-MM-DD")
            yield Static("", id="rv-error")
            yield Label("Your year", classes="rv-part")
            yield Static("", id="rv-year")
        yield KeyBar()

    def on_mount(self) -> None:
        super().on_mount()
        self.session.register_editor(self._has_text)
        if self.session.ready:
            # Fill the parts before their first layout. Textual 8.2 keeps the size a
            # widget had at its first layout when its text changes before it has
            # settled, so at 80x24 "What moved" showed one line of three.
            self.flush_reload()

    def _has_text(self) -> bool:
        return self.is_attached and bool(self.query_one("#rv-answer", TextArea).text.strip())

    # -- drawing ----------------------------------------------------------------

    def reload(self) -> None:
        fresh = self.agenda is None
        self.agenda = agenda = self.service.reviews.agenda(self.kind)
        if fresh:  # what moved before this review: what is done in it has its own lines
            self.moved_before = agenda.moved.summary
        self.kind = agenda.kind
        today = self.service.today()
        due = self.service.reviews.due()
        late = ""
        if due is not None and due.late > 0:
            late = f" · due {day_text(due.day)}, {count(due.late, 'day')} late"
        heading = f"{agenda.kind.capitalize()} review · {day_text(today)}{late} · k: another kind"
        self.query_one("#rv-heading", Static).update(literal(heading))
        self._moved(agenda)
        self._goals(agenda)
        prompt = agenda.prompt
        said = prompt.text + (f"\n{prompt.hint}" if prompt.hint else "")
        self.query_one("#rv-prompt", Static).update(literal(said))
        self._stale(agenda)
        year = year_lines(self.service, today, settings().first_weekday)
        self.query_one("#rv-year", Static).update(Content("\n".join(year)))
        if fresh:
            self.query_one("#rv-next", Input).value = agenda.next_due.isoformat()
            # Read from the top: the goals list has the focus, the heading comes first.
            body = self.query_one("#rv-body", VerticalScroll)
            self.call_after_refresh(body.scroll_home, animate=False)

    def _moved(self, agenda: Agenda) -> None:
        moved = agenda.moved
        self.query_one("#rv-moved-title", Label).update(f"What moved since {day_text(moved.since)}")
        if moved.nothing:
            self.query_one("#rv-moved", Static).update(
                "Nothing logged, finished or written since then. That is worth knowing too."
            )
            return
        rows = [f"✓ done: {one_line(g.statement, 90)}" for g in moved.done]
        per_goal: dict[str, int] = {}
        for entry in moved.progress:
            per_goal[entry.goal_id] = per_goal.get(entry.goal_id, 0) + 1
        names = {g.id: g.statement for g in self.service.goals.find(let_go=True)}
        for goal_id, n in per_goal.items():
            what = count(n, "progress entry", "progress entries")
            rows.append(f"↑ {what}: {one_line(names.get(goal_id, goal_id), 80)}")
        if moved.entries:
            rows.append(f"✎ {count(moved.entries, 'journal entry', 'journal entries')} written")
        self.query_one("#rv-moved", Static).update(literal("\n".join(rows)))

    def _goals(self, agenda: Agenda) -> None:
        listing = self.query_one("#rv-goals", OptionList)
        kept = listing.highlighted
        options = []
        done = self.actions.on_goals()
        for goal, why in agenda.goals:
            verdict = self.service.progress.pace(goal).verdict
            tail = f"  ✓ {done[goal.id][1]}" if goal.id in done else ""
            text = f"{one_line(goal.statement, 70)}\n  {why}; {verdict}{tail}"
            options.append(Option(Content(text), id=goal.id))
        names = {g.id: g.statement for g in self.service.goals.find(let_go=True)}
        for goal_id, (name, said) in done.items():  # moved off the agenda, or let go
            if all(goal.id != goal_id for goal, _ in agenda.goals):
                name = one_line(names.get(goal_id, name), 70)
                row = Content(f"{name}\n  ✓ {one_line(said, 90)}")
                options.append(Option(row, disabled=True))
        if not options:
            options = [Option("No goal is due soon or overdue.", disabled=True)]
        listing.set_options(options)
        if kept is None:
            kept = 0
        listing.highlighted = min(kept, listing.option_count - 1)

    def _stale(self, agenda: Agenda) -> None:
        listing = self.query_one("#rv-stale", OptionList)
        options = []
        for aspiration, scores in agenda.stale:
            trend = " → ".join(str(s) for s in scores) if scores else "never evaluated"
            text = f"{one_line(aspiration.title, 70)}  ({trend}; enter: the checklist)"
            options.append(Option(Content(text), id=aspiration.id))
        if not options:
            none = not self.service.aspirations.find("active")
            said = (
                "No active aspiration yet (3 names one)."
                if none
                else "Every aspiration was evaluated in the last 90 days."
            )
            options = [Option(said, disabled=True)]
        listing.set_options(options)

    # -- acting on a goal ---------------------------------------------------------

    def _selected_goal(self) -> Goal | None:
        listing = self.query_one("#rv-goals", OptionList)
        option = listing.highlighted_option
        if option is None or option.disabled or option.id is None:
            self.notify("Pick a goal in “Due soon or overdue” first.", markup=False)
            return None
        return self.service.goals.get(option.id)

    def action_act(self, what: str) -> None:
        if self.focused is self.query_one("#rv-answer", TextArea):
            return
        goal = self._selected_goal()
        if goal is not None:
            getattr(self, f"_do_{what}")(goal)

    def _record(self, goal: Goal, said: str, holds: Callable[[Goal], bool | set[str]]) -> None:
        """Keep an action on ``goal`` for as long as ``holds`` says the store holds it."""
        goals = self.service.goals
        self.actions.add(
            Action("goal", goal.id, goal.statement, said, lambda: holds(goals.get(goal.id)))
        )

    def _do_log(self, goal: Goal) -> None:
        progress = self.service.progress
        before = {e.id for e in progress.of_goal(goal.id)}

        def logged(what: Logged) -> None:
            milestone = " ".join(what.milestone.split())
            parts = [amount(what.value, goal.measurable.unit)] if what.value is not None else []
            parts += [f"milestone “{milestone}”"] if milestone else []
            wanted = (what.value, milestone, what.day)

            def holds(now: Goal) -> set[str]:
                return {
                    e.id
                    for e in progress.of_goal(now.id)
                    if e.id not in before and (e.value, e.milestone, e.day) == wanted
                }

            self._record(goal, f"logged {', '.join(parts)}", holds)

        log_progress(self, goal, logged_then=logged)

    def _do_plan(self, goal: Goal) -> None:
        from screens.widgets.dialogs import AskText

        def obstacle(text: str | None) -> None:
            if text:
                self.app.push_screen(
                    AskText("The way around it: the first step", hint="enter saves"),
                    lambda plan: self._planned(goal, text, plan),
                )

        self.app.push_screen(AskText("What is in the way?", hint="enter, then the plan"), obstacle)

    def _planned(self, goal: Goal, obstacle: str, plan: str | None) -> None:
        if not plan:
            return
        added = Obstacle(description=obstacle, plan=plan)
        kept = Achievable(obstacles=(*goal.achievable.obstacles, added))
        self._record(
            goal,
            f"planned around “{obstacle}”: {plan}",
            lambda now: added in now.achievable.obstacles,
        )
        goals = self.service.goals
        self.save(lambda: goals.edit(goal.id, achievable=kept), success="Plan kept with the goal.")

    def _do_move(self, goal: Goal) -> None:
        from screens.widgets.dialogs import AskText

        today = self.service.today()
        default = max((goal.deadline or today) + timedelta(days=14), today + timedelta(days=1))

        def new_date(text: str | None) -> None:
            if not text:
                return
            try:
                day = date.fromisoformat(text.strip())
            except ValueError:
                self.notify(f"{text!r} is not a date (YYYY-MM-DD); nothing moved.", markup=False)
                return
            self.app.push_screen(
                AskText("Why does it move? (kept with the goal)", hint="enter saves"),
                lambda reason: self._moved_to(goal, day, reason),
            )

        self.app.push_screen(
            AskText(
                f"The new deadline of “{one_line(goal.statement)}” (YYYY-MM-DD)",
                value=default.isoformat(),
            ),
            new_date,
        )

    def _moved_to(self, goal: Goal, day: date, reason: str | None) -> None:
        if not reason:
            return
        self._record(
            goal,
            f"date moved from {goal.deadline} to {day.isoformat()} because {reason}",
            lambda now: now.deadline == day,
        )
        goals = self.service.goals
        self.save(lambda: goals.edit(goal.id, deadline=day, reason=reason), success="Date moved.")

    def _do_let_go(self, goal: Goal) -> None:
        from screens.widgets.dialogs import AskText, Confirm

        def sure(yes: bool | None) -> None:
            if yes:
                self.app.push_screen(
                    AskText("Why do you let it go? (optional, kept with it)", required=False),
                    answered,
                )

        def answered(reason: str | None) -> None:
            if reason is None:
                return
            said = "let go" + (f" because {reason}" if reason else "")
            self._record(goal, said, lambda now: now.let_go is not None)
            goals = self.service.goals
            self.save(
                lambda: goals.let_go(goal.id, reason), success="Let go; ctrl+z takes it back."
            )

        self.app.push_screen(
            Confirm(
                f"Let go of “{one_line(goal.statement)}”? It leaves the board and the "
                "reminders; its history stays, and ctrl+z takes it back.",
                yes="Let it go",
                no="Keep it",
            ),
            sure,
        )

    # -- aspirations, kind, keeping -------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id != "rv-stale" or event.option.id is None:
            return
        from coach.content.loader import load_content
        from screens.aspirations.evaluation import EvaluationChecklist

        aspiration = self.service.aspirations.get(event.option.id)

        def finished(answers: Any) -> None:
            if answers is None:
                return
            evaluations = self.service.evaluations
            before = len(evaluations.for_aspiration(aspiration.id))
            self.actions.add(
                Action(
                    "aspiration",
                    aspiration.id,
                    aspiration.title,
                    f"Evaluated “{aspiration.title}” again",
                    lambda: len(evaluations.for_aspiration(aspiration.id)) > before,
                )
            )
            self.save(lambda: evaluations.add(aspiration.id, answers), success="Evaluation saved.")

        self.app.push_screen(EvaluationChecklist(aspiration.title, load_content()), finished)

    def action_next_kind(self) -> None:
        if self.focused is self.query_one("#rv-answer", TextArea):
            return
        at = REVIEW_KINDS.index(self.kind) if self.kind in REVIEW_KINDS else 0
        self.kind = REVIEW_KINDS[(at + 1) % len(REVIEW_KINDS)]
        self.agenda = None  # the next day follows the kind
        self.reload()

    def action_keep(self) -> None:
        agenda = self.agenda
        if agenda is None:
            return
        typed = self.query_one("#rv-next", Input).value
        tomorrow = self.service.today() + timedelta(days=1)
        day = read_day(typed, date.max)
        if isinstance(day, str) or day < tomorrow:
            problem = day if isinstance(day, str) else "the next review is a day after today"
            self.query_one("#rv-error", Static).update(literal(problem))
            self.set_focus(self.query_one("#rv-next", Input))
            return
        answer = self.query_one("#rv-answer", TextArea).text
        reviews = self.service.reviews
        moved, actions = self.moved_before or agenda.moved.summary, self.actions

        def kept(_: object) -> None:
            self.query_one("#rv-answer", TextArea).text = ""
            self.actions = Actions()
            self.kind, self.agenda = None, None
            self.query_one("#rv-error", Static).update("")

        self.save(
            # On the save thread, after every earlier save: what the store holds then.
            lambda: reviews.save(
                agenda.kind,
                lines=[moved, *actions.lines(strict=True)],
                answer=answer,
                prompt=agenda.prompt,
                goal_ids=actions.ids("goal", strict=True),
                aspiration_ids=actions.ids("aspiration", strict=True),
                next_due=day,
            ),
            done=kept,
            success=f"Review kept; the next one is on {day_text(day)}.",
        )

"""The detail of one aspiration: what it is, its goals, its evaluations, its history.

``AspirationDetail`` shows a :class:`DetailView` that the screen builds from the
store (attributes down): the title, why it matters, horizon and status; each
goal with its column, deadline and progress; the evaluation scores as a trend
(a sparkline, oldest to newest, and the list newest first) with the latest
answers; the next steps right after an evaluation; and every revision, newest
first. Every piece of user text goes through :mod:`screens.widgets.literal`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Sparkline, Static

from coach.coaching.nudges import looks_like_goal
from coach.content.models import Example, NextStep
from coach.models import Aspiration, Evaluation, Goal
from screens.aspirations.goal_list import GoalList, GoalRow
from screens.widgets.literal import literal, literal_line, styled

BAR_CELLS = 10


@dataclass(frozen=True)
class GoalLine:
    goal: Goal
    column: str
    progress: float
    done: bool
    verdict: str = ""  # its pace: "on track", "2 talks behind; ..."


@dataclass(frozen=True)
class DetailView:
    """Everything the detail shows for one aspiration."""

    aspiration: Aspiration
    goals: Sequence[GoalLine]
    evaluations: Sequence[Evaluation]  # oldest first
    questions: Mapping[str, str]  # checklist question id -> text
    labels: Mapping[int, str]  # rating -> label
    today: date
    next_steps: Sequence[NextStep] = field(default_factory=tuple)
    pace: str = ""  # the goals' paces rolled up: "2 of 3 measured goals on track"


def progress_bar(fraction: float) -> Content:
    filled = round(max(0.0, min(1.0, fraction)) * BAR_CELLS)
    return Content.assemble(
        ("█" * filled, "$success"),
        ("░" * (BAR_CELLS - filled), "$text-muted"),
        f" {round(fraction * 100):>3}%",
    )


def _meta(aspiration: Aspiration) -> Content:
    parts: list[str] = [aspiration.status]
    if aspiration.horizon:
        parts.append(f"horizon {aspiration.horizon}")
    parts.append(f"since {aspiration.created:%Y-%m-%d}")
    if aspiration.history:
        parts.append(f"revised {len(aspiration.history)}×")
    return Content(" · ".join(parts))


def _goal_note(view: DetailView) -> Content:
    """What the goals section says when there is no goal."""
    if view.aspiration.status != "active":
        # Retired or achieved: nothing more is asked of it.
        return Content("No goals were linked to it.")
    return Content(
        "No goals yet. Work backwards: which milestones lead here? "
        "Add them on the board (4) and link them to this aspiration."
    )


def _goal_rows(view: DetailView) -> list[GoalRow]:
    rows = []
    for line in view.goals:
        goal = line.goal
        when = ""
        style = ""
        if goal.deadline is not None:
            late = goal.deadline < view.today and not line.done
            when = f" · due {goal.deadline:%Y-%m-%d}" + (" (overdue)" if late else "")
            style = "$warning" if late else ""
        rows.append(
            GoalRow(
                Content.assemble(progress_bar(line.progress), "  "),
                literal_line(goal.statement),
                Content.assemble(
                    literal_line(line.column, 30).stylize("$text-muted"),
                    (when, style or "$text-muted"),
                    (f" · {line.verdict}" if line.verdict else "", "$text-muted"),
                ),
            )
        )
    return rows


def _trend(evaluations: Sequence[Evaluation], *, active: bool = True) -> Content:
    if not evaluations and not active:
        return Content("It was never evaluated.")
    if not evaluations:
        return Content(
            "Not evaluated yet. Press v to check it against your values: "
            "eight questions, a rating and a note each."
        )
    rows = []
    previous: int | None = None
    for evaluation in evaluations:
        change = ""
        if previous is not None and evaluation.score != previous:
            arrow = "▲" if evaluation.score > previous else "▼"
            change = f"  {arrow} {evaluation.score - previous:+d}"
        rows.append(f"{evaluation.created:%Y-%m-%d}  score {evaluation.score:>3}/100{change}")
        previous = evaluation.score
    return Content("\n".join(reversed(rows)))  # newest first


def _latest_answers(view: DetailView) -> Content:
    if not view.evaluations:
        return Content("")
    latest = view.evaluations[-1]
    lines = [styled("[b]Latest answers[/b] ($when)", when=f"{latest.created:%Y-%m-%d}")]
    for answer in latest.answers:
        question = view.questions.get(answer.question_id, answer.question_id)
        label = view.labels.get(answer.rating, "")
        lines.append(
            Content.assemble(
                (f"{answer.rating} ", "bold"),
                (f"{label:<11}", "$text-muted"),
                " ",
                literal_line(question, 64),
            )
        )
        if answer.note:
            lines.append(Content.assemble("              “", literal_line(answer.note, 200), "”"))
    return Content("\n").join(lines)


def _history(aspiration: Aspiration) -> Content:
    if not aspiration.history:
        return Content("Not revised yet. Aspirations may change: e revises, keeping the old words.")
    lines = []
    for revision in reversed(aspiration.history):
        lines.append(
            Content.assemble(
                (f"{revision.revised:%Y-%m-%d %H:%M}", "bold"),
                "  why it changed: ",
                literal_line(revision.reason or "(no reason given)", 200),
            )
        )
        lines.append(
            Content.assemble(
                ("   before: “", "$text-muted"),
                literal_line(revision.title, 200),
                ("”", "$text-muted"),
                (f" · {revision.status}", "$text-muted"),
                (f" · horizon {revision.horizon}" if revision.horizon else "", "$text-muted"),
            )
        )
        if revision.why:
            lines.append(
                Content.assemble(("   why then: ", "$text-muted"), literal_line(revision.why, 200))
            )
    return Content("\n").join(lines)


def _next_steps(steps: Sequence[NextStep]) -> Content:
    lines = [Content.from_markup("[b]Evaluation saved. Next steps:[/b]")]
    for step in steps:
        lines.append(Content.assemble(("• ", "$accent"), (step.title, "bold"), ": ", step.detail))
    return Content("\n").join(lines)


class AspirationDetail(VerticalScroll):
    """Read-only detail of the selected aspiration; scroll with the arrows when focused."""

    DEFAULT_CSS = """
    AspirationDetail { padding: 0 1; }
    AspirationDetail > Static { width: 1fr; }
    AspirationDetail .detail-title { text-style: bold; color: $primary; }
    AspirationDetail .detail-muted { color: $text-muted; }
    AspirationDetail .detail-section { text-style: bold; margin-top: 1; }
    AspirationDetail .detail-next {
        border: round $accent; padding: 0 1; margin-top: 1; height: auto;
    }
    AspirationDetail .detail-goal-like { color: $warning; margin-top: 1; }
    AspirationDetail Sparkline { width: 24; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="d-title", classes="detail-title")
        yield Static(id="d-meta", classes="detail-muted")
        yield Static(id="d-why")
        yield Static(id="d-goal-like", classes="detail-goal-like")
        yield Static(id="d-next", classes="detail-next")
        yield Static("Goals", id="d-goals-title", classes="detail-section")
        yield GoalList(id="d-goals")
        yield Static("Evaluations", id="d-evaluations-title", classes="detail-section")
        yield Sparkline([], id="d-trend")
        yield Static(id="d-evaluations")
        yield Static(id="d-answers")
        yield Static("Revisions", id="d-history-title", classes="detail-section")
        yield Static(id="d-history")

    def show_empty(self, examples: Sequence[Example]) -> None:
        """No aspiration yet: say what one is, how to add one, and a few examples."""
        for child in self.children:
            child.display = child.id in ("d-title", "d-why")
        self.query_one("#d-title", Static).update("No aspirations yet")
        lines = [
            Content(
                "An aspiration is where you want your career to go in the long run; "
                "goals are the milestones on the way. Press n to name one."
            ),
            Content(""),
            Content("For example:"),
        ]
        lines.extend(
            Content.assemble(("• ", "$accent"), (example.field, "bold"), ": ", example.aspiration)
            for example in examples
        )
        self.query_one("#d-why", Static).update(Content("\n").join(lines))

    def show(self, view: DetailView) -> None:
        """Draw ``view``."""
        for child in self.children:
            child.display = True
        aspiration = view.aspiration
        self.query_one("#d-title", Static).update(literal(aspiration.title))
        self.query_one("#d-meta", Static).update(_meta(aspiration))
        why = self.query_one("#d-why", Static)
        why.update(
            literal(aspiration.why)
            if aspiration.why
            else Content.styled("Why does it matter to you? e adds it.", "$text-muted")
        )
        goal_like = self.query_one("#d-goal-like", Static)
        goal_like.display = aspiration.status == "active" and looks_like_goal(aspiration.title)
        goal_like.update(
            "This reads like a goal (a salary, a move, perks). What is it in service of? "
            "g turns it into a goal of a larger aspiration."
        )
        next_steps = self.query_one("#d-next", Static)
        next_steps.display = bool(view.next_steps)
        next_steps.update(_next_steps(view.next_steps))
        self.query_one("#d-goals-title", Static).update(f"Goals ({len(view.goals)})")
        goals = self.query_one("#d-goals", GoalList)
        if view.goals:
            pace = Content.styled(f"Pace: {view.pace}", "bold") if view.pace else None
            goals.show_rows(_goal_rows(view), pace)
        else:
            goals.note(_goal_note(view))
        goals.set_class(not view.goals, "empty-note")
        scores = [float(e.score) for e in view.evaluations]
        trend = self.query_one("#d-trend", Sparkline)
        trend.data = scores
        trend.display = len(scores) >= 2
        trend.styles.width = max(8, min(40, 6 * len(scores)))
        self.query_one("#d-evaluations-title", Static).update(
            f"Evaluations ({len(view.evaluations)}), score trend oldest → newest"
            if len(scores) >= 2
            else f"Evaluations ({len(view.evaluations)})"
        )
        evaluations = self.query_one("#d-evaluations", Static)
        evaluations.update(_trend(view.evaluations, active=view.aspiration.status == "active"))
        evaluations.set_class(not view.evaluations, "empty-note")
        answers = self.query_one("#d-answers", Static)
        answers.display = bool(view.evaluations)
        answers.update(_latest_answers(view))
        self.query_one("#d-history-title", Static).update(
            f"Revisions ({len(aspiration.history)}), newest first"
        )
        self.query_one("#d-history", Static).update(_history(aspiration))

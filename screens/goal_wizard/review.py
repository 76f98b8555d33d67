"""The goal wizard's last step: everything in one view, and what is still missing.

The statement stays editable here (it mirrors the one on the Specific step);
below it, every part of the draft on its own line, what blocks saving in the
error colour, what is merely worth a thought, and the live SMART check.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from screens.goal_wizard.draft import NO_ASPIRATION
from screens.goal_wizard.smart_check import SmartCheck
from screens.goal_wizard.steps import Field, plain_input
from screens.widgets.literal import literal, styled

if TYPE_CHECKING:
    from coach.coaching.smart import Assessment
    from screens.goal_wizard.draft import Draft, Rules


def spelled(day: date) -> str:
    """2027-12-31 (Friday 31 December 2027)."""
    return f"{day.isoformat()} ({day:%A} {day.day} {day:%B %Y})"


def _row(name: str, value: Content) -> Content:
    return Content.assemble(Content.from_markup(f"[b]{name:<12}[/] "), value)


def _say(text: str, empty: str = "not said") -> Content:
    return literal(text) if text.strip() else Content.from_markup(f"[dim]{empty}[/]")


def review_text(draft: Draft, aspiration: str, deadline: str, look: str = "") -> Content:
    """Everything the draft says, one part per line, user text shown literally."""
    d = draft
    measure = _say(d.metric, "nothing counted yet")
    if d.metric.strip():
        numbers = f"{d.current.strip() or '0'} of {d.target.strip() or '?'} {d.unit.strip()}"
        measure = styled("$metric: $numbers", metric=d.metric, numbers=numbers.rstrip())
    priority = d.priority or "not set"
    lines = [
        _row("Aspiration", _say(aspiration, "none")),
        _row("What exactly", _say(d.specific)),
        _row("Measure", Content.assemble(measure, Content(f" · priority {priority}"))),
    ]
    named = [o for o in d.obstacles if not o.blank()]
    if not named:
        lines.append(_row("Obstacles", _say("", "none named")))
    for n, o in enumerate(named):
        item = styled(
            "$what [dim]($weeks)[/] → $plan",
            what=o.description or "?",
            weeks="1 week" if o.weeks.strip() == "1" else f"{o.weeks.strip() or '0'} weeks",
            plan=o.plan or "no plan yet",
        )
        lines.append(_row("Obstacles" if n == 0 else "", item))
    lines += [
        _row("Leads to", _say(d.leads_to)),
        _row("Let go of", _say(d.let_go)),
        _row("Deadline", _say(deadline, "none yet")),
        _row("Next look", _say(look, "none planned")),
    ]
    return Content("\n").join(lines)


class ReviewStep(VerticalScroll):
    """Everything in one view, the statement still editable, and what is still missing."""

    DEFAULT_CSS = """
    ReviewStep { height: 1fr; padding: 0 1; }
    ReviewStep .step-head { margin: 0 0 1 0; }
    ReviewStep #summary { margin: 1 0; }
    ReviewStep #blocking { color: $error; padding: 0 1; }
    ReviewStep #blocking.-ready { color: $success; }
    ReviewStep #gaps { margin-bottom: 1; }
    ReviewStep #gaps { color: $text-muted; }
    """

    def __init__(self, draft: Draft, rules: Rules) -> None:
        super().__init__(id="step-review", classes="step")
        self.draft, self.rules = draft, rules

    def compose(self) -> ComposeResult:
        yield Static(
            Content.from_markup(
                "[b $primary]Review[/]  Read it through; ctrl+b goes back to change a step."
            ),
            classes="step-head",
        )
        yield Static("", id="blocking")
        yield Field(
            "Your goal, in one sentence",
            plain_input(self.draft.statement, "review-statement"),
            rule=self.rules.statement,
        )
        yield Static("", id="summary")
        yield Static("", id="gaps")
        yield SmartCheck(id="review-check")

    def fields(self) -> list[Field]:
        return list(self.query(Field))

    def check(self, strict: bool) -> list[Widget]:
        return [f.control for f in self.fields() if f.check(strict)]

    def show(self, draft: Draft, found: Assessment | None, names: dict[str, str]) -> None:
        """Show ``draft``; ``names`` are the aspiration titles by id."""
        if draft.new_aspiration.strip():
            aspiration = f"{draft.new_aspiration.strip()} (new: created when you save)"
        elif draft.aspiration == NO_ASPIRATION:
            aspiration = ""
        else:
            aspiration = names.get(draft.aspiration, draft.aspiration)
        day = self.rules.day(draft.deadline)
        deadline = spelled(day) if day else draft.deadline
        look = self.rules.next_look(draft)
        summary = review_text(
            draft, aspiration, deadline, spelled(look) if look else draft.next_check
        )
        problems = [message for _, _, message in draft.problems(self.rules)]
        gaps = draft.gaps(found)
        self.query_one("#summary", Static).update(summary)
        blocking = self.query_one("#blocking", Static)
        blocking.set_class(not problems, "-ready")
        if problems:
            lines = [Content.from_markup("[b]Still to fix before saving:[/]")]
            blocking.update(Content("\n").join(lines + [styled("  ✗ $p", p=p) for p in problems]))
        else:
            blocking.update(Content.from_markup("[b]✓ Ready to save:[/] ctrl+s saves the goal."))
        worth = self.query_one("#gaps", Static)
        worth.display = bool(gaps)
        worth.update(
            Content("\n").join(
                [Content.from_markup("[b]Worth a thought (not required):[/]")]
                + [styled("  • $g", g=g) for g in gaps]
            )
        )

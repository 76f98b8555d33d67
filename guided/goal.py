"""Step 4: work backwards; each goal goes through the SMART steps and is saved whole.

What the statement says is offered, for the person to accept or change: a rewrite drafted
from the parts found when some are missing, the metric and target it names, and no "what
will you count?" for a goal that is done or not done. The example shown comes from the
field of the aspiration the goals lead to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.coaching.drafts import draft_rewrite, is_yes_no, measure_of
from coach.coaching.fields import field_of
from coach.coaching.reviews import first_look
from coach.coaching.smart import assess
from coach.models import Measurable, Obstacle
from guided import ask

if TYPE_CHECKING:
    from coach.coaching.smart import Assessment
    from guided.flow import Wizard

MARK = {True: "met", False: "missing", None: "ask yourself"}
SHORT = (("specific", "S"), ("measurable", "M"), ("time_bound", "T"))


def _live(w: Wizard) -> object:
    def toolbar(typed: str) -> str:
        if not typed.strip():
            return " Type the goal: what exactly, how much, by when."
        found = assess(typed, w.today, w.reading)
        parts = [f"{letter} {'✓' if getattr(found, name).ok else '✗'}" for name, letter in SHORT]
        due = f"  deadline {found.deadline.isoformat()}" if found.deadline else "  no deadline yet"
        return " " + "  ".join(parts) + due

    return toolbar


def _verdicts(found: Assessment) -> None:
    for name, label in (
        ("specific", "Specific"),
        ("measurable", "Measurable"),
        ("time_bound", "Time-bound"),
    ):
        verdict = getattr(found, name)
        style = "fg:ansigreen" if verdict.ok else "fg:ansired"
        ask.show(f"  {label}: {MARK[verdict.ok]}. {verdict.reason}", style)
        if not verdict.ok:
            ask.show(f"    {verdict.suggestion}", "italic")


def _step(w: Wizard, step_id: str) -> None:
    step = w.content.smart_step(step_id)
    ask.show()
    ask.show(f"{step.title}: {step.summary}", "bold")
    for question in step.questions:
        ask.show(f"  • {question}")


def _statement(w: Wizard, seed: str) -> tuple[str, Assessment]:
    while True:
        statement = ask.text(
            "Your goal, in one sentence",
            default=seed,
            validate=ask.required("the goal"),
            toolbar=_live(w),  # type: ignore[arg-type]
        )
        found = assess(statement, w.today, w.reading)
        _verdicts(found)
        if not found.missing:
            return statement, found
        rewrite = draft_rewrite(found, w.today)
        ask.show(f"  A rewrite to start from: {rewrite}", "bold")
        again = ask.choose(
            "Some parts are missing. What now?",
            [
                ("Rewrite the statement, starting from the draft above", True),
                ("Keep it; the next questions fill the gaps", False),
            ],
        )
        if not again:
            return statement, found
        seed = rewrite


def _obstacles() -> tuple[Obstacle, ...]:
    found: list[Obstacle] = []
    while True:
        what = ask.text("A likely obstacle", instruction="(leave empty when there are no more)")
        if not what:
            return tuple(found)
        weeks = ask.whole("How many weeks could it hold you up?", default="0")
        plan = ask.text("Your plan to get around it", instruction="(optional)")
        found.append(Obstacle(description=what, delay_weeks=weeks, plan=plan))


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else str(value)


def _measure(
    w: Wizard, statement: str, found: Assessment
) -> tuple[str, float | None, str, float | None]:
    """Metric, target, unit and starting point: offered from the statement when it names
    them; a goal that is done or not done is not asked what it counts."""
    if is_yes_no(found):
        outcome = found.found.outcome if found.found else None
        ask.show(
            f"  Done or not done: “{outcome or statement}” needs no number to count; it is "
            "done when its card reaches Done.",
            "italic",
        )
        return "", None, "", 0.0
    said = measure_of(statement, w.today, w.reading)
    metric = ask.text(
        "What will you count?",
        default=said.metric if said else "",
        validate=ask.required("what you count"),
    )
    target = ask.number("The number to reach", default=_number(said.target) if said else "")
    unit = ask.text(
        "Its unit", default=said.unit if said else "", instruction="(optional: %, EUR, pitches…)"
    )
    start = _number(said.current) if said and said.current is not None else "0"
    current = ask.number("Where you stand today", default=start)
    return metric, target, unit, current


def one_goal(w: Wizard, aspiration_id: str | None, seed: str = "") -> str | None:
    """Ask for one goal through the SMART steps; returns its id, or None if not saved."""
    statement, found = _statement(w, seed)
    _step(w, "specific")
    specific = ask.text("What exactly will you achieve?", default="", instruction="(optional)")
    _step(w, "measurable")
    metric, target, unit, current = _measure(w, statement, found)
    priority = ask.choose(
        "How high is it among your priorities right now?",
        [("High", "high"), ("Medium", "medium"), ("Low", "low")],
        default="medium",
    )
    _step(w, "achievable")
    obstacles = _obstacles()
    _step(w, "realistic")
    leads_to = ask.text("Why does this goal lead to your aspiration?", instruction="(optional)")
    let_go = ask.text("What will you let go of to make room for it?", instruction="(optional)")
    _step(w, "time_bound")
    if found.deadline:
        ask.show(f"The statement names {found.deadline.isoformat()}.")
    deadline = ask.deadline("Deadline", today=w.today, default=found.deadline)
    # The step's last question, kept: a review puts the goal on its agenda that day.
    look = first_look(deadline, w.today)
    next_check = ask.deadline(
        "When will you next look at how it is going?", today=w.today, default=look
    )
    if not ask.confirm(f"Save the goal “{statement}” (due {deadline.isoformat()})?"):
        ask.show("Not saved.")
        return None
    saved = w.service.goals.add(
        statement,
        aspiration_id=aspiration_id,
        deadline=deadline,
        specific=specific,
        measurable=Measurable(
            metric=metric, target=target, unit=unit, current=current, priority=priority
        ),
        achievable={"obstacles": obstacles},
        realistic={"leads_to": leads_to, "let_go": let_go},
        next_check=next_check,
    )
    ask.show(
        f"  Saved ({saved.id}), in {w.service.board.column(saved.column).name}.", "fg:ansigreen"
    )
    return saved.id


def goals(w: Wizard) -> None:
    ask.heading("Work backwards to your first goals")
    target = w.need_aspiration("Which aspiration do these goals lead to?", allow_none=True)
    if target is not None:
        ask.show(f"Start from “{target.title}” and name a milestone on the way there.")
    words = f"{target.title} {target.why}" if target is not None else ""
    example = w.content.examples_for(field_of(words))[0]
    ask.show(f"For example, in {example.field.lower()}:", "italic")
    for line in example.goals[:3]:
        ask.show(f"  • {line}", "italic")
    seed = w.seed_goal or ""
    w.seed_goal = None
    while True:
        saved = one_goal(w, target.id if target else None, seed)
        if saved:
            w.saved.goals.append(saved)
        seed = ""
        if not ask.confirm("Add another goal?", default=False):
            return

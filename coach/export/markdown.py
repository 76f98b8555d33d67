"""The career plan as Markdown: something to take to a resume or a cover letter."""

from __future__ import annotations

from coach.content.loader import load_content
from coach.export.snapshot import Snapshot
from coach.models import Aspiration, Goal
from coach.text import printable

RECENT_REFLECTIONS = 10


def _goal_lines(goal: Goal, snap: Snapshot) -> list[str]:
    deadline = f"by {goal.deadline.isoformat()}" if goal.deadline else "no deadline yet"
    lines = [f"- **{goal.statement}** ({deadline}; {snap.column_name(goal.column)})"]
    if goal.specific:
        lines.append(f"  - Specific: {goal.specific}")
    m = goal.measurable
    if m.metric or m.target is not None:
        now = "?" if m.current is None else f"{m.current:g}"
        target = "?" if m.target is None else f"{m.target:g}"
        lines.append(f"  - Measurable: {m.metric} {now} of {target} {m.unit}".rstrip())
    for obstacle in goal.achievable.obstacles:
        plan = f"; plan: {obstacle.plan}" if obstacle.plan else ""
        lines.append(
            f"  - Obstacle: {obstacle.description} (could cost {obstacle.delay_weeks} weeks){plan}"
        )
    if goal.realistic.leads_to:
        lines.append(f"  - Why it leads there: {goal.realistic.leads_to}")
    if goal.realistic.let_go:
        lines.append(f"  - Letting go of: {goal.realistic.let_go}")
    return lines


def _aspiration_lines(item: Aspiration, snap: Snapshot) -> list[str]:
    content = load_content()
    lines = [f"## {item.title}", ""]
    facts = [f"Status: {item.status}"]
    if item.horizon:
        facts.append(f"horizon: {item.horizon}")
    lines.append("; ".join(facts))
    if item.why:
        lines += ["", f"Why it matters: {item.why}"]
    evaluation = snap.latest_evaluation(item.id)
    if evaluation is not None:
        lines += [
            "",
            f"Latest evaluation ({evaluation.created:%Y-%m-%d}): {evaluation.score}/100",
            "",
        ]
        for answer in evaluation.answers:
            try:
                question = content.question(answer.question_id).text
            except (KeyError, LookupError):
                question = answer.question_id
            note = f": {answer.note}" if answer.note else ""
            lines.append(f"- {question} {answer.rating}/5{note}")
    goals = snap.goals_of(item.id)
    lines += ["", "### Goals that lead there", ""]
    if goals:
        for goal in goals:
            lines += _goal_lines(goal, snap)
    else:
        lines.append("_None yet: work backwards from the aspiration to the first milestones._")
    lines.append("")
    return lines


def render(snap: Snapshot) -> str:
    lines = ["# My career plan", "", f"_Written by coach on {snap.taken:%Y-%m-%d}._", ""]
    active = [a for a in snap.aspirations if a.status == "active"]
    other = [a for a in snap.aspirations if a.status != "active"]
    if not snap.aspirations:
        lines += ["No aspirations yet.", ""]
    for item in active + other:
        lines += _aspiration_lines(item, snap)
    loose = snap.goals_of(None)
    if loose:
        lines += ["## Goals not yet tied to an aspiration", ""]
        for goal in loose:
            lines += _goal_lines(goal, snap)
        lines.append("")
    recent = snap.journal[:RECENT_REFLECTIONS]
    if recent:
        lines += ["## Recent reflections", ""]
        for entry in recent:
            lines.append(
                f"### {entry.created:%Y-%m-%d}"
                + (f": {entry.prompt_text}" if entry.prompt_text else "")
            )
            lines += ["", entry.body.strip(), ""]
    return printable("\n".join(lines).rstrip() + "\n")

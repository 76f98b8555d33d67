"""The career plan as Markdown: something to take to a resume or a cover letter.

Every piece of the person's text goes through :func:`~coach.export.escape.md_inline`
(or ``md_block``): a title shows as typed and never becomes a heading, link or HTML.
Journal entries are private: they are left out unless ``with_journal`` asks for them.
The charts (scores over time, goals done per month, the journaling heatmap) come from
:mod:`coach.export.chart_section`, drawn as text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.content.loader import load_content
from coach.export.chart_section import chart_lines
from coach.export.escape import md_block, md_inline
from coach.export.snapshot import Snapshot
from coach.models import Aspiration, Goal
from coach.quantities import of_target
from coach.text import count, printable

if TYPE_CHECKING:
    from coach.drafting.application import Application

RECENT_REFLECTIONS = 10


def _goal_lines(goal: Goal, snap: Snapshot) -> list[str]:
    deadline = f"by {goal.deadline.isoformat()}" if goal.deadline else "no deadline yet"
    column = md_inline(snap.column_name(goal.column))
    lines = [f"- **{md_inline(goal.statement)}** ({deadline}; {column})"]
    if goal.specific:
        lines.append(f"  - Specific: {md_inline(goal.specific)}")
    m = goal.measurable
    if m.metric or m.target is not None:
        numbers = md_inline(of_target(m.current, m.target, m.unit))
        lines.append(f"  - Measurable: {md_inline(m.metric)} {numbers}".rstrip())
    for obstacle in goal.achievable.obstacles:
        plan = f"; plan: {md_inline(obstacle.plan)}" if obstacle.plan else ""
        lines.append(
            f"  - Obstacle: {md_inline(obstacle.description)} "
            f"(could cost {count(obstacle.delay_weeks, 'week')}){plan}"
        )
    if goal.realistic.leads_to:
        lines.append(f"  - Why it leads there: {md_inline(goal.realistic.leads_to)}")
    if goal.realistic.let_go:
        lines.append(f"  - Letting go of: {md_inline(goal.realistic.let_go)}")
    if goal.let_go is None:
        found = snap.pace(goal)
        if found.state != "unmeasured":
            lines.append(f"  - Pace: {md_inline(found.verdict)}")
    for move in goal.date_moves:
        why = f": {md_inline(move.reason)}" if move.reason else ""
        lines.append(f"  - Date moved {move.before} -> {move.after} on {move.moved:%Y-%m-%d}{why}")
    if goal.let_go is not None:
        why = f": {md_inline(goal.let_go_reason)}" if goal.let_go_reason else ""
        lines.append(f"  - Let go on {goal.let_go:%Y-%m-%d}{why}")
    return lines


def _review_lines(snap: Snapshot) -> list[str]:
    """The reviews held and the next one (their journal entries stay in the journal)."""
    if not snap.reviews and snap.next_review is None:
        return []
    lines = ["## Reviews", ""]
    if snap.next_review is not None:
        due = snap.next_review
        lines.append(f"Next: the {due.kind} review on {due.day.isoformat()}.")
        lines.append("")
    for review in snap.reviews[:12]:
        touched = f", {count(len(review.goal_ids), 'goal')} touched" if review.goal_ids else ""
        lines.append(f"- {review.held:%Y-%m-%d}: {review.kind} review{touched}")
    if snap.reviews:
        lines.append("")
    return lines


def _let_go_lines(snap: Snapshot) -> list[str]:
    if not snap.let_go:
        return []
    lines = ["## Goals let go of", ""]
    for goal in snap.let_go:
        lines += _goal_lines(goal, snap)
    lines.append("")
    return lines


def _aspiration_lines(item: Aspiration, snap: Snapshot) -> list[str]:
    content = load_content()
    lines = [f"## {md_inline(item.title)}", ""]
    facts = [f"Status: {item.status}"]
    if item.horizon:
        facts.append(f"horizon: {item.horizon}")
    lines.append("; ".join(facts))
    if item.why:
        lines += ["", f"Why it matters: {md_inline(item.why)}"]
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
            note = f": {md_inline(answer.note)}" if answer.note else ""
            lines.append(f"- {question} {answer.rating}/5{note}")
    goals = snap.goals_of(item.id)
    if not goals and item.status != "active":
        lines.append("")  # retired or achieved: no goals to ask for
        return lines
    lines += ["", "### Goals that lead there", ""]
    if goals:
        for goal in goals:
            lines += _goal_lines(goal, snap)
    else:
        lines.append("_None yet: work backwards from the aspiration to the first milestones._")
    lines.append("")
    return lines


def _journal_lines(snap: Snapshot) -> list[str]:
    """The latest reflections, for an export that asks for journal text."""
    recent = snap.journal[:RECENT_REFLECTIONS]
    if not recent:
        return []
    lines = ["## Recent reflections", ""]
    for entry in recent:
        prompt = f": {md_inline(entry.prompt_text)}" if entry.prompt_text else ""
        lines += [f"### {entry.created:%Y-%m-%d}{prompt}", "", md_block(entry.body), ""]
    return lines


def render(
    snap: Snapshot, *, with_journal: bool = False, application: Application | None = None
) -> str:
    """The career plan; journal entries only ``with_journal``; the resume and cover-letter
    pieces of ``application`` at the end when given."""
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
    lines += _let_go_lines(snap)
    lines += _review_lines(snap)
    lines += chart_lines(snap, with_journal=with_journal)
    if application is not None:
        from coach.export.application import markdown_lines

        lines += markdown_lines(application, with_journal=with_journal)
    if with_journal:
        lines += _journal_lines(snap)
    return printable("\n".join(lines).rstrip() + "\n")

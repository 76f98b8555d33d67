"""The other interview answers: career goals, why this role, motivation, a goal reached
(an achievement story) and a setback; each drafted from the plan in its own structure."""

from __future__ import annotations

from coach.content.interview import InterviewContent
from coach.drafting.compose import Draft, Line, Target, assemble
from coach.drafting.facts import Facts
from coach.drafting.pieces import (
    evidence_lines,
    next_step_line,
    others,
    pick_aspiration,
    progress,
    role_phrase,
    step_lines,
    steps_for,
)
from coach.drafting.stories import clause_of, done_goals, result_line, story_of
from coach.drafting.wording import as_aim, as_step, sentence, when_by, why_line
from coach.models import Aspiration, Goal, Obstacle


def _missing(question_id: str, words: InterviewContent, target: Target) -> Draft:
    question = words.question(question_id)
    first = question.sections[0].id
    return assemble(
        question, [Line(first, 0, 0, words.phrase("missing_aspiration"))], target=target
    )


def _results(
    facts: Facts,
    words: InterviewContent,
    aspiration: Aspiration,
    section: str,
    intro: str,
    *,
    most: int,
) -> list[Line]:
    """Results so far after the ``intro`` phrase; a blank for the person when none."""
    evidence = evidence_lines(facts, words, aspiration, section=section, place=1, most=most)
    if not evidence:
        return [Line(section, 1, 0, words.phrase("missing_result"))]
    return [Line(section, 0, 2, sentence(words.phrase(intro))), *evidence]


def draft_career_goals(facts: Facts, words: InterviewContent, target: Target) -> Draft:
    aspiration = pick_aspiration(facts, target)
    if aspiration is None:
        return _missing("career-goals", words, target)
    lines = [
        Line("long-term", 0, 0, sentence(words.phrase("cg_long", aspiration=aspiration.title))),
        Line("long-term", 1, 1, why_line(aspiration, words)),
    ]
    rest = others(facts, aspiration)
    if rest:
        lines.append(
            Line("long-term", 2, 2, sentence(words.phrase("fy_second", aspiration=rest[0].title)))
        )
    steps = steps_for(facts, aspiration)
    lines.append(Line("near-term", 0, 3, sentence(words.phrase("cg_near_intro"))))
    lines += step_lines(steps[:3], facts, words, section="near-term", needed=2, place=1)
    if not steps:
        lines.append(Line("near-term", 1, 0, words.phrase("missing_steps")))
    evidence = evidence_lines(
        facts, words, aspiration, section="near-term", place=20, first_priority=1.5, most=2
    )
    if evidence:
        lines.append(Line("near-term", 19, 3.5, sentence(words.phrase("cg_done_intro"))))
        lines += evidence
    if any(facts.result(g) is not None for g in facts.usable()):
        lines.append(Line("tracking", 0, 1.2, sentence(words.phrase("cg_tracking_numbers"))))
    lines.append(Line("tracking", 1, 0, sentence(words.phrase("cg_tracking_dates"))))
    if facts.latest_evaluation(aspiration.id) is not None:
        lines.append(Line("tracking", 2, 2.5, sentence(words.phrase("cg_tracking_review"))))
    return assemble(
        words.question("career-goals"), lines, target=target, aspiration_id=aspiration.id
    )


def draft_why_role(facts: Facts, words: InterviewContent, target: Target) -> Draft:
    aspiration = pick_aspiration(facts, target)
    if aspiration is None:
        return _missing("why-role", words, target)
    role = role_phrase(target, words, fallback="role_this")
    fit = words.phrase("wr_fit", role=role, aim=as_aim(aspiration.title, words))
    lines = [Line("fit", 0, 0, sentence(fit)), Line("fit", 1, 1.5, why_line(aspiration, words))]
    lines += _results(facts, words, aspiration, "bring", "wr_bring", most=2)
    grow = next_step_line(facts, words, aspiration, "wr_grow", "grow")
    lines.append(grow or Line("grow", 0, 0, words.phrase("missing_steps")))
    return assemble(words.question("why-role"), lines, target=target, aspiration_id=aspiration.id)


def draft_motivation(facts: Facts, words: InterviewContent, target: Target) -> Draft:
    aspiration = pick_aspiration(facts, target)
    if aspiration is None:
        return _missing("motivation", words, target)
    drive = sentence(words.phrase("mo_drive", aspiration=aspiration.title))
    lines = [Line("drive", 0, 0, drive), Line("drive", 1, 0, why_line(aspiration, words))]
    lines += _results(facts, words, aspiration, "example", "mo_example", most=1)
    habit = next_step_line(facts, words, aspiration, "mo_habit", "habit")
    if habit is not None:
        lines.append(habit)
    return assemble(words.question("motivation"), lines, target=target, aspiration_id=aspiration.id)


def draft_goal_reached(facts: Facts, words: InterviewContent, target: Target) -> Draft:
    """The best achievement as a story: the chosen aspiration's first, numbers first."""
    question = words.question("goal-reached")
    aspiration = pick_aspiration(facts, target)
    found = done_goals(facts, aspiration.id if aspiration else None)
    if not found:
        return assemble(
            question, [Line("situation", 0, 0, words.phrase("missing_result"))], target=target
        )
    story = story_of(found[0], facts, words)
    ids = (story.goal_id,)
    lines = [
        Line("situation", 0, 0, story.situation, ids),
        Line("task", 0, 0, story.task, ids),
        Line("action", 0, 0, story.action, ids),
        Line("result", 0, 0, story.result, ids),
    ]
    if story.lesson.strip():
        lesson = sentence(words.phrase("lesson", lesson=story.lesson.strip()))
        lines.append(Line("result", 1, 1, lesson, ids))
    return assemble(question, lines, target=target, aspiration_id=found[0].aspiration_id)


def _setback_goal(facts: Facts) -> tuple[Goal, Obstacle] | None:
    """A goal with an obstacle that has a plan: a done one first, else one still on time."""
    done = [g for g in facts.usable() if facts.is_done(g)]
    ahead = [g for g in facts.usable() if not facts.is_done(g) and not facts.is_overdue(g)]
    for goal in done + ahead:
        for obstacle in goal.achievable.obstacles:
            if obstacle.plan.strip():
                return goal, obstacle
    return None


def draft_setback(facts: Facts, words: InterviewContent, target: Target) -> Draft:
    question = words.question("setback")
    found = _setback_goal(facts)
    if found is None:
        return assemble(
            question, [Line("obstacle", 0, 0, words.phrase("missing_obstacle"))], target=target
        )
    goal, obstacle = found
    ids = (goal.id,)
    step = as_step(clause_of(goal, words), words)
    said = words.phrase("sb_obstacle", step=step, obstacle=obstacle.description.rstrip(".!"))
    lines = [Line("obstacle", 0, 0, sentence(said), ids)]
    if obstacle.delay_weeks:
        delay = words.phrase("sb_delay", weeks=str(obstacle.delay_weeks))
        lines.append(Line("obstacle", 1, 1, sentence(delay), ids))
    plan = words.phrase("sb_response", plan=obstacle.plan.strip().rstrip(".!"))
    lines.append(Line("response", 0, 0, sentence(plan), ids))
    if facts.is_done(goal):
        lines.append(Line("outcome", 0, 0, result_line(goal, facts, words)[0], ids))
        lesson = story_of(goal, facts, words).lesson.strip()
        if lesson:
            lines.append(
                Line("outcome", 1, 1, sentence(words.phrase("lesson", lesson=lesson)), ids)
            )
    elif goal.deadline is not None:
        back = words.phrase(
            "sb_open",
            step=step,
            when=when_by(goal.deadline, words),
            progress=progress(goal, facts, words),
        )
        lines.append(Line("outcome", 0, 0, sentence(back), ids))
    return assemble(question, lines, target=target, aspiration_id=goal.aspiration_id)

"""Achievement stories: each done goal told as situation, task, action and result.

:func:`story_of` drafts one from the goal itself (its aspiration and why it led there,
its statement and date, its obstacles and the plans around them, when it was started
and finished, its measured result) and the lesson the person wrote in the journal.
Once the person has saved a story of their own, that is the story, word for word.
:func:`result_line` is the sentence every answer and resume line says a result with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.content.interview import InterviewContent
from coach.drafting.facts import Facts
from coach.drafting.wording import (
    as_aim,
    as_done,
    as_step,
    clean_statement,
    first_sentences,
    month,
    reason,
    sentence,
    when_by,
    why_line,
    with_number,
)
from coach.models import Goal
from coach.quantities import amount

LESSON_WORDS = 40


@dataclass(frozen=True)
class StoryDraft:
    """A story about one done goal; ``saved`` when these are the person's own words."""

    goal_id: str
    goal: str
    situation: str
    task: str
    action: str
    result: str
    lesson: str
    saved: bool
    counted: bool
    done_on: date | None

    def parts(self) -> dict[str, str]:
        return {
            "situation": self.situation,
            "task": self.task,
            "action": self.action,
            "result": self.result,
            "lesson": self.lesson,
        }


def clause_of(goal: Goal, words: InterviewContent) -> str:
    """The goal's statement as a clause, its time phrases left for the draft to say."""
    return clean_statement(goal.statement, goal.created.date(), words) or goal.statement


def result_line(goal: Goal, facts: Facts, words: InterviewContent) -> tuple[str, bool]:
    """The done goal as a first-person sentence with its number; and whether it has one.

    "I trained 42 new graduate nurses in June 2026, against a target of 40."
    """
    clause = clause_of(goal, words)
    finished = facts.done_on(goal)
    done = words.phrase("when_done", done=month(finished)) if finished else ""
    result = facts.result(goal)
    counted = result.counted if result is not None else None
    if result is None or counted is None:
        return sentence(
            words.phrase("result_plain", result=as_done(clause, words), done=done)
        ), False
    said, named = with_number(clause, result.target, counted)
    done_clause = as_done(said, words)
    if named and result.target is not None and counted != result.target:
        text = words.phrase(
            "result_against",
            result=done_clause,
            done=done,
            target=amount(result.target, result.unit),
        )
    elif named:
        text = words.phrase("result_plain", result=done_clause, done=done)
    elif result.metric.strip():
        text = words.phrase(
            "result_tracked",
            result=done_clause,
            done=done,
            metric=result.metric.strip(),
            value=amount(counted, result.unit),
        )
    else:
        text = words.phrase(
            "result_reached", result=done_clause, done=done, value=amount(counted, result.unit)
        )
    return sentence(text), True


def _situation(goal: Goal, facts: Facts, words: InterviewContent) -> str:
    aspiration = facts.aspiration(goal.aspiration_id)
    # A goal moved straight to Done was started the moment it was finished: it began
    # when it was written.
    started = goal.started
    if started is None or (goal.done is not None and started.date() >= goal.done.date()):
        started = goal.created
    began = started.date()
    parts = []
    if aspiration is not None:
        aim = as_aim(aspiration.title, words)
        parts.append(words.phrase("story_situation", started=month(began), aim=aim))
    why = goal.realistic.leads_to.strip()
    if why:
        parts.append(words.phrase("story_why", why=reason(why)))
    elif aspiration is not None:
        parts.append(why_line(aspiration, words))
    return " ".join(sentence(p) for p in parts if p)


def _task(goal: Goal, facts: Facts, words: InterviewContent) -> str:
    clause = clause_of(goal, words)
    when = when_by(goal.deadline, words) if goal.deadline else ""
    parts = [words.phrase("story_task", step=as_step(clause, words), when=when)]
    specific = goal.specific.strip()
    if specific and specific.lower() not in goal.statement.lower():
        parts.append(specific)
    result = facts.result(goal)
    if result is not None and result.target is not None:
        _, named = with_number(clause, result.target, result.target)
        if not named:
            parts.append(
                words.phrase(
                    "story_target",
                    target=amount(result.target, result.unit),
                    metric=result.metric.strip(),
                )
            )
    return " ".join(sentence(p) for p in parts)


def _action(goal: Goal, facts: Facts, words: InterviewContent) -> str:
    parts = []
    for obstacle in goal.achievable.obstacles:
        if obstacle.plan.strip():
            parts.append(
                words.phrase(
                    "story_obstacle",
                    obstacle=obstacle.description.rstrip(".!"),
                    plan=obstacle.plan.strip().rstrip(".!"),
                )
            )
            break
    finished = facts.done_on(goal)
    started = goal.started.date() if goal.started else None
    if finished and started and month(started) != month(finished) and started < finished:
        parts.append(words.phrase("story_span", started=month(started), finished=month(finished)))
    elif finished:
        parts.append(words.phrase("story_span_short", finished=month(finished)))
    if not parts:
        parts.append(words.phrase("story_missing"))
    return " ".join(sentence(p) for p in parts)


def story_of(goal: Goal, facts: Facts, words: InterviewContent) -> StoryDraft:
    """The story of a done goal: the person's saved one, else drafted from the goal."""
    result, counted = result_line(goal, facts, words)
    saved = facts.stories.get(goal.id)
    if saved is not None:
        return StoryDraft(
            goal_id=goal.id,
            goal=goal.statement,
            situation=saved.situation,
            task=saved.task,
            action=saved.action,
            result=saved.result,
            lesson=saved.lesson,
            saved=True,
            counted=counted,
            done_on=facts.done_on(goal),
        )
    lesson = facts.lessons.get(goal.id, "")
    return StoryDraft(
        goal_id=goal.id,
        goal=goal.statement,
        situation=_situation(goal, facts, words),
        task=_task(goal, facts, words),
        action=_action(goal, facts, words),
        result=result,
        lesson=first_sentences(lesson, most_words=LESSON_WORDS) if lesson.strip() else "",
        saved=False,
        counted=counted,
        done_on=facts.done_on(goal),
    )


def done_goals(facts: Facts, first: str | None = None) -> list[Goal]:
    """Every done goal a draft may name: those of aspiration ``first`` first, then the
    other active ones', then goals of no aspiration, then achieved aspirations' goals."""
    order: list[str | None] = []
    if first is not None:
        order.append(first)
    order += [a.id for a in facts.active() if a.id != first]
    order.append(None)
    order += [a.id for a in facts.aspirations if a.status == "achieved" and a.id != first]
    found: list[Goal] = []
    for aspiration_id in order:
        found += facts.done_of(aspiration_id)
    return found


def stories(facts: Facts, words: InterviewContent) -> list[StoryDraft]:
    """A story for every done goal a draft may name, those with a number first."""
    drafted = [story_of(goal, facts, words) for goal in done_goals(facts)]
    drafted.sort(key=lambda s: (not s.counted, -(s.done_on or date.min).toordinal()))
    return drafted

"""The coach's warnings about an answer, drafted or edited: read against the plan.

- ``no_step``: it names no concrete step (no open goal with a date ahead, no date);
- ``retired``: it names a goal that was let go, or an aspiration that was retired;
- ``past``: it names an open goal whose date has passed;
- ``no_role`` / ``role_missing``: it says nothing about the target role, or there is
  no target role yet for a question that should speak to one;
- ``short`` / ``long``: it takes less or more time to say than the question's aim.

A text *names* a goal when one of its sentences holds most of the goal's meaningful
words (stems, so "trained 42 nurses" names "train 40 nurses").
"""

from __future__ import annotations

import re

from coach.coaching.deadlines import time_mentions
from coach.coaching.tokens import words as word_set
from coach.content.interview import InterviewContent, Question
from coach.drafting.compose import NO_TARGET, DraftWarning, Target
from coach.drafting.facts import Facts
from coach.drafting.pieces import content_words, role_phrase
from coach.drafting.stories import clause_of
from coach.drafting.wording import speaking_seconds, word_count
from coach.text import one_line

# Questions whose answer should speak to the role it is given for.
ROLE_QUESTIONS = frozenset({"five-years", "why-role"})
# Questions that should name where the person goes next.
STEP_QUESTIONS = frozenset({"five-years", "career-goals", "why-role"})
# Words too common in goals to tell one goal from another.
_WEAK = word_set("get be become make do have take reach go start finish complete new one two first")
_CALENDAR = re.compile(
    r"\b(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE
)
_SENTENCES = re.compile(r"(?<=[.!?:;])\s+|\n+")


def _meaning(text: str) -> set[str]:
    return content_words(text) - _WEAK


def names(sentences: list[set[str]], text: str) -> bool:
    """True when one of ``sentences`` (as word sets) holds most of ``text``'s meaning."""
    wanted = _meaning(text)
    if not wanted:
        return False
    need = len(wanted) if len(wanted) <= 2 else max(2, round(len(wanted) * 0.75))
    return any(len(wanted & said) >= need for said in sentences)


def _sentences(text: str) -> list[set[str]]:
    return [_meaning(part) for part in _SENTENCES.split(text) if part.strip()]


def check(
    question: Question,
    text: str,
    facts: Facts,
    words: InterviewContent,
    target: Target = NO_TARGET,
) -> list[DraftWarning]:
    """What the coach would change in ``text``, an answer to ``question``."""
    said = _sentences(text)
    found: list[DraftWarning] = []
    if question.id in STEP_QUESTIONS and not _has_step(text, said, facts, words):
        found.append(DraftWarning("no_step", words.phrase("warn_no_step")))
    for goal in facts.retired():
        if names(said, clause_of(goal, words)):
            label = one_line(goal.statement, 60)
            found.append(DraftWarning("retired", words.phrase("warn_retired", goal=label)))
    for aspiration in facts.aspirations:
        if aspiration.status == "retired" and names(said, aspiration.title):
            label = one_line(aspiration.title, 60)
            found.append(DraftWarning("retired", words.phrase("warn_retired", goal=label)))
    for goal in facts.usable():
        if facts.is_overdue(goal) and goal.deadline and names(said, clause_of(goal, words)):
            label = one_line(goal.statement, 60)
            day = goal.deadline.isoformat()
            found.append(DraftWarning("past", words.phrase("warn_past", goal=label, date=day)))
    found += _role_warnings(question, text, said, target, words)
    seconds = speaking_seconds(word_count(text))
    low, high = question.aim
    timing = {"seconds": str(seconds), "low": str(low), "high": str(high)}
    if seconds < low:
        found.append(DraftWarning("short", words.phrase("warn_short", **timing)))
    elif seconds > high:
        found.append(DraftWarning("long", words.phrase("warn_long", **timing)))
    return found


def _has_step(text: str, said: list[set[str]], facts: Facts, words: InterviewContent) -> bool:
    for goal in facts.usable():
        if (
            not facts.is_done(goal)
            and goal.deadline is not None
            and goal.deadline >= facts.today
            and names(said, clause_of(goal, words))
        ):
            return True
    # A date said outright ("by June 2028"), not a span: "in five years" is no step.
    return any(
        m.role == "deadline"
        and m.date is not None
        and m.date >= facts.today
        and _CALENDAR.search(m.phrase) is not None
        for m in time_mentions(one_line(text), facts.today)
    )


def _role_warnings(
    question: Question, text: str, said: list[set[str]], target: Target, words: InterviewContent
) -> list[DraftWarning]:
    if question.id not in ROLE_QUESTIONS:
        return []
    role = one_line(target.role)
    company = one_line(target.company)
    if not role and not company:
        return [DraftWarning("role_missing", words.phrase("warn_role_missing"))]
    wanted = _meaning(role) - set(words.words.role_fillers)
    spoken = set().union(*said) if said else set()
    if (company and company.lower() in text.lower()) or (wanted and wanted & spoken):
        return []
    label = role_phrase(target, words, fallback="role_this")
    return [DraftWarning("no_role", words.phrase("warn_no_role", role=label))]

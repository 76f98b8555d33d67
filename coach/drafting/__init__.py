"""Drafting from the person's plan: interview answers, achievement stories, resume lines,
a career objective and a cover-letter paragraph.

Offline and deterministic: every draft is filled from the store (through
:class:`~coach.drafting.facts.Facts`) with the product's own templates
(``data/drafting.toml``), the same plan always giving the same words.

- :func:`draft_answer`: an answer to one interview question, with its warnings;
- :mod:`coach.drafting.stories`: the achievement stories of done goals;
- :mod:`coach.drafting.application`: resume lines, objective and letter paragraph;
- :mod:`coach.drafting.checks`: the coach's warnings about any answer text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from coach.content.interview import InterviewContent
from coach.drafting.checks import check
from coach.drafting.compose import NO_TARGET, Draft, DraftWarning, Target
from coach.drafting.facts import Facts, Result, result_of
from coach.drafting.five_years import draft_five_years
from coach.drafting.questions import (
    draft_career_goals,
    draft_goal_reached,
    draft_motivation,
    draft_setback,
    draft_why_role,
)

Builder = Callable[[Facts, InterviewContent, Target], Draft]

BUILDERS: dict[str, Builder] = {
    "five-years": draft_five_years,
    "career-goals": draft_career_goals,
    "why-role": draft_why_role,
    "motivation": draft_motivation,
    "goal-reached": draft_goal_reached,
    "setback": draft_setback,
}


def draft_answer(
    question_id: str, facts: Facts, words: InterviewContent, target: Target = NO_TARGET
) -> Draft:
    """The drafted answer to ``question_id``, with the coach's warnings about it."""
    words.question(question_id)  # KeyError names the known questions
    drafted = BUILDERS[question_id](facts, words, target)
    warnings = check(drafted.question, drafted.text, facts, words, target)
    return replace(drafted, warnings=tuple(warnings))


__all__ = [
    "BUILDERS",
    "NO_TARGET",
    "Draft",
    "DraftWarning",
    "Facts",
    "Result",
    "Target",
    "draft_answer",
    "result_of",
]

"""Interview answers and achievement stories: what a person keeps of their own drafts.

An :class:`AnswerVersion` is one saved version of an answer to an interview question,
with the day it was written and the role (and company) it was written for; versions
are kept side by side, never overwritten. A :class:`Story` is an achievement told as
situation, task, action and result, about one goal that is done: coach drafts it from
the goal, and once the person edits and saves it, their words are kept here.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from coach.models.base import Id, Record, Text, Timestamp


class AnswerVersion(Record):
    """One saved version of the answer to an interview question."""

    table: ClassVar[str] = "answers"

    question_id: Id
    text: Text = Field(min_length=1)
    role: Text = ""
    company: Text = ""
    created: Timestamp


class Story(Record):
    """An achievement story (situation, task, action, result) about one done goal.

    ``lesson`` is what the person learned; drafted from their journal, it stays
    private: exports leave it out unless journal text is asked for.
    """

    table: ClassVar[str] = "stories"

    goal_id: Id
    situation: Text = ""
    task: Text = ""
    action: Text = ""
    result: Text = ""
    lesson: Text = ""
    created: Timestamp
    updated: Timestamp

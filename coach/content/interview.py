"""The content of interview drafting: the questions (``interview.toml``) and the words of
the drafts (``drafting.toml``), validated on load.

:func:`load_interview` gives both as one :class:`InterviewContent`, loaded once. The
questions must be exactly the ones the drafting engine knows, each with its sections
in order; every phrase must be present and use exactly its placeholders, so a draft
can never lose the aspiration's name to a typo in a template.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from coach.content.checks import check_one_line, check_unique, placeholders
from coach.content.files import content_dir, content_error, read_toml

# Each question the engine drafts, with its sections in order.
QUESTION_SECTIONS: Mapping[str, tuple[str, ...]] = {
    "five-years": ("destination", "path", "evidence", "role"),
    "career-goals": ("long-term", "near-term", "tracking"),
    "why-role": ("fit", "bring", "grow"),
    "motivation": ("drive", "example", "habit"),
    "goal-reached": ("situation", "task", "action", "result"),
    "setback": ("obstacle", "response", "outcome"),
}

_NONE: frozenset[str] = frozenset()


def _uses(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Every phrase of drafting.toml and the placeholders it must use, all of them and no other.
PHRASE_PLACEHOLDERS: Mapping[str, frozenset[str]] = {
    "when_by": _uses("when"),
    "when_end_of_year": _uses("when"),
    "when_done": _uses("done"),
    "progress": _uses("current target metric"),
    "role_with_company": _uses("role company"),
    "role_alone": _uses("role"),
    "role_generic": _NONE,
    "role_this": _NONE,
    "why_because": _uses("why"),
    "why_plain": _uses("why"),
    "step_doing": _uses("step when progress"),
    "step_next": _uses("step when"),
    "step_later": _uses("step when"),
    "step_also": _uses("step when"),
    "result_plain": _uses("result done"),
    "result_against": _uses("result done target"),
    "result_tracked": _uses("result done metric value"),
    "result_reached": _uses("result done value"),
    "lesson": _uses("lesson"),
    "fy_destination": _uses("aspiration"),
    "fy_destination_doing": _uses("aspiration"),
    "fy_horizon": _uses("horizon"),
    "fy_second": _uses("aspiration"),
    "fy_path_intro": _NONE,
    "fy_evidence_intro": _NONE,
    "fy_closing": _uses("aim"),
    "fy_done_count": _uses("count total"),
    "fy_achieved": _uses("aspiration"),
    "fy_evaluation": _NONE,
    "fy_journal": _NONE,
    "fy_role": _uses("role"),
    "cg_long": _uses("aspiration"),
    "cg_near_intro": _NONE,
    "cg_done_intro": _NONE,
    "cg_tracking_numbers": _NONE,
    "cg_tracking_dates": _NONE,
    "cg_tracking_review": _NONE,
    "wr_fit": _uses("role aim"),
    "wr_bring": _NONE,
    "wr_grow": _uses("step when"),
    "mo_drive": _uses("aspiration"),
    "mo_example": _NONE,
    "mo_habit": _uses("step when"),
    "story_situation": _uses("started aim"),
    "story_why": _uses("why"),
    "story_task": _uses("step when"),
    "story_target": _uses("target metric"),
    "story_obstacle": _uses("obstacle plan"),
    "story_span": _uses("started finished"),
    "story_span_short": _uses("finished"),
    "story_missing": _NONE,
    "sb_obstacle": _uses("step obstacle"),
    "sb_delay": _uses("weeks"),
    "sb_response": _uses("plan"),
    "sb_no_plan": _NONE,
    "sb_open": _uses("step when progress"),
    "missing_aspiration": _NONE,
    "missing_steps": _NONE,
    "missing_result": _NONE,
    "missing_obstacle": _NONE,
    "warn_no_step": _NONE,
    "warn_retired": _uses("goal"),
    "warn_past": _uses("goal date"),
    "warn_no_role": _uses("role"),
    "warn_role_missing": _NONE,
    "warn_short": _uses("seconds low high"),
    "warn_long": _uses("seconds low high"),
    "resume_when": _uses("done"),
    "objective_role": _uses("aim role"),
    "objective_plain": _uses("aim"),
    "letter_open": _uses("role aim"),
    "letter_results": _NONE,
    "letter_next": _uses("step when"),
    "letter_close": _NONE,
}


def _plain(value: str) -> str:
    if placeholders(value):
        raise ValueError("takes no {placeholders}")
    return value


Line = Annotated[str, Field(strict=True, min_length=1), AfterValidator(check_one_line)]
PlainLine = Annotated[Line, AfterValidator(_plain)]
Word = Annotated[str, Field(strict=True, pattern=r"^[a-z][a-z' -]*$")]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Section(_Frozen):
    """One part of a good answer, in the order it is said."""

    id: str
    title: PlainLine
    hint: PlainLine


class Question(_Frozen):
    """An interview question, how to answer it and how long to speak."""

    id: str
    text: PlainLine
    advice: PlainLine
    aim: tuple[int, int]
    sections: tuple[Section, ...]

    @field_validator("aim")
    @classmethod
    def _check_aim(cls, aim: tuple[int, int]) -> tuple[int, int]:
        low, high = aim
        if not 10 <= low < high <= 300:
            raise ValueError("aim is [shortest, longest] in seconds, 10 to 300, shortest first")
        return aim


class QuestionsFile(_Frozen):
    questions: tuple[Question, ...]

    @field_validator("questions")
    @classmethod
    def _check_questions(cls, questions: tuple[Question, ...]) -> tuple[Question, ...]:
        check_unique(q.id for q in questions)
        ids = [q.id for q in questions]
        unknown = [i for i in ids if i not in QUESTION_SECTIONS]
        if unknown:
            raise ValueError(f"unknown question(s) {', '.join(unknown)}")
        missing = [i for i in QUESTION_SECTIONS if i not in ids]
        if missing:
            raise ValueError(f"missing question(s) {', '.join(missing)}")
        for question in questions:
            found = tuple(s.id for s in question.sections)
            wanted = QUESTION_SECTIONS[question.id]
            if found != wanted:
                raise ValueError(
                    f"{question.id} needs the sections {', '.join(wanted)} in this order; "
                    f"found {', '.join(found) or 'none'}"
                )
        return questions


class Words(_Frozen):
    doubling: tuple[Word, ...] = ()
    verbs: tuple[Word, ...] = ()
    participles: tuple[Word, ...] = ()
    lead_ins: tuple[Word, ...] = ()
    common: tuple[Word, ...] = ()
    roles: tuple[Word, ...] = ()
    role_fillers: tuple[Word, ...] = ()


class DraftingFile(_Frozen):
    phrases: dict[str, Line]
    past: dict[Word, Word]
    words: Words

    @field_validator("phrases")
    @classmethod
    def _check_phrases(cls, phrases: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(phrases) - set(PHRASE_PLACEHOLDERS))
        if unknown:
            raise ValueError(f"unknown phrase(s) {', '.join(unknown)}")
        missing = [p for p in PHRASE_PLACEHOLDERS if p not in phrases]
        if missing:
            raise ValueError(f"missing phrase(s) {', '.join(missing)}")
        for phrase_id, template in phrases.items():
            try:
                used = placeholders(template)
            except ValueError as exc:
                raise ValueError(f"{phrase_id}: {exc}") from None
            wanted = PHRASE_PLACEHOLDERS[phrase_id]
            if used != wanted:
                listed = ", ".join(f"{{{p}}}" for p in sorted(wanted)) or "none"
                raise ValueError(f"{phrase_id} must use exactly these placeholders: {listed}")
        return phrases


class InterviewContent(_Frozen):
    """The interview questions and the words of the drafts."""

    questions: tuple[Question, ...]
    phrases: dict[str, str]
    past: dict[str, str]
    words: Words

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        known = ", ".join(q.id for q in self.questions)
        raise KeyError(f"no interview question {question_id!r}; known: {known}")

    def phrase(self, phrase_id: str, **values: str) -> str:
        """The phrase ``phrase_id`` with ``values`` filled in."""
        return self.phrases[phrase_id].format_map(values)


@functools.cache
def load_interview() -> InterviewContent:
    """The interview content, loaded once; raises :class:`~coach.content.files.ContentError`."""
    return load_interview_from(content_dir())


def load_interview_from(folder: Traversable | Path) -> InterviewContent:
    """Load and validate ``interview.toml`` and ``drafting.toml`` in ``folder`` (not cached)."""
    from coach.content.loader import describe

    found: dict[str, BaseModel] = {}
    for name, model in (("interview.toml", QuestionsFile), ("drafting.toml", DraftingFile)):
        raw = read_toml(folder, name)
        try:
            found[name] = model.model_validate(raw)
        except ValidationError as exc:
            raise content_error(name, describe(exc, raw)) from None
    questions = found["interview.toml"]
    drafting = found["drafting.toml"]
    assert isinstance(questions, QuestionsFile) and isinstance(drafting, DraftingFile)
    return InterviewContent(
        questions=questions.questions,
        phrases=drafting.phrases,
        past=drafting.past,
        words=drafting.words,
    )

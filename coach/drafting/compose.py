"""Drafts as sentences in sections, fitted to the time the question deserves.

A builder proposes :class:`Line` items: each belongs to a section, has its place in
that section, and a priority (0: the answer needs it). :func:`assemble` keeps every
needed line, then adds the others by priority while the answer still fits in the
question's aim (a five-year answer: 60-90 seconds at 140 words a minute), and says the
result section by section as a :class:`Draft`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from coach.content.interview import Question
from coach.drafting.wording import WORDS_PER_MINUTE, speaking_seconds, word_count

# Room left below the longest time: a person reads a draft a little slower than it counts.
_MARGIN_WORDS = 6


class Line(NamedTuple):
    """One sentence a builder offers: where it goes, how much the answer needs it."""

    section: str
    place: float
    priority: float
    text: str
    goal_ids: tuple[str, ...] = ()


class Target(NamedTuple):
    """The role (and company) an answer is written for; both may be empty."""

    role: str = ""
    company: str = ""

    @classmethod
    def of(cls, role: str | None = None, company: str | None = None) -> Target:
        """From what a person typed: "Charge nurse at St Mary's" names both."""
        role = " ".join((role or "").split())
        company = " ".join((company or "").split())
        if not company and " at " in role:
            role, _, company = role.rpartition(" at ")
        return cls(role.strip(), company.strip())

    @property
    def label(self) -> str:
        """As a person would say it: "Charge nurse at St Mary's" (empty for no role)."""
        return " at ".join(part for part in (self.role, self.company) if part)


# The target of an answer written for no role in particular.
NO_TARGET = Target()


class DraftWarning(NamedTuple):
    """Something the coach would change in an answer: an id for scripts, and why."""

    id: str
    message: str


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Draft:
    """An answer to one question, section by section, with what it names and how long it is."""

    question: Question
    sections: tuple[Section, ...]
    target: Target = NO_TARGET
    aspiration_id: str | None = None
    goal_ids: tuple[str, ...] = ()
    warnings: tuple[DraftWarning, ...] = field(default=())

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections if s.text)

    @property
    def words(self) -> int:
        return word_count(self.text)

    @property
    def seconds(self) -> int:
        return speaking_seconds(self.words)


def word_range(question: Question) -> tuple[int, int]:
    """The fewest and most words that fit the question's aim."""
    low, high = question.aim
    return -(-low * WORDS_PER_MINUTE // 60), high * WORDS_PER_MINUTE // 60


def assemble(
    question: Question,
    lines: Sequence[Line],
    *,
    target: Target = NO_TARGET,
    aspiration_id: str | None = None,
) -> Draft:
    """The needed lines, and as many of the others as fit the aim, best first."""
    _, most = word_range(question)
    ceiling = most - _MARGIN_WORDS
    kept = [line for line in lines if line.priority == 0 and line.text]
    total = sum(word_count(line.text) for line in kept)
    for line in sorted((x for x in lines if x.priority > 0 and x.text), key=lambda x: x.priority):
        size = word_count(line.text)
        if total + size <= ceiling:
            kept.append(line)
            total += size
    sections = []
    for section in question.sections:
        here = sorted((x for x in kept if x.section == section.id), key=lambda x: x.place)
        sections.append(Section(section.id, section.title, " ".join(x.text for x in here)))
    named: list[str] = []
    for line in sorted(kept, key=lambda x: x.place):
        named += [g for g in line.goal_ids if g not in named]
    return Draft(
        question=question,
        sections=tuple(sections),
        target=target,
        aspiration_id=aspiration_id,
        goal_ids=tuple(named),
    )

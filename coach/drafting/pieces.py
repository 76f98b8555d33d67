"""The pieces every answer is built from: which aspiration to speak of, the role, the
dated steps, the results so far and why it all matters, each as :class:`Line` items."""

from __future__ import annotations

from collections.abc import Iterable

from coach.coaching.counts import STOP
from coach.coaching.tokens import normalize, tokenize
from coach.content.interview import InterviewContent
from coach.drafting.compose import Line, Target
from coach.drafting.facts import Facts
from coach.drafting.stories import clause_of, done_goals, story_of
from coach.drafting.wording import (
    as_step,
    in_sentence,
    sentence,
    when_by,
)
from coach.models import Aspiration, Goal
from coach.quantities import amount
from coach.text import one_line


def content_words(text: str) -> set[str]:
    """The words of ``text`` that carry meaning (no stop words, no numbers), folded."""
    found = set()
    for tok in tokenize(normalize(text)):
        if tok.kind == "word" and tok.text not in STOP and len(tok.text) > 1:
            found.add(stem(tok.text))
    return found


def stem(word: str) -> str:
    """A crude stem, so "trained" meets "train" and "nurses" meets "nurse"."""
    for suffix in ("ing", "ied", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ied" else "")
    return word


def pick_aspiration(facts: Facts, target: Target) -> Aspiration | None:
    """The aspiration an answer speaks of: the active one closest to the role, then the
    one with the most goals still to name, then the oldest."""
    active = facts.active()
    if not active:
        return None
    role_words = content_words(f"{target.role} {target.company}")

    def rank(item: Aspiration) -> tuple[int, int, int, float]:
        overlap = len(role_words & content_words(f"{item.title} {item.why}"))
        goals = [g for g in facts.usable() if g.aspiration_id == item.id]
        return (-overlap, -len(facts.steps_of(item.id)), -len(goals), item.created.timestamp())

    return min(active, key=rank)


def others(facts: Facts, chosen: Aspiration | None) -> list[Aspiration]:
    return [a for a in facts.active() if chosen is None or a.id != chosen.id]


def role_phrase(target: Target, words: InterviewContent, *, fallback: str) -> str:
    """ "the charge nurse role at St Mary's"; ``fallback`` (a phrase id) without a role."""
    role = one_line(target.role).rstrip(".")
    parts = role.split()
    while parts and parts[-1].lower() in words.words.role_fillers:
        parts.pop()
    role = in_sentence(" ".join(parts), words) if parts else ""
    company = one_line(target.company)
    if role and company:
        return words.phrase("role_with_company", role=role, company=company)
    if role:
        return words.phrase("role_alone", role=role)
    if company:
        return words.phrase("role_with_company", role="open", company=company)
    return words.phrase(fallback)


def steps_for(facts: Facts, aspiration: Aspiration | None) -> list[Goal]:
    """Dated next steps toward ``aspiration``: its own, then goals of no aspiration."""
    own = facts.steps_of(aspiration.id) if aspiration else []
    return own + facts.steps_of(None)


def progress(goal: Goal, facts: Facts, words: InterviewContent) -> str:
    result = facts.result(goal)
    if result is None or result.target is None or not result.value:
        return ""
    text = words.phrase(
        "progress",
        current=amount(result.value, result.unit),
        target=amount(result.target, result.unit),
        metric=result.metric.strip(),
    )
    return ", " + " ".join(text.split())


def step_lines(
    goals: Iterable[Goal],
    facts: Facts,
    words: InterviewContent,
    *,
    section: str,
    needed: int,
    place: float = 10,
    priority: float = 3,
) -> list[Line]:
    """Each goal as a dated step; the first ``needed`` are needed, the rest optional."""
    lines = []
    waiting = 0
    for n, goal in enumerate(goals):
        assert goal.deadline is not None
        step = as_step(clause_of(goal, words), words)
        when = when_by(goal.deadline, words)
        if n == 0 and facts.in_progress(goal):
            text = words.phrase(
                "step_doing", step=step, when=when, progress=progress(goal, facts, words)
            )
        else:
            phrase = ("step_next", "step_later")[waiting] if waiting < 2 else "step_also"
            waiting += 1
            text = words.phrase(phrase, step=step, when=when)
        lines.append(
            Line(
                section,
                place + n,
                0 if n < needed else priority + n / 10,
                sentence(text),
                (goal.id,),
            )
        )
    return lines


def evidence_lines(
    facts: Facts,
    words: InterviewContent,
    aspiration: Aspiration | None,
    *,
    section: str,
    place: float = 20,
    first_priority: float = 0,
    lesson_priority: float = 2.5,
    more_priority: float = 3.2,
    most: int = 3,
) -> list[Line]:
    """Results so far (the first needed), the first followed by what the person learned."""
    lines = []
    for n, goal in enumerate(done_goals(facts, aspiration.id if aspiration else None)[:most]):
        story = story_of(goal, facts, words)
        if not story.result.strip():
            continue
        lines.append(
            Line(
                section,
                place + 2 * n,
                first_priority if n == 0 else more_priority + n / 10,
                story.result,
                (goal.id,),
            )
        )
        if n == 0 and story.lesson.strip():
            lines.append(
                Line(
                    section,
                    place + 2 * n + 1,
                    lesson_priority,
                    sentence(words.phrase("lesson", lesson=story.lesson.strip())),
                    (goal.id,),
                )
            )
    return lines


def next_step_line(
    facts: Facts, words: InterviewContent, aspiration: Aspiration, phrase: str, section: str
) -> Line | None:
    """The soonest next step toward ``aspiration`` said with ``phrase`` ({step} {when})."""
    steps = steps_for(facts, aspiration)
    if not steps or steps[0].deadline is None:
        return None
    goal = steps[0]
    assert goal.deadline is not None
    text = words.phrase(
        phrase, step=as_step(clause_of(goal, words), words), when=when_by(goal.deadline, words)
    )
    return Line(section, 0, 0, sentence(text), (goal.id,))

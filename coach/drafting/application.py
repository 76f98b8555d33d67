"""What goes into an application: resume lines, a career objective, a cover-letter paragraph.

- resume lines: one per achievement story, an action verb first, with the result and
  its number ("Trained 42 new graduate nurses in June 2026, against a target of 40");
- the career objective: one line from the aspiration and the target role;
- the cover-letter paragraph: the role as a step toward the aspiration, the results so
  far, the next dated step.

Nothing here is taken from the journal: these are written to be sent to someone.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.content.interview import InterviewContent
from coach.drafting.compose import NO_TARGET, Target
from coach.drafting.facts import Facts
from coach.drafting.pieces import next_step_line, pick_aspiration, role_phrase
from coach.drafting.stories import StoryDraft, stories
from coach.drafting.wording import as_aim, sentence, tidy, why_line
from coach.models import Aspiration

MOST_RESUME_LINES = 8
LETTER_RESULTS = 2


@dataclass(frozen=True)
class Application:
    """The pieces to paste into a resume and a cover letter, for one target role."""

    target: Target
    aspiration: Aspiration | None
    objective: str
    resume_lines: tuple[str, ...]
    letter: str
    stories: tuple[StoryDraft, ...]


def resume_line(story: StoryDraft) -> str:
    """A story's result as a resume line: no "I", the verb first, no closing full stop."""
    text = tidy(story.result).rstrip(".")
    if text.startswith("I was "):
        text = text[len("I was ") :]
    elif text.startswith("I "):
        text = text[len("I ") :]
    return text[:1].upper() + text[1:]


def _objective(aspiration: Aspiration | None, target: Target, words: InterviewContent) -> str:
    if aspiration is None:
        return ""
    aim = as_aim(aspiration.title, words)
    if target.role.strip() or target.company.strip():
        role = role_phrase(target, words, fallback="role_this")
        return sentence(words.phrase("objective_role", aim=aim, role=role))
    return sentence(words.phrase("objective_plain", aim=aim))


def _letter(
    aspiration: Aspiration | None,
    told: list[StoryDraft],
    facts: Facts,
    target: Target,
    words: InterviewContent,
) -> str:
    if aspiration is None:
        return ""
    role = role_phrase(target, words, fallback="role_this")
    parts = [sentence(words.phrase("letter_open", role=role, aim=as_aim(aspiration.title, words)))]
    parts.append(why_line(aspiration, words))
    results = [s.result for s in told if s.result.strip()][:LETTER_RESULTS]
    if results:
        parts.append(sentence(words.phrase("letter_results")))
        parts += results
    step = next_step_line(facts, words, aspiration, "letter_next", "letter")
    if step is not None:
        parts.append(step.text)
    parts.append(sentence(words.phrase("letter_close")))
    return " ".join(p for p in parts if p)


def application(facts: Facts, words: InterviewContent, target: Target = NO_TARGET) -> Application:
    """Resume lines, objective and letter paragraph for ``target``, from the plan."""
    aspiration = pick_aspiration(facts, target)
    told = stories(facts, words)
    first = [s for s in told if aspiration is not None and _serves(s, facts, aspiration)]
    ordered = first + [s for s in told if s not in first]
    return Application(
        target=target,
        aspiration=aspiration,
        objective=_objective(aspiration, target, words),
        resume_lines=tuple(resume_line(s) for s in ordered[:MOST_RESUME_LINES]),
        letter=_letter(aspiration, ordered, facts, target, words),
        stories=tuple(ordered),
    )


def _serves(story: StoryDraft, facts: Facts, aspiration: Aspiration) -> bool:
    goal = next((g for g in facts.goals if g.id == story.goal_id), None)
    return goal is not None and goal.aspiration_id == aspiration.id

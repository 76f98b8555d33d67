""" "Where do you see yourself in five years?", drafted from the plan.

Four parts, in order: the destination (the aspiration, its horizon, why it matters,
a second aim), the path there (two or three dated next steps), the evidence so far
(a done goal's result with its number, and what the person learned), and the link to
the role. What the plan cannot fill is left as a bracketed blank for the person.
"""

from __future__ import annotations

from coach.content.interview import InterviewContent
from coach.drafting.compose import Draft, Line, Target, assemble
from coach.drafting.facts import Facts
from coach.drafting.pieces import (
    evidence_lines,
    others,
    pick_aspiration,
    role_phrase,
    step_lines,
    steps_for,
)
from coach.drafting.wording import as_aim, is_verb, month, sentence, why_line
from coach.models import Aspiration

QUESTION = "five-years"


def _destination(
    aspiration: Aspiration, facts: Facts, words: InterviewContent, second: Aspiration | None
) -> list[Line]:
    # The title is said as the person wrote it; one named by what they will do
    # ("Open my own bakery") is "what I see myself doing", one they will be is "where".
    head = aspiration.title.split(" ", 1)[0].lower()
    doing = is_verb(head, words) and head not in ("be", "become", "get")
    phrase = "fy_destination_doing" if doing else "fy_destination"
    opening = words.phrase(phrase, aspiration=aspiration.title)
    lines = [Line("destination", 0, 0, sentence(opening))]
    lines.append(Line("destination", 2, 1, why_line(aspiration, words)))
    horizon = aspiration.horizon_date
    if horizon is not None and horizon >= facts.today:
        said = aspiration.horizon if len(aspiration.horizon or "") == 4 else month(horizon)
        lines.append(
            Line("destination", 1, 2.8, sentence(words.phrase("fy_horizon", horizon=str(said))))
        )
    if second is not None:
        text = sentence(words.phrase("fy_second", aspiration=second.title))
        lines.append(Line("destination", 3, 2, text))
    evaluation = facts.latest_evaluation(aspiration.id)
    if evaluation is not None and evaluation.score >= 60:
        lines.append(Line("destination", 4, 6, sentence(words.phrase("fy_evaluation"))))
    return lines


def _evidence(aspiration: Aspiration, facts: Facts, words: InterviewContent) -> list[Line]:
    lines = evidence_lines(facts, words, aspiration, section="evidence", place=20)
    if lines:
        lines.append(Line("evidence", 10, 4, sentence(words.phrase("fy_evidence_intro"))))
        own = [g for g in facts.usable() if g.aspiration_id == aspiration.id]
        done = [g for g in own if facts.is_done(g)]
        if len(own) > len(done) > 0:
            count = words.phrase("fy_done_count", count=str(len(done)), total=str(len(own)))
            lines.append(Line("evidence", 30, 5.5, sentence(count)))
    else:
        lines.append(Line("evidence", 20, 0, words.phrase("missing_result")))
    achieved = [a for a in facts.aspirations if a.status == "achieved"]
    if achieved:
        text = sentence(words.phrase("fy_achieved", aspiration=achieved[-1].title))
        lines.append(Line("evidence", 40, 5, text))
    if facts.journal_entries >= 5:
        lines.append(Line("evidence", 41, 7, sentence(words.phrase("fy_journal"))))
    return lines


def draft_five_years(facts: Facts, words: InterviewContent, target: Target) -> Draft:
    question = words.question(QUESTION)
    aspiration = pick_aspiration(facts, target)
    role = role_phrase(target, words, fallback="role_generic")
    role_line = Line("role", 0, 0, sentence(words.phrase("fy_role", role=role)))
    if aspiration is None:
        lines = [
            Line("destination", 0, 0, words.phrase("missing_aspiration")),
            Line("path", 0, 0, words.phrase("missing_steps")),
            Line("evidence", 0, 0, words.phrase("missing_result")),
            role_line,
        ]
        return assemble(question, lines, target=target)
    rest = others(facts, aspiration)
    second = rest[0] if rest else None
    steps = steps_for(facts, aspiration)
    if len(steps) < 2 and second is not None:
        steps += facts.steps_of(second.id)
        steps.sort(key=lambda g: (not facts.in_progress(g), g.deadline, g.created))
    lines = _destination(aspiration, facts, words, second)
    if steps:
        lines += step_lines(steps[:4], facts, words, section="path", needed=2)
        lines.append(Line("path", 0, 4, sentence(words.phrase("fy_path_intro"))))
        closing = words.phrase("fy_closing", aim=as_aim(aspiration.title, words))
        lines.append(Line("path", 50, 4.5, sentence(closing)))
    if len(steps) < 2:
        lines.append(Line("path", 30, 0, words.phrase("missing_steps")))
    lines += _evidence(aspiration, facts, words)
    lines.append(role_line)
    return assemble(question, lines, target=target, aspiration_id=aspiration.id)

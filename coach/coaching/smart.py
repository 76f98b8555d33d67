"""The SMART assessment of a goal written in free text.

Specific, Measurable and Time-bound are judged from the words; Achievable and
Realistic depend on the person's circumstances, so they are never judged here
(``ok is None``) and come back as the questions the method asks instead.
Pure: no IO, no clock; every date comes from the ``today`` passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from coach.coaching.deadlines import DeadlineMatch, deadline_matches, normalize
from coach.coaching.measures import Finding, find_count, find_outcome, find_specific

__all__ = ["CRITERIA", "Assessment", "Verdict", "assess"]

CRITERIA: tuple[str, ...] = ("specific", "measurable", "achievable", "realistic", "time_bound")


@dataclass(frozen=True)
class Verdict:
    """One criterion: met (True), not met (False) or only the person can tell (None)."""

    ok: bool | None
    reason: str
    suggestion: str

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "reason": self.reason, "suggestion": self.suggestion}


@dataclass(frozen=True)
class Assessment:
    """The five verdicts for one goal text, and the deadline found in it."""

    text: str
    specific: Verdict
    measurable: Verdict
    achievable: Verdict
    realistic: Verdict
    time_bound: Verdict
    deadline: date | None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        for name in CRITERIA:
            verdict: Verdict = getattr(self, name)
            out[name] = verdict.to_json()
        out["deadline"] = self.deadline.isoformat() if self.deadline else None
        return out

    @property
    def missing(self) -> list[str]:
        """Names of the criteria that are plainly not met, in SMART order."""
        return [name for name in CRITERIA if getattr(self, name).ok is False]


_KINDS = {
    "role": "the role",
    "credential": "the qualification",
    "deliverable": "the piece of work",
    "award": "what you want to win",
    "membership": "the group to join",
    "mentor": "a mentorship",
    "first": "a first milestone",
    "place": "the place",
    "org": "the kind of employer",
    "skill": "the skill",
    "count": "the target",
    "event": "the step",
}
_CADENCE = re.compile(
    r"\b(?:every|each|once\s+a|twice\s+a|per)\s+(?:other\s+)?(?:day|week|month|quarter|year)\b"
    r"|\b(?:daily|weekly|monthly|quarterly|yearly|annually|fortnightly)\b"
)
_VAGUE_TIME = re.compile(
    r"\b(?:soon|someday|some\s+day|eventually|one\s+day|in\s+the\s+future|at\s+some\s+point"
    r"|sometime|asap|in\s+the\s+long\s+run|down\s+the\s+road|when\s+i\s+can)\b"
)


def _quote(text: str, found: Finding) -> str:
    words = " ".join(text[found.start : found.end].split())
    return words if len(words) <= 60 else words[:59] + "…"


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _month_name(day: date) -> str:
    return f"{day:%B} {day.year}"


def _example_deadline(today: date) -> str:
    return "by " + _month_name(today + relativedelta(months=6, day=31))


def _specific(masked: str, text: str) -> Verdict:
    found = find_specific(masked, text)
    if found is None:
        return Verdict(
            False,
            "It does not name what you will have at the end: no role, skill, qualification, "
            "place, piece of work or number.",
            "Say exactly what you are after: which role, which skill, which place, or what "
            'result — "promoted to senior designer" rather than "grow my career". Start from '
            "what you enjoy doing and what you bring that others don't.",
        )
    return Verdict(
        True,
        f'Names {_KINDS[found.kind]}: "{_quote(text, found)}".',
        "You know what you are after. Check that it still matches what you enjoy and the "
        "talents you bring.",
    )


def _measurable(masked: str, text: str) -> Verdict:
    count = find_count(masked)
    outcome = find_outcome(masked, text)
    if count is not None and (outcome is None or count.start <= outcome.start):
        return Verdict(
            True,
            f'Counts something: "{_quote(text, count)}".',
            "Write the target down with a timetable and split it into short-term steps, so you "
            "can see how far along you are.",
        )
    if outcome is not None:
        return Verdict(
            True,
            f'Has an outcome that is either done or not: "{_quote(text, outcome)}".',
            "List the steps that lead to it, each with its own date, and check you have the "
            "time and energy for them next to what matters most right now.",
        )
    named = find_specific(masked, text)
    reason = "Nothing in it can be counted or ticked off as done."
    if named is not None:
        reason = (
            f'It names "{_quote(text, named)}" but not how much, or what "done" looks like, '
            "so progress cannot be checked."
        )
    return Verdict(
        False,
        reason,
        'Set the parameters: a number to reach ("win 10 pitches", "a 15% raise", "5 new '
        'clients") or an outcome that is plainly done or not ("promoted to team lead", '
        '"pass the CPA exam", "launch my portfolio site").',
    )


def _time_bound(norm: str, match: DeadlineMatch | None, today: date) -> Verdict:
    example = _example_deadline(today)
    if match is None:
        reason = "No date it has to be reached by."
        cadence = _CADENCE.search(norm)
        vague = _VAGUE_TIME.search(norm)
        if vague:
            reason = f'"{vague.group(0)}" is not a date, so nothing here says when it is due.'
        elif cadence:
            reason = (
                f'"{cadence.group(0)}" sets a rhythm, not a deadline: nothing says when the '
                "goal itself is due."
            )
        return Verdict(
            False,
            reason,
            f'Give it a date, for example "{example}". A goal without a deadline loses its '
            "urgency, and with it your drive.",
        )
    iso = match.date.isoformat()
    if match.date < today:
        return Verdict(
            True,
            f'Found the deadline "{match.phrase}" ({iso}), but that date has already passed.',
            f'Pick a new date that is still ahead, for example "{example}", and ask what '
            "has to change for this one to hold.",
        )
    halfway = today + (match.date - today) // 2
    plan = f"decide what should be done by about {halfway.isoformat()}, halfway there."
    if (match.date - today).days < 14:
        plan = "list what has to happen on each day until then."
    return Verdict(
        True,
        f'Found the deadline "{match.phrase}" ({iso}).',
        f"Put {iso} in your calendar and work backwards from it: {plan}",
    )


def _achievable(deadline: date | None, today: date) -> Verdict:
    suggestion = (
        "Name the obstacles most likely to get in your way, estimate how long each could "
        "delay this goal (and your aspiration), and write down how you will get around each."
    )
    if deadline is not None and today <= deadline <= today + relativedelta(days=30):
        left = (
            "The deadline is today"
            if deadline == today
            else f"Only {_days((deadline - today).days)} to go"
        )
        suggestion += f" {left}: start with the obstacle you will meet first."
    return Verdict(
        None,
        "Only you can judge this: it depends on obstacles the text cannot show.",
        suggestion,
    )


def _realistic(deadline: date | None, today: date) -> Verdict:
    reason = "Whether the timeline is within reach is yours to weigh."
    if deadline is not None and deadline >= today:
        span = _days((deadline - today).days)
        reason = f"Whether {span} (until {deadline.isoformat()}) is enough is yours to weigh."
    return Verdict(
        None,
        reason,
        "Check that the timeline is within reach, decide what you will let go of to make room "
        "for it, and say how this goal moves you towards your aspiration.",
    )


def assess(text: str, today: date) -> Assessment:
    """Judge ``text`` against the SMART criteria as of ``today``.

    Raises ValueError when ``text`` is empty or only whitespace.
    """
    if not text or not text.strip():
        raise ValueError("a goal needs some text to assess")
    norm = normalize(text)
    matches = deadline_matches(text, today)
    masked = list(norm)
    for m in matches:
        masked[m.start : m.end] = " " * (m.end - m.start)
    blanked = "".join(masked)
    first = matches[0] if matches else None
    deadline = first.date if first else None
    return Assessment(
        text=text,
        specific=_specific(blanked, text),
        measurable=_measurable(blanked, text),
        achievable=_achievable(deadline, today),
        realistic=_realistic(deadline, today),
        time_bound=_time_bound(norm, first, today),
        deadline=deadline,
    )

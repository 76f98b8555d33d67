"""The reasons and suggestions of each SMART verdict, in the person's own words.

Every reason quotes the words it rests on; every suggestion that needs an example
takes it from the person's field (:func:`coach.coaching.fields.samples_for`), and
where it can it names the object of the goal itself ("what could delay the board
exam?"). Pure functions from what the readers found to text.
"""

from __future__ import annotations

from datetime import date, timedelta

from coach.coaching.counts import Finding
from coach.coaching.dates import fmt_day
from coach.coaching.deadlines import TimeMention
from coach.coaching.fields import Field
from coach.coaching.periods import add_months, month_end

__all__ = [
    "achievable_text",
    "example_deadline",
    "measurable_text",
    "realistic_text",
    "specific_text",
    "time_bound_text",
]

KINDS = {
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
    "step": "the step",
    "metric": "the measure",
    "rhythm": "the routine",
    "limit": "the limit",
    "destination": "where it leads",
    "attained": "what you will have",
    "sold": "what you will sell",
    "change": "the change you will make",
}


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def example_deadline(today: date) -> str:
    """A date about six months ahead, as an example: "by June 2027"."""
    day = add_months(today, 6)
    return f"by {fmt_day(month_end(day.year, day.month)).split(' ', 1)[1]}"


def specific_text(
    found: Finding | None, quote: str, blur: str | None, typed: str, field: Field
) -> tuple[str, str]:
    """(reason, suggestion) for Specific."""
    if found is not None:
        return (
            f'Names {KINDS[found.kind]}: "{quote}".',
            "You know what you are after. Check that it still matches what you enjoy and "
            "the talents you bring.",
        )
    if blur:
        return (
            f'"{blur}" says which way to go, not where you will arrive: it names no role, '
            "qualification, piece of work or number to reach.",
            f"What will you be able to do, and how will you know? Name the result instead, "
            f'for example "{field.outcome}".',
        )
    return (
        "It does not name what you will have at the end: no role, skill, qualification, "
        "place, piece of work or number.",
        f"Say exactly what you are after: which role, which qualification or what result — "
        f'"{field.specific}" rather than "{typed}". Start from what you enjoy doing and what '
        "you bring that others don't.",
    )


def measurable_text(
    count: str | None, outcome: str | None, named: str | None, blur: str | None, field: Field
) -> tuple[str, str]:
    """(reason, suggestion) for Measurable."""
    if count is not None:
        return (
            f'Counts something: "{count}".',
            "Write the target down with a timetable and split it into short-term steps, so "
            "you can see how far along you are.",
        )
    if outcome is not None:
        return (
            f'Has an outcome that is either done or not: "{outcome}".',
            "List the steps that lead to it, each with its own date, and check you have the "
            "time and energy for them next to what matters most right now.",
        )
    reason = "Nothing in it can be counted or ticked off as done."
    if blur:
        reason = f'"{blur}" has no finish line: nothing says when it is done or how much is enough.'
    elif named is not None:
        reason = (
            f'It names "{named}" but not how much, or what counts as done, so progress '
            "cannot be checked."
        )
    return (
        reason,
        f'Set the parameters: a number to reach ("{field.measure}") or an outcome that is '
        f'plainly done or not ("{field.outcome}").',
    )


def time_bound_text(
    chosen: TimeMention | None,
    others: list[TimeMention],
    today: date,
    relaxed: str | None,
) -> tuple[bool, str, str]:
    """(met, reason, suggestion) for Time-bound; a passed date is never met."""
    example = example_deadline(today)
    if chosen is not None and chosen.date is not None:
        iso = chosen.date.isoformat()
        if chosen.date < today:
            return (
                False,
                f'The deadline "{chosen.phrase}" ({iso}) has already passed.',
                f'Pick a new date that is still ahead, for example "{example}", and ask what '
                "has to change for this one to hold.",
            )
        reason = f'Found the deadline "{chosen.phrase}" ({iso}).'
        if relaxed:
            return (
                True,
                reason,
                f'You say "{relaxed}": the date still gives it a finish line. Put {iso} in '
                "your calendar and look at how it is going halfway there.",
            )
        halfway = today + (chosen.date - today) // 2
        plan = f"decide what should be done by about {halfway.isoformat()}, halfway there."
        if (chosen.date - today).days < 14:
            plan = "list what has to happen on each day until then."
        return (True, reason, f"Put {iso} in your calendar and work backwards from it: {plan}")
    personal = next((m for m in others if m.role == "personal"), None)
    if personal is not None:
        return (
            False,
            f'"{personal.phrase}" ties it to an event of your own, and coach cannot know '
            "that date.",
            f'When is that? Write the date into the goal (for example "{example}"), so there '
            "is a day to count down to.",
        )
    impossible = next((m for m in others if m.role == "impossible"), None)
    if impossible is not None and impossible.note:
        return (
            False,
            f'"{impossible.phrase}": {impossible.note}',
            f'Write the day you meant, for example "{example}", so there is a real date to '
            "count down to.",
        )
    taken_back = next((m for m in others if m.role in ("replaced", "negated")), None)
    vague = next((m for m in others if m.role == "vague"), None)
    cadence = next((m for m in others if m.role == "cadence"), None)
    earliest = next((m for m in others if m.role == "earliest"), None)
    reason = "No date it has to be reached by."
    if earliest is not None:
        reason = f'"{earliest.phrase}" says when it can begin, not when it has to be done.'
    elif taken_back is not None:
        reason = f'"{taken_back.phrase}" is a date the text sets aside, and no other date is given.'
    elif vague is not None:
        reason = f'"{vague.phrase}" is not a date, so nothing here says when it is due.'
    elif cadence is not None:
        reason = (
            f'"{cadence.phrase}" sets a rhythm, not a deadline: nothing says when the goal '
            "itself is due."
        )
    return (
        False,
        reason,
        f'Give it a date, for example "{example}". A goal without a deadline loses its '
        "urgency, and with it your drive.",
    )


def achievable_text(deadline: date | None, today: date, thing: str | None, relaxed: bool) -> str:
    """The Achievable suggestion: the method's questions, about this goal's own object."""
    what = f'What could delay "{thing}"? ' if thing else ""
    text = (
        f"{what}Name the obstacles most likely to get in your way, estimate how long each "
        "could delay this goal (and your aspiration), and write down how you will get "
        "around each."
    )
    if deadline is not None and not relaxed and today <= deadline <= today + timedelta(days=30):
        left = (
            "The deadline is today"
            if deadline == today
            else f"Only {_days((deadline - today).days)} to go"
        )
        text += f" {left}: start with the obstacle you will meet first."
    return text


def realistic_text(deadline: date | None, today: date) -> str:
    """The Realistic reason: how long there is, when there is a date still ahead."""
    if deadline is not None and deadline >= today:
        span = _days((deadline - today).days)
        return f"Whether {span} (until {deadline.isoformat()}) is enough is yours to weigh."
    return "Whether the timeline is within reach is yours to weigh."

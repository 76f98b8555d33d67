"""A condition of work named on its own: "get off nights", "work remote by jan", "a 4 day
work week by summer", "wind down to 3 days a week".

It says how the person wants to work, not which role, place or result they are after, so
by the method it is not specific; but it is plainly had or not, so it is measurable.
Only a goal that is nothing but the condition (and its date) reads so: "get off nights in
the warehouse" or "a remote job as a django dev" name more, and are judged on that; a
comparison ("work fewer hours") stays vague.
"""

from __future__ import annotations

from coach.coaching.counts import Finding
from coach.coaching.measures import GoalWords
from coach.coaching.tokens import words

__all__ = ["condition_of_work", "condition_reason"]

_FORMS = (
    "off nights|off of nights|off the nights|off night shift|off night shifts|"
    "off the night shift|off weekends|off the weekend shift|onto days|on days|to days|"
    "day shift|day shifts|days only|straight days|onto day shift|on day shift|"
    "remote|remotely|fully remote|full remote|from home|wfh|hybrid|"
    "part time|full time|weekends off|no weekends|no more weekends|no nights|"
    "no more nights|no night shifts|no more night shifts|no more shifts|"
    "flexible hours|flexi time|flextime|compressed hours|9 to 5|nine to five|"
    "monday to friday|mon to fri|school hours"
)
_CONDITIONS = frozenset(tuple(form.split()) for form in _FORMS.split("|"))
_LONGEST = max(len(c) for c in _CONDITIONS)
# Words that may stand before the condition: who wants it and how they get there.
_LEADING = words(
    "i i'm im i'd want wanna would like to get go going move moving switch switching change "
    "be being work working start starting finally back a my onto down wind winding cut drop "
    "stay transfer transferring and permanently hours"
)
_TRAILING = words("permanently again only please for good")
_WEEK_WORDS = words("day days")


def _condition_at(seq: list[str], k: int) -> int:
    """The index after a condition of work starting at ``k`` in ``seq``, or ``k``."""
    for n in range(min(_LONGEST, len(seq) - k), 0, -1):
        if tuple(seq[k : k + n]) in _CONDITIONS:
            return k + n
    number = seq[k].isdigit() or seq[k] in ("four", "three", "4/10s")
    if number and seq[k + 1 : k + 2] == ["day"]:  # "a 4 day (work) week"
        j = k + 2 + (seq[k + 2 : k + 3] == ["work"])
        return j + 1 if seq[j : j + 1] == ["week"] else k
    if number and k > 0 and seq[k - 1] == "to" and seq[k + 1 : k + 2] and seq[k + 1] in _WEEK_WORDS:
        # "down to 3 days a week": how much to work, a condition too
        return k + 4 if seq[k + 2 : k + 4] == ["a", "week"] else k
    return k


def condition_of_work(goal: GoalWords, lo: int, hi: int) -> Finding | None:
    """The condition of work that is the whole of the goal in tokens ``[lo, hi)``, or None."""
    kept = [k for k in range(lo, hi) if goal.t(k) and goal.toks[k].kind != "mark"]
    seq = [goal.t(k) for k in kept]
    at = 0
    while at < len(seq) and seq[at] in _LEADING and _condition_at(seq, at) == at:
        at += 1
    first, found = at, False
    while at < len(seq):
        after = _condition_at(seq, at)
        if after == at:
            break
        at, found = after, True
    last = at
    while at < len(seq) and seq[at] in _TRAILING:
        at += 1
    if not found or at < len(seq):
        return None
    return goal.finding("condition", kept[first], kept[last - 1] + 1)


def condition_reason(quote: str) -> str:
    """Why a condition of work alone is not specific, quoting it."""
    return (
        f'"{quote}" says how you want to work, not which role, place or result you are '
        "after: it is plain when you have it, but not what you will be doing."
    )

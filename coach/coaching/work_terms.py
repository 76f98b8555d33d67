"""A condition of work named on its own: "get off nights", "work remote by jan", "a 4 day
work week by summer", "wind down to 3 days a week".

It says how the person wants to work, not which role, place or result they are after, so
by the method it is not specific; but it is plainly had or not, so it is measurable.
Only a goal that is nothing but the condition (and its date) reads so: "get off nights in
the warehouse" or "a remote job as a django dev" name more, and are judged on that; a
comparison ("work fewer hours") stays vague.
"""

from __future__ import annotations

import re

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


# Round 9: words that say only when, how long, on what terms or where a person works
# ("no more split shifts", "a 9 day fortnight", "remote only, no hybrid", "term time only",
# "a permanent contract not fixed term"). A goal made of nothing else, with at least one of
# these, names a condition and no role or thing to attain.
_TERMS = words(
    "nights night shorts mornings evenings weekends weekdays weekend shifts shift earlies lates "
    "rota rotas fortnight remote remotely hybrid wfh locum agency permanent temp temporary "
    "contract contracts hours hour hrs hr term time part full flexible flexi commute "
    "commuting travel travelling local closer home office onsite site based house pattern "
    "rotations rotation starts compressed annualised annualized daytime daytimes evening "
    "morning closes fully close "
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays"
)
# Words that only join, bound or replace such terms ("X not Y", "only X", "no more X",
# "N on N off", "3 days a week instead of 5"); a number is one too.
_JOINING = words(
    "no more not only just instead of rather than or and a an the in at to from max maximum "
    "per each week weeks off on long longer short shorter split day days early late "
    "fixed set same zero one two three four five six seven nine ten with without any all am pm "
    "i i'm im i'd want wanna would like get go move moving stay switch "
    "change be work working do doing need please job role post position once least"
)


def _conditions_only(seq: list[str]) -> bool:
    """Whether ``seq`` is nothing but terms of work, their joining words and numbers,
    with at least one term that is not also a plain word of time ("days", "week"): "work 4
    days a week" alone is read as before. "More"
    other than "no more" asks for a comparison with no size ("get more hours"): vague."""
    if not any(w in _TERMS for w in seq):
        return False
    if any(w == "more" and (k == 0 or seq[k - 1] != "no") for k, w in enumerate(seq)):
        return False
    return all(w in _TERMS or w in _JOINING or _number(w) for w in seq)


def _number(word: str) -> bool:
    """A number, or a time or pattern written with one: "37.5", "5am", "1h30", "4x9"."""
    return _NUMBER.fullmatch(word) is not None


_NUMBER = re.compile(r"\d+(?:[.:]\d+)?(?:am|pm|h\d*|x\d+|s)?")


def condition_of_work(goal: GoalWords, lo: int, hi: int, *, broad: bool = True) -> Finding | None:
    """The condition of work that is the whole of the goal in tokens ``[lo, hi)``, or None.
    With ``broad`` off (a far-off destination: "a permanent post someday") only the forms
    of round 6 read so."""
    kept = [k for k in range(lo, hi) if goal.t(k) and goal.toks[k].kind != "mark"]
    seq = [goal.t(k) for k in kept]
    if broad and seq and _conditions_only(seq):
        return goal.finding("condition", kept[0], kept[-1] + 1)
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

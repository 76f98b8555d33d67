"""How a time expression becomes a deadline: whether its introducing words are enough,
and which day it stands for.

A :class:`~coach.coaching.dates.Core` says how firmly it must be introduced ("may" needs
"by" or "in"; "June 2028" stands alone); :func:`accepts` checks the trigger found before
it. :func:`resolve` turns the period into one day: its last day by default, its first for
"the start of", the day before it for "before", the middle for "mid". :func:`strict`
moves "before March" to the next March not yet begun.
"""

from __future__ import annotations

from datetime import date, timedelta

from coach.coaching.dates import UNITS, Core, Reader
from coach.coaching.periods import Period
from coach.coaching.signals import Trigger
from coach.coaching.tokens import words

__all__ = ["START", "accepts", "resolve", "strict"]

_WEAK = words("at on for")
_SPAN_TRIGGERS = words("in within over inside during under by until till through")
START = words("after from starting beginning since once")
_BEFORE = words("before prior ahead b4")
_UNTIL = words("until till til")
_WITHIN = words("in during within throughout over")
_COUNT_NOUNS = words(
    "people staff employees unit units copies dollar dollars euro euros pound pounds usd eur "
    "gbp hours words pages sq ft points customers clients users followers subscribers k"
)
_S_WORDS = words(
    "is was has as this thus plus its us always across unless towards afterwards besides "
    "whereas yes his hers ours yours theirs"
)


_AMOUNT_WORDS = words("over under about around approximately approx")


_AFTER_A_YEAR = words(
    "and or but so then to i we at the latest if when while because as with for in on by "
    "from before after until till is was will would my our fiscal financial tax calendar "
    "year end"
)


_SITTINGS = words("intake sitting session")


def _year_ok(r: Reader, core: Core, trig: str | None) -> bool:
    nxt = r.text(core.end)
    after = r.toks[core.end] if core.end < len(r.toks) else None
    modifier = r.text(core.start - 1) == "the" and after and after.kind == "word"
    if modifier and nxt not in _AFTER_A_YEAR:
        # "for the 2028 cohort": the year says which one, not a date; but "in the 2028
        # intake" (or sitting) is when it happens, some time that year
        return trig == "in" and nxt in _SITTINGS
    if nxt in ("a", "an", "per", "every", "each") and r.text(core.end + 1) in UNITS:
        return False
    if nxt in _COUNT_NOUNS or (nxt in UNITS and nxt != "year"):
        return False
    return not (nxt.endswith("s") and len(nxt) > 3 and nxt not in _S_WORDS)


def _closes_short_line(r: Reader, core: Core) -> bool:
    """A year that ends a line of a few words, right after a word ("CPA 2028")."""
    rest = [t for t in r.toks[core.end :] if t.kind != "mark" or t.text not in ".!"]
    before = r.toks[core.start - 1] if core.start > 0 else None
    return (
        not rest
        and 1 <= core.start <= 4
        and before is not None
        and before.kind == "word"
        and before.text not in _NOT_BEFORE_A_YEAR
    )


def _period_closes_line(r: Reader, core: Core) -> bool:
    """A quarter or half written short ("Q3", "H2") closing a line of any length, right
    after a word: "be promoted to shift lead at the depot Q3". Such a name is nothing
    but a period, as a year ("windows 2019") or a month ("may") may not be."""
    rest = [t for t in r.toks[core.end :] if t.kind != "mark" or t.text not in ".!"]
    word = r.text(core.start)
    short = len(word) == 2 and word[0] in "qh" and word[1] in ("1234" if word[0] == "q" else "12")
    if short and not rest and r.text(core.start - 1) == "," and r.text(core.start - 3) == "not":
        return True  # "launch the app not Q1, Q2": the quarter that replaces the one denied
    return short and not rest and core.start > 0 and r.toks[core.start - 1].kind == "word"


_NOT_BEFORE_A_YEAR = words("of since from than class vintage model")
# Exams that are sat once a year and named with it ("JAMB 2029", "UPSC prelims 2029",
# "the 2029 bar exam"): the year is the sitting's, so the goal is due by its end.
_EXAMS = words(
    "exam exams examination examinations prelims mains boards finals jamb utme waec neco "
    "kcse kcpe upsc neet jee mdcat cgl ibps clat cse bar"
)


def _names_an_exam(r: Reader, core: Core) -> bool:
    """A year right after the name of an exam, or right before it after "the"."""
    if core.end - core.start != 1:
        return False
    before = r.text(core.start - 1) if core.start > 0 else ""
    after = r.text(core.end)
    if before in _EXAMS and r.toks[core.start - 1].kind == "word":
        return True
    return before == "the" and (after in _EXAMS or r.text(core.end + 1) in _EXAMS)


def accepts(r: Reader, core: Core, trig: Trigger | None) -> bool:
    word, mod = (trig.word, trig.mod) if trig else (None, None)
    return _needs_met(r, core, word, mod, trig.raw if trig else "")


def _needs_met(r: Reader, core: Core, trig: str | None, mod: str | None, raw: str) -> bool:
    need = core.needs
    if need == "":
        return True
    if trig is None and _at_the_latest(r, core.end):
        return True  # "6 mos max", "2028 at the latest", "3 weeks tops"
    if need == "trigger":
        # "pmp q4", "CSCS card december": a time closing a line of a few words
        return (
            trig is not None
            or mod is not None
            or _closes_short_line(r, core)
            or _period_closes_line(r, core)
        )
    if need == "strong":
        return mod is not None or (trig is not None and trig not in _WEAK)
    if need == "modifier":
        return mod is not None or trig == "within"
    if need == "year":
        ok = mod is not None or (trig is not None and trig not in ("at", "on"))
        if not ok and r.text(core.end) == "the" and r.text(core.end + 1) == "year":
            return True  # "make 2027 the year I ..."
        if not ok and r.text(core.end) == "is" and r.text(core.end + 2) == "year":
            return True
        if not ok and trig is None and _closes_short_line(r, core):
            return True  # "CPA 2028": a year after what is wanted, with nothing else
        if not ok and trig is None and _names_an_exam(r, core):
            return True  # "clear UPSC prelims 2029 with 100+", "the 2029 bar exam"
        return ok and raw not in _AMOUNT_WORDS and _year_ok(r, core, trig)
    if need in ("deadline word", "firm word"):
        # "by 1H28", "in 3Q27", "end of 4Q": a word that introduces a deadline must come
        # first ("under 1h30", "about 2h" are times); "firm word" wants "by", "before",
        # "until" or a modifier ("in 2h" is two hours)
        if mod is not None:
            return True
        if need == "firm word":
            return trig in ("by", "before", "until")
        return trig is not None and trig not in ("at", "on") and raw not in _AMOUNT_WORDS
    if need == "span":
        # "starting in 90 days": the span counts to when the goal starts
        return trig in _SPAN_TRIGGERS or (trig == "from" and raw.endswith(" in"))
    return need == "next"


def _at_the_latest(r: Reader, end: int) -> bool:
    """A time said with words after it that make it the latest it may be, closing the
    clause: "6 mos max", "2028 at the latest", "3 weeks tops", "2 years at most"."""
    said = [r.text(k) for k in range(end, end + 3)]
    for tail in (
        ["max"],
        ["maximum"],
        ["tops"],
        ["latest"],
        ["at", "the", "latest"],
        ["at", "most"],
    ):
        if said[: len(tail)] == tail and r.text(end + len(tail)) in _CLAUSE_ENDS:
            return True
    return False


_CLAUSE_ENDS = frozenset(("", ",", ";", ".", "!", "and", "then"))


def resolve(core: Core, trig: str | None, mod: str | None) -> date:
    value = core.value
    assert value is not None
    if isinstance(value, date):
        # "before 1/9", "before the 1st of july": due the day before the day written
        return value - timedelta(days=1) if trig in _BEFORE and mod is None else value
    start, end, kind = value
    if kind in ("over", "end"):
        return end  # "before EOFY" is read as "before the end of the fiscal year": its last day
    if kind == "new year":
        # "in the new year" is the whole of next year; "by", "before" or "until the new
        # year" is the turn of the year, the last day of this one.
        if mod in ("start", "beginning"):
            return start
        if mod in ("end", "close", "late") or (trig in ("in", "within", "during") and mod is None):
            return end
        return start - timedelta(days=1)
    if kind == "new years":
        # New Year's is the turn of the year: worked "till" it, or done "before" it, is
        # this year's last day; done "by" it is the day itself.
        return start - timedelta(days=1) if trig in _BEFORE or trig in _UNTIL else start
    if mod in ("end", "close", "late"):
        return end
    if mod in ("start", "beginning"):
        return start
    if kind == "fast" and mod is None and trig not in _BEFORE and trig not in _WITHIN:
        # "by ramadan": the day the month of fasting begins, as the one labelled set with
        # it reads; "before ramadan" the day before, "in" or "during" it its last day
        return start
    if mod in ("mid", "middle", "early"):
        if kind == "year":
            return date(start.year, 6, 30) if mod != "early" else date(start.year, 3, 31)
        if kind == "month":
            return start.replace(day=15 if mod != "early" else 10)
        return start + (end - start) // (2 if mod != "early" else 3)
    if trig in _BEFORE:
        return start - timedelta(days=1)
    return end


def strict(core: Core, r: Reader, trig: str | None, mod: str | None) -> Core:
    """ "before March" or "by the start of March" means the next March not yet begun."""
    value = core.value
    if not core.named or not isinstance(value, Period) or value.start > r.today:
        return core
    if value.kind == "weekday":  # "before thursday", said on a Thursday: next week's
        if trig not in _BEFORE:
            return core
        later = Period(value.start + timedelta(days=7), value.end + timedelta(days=7), "weekday")
        return core._replace(value=later)
    if trig in _BEFORE or mod in ("start", "beginning"):
        later = Period(
            value.start.replace(year=value.start.year + 1),
            _same_day_next_year(value.end),
            value.kind,
        )
        return core._replace(value=later)
    return core


def _same_day_next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)

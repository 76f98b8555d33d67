"""Finding a deadline in free text and resolving it to a date.

Everything is computed from the ``today`` passed in; nothing reads the clock.

How phrases resolve:

- Relative spans ("in 6 weeks", "within two years", "over the next 90 days",
  "18 months from now", "in a year and a half") add calendar time to today.
- A named period resolves to its last day: "by June 2028" is 2028-06-30, "in Q2 2027"
  is 2027-06-30, "by 2028" is 2028-12-31; likewise "this year", "next month",
  "the end of next quarter".
- "before" a named period means the day before that period starts ("before 2028" is
  2027-12-31, "before June 2027" is 2027-05-31). "before" a written date, or "before
  the end of" a period, keeps the date as written. "until" and "through" include the
  whole period.
- Without a year, a month, quarter, half or season means the next one that has not
  ended yet ("by March" is the coming March 31).
- "start/beginning of" is the first day; "mid" is the middle (mid-year is June 30,
  mid-month the 15th); "early" is March 31 of a year or the 10th of a month; "late"
  and "end of" are the last day.
- Seasons are the northern meteorological ones; "winter 2027" runs from December 2027
  to the end of February 2028.
- All-numeric dates: year first is ISO; with dots the day comes first; with slashes or
  dashes whichever order makes a valid date, month first (US) when both do. A day that
  does not exist ("31 February 2027") leaves only its month and year.
- A weekday ("by Friday") is the next such day on or after today; "by tomorrow" is
  today plus one day.
- Bare years and months need a preposition ("by 2028", "in March"), so counts such as
  "sell 2000 units" and the verb "may" are never deadlines. Cadences ("every week"),
  vague times ("soon", "in the coming months") and ages or birthdays resolve to nothing.
- When a text holds several deadlines, the first one in the text is the deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from coach.coaching.periods import (
    BEFORE,
    MONTHS,
    SPAN_NUMBER_RE,
    WEEKDAYS,
    Period,
    add_span,
    apply_modifier,
    month_period,
    period_maker,
    unit_period,
    upcoming,
    word_number,
    words,
    year_period,
)

__all__ = ["DeadlineMatch", "deadline_matches", "find_deadline", "find_deadline_match", "normalize"]


@dataclass(frozen=True)
class DeadlineMatch:
    """A deadline phrase: where it sits in the text, the words used and the date."""

    start: int
    end: int
    phrase: str
    date: date


_APOSTROPHES = frozenset("’‘ʼ′`´")
_DASHES = frozenset("‐‑‒–—―−")
_ASCII_DIGITS = frozenset("0123456789")


def normalize(text: str) -> str:
    """Lower-case ``text`` with plain apostrophes and spaces, keeping every offset.

    Hyphens become spaces except between two digits (so "mid-2027" reads "mid 2027"
    while "2027-03-31" stays a date). The result has the same length as ``text``.
    """
    chars: list[str] = []
    for c in text:
        if c in _APOSTROPHES:
            chars.append("'")
        elif c in _DASHES:
            chars.append("-")
        elif c.isspace():
            chars.append(" ")
        else:
            low = c.lower()
            chars.append(low if len(low) == 1 else c)
    for i, c in enumerate(chars):
        if c == "-":
            left = chars[i - 1] if i > 0 else ""
            right = chars[i + 1] if i + 1 < len(chars) else ""
            if not (left in _ASCII_DIGITS and right in _ASCII_DIGITS):
                chars[i] = " "
    return "".join(chars)


# --- patterns ----------------------------------------------------------------------

_MONTH = rf"(?P<mon>{'|'.join(sorted(MONTHS, key=len, reverse=True))})(?:\.|\b)"
_YEAR = r"(?P<y>(?:19|20)[0-9]{2})(?![0-9])"
_DAY = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])"
_NO_YEAR_AFTER = r"(?!\s*,?\s*(?:of\s+)?(?:19|20)[0-9]{2})"
_UNIT = (
    r"(?P<unit>(?:business\s+|working\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|mos?|years?|yrs?|quarters?|decades?|fortnights?))\b"
)
_HALF = r"\s+and\s+a\s+half"
_SPAN = rf"(?P<num>{SPAN_NUMBER_RE})(?P<half1>{_HALF})?\s*{_UNIT}(?P<half2>{_HALF})?"
_REL_YEAR = r"(?P<yrel>this|next|the)\s+year"

_CORES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "relative",
            r"\b(?P<trig>in|within|over|inside(?:\s+of)?|during)\s+(?:the\s+)?"
            r"(?:(?P<nx>next|coming|following|upcoming)\s+)?"
            r"(?:(?:under|less\s+than|about|around|roughly|approximately|at\s+most|just|only)\s+)?"
            rf"(?:(?P<num>{SPAN_NUMBER_RE})(?P<half1>\s+and\s+a\s+half)?\s*)?{_UNIT}"
            r"(?P<half2>\s+and\s+a\s+half)?(?:'s?\s+time\b)?",
        ),
        ("from_now", rf"\b{_SPAN}\s+from\s+(?:now|today)\b"),
        ("this_time_next", r"\bthis\s+time\s+next\s+(?P<unit>week|month|year)\b"),
        (
            "iso",
            r"(?<![0-9.])(?P<y>(?:19|20)[0-9]{2})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})"
            r"(?![0-9])",
        ),
        (
            "numeric",
            r"(?<![0-9./-])(?P<a>[0-9]{1,2})(?P<sep>[/.-])(?P<b>[0-9]{1,2})(?P=sep)"
            r"(?P<y>(?:19|20)[0-9]{2})(?![0-9])",
        ),
        ("iso_month", r"(?<![0-9.])(?P<y>(?:19|20)[0-9]{2})-(?P<m>0[1-9]|1[0-2])(?![0-9]|-[0-9])"),
        ("mdy", rf"\b{_MONTH}\s*(?:the\s+)?{_DAY}(?:\s*,\s*|\s+)(?:of\s+)?{_YEAR}"),
        ("dmy", rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s*{_YEAR}"),
        ("md", rf"\b{_MONTH}\s+(?:the\s+)?{_DAY}{_NO_YEAR_AFTER}"),
        ("dm", rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_NO_YEAR_AFTER}"),
        ("month_year", rf"\b{_MONTH}\s*,?\s*(?:of\s+)?{_YEAR}"),
        (
            "quarter",
            r"\b(?:q(?P<q>[1-4])(?![0-9a-z])|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
            rf"\s+quarter)(?:[\s-]*(?:of\s+)?(?:{_YEAR}|{_REL_YEAR}\b|'(?P<yy>[0-9]{{2}})(?![0-9])))?",
        ),
        (
            "half",
            r"\b(?:h(?P<h>[12])(?![0-9a-z])|(?P<hw>first|second|1st|2nd|latter)\s+half)"
            rf"(?:[\s-]*(?:of\s+)?(?:{_YEAR}|{_REL_YEAR}\b))?",
        ),
        (
            "season",
            r"\b(?:(?P<rel>this|next|the\s+coming|coming)\s+)?"
            rf"(?P<s>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?{_YEAR})?",
        ),
        ("month", rf"\b(?:(?P<rel>this|next|the\s+coming|coming)\s+)?{_MONTH}"),
        (
            "weekday",
            r"\b(?:(?P<rel>this|next|coming)\s+)?(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day\b",
        ),
        ("tomorrow", r"\btomorrow\b"),
        ("year_end", rf"\b(?:year\s*end|eoy)\b(?:\s+(?:of\s+)?{_YEAR})?"),
        (
            "rel_period",
            r"\b(?P<rel>this|next|the\s+current|current|the\s+following|the\s+coming)\s+"
            r"(?:calendar\s+|fiscal\s+)?(?P<unit>week|month|quarter|year|decade)\b",
        ),
        ("the_unit", r"\b(?P<unit>week|month|quarter|year|decade)\b(?!\s*(?:19|20)[0-9]{2})"),
        (
            "year",
            r"(?<![0-9$€£¥#.,])(?:(?:the\s+)?year\s+)?(?P<y>(?:19|20)[0-9]{2})"
            r"(?![0-9%+]|[.,][0-9]|\s*k\b|-[0-9])",
        ),
    )
)

_TRIG = (
    r"no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|prior\s+to|ahead\s+of"
    r"|in\s+time\s+for|from\s+now\s+until|by|in|before|until|till|'til|til|through|thru"
    r"|throughout|during|within|at|on|for|due"
)
_LOOK = re.compile(
    rf"(?:\b(?P<trig>{_TRIG})\s+)?(?:\b(?P<the1>the)\s+)?"
    r"(?:\b(?:very\s+)?(?:(?P<mod1>end|close|start|beginning|middle)\s+of"
    r"|(?P<mod2>end|mid|early|late))\s+)?(?:\b(?P<the2>the)\s+)?$"
)
_WEAK = frozenset({"at", "on", "for"})
_POINT_TRIGS = frozenset({"on"})
_WITHIN = frozenset({"within", "during", "throughout"})
_FOLLOW = re.compile(r"\s*(?P<w>[a-z]+)")
_COUNT_NOUNS = frozenset(
    words(
        "people staff employees unit units copies dollar dollars euro euros pound pounds usd eur "
        "gbp hours words pages sq ft points customers clients users followers subscribers"
    )
)
_S_WORDS = frozenset(
    words(
        "is was has as this thus plus its us always across unless towards afterwards besides "
        "whereas yes his hers ours yours theirs"
    )
)


def _span(m: re.Match[str], today: date) -> date | None:
    raw = m.group("num")
    n = word_number(raw) if raw else 1.0
    if n is None:
        return None
    if m.group("half1") or m.group("half2"):
        n += 0.5
    return add_span(today, n, m.group("unit"))


def _year_ok(norm: str, m: re.Match[str]) -> bool:
    follow = _FOLLOW.match(norm, m.end())
    if follow is None:
        return True
    word = follow.group("w")
    if word in _COUNT_NOUNS:
        return False
    return not (word.endswith("s") and len(word) > 3 and word not in _S_WORDS)


def _named(
    name: str, g: dict[str, str | None], today: date, anchored: bool, strict: bool
) -> Period | None:
    """A quarter, half, season or month, with or without its year."""
    make = period_maker(name, g)
    if g.get("yy"):
        return make(2000 + int(str(g["yy"])))
    if g.get("y"):
        return make(int(str(g["y"])))
    if g.get("yrel"):
        return make(today.year + (g["yrel"] == "next"))
    rel = g.get("rel")
    if name == "half" and g["hw"]:
        return None
    if rel and rel != "this":
        return upcoming(make, today, True)
    if not anchored and (rel is None or g.get("mon") in ("may", "mar", "march")):
        return None
    if rel == "this" and name == "month":
        return make(today.year)
    return upcoming(make, today, strict)


def _resolve(
    name: str, m: re.Match[str], norm: str, today: date, trig: str | None, mod: str | None
) -> date | Period | None:
    g = m.groupdict()
    anchored = mod is not None or (trig is not None and trig not in _WEAK)
    strict = trig in BEFORE or mod in ("start", "beginning")
    if name == "relative":
        # "in the next month" is one month; "in the coming months" names no span at all.
        if g["num"] is None and (g["nx"] is None or g["unit"].endswith("s")):
            return None
        return _span(m, today)
    if name == "from_now":
        return _span(m, today)
    if name == "this_time_next":
        return add_span(today, 1, m.group("unit"))
    if name == "iso":
        return date(int(g["y"]), int(g["m"]), int(g["d"]))
    if name == "numeric":
        a, b = int(g["a"]), int(g["b"])
        if g["sep"] == "." or a > 12:
            a, b = b, a
        return date(int(g["y"]), a, b)
    if name in ("mdy", "dmy"):
        return date(int(g["y"]), MONTHS[g["mon"]], int(g["d"]))
    if name in ("md", "dm"):
        if not (anchored or trig in _POINT_TRIGS):
            return None
        mon, day = MONTHS[g["mon"]], int(g["d"])
        found = upcoming(lambda y: (date(y, mon, day), date(y, mon, day), "day"), today, strict)
        return found[0] if found else None
    if name in ("month_year", "iso_month"):
        return month_period(int(g["y"]), MONTHS[g["mon"]] if name == "month_year" else int(g["m"]))
    if name == "year":
        if not (mod is not None or (trig is not None and trig not in ("at", "on"))):
            return None
        return year_period(int(g["y"])) if _year_ok(norm, m) else None
    if name in ("quarter", "half", "season", "month"):
        return _named(name, g, today, anchored, strict)
    if name == "weekday":
        if not (anchored or g["rel"] or trig == "on"):
            return None
        start = today + relativedelta(days=1) if g["rel"] == "next" else today
        return start + relativedelta(weekday=WEEKDAYS[g["wd"]](+1))
    if name == "tomorrow":
        return today + relativedelta(days=1) if anchored else None
    if name == "year_end":
        if g["y"]:
            return date(int(g["y"]), 12, 31)
        return date(today.year, 12, 31) if anchored else None
    if name == "rel_period":
        ahead = 0 if g["rel"] in ("this", "current", "the current") else 1
        return unit_period(g["unit"], today, ahead)
    if name == "the_unit":
        return unit_period(g["unit"], today, 0) if mod is not None else None
    return None


def deadline_matches(text: str, today: date) -> list[DeadlineMatch]:
    """Every deadline phrase in ``text`` that resolves, first in the text first.

    Overlapping phrases are reduced to the one that starts first (the longest when two
    start together).
    """
    norm = normalize(text)
    found: list[DeadlineMatch] = []
    for name, pattern in _CORES:
        for m in pattern.finditer(norm):
            look = _LOOK.search(norm, max(0, m.start() - 60), m.start())
            trig = mod = None
            start = m.start()
            if look is not None:
                trig = " ".join(look.group("trig").split()) if look.group("trig") else None
                mod = look.group("mod1") or look.group("mod2")
                had_the = bool(look.group("the1") or look.group("the2"))
                if name == "the_unit" and mod is None and had_the and trig in _WITHIN:
                    mod = "end"
                if trig or mod:
                    start = look.start()
            try:
                value = _resolve(name, m, norm, today, trig, mod)
                if value is None:
                    continue
                when = apply_modifier(value, trig, mod)
            except (ValueError, OverflowError):
                continue
            found.append(DeadlineMatch(start, m.end(), text[start : m.end()].strip(), when))
    found.sort(key=lambda d: (d.start, d.start - d.end))
    kept: list[DeadlineMatch] = []
    for item in found:
        if all(item.start >= k.end or item.end <= k.start for k in kept):
            kept.append(item)
    return kept


def find_deadline_match(text: str, today: date) -> DeadlineMatch | None:
    """The first deadline phrase in ``text``, or None when there is none."""
    matches = deadline_matches(text, today)
    return matches[0] if matches else None


def find_deadline(text: str, today: date) -> date | None:
    """The date of the first deadline in ``text`` resolved against ``today``, or None."""
    match = find_deadline_match(text, today)
    return match.date if match else None

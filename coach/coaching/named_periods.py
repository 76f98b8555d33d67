"""Periods and spans named in words: quarters, halves, seasons, holidays, fiscal years,
"this/next" periods, abbreviations, weekdays and spans from today.

"Q3 2027", "the first half of 2027", "by spring", "by thanksgiving", "in the new year",
"FY27", "this fiscal year", "EOQ", "next month", "by friday", "in 6 weeks", "10 wks",
"over the next three quarters", "18 months from now". The fiscal year and the new year
are read in :mod:`coach.coaching.fiscal`, days named by their weekday in
:mod:`coach.coaching.weekdays`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from coach.coaching.dates import (
    ORDINALS,
    REL_NEXT,
    REL_THIS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    Core,
    Reader,
    runs_out,
    year_of,
)
from coach.coaching.fiscal import fiscal, fiscal_core, new_fiscal_year, new_year
from coach.coaching.holidays import holiday
from coach.coaching.periods import (
    Period,
    add_span,
    half_period,
    month_period,
    quarter_period,
    season_period,
    unit_period,
    upcoming,
)
from coach.coaching.references import season_after
from coach.coaching.tokens import number_value, words
from coach.coaching.weekdays import nth_weekday_of, weekday

__all__ = ["NAMED_READERS"]


def _named(r: Reader, i: int, j: int, make: Callable[[int], Period], need: str) -> Core | None:
    year, end = year_of(r, j)
    if year is not None:
        return Core(i, end, make(year), "")
    period = upcoming(make, r.today, False)
    return Core(i, j, period, need, named=True) if period else None


def _quarter(r: Reader, i: int) -> Core | None:
    word = r.text(i)
    if len(word) == 2 and word[0] == "q" and word[1] in "1234":
        q, j = int(word[1]), i + 1
    elif word in ORDINALS and r.text(i + 1) in ("quarter", "qtr"):
        q, j = ORDINALS[word], i + 2
    elif _glued_ordinal(r, i) in ORDINALS and r.text(i + 2) in ("quarter", "qtr"):
        q, j = ORDINALS[_glued_ordinal(r, i)], i + 3  # "by 1st quarter 2029", "the 3rd qtr"
    else:
        return None
    if _plural_thing(r, j):
        return None  # "Q1 journals", "the q4 numbers": a kind of thing, not a date
    return _named(r, i, j, lambda y: quarter_period(y, q), "trigger")


def _glued_ordinal(r: Reader, i: int) -> str:
    """ "1st", "2nd" as typed: a number and its glued ending, as one word; else ""."""
    if r.toks[i].kind != "num" or i + 1 >= len(r.toks) or not r.toks[i + 1].glued:
        return ""
    return r.text(i) + r.text(i + 1)


def _plural_thing(r: Reader, j: int) -> bool:
    """Whether token ``j`` is a plural noun (not a word that may follow a date)."""
    after = r.toks[j] if j < len(r.toks) else None
    if after is None or after.kind != "word" or after.text in _AFTER_SEASON:
        return False
    return len(after.text) > 3 and after.text.endswith("s") and r.year_at(j + 1) is None


def _half(r: Reader, i: int) -> Core | None:
    word = r.text(i)
    if word in ("h1", "h2"):
        h, j = int(word[1]), i + 1
    elif word in ("first", "second", "1st", "2nd", "latter") and r.text(i + 1) == "half":
        h, j = (1 if word in ("first", "1st") else 2), i + 2
        year, end = year_of(r, j)
        return Core(i, end, half_period(year, h), "") if year else None
    elif _glued_ordinal(r, i) in ("1st", "2nd") and r.text(i + 2) == "half":
        h, j = (1 if r.text(i) == "1" else 2), i + 3  # "by 1st half of 2029"
        year, end = year_of(r, j)
        return Core(i, end, half_period(year, h), "") if year else None
    else:
        return None
    return _named(r, i, j, lambda y: half_period(y, h), "trigger")


def _number_first(r: Reader, i: int) -> Core | None:
    """A half or quarter written number first, as many in Asia write them: "1H28", "2H
    2028", "3Q27", "1Q 2028", a bare "4Q" or "2H" (the next one not yet over). It must
    follow a word that introduces a deadline ("by 1H28", "in 3Q27", "end of 2H"), so "the
    bus takes 1h30" stays a time of day; and as "1h30" is also an hour and a half, a half
    with a glued two-digit year reads so only for a year close to today (the year before
    to two years on)."""
    tok = r.toks[i]
    if tok.kind != "num" or tok.text not in ("1", "2", "3", "4") or i + 1 >= len(r.toks):
        return None
    unit = r.toks[i + 1]
    letter, glued_year = unit.text[:1], unit.text[1:]
    if not unit.glued or unit.kind != "word" or letter not in "hq":
        return None
    n = int(tok.text)
    if letter == "h" and n > 2:
        return None
    period_of = half_period if letter == "h" else quarter_period

    def make(y: int) -> Period:
        return period_of(y, n)

    if glued_year:
        if not (glued_year.isdigit() and len(glued_year) in (2, 4)):
            return None
        y = int(glued_year) + (2000 if len(glued_year) == 2 else 0)
        if letter == "h" and len(glued_year) == 2 and not -1 <= y - r.today.year <= 2:
            return None  # "in 1h45": an hour and three quarters
        return Core(i, i + 2, make(y), "deadline word")
    year, end = year_of(r, i + 2)
    if year is not None:
        return Core(i, end, make(year), "deadline word")
    if r.toks[i + 2 : i + 3] and r.toks[i + 2].kind == "num":
        return None  # "2h 30": a time
    period = upcoming(make, r.today, False)
    # a bare "2H" after "in" or "for" is two hours: only "by", "before", "until" or "the
    # end of" make it a half
    need = "deadline word" if letter == "q" else "firm word"
    return Core(i, i + 2, period, need, named=True) if period else None


def _week_of_month(r: Reader, i: int) -> Core | None:
    """ "the 1st week of march", "the last week of june 2028": the first seven days of the
    month (the second seven, ...), or its last seven; the next such month not yet over."""
    j = i + (r.text(i) == "the")
    word = r.text(j)
    if r.toks[j : j + 1] and r.toks[j].kind == "num" and r.text(j + 1) in ("st", "nd", "rd", "th"):
        word, j = word + r.text(j + 1), j + 1
    n = ORDINALS.get(word)
    if n is None or r.text(j + 1) not in ("week", "wk") or r.text(j + 2) != "of":
        return None
    m = r.month_at(j + 3) if j + 3 < len(r.toks) else None
    if m is None:
        return None
    last = word in ("last", "final")
    month = m

    def make(y: int) -> Period:
        whole = month_period(y, month)
        if last:
            return Period(whole.end - timedelta(days=6), whole.end, "week")
        start = whole.start + timedelta(days=7 * (n - 1))
        return Period(start, start + timedelta(days=6), "week")

    return _named(r, i, j + 4, make, "trigger")


def _rel_named(r: Reader, i: int) -> Core | None:
    """this/next/the coming + a month or a season ("next March", "this summer")."""
    j = i + (r.text(i) == "the")
    rel = r.text(j)
    if rel not in ("this", "next", "coming", "upcoming") or (rel == "this" and j > i):
        return None
    word = r.text(j + 1)
    m = r.month_at(j + 1) if j + 1 < len(r.toks) else None
    make: Callable[[int], Period]
    if m is not None:
        month = m

        def make(y: int) -> Period:
            return month_period(y, month)

        if rel == "this" and make(r.today.year).end < r.today:
            # "this june" said in November: the coming June, this year's being over
            return Core(i, j + 2, make(r.today.year + 1), "")
        if rel == "this":
            return Core(i, j + 2, make(r.today.year), "")
    elif word in SEASONS:

        def make(y: int) -> Period:
            return season_period(y, word)

    else:
        return None
    if rel == "next":
        # "next fall", "next march": the one of next year, as "this fall" is this year's
        # (said in July, "next fall" is not the fall six weeks away)
        return Core(i, j + 2, make(r.today.year + 1), "")
    period = upcoming(make, r.today, strict=rel != "this")
    return Core(i, j + 2, period, "") if period else None


_AFTER_SEASON = words(
    "of and or but so then to i we at the latest if when while because as this next with "
    "for in on by from before after until till is was will would my our w without"
)


def _season(r: Reader, i: int) -> Core | None:
    word = r.text(i)
    if word not in SEASONS:
        return None
    after = r.toks[i + 1] if i + 1 < len(r.toks) else None
    if after is not None and after.text in ("season", "months", "sitting"):
        # "the summer season", "the winter months", "the spring sitting" (of an exam): the
        # season itself (an intake is the school's own date: "by the spring intake")
        j = i + 2
        period = upcoming(lambda y: season_period(y, word), r.today, False)
        return Core(i, j, period, "trigger", named=True) if period else None
    if after is not None and after.kind == "word" and after.text not in _AFTER_SEASON:
        return None  # "the spring fair", "a summer internship": a kind of thing, not a date
    if season_after(r.toks, i):
        return None  # "by the summer after": read as pointing back (references.py)
    year, end = year_of(r, i + 1)
    if year is not None:
        return Core(i, end, season_period(year, word), "")
    period = upcoming(lambda y: season_period(y, word), r.today, False)
    return Core(i, i + 1, period, "trigger", named=True) if period else None


def _unit_said_before(r: Reader, i: int) -> str:
    """The unit of "this <unit> but / or / , next" before a bare "next" at ``i``, or ""."""
    if r.text(i + 1) in UNITS or r.text(i + 1) in ("fiscal", "calendar"):
        return ""
    k = i - 1
    k -= r.text(k) in ("but", "or", "then")
    k -= r.text(k) == ","
    unit = r.text(k)
    return unit if r.text(k - 1) in REL_THIS and unit in UNITS else ""


def _relative(r: Reader, i: int) -> Core | None:
    """this/next/the coming + week, month, quarter, year, decade (maybe fiscal or calendar)."""
    j = i + (r.text(i) == "the")
    rel = r.text(j)
    if rel == "new" and r.text(j + 1) in ("fiscal", "financial", "fy"):
        return new_fiscal_year(r, i, j + 1)
    if rel not in REL_THIS and rel not in REL_NEXT and rel not in ("last", "past", "previous"):
        return None
    k = j + 1
    if r.text(k) in ("school", "academic"):
        return None  # a school year ends when the school says: coach cannot know
    # "this tax year": the fiscal year, as the tax year follows the fiscal setting
    tax = r.text(k) == "tax" and r.text(k + 1) == "year"
    fiscal = r.text(k) in ("fiscal", "financial", "fy") or tax
    k += r.text(k) in ("calendar", "fiscal", "financial", "school", "academic") or tax
    unit = r.text(k)
    elided = rel in REL_NEXT and j == i and _unit_said_before(r, i)
    if elided:  # "not this year but next": the unit is the one just said
        unit, k = elided, k - 1
    if UNITS.get(unit) in ("week", "month", "quarter", "year", "decade") and unit[-1] != "s":
        unit = UNITS[unit]  # "this yr", "next wk", "this qtr"
    if unit in ("weekend", "wknd", "wkend") and not fiscal:
        return _weekend(r, i, k + 1, ahead=rel in REL_NEXT)
    if (fiscal and unit in ("fy", "fiscal")) or unit == "fy":
        fiscal, unit = True, "year"
    elif fiscal and UNITS.get(unit) not in ("quarter", "year") and unit[:1] != "q":
        unit, k = "year", k - 1  # "this fiscal": the fiscal year ("this fiscal q2" is a quarter)
    if unit not in ("week", "month", "quarter", "year", "decade", "fy"):
        return None
    if rel == "upcoming" or (j == i and rel in ("coming", "following")):
        return None
    ahead = 0 if rel in REL_THIS else -1 if rel in ("last", "past", "previous") else 1
    fs = r.options.fiscal_year_start
    name = f"fiscal {unit}" if fiscal and unit in ("year", "quarter") else unit
    period = unit_period(name, r.today, ahead, fs, r.options.week_start)
    if fiscal:
        return fiscal_core(r, i, k + 1, period)
    return Core(i, k + 1, period, "")


def _weekend(r: Reader, i: int, j: int, ahead: bool) -> Core:
    """ "this weekend", "by the weekend", "next wknd": the Saturday and Sunday of this
    week (or the next), so it is due on the Sunday."""
    saturday = r.today + timedelta(days=(5 - r.today.weekday()) % 7)
    if r.today.weekday() == 6:
        saturday -= timedelta(days=1)  # said on a Sunday, this weekend is today
    saturday += timedelta(days=7 * ahead)
    return Core(i, j, Period(saturday, saturday + timedelta(days=1), "weekend"), "")


def _the_unit(r: Reader, i: int) -> Core | None:
    """A bare "week", "month", "year" (a modifier must come first: "the end of the year")."""
    unit = r.text(i)
    if UNITS.get(unit) in ("week", "month", "year") and unit[-1] != "s":
        unit = UNITS[unit]  # "the end of the yr", "within the wk"
    if unit not in ("week", "month", "quarter", "year", "decade", "day", "weekend", "wknd"):
        return None
    if r.year_at(i + 1) is not None:
        return None
    if unit == "day":
        return Core(i, i + 1, Period(r.today, r.today, "day"), "modifier")
    if unit in ("weekend", "wknd", "wkend"):
        if r.text(i - 1) != "the":
            return None
        core = _weekend(r, i, i + 1, ahead=False)
        return core._replace(needs="strong")  # "by the weekend", not "on the weekend"
    period = unit_period(unit, r.today, 0, 1, r.options.week_start)
    over = runs_out(r, i + 1)
    if over and r.text(i - 1) == "the":
        # "before the year is out": its last day, whether "before" or "by" introduces it
        return Core(i, i + 1 + over, Period(period.end, period.end, "over"), "trigger")
    return Core(i, i + 1, period, "modifier")


def _abbreviation(r: Reader, i: int) -> Core | None:
    """EOY, EOQ, EOM, EOW, year end, year-end, yearend, month end, quarter end."""
    word = r.text(i)
    if word in ("eod", "cob", "eob") and r.text(i + 1) not in WEEKDAYS:
        return Core(i, i + 1, r.today, "")  # end of the day, close of business: today
    units = {"eoy": "year", "eoq": "quarter", "eom": "month", "eow": "week", "ye": "year"}
    if word in units and (word != "ye" or r.year_at(i + 1) is not None):
        unit, j = units[word], i + 1
    elif word in ("year", "month", "quarter", "week") and r.text(i + 1) == "end":
        unit, j = word, i + 2
    elif word == "yearend":
        unit, j = "year", i + 1
    elif word == "q" and r.text(i - 1) == "of" and r.text(i + 1) == "":  # "by end of Q"
        unit, j = "quarter", i + 1
    else:
        return None
    if unit == "year":
        found = r.short_year(j + (r.text(j) == "of"))
        if found is not None:
            end_of = date(found[0], 12, 31)
            return Core(i, found[1], Period(end_of, end_of, "end"), "")
    end = unit_period(unit, r.today, 0, 1, r.options.week_start).end
    if word.startswith("eo"):  # "b4 EOM": the end itself, as "before the end of the month"
        return Core(i, j, Period(end, end, "end"), "")
    return Core(i, j, end, "trigger")


def _this_time_next(r: Reader, i: int) -> Core | None:
    """ "this time next year": a year (or week, month) from today."""
    if r.text(i) != "this" or r.text(i + 1) != "time" or r.text(i + 2) != "next":
        return None
    unit = UNITS.get(r.text(i + 3))
    if unit not in ("week", "month", "year"):
        return None
    day = add_span(r.today, 1, unit)
    return Core(i, i + 4, day, "") if day else None


_TOMORROW = words("tomorrow tmrw tmr tmrow tomorow tommorow tommorrow 2moro 2morrow")


def _tomorrow(r: Reader, i: int) -> Core | None:
    word = r.text(i)
    if word in _TOMORROW:
        # "tomorrow" names one day, said alone or after "by"; "the leaders of tomorrow"
        # and "tomorrow's" are not a date.
        alone = r.text(i - 1) != "of" and r.text(i + 1) != "'s"
        return Core(i, i + 1, r.today + timedelta(days=1), "" if alone else "strong")
    if word in ("today", "tonight"):
        return Core(i, i + 1, r.today, "strong")
    return None


def _span(r: Reader, i: int) -> Core | None:
    """[the] [next|coming|following] N units [and a half] [from now | 's time | time]."""
    j = i + (r.text(i) == "the")
    nx = r.text(j) in REL_NEXT
    j += nx
    if nx and r.text(j) == "the":
        return None
    j += r.text(j) in ("about", "around", "roughly", "approximately", "only", "just")
    if r.text(j) in ("a", "an") and r.toks[j + 1 : j + 2] and r.toks[j + 1].kind == "num":
        j += 1  # "within an 18-month window"
    if "couple" in (r.text(j), r.text(j + 1)) and "years" in (r.text(j + 2), r.text(j + 3)):
        return None  # "a couple of years" is a loose horizon; "a couple of months" is two
    found = number_value(r.toks, j)
    if found is None:
        if not nx or j == i + 1:
            return None  # "next year" is a period; "the next year" is a span
        n, k = 1.0, j
    else:
        n, k = found
    word = r.text(k)
    business = word in ("business", "working", "calendar", "school")
    k += business
    unit = UNITS.get(r.text(k))
    if unit is None:
        return None
    if found is not None and r.text(k) == "year" and r.year_at(j) is not None:
        return None  # "until 2028 year": the year 2028, as some write it, not 2028 years
    if found is None and r.text(k).endswith("s"):
        return None  # "the coming months": no span at all
    if business and unit == "day" and r.text(k - 1) in ("business", "working"):
        unit = "business day"
    k += 1
    if r.text(k) == "and" and r.text(k + 1) in ("a", "one") and r.text(k + 2) == "half":
        n += 0.5
        k += 3
    if r.text(k) == "of" or (r.text(k) in ("after", "before") and r.text(k + 1) != "today"):
        return None  # "within 18 months of graduating": counted from another event
    day = add_span(r.today, n, unit)
    if day is None:
        return None
    need = "span"
    if (r.text(k) == "from" and r.text(k + 1) in ("now", "today")) or (
        r.text(k) in ("'s", "'") and r.text(k + 1) == "time"
    ):
        need, k = "", k + 2
    elif r.text(k) == "time" and r.text(k - 1).endswith("'"):
        need, k = "", k + 1
    elif nx:
        need = "next"
    return Core(i, k, day, need)


def _day_of_month(r: Reader, i: int) -> Core | None:
    """ "by the 20th": the next 20th of a month (a trigger must introduce it)."""
    if r.text(i) != "the":
        return None
    tok = r.toks[i + 1] if i + 1 < len(r.toks) else None
    if tok is None or tok.kind != "num" or not tok.text.isdigit() or not 1 <= int(tok.text) <= 31:
        return None
    if r.text(i + 2) not in ("st", "nd", "rd", "th") or not r.toks[i + 2].glued:
        return None
    if r.text(i + 3) in ("quarter", "qtr", "half"):
        return None  # "by the 2nd quarter": the quarter (``_quarter``), not a day
    d, day = int(tok.text), r.today
    if (
        r.text(i + 3) == "of"
        and r.text(i + 4) in ("this", "next")
        and UNITS.get(r.text(i + 5)) == "month"
    ):
        # "by the 15th of next month"
        first = unit_period("month", r.today, r.text(i + 4) == "next").start
        try:
            return Core(i, i + 6, first.replace(day=d), "strong")
        except ValueError:
            return None
    if r.text(i + 3) in ("of", "century") or r.month_at(i + 3) is not None:
        return None
    for _ in range(3):
        try:
            found = day.replace(day=d)
        except ValueError:
            found = None
        if found is not None and found >= r.today:
            return Core(i, i + 3, found, "strong")
        day = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return None


NAMED_READERS = (
    fiscal,
    _abbreviation,
    holiday,
    new_year,
    _span,
    _relative,
    nth_weekday_of,
    weekday,
    _this_time_next,
    _tomorrow,
    _rel_named,
    _day_of_month,
    _quarter,
    _half,
    _number_first,
    _week_of_month,
    _season,
    _the_unit,
)

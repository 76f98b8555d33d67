"""The fiscal year and the turn of the year, named in words.

"FY27", "FY27/28", "fiscal 2027", "this fiscal year", "the tax year", "the new fiscal year",
"FY end", "EOFY", a quarter of the fiscal year ("fiscal Q2", "Q3 of this FY", "FY28 Q1"),
"the new year" and "the 1st of the year". A fiscal year follows the reading options' first
month and is always said, so the person can set another start.
"""

from __future__ import annotations

from datetime import date

from coach.coaching.dates import Core, Reader, runs_out
from coach.coaching.periods import Period, fiscal_year, fiscal_year_of, quarter_period, unit_period

__all__ = ["fiscal", "fiscal_core", "new_fiscal_year", "new_year"]

_FISCAL_WORDS = ("fiscal", "fy", "financial")


def new_year(r: Reader, i: int) -> Core | None:
    """ "the new year" (next year, resolved by its trigger), "new year's eve", "new year's
    day", "new years" (the day)."""
    j = i + (r.text(i) == "the")
    first = _first_of_the_year(r, j)
    if first is not None:
        start = date(r.today.year + 1, 1, 1)
        return Core(i, first, Period(start, start, "holiday"), "trigger")
    if r.text(j) != "new" or r.text(j + 1) not in ("year", "year's", "years"):
        return None
    k = j + 2
    if r.text(k) == "eve":
        day = date(r.today.year, 12, 31)
        return Core(i, k + 1, day, "trigger")
    if r.text(k) == "day":  # new year's day is a day: "by new year's day" is 1 January
        start = date(r.today.year + 1, 1, 1)
        return Core(i, k + 1, Period(start, start, "holiday"), "trigger")
    start = date(r.today.year + 1, 1, 1)
    if j == i and r.text(j + 1) != "year":
        # "by new years", "b4 new year's": the holiday's own name (short for New Year's
        # Day), so a day: "by" it is 1 January; "before", "till" it the last day before.
        return Core(i, k, Period(start, start, "new years"), "trigger")
    return Core(i, k, Period(start, date(start.year, 12, 31), "new year"), "trigger")


def _first_of_the_year(r: Reader, j: int) -> int | None:
    """ "the 1st of the year", "the first of the new year": 1 January (the index after)."""
    k = j + (r.text(j) == "1" and r.text(j + 1) == "st")
    if r.text(k) not in ("st", "first") or r.text(k + 1) != "of" or r.text(k + 2) != "the":
        return None
    k += 3 + (r.text(k + 3) == "new")
    return k + 1 if r.text(k) == "year" and r.year_at(k + 1) is None else None


def fiscal(r: Reader, i: int) -> Core | None:
    """FY27, FY 2027, fiscal 2027, this/next fiscal year, the fiscal year, FY end."""
    word = r.text(i)
    fs = r.options.fiscal_year_start
    quarter = _fiscal_quarter(r, i)
    if quarter is not None:
        return quarter
    if word.startswith("fy") and word[2:].isdigit() and len(word) in (4, 6):
        y = int(word[2:])
        y, after = _second_year(r, i + 1, y + 2000 if y < 100 else y)
        return fiscal_core(r, i, after, fiscal_year(y, fs))
    if word == "fy" or (word == "fiscal" and r.text(i + 1) != "year"):
        found = r.short_year(i + 1)
        if found is None and r.toks[i + 1 : i + 2] and r.toks[i + 1].kind == "num":
            tok = r.toks[i + 1]
            found = (2000 + int(tok.text), i + 2) if len(tok.text) == 2 else None
        if found is not None:
            return fiscal_core(r, i, found[1], fiscal_year(found[0], fs))
        if word == "fy" or r.text(i - 1) == "of":  # "by end of fiscal"
            return fiscal_core(r, i, i + 1, unit_period("fiscal year", r.today, 0, fs), "strong")
        return None
    if word in ("fiscal", "financial", "tax") and r.text(i + 1) == "year":
        found = r.short_year(i + 2)
        if found is not None:
            return fiscal_core(r, i, found[1], fiscal_year(found[0], fs))
        return fiscal_core(r, i, i + 2, unit_period("fiscal year", r.today, 0, fs), "strong")
    if word in ("fye", "eofy"):
        end = unit_period("fiscal year", r.today, 0, fs).end
        return fiscal_core(r, i, i + 1, Period(end, end, "end"))  # "b4 EOFY": its last day
    return None


def _second_year(r: Reader, j: int, y: int) -> tuple[int, int]:
    """ "fy27/28": a fiscal year named by both its years is the one ending in the second
    (the year and the index after it); else ``y`` as it was."""
    toks = r.toks
    if j + 1 < len(toks) and r.text(j) == "/" and toks[j].glued and toks[j + 1].glued:
        second = r.text(j + 1)
        if second.isdigit() and len(second) == 2 and int(second) == (y + 1) % 100:
            return y + 1, j + 2
    return y, j


def _quarter_number(word: str) -> int | None:
    return int(word[1]) if len(word) == 2 and word[0] == "q" and word[1] in "1234" else None


def _fy_named(r: Reader, k: int) -> tuple[Period, int] | None:
    """A fiscal year named after a quarter: "fy28", "this fy", "the fiscal year", "next
    fiscal year" (with the index after it)."""
    fs = r.options.fiscal_year_start
    word = r.text(k)
    if word.startswith("fy") and word[2:].isdigit() and len(word) in (4, 6):
        y = int(word[2:])
        return fiscal_year(y + 2000 if y < 100 else y, fs), k + 1
    ahead = {"this": 0, "the": 0, "next": 1}.get(word)
    if ahead is None or r.text(k + 1) not in _FISCAL_WORDS:
        return None
    j = k + 2 + (r.text(k + 1) != "fy" and r.text(k + 2) == "year")
    return unit_period("fiscal year", r.today, ahead, fs), j


def _fiscal_quarter(r: Reader, i: int) -> Core | None:
    """A quarter of the fiscal year: "fiscal q2", "fy q1" (the next one not yet over),
    "q3 of this fy", "q2 of the fiscal year", "q1 fy28", "fy28 q4"."""
    fs = r.options.fiscal_year_start
    word = r.text(i)
    year: Period | None = None
    if word in _FISCAL_WORDS and (q := _quarter_number(r.text(i + 1))) is not None:
        end = i + 2
    elif (named := _fy_named(r, i)) is not None and (q := _quarter_number(r.text(named[1]))):
        year, end = named[0], named[1] + 1
    elif (q := _quarter_number(word)) is not None:
        k = i + 1 + (r.text(i + 1) == "of")
        named = _fy_named(r, k)
        if named is None:
            return None
        year, end = named
    else:
        return None
    if year is None:  # the quarter of this fiscal year, or of the next once it is over
        year = fiscal_year_of(r.today, fs)
        if quarter_period(year.start.year, q, fs).end < r.today:
            year = fiscal_year(year.end.year + 1, fs)
    return fiscal_core(r, i, end, quarter_period(year.start.year, q, fs))


def fiscal_core(r: Reader, i: int, j: int, value: date | Period, need: str = "") -> Core:
    if r.text(j) == "end":
        j += 1
        value = value.end if isinstance(value, Period) else value
    if isinstance(value, Period) and (over := runs_out(r, j)):
        # "before the fiscal year ends": its last day, not the day before it starts
        value, j = Period(value.end, value.end, "over"), j + over
    fs = r.options.fiscal_year_start
    if fs == 1:
        note = (
            "took the fiscal year to run January to December; if yours starts in another "
            "month, set the fiscal-year start"
        )
    else:
        note = (
            f"took the fiscal year to start in {r.options.fiscal_month_name} (as set) and to "
            "be named by the year it ends in"
        )
    return Core(i, j, value, need, note)


def new_fiscal_year(r: Reader, i: int, k: int) -> Core | None:
    """ "the new fiscal year": the next one, read as "the new year" is ("in" it is its
    last day, "by" or "before" it the last day of this one)."""
    k += r.text(k) != "fy" and r.text(k + 1) == "year"
    fs = r.options.fiscal_year_start
    after = unit_period("fiscal year", r.today, 1, fs)
    return fiscal_core(r, i, k + 1, after._replace(kind="new year"))

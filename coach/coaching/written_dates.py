"""Dates written out: all-numeric (3/4/2028, 2027-03-31), and with a month's name.

"March 31, 2027", "the 31st of March 2027", "mar 31", "june 2028", "2027-06", and a
month alone ("by april", "now april"). The reading options decide which way round an
all-numeric date goes; when both readings are real days, the one taken is said. A day
that does not exist ("31 April", "2/30/2027") gives no date, and the note says so.
"""

from __future__ import annotations

from datetime import date

from coach.coaching.dates import Core, Reader, day_number, fmt_day, span_text, year_of
from coach.coaching.periods import Period, month_days, month_period, upcoming
from coach.coaching.reading import MONTH_NAMES
from coach.coaching.tokens import words

__all__ = ["WRITTEN_READERS", "read_numeric"]


def _real_day(y: int, m: int, d: int, written: str) -> tuple[date | None, str | None]:
    """The date, or None with a note when that day does not exist ("31 April")."""
    if d <= month_days(y, m):
        return date(y, m, d), None
    return None, (
        f'there is no {d} {MONTH_NAMES[m - 1]} in {y}, so "{written}" gives no date: '
        "which day did you mean?"
    )


def _day_core(i: int, j: int, y: int, m: int, d: int, written: str, note: str | None) -> Core:
    day, bad = _real_day(y, m, d, written)
    return Core(i, j, day, "", bad or note)


def _numeric(r: Reader, i: int) -> Core | None:
    tok = r.toks[i]
    parts = [int(p) for p in tok.text.replace("/", "-").replace(".", "-").split("-")]
    if len(parts) == 2:  # 2027-06
        y, m = parts
        return Core(i, i + 1, month_period(y, m), "") if 1 <= m <= 12 else None
    if tok.text[:4].isdigit():  # 2027-03-31, 2027/3/31
        y, m, d = parts
        if not 1 <= m <= 12 or not 1 <= d <= 31:
            return None
        return _day_core(i, i + 1, y, m, d, tok.text, None)
    a, b, y = parts
    if r.options.date_order == "ymd" and y < 100 and "/" in tok.text and len(tok.text) <= 8:
        # "28/3/4" year first: 2028-03-04
        if not 1 <= b <= 12 or not 1 <= y <= 31:
            return None
        return _day_core(i, i + 1, 2000 + a, b, y, tok.text, None)
    if y < 100:
        y += 2000
    m, d = (a, b) if r.options.month_first else (b, a)
    note = None
    if not 1 <= m <= 12:
        m, d = d, m
    elif 1 <= d <= 12 and a != b:
        other = date(y, d, min(m, month_days(y, d)))
        how = {"mdy": "month first, as set", "dmy": "day first, as set"}.get(
            r.options.date_order, "month first"
        )
        # Dots follow the setting as slashes do ("1.2.2028" is 2 January when months
        # come first): a dot is no surer sign of the day first than a slash is.
        note = (
            f'read "{tok.text}" as {fmt_day(date(y, m, min(d, month_days(y, m))))} ({how}); '
            f"if you meant {fmt_day(other)}, change the date order in settings"
        )
    if not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    return _day_core(i, i + 1, y, m, d, tok.text, note)


def _month_first(r: Reader, i: int) -> Core | None:
    m = r.month_at(i)
    if m is None:
        return None
    j = i + 1
    if r.text(j) == "." and r.toks[j].glued:
        j += 1
    day = day_number(r, j) or _day_in_words(r, j)
    if day is not None:
        d, k = day
        k2 = k + (r.text(k) == ",")
        k2 += r.text(k2) == "of"
        year = r.year_at(k2)
        if year is not None:
            return _day_core(i, k2 + 1, year, m, d, span_text(r, i, k2 + 1), None)
        return _closing(r, i, k, _month_day(r, i, k, m, d))
    year, end = year_of(r, j)  # "june 2028", "september of next year"
    if year is not None:
        return Core(i, end, month_period(year, m), "")
    period = upcoming(lambda y: month_period(y, m), r.today, False)
    if period is None:
        return None
    return Core(i, j, period, _bare_month_need(r, i, j), named=True)


_DAY_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}


def _day_in_words(r: Reader, j: int) -> tuple[int, int] | None:
    """ "june first", "march the fifteenth", "may twenty first": a day in words."""
    j += r.text(j) == "the"
    word = r.text(j)
    if word in ("twenty", "thirty") and _DAY_WORDS.get(r.text(j + 1), 10) < 10:
        base = 20 if word == "twenty" else 30
        d = base + _DAY_WORDS[r.text(j + 1)]
        return (d, j + 2) if d <= 31 else None
    if word == "thirtieth":
        return 30, j + 1
    return (_DAY_WORDS[word], j + 1) if word in _DAY_WORDS else None


_VERB_MONTHS = words("may mar march")
_OWNERS = words("my our your his her their")
_DATE_NOUNS = words("deadline deadlines cutoff target")  # "my april deadline" is a date


_NOUN_AFTER = words(", ; . ! ? ) instead or and at latest then but") | {""}


_SUBJECT_BEFORE = words("i we you he she it they that this which who to can will might must")


def _bare_month_need(r: Reader, i: int, j: int) -> str:
    """A month named alone stands as a date; "may" and "march" only where they are nouns.

    "now april", "i told my boss january" are dates; "i may get promoted" and "march
    towards" are not, unless a trigger introduces them ("by may").
    """
    if r.text(i - 1) in _OWNERS and r.text(j) not in _NOUN_AFTER | _DATE_NOUNS:
        return "strong"  # "my april payslip": the month names a thing, not a date
    if r.text(i) not in _VERB_MONTHS:
        return ""
    if r.text(j) in _NOUN_AFTER and r.text(i - 1) not in _SUBJECT_BEFORE:
        return ""
    return "strong"


def _month_day(r: Reader, i: int, end: int, m: int, d: int) -> Core | None:
    written = span_text(r, i, end)
    if d > month_days(2028, m):  # 2028 is a leap year: only days no year has
        return Core(i, end, None, "trigger", _no_such_day(m, d, written))

    def make(y: int) -> Period:
        day = date(y, m, d)
        return Period(day, day, "day")

    period = upcoming(make, r.today, False)
    if period is None:
        return None
    return Core(i, end, period.start, "trigger", named=True)


def _no_such_day(m: int, d: int, written: str) -> str:
    return (
        f'there is no {d} {MONTH_NAMES[m - 1]}, so "{written}" gives no date: '
        "which day did you mean?"
    )


def _day_first(r: Reader, i: int) -> Core | None:
    day = day_number(r, i)
    if day is None:
        return None
    d, j = day
    j += r.text(j) == "of"
    m = r.month_at(j)
    if m is None:
        return None
    k = j + 1 + (r.text(j + 1) == ".")
    k2 = k + (r.text(k) == ",")
    year = r.year_at(k2)
    if year is not None:
        return _day_core(i, k2 + 1, year, m, d, span_text(r, i, k2 + 1), None)
    return _closing(r, i, k, _month_day(r, i, k, m, d))


def _closing(r: Reader, i: int, end: int, found: Core | None) -> Core | None:
    """A month and day in words that close a clause after a word stand alone, as a date
    said last does ("..., course ends march 18", "exam is 15 june"), and so does one in
    brackets ("the shutdown (14 april)"): no "by" is needed."""
    bracketed = r.text(i - 1) == "(" and r.text(end) == ")"  # "the shutdown (14 april)"
    if found is None or not isinstance(found.value, date):
        return found
    if not (bracketed or _closes_clause(r, i, end)):
        return found
    return found._replace(needs="")


read_numeric = _numeric


def _month_slash_day(r: Reader, i: int) -> Core | None:
    """ "by 11/15": a month and day without a year, read in the date order; the next one."""
    toks = r.toks
    if i + 2 >= len(toks) or toks[i].kind != "num" or r.text(i + 1) != "/":
        return None
    if not (toks[i + 1].glued and toks[i + 2].glued and toks[i + 2].kind == "num"):
        return None
    if i + 3 < len(toks) and toks[i + 3].glued and toks[i + 3].kind in ("num", "word"):
        return None  # "90/hr", "2/3rds"
    a, b = toks[i].text, toks[i + 2].text
    if not (a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2):
        return None
    found = _day_and_month(r, i, i + 3, a, b, f"{a}/{b}")
    if found is None or not isinstance(found.value, date) or found.note:
        return found
    if found.value.day > 12 and _closes_clause(r, i, i + 3):
        found = found._replace(needs="")  # "submit thesis 30/09", "hand in is 28/5"
    return found


def _day_and_month(r: Reader, i: int, end: int, a: str, b: str, written: str) -> Core | None:
    """Tokens ``[i, end)`` as a day and month written ``a`` then ``b``, read in the date
    order; the next one to come, with the assumption said when it reads two ways."""
    read = _in_order(r, a, b)
    if read is None:
        return None
    m, d = read
    found = _month_day(r, i, end, m, d)
    if found is None or not isinstance(found.value, date) or found.note:
        return found
    return found._replace(note=_order_note(r, written, found.value, m, d))


def _in_order(r: Reader, a: str, b: str) -> tuple[int, int] | None:
    """(month, day) of two numbers read in the date order, or the other way when only that
    reads; None when neither does."""
    m, d = (int(a), int(b)) if r.options.month_first else (int(b), int(a))
    if not 1 <= m <= 12:
        m, d = d, m
    if not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    return m, d


def _order_note(r: Reader, written: str, day: date, m: int, d: int) -> str | None:
    """The assumption said when ``written`` reads two ways, else None."""
    if not 1 <= d <= 12 or m == d:
        return None
    how = "month first, as set" if r.options.month_first else "day first, as set"
    return (
        f'read "{written}" as {fmt_day(day)} ({how}); if you meant the other way round, '
        "change the date order in settings"
    )


def _dotted_day(r: Reader, i: int) -> Core | None:
    """ "on 15.06", "latest by 31.08": a day and month joined by a dot, without a year,
    read in the date order as a slash is; the next one. Only a two-digit second part
    reads so ("ielts 6.5" is a score, "3.11" a version), and a word such as "by" or "on"
    must come first, as a number with a point is mostly an amount."""
    tok = r.toks[i]
    a, dot, b = tok.text.partition(".")
    if tok.kind != "num" or not dot or not (a.isdigit() and b.isdigit()):
        return None
    if a == b and 6 <= int(a) <= 12 and not _glued_after(r, i):
        return _double_day(r, i, int(a))
    if len(a) > 2 or len(b) != 2:
        return None
    return _day_and_month(r, i, i + 1, a, b, tok.text)


def _glued_after(r: Reader, i: int) -> bool:
    return i + 1 < len(r.toks) and r.toks[i + 1].glued  # "by 3.3%", "5.5x"


def _double_day(r: Reader, i: int, n: int) -> Core | None:
    """ "by 9.9", "ahead of 11.11 next year": the shopping days whose day is their month
    (9 September, 11 November, 12 December), the next one or the year said; read either
    way the same, so nothing is assumed. A word such as "by" must come first, as for any
    dotted day; from 6.6 on only, as "by 3.3" or "4.4" is more often a grade or a rating."""
    year, end = year_of(r, i + 1)
    if year is not None:
        return Core(i, end, date(year, n, n), "trigger")
    return _month_day(r, i, i + 1, n, n)


def _closes_clause(r: Reader, i: int, end: int) -> bool:
    """A day and month that end a clause after a word that is not a score's ("9/10")."""
    before = r.toks[i - 1] if i > 0 else None
    after = r.text(end)
    return (
        before is not None
        and before.kind == "word"
        and before.text not in _SCORED
        and (end >= len(r.toks) or after in (",", ";", ".", "!", "and", "then"))
    )


_SCORED = words("get got score scored rated rate out of at scoring getting mark marks")

WRITTEN_READERS = (_month_first, _day_first, _month_slash_day, _dotted_day)

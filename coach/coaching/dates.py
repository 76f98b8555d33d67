"""The building blocks for reading a time expression: :class:`Core` and :class:`Reader`.

A reader (in :mod:`coach.coaching.written_dates` and :mod:`coach.coaching.named_periods`)
looks at the tokens from one index and returns a :class:`Core`: where the expression
ends, what it names (an exact day, or a period such as a month or a quarter) and how
firmly it must be introduced to count as a deadline ("June 2028" stands alone; a bare
"may" needs "by" or "in"). Whatever coach had to assume to read it (which way round
3/4/2028 goes, that a fiscal year starts in January, that there is no 31 April) is
said in ``note``. This module also holds the month, unit and weekday words and the
small helpers the readers share.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from coach.coaching.periods import (
    Period,
)
from coach.coaching.reading import MONTH_NAMES, ReadingOptions
from coach.coaching.spelling import close
from coach.coaching.tokens import Token, words

__all__ = [
    "MONTHS",
    "UNITS",
    "Core",
    "Reader",
    "day_number",
    "fmt_day",
    "span_text",
    "year_of",
]

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "january,jan",
        "february,feb",
        "march,mar",
        "april,apr",
        "may",
        "june,jun",
        "july,jul",
        "august,aug",
        "september,sept,sep",
        "october,oct",
        "november,nov",
        "december,dec",
    ],
    start=1,
):
    for _name in _names.split(","):
        MONTHS[_name] = _i
# Spanish month names, as people who speak both type them in an English line ("by
# diciembre"); "mayo" is left out, since "mayo clinic" is a place of work.
_SPANISH = "enero febrero marzo abril junio julio agosto septiembre octubre noviembre diciembre"
MONTHS.update(zip(_SPANISH.split(), (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12), strict=True))
MONTHS["setiembre"] = 9
_LONG_MONTHS = {n.lower(): i for i, n in enumerate(MONTH_NAMES, start=1) if len(n) >= 6}

UNITS: dict[str, str] = {}
for _unit, _forms in (
    ("day", "day days"),
    ("week", "week weeks wk wks weeks' week's semana semanas"),
    ("fortnight", "fortnight fortnights"),
    ("month", "month months mo mos mth mths mnth mnths months' month's mes meses"),
    ("quarter", "quarter quarters qtr qtrs"),
    ("year", "year years yr yrs years' year's año años"),  # Spanish too, as months are
    ("decade", "decade decades"),
):
    for _form in _forms.split():
        UNITS[_form] = _unit

SEASONS = words("spring summer fall autumn winter")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
ORDINALS.update({"1st": 1, "2nd": 2, "3rd": 3, "4th": 4})
SUFFIXES = words("st nd rd th")
REL_THIS = words("this current")
REL_NEXT = words("next coming following upcoming")
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3})
WEEKDAYS.update({"fri": 4, "sat": 5, "sun": 6})
SHORT_WEEKDAYS = words("mon tue tues wed thu thur thurs fri sat sun")


def fmt_day(day: date) -> str:
    """A day as people write it: "4 March 2028"."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


class Core(NamedTuple):
    """One time expression: tokens ``[start, end)``, its value and how it must be introduced.

    ``value`` is a :class:`date` or a :class:`Period`, or None for a day that does not
    exist ("31 April", said in ``note``). ``needs`` is "" (it stands alone),
    "trigger" (a word such as "by", "in", "on" or a modifier must come first) or "strong"
    (a trigger other than "at", "on" or "for", or a modifier: "may" and "march" are verbs
    too). ``named`` is True for a period named without its year ("by March").
    """

    start: int
    end: int
    value: date | Period | None
    needs: str
    note: str | None = None
    named: bool = False


class Reader(NamedTuple):
    """The tokens of one text, the day it is read on and the reading options."""

    toks: list[Token]
    today: date
    options: ReadingOptions

    def text(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def year_at(self, i: int) -> int | None:
        """A four-digit year (1900 to 2099) at token ``i``, not part of an amount."""
        tok = self.toks[i] if 0 <= i < len(self.toks) else None
        if (
            tok is None
            or tok.kind != "num"
            or len(tok.text) != 4
            or tok.text[:2] not in ("19", "20")
        ):
            return None
        if i > 0 and self.toks[i - 1].glued is False and self.toks[i - 1].text in "$€£¥#":
            return None
        if i > 0 and tok.glued and self.toks[i - 1].text in "$€£¥#+":
            return None
        after = self.text(i + 1)
        if after in ("%", "+", "k") and i + 1 < len(self.toks) and self.toks[i + 1].glued:
            return None
        return int(tok.text)

    def short_year(self, i: int) -> tuple[int, int] | None:
        """A year written as 2027, '27 or 27 (after a quarter: "q3 27"); with the index after."""
        y = self.year_at(i)
        if y is not None:
            return y, i + 1
        if self.text(i) == "'" and i + 1 < len(self.toks):
            tok = self.toks[i + 1]
            if tok.kind == "num" and len(tok.text) == 2 and tok.glued:
                return 2000 + int(tok.text), i + 2
        return None

    def month_at(self, i: int) -> int | None:
        word = self.text(i)
        if word in MONTHS:
            return MONTHS[word]
        if len(word) >= 5 and self.toks[i].kind == "word":
            return _fuzzy_month(word)
        return None


def _fuzzy_month(word: str) -> int | None:
    """A long month name typed with one slip ("febuary", "septmber", "agust")."""
    for name, number in _LONG_MONTHS.items():
        if name[0] == word[0] and close(word, name):
            return number
    if word.startswith("feb") and word.endswith("ary") and 7 <= len(word) <= 9:
        return 2
    return None


def day_number(r: Reader, i: int) -> tuple[int, int] | None:
    """A day of the month (1 to 31, maybe "15th" or "the 15th") at ``i``; with the index after."""
    if r.text(i) == "the":
        i += 1
    tok = r.toks[i] if i < len(r.toks) else None
    if tok is None or tok.kind != "num" or not tok.text.isdigit() or len(tok.text) > 2:
        return None
    day = int(tok.text)
    if not 1 <= day <= 31:
        return None
    j = i + 1
    if r.text(j) in SUFFIXES and r.toks[j].glued:
        j += 1
    return day, j


# Words after a period that say it runs out: "before the year is out", "before the fiscal
# year ends" mean its last day, whether "before" or "by" introduces them.
_RUNS_OUT: dict[tuple[str, ...], int] = {
    ("is", "out"): 2,
    ("is", "over"): 2,
    ("is", "up"): 2,
    ("runs", "out"): 2,
    ("ends",): 1,
    ("finishes",): 1,
    ("closes",): 1,
}


def runs_out(r: Reader, j: int) -> int:
    """How many words from ``j`` on say that the period before them runs out (0: none)."""
    return _RUNS_OUT.get((r.text(j), r.text(j + 1)), 0) or _RUNS_OUT.get((r.text(j),), 0)


def span_text(r: Reader, i: int, j: int) -> str:
    return " ".join(t.text for t in r.toks[i:j])


def year_of(r: Reader, j: int) -> tuple[int | None, int]:
    """An optional "[of] 2027 / this year / next year / '27" after a named period."""
    k = j + (r.text(j) == ",")
    k += r.text(k) == "of"
    found = r.short_year(k)
    if found is not None:
        return found
    rel = r.text(k)
    if r.text(k + 1) == "year" and rel in ("this", "next"):
        return r.today.year + (rel == "next"), k + 2
    if r.text(k) == "the" and r.text(k + 1) == "year":
        return r.today.year, k + 2
    return None, j

"""Calendar periods and spelled numbers, the building blocks of deadline resolution.

All date arithmetic goes through ``dateutil`` (``relativedelta`` and ``rrule``); nothing
here reads the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday
from dateutil.rrule import DAILY, rrule

_ASCII_DIGITS = frozenset("0123456789")

# --- numbers -----------------------------------------------------------------------


def words(spaced: str) -> list[str]:
    """The words of a space-separated literal (keeps long word lists readable)."""
    return spaced.split()


_SMALL = words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS = words("twenty thirty forty fifty sixty seventy eighty ninety")
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_SMALL)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_SMALL_RE = "|".join(sorted(_SMALL[1:], key=len, reverse=True))
NUMBER_WORD_RE = (
    rf"(?:(?:{'|'.join(_TENS)})(?:\s+(?:{_SMALL_RE})\b)?|(?:{_SMALL_RE})|(?:a|one)\s+hundred)\b"
)
SPAN_NUMBER_RE = (
    rf"(?:(?:an?\s+)?[0-9]{{1,4}}(?:\.[0-9]{{1,2}})?|{NUMBER_WORD_RE}|half\s+an?"
    r"|(?:a\s+)?couple(?:\s+of)?|an?)"
)


def word_number(raw: str) -> float | None:
    """The value of a spelled or written number ("18", "1.5", "twenty four", "a")."""
    parts = [w for w in raw.split() if w not in ("of",)]
    if parts and parts[0] in ("a", "an") and len(parts) > 1:
        parts = parts[1:]
    if not parts:
        return None
    if parts == ["a"] or parts == ["an"]:
        return 1.0
    if parts[0] == "half":
        return 0.5
    if parts[0] == "couple":
        return 2.0
    if parts[0][0] in _ASCII_DIGITS:
        return float(parts[0])
    if parts[-1] == "hundred":
        return 100.0
    values = [WORD_VALUES[w] for w in parts if w in WORD_VALUES]
    return float(sum(values)) if values else None


# --- months ------------------------------------------------------------------------

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sept sep",
        "october oct",
        "november nov",
        "december dec",
    ),
    start=1,
):
    for _name in words(_names):
        MONTHS[_name] = _i

WEEKDAYS: dict[str, weekday] = {
    "mon": MO,
    "tues": TU,
    "wednes": WE,
    "thurs": TH,
    "fri": FR,
    "satur": SA,
    "sun": SU,
}

Period = tuple[date, date, str]


def month_period(y: int, m: int) -> Period:
    """The calendar month ``m`` of year ``y``."""
    start = date(y, m, 1)
    return start, start + relativedelta(day=31), "month"


def quarter_period(y: int, q: int) -> Period:
    """Quarter ``q`` (1 to 4) of year ``y``."""
    start = date(y, 3 * q - 2, 1)
    return start, date(y, 3 * q, 1) + relativedelta(day=31), "quarter"


def half_period(y: int, h: int) -> Period:
    """The first (``h`` = 1) or second half of year ``y``."""
    return (
        (date(y, 1, 1), date(y, 6, 30), "half")
        if h == 1
        else (date(y, 7, 1), date(y, 12, 31), "half")
    )


_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def season_period(y: int, name: str) -> Period:
    """A northern meteorological season starting in year ``y`` (winter ends in ``y + 1``)."""
    start = date(y, _SEASON_START[name], 1)
    return start, start + relativedelta(months=2, day=31), "season"


def year_period(y: int) -> Period:
    """The calendar year ``y``."""
    return date(y, 1, 1), date(y, 12, 31), "year"


def unit_period(unit: str, today: date, ahead: int) -> Period:
    """The week, month, quarter, year or decade holding today, ``ahead`` units later."""
    if unit == "week":
        end = today + relativedelta(weekday=SU(+1), weeks=ahead)
        return end - timedelta(days=6), end, "week"
    if unit == "month":
        day = today + relativedelta(months=ahead)
        return month_period(day.year, day.month)
    if unit == "quarter":
        day = today + relativedelta(months=3 * ahead)
        return quarter_period(day.year, (day.month - 1) // 3 + 1)
    if unit == "decade":
        first = today.year // 10 * 10 + 10 * ahead
        return date(first, 1, 1), date(first + 9, 12, 31), "decade"
    return year_period(today.year + ahead)


def upcoming(make: Callable[[int], Period], today: date, strict: bool) -> Period | None:
    """The first period (tried for last, this and next year) not yet over, or not begun."""
    for y in range(today.year - 1, today.year + 3):
        try:
            period = make(y)
        except ValueError:
            continue
        if (period[0] > today) if strict else (period[1] >= today):
            return period
    return None


def add_span(today: date, n: float, unit: str) -> date | None:
    """``today`` plus ``n`` units ("months", "business days", ...); None if out of range."""
    unit_words = unit.split()
    kind = unit_words[-1].rstrip("s")
    try:
        if kind == "day" and unit_words[0] in ("business", "working"):
            if not 0 < n <= 5000:
                return None
            start = datetime(today.year, today.month, today.day) + timedelta(days=1)
            days = rrule(DAILY, dtstart=start, byweekday=tuple(range(5)), count=round(n))
            return list(days)[-1].date()
        if kind == "day":
            delta = relativedelta(days=round(n))
        elif kind == "week":
            delta = relativedelta(days=round(n * 7))
        elif kind == "fortnight":
            delta = relativedelta(days=round(n * 14))
        elif kind in ("month", "mo"):
            delta = relativedelta(months=int(n), days=round((n - int(n)) * 30))
        elif kind == "quarter":
            delta = relativedelta(months=round(n * 3))
        elif kind == "decade":
            delta = relativedelta(years=round(n * 10))
        elif n == int(n):
            delta = relativedelta(years=int(n))
        else:
            delta = relativedelta(months=round(n * 12))
        return today + delta
    except (ValueError, OverflowError, IndexError):
        return None


ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "latter": 2}
ORDINALS.update({"fourth": 4, "4th": 4})


def period_maker(name: str, g: dict[str, str | None]) -> Callable[[int], Period]:
    """A function from a year to the quarter, half, season or month a match names."""
    if name == "quarter":
        q = int(g["q"]) if g["q"] else ORDINALS[str(g["qw"])]
        return lambda y: quarter_period(y, q)
    if name == "half":
        h = int(g["h"]) if g["h"] else ORDINALS[str(g["hw"])]
        return lambda y: half_period(y, h)
    if name == "season":
        season = str(g["s"])
        return lambda y: season_period(y, season)
    month_no = MONTHS[str(g["mon"])]
    return lambda y: month_period(y, month_no)


BEFORE = frozenset({"before", "prior to", "ahead of"})


def apply_modifier(value: date | Period, trig: str | None, mod: str | None) -> date:
    """The day a period phrase means: its end, unless a modifier or "before" says otherwise."""
    if isinstance(value, date):
        return value
    start, end, kind = value
    if mod in ("end", "close", "late"):
        return end
    if mod in ("start", "beginning"):
        return start
    if mod in ("mid", "middle", "early"):
        if kind == "year":
            return date(start.year, 6 if mod != "early" else 3, 30 if mod != "early" else 31)
        if kind == "month":
            return start.replace(day=15 if mod != "early" else 10)
        return start + (end - start) // (2 if mod != "early" else 3)
    if trig in BEFORE:
        return start - timedelta(days=1)
    return end

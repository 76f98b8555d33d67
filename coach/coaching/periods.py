"""Calendar arithmetic for deadlines: months, quarters, halves, seasons, years and spans.

Plain ``datetime`` only. ``dateutil`` and ``calendar`` would each add more to the start
of ``coach check`` than the whole assessment takes, and the few rules needed here (a
month's length, adding months with the day clamped, the n-th weekday of a month) are
short. Nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

__all__ = [
    "Period",
    "add_months",
    "add_span",
    "easter",
    "half_period",
    "month_end",
    "month_period",
    "nth_weekday",
    "quarter_period",
    "season_period",
    "unit_period",
    "upcoming",
    "week_of",
    "year_period",
]

MIN_YEAR, MAX_YEAR = 1, 9998


class Period(NamedTuple):
    """A stretch of days, both ends included, and what kind of stretch it is."""

    start: date
    end: date
    kind: str


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_days(y: int, m: int) -> int:
    """How many days month ``m`` of year ``y`` has."""
    if m == 2:
        return 29 if _leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def month_end(y: int, m: int) -> date:
    return date(y, m, month_days(y, m))


def add_months(day: date, n: int) -> date:
    """``day`` moved by ``n`` calendar months, the day clamped to the month's last."""
    y, m0 = divmod(day.year * 12 + day.month - 1 + n, 12)
    return date(y, m0 + 1, min(day.day, month_days(y, m0 + 1)))


def month_period(y: int, m: int) -> Period:
    return Period(date(y, m, 1), month_end(y, m), "month")


def quarter_period(y: int, q: int, first_month: int = 1) -> Period:
    """Quarter ``q`` (1 to 4) of the year starting in month ``first_month`` of year ``y``."""
    start = add_months(date(y, first_month, 1), 3 * (q - 1))
    end = add_months(start, 3) - timedelta(days=1)
    return Period(start, end, "quarter")


def half_period(y: int, h: int) -> Period:
    if h == 1:
        return Period(date(y, 1, 1), date(y, 6, 30), "half")
    return Period(date(y, 7, 1), date(y, 12, 31), "half")


_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def season_period(y: int, name: str) -> Period:
    """A northern meteorological season starting in year ``y`` (winter ends in ``y + 1``)."""
    start = date(y, _SEASON_START[name], 1)
    return Period(start, add_months(start, 3) - timedelta(days=1), "season")


def year_period(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), "year")


def fiscal_year(y: int, first_month: int) -> Period:
    """The fiscal year that ends in calendar year ``y`` (the usual way "FY2027" is named)."""
    if first_month == 1:
        return Period(date(y, 1, 1), date(y, 12, 31), "year")
    start = date(y - 1, first_month, 1)
    return Period(start, add_months(start, 12) - timedelta(days=1), "year")


def fiscal_year_of(day: date, first_month: int) -> Period:
    """The fiscal year holding ``day``."""
    return fiscal_year(day.year + (first_month != 1 and day.month >= first_month), first_month)


def week_of(day: date, week_start: int = 0) -> date:
    """The first day of the week holding ``day``, weeks starting on ``week_start``
    (Monday 0 to Sunday 6)."""
    return day - timedelta(days=(day.weekday() - week_start) % 7)


def unit_period(
    unit: str, today: date, ahead: int, fiscal_start: int = 1, week_start: int = 0
) -> Period:
    """The week, month, quarter, year or decade holding today, ``ahead`` units later.

    A week starts on ``week_start`` (Monday 0, so by default it ends on Sunday). A
    "fiscal" year or quarter follows ``fiscal_start``.
    """
    if unit == "week":
        start = week_of(today, week_start) + timedelta(days=7 * ahead)
        return Period(start, start + timedelta(days=6), "week")
    if unit == "month":
        day = add_months(today, ahead)
        return month_period(day.year, day.month)
    if unit in ("quarter", "fiscal quarter"):
        first = fiscal_start if unit == "fiscal quarter" else 1
        fy = fiscal_year_of(today, first)
        q = ((today.year - fy.start.year) * 12 + today.month - fy.start.month) // 3
        start = add_months(fy.start, 3 * (q + ahead))
        return Period(start, add_months(start, 3) - timedelta(days=1), "quarter")
    if unit == "fiscal year":
        return fiscal_year(fiscal_year_of(today, fiscal_start).end.year + ahead, fiscal_start)
    if unit == "decade":
        first = today.year // 10 * 10 + 10 * ahead
        return Period(date(first, 1, 1), date(first + 9, 12, 31), "decade")
    return year_period(today.year + ahead)


def upcoming(make: Callable[[int], Period], today: date, strict: bool) -> Period | None:
    """The first period ``make(year)`` (last, this, next year...) not yet over.

    With ``strict`` the period must not have begun yet ("before March").
    """
    for y in range(today.year - 1, today.year + 3):
        try:
            period = make(y)
        except ValueError:
            continue
        if (period.start > today) if strict else (period.end >= today):
            return period
    return None


def add_span(today: date, n: float, unit: str) -> date | None:
    """``today`` plus ``n`` units (day, week, fortnight, month, quarter, year, decade).

    "business day" skips Saturdays and Sundays. None when the result is out of range.
    """
    try:
        if unit == "business day":
            if not 0 < n <= 5000:
                return None
            day, left = today, round(n)
            while left:
                day += timedelta(days=1)
                left -= day.weekday() < 5
            return day
        if unit == "day":
            return today + timedelta(days=round(n))
        if unit == "week":
            return today + timedelta(days=round(n * 7))
        if unit == "fortnight":
            return today + timedelta(days=round(n * 14))
        if unit == "month":
            return add_months(today, int(n)) + timedelta(days=round((n - int(n)) * 30))
        if unit == "quarter":
            return add_months(today, round(n * 3))
        if unit == "decade":
            return add_months(today, round(n * 120))
        if n == int(n):
            return add_months(today, int(n) * 12)
        return add_months(today, round(n * 12))
    except (ValueError, OverflowError):
        return None


def nth_weekday(y: int, m: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of a month; ``n`` = -1 is the last one."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(y, m)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)

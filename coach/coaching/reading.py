"""How coach reads the dates in a goal: the settings a person may change.

An all-numeric date such as 3/4/2028 means 4 March in some countries and 3 April in
others, and a fiscal year may start in any month. coach reads them one way by default
(month first, a January fiscal year), says so whenever the reading matters, and takes
the person's own choice from these options (``coach config set date_order dmy``, or
``coach check --date-order dmy`` for one statement). Dots always put the day first.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = ["DATE_ORDERS", "DEFAULT_READING", "DateOrder", "ReadingOptions"]

DateOrder = Literal["mdy", "dmy", "ymd"]
DATE_ORDERS: tuple[DateOrder, ...] = ("mdy", "dmy", "ymd")
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class _Options(NamedTuple):
    date_order: DateOrder
    fiscal_year_start: int
    week_start: int


class ReadingOptions(_Options):
    """``date_order``: how 3/4/2028 is read ("mdy" month first, "dmy" day first, "ymd"
    year first, as in 2028/3/4, with month first when the year comes last);
    ``fiscal_year_start``: the month (1 to 12) the fiscal year starts in;
    ``week_start``: the day a week starts on (Monday 0 to Sunday 6), for "this week",
    "next week" and "the end of the week".

    A frozen value with defaults (month first, January). A named tuple rather than a
    dataclass: defining a frozen dataclass costs ``coach check`` about a millisecond
    at start, a tenth of the whole engine's import.
    """

    __slots__ = ()

    def __new__(
        cls, date_order: DateOrder = "mdy", fiscal_year_start: int = 1, week_start: int = 0
    ) -> ReadingOptions:
        if date_order not in DATE_ORDERS:
            raise ValueError(f"date order must be one of {', '.join(DATE_ORDERS)}")
        if isinstance(fiscal_year_start, bool) or not 1 <= fiscal_year_start <= 12:
            raise ValueError("the fiscal year's first month is a number from 1 to 12")
        if isinstance(week_start, bool) or not 0 <= week_start <= 6:
            raise ValueError("the week's first day is a number from 0 (Monday) to 6 (Sunday)")
        return super().__new__(cls, date_order, fiscal_year_start, week_start)

    @property
    def month_first(self) -> bool:
        return self.date_order != "dmy"

    @property
    def fiscal_month_name(self) -> str:
        return MONTH_NAMES[self.fiscal_year_start - 1]


DEFAULT_READING = ReadingOptions()

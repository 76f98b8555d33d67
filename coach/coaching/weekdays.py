"""Days named by their weekday: "by friday", "next friday", "last friday", "the last
friday of january", "the 2nd monday in march 2028"."""

from __future__ import annotations

from datetime import timedelta

from coach.coaching.dates import SHORT_WEEKDAYS, WEEKDAYS, Core, Reader, year_of
from coach.coaching.periods import Period, nth_weekday, upcoming
from coach.coaching.tokens import words

__all__ = ["nth_weekday_of", "weekday"]


def weekday(r: Reader, i: int) -> Core | None:
    """ "[by] friday", "this/next/coming friday", "by last friday": one day."""
    j = i + (r.text(i) in ("this", "next", "coming", "last"))
    word = r.text(j)
    if word not in WEEKDAYS:
        return None
    if r.text(i) == "last":
        if r.text(j + 1) in ("of", "in") or r.text(i - 1) == "the":
            return None  # "the last friday of the month": not a day gone by
        # "by last friday": the one just gone, a date that has passed
        day = r.today - timedelta(days=(r.today.weekday() - WEEKDAYS[word]) % 7 or 7)
        return Core(i, j + 1, Period(day, day, "weekday"), "strong")
    # "fri" and "tue" need a word such as "by" or "on" first; "sat", "sun", "wed" and
    # "mon" are words too ("i sat the exam"), so only "by", "before" or "until" will do.
    need = "" if j > i else "trigger"
    if word in SHORT_WEEKDAYS and j == i:
        need = "strong" if word in ("sat", "sun", "wed", "mon") else "trigger"
    elif j == i and _closes_a_step(r, i):
        need = ""  # "start the ptcb course monday and ...": when that step happens
    if r.text(i) == "next":
        # "next friday": the Friday of next week (the week starting on the day set), not
        # the first Friday to come, which is "by friday" or "this friday"
        ws = r.options.week_start
        week = r.today - timedelta(days=(r.today.weekday() - ws) % 7) + timedelta(days=7)
        day = week + timedelta(days=(WEEKDAYS[word] - ws) % 7)
    else:
        # "by wednesday" said on a Wednesday is next week's; "this wednesday" is today
        start = r.today + timedelta(days=0 if r.text(i) == "this" else 1)
        day = start + timedelta(days=(WEEKDAYS[word] - start.weekday()) % 7)
    # A day named by its name is a period of one day, as a holiday is: "before monday"
    # ends on Sunday, while "before 7 december" keeps the date written.
    period = Period(day, day, "weekday")
    return Core(i, j + 1, period, need, named=j == i)


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_NTH.update({"4th": 4, "last": -1, "final": -1})


def nth_weekday_of(r: Reader, i: int) -> Core | None:
    """ "the last friday of january", "the 2nd monday in march 2028": that day (the next
    one to come when no year is said)."""
    j = i + (r.text(i) == "the")
    word = r.text(j)
    if r.toks[j : j + 1] and r.toks[j].kind == "num" and r.text(j + 1) in ("st", "nd", "rd", "th"):
        word, j = word + r.text(j + 1), j + 1  # "2nd", typed as a number and its ending
    n, day_name = _NTH.get(word), r.text(j + 1)
    if n is None or day_name not in WEEKDAYS or r.text(j + 2) not in ("of", "in"):
        return None
    m = r.month_at(j + 3) if j + 3 < len(r.toks) else None
    if m is None:
        return None
    month, weekday = m, WEEKDAYS[day_name]
    year, end = year_of(r, j + 4)
    if year is not None:
        day = nth_weekday(year, month, weekday, n)
        return Core(i, end, Period(day, day, "weekday"), "")

    def make(y: int) -> Period:
        day = nth_weekday(y, month, weekday, n)
        return Period(day, day, "weekday")

    found = upcoming(make, r.today, False)
    return Core(i, j + 4, found, "trigger") if found else None


_NOT_A_STEP = words(
    "and or to through thru every each on a an the till until til from of all most some off nor"
)
_STEP_ENDS = words(", . ; ! and then") | {""}


def _closes_a_step(r: Reader, i: int) -> bool:
    """Whether a weekday typed in full ends what is done that day, with no "by" or "on"
    ("take the test thursday", "start the course monday and pass the exam by 11/30"),
    not a range or a list of days ("monday to friday", "monday and tuesday")."""
    before = r.toks[i - 1] if i > 0 else None
    if before is None or before.kind != "word" or before.text in _NOT_A_STEP:
        return False
    if r.text(i + 1) not in _STEP_ENDS:
        return False
    return not (r.text(i + 1) == "and" and r.text(i + 2) in WEEKDAYS)

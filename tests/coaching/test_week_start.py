"""The week starts on the person's day: "this week", "next week" and "the end of the week"
in a goal, the dashboard's weeks of journaling and the heatmap's rows follow it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.coaching.charts import SHADES, heatmap
from coach.coaching.deadlines import find_deadline, read_day
from coach.coaching.periods import unit_period, week_of
from coach.coaching.reading import ReadingOptions
from coach.coaching.rhythm import journal_summary

THURSDAY = date(2031, 7, 17)


@pytest.mark.parametrize(
    ("start", "first"),
    [(0, date(2031, 7, 14)), (6, date(2031, 7, 13)), (5, date(2031, 7, 12)), (3, THURSDAY)],
)
def test_the_week_holding_a_day_starts_on_the_chosen_day(start: int, first: date) -> None:
    assert week_of(THURSDAY, start) == first
    this = unit_period("week", THURSDAY, 0, week_start=start)
    assert (this.start, this.end) == (first, first + timedelta(days=6))
    after = unit_period("week", THURSDAY, 1, week_start=start)
    assert after.start == first + timedelta(days=7)


@pytest.mark.parametrize(
    ("text", "monday", "sunday"),
    [
        ("ship the audit by the end of the week", date(2031, 7, 20), date(2031, 7, 19)),
        ("run 3 interviews this week", date(2031, 7, 20), date(2031, 7, 19)),
        ("book 5 calls by end of next week", date(2031, 7, 27), date(2031, 7, 26)),
        ("close 2 tickets by EOW", date(2031, 7, 20), date(2031, 7, 19)),
        ("file the report before friday", date(2031, 7, 17), date(2031, 7, 17)),
    ],
)
def test_goal_weeks_follow_the_week_start(text: str, monday: date, sunday: date) -> None:
    assert find_deadline(text, THURSDAY) == monday
    assert find_deadline(text, THURSDAY, ReadingOptions(week_start=6)) == sunday


def test_a_week_start_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="week's first day"):
        ReadingOptions(week_start=7)


def test_read_day_takes_iso_words_and_the_date_order() -> None:
    dmy = ReadingOptions("dmy")
    assert read_day(" 2032-02-29 ", THURSDAY) == date(2032, 2, 29)
    assert read_day("3/4/2033", THURSDAY) == date(2033, 3, 4)
    assert read_day("3/4/2033", THURSDAY, dmy) == date(2033, 4, 3)
    assert read_day("end of next week", THURSDAY, ReadingOptions(week_start=6)) == date(2031, 7, 26)
    assert read_day("", THURSDAY) is None and read_day("whenever", THURSDAY) is None


def test_the_dashboard_counts_weeks_from_the_week_start() -> None:
    # Sunday the 13th: in this week when weeks start on Sunday, in last week on Monday.
    per_day = {"2031-07-13": 2, "2031-07-16": 1}
    assert journal_summary(per_day, THURSDAY, weeks=2).weeks == (2, 1)
    assert journal_summary(per_day, THURSDAY, weeks=2, week_start=6).weeks == (0, 3)


def test_the_heatmap_rows_start_on_the_week_start() -> None:
    days = {date(2031, 7, 13): 1, date(2031, 7, 14): 4}  # a Sunday, then a Monday
    monday = heatmap(days, end=THURSDAY, weeks=2)
    sunday = heatmap(days, end=THURSDAY, weeks=2, week_start=6)
    rows = [line[:3] for line in sunday[2:9]]
    assert rows == ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    assert monday[2].startswith("Mon")
    # Monday weeks: Sunday the 13th ends the first column, Monday the 14th opens the
    # second; Sunday weeks: both are in the second column.
    one, four = SHADES[1], SHADES[4]
    assert monday[2].rstrip() == f"Mon│ {four}│" and monday[8].rstrip() == f"Sun│{one} │"
    assert sunday[2].rstrip() == f"Sun│ {one}│" and sunday[3].rstrip() == f"Mon│ {four}│"

"""Deadline finding and date resolution: tables for the tricky cases, properties for the rest."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.coaching.deadlines import find_deadline, find_deadline_match, normalize

TODAY = date(2026, 11, 21)
D = date.fromisoformat

NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relative spans, digits and words
        ("in 6 weeks", "2027-01-02"),
        ("within three weeks", "2026-12-12"),
        ("within 18 months", "2028-05-21"),
        ("within an 18-month window", "2028-05-21"),
        ("in the next 90 days", "2027-02-19"),
        ("within the next 6 months", "2027-05-21"),
        ("over the next two years", "2028-11-21"),
        ("in two years", "2028-11-21"),
        ("in a year", "2027-11-21"),
        ("within one year", "2027-11-21"),
        ("in an hour a day for a year", None),
        ("in under a year", "2027-11-21"),
        ("in less than 2 years", "2028-11-21"),
        ("in a year and a half", "2028-05-21"),
        ("in one and a half years", "2028-05-21"),
        ("in 1.5 years", "2028-05-21"),
        ("in half a year", "2027-05-21"),
        ("in twenty four months", "2028-11-21"),
        ("in two quarters", "2027-05-21"),
        ("in a fortnight", "2026-12-05"),
        ("18 months from now", "2028-05-21"),
        ("a year from today", "2027-11-21"),
        ("in two years' time", "2028-11-21"),
        ("in the next month", "2026-12-21"),
        ("in the coming year", "2027-11-21"),
        ("this time next year", "2027-11-21"),
        ("within 10 business days", "2026-12-04"),
        # named periods resolve to their last day
        ("by June 2028", "2028-06-30"),
        ("by Feb 2028", "2028-02-29"),
        ("by February 2027", "2027-02-28"),
        ("by 2028", "2028-12-31"),
        ("in 2027", "2027-12-31"),
        ("in the year 2029", "2029-12-31"),
        ("by the end of 2027", "2027-12-31"),
        ("by end of 2027", "2027-12-31"),
        ("at the end of 2027", "2027-12-31"),
        ("by Q3 2027", "2027-09-30"),
        ("in Q2 2027", "2027-06-30"),
        ("by Q1 2028", "2028-03-31"),
        ("in q3'27", "2027-09-30"),
        ("by the third quarter of 2027", "2027-09-30"),
        ("by the end of Q4 2027", "2027-12-31"),
        ("by Q4", "2026-12-31"),
        ("by Q1", "2027-03-31"),
        ("by H1 2027", "2027-06-30"),
        ("in the second half of 2027", "2027-12-31"),
        ("this year", "2026-12-31"),
        ("next year", "2027-12-31"),
        ("next month", "2026-12-31"),
        ("this month", "2026-11-30"),
        ("this quarter", "2026-12-31"),
        ("next quarter", "2027-03-31"),
        ("by the end of this month", "2026-11-30"),
        ("by the end of next month", "2026-12-31"),
        ("by the end of next quarter", "2027-03-31"),
        ("end of next quarter", "2027-03-31"),
        ("by the end of the year", "2026-12-31"),
        ("by the end of the quarter", "2026-12-31"),
        ("by year-end", "2026-12-31"),
        ("by EOY 2027", "2027-12-31"),
        ("within the year", "2026-12-31"),
        ("by the end of the decade", "2029-12-31"),
        ("by the end of the week", "2026-11-22"),
        ("by next week", "2026-11-29"),
        # months without a year: the next end of that month not yet past
        ("by March", "2027-03-31"),
        ("by November", "2026-11-30"),
        ("by October", "2027-10-31"),
        ("in December", "2026-12-31"),
        ("by next March", "2027-03-31"),
        ("by May 15", "2027-05-15"),
        ("by the 1st of December", "2026-12-01"),
        # modifiers
        ("by mid-2027", "2027-06-30"),
        ("by mid 2027", "2027-06-30"),
        ("by the middle of 2027", "2027-06-30"),
        ("by mid-March 2027", "2027-03-15"),
        ("by early 2027", "2027-03-31"),
        ("by late 2027", "2027-12-31"),
        ("by the start of 2028", "2028-01-01"),
        ("by the beginning of next year", "2027-01-01"),
        ("by early next year", "2027-03-31"),
        # seasons (northern hemisphere)
        ("by summer 2027", "2027-08-31"),
        ("by spring", "2027-05-31"),
        ("this summer", "2027-08-31"),
        ("by next summer", "2027-08-31"),
        ("by autumn 2027", "2027-11-30"),
        ("by winter 2027", "2028-02-29"),
        # "before" a named period: the day before it starts
        ("before 2028", "2027-12-31"),
        ("before June 2027", "2027-05-31"),
        ("before March", "2027-02-28"),
        ("before Q3 2027", "2027-06-30"),
        ("before next year", "2026-12-31"),
        # "before" a written date or an end: as written
        ("before March 31, 2027", "2027-03-30"),
        ("before the end of 2027", "2027-12-31"),
        ("until June 2027", "2027-06-30"),
        ("until 2028", "2028-12-31"),
        ("no later than 2027-03-01", "2027-03-01"),
        # explicit dates
        ("March 31, 2027", "2027-03-31"),
        ("by Mar. 31st 2027", "2027-03-31"),
        ("15 February 2027", "2027-02-15"),
        ("by the 31st of March, 2027", "2027-03-31"),
        ("2027-01-31", "2027-01-31"),
        ("by 2027/01/31", "2027-01-31"),
        ("31/01/2027", "2027-01-31"),
        ("by 3/15/2027", "2027-03-15"),
        ("by 03/04/2027", "2027-03-04"),
        ("by 31.01.2027", "2027-01-31"),
        ("by 2027-06", "2027-06-30"),
        ("by Friday", "2026-11-27"),
        ("by tomorrow", "2026-11-22"),
        # past dates are still dates
        ("by March 2025", "2025-03-31"),
        ("by 2024", "2024-12-31"),
        # not deadlines
        ("soon", None),
        ("someday", None),
        ("eventually", None),
        ("one day", None),
        ("in the future", None),
        ("at some point", None),
        ("every week", None),
        ("daily", None),
        ("each month", None),
        ("twice a year", None),
        ("once a quarter", None),
        ("in the coming months", None),
        ("within a few months", None),
        # issue 19: "a couple of years" is not an exact span (the new labels read it so)
        ("in a couple of years", None),
        ("within the next couple of years", None),
        ("by my 40th birthday", None),
        ("before I turn 40", None),
        ("by age 30", None),
        ("by 30", None),
        ("win 50 pitches", None),
        ("earn 3 certifications", None),
        ("a 20% raise", None),
        ("earn $120k", None),
        ("sell 2000 units", None),
        ("increase sales by 2000 units", None),
        ("earn over 2000 a month", None),
        ("save $2027", None),
        ("grow revenue 2030%", None),
        ("I may get promoted", None),
        ("march towards a leadership role", None),
        # issue 19: a day that does not exist gives no date (and the reading says so)
        ("by 31 February 2027", None),
        ("by 2027-02-30", None),
        ("in my first 90 days", None),
        ("", None),
    ],
)
def test_resolution(text: str, expected: str | None) -> None:
    assert find_deadline(text, TODAY) == (D(expected) if expected else None)


@pytest.mark.parametrize(
    ("today", "text", "expected"),
    [
        # month-end arithmetic clamps to the last day of the shorter month
        ("2027-01-31", "in one month", "2027-02-28"),
        ("2028-01-31", "in one month", "2028-02-29"),
        ("2027-03-31", "in 1 month", "2027-04-30"),
        ("2027-08-31", "within 6 months", "2028-02-29"),
        ("2027-10-31", "in a quarter", "2028-01-31"),
        # leap days
        ("2028-02-29", "in a year", "2029-02-28"),
        ("2028-02-29", "in 4 years", "2032-02-29"),
        ("2027-02-28", "in 366 days", "2028-02-29"),
        ("2028-01-15", "by February", "2028-02-29"),
        ("2027-12-01", "by February 29", "2028-02-29"),
        # periods relative to another today
        ("2027-03-31", "by the end of this quarter", "2027-03-31"),
        ("2027-04-01", "by the end of this quarter", "2027-06-30"),
        ("2027-12-15", "next quarter", "2028-03-31"),
        ("2027-12-15", "next month", "2028-01-31"),
        ("2027-06-15", "by March", "2028-03-31"),
        ("2027-03-10", "by March", "2027-03-31"),
        ("2027-03-10", "before March", "2028-02-29"),
        ("2027-07-10", "by summer", "2027-08-31"),
        ("2027-07-10", "by next summer", "2028-08-31"),
        ("2027-01-10", "by winter", "2027-02-28"),
        ("2027-09-10", "by Q3", "2027-09-30"),
        ("2027-10-01", "by Q3", "2028-09-30"),
        ("2027-11-28", "by the end of the week", "2027-11-28"),
    ],
)
def test_resolution_against_other_days(today: str, text: str, expected: str) -> None:
    assert find_deadline(text, D(today)) == D(expected)


def test_several_goals_are_due_with_the_last() -> None:
    # Issue 19: a line with several goals is due when its last goal is (it used to take
    # the first date in the text).
    text = "Within 6 months pass the exam, and by 2028 become a partner"
    assert find_deadline(text, TODAY) == D("2028-12-31")


def test_a_goal_without_a_date_leaves_the_line_without_one() -> None:
    text = "finish the course by June and then apply for two roles"
    assert find_deadline(text, TODAY) is None


def test_match_quotes_the_original_words() -> None:
    match = find_deadline_match("Win 50 pitches BY THE END OF 2027.", TODAY)
    assert match is not None
    assert match.phrase == "BY THE END OF 2027"
    assert match.date == D("2027-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "promoted to lead within 18‑months",  # non-breaking hyphen
        "promoted to lead within 18 – months",
        "promoted to lead within 18\u00a0months",
        "promoted to lead WITHIN 18 MONTHS",
    ],
)
def test_punctuation_and_case(text: str) -> None:
    assert find_deadline(text, TODAY) == D("2028-05-21")


def test_unicode_apostrophe() -> None:
    assert find_deadline("in two years’ time", TODAY) == D("2028-11-21")


# --- properties ------------------------------------------------------------------------

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@given(today=days, n=st.integers(min_value=1, max_value=120))
def test_months_add_calendar_months(today: date, n: int) -> None:
    assert find_deadline(f"in {n} months", today) == today + relativedelta(months=n)


@given(today=days, n=st.integers(min_value=1, max_value=50))
def test_years_add_calendar_years(today: date, n: int) -> None:
    assert find_deadline(f"within {n} years", today) == today + relativedelta(years=n)


@given(today=days, n=st.integers(min_value=1, max_value=520))
def test_weeks_and_days(today: date, n: int) -> None:
    assert find_deadline(f"in {n} weeks", today) == today + relativedelta(weeks=n)
    assert find_deadline(f"within the next {n} days", today) == today + relativedelta(days=n)


@given(today=days, n=st.integers(min_value=1, max_value=20))
def test_number_words_equal_digits(today: date, n: int) -> None:
    word = NUMBER_WORDS[n - 1]
    for unit in ("days", "weeks", "months", "years"):
        assert find_deadline(f"in {word} {unit}", today) == find_deadline(f"in {n} {unit}", today)


@given(today=days, day=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_written_dates_are_taken_as_written(today: date, day: date) -> None:
    for text in (
        f"by {day.isoformat()}",
        f"by {day:%B} {day.day}, {day.year}",
        f"on {day.day} {day:%B} {day.year}",
        f"no later than {day:%b} {day.day} {day.year}",
    ):
        assert find_deadline(text, today) == day, text


@given(today=days, y=st.integers(min_value=1950, max_value=2099), m=st.integers(1, 12))
def test_month_and_year_is_the_last_day(today: date, y: int, m: int) -> None:
    name = date(y, m, 1).strftime("%B")
    assert find_deadline(f"by {name} {y}", today) == date(y, m, 1) + relativedelta(day=31)


@given(today=days, y=st.integers(min_value=1950, max_value=2099), q=st.integers(1, 4))
def test_quarter_is_its_last_day(today: date, y: int, q: int) -> None:
    assert find_deadline(f"in Q{q} {y}", today) == date(y, 3 * q, 1) + relativedelta(day=31)


@given(today=days, y=st.integers(min_value=1950, max_value=2099))
def test_years_with_a_preposition(today: date, y: int) -> None:
    assert find_deadline(f"become a manager by {y}", today) == date(y, 12, 31)
    assert find_deadline(f"before {y}", today) == date(y - 1, 12, 31)


@given(today=days, n=st.integers(min_value=0, max_value=99999))
def test_counts_are_never_deadlines(today: date, n: int) -> None:
    for text in (f"sell {n} units", f"win {n} pitches", f"a {n}% raise", f"earn ${n}k"):
        assert find_deadline(text, today) is None, text


@settings(max_examples=300)
@given(text=st.text(), today=days)
def test_never_raises(text: str, today: date) -> None:
    result = find_deadline(text, today)
    assert result is None or isinstance(result, date)


@given(text=st.text())
def test_normalize_keeps_offsets(text: str) -> None:
    assert len(normalize(text)) == len(text)


@settings(max_examples=200)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "in",
                "within",
                "by",
                "before",
                "until",
                "the",
                "end",
                "of",
                "next",
                "this",
                "year",
                "month",
                "quarter",
                "q3",
                "2027",
                "march",
                "mid",
                "early",
                "a",
                "an",
                "one",
                "two",
                "18",
                "months",
                "weeks",
                "and",
                "half",
                "every",
                "week",
                ",",
                ".",
                "-",
                "’",
            ]
        ),
        max_size=12,
    ).map(" ".join),
    today=days,
)
def test_never_raises_on_deadline_like_words(text: str, today: date) -> None:
    result = find_deadline(text, today)
    assert result is None or isinstance(result, date)


@pytest.mark.parametrize(
    ("text", "fiscal_start", "expected"),
    [
        ("close the books before the fiscal year ends", 1, "2027-12-31"),
        ("get my position confirmed before the fiscal year closes", 1, "2027-12-31"),
        ("file the grant report before the financial year ends", 4, "2028-03-31"),
        ("spend the training budget before the fiscal year is out", 7, "2028-06-30"),
        ("renew the vendor contracts before the fiscal year is over", 10, "2028-09-30"),
        # as before: the end named with "the end of"
        ("finish the audit before the end of the fiscal year", 1, "2027-12-31"),
    ],
)
def test_a_fiscal_year_that_ends_is_its_last_day_not_last_years(
    text: str, fiscal_start: int, expected: str
) -> None:
    # "before the fiscal year ends" was read as "before the fiscal year" (its first day,
    # so the last day of the year before: a deadline already passed, in November 2027).
    from coach.coaching.reading import ReadingOptions
    from coach.coaching.smart import assess

    result = assess(text, date(2027, 11, 24), ReadingOptions("mdy", fiscal_start))
    assert result.deadline == D(expected)
    assert result.time_bound.ok
    assert any("fiscal year" in note for note in result.assumptions)

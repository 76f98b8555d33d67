"""What the assessment says: its reading options and assumptions, reasons that quote the
person's words, suggestions from the person's field, and the JSON of a split line."""

from __future__ import annotations

from datetime import date

import pytest

from coach.coaching.reading import DEFAULT_READING, ReadingOptions
from coach.coaching.smart import assess

TODAY = date(2026, 12, 3)


def test_reading_options_default_to_month_first_and_january() -> None:
    assert DEFAULT_READING == ReadingOptions() == ReadingOptions("mdy", 1)
    assert ReadingOptions().month_first and ReadingOptions("ymd").month_first
    assert not ReadingOptions("dmy").month_first
    assert ReadingOptions(fiscal_year_start=4).fiscal_month_name == "April"


@pytest.mark.parametrize(("order", "start"), [("myd", 1), ("mdy", 0), ("mdy", 13), ("dmy", True)])
def test_reading_options_refuse_what_they_cannot_mean(order: str, start: int) -> None:
    with pytest.raises(ValueError):
        ReadingOptions(order, start)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "order", "deadline"),
    [
        ("get my G2 ticket by 3/4/2027", "mdy", "2027-03-04"),
        ("get my G2 ticket by 3/4/2027", "dmy", "2027-04-03"),
        ("get my G2 ticket by 28/03/04", "ymd", "2028-03-04"),
        ("get my G2 ticket by 13/4/2027", "mdy", "2027-04-13"),  # only one reading is a day
        # dots follow the setting as slashes do (labels_own4.py and labels_own6.py)
        ("get my G2 ticket by 03.04.2027", "mdy", "2027-03-04"),
        ("get my G2 ticket by 03.04.2027", "dmy", "2027-04-03"),
    ],
)
def test_date_order(text: str, order: str, deadline: str) -> None:
    result = assess(text, TODAY, ReadingOptions(order))  # type: ignore[arg-type]
    assert result.deadline == date.fromisoformat(deadline)


@pytest.mark.parametrize("text", ["get my G2 ticket by 3/4/2027", "get my G2 ticket by 03.04.2027"])
@pytest.mark.parametrize("order", ["mdy", "dmy"])
def test_a_two_way_date_says_a_fix_that_works(text: str, order: str) -> None:
    """The note on a date that reads two ways names a fix that reads it the other way."""
    first = assess(text, TODAY, ReadingOptions(order))  # type: ignore[arg-type]
    (note,) = first.assumptions
    if "settings" in note:
        other = "dmy" if order == "mdy" else "mdy"
        fixed = assess(text, TODAY, ReadingOptions(other))  # type: ignore[arg-type]
    else:
        written = note.rsplit("write it as ", 1)[1]
        fixed = assess(f"get my G2 ticket by {written}", TODAY, ReadingOptions(order))  # type: ignore[arg-type]
    assert fixed.deadline is not None and fixed.deadline != first.deadline, note
    assert fixed.deadline.strftime("%-d %B %Y") in note, note


@pytest.mark.parametrize(
    ("text", "start", "deadline"),
    [
        ("bill 1900 hours this fiscal year", 1, "2026-12-31"),
        ("bill 1900 hours this fiscal year", 4, "2027-03-31"),
        ("bill 1900 hours this fiscal year", 10, "2027-09-30"),
        ("bill 1900 hours next fiscal year", 4, "2028-03-31"),
        ("close 20 deals by the end of FY2027", 4, "2027-03-31"),
        ("close 20 deals in fy27", 7, "2027-06-30"),
        ("close 20 deals by FY end", 1, "2026-12-31"),
        ("close 20 deals in the new fiscal year", 4, "2028-03-31"),
        ("close 20 deals before the new fiscal year", 4, "2027-03-31"),
        ("close 20 deals by the start of the new financial year", 7, "2027-07-01"),
    ],
)
def test_fiscal_year_start(text: str, start: int, deadline: str) -> None:
    result = assess(text, TODAY, ReadingOptions(fiscal_year_start=start))
    assert result.deadline == date.fromisoformat(deadline)
    assert any("fiscal" in note for note in result.assumptions)


def test_an_ambiguous_date_says_how_it_was_read_and_how_to_change_it() -> None:
    result = assess("get my G2 gas ticket by 3/4/2027", TODAY)
    assert result.assumptions == (
        'read "3/4/2027" as 4 March 2027 (month first, as set); if you meant 3 April 2027, '
        "change the date order in settings",
    )
    assert result.to_json()["assumptions"] == list(result.assumptions)
    assert assess("get my G2 gas ticket by 3/3/2027", TODAY).assumptions == ()


def test_a_day_that_does_not_exist_gives_no_date_and_says_so() -> None:
    result = assess("get GLP certified by april 31 2027", TODAY)
    assert result.deadline is None and result.time_bound.ok is False
    assert "there is no 31 April" in result.time_bound.reason
    assert "there is no 31 April" in result.assumptions[0]


def test_a_passed_date_is_never_met() -> None:
    result = assess("pass my level 3 electrical exam by october 2026", TODAY)
    assert result.time_bound.ok is False
    assert result.deadline == date(2026, 10, 31)
    assert "has already passed" in result.time_bound.reason
    assert '"by october 2026"' in result.time_bound.reason


def test_no_rush_keeps_the_date_but_not_the_hurry() -> None:
    hurried = assess("get my EPA 608 cert by december 20", TODAY)
    relaxed = assess("get my EPA 608 cert, no rush, by december 20", TODAY)
    assert hurried.deadline == relaxed.deadline == date(2026, 12, 20)
    assert "Only 17 days to go" in hurried.achievable.suggestion
    assert "to go" not in relaxed.achievable.suggestion
    assert '"no rush"' in relaxed.time_bound.suggestion


def test_an_event_of_ones_own_asks_for_its_date() -> None:
    result = assess("become charge nurse on 4 west before my 5 year anniversary", TODAY)
    assert result.deadline is None and result.time_bound.ok is False
    assert '"before my 5 year anniversary"' in result.time_bound.reason
    assert "When is that?" in result.time_bound.suggestion


def test_a_cadence_is_a_rhythm_not_a_deadline() -> None:
    result = assess("book 15 demos a week", TODAY)
    assert result.time_bound.ok is False and result.measurable.ok is True
    assert '"a week" sets a rhythm' in result.time_bound.reason


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Run 6 workshops for new hires by June", '"6 workshops"'),
        ("Speak at 2 regional conferences next year", '"2 regional conferences"'),
        ("cut p95 latency on the checkout api from 450ms to 120ms by EOQ", '"from 450ms to 120ms"'),
    ],
)
def test_counts_quote_what_they_count(text: str, quoted: str) -> None:
    assert assess(text, TODAY).measurable.reason == f"Counts something: {quoted}."


def test_a_yes_no_goal_is_measurable_as_done() -> None:
    result = assess("promoted to team lead by May", TODAY)
    assert result.measurable.ok is True
    assert "done or not" in result.measurable.reason


def test_a_vague_verb_is_named_and_the_coaching_question_asked() -> None:
    result = assess("get better at IV insertion", TODAY)
    assert result.specific.ok is False
    assert result.specific.reason.startswith('"get better at" says which way to go')
    assert "What will you be able to do, and how will you know?" in result.specific.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "be a better nurse for my patients",
        "pick up more night shifts",
        "improve my charting on the ward",
    ],
)
def test_a_nurse_is_given_nursing_examples(text: str) -> None:
    result = assess(text, TODAY)
    said = " ".join(v.suggestion for v in (result.specific, result.measurable, result.time_bound))
    assert "senior designer" not in said and "pitches" not in said
    assert any(word in said for word in ("ICU", "nurses", "CCRN"))
    assert result.field == "nursing"


def test_achievable_asks_about_the_goals_own_object() -> None:
    result = assess("pass the CEN board exam by june", TODAY)
    assert 'What could delay "pass the CEN board exam"?' in result.achievable.suggestion


def test_a_split_line_reports_each_part_in_json() -> None:
    text = "submit 2 papers by q2 and apply for the marie curie fellowship by 9/10/2027"
    data = assess(text, TODAY).to_json()
    assert [p["text"] for p in data["parts"]] == [
        "submit 2 papers by q2",
        "apply for the marie curie fellowship by 9/10/2027",
    ]
    assert [p["deadline"] for p in data["parts"]] == ["2027-06-30", "2027-09-10"]
    assert data["deadline"] == "2027-09-10"
    for part in data["parts"]:
        assert set(part) == {"text", "specific", "measurable", "time_bound", "deadline"}


def test_a_part_without_a_date_leaves_the_line_undated() -> None:
    result = assess("quit my job before my 35th and start a UX bootcamp by spring", TODAY)
    assert [p.deadline for p in result.parts] == [None, date(2027, 5, 31)]
    assert result.deadline is None and result.time_bound.ok is False
    assert result.time_bound.reason.startswith('Part 1 ("quit my job before my 35th")')


def test_an_aspiration_is_said_and_met_is_false() -> None:
    result = assess("one day i want to be a nurse practitioner with my own clinic", TODAY)
    assert result.aspiration == '"one day" points at a destination years away, not a milestone.'
    assert result.to_json()["aspiration"] == result.aspiration
    assert not result.met


@pytest.mark.parametrize("text", ["-", "?!", "…"])
def test_marks_alone_are_judged_and_not_met(text: str) -> None:
    # These crashed (an empty list of words); found by test_properties.
    result = assess(text, TODAY)
    assert result.missing == ["specific", "measurable", "time_bound"]

"""Properties of the reading over any text: it never fails, what it reports points into the
text, every date it finds is real, and the fast ASCII path agrees with the general one."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.coaching.deadlines import time_mentions
from coach.coaching.drafts import draft_rewrite, measure_of, split_statement
from coach.coaching.reading import DATE_ORDERS, ReadingOptions
from coach.coaching.smart import assess
from coach.coaching.tokens import normalize, normalize_any, words

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
options = st.builds(
    ReadingOptions,
    st.sampled_from(DATE_ORDERS),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=6),
)
# Words the readers react to, so the properties also cover dates, counts and splits.
WORDS = sorted(
    words(
        "by before until in within over the next end of mid early this fiscal year fy27 eoq "
        "q3 march may 31 2/30/2027 3/4/2028 2027 2031 april 6 weeks 10 wks 5 mos and then , not "
        "now instead twice a week every my 40th birthday appraisal pass the nclex get better at "
        "improve 50 pitches from 3k to 10k $120k % promoted to team lead one day no rush xmas "
        "thanksgiving new year's eve summer spring 15th of january a couple of years"
    )
)
goal_like = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
any_text = st.one_of(st.text(min_size=1), goal_like).filter(str.strip)


@settings(max_examples=300, deadline=None)
@given(text=any_text, today=days, reading=options)
def test_assess_never_fails_and_explains_itself(
    text: str, today: date, reading: ReadingOptions
) -> None:
    result = assess(text, today, reading)
    data = result.to_json()
    assert data["text"] == text
    for name in ("specific", "measurable", "time_bound"):
        assert data[name]["ok"] in (True, False)
        assert data[name]["reason"] and data[name]["suggestion"]
    assert result.time_bound.ok is False or (
        result.deadline is not None and result.deadline >= today
    )
    for part in result.parts:
        assert part.text == text[part.start : part.end]
    if result.parts:
        dates = [p.deadline for p in result.parts]
        assert result.deadline == (None if None in dates else max(d for d in dates if d))


@settings(max_examples=300, deadline=None)
@given(text=any_text, today=days, reading=options)
def test_mentions_point_into_the_text_and_dates_are_real(
    text: str, today: date, reading: ReadingOptions
) -> None:
    for m in time_mentions(text, today, reading):
        assert 0 <= m.start < m.end <= len(text)
        assert m.phrase == text[m.start : m.end]
        if m.date is not None:
            assert isinstance(m.date, date)
            date.fromisoformat(m.date.isoformat())


@settings(max_examples=200, deadline=None)
@given(text=any_text, today=days)
def test_quoted_words_come_from_the_text(text: str, today: date) -> None:
    result = assess(text, today)
    flat = " ".join(normalize(text).split())
    for verdict in (result.specific, result.measurable):
        for quoted in re.findall(r'"([^"]+)"', verdict.reason):
            if quoted.endswith("…"):
                quoted = quoted[:-1]
            assert " ".join(normalize(quoted).split()) in flat, (quoted, text)


@settings(max_examples=200, deadline=None)
@given(text=any_text, today=days)
def test_prefills_never_fail(text: str, today: date) -> None:
    measure = measure_of(text, today)
    if measure is not None:
        assert measure.target is None or measure.target >= 0
    for piece in split_statement(text, today):
        assert piece in text
    assert draft_rewrite(assess(text, today), today).endswith(".")


@given(text=st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_normalize_matches_the_general_path(text: str) -> None:
    assert normalize(text) == normalize_any(text)
    assert len(normalize(text)) == len(text)


@given(text=st.text())
def test_normalize_keeps_length(text: str) -> None:
    assert len(normalize(text)) == len(text)


# Lines as they are typed: the goal wizard judges the text after each pause, so every
# beginning of a line is read on the way to the whole. Each of these once had a beginning
# that stopped the reading ("... before i", "... to under").
TYPED = [
    "become a staff engineer before i turn 35",
    "cut our ci build time from 25 min to under 10 by march",
    "get my late invoices down from 30% to below 5% in q3",
    "weld 3 test plates a week til i pass the 6G",
    "i want to make sergeant by the time im 30",
    "find a mentor, join PMI, and be more visible by 1/3/2028",
    "pass the CKA in 6 wks, then the CKS by april and after that apply to 10 jobs",
    "not before january, aiming for june: finish my MBA",
    "save 2.5L before diwali and then buy the van",
]


def test_every_beginning_of_a_typed_line_is_read() -> None:
    for text in TYPED:
        for end in range(1, len(text) + 1):
            for reading in (ReadingOptions("mdy", 1), ReadingOptions("dmy", 4)):
                assess(text[:end], date(2027, 11, 24), reading)  # no exception

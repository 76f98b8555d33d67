"""The SMART assessment against the labelled sets of issue 19, case by case.

``labels_field.py`` and ``labels_field2.py`` were written by someone who had not seen
the engine, as people in many fields type their goals (the second was held out from
the first round of work). ``labels_own1.py`` and ``labels_own2.py`` are fresh goals of
our own, each written and labelled before the engine was changed for it.
``labels_own3.py`` is a third set written blind (without reading the engine); where the
engine disagrees is listed in ``own3_misses.py``, and its accuracy is held at the score it
had when it was added. ``labels_own4.py``, a fourth blind set (fiscal year from April),
was held out from the work on own3; its remaining disagreements are in ``own4_misses.py``
and its floors are the scores reached in round 4. ``labels_own5.py``, a fifth blind set
(day-first dates), was held out from rounds 3 and 4 and added untouched, with its
disagreements in ``own5_misses.py``; ``labels_own6.py``, a sixth (month first, a fiscal
year from October), was held out from rounds 3 to 5 and added untouched the same way,
with ``own6_misses.py``; ``labels_own7.py``, a seventh (day first, a fiscal year from
July, writers from Australia, New Zealand, India, Ireland, Africa and Asia), was held out
from round 6 and added untouched, with ``own7_misses.py``; ``labels_own8.py``, an eighth
(month first, people across the United States typing on their phones), was held out from
round 7 and added untouched, with ``own8_misses.py``; ``labels_own9.py``, a ninth (day
first, a fiscal year from April, writers from the United Kingdom and Ireland and people
working in Europe in English as a second language), was held out from round 8 and added
untouched, with ``own9_misses.py``; ``labels_own10.py``, a tenth (month first, the
calendar year as the fiscal year, writers from Canada, the Philippines, Singapore, Hong
Kong, Malaysia, South Africa and the Caribbean and mid- and late-career people), was held
out from round 9 and added untouched, with ``own10_misses.py``; ``labels_own11.py``, an
eleventh (day first, a fiscal year from July, writers from South Asia, West and East Africa,
Egypt and the Gulf, and students, creators, farmers, soldiers and riders anywhere), was held
out from round 10 and added untouched, with ``own11_misses.py``; ``labels_own12.py``, a
twelfth (year first, a fiscal year from April, writers from East and South-East Asia, Latin
America, Eastern Europe, Turkey and Israel, and people with disabilities, people leaving
prison and refugees anywhere), was held out from rounds 10 and 11 and added untouched, with
``own12_misses.py``. All share one schema. Each case is
checked on its own (verdicts, deadline, the parts of a line with several goals, whether an
assumption is said, whether it reads as an aspiration); the accuracy test prints the
agreement per criterion and holds the targets of issue 19.
"""

from __future__ import annotations

from datetime import date
from types import ModuleType
from typing import Any

import pytest

from coach.coaching.reading import ReadingOptions
from coach.coaching.smart import Assessment, assess
from tests.coaching import (
    labels_field,
    labels_field2,
    labels_own1,
    labels_own2,
    labels_own3,
    labels_own4,
    labels_own5,
    labels_own6,
    labels_own7,
    labels_own8,
    labels_own9,
    labels_own10,
    labels_own11,
    labels_own12,
)
from tests.coaching.judged import judged, reasons
from tests.coaching.own3_misses import OWN3_MISSES
from tests.coaching.own4_misses import OWN4_MISSES
from tests.coaching.own5_misses import OWN5_MISSES
from tests.coaching.own6_misses import OWN6_MISSES
from tests.coaching.own7_misses import OWN7_MISSES
from tests.coaching.own8_misses import OWN8_MISSES
from tests.coaching.own9_misses import OWN9_MISSES
from tests.coaching.own10_misses import OWN10_MISSES
from tests.coaching.own11_misses import OWN11_MISSES
from tests.coaching.own12_misses import OWN12_MISSES

# Labels we read differently, with the reasoning; a case listed here is expected to
# disagree and fails strictly once the engine agrees with its label.
DISPUTED: dict[str, str] = {
    "learn kubernetes properly and pass the CKA by mid-2027": (
        "labels_field.py reads it as one dated goal, but the same labeller splits 'get "
        "better at budgeting and pass the CGFM exam by fall' (labels_field2.py) into a "
        "vague part and a dated one; 'learn kubernetes properly' is that shape (a vague "
        "verb with no finish line, then an exam with a date), so we read two goals, the "
        "first not specific, and the line as not yet met"
    ),
    "be known as the go-to person for data in my company": (
        "our own label (labels_own1.py) called it an aspiration; the labeller reads 'be "
        "known as the go-to person for brand strategy' (labels_field.py) as a goal that is "
        "not specific, not as an aspiration, and the engine follows the labeller"
    ),
    "go from part time to full time by the spring term": (
        "our own label (labels_own1.py) called it specific; the labeller holds a condition "
        "of work without the work ('find a retail job with fixed shifts') not specific, and "
        "hours alone are such a condition, as the first round read 'get back to full time'"
    ),
    "get a raise": (
        "labels_own3.py calls it measurable as a plain done-or-not outcome, and its writer "
        "flagged the label as doubtful; a raise is a quantity whose size is not said, like "
        "'more money', and the first labelled set reads 'Get a raise soon' (labels.py) as "
        "neither specific nor measurable, while 'get a raise of at least $2/hr by my next "
        "review' (labels_field.py) is measurable for its amount; we read it as not measurable"
    ),
    "get my AWS D1.1 structural cert b4 xmas": (
        "labels_own4.py dates it on Christmas Day, but its own rules read 'before X' as the "
        "day before X ('before thanksgiving' is 24 November), 'b4' is how 'before' is typed "
        "on a phone, and labels_own3.py reads 'b4 the summer season' as the day before "
        "summer: we read 24 December"
    ),
    "apply to 10 jobs by the 15th": (
        "labels_own4.py calls it not specific because the jobs are not named, but the same "
        "set calls 'apply to 2 jobs a week starting monday' specific; a count of applications "
        "is the work itself, and the other sets read counted applications as specific, so "
        "we follow them"
    ),
    "be the kind of nurse my patients actually trust": (
        "labels_own4.py reads it as a goal that is not specific, but every other set reads "
        "'be the kind of X people trust / remember' as an aspiration (labels_field.py 'be "
        "the kind of teacher kids come back to visit', labels_field2.py 'become the kind of "
        "salesperson people trust', labels_own1.py, labels_own2.py): who the person wants to "
        "be, with no step; we flag it as an aspiration, not specific either way"
    ),
}

# A disputed text that another set labels as we read it is disputed only in these sets.
DISPUTED_IN: dict[str, tuple[str, ...]] = {
    "get a raise": ("own3",),  # labels_own8.py reads it as we do: neither
}

# Per set, the cases the engine is known to get wrong and the kind of miss: each is a
# strict xfail, so a listed case that starts to agree fails and must come off the list.
EXPECTED_MISSES: dict[str, dict[str, str]] = {
    "own3": OWN3_MISSES,
    "own4": OWN4_MISSES,
    "own5": OWN5_MISSES,
    "own6": OWN6_MISSES,
    "own7": OWN7_MISSES,
    "own8": OWN8_MISSES,
    "own9": OWN9_MISSES,
    "own10": OWN10_MISSES,
    "own11": OWN11_MISSES,
    "own12": OWN12_MISSES,
}

# The agreement every set must reach (issue 19), and for a set that was below it when it
# was added, the score it has reached since: it may rise, not fall. own3 scored specific
# 0.923, measurable 0.925, time-bound 0.951, dated 0.927 and no date 0.958 untouched;
# own4 specific 0.906, measurable 0.903, time-bound 0.977, dated 0.947, no date 0.989;
# own5, held out from rounds 3 and 4, scored specific 0.928, measurable 0.930,
# time-bound 0.949, dated 0.890 and no date 0.960 untouched. The floors of own4 and own5
# are the scores reached in round 5. own6, held out from rounds 3 to 5 (month first, a
# fiscal year from October), scored specific 0.918, measurable 0.924, time-bound 0.983,
# dated 0.946 and no date 0.985 before round 5 and 0.928, 0.934, 0.983, 0.946, 0.985 after
# it, untouched; its floors were those scores. Round 6 (tuned to own6's kinds of miss, not
# its sentences) raised own6 to 0.930, 0.941, 0.992, 0.982, 0.985 and own5 to 0.941, 0.944,
# 0.973, 0.965, 0.960: the floors of both are now those. (Its rule that a goal counting
# something before "and" has no date of its own raised own5 and own6 further, but it cost
# one case of own7 and two of own8, the sets held out from it, and helped none of them:
# it was taken back.) own7, held out from round 6, scored specific 0.934, measurable
# 0.938, time-bound 0.956, dated 0.923 and no date 0.974 before it and 0.934, 0.939,
# 0.956, 0.923, 0.974 after it, untouched; its floors are those last scores.
# Round 7 (holidays of its countries, an independence day found by its month, "before
# EOFY" as the end, a rate of work from a month, checks and exams of its countries)
# raised own7; its floors are its scores now. own8, held out from rounds 6 and 7, scored
# specific 0.841, measurable 0.850, time-bound 0.976, dated 0.950 and no date 0.973 before
# round 6 and 0.841, 0.856, 0.976, 0.950, 0.973 after round 7, untouched; its floors are
# those last scores. Round 8's date rules (New Year's as a day, next week's "next friday",
# next year's "next fall", Spanish months, a denied "before", dotted dates in the order
# set; a day that does not exist still dates its part; leaving something and going
# somewhere is one goal; "and pass" alone finishes the goal before it) raised own4 to
# own8; their floors are the scores now, cut to three places. Round 8's rule that a thing
# named after a verb that attains it is specific and done or not, known word or not ("get
# my guard card", "fill out the fafsa", "save 1500 for rent"), raised own4 to own8 again:
# their floors are the scores after both, cut to three places. own9, held out from round
# 8, scored specific 0.873, measurable 0.870, time-bound 0.966, dated 0.917 and no date
# 0.988 before it and 0.896, 0.893, 0.966, 0.919, 0.988 after it, untouched; its floors are
# those last scores, cut to three places. Round 9 (a condition of work alone, the role
# after "become", UK, Irish and European dates) raised own5, own7 and own9: their floors
# are the scores now, cut to three places. own10, held out from round 9, scored specific
# 0.900, measurable 0.899, time-bound 0.903, dated 0.837 and no date 0.939 before it and
# 0.902, 0.907, 0.905, 0.840, 0.939 after it, untouched; its floors are those last scores,
# cut to three places, with time-bound 0.906 and dated 0.843 once "before the fiscal year
# closes" was read as its last day (a bug it showed, fixed after it was scored). Round 10
# (worked from own10's kinds: conditions of work read wider, named work, life goals as
# aspirations, halves written "1H28", festivals of other calendars, more national days)
# raised own6 to own10: their floors are the scores now. own11, held out from round 10,
# scored specific 0.893, measurable 0.915, time-bound 0.909, dated 0.867 and no date 0.919
# before it and 0.897, 0.923, 0.924, 0.901, 0.916 after it, untouched; its floors are those
# last scores, cut to three places. Round 11's verdicts and aspirations (worked from own11's
# kinds: conditions of work in other words, postings, effort, fame as a far-off goal) raised
# own8 to own11: their specific and measurable floors (and own10's undated ones) are the
# scores now. own12, held out from rounds 10 and 11, scored specific 0.913, measurable
# 0.923, time-bound 0.922, dated 0.848 and no date 0.959 before round 10, 0.914, 0.926,
# 0.925, 0.854, 0.962 after it (before round 11) and 0.919, 0.928, 0.925, 0.854, 0.962
# after round 11, untouched; its floors are those last scores, cut to three places.
TARGET = 0.95
FLOORS: dict[str, dict[str, float]] = {
    "own3": {
        "specific": 0.997,
        "measurable": 0.995,
        "time_bound": 0.995,
        "dated": 1.000,
        "no date": 0.988,
    },
    "own4": {
        "specific": 0.949,
        "measurable": 0.965,
        "time_bound": 1.000,
        "dated": 0.995,
        "no date": 1.000,
    },
    "own6": {
        "specific": 0.964,
        "measurable": 0.970,
        "time_bound": 0.993,
        "dated": 0.992,
        "no date": 0.984,
    },
    "own7": {  # the scores, cut (not rounded) to three places
        "specific": 0.965,
        "measurable": 0.969,
        "time_bound": 0.988,
        "dated": 0.993,
        "no date": 0.978,
    },
    "own8": {  # the scores, cut (not rounded) to three places
        "specific": 0.928,
        "measurable": 0.947,
        "time_bound": 0.987,
        "dated": 0.975,
        "no date": 0.986,
    },
    "own9": {  # the scores, cut (not rounded) to three places (round 11: dated, time-bound)
        "specific": 0.922,
        "measurable": 0.935,
        "time_bound": 0.987,
        "dated": 0.963,
        "no date": 0.987,
    },
    "own10": {  # the scores, cut (not rounded) to three places
        # round 10's dates read "1H28" and "by Singapore National Day": four verdicts that
        # were right only because those words went unread ("1H28" counted as a thing,
        # "Singapore" named a place) now disagree, listed in own10_misses.py as VERDICT
        # (docs/smart-check.md, "Round 10, dates"); with round 10's verdicts these are the
        # scores after both, each above the floor before round 10; raised after round 11
        "specific": 0.948,
        "measurable": 0.963,
        "time_bound": 0.971,
        "dated": 0.988,
        "no date": 0.942,
    },
    "own11": {  # the scores after round 11 (verdicts and dates), cut (not rounded) to three places
        "specific": 0.940,
        "measurable": 0.957,
        "time_bound": 0.951,
        "dated": 0.960,
        "no date": 0.918,
    },
    "own12": {  # the scores after round 11, cut (not rounded) to three places
        "specific": 0.918,
        "measurable": 0.927,
        "time_bound": 0.924,
        "dated": 0.853,
        "no date": 0.961,
    },
    "own5": {
        "specific": 0.962,
        "measurable": 0.965,
        "time_bound": 0.981,
        "dated": 0.975,
        "no date": 0.971,
    },
}

# Each set and the fewest cases it must keep (a set that shrinks by accident fails).
SETS: dict[str, tuple[ModuleType, int]] = {
    "field": (labels_field, 330),
    "field2": (labels_field2, 229),
    "own1": (labels_own1, 60),
    "own2": (labels_own2, 60),
    "own3": (labels_own3, 428),
    "own4": (labels_own4, 435),
    "own5": (labels_own5, 373),
    "own6": (labels_own6, 473),
    "own7": (labels_own7, 528),
    "own8": (labels_own8, 548),
    "own9": (labels_own9, 710),
    "own10": (labels_own10, 601),
    "own11": (labels_own11, 661),
    "own12": (labels_own12, 677),
}


def _options(labels: ModuleType) -> ReadingOptions:
    return ReadingOptions(labels.DATE_ORDER, labels.FISCAL_YEAR_START)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _assessed(labels: ModuleType, case: Any) -> Assessment:
    return assess(case.text, labels.TODAY, _options(labels))


def _params() -> list[Any]:
    out = []
    for name, (labels, _) in SETS.items():
        misses = EXPECTED_MISSES.get(name, {})
        for case in labels.CASES:
            disputed = name in DISPUTED_IN.get(case.text, (name,))
            reason = (DISPUTED.get(case.text) if disputed else None) or misses.get(case.text)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            out.append(pytest.param(labels, case, marks=marks, id=f"{name}:{case.text[:60]}"))
    return out


@pytest.mark.parametrize(("labels", "case"), _params())
def test_field_case(labels: ModuleType, case: Any) -> None:
    result = _assessed(labels, case)
    want = (case.specific, case.measurable, case.time_bound, case.deadline)
    assert judged(result) == want, reasons(result)
    assert bool(result.assumptions) == case.assumption, result.assumptions
    assert (result.aspiration is not None) == case.aspiration, result.aspiration
    got_parts = [
        (p.text, p.specific.ok, p.measurable.ok, p.time_bound.ok, _iso(p.deadline))
        for p in result.parts
    ]
    want_parts = [(p.text, p.specific, p.measurable, p.time_bound, p.deadline) for p in case.parts]
    assert got_parts == want_parts


@pytest.mark.parametrize("name", list(SETS))
def test_accuracy_per_criterion(name: str) -> None:
    labels, least = SETS[name]
    cases = labels.CASES
    hits = dict.fromkeys(("specific", "measurable", "time_bound", "dated", "no date"), 0)
    for case in cases:
        result = _assessed(labels, case)
        hits["specific"] += result.specific.ok is case.specific
        hits["measurable"] += result.measurable.ok is case.measurable
        hits["time_bound"] += result.time_bound.ok is case.time_bound
        if case.deadline:
            hits["dated"] += _iso(result.deadline) == case.deadline
        else:
            hits["no date"] += result.deadline is None
    dated = sum(1 for c in cases if c.deadline)
    totals = {"dated": dated, "no date": len(cases) - dated}
    scores = {k: v / totals.get(k, len(cases)) for k, v in hits.items()}
    print(f"\n{name}: {len(cases)} goals: " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    assert len(cases) >= least
    floors = FLOORS.get(name, {})
    assert all(score >= floors.get(k, TARGET) for k, score in scores.items()), scores


@pytest.mark.parametrize("name", list(SETS))
def test_labelled_set_is_well_formed(name: str) -> None:
    labels = SETS[name][0]
    texts = [c.text for c in labels.CASES]
    assert len(texts) == len(set(texts)), "duplicate texts"
    for case in labels.CASES:
        if case.deadline:
            date.fromisoformat(case.deadline)
        for part in case.parts:
            assert part.text in case.text


def test_disputed_labels_are_in_a_set() -> None:
    texts = {c.text for labels, _ in SETS.values() for c in labels.CASES}
    assert set(DISPUTED) <= texts


@pytest.mark.parametrize("name", list(EXPECTED_MISSES))
def test_expected_misses_are_in_their_set(name: str) -> None:
    texts = {c.text for c in SETS[name][0].CASES}
    assert set(EXPECTED_MISSES[name]) <= texts
    assert not set(EXPECTED_MISSES[name]) & set(DISPUTED)

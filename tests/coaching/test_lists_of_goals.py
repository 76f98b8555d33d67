"""A list of three or more actions on one line is that many goals (round 10).

"find a mentor, join PMI, and be more visible" is three goals, each judged on its own
words; a list whose items are not each an action ("pass my written, oral and practical")
stays one goal, and so does a list whose only date is said once at its end, where the
labelled sets disagree on whether the date is the last item's or the whole list's.
Written fresh for round 10, not taken from any labelled set: before this rule, each of
the eight lists of actions below was read as one or two goals (the near misses were
already right).
"""

from __future__ import annotations

from datetime import date

import pytest

from coach.coaching.smart import assess

TODAY = date(2027, 2, 10)  # a Wednesday

LISTS: list[tuple[str, tuple[str, ...]]] = [
    (
        "rewrite my cv, email 5 recruiters, and book a mock interview",
        ("rewrite my cv", "email 5 recruiters", "book a mock interview"),
    ),
    (
        "finish the bootcamp, build 2 portfolio projects and apply to 20 jobs",
        ("finish the bootcamp", "build 2 portfolio projects", "apply to 20 jobs"),
    ),
    (
        "shadow a charge nurse, do the IV course, sit the preceptor workshop",
        ("shadow a charge nurse", "do the IV course", "sit the preceptor workshop"),
    ),
    (
        "tidy my linkedin, contact 3 old managers, volunteer at the food bank",
        ("tidy my linkedin", "contact 3 old managers", "volunteer at the food bank"),
    ),
    (
        "Join Toastmasters, give 4 talks, and speak at one meetup",
        ("Join Toastmasters", "give 4 talks", "speak at one meetup"),
    ),
    (
        "pass my theory test by april, book 10 lessons, take the practical in june",
        ("pass my theory test by april", "book 10 lessons", "take the practical in june"),
    ),
    (
        "i want to finish my thesis, publish one paper and get a postdoc",
        ("i want to finish my thesis", "publish one paper", "get a postdoc"),
    ),
    (
        "network more, get fitter, read more",
        ("network more", "get fitter", "read more"),
    ),
]

# One goal each: the items are not all actions, or there are only two of them.
ONE_GOAL: list[str] = [
    "pass the written, practical and oral parts of the exam",
    "apply to Shopify, Stripe and Wise by march",
    "get certified in AWS, Azure and GCP",
    "learn python, sql, and tableau",
    "after the baby, maybe in spring, go back to the lab",
    "a remote role, 4 days a week, with a pension",
]

# A date said once at the end of a list: the last item's, or the whole list's? The labelled
# sets disagree, so the line is read as it was before round 10.
END_DATED: list[str] = [
    "register the company, open a bank account and land 3 clients by june",
]


@pytest.mark.parametrize(("text", "parts"), LISTS, ids=lambda c: str(c)[:50])
def test_a_list_of_actions_is_a_goal_each(text: str, parts: tuple[str, ...]) -> None:
    result = assess(text, TODAY)
    assert tuple(p.text for p in result.parts) == parts


@pytest.mark.parametrize("text", ONE_GOAL)
def test_a_list_of_things_is_one_goal(text: str) -> None:
    assert assess(text, TODAY).parts == ()


@pytest.mark.parametrize("text", END_DATED)
def test_a_list_dated_once_at_its_end_is_not_split_by_the_list(text: str) -> None:
    result = assess(text, TODAY)
    assert len(result.parts) < 3, [p.text for p in result.parts]


def test_each_item_is_judged_on_its_own_words() -> None:
    result = assess("rewrite my cv, email 5 recruiters, and get better at interviews", TODAY)
    verdicts = [(p.text, p.specific.ok, p.measurable.ok) for p in result.parts]
    assert verdicts == [
        ("rewrite my cv", True, True),
        ("email 5 recruiters", True, True),
        ("get better at interviews", False, False),
    ]
    assert result.specific.ok is False  # the line is met only when every goal is
    assert result.deadline is None  # and no item has a date


def test_each_item_keeps_its_own_date() -> None:
    text = "pass my theory test by april, book 10 lessons, take the practical in june"
    result = assess(text, TODAY)
    assert [p.deadline for p in result.parts] == [date(2027, 4, 30), None, date(2027, 6, 30)]
    assert result.deadline is None  # one goal has no date, so the line has none

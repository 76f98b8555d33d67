"""The core functions the wizard and the app call to prefill and to warn (issue 19)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.coaching.drafts import Measure, draft_rewrite, is_yes_no, measure_of, split_statement
from coach.coaching.fields import FIELD_IDS, field_of, samples_for
from coach.coaching.levels import (
    aspiration_reads_as_goal,
    deadline_after_horizon,
    reads_as_aspiration,
)
from coach.coaching.smart import assess

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("grow our newsletter from 3k to 10k subscribers by 2027", ("subscribers", 1e4, "", 3e3)),
        (
            "cut p95 latency on the checkout api from 450ms to 120ms by EOQ",
            ("p95 latency on the checkout api", 120, "ms", 450),
        ),
        ("raise my day rate from 400 to 550", ("day rate", 550, "", 400)),
        ("reduce shrink from 2.1% to 1.4% in fy27", ("shrink", 1.4, "%", 2.1)),
        ("win 50 pitches", ("pitches", 50, "", None)),
        ("reach 99.95% uptime", ("uptime", 99.95, "%", None)),
        ("hit 120% of quota by EOQ", ("quota", 120, "%", None)),
        ("earn $120k", ("", 120_000, "$", None)),
        ("post on linkedin twice a week", ("post on linkedin", 2, "times", None)),
    ],
)
def test_measure_of(text: str, measure: tuple[str, float, str, float | None]) -> None:
    assert measure_of(text, TODAY) == Measure(*measure)


@pytest.mark.parametrize(
    "text", ["get promoted to team lead by may", "pass the NCLEX", "be happier"]
)
def test_no_measure_without_a_count(text: str) -> None:
    assert measure_of(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "yes_no"),
    [
        ("get promoted to team lead by may", True),
        ("pass the bar exam in july 2027", True),
        ("finish my part-time MBA and after that move into an FP&A analyst role", True),
        ("win 50 pitches by 2027", False),
        ("get better at system design", False),
        ("pass the bar by july and bill 1900 hours next year", False),
    ],
)
def test_is_yes_no(text: str, yes_no: bool) -> None:
    assert is_yes_no(assess(text, TODAY)) is yes_no


def test_split_statement_keeps_the_persons_words() -> None:
    text = "land 2 new clients by xmas, raise my rate to 90/hr by march"
    assert split_statement(text, TODAY) == [
        "land 2 new clients by xmas",
        "raise my rate to 90/hr by march",
    ]
    assert split_statement("pass the bar by july", TODAY) == ["pass the bar by july"]
    assert split_statement("   ", TODAY) == []


@pytest.mark.parametrize(
    ("text", "draft"),
    [
        ("pass the NCLEX", "Pass the NCLEX by June 2027."),
        ("pass the NCLEX by august 2025", "Pass the NCLEX by June 2027."),
        ("win 50 pitches by 2027", "Win 50 pitches by 2027."),
        (
            "become charge nurse before my 5 year anniversary",
            "Become charge nurse by [the date of my 5 year anniversary].",
        ),
        (
            "get better at system design",
            "Be able to [do what, exactly?] in system design, measured by [a number, or a "
            "result that is done or not] by June 2027.",
        ),
    ],
)
def test_draft_rewrite(text: str, draft: str) -> None:
    assert draft_rewrite(assess(text, TODAY), TODAY) == draft


def test_a_drafted_rewrite_of_a_dated_goal_is_smart() -> None:
    draft = draft_rewrite(assess("get my CCRN certification", TODAY), TODAY)
    assert assess(draft, TODAY).met


@pytest.mark.parametrize(
    ("title", "flagged"),
    [
        ("Earn $150k", True),
        ("get a raise", True),
        ("get promoted to senior nurse", True),
        ("make partner", True),
        ("move to Lisbon", True),
        ("work remotely as a freelance illustrator", False),
        ("lead a creative department and win industry awards", False),
        ("run my own practice", False),
    ],
)
def test_aspiration_reads_as_goal(title: str, flagged: bool) -> None:
    assert (aspiration_reads_as_goal(title) is not None) is flagged


def test_a_goal_due_after_its_aspirations_horizon_is_pointed_out() -> None:
    warning = deadline_after_horizon(date(2031, 6, 30), date(2030, 12, 31))
    assert warning is not None and "2031-06-30" in warning and "2030-12-31" in warning
    assert deadline_after_horizon(date(2030, 6, 30), date(2030, 12, 31)) is None
    assert deadline_after_horizon(None, date(2030, 12, 31)) is None
    assert deadline_after_horizon(date(2030, 6, 30), None) is None


@pytest.mark.parametrize(
    ("text", "deadline", "reason"),
    [
        ("one day run my own practice", None, '"one day"'),
        ("my dream is to open a little bakery", None, '"my dream is"'),
        ("become CNO of the hospital", date(2037, 1, 1), "10 years away"),
        ("be the kind of teacher kids come back to visit", None, '"be the kind of"'),
    ],
)
def test_reads_as_aspiration(text: str, deadline: date | None, reason: str) -> None:
    said = reads_as_aspiration(text, deadline, TODAY)
    assert said is not None and reason in said


@pytest.mark.parametrize(
    "text",
    ["pass the NCLEX by august 2027", "make partner at my firm by 2030", "make a difference"],
)
def test_goals_do_not_read_as_aspirations(text: str) -> None:
    assert assess(text, TODAY).aspiration is None


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("one day lead the ICU nursing team", "nursing"),
        ("ship v2 of the payments API", "software"),
        ("get my journeyman electrician licence", "trades"),
        ("pass the bar exam", "law"),
        ("pass CFA level II", "finance"),
        ("sign my first retainer client", "freelance"),
        ("go back to work after my maternity leave", "returning"),
        ("be happier", None),
    ],
)
def test_field_of(text: str, field: str | None) -> None:
    assert field_of(text) == field


def test_every_field_has_samples_and_unknown_fields_get_general_ones() -> None:
    for field in FIELD_IDS:
        samples = samples_for(field)
        assert samples.id == field and samples.specific and samples.measure and samples.outcome
    assert samples_for(None).id == samples_for("nope").id == "general"

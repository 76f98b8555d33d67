"""Goal statements turned into the pieces of spoken sentences, as people type them."""

from __future__ import annotations

from datetime import date

import pytest

from coach.content.interview import InterviewContent, load_interview
from coach.drafting.wording import (
    as_aim,
    as_done,
    as_step,
    clean_statement,
    in_sentence,
    speaking_seconds,
    when_by,
    with_number,
    word_count,
)
from coach.quantities import amount

WRITTEN = date(2026, 1, 5)


@pytest.fixture(scope="module")
def words() -> InterviewContent:
    return load_interview()


@pytest.mark.parametrize(
    ("statement", "clean", "step", "done"),
    [
        ("Win 50 pitches by the end of 2027", "Win 50 pitches", "win 50 pitches", "won 50 pitches"),
        (
            "Promoted to associate art director within two years",
            "Promoted to associate art director",
            "be promoted to associate art director",
            "was promoted to associate art director",
        ),
        (
            "Pass the NCLEX-RN exam in 2026.",
            "Pass the NCLEX-RN exam",
            "pass the NCLEX-RN exam",
            "passed the NCLEX-RN exam",
        ),
        (
            "By March 2027, lead the falls project",
            "lead the falls project",
            "lead the falls project",
            "led the falls project",
        ),
        (
            "I want to plan 3 site visits by June",
            "plan 3 site visits",
            "plan 3 site visits",
            "planned 3 site visits",
        ),
        ("Bill 1800 hours this year", "Bill 1800 hours", "bill 1800 hours", "billed 1800 hours"),
        (
            "Get my journeyman licence before my 30th birthday",
            "Get my journeyman licence",
            "get my journeyman licence",
            "got my journeyman licence",
        ),
        (
            "Post a video every week until June 2027",
            "Post a video every week",
            "post a video every week",
            "posted a video every week",
        ),
        ("Rewire 12 houses", "Rewire 12 houses", "rewire 12 houses", "rewired 12 houses"),
        (
            "Apply for 6 tenure-track positions",
            "Apply for 6 tenure-track positions",
            "apply for 6 tenure-track positions",
            "applied for 6 tenure-track positions",
        ),
        (
            "CCRN certification by 2027",
            "CCRN certification",
            "reach CCRN certification",
            "achieved CCRN certification",
        ),
    ],
)
def test_statements_as_steps_and_results(
    words: InterviewContent, statement: str, clean: str, step: str, done: str
) -> None:
    cleaned = clean_statement(statement, WRITTEN, words)
    assert cleaned == clean
    assert as_step(cleaned, words) == step
    assert as_done(cleaned, words) == done


@pytest.mark.parametrize(
    ("title", "aim"),
    [
        ("Lead a community clinic", "leading a community clinic"),
        (
            "Run my own electrical contracting business",
            "running my own electrical contracting business",
        ),
        ("Award-winning creative director", "becoming an award-winning creative director"),
        ("Partner at an employment law firm", "becoming a partner at an employment law firm"),
        ("Tenured professor of marine biology", "becoming a tenured professor of marine biology"),
        ("Financial independence", "financial independence"),
        ("Become a master electrician", "becoming a master electrician"),
    ],
)
def test_aspirations_as_destinations(words: InterviewContent, title: str, aim: str) -> None:
    assert as_aim(title, words) == aim


@pytest.mark.parametrize(
    ("title", "inside"),
    [
        ("Lead a clinic", "lead a clinic"),
        ("NHS ward manager", "NHS ward manager"),
        ("McKinsey partner", "McKinsey partner"),
        ("Python core developer", "Python core developer"),
        ("The head of nursing", "the head of nursing"),
    ],
)
def test_names_keep_their_capitals_inside_a_sentence(
    words: InterviewContent, title: str, inside: str
) -> None:
    assert in_sentence(title, words) == inside


@pytest.mark.parametrize(
    ("clause", "target", "value", "said", "named"),
    [
        ("train 40 nurses", 40, 42, "train 42 nurses", True),
        ("cut latency from 450ms to 120ms", 120, 110, "cut latency from 450ms to 110ms", True),
        (
            "grow the list to 10k subscribers",
            10000,
            10450,
            "grow the list to 10450 subscribers",
            True,
        ),
        ("raise the pass rate to 75%", 75, 78, "raise the pass rate to 78%", True),
        ("finish the degree", 48, 48, "finish the degree", False),
        ("train 40 nurses", None, 42, "train 40 nurses", False),
    ],
)
def test_the_number_reached_replaces_the_target(
    clause: str, target: float | None, value: float, said: str, named: bool
) -> None:
    assert with_number(clause, target, value) == (said, named)


@pytest.mark.parametrize(
    ("value", "unit", "said"),
    [
        (42, "", "42"),
        (12.5, "hours", "12.5 hours"),
        (35, "%", "35%"),
        (1200, "$", "$1200"),
        (50000, "EUR", "50000 EUR"),
    ],
)
def test_amounts(value: float, unit: str, said: str) -> None:
    assert amount(value, unit) == said


def test_dates_as_said_aloud(words: InterviewContent) -> None:
    assert when_by(date(2027, 6, 30), words) == "by June 2027"
    assert when_by(date(2027, 6, 3), words) == "by June 2027"
    assert when_by(date(2027, 12, 31), words) == "by the end of 2027"


def test_speaking_time_is_140_words_a_minute() -> None:
    assert word_count("One two, three - four.") == 4
    assert speaking_seconds(140) == 60
    assert speaking_seconds(210) == 90

"""The coach's warnings about an answer, drafted or edited by the person."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.drafting import Target
from coach.models import Measurable
from coach.service import CoachService
from tests.clock import TEST_NOW, Clock

FIVE = "five-years"


@pytest.fixture
def plan(service: CoachService, clock: Clock) -> dict[str, str]:
    """An electrician's plan: a goal ahead, one overdue, one under a retired aspiration."""
    clock.now = TEST_NOW - timedelta(days=200)
    own = service.aspirations.add(
        "Run my own electrical contracting business", why="I want to choose my jobs"
    )
    solar = service.aspirations.add("Move into solar panel sales")
    ahead = service.goals.add(
        "Get my contractor licence", aspiration_id=own.id, deadline=date(2027, 9, 30)
    )
    late = service.goals.add(
        "Finish the estimating course", aspiration_id=own.id, deadline=date(2026, 10, 1)
    )
    dropped = service.goals.add(
        "Sell 20 rooftop systems", aspiration_id=solar.id, deadline=date(2027, 3, 31)
    )
    done = service.goals.add(
        "Complete 2000 supervised field hours",
        aspiration_id=own.id,
        deadline=date(2026, 8, 31),
        measurable=Measurable(metric="hours", target=2000, current=2150),
    )
    service.goals.move(done.id, "done")
    service.aspirations.retire(solar.id, "not for me")
    clock.now = TEST_NOW
    return {"ahead": ahead.id, "late": late.id, "dropped": dropped.id}


ROLE = Target.of("Lead electrician at Brightline Electric")
GOOD = (
    "Run my own electrical contracting business: that is where I am heading. I mean to get my "
    "contractor licence by September 2027. I completed 2150 field hours. The lead electrician "
    "role at Brightline is the next step."
)


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        (GOOD, ROLE, set()),
        # no concrete step: no goal ahead named, no date
        (
            "I want to run my own business one day. I completed 2150 field hours. The lead "
            "electrician role is the next step.",
            ROLE,
            {"no_step"},
        ),
        # a date alone is a concrete step
        (
            "I want to run my own business. By June 2028 I will hire my first apprentice. The lead "
            "electrician role fits.",
            ROLE,
            set(),
        ),
        # a goal whose aspiration was retired
        (GOOD + " I will also sell 20 rooftop systems by March 2027.", ROLE, {"retired"}),
        # the retired aspiration itself
        (GOOD + " Moving into solar panel sales still tempts me.", ROLE, {"retired"}),
        # an open goal whose date has passed
        (GOOD + " I am finishing the estimating course too.", ROLE, {"past"}),
        # nothing about the role it is for
        (
            "Run my own electrical contracting business: that is where I am heading. I mean to "
            "get my contractor licence by September 2027.",
            ROLE,
            {"no_role"},
        ),
        # the company alone says it
        (
            GOOD.replace("The lead electrician role at Brightline", "Brightline Electric"),
            ROLE,
            set(),
        ),
        # no role given at all
        (GOOD, Target(), {"role_missing"}),
    ],
)
def test_warnings(
    service: CoachService, plan: dict[str, str], text: str, target: Target, expected: set[str]
) -> None:
    found = {w.id for w in service.interview.check(FIVE, text, target)} - {"short", "long"}
    assert found == expected


def test_warnings_name_the_goal_and_its_date(service: CoachService, plan: dict[str, str]) -> None:
    found = service.interview.check(FIVE, GOOD + " I am finishing the estimating course.", ROLE)
    (past,) = [w for w in found if w.id == "past"]
    assert "Finish the estimating course" in past.message and "2026-10-01" in past.message


def test_length_against_the_aim(service: CoachService, plan: dict[str, str]) -> None:
    short = service.interview.check(FIVE, GOOD, ROLE)
    assert [w.id for w in short] == ["short"]
    assert "aim for 60 to 90" in short[0].message
    long = service.interview.check(FIVE, " ".join([GOOD] * 6), ROLE)
    assert [w.id for w in long] == ["long"]


def test_the_drafts_own_words_raise_no_warning(service: CoachService, plan: dict[str, str]) -> None:
    draft = service.interview.draft(FIVE, ROLE)
    assert draft.warnings == ()
    assert plan["dropped"] not in draft.goal_ids and plan["late"] not in draft.goal_ids
    assert "rooftop" not in draft.text and "estimating" not in draft.text
    assert plan["ahead"] in draft.goal_ids


def test_a_step_questions_draft_without_steps_is_warned(service: CoachService) -> None:
    service.aspirations.add("Head of science at a secondary school")
    draft = service.interview.draft(FIVE, Target.of("Head of science"))
    assert "no_step" in {w.id for w in draft.warnings}
    assert "[Name two goals that lead there, each with its date.]" in draft.text

"""The guided session driven through prompt_toolkit pipe input; the store is checked after."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from coach.models import Evaluation
from coach.service import CoachService
from guided.session import INTERRUPTED, run

TODAY = date(2026, 11, 21)
ENTER = "\r"
DOWN = "\x1b[B"
CTRL_C = "\x03"
BACKSPACE = "\x7f"


def drive(service: CoachService, keys: str, steps: list[str] | None = None) -> int:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text(keys)
        return run(service, steps=steps, today=TODAY)


def reflect_keys() -> str:
    # first theme; answer, skip, answer
    return ENTER + "I love pitching" + ENTER + ENTER + "Mentoring juniors" + ENTER


def aspiration_keys(title: str = "Award-winning creative director") -> str:
    return title + ENTER + "I love ideas" + ENTER + "2031" + ENTER + "y"


def evaluation_keys(rating: str = "") -> str:
    # confirm, then eight times: rating (the default 3 is the middle; ENTER keeps it) and
    # an optional note
    return "y" + "".join(rating + ENTER + f"note {i}" + ENTER for i in range(8))


def goal_keys(statement: str = "Win 50 pitches by the end of 2027") -> str:
    return (
        statement
        + ENTER
        + "Pitches for new clients"
        + ENTER  # specific
        + BACKSPACE * len("pitches")
        + "pitches won"
        + ENTER  # the metric read from the statement, edited
        + ENTER
        + ENTER  # target (50, read from the statement), unit
        + BACKSPACE
        + "12"
        + ENTER  # current (replaces the default 0)
        + ENTER  # priority: medium
        + "Too few briefs"
        + ENTER
        + BACKSPACE
        + "6"
        + ENTER
        + "Ask for more"
        + ENTER
        + ENTER
        + "Each win builds the portfolio"
        + ENTER
        + "Side projects"
        + ENTER
        + ENTER  # deadline: keep the one read from the statement
        + ENTER  # the next look: in two weeks, as offered
        + "y"  # save
        + "n"  # no other goal
    )


def test_whole_session_lands_in_the_store(service: CoachService) -> None:
    keys = reflect_keys() + aspiration_keys() + evaluation_keys() + goal_keys()
    assert drive(service, keys) == 0
    entries = service.journal.find()
    assert sorted(e.body for e in entries) == ["I love pitching", "Mentoring juniors"]
    assert all(e.prompt_id and e.prompt_text for e in entries)
    (aspiration,) = service.aspirations.find()
    assert aspiration.title == "Award-winning creative director" and aspiration.horizon == "2031"
    (evaluation,) = service.repo.all(Evaluation)
    assert len(evaluation.answers) == 8 and {a.rating for a in evaluation.answers} == {3}
    assert evaluation.answers[0].note == "note 0"
    (goal,) = service.goals.find()
    assert goal.aspiration_id == aspiration.id
    assert goal.deadline == date(2027, 12, 31)
    assert goal.next_check == date(2026, 12, 5)  # two weeks after TODAY, as offered
    assert goal.measurable.target == 50 and goal.measurable.current == 12
    assert goal.measurable.metric == "pitches won" and goal.measurable.priority == "medium"
    assert goal.achievable.obstacles[0].delay_weeks == 6
    assert goal.realistic.let_go == "Side projects"
    assert goal.specific == "Pitches for new clients"


def test_bad_answers_are_asked_again(service: CoachService) -> None:
    aspiration = service.aspirations.add("Finance director")
    keys = (
        ENTER  # pick the aspiration
        + "Grow the studio"
        + ENTER  # nothing to count, no deadline: missing parts
        + DOWN
        + ENTER  # keep it
        + ENTER  # specific
        + ENTER
        + "modules"
        + ENTER  # empty metric refused, then given
        + "twelve"
        + ENTER
        + BACKSPACE * 6
        + "12"
        + ENTER  # not a number, then a number
        + ENTER
        + ENTER
        + ENTER  # unit, current 0, priority
        + ENTER  # no obstacles
        + ENTER
        + ENTER  # realistic
        + "2020-01-01"
        + ENTER  # in the past: refused
        + BACKSPACE * 10
        + "someday"
        + ENTER  # unreadable: refused
        + BACKSPACE * 7
        + "June 2028"
        + ENTER
        + ENTER  # the next look, as offered
        + "y"
        + "n"
    )
    assert drive(service, keys, steps=["goals"]) == 0
    (goal,) = service.goals.find()
    assert goal.aspiration_id == aspiration.id
    assert goal.deadline == date(2028, 6, 30)
    assert goal.measurable.metric == "modules" and goal.measurable.target == 12


def test_goal_like_aspiration_is_lifted(service: CoachService) -> None:
    keys = (
        "Earn 150k a year"
        + ENTER
        + ENTER  # lift it: name what it serves
        + "Lead a finance team"
        + ENTER
        + ENTER
        + ENTER
        + "y"
    )
    assert drive(service, keys, steps=["aspiration"]) == 0
    (aspiration,) = service.aspirations.find()
    assert aspiration.title == "Lead a finance team"


def test_ctrl_c_keeps_confirmed_and_drops_half_made(service: CoachService) -> None:
    keys = (
        reflect_keys()
        + aspiration_keys()
        + "y"
        + ENTER
        + "first note"
        + ENTER
        + ENTER  # two of eight questions
        + CTRL_C
    )
    assert drive(service, keys) == INTERRUPTED
    assert len(service.journal.find()) == 2
    assert len(service.aspirations.find()) == 1
    assert service.repo.all(Evaluation) == []


@pytest.fixture(autouse=True)
def _no_colour(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("NO_COLOR", "1")
    yield


def test_ratings_run_1_to_5_as_in_the_app_so_down_is_higher(service: CoachService) -> None:
    aspiration = service.aspirations.add("Finance director")
    assert drive(service, ENTER + evaluation_keys(DOWN), steps=["evaluate"]) == 0
    (evaluation,) = service.repo.all(Evaluation)
    assert evaluation.aspiration_id == aspiration.id
    assert {a.rating for a in evaluation.answers} == {4}


def test_what_the_statement_says_is_offered_and_a_yes_no_goal_counts_nothing(
    service: CoachService,
) -> None:
    service.aspirations.add("Become a charge nurse on a cardiac ward")
    keys = (
        ENTER  # pick the aspiration
        + "pass the NCLEX"
        + ENTER  # no deadline: a rewrite is drafted
        + ENTER  # start from it ("Pass the NCLEX by May 2027.")
        + ENTER  # accept it as drafted
        + ENTER  # specific
        + ENTER  # priority: done or not done, so nothing is counted
        + ENTER  # no obstacles
        + ENTER
        + ENTER  # realistic
        + ENTER  # the deadline read from the rewrite
        + ENTER  # the next look, as offered
        + "y"
        + "y"  # another goal
        + "grow our newsletter from 3k to 10k subscribers by 2027"
        + ENTER
        + ENTER  # specific
        + ENTER * 4  # metric, target, unit and start, all read from the statement
        + ENTER * 4  # priority, obstacles, realistic
        + ENTER
        + ENTER  # the next look, as offered
        + "y"
        + "n"
    )
    assert drive(service, keys, steps=["goals"]) == 0
    exam, newsletter = sorted(service.goals.find(), key=lambda g: g.statement)
    assert exam.statement == "Pass the NCLEX by May 2027."
    assert exam.measurable.metric == "" and exam.measurable.target is None
    assert newsletter.measurable.metric == "subscribers"
    assert (newsletter.measurable.target, newsletter.measurable.current) == (10_000, 3_000)

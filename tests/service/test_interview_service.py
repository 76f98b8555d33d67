"""The interview part of the service: versions of answers kept, stories saved, undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from coach.drafting import Target
from coach.errors import InvalidInputError
from coach.models import AnswerVersion, Story
from coach.service import CoachService
from tests.clock import TEST_NOW, Clock


def test_versions_are_kept_with_their_date_and_role(
    service: CoachService, clock: Clock, reopen: Callable[[], CoachService]
) -> None:
    clock.now = TEST_NOW - timedelta(days=30)
    first = service.interview.save_version("five-years", "First go.", Target.of("Charge nurse"))
    clock.now = TEST_NOW
    second = service.interview.save_version(
        "five-years", "  Second go.\n", Target.of("Ward manager at St Mary's")
    )
    service.interview.save_version("motivation", "People.")
    again = reopen().interview
    kept = again.versions("five-years")
    assert [v.id for v in kept] == [second.id, first.id]  # newest first, none overwritten
    assert kept[0].text == "Second go." and kept[0].created.date() == TEST_NOW.date()
    assert (kept[0].role, kept[0].company) == ("Ward manager", "St Mary's")
    assert (kept[1].role, kept[1].company, kept[1].created.date()) == (
        "Charge nurse",
        "",
        (TEST_NOW - timedelta(days=30)).date(),
    )
    assert len(again.versions()) == 3


def test_saving_a_version_is_one_undoable_change(service: CoachService) -> None:
    service.interview.save_version("five-years", "An answer.")
    change = service.undo()
    assert "save an answer" in change.label
    assert service.interview.versions() == []
    service.redo()
    (version,) = service.interview.versions()
    service.interview.delete_version(version.id[:5])
    assert service.records(AnswerVersion) == []


@pytest.mark.parametrize(
    ("question", "text", "problem"),
    [("five-years", "   ", "empty"), ("salary", "x", "no interview question 'salary'")],
)
def test_bad_versions_are_refused(
    service: CoachService, question: str, text: str, problem: str
) -> None:
    with pytest.raises(InvalidInputError, match=problem):
        service.interview.save_version(question, text)


def test_stories_are_for_done_goals_and_saved_once(service: CoachService) -> None:
    goal = service.goals.add("Pass the bar exam", deadline=date(2027, 2, 1))
    with pytest.raises(InvalidInputError, match="not yet"):
        service.interview.save_story(goal.id, result="Passed.")
    service.goals.move(goal.id, "done")
    with pytest.raises(InvalidInputError, match="part colour"):
        service.interview.save_story(goal.id, colour="red")
    with pytest.raises(InvalidInputError, match="result"):
        service.interview.save_story(goal.id, result=" ")
    service.interview.save_story(goal.id, action="I studied every morning.")
    service.interview.save_story(goal.id, action="I studied at 6 every morning.")
    (story,) = service.records(Story)
    assert story.action == "I studied at 6 every morning."
    assert story.result.startswith("I passed the bar exam in")
    assert service.interview.story(goal.id).saved


def test_lessons_come_only_from_entries_about_done_goals(service: CoachService) -> None:
    done = service.goals.add("Pass the bar exam", deadline=date(2027, 2, 1))
    open_goal = service.goals.add("Make senior associate", deadline=date(2028, 1, 1))
    service.goals.move(done.id, "done")
    service.journal.add("A note on nothing.")
    service.journal.add("Still slogging.", goal_ids=[open_goal.id])
    service.journal.add("Early mornings worked.", goal_ids=[done.id], prompt_id="goal_done")
    service.journal.add("Later thought.", goal_ids=[done.id])
    assert service.interview.facts().lessons == {done.id: "Early mornings worked."}

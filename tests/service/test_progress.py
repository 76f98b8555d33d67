"""Progress over time: logging, editing and deleting values, the goal's current value
following the latest one, Done agreeing with the numbers, and the pace verdicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from coach.coaching.progress import goal_progress
from coach.errors import InvalidInputError
from coach.models import Measurable
from coach.service import CoachService
from tests.clock import Clock


def _talks(service: CoachService, **extra: object) -> str:
    today = service.today()
    goal = service.goals.add(
        "Give 6 talks at meetups by the end of the quarter",
        deadline=today + timedelta(days=60),
        measurable=Measurable(
            metric="talks", target=6, unit="talks", current=extra.pop("now", None)
        ),
        **extra,
    )
    return goal.id


def test_logged_values_are_kept_with_their_days_and_current_follows_the_latest(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    goal_id = _talks(service)
    today = service.today()
    service.progress.log(goal_id, 2, day=today - timedelta(days=3), note="two at PyData")
    service.progress.log(goal_id, 1, day=today - timedelta(days=10))
    fresh = reopen()
    entries = fresh.progress.of_goal(goal_id)
    assert [(e.day, e.value) for e in entries] == [
        (today - timedelta(days=10), 1),
        (today - timedelta(days=3), 2),
    ]
    assert entries[1].note == "two at PyData"
    # The latest by day, not the last typed in: the back-dated 1 does not win.
    assert fresh.goals.get(goal_id).measurable.current == 2


def test_edit_delete_and_undo_keep_the_goal_in_step(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    goal_id = _talks(service)
    first = service.progress.log(goal_id, 1, day=service.today() - timedelta(days=2))
    second = service.progress.log(goal_id, 3)
    service.progress.edit(second.id, value=4)
    assert reopen().goals.get(goal_id).measurable.current == 4
    service.progress.delete(second.id)
    assert reopen().goals.get(goal_id).measurable.current == 1
    assert [e.id for e in reopen().progress.of_goal(goal_id)] == [first.id]
    change = service.undo()
    assert "progress" in change.label
    fresh = reopen()
    assert fresh.goals.get(goal_id).measurable.current == 4
    assert len(fresh.progress.of_goal(goal_id)) == 2


def test_a_day_ahead_or_an_empty_entry_is_refused_and_nothing_is_written(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    goal_id = _talks(service)
    with pytest.raises(InvalidInputError, match="still to come"):
        service.progress.log(goal_id, 2, day=service.today() + timedelta(days=1))
    with pytest.raises(InvalidInputError, match="value"):
        service.progress.log(goal_id, None, milestone="  ")
    assert reopen().progress.of_goal(goal_id) == []
    milestone = service.progress.log(goal_id, milestone="Accepted at PyCon")
    assert reopen().progress.get(milestone.id).milestone == "Accepted at PyCon"


def test_a_goal_made_with_where_it_stands_logs_that_as_its_first_point(
    service: CoachService,
) -> None:
    goal_id = _talks(service, now=1)
    entries = service.progress.of_goal(goal_id)
    assert [(e.day, e.value) for e in entries] == [(service.today(), 1)]


def test_done_agrees_with_the_numbers(service: CoachService) -> None:
    goal_id = _talks(service)
    service.progress.log(goal_id, 2)
    columns = service.board.columns()
    done = next(c for c in columns if c.done)
    # Moved into Done with the target not reached: the card says 2 of 6, not 100%.
    service.goals.move(goal_id, done.id, final=5)
    goal = service.goals.get(goal_id)
    assert goal.measurable.current == 5
    assert round(goal_progress(goal, columns) * 100) == 83
    assert service.progress.pace(goal).verdict == "done, at 5 of 6 talks"
    service.goals.move(goal_id, done.id, final=6)
    goal = service.goals.get(goal_id)
    assert goal_progress(goal, columns) == 1.0
    assert service.progress.pace(goal).verdict == "done"


def test_pace_on_track_behind_and_a_finish_day(service: CoachService, clock: Clock) -> None:
    goal_id = _talks(service, now=0)  # 0 of 6 over 60 days
    clock.now += timedelta(days=30)  # half-way: the plan line says 3
    service.progress.log(goal_id, 3)
    assert service.progress.pace(service.goals.get(goal_id)).verdict == "on track"
    other = _talks(service, now=0)
    clock.now += timedelta(days=30)  # 60 days on, the deadline is 30 days off: plan says 3
    service.progress.log(other, 1)
    verdict = service.progress.pace(service.goals.get(other)).verdict
    # 1 talk in 30 days: 5 more take 150 days.
    finish = service.today() + timedelta(days=150)
    assert verdict.startswith("2 talks behind; at this pace, done by ")
    assert verdict.endswith(f"{finish.day} {finish:%B %Y}")
    clock.now += timedelta(days=40)
    assert service.progress.pace(service.goals.get(other)).verdict == (
        "deadline passed, 5 talks short"
    )


def test_a_number_to_bring_down_is_judged_the_other_way(
    service: CoachService, clock: Clock
) -> None:
    goal = service.goals.add(
        "Cut the support backlog from 40 to 10 tickets in 30 days",
        deadline=service.today() + timedelta(days=30),
        measurable=Measurable(metric="open tickets", target=10, unit="tickets", current=40),
    )
    clock.now += timedelta(days=15)  # the plan line says 25
    service.progress.log(goal.id, 20)
    assert service.progress.pace(service.goals.get(goal.id)).verdict == "on track"
    service.progress.log(goal.id, 35)
    assert service.progress.pace(service.goals.get(goal.id)).verdict.startswith("10 tickets behind")


def test_moving_a_date_keeps_the_reason_and_letting_go_leaves_the_board(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    goal_id = _talks(service)
    before = service.goals.get(goal_id).deadline
    assert before is not None
    later = before + timedelta(days=30)
    service.goals.edit(goal_id, deadline=later, reason="the autumn meetups were cancelled")
    moved = reopen().goals.get(goal_id)
    assert moved.deadline == later
    assert [(m.before, m.after, m.reason) for m in moved.date_moves] == [
        (before, later, "the autumn meetups were cancelled")
    ]
    service.goals.let_go(goal_id, "speaking is not where I want to grow")
    fresh = reopen()
    assert goal_id not in [g.id for g in fresh.goals.find()]
    kept = fresh.goals.get(goal_id)
    assert kept.let_go is not None and kept.let_go_reason == "speaking is not where I want to grow"
    assert goal_id in [g.id for g in fresh.goals.find(let_go=True)]

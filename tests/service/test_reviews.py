"""Reviews: when one is due and of what kind, what it goes through, and what it keeps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from coach.errors import InvalidInputError
from coach.models import JournalEntry, Measurable
from coach.service import CoachService
from tests.clock import Clock


def test_no_review_is_due_before_the_first_goal_then_a_week_after_it(
    service: CoachService, clock: Clock
) -> None:
    assert service.reviews.due() is None
    service.goals.add("Ship the portfolio site by March 2027")
    first = service.reviews.due()
    assert first is not None
    assert first.kind == "weekly"
    assert first.day == service.today() + timedelta(days=7)
    assert not first.is_due
    clock.now += timedelta(days=9)
    # The first review is due from then on; never having set one is not "late".
    first_due = service.reviews.due()
    assert first_due is not None and first_due.is_due and first_due.late == 0
    assert first_due.day == service.today()
    service.reviews.save("weekly", lines=[], next_due=service.today() + timedelta(days=7))
    clock.now += timedelta(days=9)
    late = service.reviews.due()
    assert late is not None and late.is_due and late.late == 2


def test_a_review_kept_is_an_entry_and_a_record_with_the_next_day(
    service: CoachService, clock: Clock, reopen: Callable[[], CoachService]
) -> None:
    goal = service.goals.add(
        "Give 3 talks by February 2027",
        deadline=service.today() + timedelta(days=10),
        measurable=Measurable(metric="talks", target=3, unit="talks"),
    )
    clock.now += timedelta(days=8)
    agenda = service.reviews.agenda("weekly")
    assert [(g.id, why) for g, why in agenda.goals] == [(goal.id, "due in 2 days")]
    service.progress.log(goal.id, 1)
    next_day = service.today() + timedelta(days=7)
    review = service.reviews.save(
        "weekly",
        lines=["Give 3 talks: logged 1 talk"],
        answer="Rehearsing on the train works.",
        prompt=agenda.prompt,
        goal_ids=[goal.id],
        next_due=next_day,
    )
    fresh = reopen()
    held = fresh.reviews.history()
    assert [r.id for r in held] == [review.id]
    assert held[0].next_due == next_day and held[0].goal_ids == (goal.id,)
    entry = fresh.journal.get(review.entry_id or "")
    assert isinstance(entry, JournalEntry)
    assert entry.goal_ids == (goal.id,) and "review" in entry.tags
    assert "Rehearsing on the train works." in entry.body
    assert agenda.prompt.text in entry.body
    due = fresh.reviews.due()
    assert due is not None and due.day == next_day
    assert service.reviews.run_kept() == 1


def test_the_kind_follows_the_calendar_and_the_run_breaks_when_late(
    service: CoachService, clock: Clock
) -> None:
    service.goals.add("Finish the data course by June 2027")
    kinds = []
    for _ in range(14):  # fourteen weekly looks, each on its day
        clock.now += timedelta(days=7)
        kind = service.reviews.kind_now()
        kinds.append(kind)
        service.reviews.save(kind, lines=[], next_due=service.today() + timedelta(days=7))
    assert kinds[:4] == ["weekly"] * 4
    assert "monthly" in kinds and "quarterly" in kinds
    assert kinds.index("monthly") < kinds.index("quarterly")
    assert service.reviews.run_kept() == 14
    clock.now += timedelta(days=7 + 4)  # four days past the next one's day
    assert service.reviews.run_kept() == 0


def test_a_next_day_today_or_before_and_an_unknown_kind_are_refused(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    with pytest.raises(InvalidInputError, match="later day"):
        service.reviews.save("weekly", lines=[], next_due=service.today())
    with pytest.raises(InvalidInputError, match="weekly, monthly, quarterly"):
        service.reviews.save("yearly", lines=[])
    assert reopen().reviews.history() == []


def test_aspirations_not_evaluated_for_ninety_days_are_on_the_agenda(
    service: CoachService, clock: Clock
) -> None:
    from coach.models import Answer

    kept = service.aspirations.add("Lead a design studio")
    fresh = service.aspirations.add("Teach design at a university")
    answers = [Answer(question_id=q, rating=4) for q in _checklist_ids()]
    service.evaluations.add(kept.id, answers)
    clock.now += timedelta(days=91)
    service.evaluations.add(fresh.id, answers)
    stale = service.reviews.agenda("quarterly").stale
    assert [(a.id, scores) for a, scores in stale] == [(kept.id, (75,))]


def _checklist_ids() -> list[str]:
    from coach.content.models import CHECKLIST_IDS

    return list(CHECKLIST_IDS)


def test_a_goal_behind_its_plan_line_is_on_the_agenda_though_not_due_yet(
    service: CoachService, clock: Clock
) -> None:
    behind = service.goals.add(
        "Publish 12 posts this year",
        deadline=service.today() + timedelta(days=120),
        measurable=Measurable(metric="posts", target=12, unit="posts", current=0),
    )
    on_time = service.goals.add(
        "Read 4 design books",
        deadline=service.today() + timedelta(days=120),
        measurable=Measurable(metric="books", target=4, unit="books", current=0),
    )
    clock.now += timedelta(days=60)
    service.progress.log(on_time.id, 2)
    listed = {goal.id: why for goal, why in service.reviews.agenda("weekly").goals}
    assert listed.keys() == {behind.id}
    assert listed[behind.id].endswith("behind its plan line")


def test_a_goal_whose_planned_look_has_come_is_on_the_agenda(
    service: CoachService, clock: Clock
) -> None:
    later = service.goals.add(
        "Write the conference proposal", deadline=service.today() + timedelta(days=200)
    )
    service.goals.edit(later.id, next_check=service.today() + timedelta(days=5))
    assert service.reviews.agenda("weekly").goals == ()
    clock.now += timedelta(days=6)
    ((goal, why),) = service.reviews.agenda("weekly").goals
    assert goal.id == later.id and why.startswith("you planned to look at it on ")


def test_a_new_goals_starting_value_is_not_counted_as_progress_made(
    service: CoachService, clock: Clock
) -> None:
    # Two goals made with "where you stand today": the starting values are the first
    # points of their burn-ups, not something that moved.
    talks = service.goals.add(
        "Give 3 talks by March 2027",
        measurable=Measurable(metric="talks", target=3, unit="talks", current=0),
    )
    service.goals.add(
        "Finish 12 course modules by March 2027",
        measurable=Measurable(metric="modules", target=12, current=3),
    )
    clock.now += timedelta(days=3)
    logged = service.progress.log(talks.id, 1)
    clock.now += timedelta(days=4)
    agenda = service.reviews.agenda("weekly")
    assert [p.id for p in agenda.moved.progress] == [logged.id]
    # A value logged later, even on a goal made without one, is progress made.
    later = service.goals.add(
        "Read 6 books by June 2027", measurable=Measurable(metric="books", target=6)
    )
    clock.now += timedelta(days=1)
    first = service.progress.log(later.id, 1)
    moved = service.reviews.agenda("weekly").moved
    assert [p.id for p in moved.progress] == [logged.id, first.id]


def test_what_a_review_told_is_not_told_again_by_the_next(
    service: CoachService, clock: Clock
) -> None:
    talks = service.goals.add(
        "Give 3 talks by March 2027", measurable=Measurable(metric="talks", target=3)
    )
    clock.now += timedelta(days=7)
    during = service.progress.log(talks.id, 1)  # logged in the review, before it is kept
    service.journal.add("Wrote this before the review.")
    service.reviews.save("weekly", lines=[], next_due=service.today() + timedelta(days=7))
    after = service.progress.log(talks.id, 2)  # later the same day
    back_dated = service.progress.log(talks.id, 1, day=service.today() - timedelta(days=2))
    written = service.journal.add("Wrote this after the review.")
    clock.now += timedelta(days=7)
    moved = service.reviews.agenda("weekly").moved
    logged = {p.id for p in moved.progress}
    assert during.id not in logged
    assert logged == {after.id, back_dated.id}
    assert moved.entries == 1 and written.body.startswith("Wrote this after")
    assert moved.summary == (
        f"Since {(service.today() - timedelta(days=7)).isoformat()}: 0 goals done, "
        "2 progress entries, 1 journal entry."
    )


def test_a_moved_date_is_followed_by_the_wording_and_undo_brings_both_back(
    service: CoachService,
) -> None:
    goal = service.goals.add(
        "Raise dashboard adoption to 60% by 2027-04-30", deadline=date(2027, 4, 30)
    )
    words = service.goals.add("Give 3 talks by March 2027", deadline=date(2027, 3, 31))
    moved = service.goals.edit(goal.id, deadline=date(2027, 6, 30), reason="rollout slipped")
    assert moved.statement == "Raise dashboard adoption to 60% by 2027-06-30"
    assert [(m.before, m.after, m.reason) for m in moved.date_moves] == [
        (date(2027, 4, 30), date(2027, 6, 30), "rollout slipped")
    ]
    # Words are the person's own: only a day written as YYYY-MM-DD follows the move.
    assert service.goals.edit(words.id, deadline=date(2027, 5, 31)).statement == words.statement
    service.history.undo()
    service.history.undo()
    back = service.goals.get(goal.id)
    assert back.statement == goal.statement and back.deadline == date(2027, 4, 30)

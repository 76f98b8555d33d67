"""The calendar export as a calendar app reads it: deadlines with their alarms, the
reviews as one recurring event, the same UIDs from one export to the next, and
hostile text that never reaches the file as control characters or broken lines.

Every file is parsed back with the icalendar library.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from icalendar import Calendar, Component

from coach.export import ical
from coach.export.snapshot import take
from coach.models import Achievable, Obstacle
from coach.service import CoachService
from coach.text import printable
from tests.clock import Clock
from tests.nasty import CONTROL_BYTES, NASTY

WEEK_BEFORE = timedelta(days=-7, hours=9)
MORNING = timedelta(hours=9)
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _calendar(service: CoachService) -> tuple[Calendar, bytes]:
    payload = ical.render(take(service))
    return Calendar.from_ical(payload), payload


def _events(cal: Calendar) -> dict[str, Component]:
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def _triggers(event: Component) -> list[timedelta]:
    return sorted(a.decoded("trigger") for a in event.walk("VALARM"))


def test_an_open_goal_rings_a_week_before_and_on_the_morning(service: CoachService) -> None:
    deadline = service.today() + timedelta(days=30)
    goal = service.goals.add("Give 3 talks at meetups", deadline=deadline)
    cal, _ = _calendar(service)
    event = _events(cal)[f"{goal.id}@coach"]
    assert event.decoded("dtstart") == deadline
    assert _triggers(event) == [WEEK_BEFORE, MORNING]
    alarms = sorted(event.walk("VALARM"), key=lambda a: a.decoded("trigger"))
    assert [str(a["action"]) for a in alarms] == ["DISPLAY", "DISPLAY"]
    assert [str(a["description"]) for a in alarms] == [
        "In a week: Give 3 talks at meetups",
        "Due today: Give 3 talks at meetups",
    ]
    assert "Pace: " in str(event["description"])


def test_done_goals_keep_their_day_without_alarms_and_let_go_ones_leave(
    service: CoachService,
) -> None:
    day = service.today() + timedelta(days=20)
    kept = service.goals.add("Finish the data course", deadline=day)
    done = service.goals.add("Ship the portfolio site", deadline=day)
    dropped = service.goals.add("Learn Rust on weekends", deadline=day)
    undated = service.goals.add("Read more")
    service.goals.move(done.id, "done")
    service.goals.let_go(dropped.id, "no time for it this year")
    cal, payload = _calendar(service)
    events = _events(cal)
    assert f"{dropped.id}@coach" not in events
    assert b"Learn Rust" not in payload
    assert f"{undated.id}@coach" not in events
    assert str(events[f"{done.id}@coach"]["summary"]) == "(done) Deadline: Ship the portfolio site"
    assert events[f"{done.id}@coach"].walk("VALARM") == []
    assert _triggers(events[f"{kept.id}@coach"]) == [WEEK_BEFORE, MORNING]
    # taken back, the goal is in the calendar again with its alarms
    service.goals.take_back(dropped.id)
    assert _triggers(_events(_calendar(service)[0])[f"{dropped.id}@coach"]) == [
        WEEK_BEFORE,
        MORNING,
    ]


def test_the_first_review_is_weekly_from_a_week_after_the_first_goal(
    service: CoachService,
) -> None:
    service.goals.add("Move into a team lead role", deadline=date(2028, 6, 30))
    event = _events(_calendar(service)[0])[ical.REVIEW_UID]
    assert event.decoded("dtstart") == service.today() + timedelta(days=7)
    assert event["rrule"].to_ical() == b"FREQ=WEEKLY"
    assert str(event["summary"]) == "coach: weekly review"
    assert _triggers(event) == [MORNING]


@pytest.mark.parametrize(
    ("gap", "kind", "rule"),
    [
        (7, "weekly", b"FREQ=WEEKLY"),
        (30, "monthly", b"FREQ=MONTHLY"),
        (91, "quarterly", b"FREQ=MONTHLY;INTERVAL=3"),
    ],
)
def test_the_reviews_recur_at_the_rhythm_of_the_next_one(
    service: CoachService, clock: Clock, gap: int, kind: str, rule: bytes
) -> None:
    service.goals.add("Move into a team lead role", deadline=date(2028, 6, 30))
    clock.now += timedelta(days=7)
    # The first review held; the day chosen for the next one sets its kind by the
    # calendar (a month on asks for a monthly look, three months a quarterly one).
    chosen = service.today() + timedelta(days=gap)
    service.reviews.save("weekly", lines=[], next_due=chosen)
    event = _events(_calendar(service)[0])[ical.REVIEW_UID]
    assert event.decoded("dtstart") == chosen
    assert event["rrule"].to_ical() == rule
    assert str(event["summary"]) == f"coach: {kind} review"
    assert _triggers(event) == [MORNING]


def test_the_review_event_follows_the_day_chosen_and_keeps_its_uid(
    service: CoachService, clock: Clock
) -> None:
    goal = service.goals.add("Run a 10k under 50 minutes", deadline=date(2027, 9, 1))
    before = _events(_calendar(service)[0])
    clock.now += timedelta(days=7)
    chosen = service.today() + timedelta(days=10)
    service.reviews.save("weekly", lines=[], next_due=chosen)
    service.progress.log(goal.id, 1)
    service.goals.edit(goal.id, deadline=date(2027, 10, 1), reason="injured in May")
    after = _events(_calendar(service)[0])
    assert set(after) == set(before) == {f"{goal.id}@coach", ical.REVIEW_UID}
    assert after[ical.REVIEW_UID].decoded("dtstart") == chosen
    assert after[f"{goal.id}@coach"].decoded("dtstart") == date(2027, 10, 1)
    alarms = [str(a["uid"]) for e in after.values() for a in e.walk("VALARM")]
    assert alarms == [str(a["uid"]) for e in before.values() for a in e.walk("VALARM")]
    assert len(set(alarms)) == 3


def test_no_review_event_before_the_first_goal(service: CoachService) -> None:
    service.journal.add("Thinking about what comes next")
    cal, _ = _calendar(service)
    assert list(cal.walk("VEVENT")) == []


def test_hostile_text_never_breaks_the_file(service: CoachService) -> None:
    aspiration = service.aspirations.add(NASTY[4])
    day = service.today() + timedelta(days=40)
    goals = {}
    for text in NASTY:
        goal = service.goals.add(
            text,
            deadline=day,
            aspiration_id=aspiration.id,
            specific=f"{text}\nsecond line\r\nthird",
            achievable=Achievable(obstacles=(Obstacle(description=text),)),
        )
        goals[goal.id] = goal
    cal, payload = _calendar(service)
    raw = payload.decode("utf-8")
    assert raw.endswith("\r\n")
    for line in raw.split("\r\n")[:-1]:
        assert "\r" not in line and "\n" not in line
        assert len(line.encode()) <= 75
        assert not CONTROLS.search(line), repr(line)
    for marker in CONTROL_BYTES:
        assert marker not in raw
    events = _events(cal)
    for goal_id, goal in goals.items():
        event = events[f"{goal_id}@coach"]
        wanted = printable(goal.statement)
        assert str(event["summary"]) == f"Deadline: {wanted}"
        assert sorted(str(a["description"]) for a in event.walk("VALARM")) == [
            f"Due today: {wanted}",
            f"In a week: {wanted}",
        ]
        assert "second line\nthird" in str(event["description"])

"""The calendar export reminds: alarms on open deadlines, the reviews as a recurring
event, nothing for goals let go of, stable UIDs, and hostile text kept harmless.
Every file is parsed back with the icalendar library."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from icalendar import Calendar

from coach.coaching.reviews import ReviewDue
from coach.export import ical
from coach.export.snapshot import take
from coach.service import CoachService
from tests.clock import Clock
from tests.nasty import CONTROL_BYTES, NASTY


def _events(service: CoachService) -> dict[str, object]:
    cal = Calendar.from_ical(ical.render(take(service)))
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def _triggers(event: object) -> list[timedelta]:
    return sorted(a.decoded("trigger") for a in event.walk("VALARM"))  # type: ignore[attr-defined]


def test_open_deadlines_carry_two_alarms_and_done_or_let_go_goals_none(
    service: CoachService,
) -> None:
    today = service.today()
    open_goal = service.goals.add("Ship the portfolio", deadline=today + timedelta(days=30))
    done_goal = service.goals.add("Join the guild", deadline=today + timedelta(days=10))
    service.goals.move(done_goal.id, "done")
    dropped = service.goals.add("Learn Rust", deadline=today + timedelta(days=50))
    service.goals.let_go(dropped.id, "not now")
    events = _events(service)
    assert _triggers(events[f"{open_goal.id}@coach"]) == [timedelta(days=-7), timedelta(hours=9)]
    assert _triggers(events[f"{done_goal.id}@coach"]) == []
    assert str(events[f"{done_goal.id}@coach"]["summary"]).startswith("(done) ")
    assert f"{dropped.id}@coach" not in events


@pytest.mark.parametrize(
    ("kind", "freq", "interval"),
    [("weekly", "WEEKLY", None), ("monthly", "MONTHLY", None), ("quarterly", "MONTHLY", 3)],
)
def test_the_next_review_recurs_by_its_kind_with_an_alarm(
    service: CoachService, kind: str, freq: str, interval: int | None
) -> None:
    service.goals.add("Ship the portfolio", deadline=service.today() + timedelta(days=90))
    next_day = service.today() + timedelta(days=5)
    snap = replace(take(service), next_review=ReviewDue(kind, next_day, -5))  # type: ignore[arg-type]
    cal = Calendar.from_ical(ical.render(snap))
    (review,) = [e for e in cal.walk("VEVENT") if str(e["uid"]) == "review@coach"]
    rule = review["rrule"]
    assert rule["FREQ"] == [freq]
    assert rule.get("INTERVAL") == ([interval] if interval else None)
    assert review.decoded("dtstart") == next_day
    assert str(review["summary"]) == f"coach: {kind} review"
    assert _triggers(review) == [timedelta(hours=9)]


def test_a_review_held_moves_the_event_to_the_day_chosen(
    service: CoachService, clock: Clock
) -> None:
    service.goals.add("Ship the portfolio", deadline=service.today() + timedelta(days=90))
    clock.now += timedelta(days=8)
    next_day = service.today() + timedelta(days=6)
    service.reviews.save("weekly", lines=[], next_due=next_day)
    review = _events(service)["review@coach"]
    assert review.decoded("dtstart") == next_day  # type: ignore[attr-defined]


def test_uids_stay_the_same_from_one_export_to_the_next(
    service: CoachService, clock: Clock
) -> None:
    service.goals.add("Ship the portfolio", deadline=service.today() + timedelta(days=30))
    first = set(_events(service))
    clock.now += timedelta(days=3)
    assert set(_events(service)) == first
    assert "review@coach" in first


def test_hostile_text_leaves_no_control_character_and_no_broken_line(
    service: CoachService,
) -> None:
    for n, text in enumerate(NASTY):
        service.goals.add(f"{text} {n}", deadline=service.today() + timedelta(days=20 + n))
    payload = ical.render(take(service)).decode()
    for control in CONTROL_BYTES:
        assert control not in payload
    for line in payload.split("\r\n"):
        assert "\n" not in line and "\r" not in line
    assert len(Calendar.from_ical(payload).walk("VEVENT")) == len(NASTY) + 1

"""The plan as an iCalendar file, so any calendar app reminds the person.

Each dated goal is an all-day event on its deadline. An open goal's event carries two
display alarms (at nine in the morning a week before, and on the morning of the day);
a goal in a Done column keeps its event, marked done, without alarms; a goal let go of
is left out. The next review is one recurring event (weekly, monthly or every three
months from the day it is due), with an alarm on each.

Every UID comes from something that does not change between exports (a goal's id, one
fixed name for the reviews), so a calendar that subscribes to the file, or imports it
again, updates its events instead of doubling them.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from coach.coaching.progress import move_text
from coach.export.snapshot import Snapshot
from coach.text import printable

if TYPE_CHECKING:
    from icalendar import Alarm, Event

    from coach.coaching.reviews import ReviewDue
    from coach.models import Goal

# The recurrence of each kind of review.
RRULES: dict[str, dict[str, object]] = {
    "weekly": {"freq": "weekly"},
    "monthly": {"freq": "monthly"},
    "quarterly": {"freq": "monthly", "interval": 3},
}
# All-day events start at midnight: the alarms ring at nine in the morning.
MORNING = timedelta(hours=9)
WEEK_BEFORE = timedelta(days=-7) + MORNING
REVIEW_UID = "review@coach"  # one event for the review rhythm, updated in place


def render(snap: Snapshot) -> bytes:
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//coach//career plan//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "coach: goal deadlines and reviews")
    # A calendar app subscribed to the file reads it again once a day.
    cal.add("refresh-interval", timedelta(days=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "P1D")
    titles = {a.id: a.title for a in snap.aspirations}
    done_columns = {c.id for c in snap.columns if c.done}
    for goal in snap.goals:
        if goal.deadline is None or goal.let_go is not None:
            continue
        finished = goal.done is not None or goal.column in done_columns
        cal.add_component(_deadline(snap, goal, goal.deadline, titles, finished=finished))
    if snap.next_review is not None:
        cal.add_component(_reviews(snap, snap.next_review))
    payload: bytes = cal.to_ical()
    return payload


def _day_event(uid: str, snap: Snapshot, day: date, summary: str, description: str) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", snap.taken)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", printable(summary))
    event.add("description", printable(description))
    event.add("transp", "TRANSPARENT")  # a marker on the day, not a busy meeting
    return event


def _deadline(
    snap: Snapshot, goal: Goal, deadline: date, titles: dict[str, str], *, finished: bool
) -> Event:
    details = [f"Column: {snap.column_name(goal.column)}"]
    if goal.aspiration_id in titles:
        details.append(f"Leads to: {titles[goal.aspiration_id]}")
    if goal.specific:
        details.append(f"Specific: {goal.specific}")
    if not finished:
        details.append(f"Pace: {snap.pace(goal).verdict}")
    details += [move_text(move) for move in goal.date_moves]
    summary = f"{'(done) ' if finished else ''}Deadline: {goal.statement}"
    event = _day_event(f"{goal.id}@coach", snap, deadline, summary, "\n".join(details))
    event.add("last-modified", goal.updated)
    if goal.tags:
        event.add("categories", list(goal.tags))
    if not finished:
        event.add_component(
            _alarm(f"{goal.id}-week@coach", WEEK_BEFORE, f"In a week: {goal.statement}")
        )
        event.add_component(_alarm(f"{goal.id}-day@coach", MORNING, f"Due today: {goal.statement}"))
    return event


def _reviews(snap: Snapshot, due: ReviewDue) -> Event:
    event = _day_event(
        REVIEW_UID,
        snap,
        due.day,
        f"coach: {due.kind} review",
        "What moved, what is due, one question, the next date: `coach review`, or 6 in the app.",
    )
    event.add("rrule", RRULES[due.kind])
    event.add_component(_alarm("review-day@coach", MORNING, f"Your {due.kind} review is due today"))
    return event


def _alarm(uid: str, trigger: timedelta, text: str) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("uid", uid)
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", trigger)
    alarm.add("description", printable(text))
    return alarm

"""The plan as iCalendar events, so any calendar app reminds the person.

Each dated goal is an all-day event on its deadline; an open one carries two alarms
(a week before, and on the morning of the day). The next review is a recurring
event (weekly, monthly or every three months from the day it is due), with an alarm.
Goals let go of are left out. Every event's UID is stable from one export to the
next, so a calendar that imports the file again (or subscribes to it) updates the
events instead of doubling them.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from coach.export.snapshot import Snapshot
from coach.text import printable

if TYPE_CHECKING:
    from icalendar import Alarm

# The recurrence of each kind of review.
RRULES: dict[str, dict[str, object]] = {
    "weekly": {"freq": "weekly"},
    "monthly": {"freq": "monthly"},
    "quarterly": {"freq": "monthly", "interval": 3},
}
# All-day events start at midnight: "the morning of the day" is nine hours in.
MORNING = timedelta(hours=9)


def _alarm(trigger: timedelta, text: str) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", trigger)
    alarm.add("description", printable(text))
    return alarm


def render(snap: Snapshot) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//coach//career plan//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "coach: goal deadlines and reviews")
    titles = {a.id: a.title for a in snap.aspirations}
    done_columns = {c.id for c in snap.columns if c.done}
    for goal in snap.goals:
        if goal.deadline is None or goal.let_go is not None:
            continue
        finished = goal.done is not None or goal.column in done_columns
        event = Event()
        event.add("uid", f"{goal.id}@coach")
        event.add("dtstamp", snap.taken)
        event.add("dtstart", goal.deadline)
        event.add("dtend", goal.deadline + timedelta(days=1))
        done = "(done) " if finished else ""
        event.add("summary", printable(f"{done}Deadline: {goal.statement}"))
        details = [f"Column: {snap.column_name(goal.column)}"]
        if goal.aspiration_id in titles:
            details.append(f"Leads to: {titles[goal.aspiration_id]}")
        if goal.specific:
            details.append(f"Specific: {goal.specific}")
        if not finished:
            details.append(f"Pace: {snap.pace(goal).verdict}")
        event.add("description", printable("\n".join(details)))
        if goal.tags:
            event.add("categories", list(goal.tags))
        if not finished:
            event.add_component(_alarm(-timedelta(days=7), f"In a week: {goal.statement}"))
            event.add_component(_alarm(MORNING, f"Due today: {goal.statement}"))
        cal.add_component(event)
    review = snap.next_review
    if review is not None:
        event = Event()
        event.add("uid", "review@coach")  # one event for the review rhythm, updated in place
        event.add("dtstamp", snap.taken)
        event.add("dtstart", review.day)
        event.add("dtend", review.day + timedelta(days=1))
        event.add("summary", f"coach: {review.kind} review")
        event.add(
            "description",
            "What moved, what is due, one question, the next date: `coach review`, "
            "or 6 in the app.",
        )
        event.add("rrule", RRULES[review.kind])
        event.add_component(_alarm(MORNING, f"Your {review.kind} review is due today"))
        cal.add_component(event)
    payload: bytes = cal.to_ical()
    return payload

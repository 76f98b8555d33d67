"""Goal deadlines as iCalendar events, one all-day event per dated goal."""

from __future__ import annotations

from datetime import timedelta

from coach.export.snapshot import Snapshot
from coach.text import printable


def render(snap: Snapshot) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//coach//career plan//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "coach: goal deadlines")
    titles = {a.id: a.title for a in snap.aspirations}
    for goal in snap.goals:
        if goal.deadline is None:
            continue
        event = Event()
        event.add("uid", f"{goal.id}@coach")
        event.add("dtstamp", snap.taken)
        event.add("dtstart", goal.deadline)
        event.add("dtend", goal.deadline + timedelta(days=1))
        done = "(done) " if goal.done else ""
        event.add("summary", printable(f"{done}Deadline: {goal.statement}"))
        details = [f"Column: {snap.column_name(goal.column)}"]
        if goal.aspiration_id in titles:
            details.append(f"Leads to: {titles[goal.aspiration_id]}")
        if goal.specific:
            details.append(f"Specific: {goal.specific}")
        event.add("description", printable("\n".join(details)))
        if goal.tags:
            event.add("categories", list(goal.tags))
        cal.add_component(event)
    payload: bytes = cal.to_ical()
    return payload

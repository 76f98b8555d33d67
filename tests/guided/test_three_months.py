"""A person who comes back over three months, through the shell only: goals made in
January, progress logged on the days it happened, a weekly review and a quarterly
review walked in a real terminal, a deadline moved with a reason, a goal let go of,
another finished. At the end the store, `coach today --json`, the calendar file
(parsed back) and the Markdown plan must tell the same story.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner
from icalendar import Calendar

from coach.cli.main import cli
from coach.service import CoachService
from coach.store.repository import Repository
from tests.programs import Terminal, coach_argv

ENTER = "\r"
UP = "\x1b[A"
ESC_ENTER = "\x1b\r"
START = date(2027, 1, 4)  # a Monday
MOVE_REASON = "the second analyst joins on 1 March"
LET_GO_REASON = "the sales team was reorganised"


class Person:
    """The persona at the shell: each command runs on the day it names."""

    def __init__(self, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.db, self.monkeypatch, self.runner = db, monkeypatch, CliRunner()
        self.day = START

    def on(self, day: date) -> Person:
        self.day = day
        self.monkeypatch.setenv("COACH_NOW", f"{day.isoformat()}T08:00")
        return self

    def run(self, *args: str) -> str:
        result = self.runner.invoke(cli, ["--db", str(self.db), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    def json(self, *args: str) -> Any:
        return orjson.loads(self.run(*args, "--json"))

    def review(self, *, evaluate: bool) -> str:
        """`coach review` in a terminal: leave every goal for now, answer the question,
        go through the checklist when ``evaluate``, take the next day it offers."""
        term = Terminal(
            coach_argv("--db", str(self.db), "review"),
            env={"NO_COLOR": "1", "COACH_NOW": f"{self.day.isoformat()}T08:00"},
        )
        seen = ""
        try:
            seen = term.wait_for("What moved since", "Due soon or overdue")
            while True:
                screen = term.wait_for_any("(Use arrow keys)", "Your answer")
                if "Your answer" in screen:
                    break
                term.send(UP + ENTER)  # "Leave it for now", the last choice
                term.wait_gone("(Use arrow keys)")
            term.send("Blocking my mornings works." + ESC_ENTER)
            screen = term.wait_for_any("eight questions", "When will you look again?")
            if "eight questions" in screen:
                term.send("y" if evaluate else "n")
                for _ in range(8 if evaluate else 0):
                    term.wait_for("Your honest rating (Use arrow keys)")
                    term.send(UP + ENTER)  # 5: completely
                    term.wait_for("A note for later")
                    term.send(ENTER)
                    term.wait_gone("A note for later  (optional)\n")
            term.wait_for("When will you look again?")
            term.send(ENTER)
            term.wait_for("Review kept")
            assert term.wait_exit() == 0
        finally:
            term.close()
        return seen


@pytest.mark.terminal
def test_three_months_tell_one_story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    me = Person(tmp_path / "coach.json", monkeypatch)

    # January: an aspiration and three goals, each from where it stands.
    aim = me.on(START).json("aspiration", "add", "Lead a data team")["id"]

    def goal(statement: str, target: str, current: str) -> str:
        made = me.json(
            "goal", "add", statement, "-a", aim, "--target", target, "--current", current
        )
        return str(made["id"])

    talks = goal("Give 3 internal talks by 2027-03-31", "3", "0")
    mentor = goal("Mentor 2 junior analysts by 2027-02-28", "2", "0")
    adoption = goal("Raise dashboard adoption to 60 by 2027-04-30", "60", "20")
    me.run("goal", "move", talks, "Doing")
    me.on(START + timedelta(days=4)).run("goal", "progress", talks, "1", "-m", "First talk")

    # The first weekly review: only the talk moved, not the values the goals began at.
    moved = me.on(START + timedelta(days=7)).review(evaluate=False)
    assert "1 progress entry: Give 3 internal talks" in moved
    assert "Mentor 2 junior analysts" not in moved.split("Due soon")[0]

    # February: a date moved on purpose, progress logged on the day it happened.
    me.on(date(2027, 2, 11)).run(
        "goal", "edit", mentor, "--deadline", "2027-03-31", "--reason", MOVE_REASON
    )
    me.run("goal", "progress", mentor, "1", "--date", "2027-02-09")
    me.on(date(2027, 2, 20)).run("goal", "let-go", adoption, "-r", LET_GO_REASON)
    me.on(date(2027, 3, 5)).run("goal", "progress", talks, "3", "-m", "Third talk")
    me.run("goal", "move", talks, "Done")
    me.run("journal", "add", "Asked my manager about the team lead opening.")

    # April: the quarterly review, with the eight questions again.
    me.on(date(2027, 4, 12)).review(evaluate=True)

    # The story, told four ways, on 14 April.
    me.on(date(2027, 4, 14))
    service = CoachService(Repository.open(me.db, read_only=True))
    held = service.reviews.history()
    assert [r.kind for r in held] == ["quarterly", "weekly"]
    weekly = service.journal.get(held[-1].entry_id or "").body
    assert "Since 2027-01-04: 0 goals done, 1 progress entry, 0 journal entries." in weekly
    due = service.reviews.due()
    assert due is not None and due.kind == "quarterly" and due.day == held[0].next_due
    kept_mentor = service.goals.get(mentor)
    assert kept_mentor.statement == "Mentor 2 junior analysts by 2027-03-31"
    assert kept_mentor.deadline == date(2027, 3, 31)
    assert kept_mentor.date_moves[-1].reason == MOVE_REASON
    assert service.goals.get(adoption).let_go is not None
    assert service.goals.get(talks).done is not None

    # coach today: the mentor goal is overdue; the others are done or let go.
    today = me.json("today")
    assert today["today"] == "2027-04-14"
    assert [g["id"] for g in today["overdue"]] == [mentor]
    assert today["overdue"][0]["deadline"] == "2027-03-31"
    assert today["review"] is None  # the next is in July
    listed = me.json("review", "--list")
    assert listed["next"]["due"] == due.day.isoformat()

    # The calendar: the moved date and its reason, no event for the goal let go of,
    # the review on the day the store holds, recurring as often as its kind.
    cal = Calendar.from_ical(me.run("export", "-f", "ics").encode())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert f"{adoption}@coach" not in events
    mentor_event = events[f"{mentor}@coach"]
    assert mentor_event.decoded("dtstart") == date(2027, 3, 31)
    assert str(mentor_event["summary"]) == "Deadline: Mentor 2 junior analysts by 2027-03-31"
    assert MOVE_REASON in str(mentor_event["description"])
    assert len(list(mentor_event.walk("VALARM"))) == 2
    assert str(events[f"{talks}@coach"]["summary"]).startswith("(done) ")
    assert list(events[f"{talks}@coach"].walk("VALARM")) == []
    review = events["review@coach"]
    assert review.decoded("dtstart") == due.day
    assert dict(review["rrule"]) == {"FREQ": ["MONTHLY"], "INTERVAL": [3]}
    assert str(review["summary"]) == "coach: quarterly review"

    # The Markdown plan: the same goals, moves, let-go, reviews and charts.
    plan = me.run("export", "-f", "md")
    assert f"Date moved 2027-02-28 -> 2027-03-31 on 2027-02-11: {MOVE_REASON}" in plan
    assert f"Let go on 2027-02-20: {LET_GO_REASON}" in plan
    assert f"Next: the quarterly review on {due.day.isoformat()}." in plan
    assert "- 2027-04-12: quarterly review" in plan and "- 2027-01-11: weekly review" in plan
    assert "### Burn-up: Mentor 2 junior analysts by 2027-03-31" in plan
    assert "### Burn-up: Raise dashboard" not in plan  # let go of: no plan line to keep
    charts = plan.split("## Charts")[1].split("## For your resume")[0]
    assert max(len(line) for line in charts.splitlines()) <= 80
    assert "**Give 3 internal talks by 2027-03-31** (by 2027-03-31; Done)" in plan

"""What the goal wizard holds while it is filled in, the rules its fields follow, the save.

:class:`Draft` keeps every field as the text typed (so nothing is lost when a
step is left half done); :class:`Rules` turns each field's text into an inline
message, or None when the text is fine; :class:`SaveJob` turns a valid draft
into the service calls that store it. No widgets here: the step widgets show
what these functions say.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from coach.coaching.deadlines import read_day
from coach.coaching.reviews import first_look
from coach.config import settings
from coach.models import Measurable, Obstacle
from coach.text import printable

if TYPE_CHECKING:
    from coach.coaching.smart import Assessment
    from coach.models import Goal
    from coach.service import CoachService

NO_ASPIRATION = "-"
PRIORITIES = ("high", "medium", "low")


def number_text(value: float | None) -> str:
    """A stored number as a person would type it: 50.0 shows as "50"."""
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else str(value)


def read_number(text: str) -> float | None:
    """``text`` as a number ("1,500" and "12.5" included); None when empty.

    Raises ValueError when it is not a finite number.
    """
    text = text.strip().replace(",", "").replace("_", "")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def read_weeks(text: str) -> int:
    """A delay in whole weeks, 0 when empty; ValueError when not a whole number ≥ 0."""
    text = text.strip()
    if not text:
        return 0
    if not text.isdecimal():
        raise ValueError(text)
    return int(text)


def _shown(text: str) -> str:
    """A short quote of what was typed, for a message."""
    text = " ".join(text.split())
    return text if len(text) <= 30 else text[:29] + "…"


class Rules:
    """Each field's rule: ``rule(text, strict)`` gives the inline message or None.

    ``strict`` is False while the person is still typing or just left the field:
    only text that is wrong in itself is flagged then; an empty required field is
    flagged once they try to move on. ``kept`` is the deadline an edited goal
    already has: keeping it is allowed even when it has passed.
    """

    def __init__(
        self,
        today: date,
        kept: date | None = None,
        kept_check: date | None = None,
        *,
        editing: bool = False,
    ) -> None:
        self.today = today
        self.editing = editing  # a goal being changed, not a new one
        self.kept = kept
        self.kept_check = kept_check  # the edited goal's planned look, kept even if passed
        # The statement is done or not done ("promoted to team lead by May"): nothing
        # to count, so no metric or target is asked for.
        self.yes_no = False
        # How the statement's dates are read (date order, fiscal year): the settings.
        self.reading = settings().reading()

    def statement(self, text: str, strict: bool) -> str | None:
        if strict and not text.strip():
            return "Write the goal in one sentence: what exactly, how much, by when."
        return None

    def metric(self, text: str, strict: bool) -> str | None:
        if strict and not text.strip() and not self.yes_no:
            return "Say what you will count, such as “pitches won” or “courses finished”."
        return None

    def target(self, text: str, strict: bool) -> str | None:
        if strict and not text.strip() and not self.yes_no:
            return "Type the number to reach, such as 50 or 12.5."
        return self.current(text, strict)

    def current(self, text: str, strict: bool) -> str | None:
        try:
            read_number(text)
        except ValueError:
            return f"“{_shown(text)}” is not a number: type digits, such as 50 or 12.5."
        return None

    def weeks(self, text: str, strict: bool) -> str | None:
        try:
            read_weeks(text)
        except ValueError:
            return f"“{_shown(text)}” is not a whole number of weeks: type 0, 2, 6…"
        return None

    def deadline(self, text: str, strict: bool) -> str | None:
        if not text.strip():
            if strict:
                return "Every goal needs a date: type one such as 2027-06-30 or “end of next year”."
            return None
        day = self.day(text)
        if day is None:
            return f"Cannot read “{_shown(text)}” as a date: type YYYY-MM-DD or “in 6 months”."
        if day < self.today and day != self.kept:
            return (
                f"{day.isoformat()} has already passed: choose a date after "
                f"{self.today.isoformat()}."
            )
        return None

    def day(self, text: str) -> date | None:
        """A typed day, read the person's way (the settings read once, not per key)."""
        return read_day(text, self.today, self.reading)

    def next_look(self, draft: Draft) -> date | None:
        """The day the draft's goal will next be looked at, once saved."""
        typed = self.day(draft.next_check)
        if typed is not None or self.editing:
            return typed
        return first_look(self.day(draft.deadline), self.today)

    def next_check(self, text: str, strict: bool) -> str | None:
        """Empty is fine: a new goal is then looked at in two weeks (or by its deadline)."""
        if not text.strip():
            return None
        day = self.day(text)
        if day is None:
            return f"Cannot read “{_shown(text)}” as a date: type YYYY-MM-DD or “in 2 weeks”."
        if day < self.today and day != self.kept_check:
            return f"{day.isoformat()} has already passed: choose today or a later day."
        return None


@dataclass
class ObstacleDraft:
    description: str = ""
    weeks: str = "0"
    plan: str = ""

    def blank(self) -> bool:
        """Nothing typed in the row: it is left out when saving."""
        return not (self.description.strip() or self.plan.strip()) and self.weeks.strip() in (
            "",
            "0",
        )

    def problem(self, rules: Rules, strict: bool) -> str | None:
        weeks = rules.weeks(self.weeks, strict)
        if weeks:
            return weeks
        if strict and not self.description.strip() and not self.blank():
            return "Describe the obstacle, or remove this row."
        return None


@dataclass
class Draft:
    """Every field of the wizard as typed."""

    statement: str = ""
    specific: str = ""
    aspiration: str = NO_ASPIRATION
    new_aspiration: str = ""
    metric: str = ""
    target: str = ""
    unit: str = ""
    current: str = "0"
    priority: str = "medium"  # "" when not set
    obstacles: list[ObstacleDraft] = field(default_factory=list)
    leads_to: str = ""
    let_go: str = ""
    deadline: str = ""
    next_check: str = ""

    @classmethod
    def from_goal(cls, goal: Goal) -> Draft:
        """The goal's parts as text; control characters are left out (they would reach
        the terminal through the input boxes), so saving an edit drops them."""
        m = goal.measurable
        p = printable
        return cls(
            statement=p(goal.statement),
            specific=p(goal.specific),
            aspiration=goal.aspiration_id or NO_ASPIRATION,
            metric=p(m.metric),
            target=number_text(m.target),
            unit=p(m.unit),
            current=number_text(m.current),
            priority=m.priority or "",
            obstacles=[
                ObstacleDraft(p(o.description), str(o.delay_weeks), p(o.plan))
                for o in goal.achievable.obstacles
            ],
            leads_to=p(goal.realistic.leads_to),
            let_go=p(goal.realistic.let_go),
            deadline=goal.deadline.isoformat() if goal.deadline else "",
            next_check=goal.next_check.isoformat() if goal.next_check else "",
        )

    def problems(self, rules: Rules) -> list[tuple[str, str, str]]:
        """What blocks saving: (step id, field id, message), in the wizard's order."""
        found: list[tuple[str, str, str]] = []
        checks = (
            ("specific", "statement", rules.statement(self.statement, True)),
            ("measurable", "metric", rules.metric(self.metric, True)),
            ("measurable", "target", rules.target(self.target, True)),
            ("measurable", "current", rules.current(self.current, True)),
        )
        found += [(step, name, msg) for step, name, msg in checks if msg]
        for n, row in enumerate(self.obstacles):
            msg = row.problem(rules, True)
            if msg:
                found.append(("achievable", f"obstacle-{n}", f"Obstacle {n + 1}: {msg}"))
        msg = rules.deadline(self.deadline, True)
        if msg:
            found.append(("time_bound", "deadline", msg))
        msg = rules.next_check(self.next_check, True)
        if msg:
            found.append(("time_bound", "next-check", msg))
        return found

    def gaps(self, found: Assessment | None) -> list[str]:
        """What is not required but still worth a thought before saving."""
        notes: list[str] = []
        if self.aspiration == NO_ASPIRATION and not self.new_aspiration.strip():
            notes.append("It serves no aspiration yet: what is it in service of?")
        if found is not None:
            words = {"specific": "what exactly", "measurable": "how much", "time_bound": "by when"}
            said = [words[name] for name in found.missing if name in words]
            if said:
                notes.append(f"The sentence itself does not say {' or '.join(said)}.")
        if not any(o.description.strip() for o in self.obstacles):
            notes.append("No obstacle named: what is most likely to get in the way?")
        if not self.leads_to.strip():
            notes.append("Not said yet why it leads to your aspiration.")
        if not self.let_go.strip():
            notes.append("Not said yet what you will let go of to make room for it.")
        return notes

    def parts(self, rules: Rules) -> dict[str, Any]:
        """The goal's parts for the service; call only on a draft without problems.

        ``next_check`` is None when the field was left empty (a new goal then takes its
        first look in two weeks; an edited one has no planned look)."""
        day = rules.day(self.deadline)
        return {
            "statement": self.statement.strip(),
            "deadline": day,
            "next_check": rules.day(self.next_check),
            "specific": self.specific.strip(),
            "measurable": {
                "metric": self.metric.strip(),
                "target": read_number(self.target),
                "unit": self.unit.strip(),
                "current": read_number(self.current) or 0.0,
                "priority": self.priority or None,
            },
            "obstacles": tuple(
                Obstacle(
                    description=o.description.strip(),
                    delay_weeks=read_weeks(o.weeks),
                    plan=o.plan.strip(),
                )
                for o in self.obstacles
                if not o.blank()
            ),
            "realistic": {"leads_to": self.leads_to.strip(), "let_go": self.let_go.strip()},
        }


def goal_fields(parts: dict[str, Any], goal: Goal | None, today: date) -> dict[str, Any]:
    """Keyword values for ``goals.add`` (goal None) or ``goal.changed`` (an edit).

    An edit changes the parts it knows and keeps any field a newer coach wrote.
    """
    measurable = parts["measurable"]
    realistic = parts["realistic"]
    common = {"deadline": parts["deadline"], "specific": parts["specific"]}
    if goal is None:
        return common | {
            "next_check": parts["next_check"] or first_look(parts["deadline"], today),
            "measurable": Measurable(**measurable),
            "achievable": {"obstacles": parts["obstacles"]},
            "realistic": realistic,
        }
    return common | {
        "statement": parts["statement"],
        "next_check": parts["next_check"],
        "measurable": goal.measurable.changed(**measurable),
        "achievable": goal.achievable.changed(obstacles=parts["obstacles"]),
        "realistic": goal.realistic.changed(**realistic),
    }


class SaveJob:
    """The service calls that store a valid draft, for the app's save thread.

    A new aspiration named in the draft is created first, in the same job. If
    the goal then fails to save, the aspiration made is remembered
    (:attr:`created`) so that saving again does not create it twice.
    """

    def __init__(self, service: CoachService, goal: Goal | None, column: str | None) -> None:
        self.service = service
        self.goal = goal
        self.column = column
        self.created: tuple[str, str] | None = None  # (title, id)

    def __call__(self, draft: Draft, rules: Rules) -> Callable[[], str]:
        service, goal, column = self.service, self.goal, self.column
        parts = draft.parts(rules)
        values = goal_fields(parts, goal, rules.today)
        title = " ".join(draft.new_aspiration.split())
        chosen = None if draft.aspiration == NO_ASPIRATION else draft.aspiration

        def job() -> str:
            aspiration_id = chosen
            if title and self.created is not None and self.created[0] == title:
                aspiration_id = self.created[1]
            elif title:
                aspiration_id = service.aspirations.add(title).id
                self.created = (title, aspiration_id)
            if goal is None:
                added = service.goals.add(
                    parts["statement"], aspiration_id=aspiration_id, column=column, **values
                )
                return added.id
            return service.goals.save(goal.changed(aspiration_id=aspiration_id, **values)).id

        return job

"""People in several fields of work, as small stores: seed data for the drafting tests.

Each persona has two or three aspirations (one may be retired), goals with dates,
some done with their measured numbers, obstacles with plans, and a "what did you
learn" entry for a done goal. :func:`build` writes one into a service through the
service itself, moving the clock so goals are started and finished months apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from coach.models import Achievable, Measurable, Obstacle, Realistic
from coach.service import CoachService
from tests.clock import TEST_NOW, Clock


@dataclass(frozen=True)
class Aim:
    title: str
    why: str = ""
    horizon: str | None = None
    retired: bool = False


@dataclass(frozen=True)
class Step:
    """A goal: which aim it serves (index), where it stands, its numbers and obstacle."""

    aim: int | None
    statement: str
    deadline: date
    column: str  # backlog, next, doing, done
    metric: str = ""
    target: float | None = None
    current: float | None = None
    unit: str = ""
    obstacle: tuple[str, str] | None = None
    leads_to: str = ""
    lesson: str = ""


@dataclass(frozen=True)
class Persona:
    field: str
    aims: tuple[Aim, ...]
    steps: tuple[Step, ...]
    role: str
    private: str = "I nearly gave up this month; nobody needs to know."
    extra: dict[str, str] = field(default_factory=dict)


PERSONAS: dict[str, Persona] = {
    "nurse": Persona(
        field="nursing",
        aims=(
            Aim(
                "Nurse practitioner running a community health clinic",
                "I have seen how much earlier care changes things for families who wait too long",
                "2031",
            ),
            Aim("Teach clinical skills at a nursing school"),
            Aim("Move into hospital administration", "the money", retired=True),
        ),
        steps=(
            Step(
                0,
                "Train 40 new graduate nurses on my ward by June 2026",
                date(2026, 6, 30),
                "done",
                "nurses trained",
                40,
                42,
                obstacle=(
                    "Night shifts left little time for teaching",
                    "I ran short sessions at shift handover instead of long classes",
                ),
                lesson="Teaching others showed me I learn fastest when I have to explain.",
            ),
            Step(0, "Earn the CCRN certification", date(2026, 3, 31), "done"),
            Step(
                0,
                "Finish the MSN family nurse practitioner degree by May 2028",
                date(2028, 5, 31),
                "doing",
                "credits",
                48,
                20,
            ),
            Step(
                0,
                "Lead the ward's falls-prevention project by March 2027",
                date(2027, 3, 31),
                "next",
            ),
            Step(1, "Precept two nursing students", date(2027, 9, 30), "backlog"),
            Step(2, "Get a healthcare MBA", date(2027, 12, 31), "backlog"),
        ),
        role="Charge nurse at St Mary's",
    ),
    "software": Persona(
        field="software",
        aims=(
            Aim(
                "Staff engineer leading the platform team",
                "I like making other engineers faster",
                "2030",
            ),
            Aim("Speak at an international Python conference"),
            Aim("Found a startup", "freedom", retired=True),
        ),
        steps=(
            Step(
                0,
                "Cut p95 latency on the checkout API from 450ms to 120ms",
                date(2026, 5, 31),
                "done",
                "p95 latency",
                120,
                110,
                "ms",
                obstacle=(
                    "No load tests existed",
                    "I wrote a replay harness from production traffic",
                ),
                lesson=(
                    "Measuring before optimising saved me weeks. I now write the benchmark first."
                ),
            ),
            Step(
                0,
                "Mentor 3 junior developers through their first on-call rotation",
                date(2026, 9, 30),
                "done",
                "developers mentored",
                3,
                3,
            ),
            Step(
                0,
                "Lead the migration of billing to the event bus by June 2027",
                date(2027, 6, 30),
                "doing",
            ),
            Step(
                0,
                "Write 4 design docs adopted by other teams by December 2027",
                date(2027, 12, 31),
                "next",
                "design docs adopted",
                4,
                1,
            ),
            Step(1, "Give a talk at PyCon US 2028", date(2028, 4, 30), "backlog"),
            Step(
                2, "Raise a seed round of 500k", date(2027, 6, 30), "backlog", "raised", 500000, 0
            ),
        ),
        role="Senior backend engineer at Shopwise",
    ),
    "electrician": Persona(
        field="trades",
        aims=(
            Aim(
                "Run my own electrical contracting business",
                "I want to choose my jobs and train apprentices the right way",
                "2030",
            ),
            Aim("Become a master electrician", horizon="2028"),
            Aim("Move into solar panel sales", retired=True),
        ),
        steps=(
            Step(0, "Pass the journeyman electrician exam", date(2026, 2, 28), "done"),
            Step(
                0,
                "Complete 2000 supervised field hours",
                date(2026, 8, 31),
                "done",
                "field hours",
                2000,
                2150,
                obstacle=("Winter work dried up", "I took on commercial jobs with another crew"),
                lesson="Saying yes to commercial work taught me more about code than any course.",
            ),
            Step(
                0,
                "Save 30000 dollars for tools and a van by March 2028",
                date(2028, 3, 31),
                "doing",
                "saved",
                30000,
                12500,
                "$",
            ),
            Step(0, "Get my contractor licence by September 2027", date(2027, 9, 30), "next"),
            Step(1, "Finish the master electrician course by June 2027", date(2027, 6, 30), "next"),
            Step(2, "Sell 20 rooftop systems", date(2027, 3, 31), "backlog", "systems", 20, 0),
        ),
        role="Lead electrician at Brightline Electric",
    ),
    "lawyer": Persona(
        field="law",
        aims=(
            Aim(
                "Partner at an employment law firm",
                "Workers deserve advocates who know the law cold",
            ),
            Aim("Publish a practitioner's guide to wrongful dismissal"),
            Aim("Become a judge", retired=True),
        ),
        steps=(
            Step(0, "Pass the bar exam", date(2025, 12, 31), "done"),
            Step(
                0,
                "Win 10 wrongful dismissal cases at trial",
                date(2026, 10, 31),
                "done",
                "cases won",
                10,
                12,
                obstacle=(
                    "Clients settled early and cheaply",
                    "I prepared every case as if it would go to trial",
                ),
                lesson="Preparation changed how the other side negotiated.",
            ),
            Step(
                0,
                "Bill 1800 hours this year",
                date(2026, 12, 31),
                "doing",
                "hours billed",
                1800,
                1500,
            ),
            Step(
                0,
                "Bring in 3 new clients of my own by June 2027",
                date(2027, 6, 30),
                "next",
                "clients",
                3,
                1,
            ),
            Step(0, "Make senior associate by 2028", date(2028, 12, 31), "backlog"),
            Step(2, "Apply for a clerkship at the appeals court", date(2027, 1, 31), "backlog"),
        ),
        role="Senior associate at Harlow & Price",
    ),
    "academic": Persona(
        field="academia",
        aims=(
            Aim(
                "Tenured professor of marine biology running my own lab",
                (
                    "I want to understand how reefs recover, and train the people who keep "
                    "studying them"
                ),
                "2031",
            ),
            Aim("Lead a field station in the Pacific"),
            Aim("Move into science journalism", retired=True),
        ),
        steps=(
            Step(
                0,
                "Publish 4 peer-reviewed papers as first author",
                date(2026, 6, 30),
                "done",
                "papers",
                4,
                5,
                lesson="Writing every week, even one paragraph, kept the papers moving.",
            ),
            Step(
                0,
                "Win an early-career grant of 50000 euros",
                date(2026, 4, 30),
                "done",
                "grant",
                50000,
                50000,
                "EUR",
            ),
            Step(0, "Submit the NSF CAREER proposal by July 2027", date(2027, 7, 31), "doing"),
            Step(
                0,
                "Apply for 6 tenure-track positions by December 2027",
                date(2027, 12, 15),
                "next",
                "applications",
                6,
                2,
            ),
            Step(
                0,
                "Supervise 2 PhD students to their qualifying exams by 2028",
                date(2028, 12, 31),
                "backlog",
            ),
            Step(
                2,
                "Pitch 5 stories to science magazines",
                date(2027, 2, 28),
                "backlog",
                "pitches",
                5,
                1,
            ),
        ),
        role="Assistant professor at the University of Bergen",
    ),
    "teacher": Persona(
        field="teaching",
        aims=(
            Aim(
                "Head of science at a secondary school",
                "Good science teaching opens doors for kids who think it is not for them",
                "2030",
            ),
            Aim("Write a lab-skills curriculum other schools use"),
        ),
        steps=(
            Step(
                0,
                "Raise the pass rate in year 11 chemistry from 62% to 75%",
                date(2026, 7, 31),
                "done",
                "pass rate",
                75,
                78,
                "%",
                lesson="Short weekly quizzes told me who was lost long before the exam.",
            ),
            Step(
                0, "Run the after-school robotics club for a full year", date(2026, 6, 30), "done"
            ),
            Step(
                0, "Complete the middle leadership course by April 2027", date(2027, 4, 30), "doing"
            ),
            Step(
                0,
                "Coach 2 new teachers through their first year by July 2027",
                date(2027, 7, 31),
                "next",
            ),
            Step(
                1,
                "Pilot the lab-skills units in 3 classes by March 2027",
                date(2027, 3, 31),
                "next",
            ),
        ),
        role="Head of science at Oakfield Academy",
    ),
}


def build(service: CoachService, clock: Clock, name: str) -> dict[str, str]:
    """Write persona ``name`` into ``service``; its ids by statement (and title)."""
    persona = PERSONAS[name]
    start = TEST_NOW - timedelta(days=420)
    clock.now = start
    ids: dict[str, str] = {}
    aims = []
    for aim in persona.aims:
        made = service.aspirations.add(aim.title, why=aim.why, horizon=aim.horizon)
        aims.append(made.id)
        ids[aim.title] = made.id
    for step in persona.steps:
        obstacles = ()
        if step.obstacle:
            obstacles = (
                Obstacle(description=step.obstacle[0], delay_weeks=4, plan=step.obstacle[1]),
            )
        goal = service.goals.add(
            step.statement,
            aspiration_id=aims[step.aim] if step.aim is not None else None,
            deadline=step.deadline,
            measurable=Measurable(
                metric=step.metric,
                target=step.target,
                unit=step.unit,
                current=0 if step.current else None,
            ),
            achievable=Achievable(obstacles=obstacles),
            realistic=Realistic(leads_to=step.leads_to),
        )
        ids[step.statement] = goal.id
    # Started a year ago; each done goal finished in the month of its deadline.
    clock.now = start + timedelta(days=60)
    for step in persona.steps:
        if step.column in ("doing", "done"):
            service.goals.move(ids[step.statement], "doing")
    for step in sorted(persona.steps, key=lambda s: s.deadline):
        if step.column == "done":
            clock.now = _moment(step.deadline) - timedelta(days=5)
            goal = service.goals.edit(
                ids[step.statement],
                measurable=Measurable(
                    metric=step.metric, target=step.target, unit=step.unit, current=step.current
                ),
            )
            service.goals.move(goal.id, "done")
            if step.lesson:
                service.journal.add(
                    step.lesson, goal_ids=[goal.id], prompt_id="goal_done", tags=["done"]
                )
    clock.now = TEST_NOW - timedelta(days=2)
    for step in persona.steps:
        if step.column == "next":
            service.goals.move(ids[step.statement], "next")
        elif step.column == "doing" and step.current is not None:
            service.goals.edit(
                ids[step.statement],
                measurable=Measurable(
                    metric=step.metric, target=step.target, unit=step.unit, current=step.current
                ),
            )
    doing = next((s for s in persona.steps if s.column == "doing"), None)
    if doing is not None:
        service.journal.add(persona.private, goal_ids=[ids[doing.statement]])
    for number, aim in enumerate(persona.aims):
        if aim.retired:
            service.aspirations.retire(aims[number], "not the road for me after all")
    clock.now = TEST_NOW
    return ids


def _moment(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 17, tzinfo=TEST_NOW.tzinfo)

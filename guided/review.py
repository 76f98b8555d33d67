"""``coach review``: a weekly, monthly or quarterly review in the plain terminal.

The method's order: what moved since the last review; the goals due soon or overdue,
one at a time (log progress, plan around the obstacle, move the date on purpose, let
it go); one reflection prompt; the aspirations not evaluated for 90 days; the day of
the next review. Each action is saved when it is confirmed; the review itself (its
journal entry and record) is kept at the end. Ctrl-C keeps what was confirmed.
"""

from __future__ import annotations

from datetime import timedelta

from coach.coaching.pace import day_text
from coach.content.loader import load_content
from coach.models import Achievable, Goal, Obstacle
from coach.quantities import amount, of_target
from coach.service import CoachService
from coach.service.reviews import Agenda
from coach.text import count
from guided import ask
from guided.evaluate import checklist

INTERRUPTED = 130


class Review:
    def __init__(self, service: CoachService, kind: str | None) -> None:
        self.service = service
        self.agenda: Agenda = service.reviews.agenda(kind)
        self.today = service.today()
        self.lines: list[str] = []
        self.goal_ids: list[str] = []
        self.aspiration_ids: list[str] = []
        self.actions = 0

    def run(self) -> None:
        agenda = self.agenda
        ask.heading(f"{agenda.kind.capitalize()} review, {day_text(self.today)}")
        self.moved()
        self.goals()
        answer = self.reflect()
        self.aspirations()
        ask.heading("The next review")
        next_due = ask.deadline(
            "When will you look again?",
            today=self.today + timedelta(days=1),
            default=agenda.next_due,
        )
        review = self.service.reviews.save(
            agenda.kind,
            lines=self.lines,
            answer=answer,
            prompt=agenda.prompt,
            goal_ids=self.goal_ids,
            aspiration_ids=self.aspiration_ids,
            next_due=next_due,
        )
        ask.show()
        kept = self.service.reviews.run_kept()
        ask.show(
            f"Review kept (in your journal as {review.entry_id}). Next review: "
            f"{day_text(next_due)}. Reviews on time in a row: {kept}.",
            "bold fg:ansigreen",
        )

    # -- the parts -------------------------------------------------------------

    def moved(self) -> None:
        moved = self.agenda.moved
        ask.heading(f"What moved since {day_text(moved.since)}")
        if moved.nothing:
            ask.show("Nothing logged, finished or written since then. That is worth knowing too.")
            self.lines.append(moved.summary)
            return
        for goal in moved.done:
            ask.show(f"  ✓ done: {goal.statement}")
        by_goal: dict[str, int] = {}
        for entry in moved.progress:
            by_goal[entry.goal_id] = by_goal.get(entry.goal_id, 0) + 1
        for goal_id, n in by_goal.items():
            try:
                statement = self.service.goals.get(goal_id).statement
            except Exception:  # a goal deleted since: its entries still count
                statement = goal_id
            ask.show(f"  ↑ {count(n, 'progress entry', 'progress entries')}: {statement}")
        if moved.entries:
            ask.show(f"  ✎ {count(moved.entries, 'journal entry', 'journal entries')} written")
        self.lines.append(moved.summary)

    def goals(self) -> None:
        goals = self.agenda.goals
        ask.heading("Due soon or overdue")
        if not goals:
            ask.show("No goal is due soon or overdue.")
            return
        for number, (goal, why) in enumerate(goals, start=1):
            self.one_goal(number, len(goals), goal, why)

    def one_goal(self, number: int, total: int, goal: Goal, why: str) -> None:
        found = self.service.progress.pace(goal)
        ask.show()
        ask.show(f"{number}/{total}  {goal.statement}", "bold")
        ask.show(f"{why}; {found.verdict}")
        choice = ask.choose(
            "What now?",
            [
                ("Log progress", "log"),
                ("Plan around what is in the way", "plan"),
                ("Move the date, on purpose", "move"),
                ("Let it go", "let_go"),
                ("Leave it for now", "leave"),
            ],
            default="log",
        )
        if choice == "leave":
            return
        said = getattr(self, f"_{choice}")(goal)
        self.lines.append(f"{goal.statement}: {said}")
        self.goal_ids.append(goal.id)
        self.actions += 1
        ask.show("Saved.", "fg:ansigreen")

    def _log(self, goal: Goal) -> str:
        m = goal.measurable
        if m.target is not None:
            now = m.current if m.current is not None else 0
            where = f" (now {of_target(now, m.target, m.unit)})"
            value = ask.number(f"Where does it stand today{where}?", allow_empty=False)
            milestone = ""
        else:
            value = None
            milestone = ask.text("Which milestone did you reach?", validate=ask.required("it"))
        note = ask.text("A note", instruction="(optional)")
        self.service.progress.log(goal.id, value, milestone=milestone, note=note)
        logged = amount(value, m.unit) if value is not None else f"milestone “{milestone}”"
        pace = self.service.progress.pace(self.service.goals.get(goal.id))
        return f"logged {logged}; {pace.verdict}"

    def _plan(self, goal: Goal) -> str:
        obstacle = ask.text("What is in the way?", validate=ask.required("the obstacle"))
        plan = ask.text("The way around it: the first step", validate=ask.required("a step"))
        weeks = ask.whole("How many weeks could it hold the goal up?", default="0")
        added = Obstacle(description=obstacle, delay_weeks=weeks, plan=plan)
        kept = Achievable(obstacles=(*goal.achievable.obstacles, added))
        self.service.goals.edit(goal.id, achievable=kept)
        return f"planned around “{obstacle}”: {plan}"

    def _move(self, goal: Goal) -> str:
        default = (goal.deadline or self.today) + timedelta(days=14)
        default = max(default, self.today + timedelta(days=1))
        new = ask.deadline("The new deadline", today=self.today, default=default)
        reason = ask.text("Why does it move?", validate=ask.required("the reason"))
        self.service.goals.edit(goal.id, deadline=new, reason=reason)
        return f"date moved from {goal.deadline} to {new.isoformat()} because {reason}"

    def _let_go(self, goal: Goal) -> str:
        reason = ask.text("Why let it go?", instruction="(optional, kept with the goal)")
        self.service.goals.let_go(goal.id, reason)
        return "let go" + (f" because {reason}" if reason else "")

    def reflect(self) -> str:
        prompt = self.agenda.prompt
        ask.heading("One question")
        ask.paragraph(prompt.text, "bold")
        if prompt.hint:
            ask.paragraph(prompt.hint, "italic")
        return ask.long_text("Your answer (optional)")

    def aspirations(self) -> None:
        stale = self.agenda.stale
        if not stale:
            return
        ask.heading("Aspirations to check again")
        for aspiration, scores in stale:
            said = " -> ".join(str(s) for s in scores) if scores else "never evaluated"
            ask.show(f"{aspiration.title}: {said}")
            if not ask.confirm("Go through the eight questions for it now?", default=False):
                continue
            saved = checklist(self.service, load_content(), aspiration.id)
            self.aspiration_ids.append(aspiration.id)
            trend = " -> ".join(str(s) for s in (*scores, saved.score))
            self.lines.append(f"Evaluated “{aspiration.title}”: {trend}")


def run(service: CoachService, kind: str | None) -> int:
    """Hold a review on ``service``; returns the exit status."""
    review = Review(service, kind)
    try:
        review.run()
    except (KeyboardInterrupt, EOFError):
        ask.show()
        ask.show(
            f"Stopped. {count(review.actions, 'action')} you confirmed "
            f"{'is' if review.actions == 1 else 'are'} saved; this review was not kept "
            "(`coach review` starts it again)."
        )
        return INTERRUPTED
    return 0

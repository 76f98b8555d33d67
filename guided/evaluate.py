"""Step 3: the eight-question checklist, saved only when every question is answered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.models import Answer
from guided import ask

if TYPE_CHECKING:
    from coach.content.models import Content
    from coach.models import Evaluation
    from coach.service import CoachService
    from guided.flow import Wizard


def checklist(service: CoachService, content: Content, aspiration_id: str) -> Evaluation:
    """Ask the eight questions and save the evaluation (only when all are answered)."""
    questions = content.questions
    # 1 at the top, as in the app: down always means a higher rating.
    ratings = [(f"{n}  {content.rating_label(n)}", n) for n in range(1, 6)]
    answers = []
    for number, question in enumerate(questions, start=1):
        ask.show()
        ask.show(f"{number}/{len(questions)}  {question.text}", "bold")
        if question.hint:
            ask.show(question.hint, "italic")
        rating = ask.choose("Your honest rating", ratings, default=3)
        note = ask.text("A note for later", instruction="(optional)")
        answers.append(Answer(question_id=question.id, rating=rating, note=note))
    saved = service.evaluations.add(aspiration_id, answers)
    ask.show()
    ask.show(f"Saved. Score {saved.score}/100.", "bold fg:ansigreen")
    previous = service.evaluations.for_aspiration(aspiration_id)[:-1]
    if previous:
        scores = " -> ".join(str(e.score) for e in [*previous, saved])
        ask.show(f"Its scores so far: {scores}.")
    return saved


def evaluate(w: Wizard) -> None:
    ask.heading("Check it against your values")
    target = w.need_aspiration("Which aspiration would you like to evaluate?")
    if target is None:
        return
    questions = w.content.questions
    if not ask.confirm(
        f"Go through the {len(questions)} questions for “{target.title}” now?", default=True
    ):
        return
    saved = checklist(w.service, w.content, target.id)
    w.saved.evaluations.append(saved.id)
    ask.show("Next steps:")
    for step in w.content.next_steps:
        ask.show(f"  • {step.title}: {step.detail}")

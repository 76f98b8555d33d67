"""``coach interview``: interview practice in the plain terminal.

Pick a question; coach drafts the answer from your plan, tailored to the role you
name, with its structure, its length and speaking time, and the coach's warnings.
Then edit it, say it out loud against a timer, keep the version (with today's date
and the role), or go over your achievement stories. Ctrl-C stops; what was kept stays.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from coach.content.interview import Question
from coach.drafting import Target
from coach.drafting.wording import speaking_seconds, word_count
from coach.service import CoachService
from guided import ask

INTERRUPTED = 130
STORIES = "__stories__"
DONE = "__done__"
STORY_PARTS = (
    ("situation", "Situation: where you were, why it mattered"),
    ("task", "Task: what exactly you set out to do"),
    ("action", "Action: what you did"),
    ("result", "Result: what came of it, with the number"),
    ("lesson", "What you learned"),
)


class Practice:
    """One session: the role it is for, and what was kept."""

    def __init__(self, service: CoachService, clock: Callable[[], float] = time.monotonic):
        self.service = service
        self.target = Target()
        self.kept = 0
        self.clock = clock

    def run(self) -> None:
        ask.show(
            "coach: interview practice. Ctrl-C stops at any point; what you keep stays.", "bold"
        )
        role = ask.text(
            "The role you are preparing for",
            instruction="(optional, e.g. Charge nurse at St Mary's)",
        )
        self.target = Target.of(role)
        while True:
            choices = [(q.text, q.id) for q in self.service.interview.questions()]
            choices += [("Go over my achievement stories", STORIES), ("Done for today", DONE)]
            picked = ask.choose("Which question would you like to practise?", choices)
            if picked == DONE:
                return
            if picked == STORIES:
                self.stories()
            else:
                self.answer(self.service.interview.question(picked))

    # -- one answer ---------------------------------------------------------------------

    def answer(self, question: Question) -> None:
        drafted = self.service.interview.draft(question.id, self.target)
        text = drafted.text
        ask.heading(question.text)
        ask.paragraph(question.advice, "italic")
        for section in drafted.sections:
            ask.show()
            ask.show(section.title, "bold")
            ask.paragraph(section.text or "(nothing yet)")
        self.report(question, text)
        while True:
            action = ask.choose(
                "What next?",
                [
                    ("Practise saying it, with a timer", "practise"),
                    ("Edit it", "edit"),
                    ("Keep this version", "keep"),
                    ("Redraft it for another role", "role"),
                    ("Back to the questions", "back"),
                ],
            )
            if action == "back":
                return
            if action == "practise":
                self.practise(question, text)
            elif action == "edit":
                text = ask.long_text("Your answer", default=text) or text
                self.report(question, text)
            elif action == "keep":
                version = self.service.interview.save_version(question.id, text, self.target)
                self.kept += 1
                for_whom = self.target.label or "no role in particular"
                ask.show(f"Kept ({version.id}), dated today, for {for_whom}.", "fg:ansigreen")
            elif action == "role":
                self.target = Target.of(
                    ask.text("The role it is for", default=" at ".join(p for p in self.target if p))
                )
                self.answer(question)
                return

    def report(self, question: Question, text: str) -> None:
        words = word_count(text)
        low, high = question.aim
        ask.show()
        ask.show(
            f"{words} words, about {speaking_seconds(words)} seconds to say (aim: {low} to {high})."
        )
        for warning in self.service.interview.check(question.id, text, self.target):
            ask.paragraph(f"! {warning.message}", "fg:ansiyellow")

    def practise(self, question: Question, text: str) -> None:
        low, high = question.aim
        ask.show()
        ask.paragraph(text)
        ask.show()
        ask.text("Press Enter and say it out loud; press Enter again when you finish")
        started = self.clock()
        ask.text("Speaking… press Enter when you finish")
        took = round(self.clock() - started)
        if took < low:
            verdict = "a little short: slow down, or add a detail"
        elif took > high:
            verdict = "a little long: cut what does not lead to the aspiration"
        else:
            verdict = "right in the aim"
        ask.show(f"You took {took} seconds (aim: {low} to {high}): {verdict}.", "bold")

    # -- achievement stories ------------------------------------------------------------

    def stories(self) -> None:
        found = self.service.interview.stories()
        if not found:
            ask.show("No stories yet: a story comes from a goal you have moved to Done.")
            return
        choices = [(s.goal + ("  (your words)" if s.saved else ""), s.goal_id) for s in found]
        picked = ask.choose("Which story?", [*choices, ("Back", DONE)])
        if picked == DONE:
            return
        story = self.service.interview.story(picked)
        ask.heading(story.goal)
        for key, label in STORY_PARTS:
            ask.paragraph(f"{label.split(':')[0]}: {story.parts()[key] or '(empty)'}")
        if not ask.confirm("Edit this story?", default=False):
            return
        parts = {
            key: ask.long_text(label, default=story.parts()[key]) for key, label in STORY_PARTS
        }
        self.service.interview.save_story(picked, **parts)
        ask.show("Story kept in your words; answers and resume lines use it now.", "fg:ansigreen")


def run(service: CoachService) -> int:
    """Run the practice session on ``service``; returns the exit status."""
    practice = Practice(service)
    try:
        practice.run()
    except (KeyboardInterrupt, EOFError):
        ask.show()
        ask.show(f"Stopped. {practice.kept} version(s) kept.")
        return INTERRUPTED
    ask.show(f"Done. {practice.kept} version(s) kept; `coach interview versions` lists them.")
    return 0

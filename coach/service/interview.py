"""Interview answers and achievement stories: drafts from the plan, versions kept.

Drafting itself is :mod:`coach.drafting`; this part reads the plan it drafts from
(:meth:`InterviewService.facts`), keeps the versions of answers a person saves (each
with its date and the role it was written for) and the achievement stories they edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from coach.content.interview import InterviewContent, Question, load_interview
from coach.drafting import NO_TARGET, Draft, DraftWarning, Facts, Target, draft_answer
from coach.drafting.application import Application, application
from coach.drafting.checks import check
from coach.drafting.stories import StoryDraft, stories, story_of
from coach.errors import InvalidInputError, NotFoundError
from coach.lookup import resolve_id
from coach.models import AnswerVersion, Evaluation, JournalEntry, Story, new_id
from coach.service.history import History
from coach.store.repository import Repository

if TYPE_CHECKING:
    from coach.service import CoachService

STORY_PARTS = ("situation", "task", "action", "result", "lesson")


class InterviewService:
    def __init__(
        self,
        repo: Repository,
        history: History,
        clock: Callable[[], datetime],
        service: CoachService,
    ) -> None:
        self._repo = repo
        self._history = history
        self._clock = clock
        self._service = service

    # -- what drafts are made of -------------------------------------------------------

    @property
    def words(self) -> InterviewContent:
        return load_interview()

    def questions(self) -> tuple[Question, ...]:
        return self.words.questions

    def question(self, question_id: str) -> Question:
        try:
            return self.words.question(question_id)
        except KeyError as exc:
            raise InvalidInputError(str(exc.args[0])) from None

    def facts(self) -> Facts:
        """The plan as the drafts see it, today."""
        service = self._service
        goals = service.goals.find()
        done_ids = {g.id for g in goals if g.done is not None}
        entries = []
        for entry_id, doc in self._repo.raw_table(JournalEntry.table).items():
            linked = doc.get("goal_ids") if isinstance(doc, dict) else None
            if isinstance(linked, list) and done_ids.intersection(
                x for x in linked if isinstance(x, str)
            ):
                entry = self._repo.get(JournalEntry, entry_id)
                if entry is not None:
                    entries.append(entry)
        from coach.drafting.facts import lessons_of

        return Facts(
            today=service.today(),
            aspirations=tuple(service.aspirations.find()),
            goals=tuple(goals),
            columns=tuple(service.board.columns()),
            evaluations=tuple(self._repo.all(Evaluation)),
            lessons=lessons_of(goals, entries),
            stories={s.goal_id: s for s in self._repo.all(Story)},
            journal_entries=service.journal.count(),
        )

    # -- answers ---------------------------------------------------------------------

    def draft(self, question_id: str, target: Target = NO_TARGET) -> Draft:
        """The answer coach drafts to ``question_id`` from the plan as it is now."""
        self.question(question_id)
        return draft_answer(question_id, self.facts(), self.words, target)

    def check(
        self,
        question_id: str,
        text: str,
        target: Target = NO_TARGET,
        *,
        facts: Facts | None = None,
    ) -> list[DraftWarning]:
        """The coach's warnings about ``text`` as an answer to ``question_id``.

        ``facts`` read once (:meth:`facts`) spare reading the plan again on every key.
        """
        plan = facts if facts is not None else self.facts()
        return check(self.question(question_id), text, plan, self.words, target)

    def save_version(
        self, question_id: str, text: str, target: Target = NO_TARGET
    ) -> AnswerVersion:
        """Keep ``text`` as a new version of the answer, with today's date and the role."""
        question = self.question(question_id)
        if not text.strip():
            raise InvalidInputError("the answer is empty; write or draft something first")
        version = AnswerVersion(
            id=new_id("v"),
            question_id=question.id,
            text=text.strip(),
            role=target.role,
            company=target.company,
            created=self._clock(),
        )
        with self._history.work(f"save an answer to “{question.text}”") as work:
            work.put(version)
        return version

    def versions(self, question_id: str | None = None) -> list[AnswerVersion]:
        """Saved versions (of one question), newest first."""
        found = [
            v
            for v in self._repo.all(AnswerVersion)
            if question_id is None or v.question_id == question_id
        ]
        found.sort(key=lambda v: (v.created, v.id), reverse=True)
        return found

    def version(self, version_id: str) -> AnswerVersion:
        found = self._repo.get(AnswerVersion, self._resolve_version(version_id))
        if found is None:
            raise NotFoundError(f"answer version {version_id} cannot be read; run `coach doctor`")
        return found

    def delete_version(self, version_id: str) -> AnswerVersion:
        version = self.version(version_id)
        with self._history.work("delete a saved answer") as work:
            work.delete(AnswerVersion, version.id)
        return version

    def _resolve_version(self, wanted: str) -> str:
        return resolve_id("answer version", wanted, self._repo.raw_table(AnswerVersion.table))

    # -- achievement stories ---------------------------------------------------------

    def stories(self) -> list[StoryDraft]:
        """A story for every done goal (saved ones in the person's words), numbers first."""
        return stories(self.facts(), self.words)

    def story(self, goal_id: str) -> StoryDraft:
        goal = self._service.goals.get(goal_id)
        facts = self.facts()
        if not facts.is_done(goal):
            raise InvalidInputError("a story is about a goal that is done; this one is not yet")
        return story_of(goal, facts, self.words)

    def save_story(self, goal_id: str, **parts: str) -> Story:
        """Keep the person's own words for the story of a done goal (all five parts)."""
        unknown = set(parts) - set(STORY_PARTS)
        if unknown:
            raise InvalidInputError(f"a story has no part {', '.join(sorted(unknown))}")
        drafted = self.story(goal_id)
        values = {k: (parts.get(k, drafted.parts()[k]) or "").strip() for k in STORY_PARTS}
        if not values["result"]:
            raise InvalidInputError("say what came of it: a story needs its result")
        stamp = self._clock()
        held = next((s for s in self._repo.all(Story) if s.goal_id == drafted.goal_id), None)
        story = (
            held.changed(**values, updated=stamp)
            if held is not None
            else Story(
                id=new_id("s"), goal_id=drafted.goal_id, created=stamp, updated=stamp, **values
            )
        )
        with self._history.work("save an achievement story") as work:
            work.put(story)
        return story

    def reset_story(self, goal_id: str) -> bool:
        """Forget the person's words for a story, so coach drafts it again; True if any."""
        goal = self._service.goals.get(goal_id)
        held = [s for s in self._repo.all(Story) if s.goal_id == goal.id]
        if not held:
            return False
        with self._history.work("redraft an achievement story") as work:
            for story in held:
                work.delete(Story, story.id)
        return True

    # -- applications ----------------------------------------------------------------

    def application(self, target: Target = NO_TARGET) -> Application:
        """Resume lines, a career objective and a cover-letter paragraph for ``target``."""
        return application(self.facts(), self.words, target)

"""Aspirations: add, revise with a reason, achieve or retire, list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from coach.errors import BadOptionError, InvalidInputError, NotFoundError
from coach.lookup import resolve_titled
from coach.models import (
    Aspiration,
    AspirationStatus,
    Goal,
    Revision,
    horizon_passed,
    new_id,
    parse_horizon,
)
from coach.service.history import History
from coach.store.repository import Repository
from coach.text import one_line

if TYPE_CHECKING:
    from coach.service.goals import GoalService

STATUSES: tuple[AspirationStatus, ...] = ("active", "achieved", "retired")


def _title(text: str) -> str:
    title = " ".join(text.split())
    if not title:
        raise InvalidInputError("an aspiration needs a title: where do you want your career to go?")
    return title


def _horizon(text: str | None, today: date, *, kept: str | None = None) -> str | None:
    """The horizon typed, checked: a year or date still ahead (or ``kept``, the one the
    aspiration has already)."""
    if text is None:
        return None
    try:
        horizon = parse_horizon(text)
    except ValueError as exc:
        raise InvalidInputError(str(exc)) from None
    problem = horizon_passed(horizon, today) if horizon != kept else None
    if problem:
        raise BadOptionError(problem, "--horizon")
    return horizon


class AspirationService:
    def __init__(
        self,
        repo: Repository,
        history: History,
        clock: Callable[[], datetime],
        goals: GoalService,
    ) -> None:
        self._repo = repo
        self._history = history
        self._clock = clock
        self._goals = goals

    def _new(self, title: str, *, why: str = "", horizon: str | None = None) -> Aspiration:
        stamp = self._clock()
        return Aspiration(
            id=new_id("a"),
            title=_title(title),
            why=why.strip(),
            horizon=_horizon(horizon, stamp.date()),
            created=stamp,
            updated=stamp,
        )

    def add(self, title: str, *, why: str = "", horizon: str | None = None) -> Aspiration:
        aspiration = self._new(title, why=why, horizon=horizon)
        with self._history.work(f"add aspiration “{aspiration.title}”") as work:
            work.put(aspiration)
        return aspiration

    def turn_into_goal(
        self, source_id: str, *, serves: str | None = None, new_title: str | None = None
    ) -> Goal:
        """Make a goal-like aspiration a goal of the larger one it serves, in one change.

        The larger aspiration is ``serves`` (an id), or a new one titled ``new_title``.
        The goal's statement is the old title, its notes the old "why", its deadline the
        old horizon; the old aspiration is retired saying what it became. One undo takes
        all of it back.
        """
        source = self.get(source_id)
        if (serves is None) == (new_title is None):
            raise InvalidInputError("say which aspiration it serves, or name a new one")
        larger = self.get(serves) if serves is not None else self._new(new_title or "")
        if larger.id == source.id:
            raise InvalidInputError("an aspiration cannot be a goal of itself")
        retired = self._revised(
            source, f"became a goal of “{one_line(larger.title, 80)}”", status="retired"
        )
        with self._history.work(f"turn “{source.title}” into a goal") as work:
            if serves is None:
                work.put(larger)
            goal = self._goals.new(
                source.title,
                aspiration_id=larger.id,
                deadline=source.horizon_date,
                notes=source.why,
            )
            self._goals.put_new(work, goal)
            work.put(retired)
        return goal

    def resolve(self, wanted: str) -> str:
        return resolve_titled("aspiration", wanted, self._repo.raw_table("aspirations"), "title")

    def get(self, aspiration_id: str) -> Aspiration:
        found = self._repo.get(Aspiration, self.resolve(aspiration_id))
        if found is None:
            raise NotFoundError(f"aspiration {aspiration_id} cannot be read; run `coach doctor`")
        return found

    def find(self, status: AspirationStatus | None = None) -> list[Aspiration]:
        found = [a for a in self._repo.all(Aspiration) if status is None or a.status == status]
        found.sort(key=lambda a: (STATUSES.index(a.status), a.created))
        return found

    def revise(
        self,
        aspiration_id: str,
        *,
        reason: str,
        title: str | None = None,
        why: str | None = None,
        horizon: str | None = None,
        status: AspirationStatus | None = None,
    ) -> Aspiration:
        """Change an aspiration, keeping what it said before and why it changed."""
        current = self.get(aspiration_id)
        changes: dict[str, object] = {}
        if title is not None:
            changes["title"] = _title(title)
        if why is not None:
            changes["why"] = why.strip()
        if horizon is not None:
            changes["horizon"] = _horizon(horizon, self._clock().date(), kept=current.horizon)
        if status is not None:
            changes["status"] = status
        changes = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not changes:
            return current
        updated = self._revised(current, reason, **changes)
        label = (
            {
                "retired": "retire",
                "achieved": "mark achieved",
                "active": "reactivate",
            }.get(str(status), "revise")
            if status is not None
            else "revise"
        )
        with self._history.work(f"{label} aspiration “{current.title}”") as work:
            work.put(updated)
        return updated

    def _revised(self, current: Aspiration, reason: str, **changes: object) -> Aspiration:
        """``current`` with ``changes``, what it said before kept in its history."""
        revision = Revision(
            title=current.title,
            why=current.why,
            horizon=current.horizon,
            status=current.status,
            revised=self._clock(),
            reason=reason.strip(),
        )
        return current.changed(
            **changes, updated=revision.revised, history=(*current.history, revision)
        )

    def retire(self, aspiration_id: str, reason: str) -> Aspiration:
        if not reason.strip():
            raise InvalidInputError(
                "say why you are retiring it; the reason is kept with its history"
            )
        return self.revise(aspiration_id, reason=reason, status="retired")

    def achieve(self, aspiration_id: str, reason: str = "") -> Aspiration:
        return self.revise(aspiration_id, reason=reason or "achieved", status="achieved")

    def delete(self, aspiration_id: str) -> Aspiration:
        """Remove an aspiration for good (undoable); its goals stay, unlinked."""
        current = self.get(aspiration_id)
        with self._history.work(f"delete aspiration “{current.title}”") as work:
            for goal in self._repo.all(Goal):
                if goal.aspiration_id == current.id:
                    work.put(goal.changed(aspiration_id=None))
            work.delete(Aspiration, current.id)
        return current

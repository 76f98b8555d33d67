"""Progress over time: log a goal's new value or a milestone, edit or delete what was
logged, and how each goal keeps pace (:mod:`coach.coaching.pace`).

A goal's ``measurable.current`` always equals the value of its latest entry: every
change here writes the entry and the goal together, in one undoable change, so the
card, the details, the dashboard and the exports never disagree with the history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from coach.coaching.pace import Pace, history, latest_value, pace
from coach.errors import InvalidInputError, NotFoundError
from coach.lookup import resolve_id
from coach.models import Goal, ProgressEntry, new_id
from coach.service.board import BoardService
from coach.service.history import History, Work
from coach.store.repository import Repository

_KEEP: Any = object()  # "leave this field as it is" in :meth:`ProgressService.edit`


class ProgressService:
    def __init__(
        self,
        repo: Repository,
        history_: History,
        board: BoardService,
        resolve_goal: Callable[[str], Goal],
        clock: Callable[[], datetime],
    ) -> None:
        self._repo = repo
        self._history = history_
        self._board = board
        self._goal = resolve_goal
        self._clock = clock

    # -- reading ---------------------------------------------------------------

    def of_goal(self, goal_id: str) -> list[ProgressEntry]:
        """One goal's entries, oldest first (by day, then as logged)."""
        return history(self._repo.all(ProgressEntry), goal_id)

    def by_goal(self) -> dict[str, list[ProgressEntry]]:
        """Every goal's entries, oldest first, by goal id."""
        grouped: dict[str, list[ProgressEntry]] = defaultdict(list)
        for entry in self._repo.all(ProgressEntry):
            grouped[entry.goal_id].append(entry)
        for entries in grouped.values():
            entries.sort(key=lambda e: (e.day, e.created))
        return dict(grouped)

    def get(self, entry_id: str) -> ProgressEntry:
        found = resolve_id("progress entry", entry_id, self._repo.ids(ProgressEntry))
        entry = self._repo.get(ProgressEntry, found)
        if entry is None:
            raise NotFoundError(f"progress entry {entry_id} cannot be read; run `coach doctor`")
        return entry

    def pace(self, goal: Goal, entries: list[ProgressEntry] | None = None) -> Pace:
        """How ``goal`` keeps pace today (its entries are read when not given)."""
        found = self.of_goal(goal.id) if entries is None else entries
        done = self._board.column(goal.column).done if goal.column else False
        return pace(goal, found, self._clock().date(), done=done)

    # -- changing --------------------------------------------------------------

    def log(
        self,
        goal_id: str,
        value: float | None = None,
        *,
        milestone: str = "",
        note: str = "",
        day: date | None = None,
    ) -> ProgressEntry:
        """Log where ``goal_id`` stands on ``day`` (today by default): a value, a milestone,
        or both. The goal's current value follows the latest entry."""
        goal = self._goal(goal_id)
        with self._history.work(f"log progress on “{goal.statement}”") as work:
            entry = self.log_in(work, goal, value, milestone=milestone, note=note, day=day)
        return entry

    def log_in(
        self,
        work: Work,
        goal: Goal,
        value: float | None,
        *,
        milestone: str = "",
        note: str = "",
        day: date | None = None,
    ) -> ProgressEntry:
        """:meth:`log` as part of a larger change (a review, a goal moved into Done)."""
        today = self._clock().date()
        day = today if day is None else day
        if day > today:
            raise InvalidInputError(
                f"{day.isoformat()} is still to come; progress is logged on the day it "
                "happened (today or earlier)"
            )
        if value is None and not milestone.strip():
            raise InvalidInputError("give a value (a number) or a milestone reached")
        entry = ProgressEntry(
            id=new_id("p"),
            goal_id=goal.id,
            day=day,
            value=value,
            milestone=" ".join(milestone.split()),
            note=note.strip(),
            created=self._clock(),
        )
        work.put(entry)
        self._follow(work, goal, self.of_goal(goal.id))
        return entry

    def edit(
        self,
        entry_id: str,
        *,
        value: float | None = _KEEP,
        milestone: str = _KEEP,
        note: str = _KEEP,
        day: date = _KEEP,
    ) -> ProgressEntry:
        """Change a logged entry; only the fields given change."""
        entry = self.get(entry_id)
        changes = {
            k: v
            for k, v in {"value": value, "milestone": milestone, "note": note, "day": day}.items()
            if v is not _KEEP
        }
        if day is not _KEEP and day > self._clock().date():
            raise InvalidInputError("progress is logged on the day it happened, not ahead")
        try:
            edited = entry.changed(**changes)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise InvalidInputError("a progress entry needs a value or a milestone") from exc
        goal = self._goal(entry.goal_id)
        with self._history.work(f"edit progress on “{goal.statement}”") as work:
            work.put(edited)
            self._follow(work, goal, self.of_goal(goal.id))
        return edited

    def delete(self, entry_id: str) -> ProgressEntry:
        entry = self.get(entry_id)
        goal = self._goal(entry.goal_id)
        with self._history.work(f"delete progress on “{goal.statement}”") as work:
            work.delete(ProgressEntry, entry.id)
            self._follow(work, goal, self.of_goal(goal.id))
        return entry

    def _follow(self, work: Work, goal: Goal, entries: list[ProgressEntry]) -> None:
        """Keep the goal's current value equal to its latest logged value (``entries``
        as they now stand, oldest first)."""
        value = latest_value(entries)
        if value is None or value == goal.measurable.current:
            return
        measurable = goal.measurable.model_copy(update={"current": value})
        work.put(goal.changed(measurable=measurable, updated=self._clock()))

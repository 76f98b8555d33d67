"""The one service layer every front end calls.

:class:`CoachService` groups the operations by what they are about
(``journal``, ``aspirations``, ``goals``, ``evaluations``, ``board``) over one
repository, and owns the undo history they share.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from coach.models.base import now
from coach.service.history import Change, History
from coach.store.repository import Repository

if TYPE_CHECKING:
    from coach.service.aspirations import AspirationService
    from coach.service.board import BoardService
    from coach.service.evaluations import EvaluationService
    from coach.service.goals import GoalService
    from coach.service.journal import JournalService


class CoachService:
    """The operations of coach over one repository. Parts are built on first use."""

    def __init__(self, repo: Repository, *, clock: Callable[[], datetime] = now) -> None:
        self.repo = repo
        self.clock = clock
        self.history = History(repo)

    @cached_property
    def board(self) -> BoardService:
        from coach.service.board import BoardService

        return BoardService(self.repo, self.history)

    @cached_property
    def journal(self) -> JournalService:
        from coach.service.journal import JournalService

        return JournalService(self.repo, self.history, self.clock)

    @cached_property
    def aspirations(self) -> AspirationService:
        from coach.service.aspirations import AspirationService

        return AspirationService(self.repo, self.history, self.clock)

    @cached_property
    def goals(self) -> GoalService:
        from coach.service.goals import GoalService

        return GoalService(self.repo, self.history, self.board, self.clock)

    @cached_property
    def evaluations(self) -> EvaluationService:
        from coach.service.evaluations import EvaluationService

        return EvaluationService(self.repo, self.history, self.clock)

    def retry_save(self) -> bool:
        """Save changes still held in memory after a failed save (see History.retry)."""
        return self.history.retry()

    def undo(self) -> Change:
        return self.history.undo()

    def redo(self) -> Change:
        return self.history.redo()


__all__ = ["Change", "CoachService"]

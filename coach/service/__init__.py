"""The one service layer every front end calls.

:class:`CoachService` groups the operations by what they are about
(``journal``, ``aspirations``, ``goals``, ``evaluations``, ``board``) over one
repository, and owns the undo history they share.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from coach.models import now
from coach.service.aspirations import AspirationService
from coach.service.board import BoardService
from coach.service.evaluations import EvaluationService
from coach.service.goals import GoalService
from coach.service.history import Change, History
from coach.service.journal import JournalService
from coach.store.repository import Repository


class CoachService:
    def __init__(self, repo: Repository, *, clock: Callable[[], datetime] = now) -> None:
        self.repo = repo
        self.clock = clock
        self.history = History(repo)
        self.board = BoardService(repo, self.history)
        self.journal = JournalService(repo, self.history, clock)
        self.aspirations = AspirationService(repo, self.history, clock)
        self.goals = GoalService(repo, self.history, self.board, clock)
        self.evaluations = EvaluationService(repo, self.history, clock)

    def undo(self) -> Change:
        return self.history.undo()

    def redo(self) -> Change:
        return self.history.redo()


__all__ = ["Change", "CoachService"]

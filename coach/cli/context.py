"""What every command needs: the data file's path, and the service over it, opened once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import click

from coach.service import CoachService
from coach.store.repository import Repository


@dataclass
class Env:
    db_path: Path
    _service: CoachService | None = field(default=None, repr=False)

    def service(self, *, write: bool = False) -> CoachService:
        """Open the store (once). With ``write``, refuse early if it is read-only."""
        if self._service is None:
            self._service = CoachService(Repository.open(self.db_path))
        if write:
            problem = self._service.repo.newer_schema_error()
            if problem is not None:
                raise problem
        return self._service


pass_env = click.make_pass_decorator(Env)

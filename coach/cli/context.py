"""What every command needs: the data file's path, and the service over it, opened once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from coach.service import CoachService
    from coach.store.raw import RawStore


@dataclass
class Env:
    db_path: Path
    _service: CoachService | None = field(default=None, repr=False)

    def service(self, *, write: bool = False) -> CoachService:
        """Open the store (once). With ``write``, refuse early if it is read-only."""
        if self._service is None:
            from coach.service import CoachService
            from coach.store.repository import Repository

            self._service = CoachService(Repository.open(self.db_path))
        if write:
            _refuse_read_only(self._service.repo)
        return self._service

    def raw_store(self) -> RawStore:
        """The store without the model layer, for quick capture (see coach.capture)."""
        from coach.store.raw import RawStore

        store = RawStore.open(self.db_path)
        _refuse_read_only(store)
        return store


def _refuse_read_only(store: RawStore) -> None:
    problem = store.newer_schema_error()
    if problem is not None:
        raise problem


pass_env = click.make_pass_decorator(Env)

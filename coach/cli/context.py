"""What every command needs: the data file's path, and the service over it, opened once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from coach.service import CoachService
    from coach.store.codec import Codec
    from coach.store.crypto import EncryptedCodec
    from coach.store.raw import RawStore


ENV_PASSPHRASE = "COACH_PASSPHRASE"


@dataclass
class Env:
    db_path: Path
    _service: CoachService | None = field(default=None, repr=False)
    _codec: Codec | None = field(default=None, repr=False)

    def codec(self) -> Codec | None:
        """For an encrypted store, the codec holding its passphrase (asked once)."""
        from coach.store.crypto import file_is_encrypted

        if self._codec is None and file_is_encrypted(self.db_path):
            self._codec = passphrase_codec(self.db_path)
        return self._codec

    def service(self, *, write: bool = False) -> CoachService:
        """Open the store (once). With ``write``, refuse early if it is read-only."""
        if self._service is None:
            from coach.service import CoachService
            from coach.store.repository import Repository

            self._service = CoachService(Repository.open(self.db_path, codec=self.codec()))
        if write:
            _refuse_read_only(self._service.repo)
        return self._service

    def raw_store(self) -> RawStore:
        """The store without the model layer, for quick capture (see coach.capture)."""
        from coach.store.raw import RawStore

        store = RawStore.open(self.db_path, codec=self.codec())
        _refuse_read_only(store)
        return store


def passphrase_codec(path: Path, *, confirm: bool = False) -> EncryptedCodec:
    """Ask for the passphrase (hidden), or take it from $COACH_PASSPHRASE."""
    import os

    from coach.cli.output import interactive
    from coach.store.crypto import EncryptedCodec, harden_process
    from coach.store.errors import EncryptedStoreError

    harden_process()
    passphrase = os.environ.get(ENV_PASSPHRASE, "")
    if not passphrase:
        if not interactive():
            raise EncryptedStoreError(path)
        passphrase = click.prompt(
            "Passphrase", hide_input=True, confirmation_prompt=confirm, err=True
        )
    if not passphrase:
        from coach.errors import InvalidInputError

        raise InvalidInputError("the passphrase cannot be empty")
    return EncryptedCodec(passphrase)


def _refuse_read_only(store: RawStore) -> None:
    problem = store.newer_schema_error()
    if problem is not None:
        raise problem


pass_env = click.make_pass_decorator(Env)

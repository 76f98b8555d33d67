"""What every command needs: the data file's path, and the service over it, opened once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from coach.service import CoachService
    from coach.store.crypto import EncryptedCodec


ENV_PASSPHRASE = "COACH_PASSPHRASE"


@dataclass
class Env:
    db_path: Path
    # True when the person named the file (--db, $COACH_DB): reading one that does not
    # exist is then a typo to report, not an empty store.
    named: bool = False
    _service: CoachService | None = field(default=None, repr=False)
    _passphrase: str | None = field(default=None, repr=False)

    def passphrase(self) -> str | None:
        """For an encrypted store, its passphrase (asked once); None for a plain one."""
        from coach.store.crypto import file_is_encrypted

        if self._passphrase is None and file_is_encrypted(self.db_path):
            self._passphrase = ask_passphrase(self.db_path)
        return self._passphrase

    def codec(self) -> EncryptedCodec | None:
        """For an encrypted store, a codec holding its passphrase (``coach doctor``'s checks)."""
        from coach.store.crypto import EncryptedCodec

        passphrase = self.passphrase()
        return EncryptedCodec(passphrase) if passphrase is not None else None

    def service(self, *, write: bool = False, read_only: bool = False) -> CoachService:
        """Open the store (once). With ``write``, refuse early if it is read-only; with
        ``read_only``, open it so that nothing is written (no migration saved, no lock)."""
        if self._service is None:
            from coach import service
            from coach.store.devices import store_exists

            if self.named and not write and not store_exists(self.db_path):
                from coach.errors import CoachError

                raise CoachError(
                    f"there is no coach store at {self.db_path}: check the path given with "
                    "--db or $COACH_DB (the first record you add creates the file)"
                )

            import gc

            # The records read live until the command ends: kept out of the cycle
            # collector's passes (each walks them all: at 100k entries, a young pass
            # right after the read took 100 ms, and a full one runs as the interpreter
            # exits). Nothing the opening makes has cycles to free.
            collecting = gc.isenabled()
            gc.disable()
            try:
                self._service = service.open(
                    self.db_path, passphrase=self.passphrase(), read_only=read_only
                )
                gc.freeze()
            finally:
                if collecting:
                    gc.enable()
            if self._service.encrypted_on_joining:
                from coach.cli.output import say

                say(
                    "another device encrypted this store: this device's files are now "
                    "encrypted too, under the same passphrase",
                    err=True,
                )
        if write:
            problem = self._service.read_only_reason()
            if problem is not None:
                raise problem
        return self._service


def ask_passphrase(path: Path, *, confirm: bool = False) -> str:
    """Ask for the passphrase (hidden), or take it from $COACH_PASSPHRASE."""
    import os

    from coach.cli.output import interactive
    from coach.store.crypto import harden_process
    from coach.store.errors import EncryptedStoreError

    harden_process()
    passphrase = os.environ.get(ENV_PASSPHRASE, "")
    if not passphrase:
        if not interactive():
            if confirm:  # a new passphrase, for a store that is not encrypted yet
                from coach.errors import InvalidInputError

                raise InvalidInputError(
                    f"encrypting {path} needs a terminal to type the new passphrase twice "
                    f"(or set {ENV_PASSPHRASE})"
                )
            raise EncryptedStoreError(path)
        passphrase = click.prompt(
            "Passphrase", hide_input=True, confirmation_prompt=confirm, err=True
        )
    if not passphrase:
        from coach.errors import InvalidInputError

        raise InvalidInputError("the passphrase cannot be empty")
    return passphrase


def passphrase_codec(path: Path, *, confirm: bool = False) -> EncryptedCodec:
    """A codec for ``path`` under the passphrase asked for (``coach encrypt``, ``decrypt``)."""
    from coach.store.crypto import EncryptedCodec

    return EncryptedCodec(ask_passphrase(path, confirm=confirm))


pass_env = click.make_pass_decorator(Env)

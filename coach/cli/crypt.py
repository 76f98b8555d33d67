"""``coach encrypt`` and ``coach decrypt``: encryption at rest, opt-in."""

from __future__ import annotations

import click

from coach.cli.context import Env, pass_env, passphrase_codec
from coach.cli.output import confirm_delete, say
from coach.errors import CoachError
from coach.text import count


@click.command()
@pass_env
def encrypt(env: Env) -> None:
    """Encrypt the data file and its backups with a passphrase (AES-256-GCM, Argon2id).

    Keep the passphrase safe: without it nothing can be read back.
    """
    from coach.store.crypto import file_is_encrypted
    from coach.store.devices import store_exists
    from coach.store.sealing import encrypt_store

    path = env.db_path
    if not store_exists(path):
        raise CoachError(f"{path} does not exist yet; write something first, then encrypt it")
    from coach.store.crypto import encrypted_elsewhere, plain_here
    from coach.store.sealing import join_encrypted

    if plain_here(path) and encrypted_elsewhere(path):
        # Another device encrypted the store: this device joins it, same passphrase.
        sealed = join_encrypted(path, passphrase_codec(path))
        say(
            f"Another device encrypted {path}: this device's {count(sealed, 'file')} "
            "are now encrypted too, under the same passphrase."
        )
        return
    already = file_is_encrypted(path)
    codec = passphrase_codec(path, confirm=not already)
    sealed = encrypt_store(path, codec)
    if already:
        say(f"{path} was already encrypted; {sealed} leftover plain copies are now encrypted too.")
    else:
        say(f"Encrypted {path} and {sealed - 1} backups. coach will ask for the passphrase.")


@click.command()
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@pass_env
def decrypt(env: Env, yes: bool) -> None:
    """Write the data file and its backups back as plain, readable JSON."""
    from coach.store.crypto import file_is_encrypted
    from coach.store.sealing import decrypt_store

    path = env.db_path
    if not file_is_encrypted(path):
        raise CoachError(f"{path} is not encrypted")
    confirm_delete(f"Store {path} and its backups unencrypted on disk?", yes=yes)
    opened = decrypt_store(path, passphrase_codec(path))
    say(f"Decrypted {opened} files; {path} is plain JSON again.")

"""``coach doctor``: check the data file and the content; restore from a backup."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import click

from coach.cli.context import Env, pass_env
from coach.cli.output import interactive, records, say, styled
from coach.errors import CoachError
from coach.store import atomic
from coach.store.codec import Codec
from coach.store.errors import StoreError
from coach.store.restore import newest_good_backup, problem_with, restore, store_backups
from coach.text import count


def _ok(text: str) -> None:
    say(styled("ok   ", fg="green"), text)


def _bad(text: str) -> None:
    say(styled("FIX  ", fg="red", bold=True), text)


def _note(text: str) -> None:
    say("     " + text)


def _check_store(path: Path, passphrase: str | None) -> int:
    problems = 0
    from coach.store.devices import layout, store_exists

    if not store_exists(path):
        _ok(f"{path} does not exist yet; it is created with the first entry")
        return 0
    own = layout(path)
    for held in (path, own.snapshot, own.log):
        if not held.is_file():
            continue
        mode = stat.S_IMODE(held.stat().st_mode)
        if mode & 0o077:
            problems += 1
            _bad(f"{held} can be read by others (mode {mode:o}); run: chmod 600 '{held}'")
    from coach import service as store

    try:
        opened = store.open(path, passphrase=passphrase, read_only=True)
    except StoreError as exc:
        _bad(str(exc))
        return problems + 1
    newer = opened.read_only_reason()
    if newer is not None:
        problems += 1
        _bad(str(newer))
    else:
        _ok(f"{path} loads (data version {opened.data_version})")
    invalid = opened.problems()
    for item in invalid:
        _bad(f"{item.table} record {item.id} is not valid ({item.error}); it is kept as is")
    problems += len(invalid)
    aside = opened.set_aside()
    if aside:
        problems += 1
        _bad(f"{aside} records that were not objects are kept aside under _quarantine")
    counts = opened.counts()
    _note(", ".join(records(t, n) for t, n in counts.items() if t != "columns"))
    changes, size, torn = opened.change_log()
    if changes:
        _note(
            f"change log: {changes} saved changes ({size:,} bytes) not yet folded into "
            "the data file (coach folds them in on its own; coach doctor --compact now)"
        )
    if torn:
        _note(
            "the last change in the log was cut short by a crash before it was saved; "
            "it is left out (everything saved before it is there)"
        )
    snapshot = layout(path).snapshot
    if snapshot.is_file():
        from datetime import UTC, datetime

        folded = datetime.fromtimestamp(snapshot.stat().st_mtime, UTC)
        _note(
            f"this device's snapshot {snapshot.name}: {snapshot.stat().st_size:,} bytes, "
            f"last folded {folded:%Y-%m-%d %H:%M} UTC"
        )
    from coach.cli.sync import status_lines

    for line in status_lines(opened.sync_status()):
        _note(line)
    return problems


def _check_backups(path: Path, codec: Codec | None) -> None:
    found = store_backups(path)
    if not found:
        _note("no backups yet (one is kept at most hourly, before a save)")
        return
    good = sum(1 for b in found if problem_with(b.path, codec) is None)
    newest = f"{found[0].taken:%Y-%m-%d %H:%M} UTC"
    _ok(f"{count(len(found), 'backup')}, {good} loadable; newest {newest}")


def _check_content() -> int:
    from coach.content.loader import load_content

    try:
        load_content()
    except CoachError as exc:
        _bad(f"content: {exc}")
        return 1
    _ok("content (prompts, checklist, SMART guidance, examples) loads")
    return 0


def _restore(path: Path, choice: str, codec: Codec | None) -> None:
    if choice == "latest":
        backup = newest_good_backup(path, codec)
        if backup is None:
            raise CoachError(f"no loadable backup of {path} was found")
        source = backup.path
    else:
        source = Path(choice).expanduser()
        if not source.exists():
            source = path.with_name(choice)
        if not source.exists():
            raise CoachError(f"no backup {choice!r}; `coach doctor` lists them")
    aside = restore(path, source, codec)
    say(f"Restored {path} from {source.name}.")
    if aside is not None:
        say(f"The file it replaced is kept as {aside}.")


@click.command()
@click.option(
    "--restore",
    "restore_from",
    metavar="BACKUP|latest",
    default=None,
    help="Put a backup back in place (the current file is kept aside).",
)
@click.option("--list-backups", "list_backups_", is_flag=True, help="List the backups.")
@click.option("--repair", is_flag=True, help="File records kept under a key that is not their id.")
@click.option("--compact", is_flag=True, help="Fold the change log into the data file now.")
@pass_env
def doctor(
    env: Env, restore_from: str | None, list_backups_: bool, repair: bool, compact: bool
) -> None:
    """Check the data file, its backups and the content. Exit 0 when healthy, 1 when not."""
    path = env.db_path
    codec = env.codec()
    passphrase = env.passphrase()
    if compact:
        from coach import service as store

        folded = store.open(path, passphrase=passphrase).compact()
        say(f"Folded the change log into {path}." if folded else "The change log is empty.")
        return
    if repair:
        from coach import service as store

        done = store.open(path, passphrase=passphrase).repair()
        for line in done:
            say(line)
        if not done:
            say("Nothing to repair: every record is filed under its own id.")
        return
    if restore_from:
        _restore(path, restore_from, codec)
        return
    if list_backups_:
        for backup in store_backups(path):
            problem = problem_with(backup.path, codec)
            state = "loads" if problem is None else f"does not load: {problem}"
            say(f"{backup.path.name}  {backup.size:,} bytes  {state}")
        return
    problems = _check_store(path, passphrase)
    _check_backups(path, codec)
    problems += _check_content()
    stale = [p for p in path.parent.glob(f"{atomic.temp_prefix(path)}*{atomic.temp_suffix()}")]
    if stale:
        _note(f"{count(len(stale), 'unfinished temporary file')} will be removed at the next save")
    if problems:
        from coach.store.devices import store_file

        held = store_file(path)
        damaged = held.exists() and problem_with(held, codec)
        good = newest_good_backup(path, codec) if damaged else None
        if good is not None:
            say(f"A good backup exists: {good.path.name}.")
            if interactive() and click.confirm("Restore it now?", default=False):
                _restore(path, str(good.path), codec)
                return
            say("To restore it: coach doctor --restore latest")
        sys.exit(1)
    say("All good.")

"""``coach doctor``: check the data file and the content; restore from a backup."""

from __future__ import annotations

import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from coach.cli.context import Env, pass_env
from coach.cli.output import emit_json, interactive, records, say, styled
from coach.errors import CoachError
from coach.store import atomic
from coach.store.codec import Codec
from coach.store.errors import StoreError
from coach.store.restore import newest_good_backup, problem_with, restore, store_backups
from coach.text import count


@dataclass
class Report:
    """What the check found: said line by line as it goes, or kept for ``--json``.

    ``facts`` holds the stable keys of the JSON report; ``problems`` what needs fixing
    (each a line of the text report), ``notes`` what is worth knowing.
    """

    as_json: bool = False
    facts: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def ok(self, text: str) -> None:
        if not self.as_json:
            say(styled("ok   ", fg="green"), text)

    def bad(self, text: str) -> None:
        self.problems.append(text)
        if not self.as_json:
            say(styled("FIX  ", fg="red", bold=True), text)

    def note(self, text: str) -> None:
        self.notes.append(text)
        if not self.as_json:
            say("     " + text)


def _check_store(path: Path, passphrase: str | None, report: Report) -> None:
    facts = report.facts
    from coach.store.devices import layout, store_exists

    exists = store_exists(path)
    facts |= {"file": str(path), "exists": exists, "data_version": None, "records": {}}
    facts["change_log"] = {"changes": 0, "bytes": 0, "torn": False}
    if not exists:
        report.ok(f"{path} does not exist yet; it is created with the first entry")
        return
    own = layout(path)
    for held in (path, own.snapshot, own.log):
        if not held.is_file():
            continue
        mode = stat.S_IMODE(held.stat().st_mode)
        if mode & 0o077:
            report.bad(f"{held} can be read by others (mode {mode:o}); run: chmod 600 '{held}'")
    from coach import service as store

    try:
        opened = store.open(path, passphrase=passphrase, read_only=True)
    except StoreError as exc:
        report.bad(str(exc))
        return
    newer = opened.repo.newer_schema_error()
    if newer is not None:
        report.bad(str(newer))
    else:
        facts["data_version"] = opened.data_version
        report.ok(f"{path} loads (data version {opened.data_version})")
    for item in opened.problems():
        report.bad(f"{item.table} record {item.id} is not valid ({item.error}); it is kept as is")
    aside = opened.set_aside()
    if aside:
        report.bad(f"{aside} records that were not objects are kept aside under _quarantine")
    counts = opened.counts()
    facts["records"] = dict(counts)
    report.note(", ".join(records(t, n) for t, n in counts.items() if t != "columns"))
    changes, size, torn = opened.change_log()
    facts["change_log"] = {"changes": changes, "bytes": size, "torn": bool(torn)}
    if changes:
        report.note(
            f"change log: {changes} saved changes ({size:,} bytes) not yet folded into "
            "the data file (coach folds them in on its own; coach doctor --compact now)"
        )
    if torn:
        report.note(
            "the last change in the log was cut short by a crash before it was saved; "
            "it is left out (everything saved before it is there)"
        )
    snapshot = own.snapshot
    if snapshot.is_file():
        from datetime import UTC, datetime

        folded = datetime.fromtimestamp(snapshot.stat().st_mtime, UTC)
        facts["snapshot"] = {
            "file": snapshot.name,
            "bytes": snapshot.stat().st_size,
            "folded": folded.isoformat(timespec="seconds"),
        }
        report.note(
            f"this device's snapshot {snapshot.name}: {snapshot.stat().st_size:,} bytes, "
            f"last folded {folded:%Y-%m-%d %H:%M} UTC"
        )
    from coach.cli.sync import problem_lines, status_lines

    status = opened.sync_status()
    facts["sync"] = status
    for line in problem_lines(status):  # what `coach sync status` exits 1 for, too
        report.bad(line)
    for line in status_lines(status | {"unreadable": []}):  # those are problems above
        report.note(line)


def _check_backups(path: Path, codec: Codec | None, report: Report) -> None:
    found = store_backups(path)
    good = sum(1 for b in found if problem_with(b.path, codec) is None)
    report.facts["backups"] = {
        "count": len(found),
        "loadable": good,
        "newest": found[0].taken.isoformat() if found else None,
    }
    if not found:
        report.note("no backups yet (one is kept at most hourly, before a save)")
        return
    newest = f"{found[0].taken:%Y-%m-%d %H:%M} UTC"
    report.ok(f"{count(len(found), 'backup')}, {good} loadable; newest {newest}")


def _check_content(report: Report) -> None:
    from coach.content.loader import load_content

    try:
        load_content()
    except CoachError as exc:
        report.facts["content_loads"] = False
        report.bad(f"content: {exc}")
        return
    report.facts["content_loads"] = True
    report.ok("content (prompts, checklist, SMART guidance, examples) loads")


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
@click.option("--json", "as_json", is_flag=True, help="Print the check as one JSON object.")
@pass_env
def doctor(
    env: Env,
    restore_from: str | None,
    list_backups_: bool,
    repair: bool,
    compact: bool,
    as_json: bool,
) -> None:
    """Check the data file, its backups and the content. Exit 0 when healthy, 1 when not."""
    path = env.db_path
    codec = env.codec()
    passphrase = env.passphrase()
    if as_json and (compact or repair or restore_from or list_backups_):
        raise click.UsageError("--json goes with the check itself, not with the other options")
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
            log = f" + its log {backup.log.stat().st_size:,} bytes" if backup.log else ""
            say(f"{backup.path.name}  {backup.size:,} bytes{log}  {state}")
        return
    report = Report(as_json=as_json)
    _check_store(path, passphrase, report)
    _check_backups(path, codec, report)
    _check_content(report)
    stale = [p for p in path.parent.glob(f"{atomic.temp_prefix(path)}*{atomic.temp_suffix()}")]
    report.facts["temporary_files"] = len(stale)
    if stale:
        report.note(
            f"{count(len(stale), 'unfinished temporary file')} will be removed at the next save"
        )
    from coach.store.devices import store_file

    held = store_file(path)
    damaged = bool(report.problems) and held.exists() and problem_with(held, codec)
    good = newest_good_backup(path, codec) if damaged else None
    if as_json:
        emit_json(
            report.facts
            | {
                "healthy": not report.problems,
                "problems": report.problems,
                "notes": report.notes,
                "good_backup": good.path.name if good is not None else None,
            }
        )
        if report.problems:
            sys.exit(1)
        return
    if report.problems:
        if good is not None:
            say(f"A good backup exists: {good.path.name}.")
            if interactive() and click.confirm("Restore it now?", default=False):
                _restore(path, str(good.path), codec)
                return
            say("To restore it: coach doctor --restore latest")
        sys.exit(1)
    say("All good.")

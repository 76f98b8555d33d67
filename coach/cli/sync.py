"""``coach sync status``: the devices that share this store, and what merging them found."""

from __future__ import annotations

import sys
from typing import Any

import click

from coach.cli.context import Env, pass_env
from coach.cli.output import emit_json, json_option, say
from coach.text import count, one_line


def _moment(at: str | None) -> str:
    return f"{at[:10]} {at[11:16]} UTC" if at else "never"


def history_lines(report: dict[str, Any]) -> list[str]:
    """The rollback and swap findings, each with what to do (``coach doctor`` prints them
    as problems)."""
    lines = []
    for item in report["older_or_other_files"]:
        if item["blocks_changes"]:
            todo = (
                "changes are refused until you put the newer files back, or run "
                "`coach sync accept` to go on with these"
            )
        else:
            todo = (
                f"if {item['device']}'s newer files are still being synced, wait; if an "
                f"older copy was put back, copy them again from {item['device']} (or run "
                "`coach sync accept` to go on with these)"
            )
        lines.append(f"{item['problem']}; {todo}")
    return lines


def encryption_lines(report: dict[str, Any]) -> list[str]:
    """Files beside this device's that are encrypted when its own are not, or the other
    way round, each with what to run on which device."""
    lines = []
    for item in report["encryption_differs"]:
        name, device = item["file"], item["device"]
        if item["copy"] and not item["encrypted"]:
            lines.append(
                f"{name} is a plain (unencrypted) copy a sync tool made of device {device}'s "
                f"file; once device {device}'s files are encrypted, delete it (what it "
                f"holds is merged into them)"
            )
        elif item["copy"]:
            lines.append(f"{name} is an encrypted copy a sync tool made; it is not read here")
        elif item["encrypted"]:
            lines.append(
                f"device {device} encrypted this store, but this device's files are plain: "
                f"run `coach encrypt` here and type the store's passphrase ({name} is not "
                "read until then)"
            )
        else:
            lines.append(
                f"device {device}'s file {name} is not encrypted, while this store is: on "
                f"device {device}, run `coach encrypt` (or any coach command) and type the "
                "store's passphrase; its changes are not read here until then"
            )
    return lines


def status_lines(report: dict[str, Any]) -> list[str]:
    """The report in words, one line each (``coach doctor`` prints them too)."""
    lines = []
    for device in report["devices"]:
        name = device["device"] + (" (this device)" if device["this_device"] else "")
        if device["changes"]:
            last = _moment(device["last_change"])
            done = f"{count(device['changes'], 'change')}, the last on {last}"
        else:
            done = "no changes yet"
        lines.append(f"device {name}: {done}")
    for name in report["conflict_copies_merged"]:
        lines.append(
            f"merged the conflict copy {name} (a sync tool made it; nothing in it is lost)"
        )
    for name in report["read_up_to_a_cut"]:
        lines.append(
            f"{name} ends in a line cut short (still being copied?); "
            "read up to there, the rest is read once it is whole"
        )
    for item in report["unreadable"]:
        lines.append(
            f"{item['file']} cannot be read ({item['problem']}); it is left as it is "
            "and read again once it changes"
        )
    conflicts = report["conflicts"]
    if conflicts:
        lines.append(
            f"{count(len(conflicts), 'conflict')} kept: the same record changed on two "
            "devices at once; the later change is shown, the other is kept here"
        )
    for item in conflicts:
        what = "its deletion" if item["deleted"] else f"“{one_line(item['what'], 50)}”"
        lines.append(
            f"  {item['table']} {item['id']}: {what} from {item['device']} "
            f"({_moment(item['changed_at'])}) lost to {item['lost_to_device']}'s change "
            f"({_moment(item['lost_to_at'])})"
        )
    return lines


@click.group()
def sync() -> None:
    """Keep one plan on several devices (a synced folder; see the README)."""


def problem_lines(report: dict[str, Any]) -> list[str]:
    """What `coach sync status` exits 1 for: an older or other copy of the files, a file
    of another device that cannot be read, encryption that differs between devices.
    Conflicts kept and files still being copied are information, not problems."""
    unreadable = [
        f"{item['file']} cannot be read ({item['problem']})" for item in report["unreadable"]
    ]
    return history_lines(report) + encryption_lines(report) + unreadable


@sync.command("status")
@json_option
@pass_env
def status(env: Env, as_json: bool) -> None:
    """The devices sharing the store, their last change, conflict copies merged and
    conflicts kept (the losing version of each, in full, with --json).

    Exit 0 when all is well (conflicts kept are listed, not problems); 1 when it reports
    a problem: an older copy of the files or another store in their place, a file of
    another device that cannot be read, or files whose encryption differs."""
    report = env.service(read_only=True).sync_status()
    problems = problem_lines(report)
    if as_json:
        emit_json(report | {"problems": problems})
    else:
        say(f"{report['data_file']}: this device is {report['this_device']}")
        for line in history_lines(report) + encryption_lines(report):
            say(f"problem: {line}")
        for line in status_lines(report):
            say(line)
    if problems:
        sys.exit(1)


@sync.command("accept")
@json_option
@pass_env
def accept(env: Env, as_json: bool) -> None:
    """Go on with the store's files as they are now, after `coach sync status` said they
    are older than (or other than) those this device saw before. Nothing in the files is
    changed; this device only stops expecting the newer ones."""
    lifted = env.service(read_only=True).accept_files()
    if as_json:
        emit_json({"accepted": lifted})
        return
    if not lifted:
        say("nothing to accept: the files are as new as those this device saw before")
        return
    for item in lifted:
        say(f"accepted: {item['problem']}")
    say("changes can be saved again; what the files hold now is what this device expects")


def _version(doc: Any) -> str:
    from coach.store.syncstatus import record_label

    return "its deletion" if doc is None else f"“{one_line(record_label(doc), 60)}”"


@sync.command("resolve")
@click.argument("record")
@click.option(
    "--keep",
    type=click.Choice(["shown", "other"]),
    default="shown",
    show_default=True,
    help="shown: settle on the version shown now; other: put the version that lost back.",
)
@json_option
@pass_env
def resolve(env: Env, record: str, keep: str, as_json: bool) -> None:
    """Settle the conflict kept for RECORD (its id, or the start of it), as `coach sync
    status` lists it. With --keep other the version that lost becomes the record's
    current version again (a normal change, which reaches the other devices); the
    default keeps the version shown. Either way the conflict is no longer listed on any
    device once they have synced, and the version set aside is printed here. When
    several versions of the record were kept, all are settled; --keep other puts back
    the newest of them."""
    done = env.service().resolve_conflict(record, keep_other=keep == "other")
    if as_json:
        emit_json(done)
        return
    where = f"{done['table']} {done['id']}"
    if done["kept"] == "other":
        say(f"{where} now holds the version that had lost: {_version(done['current'])}")
    else:
        say(f"{where} keeps the version shown: {_version(done['current'])}")
    for doc in done["set_aside"]:
        say(f"set aside: {_version(doc)}")
    settled = count(done["settled"], "conflict")
    say(f"{settled} settled; it is no longer listed once the other devices have synced")

"""``coach sync status``: the devices that share this store, and what merging them found."""

from __future__ import annotations

from typing import Any

import click

from coach.cli.context import Env, pass_env
from coach.cli.output import emit_json, json_option, say
from coach.text import count, one_line


def _moment(at: str | None) -> str:
    return f"{at[:10]} {at[11:16]} UTC" if at else "never"


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


@sync.command("status")
@json_option
@pass_env
def status(env: Env, as_json: bool) -> None:
    """The devices sharing the store, their last change, conflict copies merged and
    conflicts kept (the losing version of each, in full, with --json)."""
    report = env.service(read_only=True).sync_status()
    if as_json:
        emit_json(report)
        return
    say(f"{report['data_file']}: this device is {report['this_device']}")
    for line in status_lines(report):
        say(line)

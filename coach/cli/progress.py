"""``coach goal progress`` and its neighbours: progress over time on one goal, and
letting a goal go (the commands join the ``coach goal`` group)."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from coach.cli.complete import complete
from coach.cli.context import Env, pass_env
from coach.cli.output import (
    clip,
    delete_after_asking,
    emit_json,
    json_option,
    say,
    styled,
    tell,
)
from coach.coaching.pace import Pace, burnup_of, entry_text
from coach.errors import InvalidInputError
from coach.models import Goal, ProgressEntry
from coach.quantities import amount, number, of_target


def day_option(value: str | None, today: date) -> date | None:
    """``--date``: YYYY-MM-DD, "today" or "yesterday"."""
    if value is None:
        return None
    text = value.strip().lower()
    if text == "today":
        return today
    if text == "yesterday":
        return date.fromordinal(today.toordinal() - 1)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInputError(
            f"cannot read {value!r} as a day; use YYYY-MM-DD, 'today' or 'yesterday'"
        ) from None


def value_argument(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.replace(",", ""))
    except ValueError:
        raise InvalidInputError(
            f"{value!r} is not a number; give the goal's new value (e.g. 3 or 12.5), "
            "or a milestone with --milestone"
        ) from None


def _entry_doc(entry: ProgressEntry, goal: Goal, found: Pace) -> dict[str, Any]:
    return entry.to_doc() | {"goal": goal.to_doc(), "verdict": found.verdict, "state": found.state}


def entry_line(entry: ProgressEntry, unit: str) -> str:
    return f"{entry.id}  {clip(entry_text(entry, unit), 100)}"


@click.command("progress")
@click.argument("goal_id", shell_complete=complete("goal"))
@click.argument("value", required=False)
@click.option(
    "--milestone", "-m", default="", help="A milestone reached (with or without a value)."
)
@click.option("--note", "-n", default="", help="A few words on it.")
@click.option(
    "--date", "day", default=None, help="The day it happened: YYYY-MM-DD (default today)."
)
@click.option("--json", "as_json", is_flag=True)
@pass_env
def progress(
    env: Env,
    goal_id: str,
    value: str | None,
    milestone: str,
    note: str,
    day: str | None,
    as_json: bool,
) -> None:
    """Log where GOAL_ID stands: its measure's new VALUE, or a --milestone reached."""
    service = env.service(write=True)
    amount_now = value_argument(value)
    if amount_now is None and not milestone.strip():
        raise InvalidInputError(
            "give the new value (coach goal progress GOAL 3) or a milestone "
            "(--milestone 'first talk accepted')"
        )
    entry = service.progress.log(
        goal_id,
        amount_now,
        milestone=milestone,
        note=note,
        day=day_option(day, service.today()),
    )
    goal = service.goals.get(entry.goal_id)
    found = service.progress.pace(goal)
    if as_json:
        emit_json(_entry_doc(entry, goal, found))
        return
    m = goal.measurable
    if entry.value is not None and m.target is not None:
        said = of_target(entry.value, m.target, m.unit)
    elif entry.value is not None:
        said = amount(entry.value, m.unit)
    else:
        said = f"milestone “{entry.milestone}”"
    say(f"Logged {said} on {entry.day.isoformat()} for “{clip(goal.statement, 50)}” ({entry.id}).")
    if entry.value is not None and m.current is not None and m.current != entry.value:
        # Back-dated behind a later entry: say which value the goal now shows.
        say(f"A later entry stays the latest: it stands at {amount(m.current, m.unit)}.")
    say(f"Pace: {found.verdict}.")


@click.command("history")
@click.argument("goal_id", shell_complete=complete("goal"))
@click.option("--json", "as_json", is_flag=True)
@pass_env
def history(env: Env, goal_id: str, as_json: bool) -> None:
    """Every value and milestone logged on GOAL_ID, its pace, and its burn-up."""
    service = env.service()
    goal = service.goals.get(goal_id)
    entries = service.progress.of_goal(goal.id)
    found = service.progress.pace(goal, entries)
    if as_json:
        emit_json(
            {
                "goal": goal.to_doc(),
                "entries": [e.to_doc() for e in entries],
                "verdict": found.verdict,
                "state": found.state,
                "expected": found.expected,
                "finish_by": found.finish_by.isoformat() if found.finish_by else None,
            }
        )
        return
    say(styled(goal.statement, bold=True), f"  ({goal.id})")
    if not entries:
        say("Nothing logged yet: `coach goal progress GOAL VALUE` logs where it stands.")
    for entry in entries:
        say("  " + entry_line(entry, goal.measurable.unit))
    for move in goal.date_moves:
        why = f": {move.reason}" if move.reason else " (no reason given)"
        say(f"  date moved {move.before} -> {move.after} on {move.moved.date()}{why}")
    if goal.let_go is not None:
        why = f": {goal.let_go_reason}" if goal.let_go_reason else ""
        say(f"  let go on {goal.let_go.date()}{why}")
    say(f"Pace: {found.verdict}.")
    chart = burnup_of(goal, found, service.today())
    if chart:
        say("")
        for line in chart:
            say(line)


@click.command("progress-edit")
@click.argument("entry_id")
@click.option("--value", default=None, help="The value it should say.")
@click.option("--milestone", default=None, help="The milestone it should say.")
@click.option("--note", default=None, help="The note it should say.")
@click.option("--date", "day", default=None, help="The day it should say (YYYY-MM-DD).")
@json_option
@pass_env
def progress_edit(
    env: Env,
    entry_id: str,
    value: str | None,
    milestone: str | None,
    note: str | None,
    day: str | None,
    as_json: bool,
) -> None:
    """Change a logged progress entry (ENTRY_ID from `coach goal history`)."""
    if value is None and milestone is None and note is None and day is None:
        raise click.UsageError("say what to change: --value, --milestone, --note or --date")
    service = env.service(write=True)
    changes: dict[str, Any] = {}
    if value is not None:
        changes["value"] = None if value.strip().lower() == "none" else value_argument(value)
    if milestone is not None:
        changes["milestone"] = milestone
    if note is not None:
        changes["note"] = note
    if day is not None:
        changes["day"] = day_option(day, service.today())
    edited = service.progress.edit(entry_id, **changes)
    goal = service.goals.get(edited.goal_id)
    found = service.progress.pace(goal)
    tell(as_json, _entry_doc(edited, goal, found), f"Saved {edited.id}. Pace: {found.verdict}.")


@click.command("progress-delete")
@click.argument("entry_id")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@json_option
@pass_env
def progress_delete(env: Env, entry_id: str, yes: bool, as_json: bool) -> None:
    """Delete a logged progress entry (asks first)."""
    service = env.service(write=True)
    entry = service.progress.get(entry_id)
    what = number(entry.value) if entry.value is not None else entry.milestone
    delete_after_asking(
        f"Delete the entry of {entry.day.isoformat()} ({clip(what, 40)})?",
        entry.id,
        service.progress.delete,
        yes=yes,
        as_json=as_json,
    )


@click.command("let-go")
@click.argument("goal_id", shell_complete=complete("goal"))
@click.option("--reason", "-r", default="", help="Why you let it go (kept with the goal).")
@json_option
@pass_env
def let_go(env: Env, goal_id: str, reason: str, as_json: bool) -> None:
    """Let a goal go: off the board and the reminders, its history kept."""
    service = env.service(write=True)
    goal = service.goals.let_go(goal_id, reason)
    tell(
        as_json,
        goal.to_doc(),
        f"Let go of “{clip(goal.statement, 50)}”. `coach goal take-back {goal.id}` brings it back.",
    )


@click.command("take-back")
@click.argument("goal_id", shell_complete=complete("goal"))
@json_option
@pass_env
def take_back(env: Env, goal_id: str, as_json: bool) -> None:
    """Bring back a goal you let go of."""
    service = env.service(write=True)
    goal = service.goals.take_back(goal_id)
    tell(as_json, goal.to_doc(), f"“{clip(goal.statement, 50)}” is back on the board.")


COMMANDS = (progress, history, progress_edit, progress_delete, let_go, take_back)

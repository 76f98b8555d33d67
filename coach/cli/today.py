"""``coach today``: a few lines for the top of a shell session, or nothing at all.

Meant for a shell's start-up file (``coach today`` in ``~/.bashrc``): it prints a
review that is due, goals overdue or due this week, and one nudge, and prints
nothing (exit 0) when nothing needs the person. It never starts the app, never
asks a question, and opens the store read-only.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import click

from coach.cli.context import Env, pass_env
from coach.cli.output import clip, emit_json, say
from coach.ids import now
from coach.text import count

WEEK = 7
SHOWN = 3


@click.command()
@click.option("--json", "as_json", is_flag=True, help="The same, as JSON (empty lists when quiet).")
@pass_env
def today(env: Env, as_json: bool) -> None:
    """What needs you today: a review due, goals overdue or due this week, one nudge.
    Prints nothing when all is well (put it in your shell's start-up file)."""
    from coach.store.devices import store_exists

    if not store_exists(env.db_path):
        if as_json:
            emit_json(_quiet(now().date()))
        return
    import os

    from coach.cli.context import ENV_PASSPHRASE
    from coach.store.crypto import file_is_encrypted

    if file_is_encrypted(env.db_path) and not os.environ.get(ENV_PASSPHRASE):
        # A shell's start-up must not stop at a passphrase prompt. With --json the
        # words go to stderr, so that standard output stays one JSON value.
        say(
            f"coach: the store is encrypted; `coach today` reads it with ${ENV_PASSPHRASE} set",
            err=as_json,
        )
        if as_json:
            emit_json(_quiet(now().date(), locked=True))
        return
    service = env.service(read_only=True)
    day = service.today()
    review = service.reviews.due()
    done = {c.id for c in service.board.columns() if c.done}
    overdue: list[Any] = []
    soon: list[Any] = []
    for goal in service.goals.find():
        if goal.column in done or goal.deadline is None:
            continue
        if goal.deadline < day:
            overdue.append(goal)
        elif goal.deadline <= day + timedelta(days=WEEK):
            soon.append(goal)
    overdue.sort(key=lambda g: g.deadline)
    soon.sort(key=lambda g: g.deadline)
    due_review = review if review is not None and review.is_due else None
    listed = {g.id for g in overdue[:SHOWN] + soon[:SHOWN]}
    nudge = _nudge(service, listed) if (due_review or overdue or soon) else None
    if as_json:
        emit_json(
            _quiet(day)
            | {
                "review": None
                if due_review is None
                else {"kind": due_review.kind, "due": due_review.day, "late": due_review.late},
                "overdue": [_doc(g, day) for g in overdue],
                "due_this_week": [_doc(g, day) for g in soon],
                "nudge": nudge,
            }
        )
        return
    if due_review is not None:
        late = "today" if due_review.late == 0 else f"{count(due_review.late, 'day')} late"
        say(f"coach: your {due_review.kind} review is due ({late}): `coach review`")
    from coach.coaching.overview import reached_targets

    reached = set(reached_targets(service, overdue[:SHOWN] + soon[:SHOWN]))
    for goal in overdue[:SHOWN]:
        days = count((day - goal.deadline).days, "day")
        if goal.id in reached:  # "overdue" alone reads as if it were not done
            say(f"coach: target reached, past its date: {clip(goal.statement, 40)}")
            say(f"  close it with `coach goal move {goal.id} Done`")
        else:
            say(f"coach: overdue by {days}: {clip(goal.statement, 60)}")
    for goal in soon[:SHOWN]:
        when = (
            "today"
            if goal.deadline == day
            else f"on {goal.deadline:%a} {goal.deadline.day} {goal.deadline:%b}"
        )
        say(f"coach: due {when}: {clip(goal.statement, 60)}")
    hidden = max(len(overdue) - SHOWN, 0) + max(len(soon) - SHOWN, 0)
    if hidden:
        say(f"coach: and {count(hidden, 'more goal')}: `coach goal list`")
    if nudge:
        for line in _wrapped(f"coach: {nudge}"):
            say(line)


def _wrapped(text: str, width: int = 80, lines: int = 2) -> list[str]:
    """``text`` on at most ``lines`` lines of ``width`` columns: a nudge cut after 100
    characters lost its question ("Is it still the right nex…")."""
    import textwrap

    found = textwrap.wrap(text, width, subsequent_indent="  ")
    if len(found) > lines:
        rest = " ".join(found[lines - 1 :])
        found = [*found[: lines - 1], "  " + clip(rest.strip(), width - 2)]
    return found


def _quiet(day: date, *, locked: bool = False) -> dict[str, Any]:
    """The JSON of a day when nothing needs the person (``locked``: the store could not
    be read without its passphrase). Every answer has these keys."""
    return {
        "today": day.isoformat(),
        "locked": locked,
        "review": None,
        "overdue": [],
        "due_this_week": [],
        "nudge": None,
    }


def _doc(goal: Any, day: Any) -> dict[str, Any]:
    return {
        "id": goal.id,
        "statement": goal.statement,
        "deadline": goal.deadline.isoformat(),
        "days": (goal.deadline - day).days,
    }


def _nudge(service: Any, listed: set[str]) -> str | None:
    """The most pressing nudge that is not about a review or a deadline, nor about a
    goal already listed (already said)."""
    from coach.coaching.overview import snapshot

    for found in snapshot(service).nudges:
        if found.kind in ("review_due", "goal_overdue"):
            continue
        if found.kind == "goal_reached" and found.target and found.target[1] in listed:
            continue
        return str(found.message)
    return None

"""``coach goal``: the milestones on the board."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from coach.cli.complete import complete
from coach.cli.context import Env, pass_env
from coach.cli.goal_parts import final_value, wizard_parts
from coach.cli.output import clip, delete_after_asking, emit_json, json_option, say, styled, tell
from coach.errors import InvalidInputError
from coach.models import Goal, Measurable
from coach.quantities import of_target
from coach.text import count


def _deadline(value: str | None, statement: str, today: date) -> tuple[date | None, str]:
    """The deadline from --deadline, else the one the statement names; and how it was found."""
    from coach.coaching.deadlines import find_deadline
    from coach.config import read_day, settings

    if value is not None:
        if value.strip().lower() in ("none", "no", ""):
            return None, "none"
        day = read_day(value, today)
        if day is None:
            raise InvalidInputError(
                f"cannot read {value!r} as a date; use YYYY-MM-DD or words such as "
                "'end of 2027' or 'in 6 months'"
            )
        return day, "given"
    found = find_deadline(statement, today, settings().reading())
    return found, "from the statement" if found else "none"


@click.group()
def goal() -> None:
    """Add, list and move goals on the board."""


@goal.command("add")
@click.argument("statement", nargs=-1, required=True)
@click.option(
    "--aspiration",
    "-a",
    shell_complete=complete("aspiration"),
    default=None,
    help="The aspiration it leads to (id).",
)
@click.option(
    "--deadline",
    "-d",
    default=None,
    help="YYYY-MM-DD or words ('end of 2027'); default: read from the statement; 'none' for none.",
)
@click.option("--column", "-c", default=None, help="Board column (default: the first).")
@click.option("--tag", "-t", "tags", multiple=True, help="A tag (repeatable).")
@click.option("--metric", default="", help="What you count, e.g. 'pitches won'.")
@click.option("--target", type=float, default=None, help="The number to reach.")
@click.option("--unit", default="", help="Unit of the target, e.g. '%' or 'EUR'.")
@click.option("--current", type=float, default=None, help="Where you stand today.")
@click.option("--json", "as_json", is_flag=True)
@pass_env
def add(
    env: Env,
    statement: tuple[str, ...],
    aspiration: str | None,
    deadline: str | None,
    column: str | None,
    tags: tuple[str, ...],
    metric: str,
    target: float | None,
    unit: str,
    current: float | None,
    as_json: bool,
) -> None:
    """Add a goal with STATEMENT (say what, how much and by when)."""
    service = env.service(write=True)
    text = " ".join(statement)
    when, how = _deadline(deadline, text, service.clock().date())
    measurable = Measurable(metric=metric, target=target, unit=unit, current=current)
    created = service.goals.add(
        text,
        aspiration_id=aspiration,
        column=column,
        deadline=when,
        tags=tags,
        measurable=measurable,
    )
    today = service.clock().date()
    if when is not None and when < today:
        # Saved all the same (it may be a record of the past), but never without a word.
        late = count((today - when).days, "day")
        say(
            f"Note: its deadline {when.isoformat()} passed {late} ago. If you meant a date "
            "ahead, give it with --deadline.",
            err=True,
        )
    if as_json:
        emit_json(created.to_doc())
        return
    say(f"Saved {created.id} in {service.board.column(created.column).name}.")
    if how == "from the statement" and when is not None:
        say(f"Deadline {when.isoformat()}, read from the statement (change it with --deadline).")
    elif when is None:
        say(
            "It has no deadline yet; a goal without a date loses its urgency. "
            "`coach check` helps make it SMART."
        )


def _line(item: Goal, column: str) -> str:
    deadline = f"  by {item.deadline}" if item.deadline else ""
    return f"{item.id}  [{column}]  {clip(item.statement, 64)}{deadline}"


@goal.command("list")
@click.option(
    "--aspiration",
    "-a",
    shell_complete=complete("aspiration"),
    default=None,
    help="Only goals of this aspiration (id).",
)
@click.option("--column", "-c", default=None, help="Only goals in this column.")
@click.option("--tag", "-t", default=None, help="Only goals with this tag.")
@click.option("--search", "-s", default="", help="Only goals containing these words.")
@click.option("--json", "as_json", is_flag=True)
@pass_env
def list_(
    env: Env,
    aspiration: str | None,
    column: str | None,
    tag: str | None,
    search: str,
    as_json: bool,
) -> None:
    """List goals in board order."""
    service = env.service()
    aspiration_id = service.aspirations.resolve(aspiration) if aspiration else None
    found = service.goals.find(aspiration_id=aspiration_id, column=column, tag=tag, search=search)
    if as_json:
        emit_json([g.to_doc() for g in found])
        return
    if not found:
        say(
            "No goals match."
            if (aspiration or column or tag or search)
            else "No goals yet: `coach goal add STATEMENT`."
        )
        return
    names = {c.id: c.name for c in service.board.columns()}
    for item in found:
        say(_line(item, names.get(item.column, item.column)))


@goal.command("show")
@click.argument("goal_id", shell_complete=complete("goal"))
@click.option("--json", "as_json", is_flag=True)
@pass_env
def show(env: Env, goal_id: str, as_json: bool) -> None:
    """Show one goal with its SMART parts."""
    service = env.service()
    item = service.goals.get(goal_id)
    if as_json:
        emit_json(item.to_doc())
        return
    say(styled(item.statement, bold=True), f"  ({item.id})")
    say(f"Column: {service.board.column(item.column).name}")
    if item.aspiration_id:
        say(f"Leads to: {service.aspirations.get(item.aspiration_id).title}")
    say(f"Deadline: {item.deadline or 'none yet'}")
    if item.specific:
        say(f"Specific: {item.specific}")
    m = item.measurable
    if m.metric or m.target is not None:
        say(f"Measurable: {m.metric} {of_target(m.current, m.target, m.unit)}".rstrip())
    from coach.coaching.progress import goal_progress, move_text, percent

    found = service.progress.pace(item)
    say(f"Progress: {percent(goal_progress(item, service.board.columns()))}; {found.verdict}")
    for move in item.date_moves:
        say(move_text(move))
    if item.next_check:
        say(f"Next look: {item.next_check}")
    for obstacle in item.achievable.obstacles:
        say(
            f"Obstacle: {obstacle.description} (could delay {count(obstacle.delay_weeks, 'week')})"
            + (f"; plan: {obstacle.plan}" if obstacle.plan else "")
        )
    if item.realistic.leads_to:
        say(f"Why it leads there: {item.realistic.leads_to}")
    if item.realistic.let_go:
        say(f"Letting go of: {item.realistic.let_go}")
    if item.tags:
        say("Tags: " + " ".join(f"#{t}" for t in item.tags))


@goal.command("move")
@click.argument("goal_id", shell_complete=complete("goal"))
@click.argument("column", shell_complete=complete("column"))
@click.option(
    "--position",
    "-p",
    type=click.IntRange(min=1),
    default=None,
    help="Place in the column, 1 = top (default: the bottom).",
)
@click.option(
    "--final",
    default=None,
    help="Into Done: the value it ended on ('target' for its target); asked at a terminal.",
)
@click.option("--json", "as_json", is_flag=True)
@pass_env
def move(
    env: Env, goal_id: str, column: str, position: int | None, final: str | None, as_json: bool
) -> None:
    """Move a goal to COLUMN (by name or id)."""
    service = env.service(write=True)
    found = service.goals.get(goal_id)
    ending = final_value(found, service.board.column(column).done, final)
    moved = service.goals.move(
        found.id, column, index=None if position is None else position - 1, final=ending
    )
    if as_json:
        emit_json(moved.to_doc())
        return
    target = service.board.column(moved.column)
    say(f"Moved {moved.id} to {target.name}.")
    if target.done:
        say(
            "Done! What did you learn on the way? `coach journal add --goal "
            f"{moved.id} ...` keeps it."
        )


@goal.command("delete")
@click.argument("goal_id", shell_complete=complete("goal"))
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@json_option
@pass_env
def delete(env: Env, goal_id: str, yes: bool, as_json: bool) -> None:
    """Delete a goal (asks first)."""
    service = env.service(write=True)
    item = service.goals.get(goal_id)
    delete_after_asking(
        f"Delete “{clip(item.statement, 50)}”?",
        item.id,
        service.goals.delete,
        yes=yes,
        as_json=as_json,
    )


@goal.command("edit")
@click.argument("goal_id", shell_complete=complete("goal"))
@click.option("--statement", "-s", default=None, help="The goal's new wording.")
@click.option("--edit", "in_editor", is_flag=True, help="Open the statement in your editor.")
@click.option(
    "--aspiration",
    "-a",
    shell_complete=complete("aspiration"),
    default=None,
    help="The aspiration it leads to (id or title).",
)
@click.option("--deadline", "-d", default=None, help="YYYY-MM-DD, words, or 'none'.")
@click.option("--metric", default=None, help="What you count.")
@click.option("--target", type=float, default=None, help="The number to reach.")
@click.option("--unit", default=None, help="Unit of the target.")
@click.option("--current", type=float, default=None, help="Where you stand now.")
@click.option("--tag", "-t", "tags", multiple=True, help="Its tags from now on (repeatable).")
@click.option("--reason", default="", help="Why the deadline moves (kept with the goal).")
@click.option("--specific", default=None, help="What exactly, where and with whom.")
@click.option("--priority", type=click.Choice(["high", "medium", "low"]), default=None)
@click.option(
    "--obstacle",
    "obstacles",
    multiple=True,
    help="'challenge | weeks it could delay | plan' (repeatable; replaces the list).",
)
@click.option("--leads-to", default=None, help="Why it leads to the aspiration.")
@click.option("--letting-go-of", default=None, help="What you will let go of for it.")
@click.option("--next-check", default=None, help="When you will next look at it (YYYY-MM-DD).")
@click.option("--notes", default=None, help="Free notes.")
@json_option
@pass_env
def edit(
    env: Env,
    goal_id: str,
    statement: str | None,
    in_editor: bool,
    aspiration: str | None,
    deadline: str | None,
    metric: str | None,
    target: float | None,
    unit: str | None,
    current: float | None,
    tags: tuple[str, ...],
    reason: str,
    specific: str | None,
    priority: str | None,
    obstacles: tuple[str, ...],
    leads_to: str | None,
    letting_go_of: str | None,
    next_check: str | None,
    notes: str | None,
    as_json: bool,
) -> None:
    """Change a goal (GOAL_ID: an id, or the start of its statement). --edit opens the
    statement in your editor; the options change the rest."""
    from coach.cli.editor import edit_text
    from coach.store.crypto import file_is_encrypted

    service = env.service(write=True)
    found = service.goals.get(goal_id)
    changes: dict[str, Any] = {}
    if in_editor and statement is None:
        edited = edit_text(found.statement + "\n", private=file_is_encrypted(env.db_path))
        statement = " ".join(edited.split()) if edited is not None else None
    if statement is not None:
        changes["statement"] = statement
    if aspiration is not None:
        changes["aspiration_id"] = aspiration
    if deadline is not None:
        changes["deadline"] = _deadline(deadline, "", service.clock().date())[0]
    changes |= wizard_parts(
        found, specific, obstacles, leads_to, letting_go_of, next_check, notes, service.today()
    )
    parts = {
        "metric": metric,
        "target": target,
        "unit": unit,
        "current": current,
        "priority": priority,
    }
    if any(v is not None for v in parts.values()):
        kept = {k: v for k, v in parts.items() if v is not None}
        changes["measurable"] = found.measurable.model_copy(update=kept)
    if tags:
        changes["tags"] = tags
    if not changes and not in_editor:
        raise click.UsageError(
            "say what to change: --statement, --edit, --deadline or another option"
        )
    saved = service.goals.edit(found.id, reason=reason, **changes) if changes else found
    tell(
        as_json,
        saved.to_doc(),
        f"Saved {saved.id}: {saved.statement}" if changes else "Nothing changed.",
    )
    if "deadline" in changes and found.deadline and not reason:
        say("Its deadline moved; --reason keeps why, for your next review.", err=True)


def _join() -> None:
    from coach.cli.progress import COMMANDS

    for command in COMMANDS:
        goal.add_command(command)


_join()

"""``coach aspiration``: the long-term destinations."""

from __future__ import annotations

import click

from coach.cli.complete import complete
from coach.cli.context import Env, pass_env
from coach.cli.output import clip, emit_json, json_option, say, styled, tell
from coach.models import Aspiration
from coach.text import count


@click.group()
def aspiration() -> None:
    """Add, list, revise and retire aspirations."""


@aspiration.command("add")
@click.argument("title", nargs=-1, required=True)
@click.option("--why", default="", help="Why it matters to you.")
@click.option(
    "--horizon", default=None, help="When, roughly: a year (2030) or a date (2030-06-30)."
)
@click.option("--json", "as_json", is_flag=True)
@pass_env
def add(env: Env, title: tuple[str, ...], why: str, horizon: str | None, as_json: bool) -> None:
    """Add an aspiration called TITLE."""
    found = env.service(write=True).aspirations.add(" ".join(title), why=why, horizon=horizon)
    if as_json:
        emit_json(found.to_doc())
    else:
        say(f"Saved {found.id}: {found.title}")
        say("Next: work backwards from it with `coach goal add ... --aspiration " + found.id + "`.")


def _line(item: Aspiration, goals: int) -> str:
    horizon = f"  by {item.horizon}" if item.horizon else ""
    status = "" if item.status == "active" else f"  [{item.status}]"
    return f"{item.id}  {clip(item.title, 60)}{horizon}{status}  ({count(goals, 'goal')})"


@aspiration.command("list")
@click.option(
    "--status",
    type=click.Choice(["active", "achieved", "retired", "all"]),
    default="all",
    help="Which aspirations to show.",
)
@click.option("--json", "as_json", is_flag=True)
@pass_env
def list_(env: Env, status: str, as_json: bool) -> None:
    """List aspirations."""
    service = env.service()
    found = service.aspirations.find(None if status == "all" else status)  # type: ignore[arg-type]
    if as_json:
        emit_json([a.to_doc() for a in found])
        return
    if not found:
        say("No aspirations yet: `coach aspiration add TITLE` or `coach wizard`.")
        return
    counts: dict[str, int] = {}
    for goal in service.goals.find():
        if goal.aspiration_id:
            counts[goal.aspiration_id] = counts.get(goal.aspiration_id, 0) + 1
    for item in found:
        say(_line(item, counts.get(item.id, 0)))


@aspiration.command("show")
@click.argument("aspiration_id", shell_complete=complete("aspiration"))
@click.option("--json", "as_json", is_flag=True)
@pass_env
def show(env: Env, aspiration_id: str, as_json: bool) -> None:
    """Show an aspiration with its history, goals and evaluations."""
    service = env.service()
    item = service.aspirations.get(aspiration_id)
    goals = service.goals.find(aspiration_id=item.id)
    evaluations = service.evaluations.for_aspiration(item.id)
    if as_json:
        emit_json(
            item.to_doc()
            | {
                "goals": [g.to_doc() for g in goals],
                "evaluations": [e.to_doc() for e in evaluations],
            }
        )
        return
    say(styled(item.title, bold=True), f"  ({item.id}, {item.status})")
    if item.why:
        say(f"Why: {item.why}")
    if item.horizon:
        say(f"Horizon: {item.horizon}")
    say(f"Goals ({len(goals)}):")
    for goal in goals:
        deadline = f"  by {goal.deadline}" if goal.deadline else ""
        say(f"  {goal.id}  {clip(goal.statement, 60)}{deadline}  [{goal.column}]")
    if evaluations:
        trend = " → ".join(str(e.score) for e in evaluations[-6:])
        say(f"Evaluation scores (oldest to newest): {trend}")
    for revision in reversed(item.history):
        say(
            f"  {revision.revised:%Y-%m-%d}: was “{clip(revision.title, 50)}” ({revision.status})"
            + (f"; {revision.reason}" if revision.reason else "")
        )


@aspiration.command("revise")
@click.argument("aspiration_id", shell_complete=complete("aspiration"))
@click.option("--title", default=None)
@click.option("--why", default=None)
@click.option("--horizon", default=None)
@click.option("--reason", required=True, help="Why it changed (kept in its history).")
@json_option
@pass_env
def revise(
    env: Env,
    aspiration_id: str,
    title: str | None,
    why: str | None,
    horizon: str | None,
    reason: str,
    as_json: bool,
) -> None:
    """Change an aspiration; what it said before is kept with REASON."""
    item = env.service(write=True).aspirations.revise(
        aspiration_id, title=title, why=why, horizon=horizon, reason=reason
    )
    tell(
        as_json,
        item.to_doc(),
        f"Revised {item.id}; {count(len(item.history), 'earlier version')} kept.",
    )


@aspiration.command("retire")
@click.argument("aspiration_id", shell_complete=complete("aspiration"))
@click.option("--reason", required=True, help="Why you are letting it go.")
@json_option
@pass_env
def retire(env: Env, aspiration_id: str, reason: str, as_json: bool) -> None:
    """Retire an aspiration that no longer serves you (its history is kept)."""
    item = env.service(write=True).aspirations.retire(aspiration_id, reason)
    tell(as_json, item.to_doc(), f"Retired {item.id}: {item.title}")


@aspiration.command("achieve")
@click.argument("aspiration_id", shell_complete=complete("aspiration"))
@json_option
@pass_env
def achieve(env: Env, aspiration_id: str, as_json: bool) -> None:
    """Mark an aspiration as achieved."""
    item = env.service(write=True).aspirations.achieve(aspiration_id)
    tell(as_json, item.to_doc(), f"Achieved {item.id}: {item.title}. Well done.")


@aspiration.command("edit")
@click.argument("aspiration_id", shell_complete=complete("aspiration"))
@click.option("--title", default=None)
@click.option("--why", default=None)
@click.option("--horizon", default=None)
@click.option("--edit", "in_editor", is_flag=True, help="Open title and why in your editor.")
@click.option("--reason", default="edited", show_default=True, help="Kept in its history.")
@json_option
@pass_env
def edit(
    env: Env,
    aspiration_id: str,
    title: str | None,
    why: str | None,
    horizon: str | None,
    in_editor: bool,
    reason: str,
    as_json: bool,
) -> None:
    """Change an aspiration (ASPIRATION_ID: an id, or the start of its title); what it
    said before is kept. --edit opens it in your editor: the first line is the title,
    the lines after it why it matters."""
    from coach.cli.editor import edit_text
    from coach.store.crypto import file_is_encrypted

    if not in_editor and title is None and why is None and horizon is None:
        raise click.UsageError("say what to change: --title, --why, --horizon or --edit")
    service = env.service(write=True)
    item = service.aspirations.get(aspiration_id)
    if in_editor and title is None and why is None:
        edited = edit_text(f"{item.title}\n{item.why}\n", private=file_is_encrypted(env.db_path))
        if edited is not None:
            first, _, rest = edited.strip().partition("\n")
            title, why = first, " ".join(rest.split())
    revised = service.aspirations.revise(
        item.id, title=title, why=why, horizon=horizon, reason=reason
    )
    unchanged = len(revised.history) == len(item.history)
    tell(
        as_json,
        revised.to_doc(),
        "Nothing changed." if unchanged else f"Saved {revised.id}: {revised.title}",
    )

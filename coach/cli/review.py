"""``coach review``: hold a review in the plain terminal, or list the reviews held."""

from __future__ import annotations

import sys

import click

from coach.cli.context import Env, pass_env
from coach.cli.output import emit_json, interactive, say
from coach.errors import InvalidInputError
from coach.models import REVIEW_KINDS


@click.command()
@click.option(
    "--kind",
    "-k",
    type=click.Choice(REVIEW_KINDS),
    default=None,
    help="Which review (default: the one the calendar asks for).",
)
@click.option("--list", "listing", is_flag=True, help="List the reviews held and the next one.")
@click.option("--json", "as_json", is_flag=True, help="With --list: as JSON.")
@pass_env
def review(env: Env, kind: str | None, listing: bool, as_json: bool) -> None:
    """A short guided review: what moved, the goals due, one question, the next date."""
    if listing or as_json:
        _list(env, as_json)
        return
    if not interactive():
        raise InvalidInputError(
            "coach review asks questions, so it needs a terminal; `coach review --list` "
            "shows the reviews held and the next one"
        )
    service = env.service(write=True)
    from coach.cli.launch import run_review

    status = run_review(service, kind)
    if status:
        sys.exit(status)


def _list(env: Env, as_json: bool) -> None:
    service = env.service()
    held = service.reviews.history()
    due = service.reviews.due()
    if as_json:
        emit_json(
            {
                "reviews": [r.to_doc() for r in held],
                "next": None
                if due is None
                else {"kind": due.kind, "due": due.day, "late": due.late},
                "kept_in_a_row": service.reviews.run_kept(),
            }
        )
        return
    if not held:
        say("No reviews yet.")
    for item in held:
        touched = f", {len(item.goal_ids)} touched" if item.goal_ids else ""
        say(f"{item.held.date().isoformat()}  {item.kind}{touched}  ({item.entry_id})")
    if due is not None:
        from coach.text import count

        when = (
            f"{count(due.late, 'day')} late" if due.late > 0 else ("today" if due.late == 0 else "")
        )
        say(f"Next: {due.kind} review on {due.day.isoformat()}" + (f" ({when})" if when else ""))
    say(f"Reviews on time in a row: {service.reviews.run_kept()}")

"""``coach check``: is a goal statement SMART? What is met, what is missing, how to fix it."""

from __future__ import annotations

from datetime import datetime

import click

from coach.cli.output import emit_json, say, styled
from coach.errors import InvalidInputError
from coach.ids import now

LABELS = (
    ("specific", "Specific"),
    ("measurable", "Measurable"),
    ("achievable", "Achievable"),
    ("realistic", "Realistic"),
    ("time_bound", "Time-bound"),
)
VERDICT = {True: ("met", "green"), False: ("missing", "red"), None: ("ask yourself", "yellow")}


@click.command()
@click.argument("text", nargs=-1)
@click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Judge deadlines as if today were this date (YYYY-MM-DD).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def check(text: tuple[str, ...], today: datetime | None, as_json: bool) -> None:
    """Check a goal statement against the SMART criteria."""
    from coach.coaching.smart import assess

    statement = " ".join(text).strip()
    if not statement:
        raise InvalidInputError('give a goal statement, e.g. coach check "win 50 pitches by 2027"')
    day = today.date() if today else now().date()
    result = assess(statement, day)
    if as_json:
        emit_json(result.to_json())
        return
    for name, label in LABELS:
        verdict = getattr(result, name)
        word, colour = VERDICT[verdict.ok]
        say(styled(f"{label:<11} {word:<13}", fg=colour, bold=verdict.ok is False), verdict.reason)
        say(f"{'':<25}→ {verdict.suggestion}")
    if result.deadline:
        say(f"Deadline: {result.deadline.isoformat()}")

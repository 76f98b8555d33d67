"""``coach check``: is a goal statement SMART? What is met, what is missing, how to fix it.

Exit status: 0 when the statement is specific, measurable and time-bound; 3 when it
is not yet (so scripts can gate on it); 2 for a usage mistake such as an empty text.
"""

from __future__ import annotations

import shlex
from datetime import datetime
from typing import TYPE_CHECKING

import click

from coach.cli.output import emit_json, say, styled
from coach.ids import now

if TYPE_CHECKING:
    from coach.coaching.smart import Assessment

LABELS = (
    ("specific", "Specific"),
    ("measurable", "Measurable"),
    ("achievable", "Achievable"),
    ("realistic", "Realistic"),
    ("time_bound", "Time-bound"),
)
VERDICT = {True: ("met", "green"), False: ("missing", "red"), None: ("ask yourself", "yellow")}
NOT_YET_SMART = 3
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """A month as a number (1 to 12) or a name ("april", "apr"); None when not given."""
    if value is None:
        return None
    text = value.strip().lower()
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    if len(text) >= 3 and text[:3] in _MONTHS:
        return _MONTHS.index(text[:3]) + 1
    raise click.BadParameter(f"{value!r} is not a month: give 1 to 12 or a name such as april")


@click.command()
@click.argument("text", nargs=-1)
@click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Judge deadlines as if today were this date (YYYY-MM-DD).",
)
@click.option(
    "--date-order",
    type=click.Choice(["mdy", "dmy", "ymd"]),
    default=None,
    help="How to read an all-numeric date such as 3/4/2028: month first, day first, year "
    "first (default: date_order of `coach config`, else mdy).",
)
@click.option(
    "--fiscal-year-start",
    callback=_month,
    metavar="MONTH",
    default=None,
    help="The month your fiscal year starts in (1 to 12, or a name such as april; default: "
    "fiscal_year_start of `coach config`, else 1).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def check(
    text: tuple[str, ...],
    today: datetime | None,
    date_order: str | None,
    fiscal_year_start: int | None,
    as_json: bool,
) -> None:
    """Check a goal statement against the SMART criteria.

    Exits 0 when the statement is specific, measurable and time-bound, 3 when it is
    not yet, and 2 for a usage mistake.
    """
    from coach.coaching.reading import ReadingOptions
    from coach.coaching.smart import assess

    statement = " ".join(text).strip()
    if not statement:
        raise click.UsageError('give a goal statement, e.g. coach check "win 50 pitches by 2027"')
    from coach.config import load

    configured, problems = load()
    for problem in problems:
        say(f"coach: {problem}", err=True)
    options = ReadingOptions(
        date_order or configured.date_order,  # type: ignore[arg-type]
        fiscal_year_start or configured.fiscal_year_start,
        configured.first_weekday,
    )
    day = today.date() if today else now().date()
    result = assess(statement, day, options)
    if as_json:
        emit_json(result.to_json())
    else:
        _show(result)
    if not result.met:
        raise click.exceptions.Exit(NOT_YET_SMART)


def _show(result: Assessment) -> None:
    for name, label in LABELS:
        verdict = getattr(result, name)
        word, colour = VERDICT[verdict.ok]
        say(styled(f"{label:<11} {word:<13}", fg=colour, bold=verdict.ok is False), verdict.reason)
        say(f"{'':<25}→ {verdict.suggestion}")
    if result.deadline:
        say(f"Deadline: {result.deadline.isoformat()}")
    for note in result.assumptions:
        say(styled("Assumed:", fg="yellow"), f" {note}.")
    if result.assumptions:
        say(f"{'':<9}(reading options: --date-order mdy|dmy|ymd, --fiscal-year-start MONTH)")
    if result.parts:
        say(f"This holds {len(result.parts)} goals; each is judged on its own:")
        for number, part in enumerate(result.parts, start=1):
            marks = ", ".join(
                f"{label.lower()} {VERDICT[getattr(part, name).ok][0]}"
                for name, label in LABELS
                if name in ("specific", "measurable", "time_bound")
            )
            due = f", due {part.deadline.isoformat()}" if part.deadline else ", no date"
            say(f"  {number}. “{part.text.strip()}”: {marks}{due}")
    if result.aspiration:
        say(styled("Aspiration?", fg="cyan", bold=True), f" {result.aspiration}")
        say(f"{'':<12}Keep it as one: coach aspiration add {shlex.quote(result.text)}")

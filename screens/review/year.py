"""The Review screen's "Your year": goals done in each of the last twelve months, and
the year's journaling as a calendar heatmap (text charts, :mod:`coach.coaching.charts`)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.service import CoachService


def year_lines(service: CoachService, today: date, week_start: int) -> list[str]:
    """Goals done per month and journal entries per day, as lines of text."""
    from coach.coaching.charts import done_per_month, heatmap, monthly_bars

    finished = (g.done for g in service.goals.find(let_go=True) if g.done is not None)
    months = done_per_month(finished, today)
    days: dict[date, int] = {}
    for day, n in service.journal.per_day().items():
        try:
            days[date.fromisoformat(day)] = n
        except ValueError:  # a damaged record's date: doctor reports it
            continue
    return [
        "Goals done per month",
        *monthly_bars(months),
        "",
        "Journal entries per day",
        *heatmap(days, end=today, week_start=week_start),
    ]

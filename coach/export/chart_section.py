"""The career plan's Charts section: the text charts of :mod:`coach.coaching.charts`,
each in a fenced ``text`` block so that a Markdown reader keeps its spacing.

Each chart is one function over the snapshot that gives its Markdown lines, or none
when it has nothing to draw; :data:`PARTS` lists them in the order they appear, so a
new chart (a goal's burn-up) is one more function added to it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Protocol

from coach.coaching.charts import done_per_month, heatmap, monthly_bars, trend
from coach.coaching.pace import burnup_of
from coach.config import settings
from coach.export.escape import md_inline
from coach.export.snapshot import Snapshot

MONTHS_SHOWN = 12


def fenced(chart: list[str]) -> list[str]:
    """A chart as a fenced block: spacing kept, nothing in it read as Markdown.

    The fence is longer than any run of backticks inside, so a chart that shows the
    person's text (a unit, a label) cannot close it early.
    """
    body = [line.rstrip() for line in chart]
    longest = max((len(run) for line in body for run in re.findall(r"`+", line)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence + "text", *body, fence]


def _part(heading: str, chart: list[str]) -> list[str]:
    """A chart under its heading; a chart with nothing to draw says so in a sentence,
    which stands as a plain paragraph."""
    body = [chart[0].strip()] if len(chart) == 1 else fenced(chart)
    return [f"### {heading}", "", *body, ""]


def evaluation_trends(snap: Snapshot, *, with_journal: bool) -> list[str]:
    """Each aspiration's scores over time, once it has been evaluated twice."""
    lines: list[str] = []
    for item in sorted(snap.aspirations, key=lambda a: a.status != "active"):
        scores = [(e.created.date(), e.score) for e in snap.evaluations_of(item.id)]
        if len(scores) >= 2:
            lines += _part(f"Scores over time: {md_inline(item.title)}", trend(scores))
    return lines


def goals_done_per_month(snap: Snapshot, *, with_journal: bool) -> list[str]:
    """How many goals were done in each of the last twelve months."""
    done = (g.done for g in snap.goals if g.done is not None)
    counts = done_per_month(done, snap.taken.date(), MONTHS_SHOWN)
    if not any(n for _, n in counts):
        return []
    return _part("Goals done per month", monthly_bars(counts))


def goal_burnups(snap: Snapshot, *, with_journal: bool) -> list[str]:
    """Each open goal with a target and a deadline: its values against the plan line."""
    lines: list[str] = []
    for goal in snap.goals:
        found = snap.pace(goal)
        chart = burnup_of(goal, found, snap.taken.date())
        if chart:
            heading = f"Burn-up: {md_inline(goal.statement)}"
            lines += [
                f"### {heading}",
                "",
                f"Pace: {md_inline(found.verdict)}.",
                "",
                *fenced(chart),
                "",
            ]
    return lines


def journaling(snap: Snapshot, *, with_journal: bool) -> list[str]:
    """The year's journaling as a calendar heatmap."""
    # How many entries were written each day is not journal text, but it still tells
    # when the person wrote: it goes with the journal, which the plan leaves out unless
    # asked for it.
    if not with_journal or not snap.journal:
        return []
    days = Counter(entry.created.date() for entry in snap.journal)
    return _part(
        "Journaling over the year",
        heatmap(days, end=snap.taken.date(), week_start=settings().first_weekday),
    )


class Part(Protocol):
    def __call__(self, snap: Snapshot, *, with_journal: bool) -> list[str]: ...


PARTS: tuple[Part, ...] = (
    goal_burnups,
    evaluation_trends,
    goals_done_per_month,
    journaling,
)


def chart_lines(snap: Snapshot, *, with_journal: bool = False) -> list[str]:
    """The Charts section, or nothing when no chart has anything to draw."""
    lines = [line for part in PARTS for line in part(snap, with_journal=with_journal)]
    return ["## Charts", "", *lines] if lines else []

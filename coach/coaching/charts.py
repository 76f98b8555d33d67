"""Charts drawn as plain text: a goal's burn-up, an aspiration's evaluation scores over
time, goals done per month, and a year of journaling as a calendar heatmap.

Each function takes everything it draws as arguments and returns lines of text, all of
one width, so the very same drawing can stand in the app, in the plain terminal and in
the Markdown export. Text art rather than a plotting library: it needs no dependency,
it reads the same with ``NO_COLOR=1`` (what a cell means is told by its character, never
by a colour), it fits an 80x24 terminal (never wider than :data:`MAX_WIDTH`), and it can
be pasted anywhere. Only ASCII, box-drawing and block-element characters are used:
every terminal font has them, and each takes one cell.
"""

from __future__ import annotations

import math
import textwrap
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

from coach.coaching.periods import week_of
from coach.text import count, one_line

# 80 columns less a margin, so a chart never wraps in a terminal or a text editor.
MAX_WIDTH = 76
# Below this a burn-up cannot hold its axis labels and two dates side by side.
MIN_WIDTH = 32

PLAN = "░"
LOGGED = "█"
TODAY = "┆"
# A logged value beyond the drawn scale, kept on the top or bottom row.
ABOVE, BELOW = "^", "v"
# Entries a day in the heatmap: none, 1, 2, 3, 4 or more.
SHADES = " ░▒▓█"
# Eighths of a cell, for the trend's bars.
EIGHTHS = " ▁▂▃▄▅▆▇█"
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Our own names, not the locale's: a chart reads the same on every machine.
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _char_cells(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _cells(text: str) -> int:
    """How many terminal columns ``text`` takes (wide East Asian characters take two)."""
    return sum(_char_cells(char) for char in text)


def _clip(text: str, cells: int) -> str:
    """The person's ``text`` on one line, cut to at most ``cells`` columns."""
    text = one_line(text)
    if _cells(text) <= cells:
        return text
    keep, used = [], 0
    for char in text:
        used += _char_cells(char)
        if used > cells - 3:
            break
        keep.append(char)
    return "".join(keep) + "..."[: max(cells, 0)]


def _pad(lines: Iterable[str], width: int) -> list[str]:
    return [line + " " * (width - _cells(line)) for line in lines]


def _width(width: int) -> int:
    if width < MIN_WIDTH:
        raise ValueError(f"a chart needs at least {MIN_WIDTH} columns, not {width}")
    return min(width, MAX_WIDTH)


def _sentence(text: str, width: int) -> list[str]:
    """What stands in place of a chart with nothing to draw."""
    return _pad(textwrap.wrap(text, width), width)


def _number(value: float) -> str:
    """A number as a person writes it: 3, not 3.0; 12.5 stays 12.5."""
    text = f"{value + 0.0:.15g}"  # + 0.0 turns -0.0 into 0.0
    return text if len(text) <= 10 else f"{value:.3g}"


def _round(position: float) -> int:
    # Halves always round up (round() takes them to the even side): two positions at
    # least one apart then always land on different cells.
    return math.floor(position + 0.5)


def _place(labels: Iterable[tuple[int, str]], width: int, rows: int = 2) -> list[str]:
    """Labels (ASCII, each at a wanted start column) on as few lines as they fit on.

    A label goes on the first line where it keeps a space from the others; one that
    fits on none of ``rows`` lines is left out (the labels come most needed first).
    """
    lines = [[" "] * width for _ in range(rows)]
    for wanted, text in labels:
        start = max(0, min(wanted, width - len(text)))
        span = range(max(start - 1, 0), min(start + len(text) + 1, width))
        for line in lines:
            if all(line[i] == " " for i in span):
                line[start : start + len(text)] = text
                break
    return ["".join(line) for line in lines if line.count(" ") < width]


def _value_range(
    baseline: float, target: float, values: list[float], height: int
) -> tuple[float, float]:
    """The values at the top and bottom of a burn-up.

    The scale takes in every logged value, but no more than keeps the plan's two ends
    on different rows: a value far off (a slip of the keyboard) is drawn at the edge.
    """
    plan_low, plan_high = sorted((baseline, target))
    low, high = min([plan_low, *values]), max([plan_high, *values])
    span = plan_high - plan_low
    if span > 0:
        # A little less than the most the height allows, for floating-point slack.
        reach = span * (height - 2.01) / 2
        low, high = max(low, plan_low - reach), min(high, plan_high + reach)
    if high == low:
        low, high = low - 1, high + 1
    return low, high


def burnup(
    points: Iterable[tuple[date, float]],
    *,
    start: date,
    deadline: date,
    baseline: float,
    target: float,
    today: date,
    unit: str = "",
    width: int = 60,
    height: int = 8,
) -> list[str]:
    """A goal's logged values against the straight plan from ``baseline`` on ``start``
    to ``target`` on ``deadline``, with a column for ``today``.

    Logged values may lie outside the plan's dates (the dates drawn then widen) and
    may go down; a target below the baseline (a number to bring down) draws the plan
    going down.
    """
    width, height = _width(width), max(4, min(height, 40))
    logged = sorted(((d, float(v)) for d, v in points if math.isfinite(v)), key=lambda p: p[0])
    if not (math.isfinite(baseline) and math.isfinite(target)):
        return _sentence("The plan has no numbers to draw.", width)
    low, high = _value_range(baseline, target, [v for _, v in logged], height)
    if not math.isfinite(high - low):
        return _sentence("These numbers are too large to draw.", width)
    names = {baseline: _number(baseline), target: _number(target)}
    label_width = max(len(name) for name in names.values())
    plot = width - label_width - 2
    first = min([start, deadline, today, *(d for d, _ in logged)])
    days = max((max([start, deadline, today, *(d for d, _ in logged)]) - first).days, 1)

    def column(day: date) -> int:
        return _round((day - first).days / days * (plot - 1))

    def row(value: float) -> int:
        return _round((high - max(low, min(high, value))) / (high - low) * (height - 1))

    grid = [[" "] * plot for _ in range(height)]
    here, begin, end = column(today), column(start), column(deadline)
    for cells in grid:
        cells[here] = TODAY
    for col in range(min(begin, end), max(begin, end) + 1):
        share = 1.0 if begin == end else (col - begin) / (end - begin)
        grid[row(baseline + (target - baseline) * share)][col] = PLAN
    grid[row(baseline)][begin] = PLAN  # a plan of one day still shows where it starts
    for day, value in logged:
        mark = ABOVE if value > high else BELOW if value < low else LOGGED
        grid[row(value)][column(day)] = mark
    labels = {row(value): name for value, name in names.items()}
    lines = [
        f"{labels.get(r, ''):>{label_width}} {'┤' if r in labels else '│'}{''.join(cells)}"
        for r, cells in enumerate(grid)
    ]
    ticks = ["─"] * plot
    ticks[here] = "┴"
    ticks[begin] = ticks[end] = "┬"
    lines.append(" " * label_width + " └" + "".join(ticks))
    shown = (start.isoformat(), deadline.isoformat())
    dates = [(begin, shown[0]), (end - len(shown[1]) + 1, shown[1]), (here - 2, "today")]
    lines += [" " * (label_width + 2) + line for line in _place(dates, plot)]
    lines += _legend(logged, low, high, unit, width)
    return _pad(lines, width)


def _legend(
    logged: list[tuple[date, float]], low: float, high: float, unit: str, width: int
) -> list[str]:
    """What each mark means, on one line (two when the chart is narrow)."""
    parts = [
        f"{PLAN} plan",
        f"{LOGGED} logged" if logged else "nothing logged yet",
        f"{TODAY} today",
    ]
    if any(not low <= v <= high for _, v in logged):
        parts.append(f"{ABOVE}{BELOW} off the scale")
    if one_line(unit):
        parts.append("values in " + _clip(unit, width - len("values in ")))
    lines = [parts[0]]
    for part in parts[1:]:
        if _cells(lines[-1]) + 2 + _cells(part) <= width:
            lines[-1] += "  " + part
        else:
            lines.append(part)
    return lines


def _spread(days: list[date], plot: int) -> list[int]:
    """Columns for bars on these (sorted) days: by date, but each its own column with a
    space beside it (``plot`` must hold them all: at most ``(plot + 1) // 2``)."""
    span = max((days[-1] - days[0]).days, 1)
    cols = [_round((day - days[0]).days / span * (plot - 1)) for day in days]
    for i in range(1, len(cols)):
        cols[i] = max(cols[i], cols[i - 1] + 2)
    cols[-1] = min(cols[-1], plot - 1)
    for i in range(len(cols) - 2, -1, -1):
        cols[i] = min(cols[i], cols[i + 1] - 2)
    return cols


def trend(
    scores: Iterable[tuple[date, int]],
    *,
    width: int = 60,
    height: int = 6,
    low: int = 0,
    high: int = 100,
) -> list[str]:
    """An aspiration's evaluation scores over time: one bar per evaluation, placed by its
    date, with the first and last dates and how the score went from first to last."""
    if high <= low:
        raise ValueError("high must be above low")
    width, height = _width(width), max(2, min(height, 40))
    ordered = sorted(scores, key=lambda s: s[0])
    if not ordered:
        return _sentence("No evaluations yet.", width)
    label_width = max(len(str(low)), len(str(high)))
    plot = width - label_width - 2
    shown = ordered[-((plot + 1) // 2) :]
    cols = _spread([day for day, _ in shown], plot)
    grid = [[" "] * plot for _ in range(height)]
    ticks = ["─"] * plot
    for (_, score), col in zip(shown, cols, strict=True):
        eighths = _round((max(low, min(high, score)) - low) / (high - low) * height * 8)
        for level in range(height):
            grid[height - 1 - level][col] = EIGHTHS[max(0, min(8, eighths - level * 8))]
        ticks[col] = "┴"
    lines = [
        f"{str(high) if r == 0 else '':>{label_width}} {'┤' if r == 0 else '│'}{''.join(cells)}"
        for r, cells in enumerate(grid)
    ]
    lines.append(f"{low:>{label_width}} └" + "".join(ticks))
    first, last = shown[0][0].isoformat(), shown[-1][0].isoformat()
    dates = [(cols[0], first)] + ([(cols[-1] - len(last) + 1, last)] if len(shown) > 1 else [])
    lines += [" " * (label_width + 2) + line for line in _place(dates, plot)]
    return _pad(lines, width) + _sentence(_trend_caption(ordered, len(shown)), width)


def _trend_caption(ordered: list[tuple[date, int]], shown: int) -> str:
    if len(ordered) == 1:
        return f"score {ordered[0][1]} on {ordered[0][0].isoformat()}"
    before, after = ordered[-shown][1], ordered[-1][1]
    change = after - before
    moved = "no change" if change == 0 else f"{'up' if change > 0 else 'down'} {abs(change)}"
    told = (
        f"over {count(shown, 'evaluation')}"
        if shown == len(ordered)
        else f"in the last {shown} of {len(ordered)} evaluations"
    )
    return f"score {before} -> {after} ({moved}) {told}"


def done_per_month(
    done: Iterable[datetime], today: date, months: int = 12
) -> list[tuple[str, int]]:
    """How many of the ``done`` moments fall in each of the ``months`` months up to and
    including ``today``'s, oldest first, labelled "YYYY-MM": :func:`monthly_bars`' input."""
    counts: dict[tuple[int, int], int] = {}
    for when in done:
        counts[(when.year, when.month)] = counts.get((when.year, when.month), 0) + 1
    index = today.year * 12 + today.month - 1
    shown = [(k // 12, k % 12 + 1) for k in range(index - months + 1, index + 1)]
    return [(f"{year}-{month:02d}", counts.get((year, month), 0)) for year, month in shown]


def monthly_bars(counts: Iterable[tuple[str, int]], *, width: int = 60) -> list[str]:
    """Goals done per month: one bar a month, as long as its count, the count after it;
    a month with none shows an empty bar."""
    width = _width(width)
    rows = [(_clip(label, width // 3), n) for label, n in counts]
    if not rows:
        return _sentence("No months to show.", width)
    label_width = max(_cells(label) for label, _ in rows)
    room = width - label_width - 3 - max(len(str(n)) for _, n in rows)
    most = max(n for _, n in rows)
    lines = []
    for label, n in rows:
        filled = 0 if n <= 0 else max(1, _round(n / most * room))
        gap = " " * (label_width - _cells(label))
        lines.append(f"{label}{gap} │{LOGGED * filled} {n}")
    return _pad(lines, width)


def heatmap(
    days: Mapping[date, int], *, end: date, weeks: int = 53, week_start: int = 0
) -> list[str]:
    """Entries written each day as a calendar: a row a weekday (from ``week_start``,
    Monday 0), a column a week, the last column the week of ``end``; the darker the cell,
    the more entries.

    Days after ``end`` stay blank. ``weeks`` is held to what fits :data:`MAX_WIDTH`.
    """
    weeks = max(1, min(weeks, MAX_WIDTH - 6))
    first = week_of(end, week_start) - timedelta(weeks=weeks - 1)
    written = {day: n for day, n in days.items() if first <= day <= end and n > 0}
    if not written:
        return [f"No journal entries in these {count(weeks, 'week')}."]
    grid = [[" "] * weeks for _ in range(7)]
    for day, n in written.items():
        grid[(day - first).days % 7][(day - first).days // 7] = SHADES[min(n, len(SHADES) - 1)]
    lines = [_month_row(first, end, weeks), "   ┌" + "─" * weeks + "┐"]
    names = DAY_NAMES[week_start:] + DAY_NAMES[:week_start]
    lines += [f"{name}│{''.join(cells)}│" for name, cells in zip(names, grid, strict=True)]
    lines.append("   └" + "─" * weeks + "┘")
    shades = "  ".join(f"{SHADES[n]} {n}" for n in (1, 2, 3))
    lines.append(f"   entries a day: blank none  {shades}  {SHADES[4]} 4+")
    total = sum(written.values())
    lines.append(
        f"   {count(total, 'entry', 'entries')} on {count(len(written), 'day')}, "
        f"{first.isoformat()} to {end.isoformat()}"
    )
    return _pad(lines, max(_cells(line) for line in lines))


def _month_row(first: date, end: date, weeks: int) -> str:
    """Each month's name over the week its first day falls in."""
    # One cell past the grid's right edge: the last week's month name may hang over it.
    row = [" "] * (weeks + 6)
    for week in range(weeks):
        monday = first + timedelta(weeks=week)
        starts = [monday + timedelta(days=k) for k in range(7)]
        opening = next((d for d in starts if d.day == 1 and d <= end), None)
        at = 4 + week
        if opening is not None and at + 3 <= len(row) and row[at - 1] == " ":
            row[at : at + 3] = MONTH_NAMES[opening.month - 1]
    return "".join(row).rstrip()

"""The text charts as a person reads them: where the marks stand, what the labels say,
and that every drawing fits its width (80 columns with a margin) whatever comes in."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wcwidth import wcswidth

from coach.coaching.charts import burnup, heatmap, monthly_bars, trend

D = date.fromisoformat
START, DEADLINE, MIDDLE = D("2026-01-01"), D("2026-12-31"), D("2026-07-02")


def _allowed(char: str) -> bool:
    # ASCII, box drawing and block elements: what every terminal font has.
    return " " <= char <= "~" or "\u2500" <= char <= "\u259f"


def _check_shape(lines: list[str], width: int) -> None:
    assert lines
    widths = {wcswidth(line) for line in lines}
    assert len(widths) == 1, lines
    assert widths.pop() <= min(width, 76)


def _plot(lines: list[str]) -> tuple[list[str], int]:
    """The grid rows above the x-axis, and the column the plot starts at."""
    axis = next(i for i, line in enumerate(lines) if "└" in line)
    return lines[:axis], lines[axis].index("└") + 1


def _rows_of(lines: list[str], mark: str) -> dict[int, list[int]]:
    """Column -> the rows (top first) where ``mark`` stands in the grid."""
    grid, left = _plot(lines)
    found: dict[int, list[int]] = {}
    for r, line in enumerate(grid):
        for c, char in enumerate(line[left:]):
            if char == mark:
                found.setdefault(c, []).append(r)
    return found


def _y_label_rows(lines: list[str]) -> dict[str, int]:
    grid, left = _plot(lines)
    return {line[: left - 2].strip(): r for r, line in enumerate(grid) if line[: left - 2].strip()}


# A year's goal of ten talks, looked at on the 2nd of July.
GOAL: dict[str, Any] = {
    "start": START,
    "deadline": DEADLINE,
    "baseline": 0,
    "target": 10,
    "today": MIDDLE,
    "unit": "talks",
}


def _goal(points: list[tuple[date, float]], **changes: Any) -> list[str]:
    lines = burnup(points, **(GOAL | changes))
    _check_shape(lines, changes.get("width", 60))
    return lines


def _logged_against_plan(lines: list[str]) -> tuple[int, list[int]]:
    logged = _rows_of(lines, "█")
    assert len(logged) == 1, lines
    col, rows = next(iter(logged.items()))
    return rows[0], _rows_of(lines, "░").get(col, [])


def test_behind_the_plan_is_drawn_below_the_line() -> None:
    lines = _goal([(MIDDLE, 1)])
    marker, plan = _logged_against_plan(lines)
    assert plan and all(marker > row for row in plan), lines


def test_ahead_of_the_plan_is_drawn_above_the_line() -> None:
    lines = _goal([(MIDDLE, 9)])
    marker, plan = _logged_against_plan(lines)
    assert plan and all(marker < row for row in plan), lines


def test_a_number_to_bring_down_draws_the_plan_going_down() -> None:
    lines = _goal([(MIDDLE, 79)], baseline=82, target=70, unit="kg")
    labels = _y_label_rows(lines)
    assert labels["82"] < labels["70"]  # the baseline stands higher than the target
    plan = _rows_of(lines, "░")
    assert plan[min(plan)][0] < plan[max(plan)][0]  # the plan falls from left to right
    marker, at_marker = _logged_against_plan(lines)
    assert all(marker < row for row in at_marker)  # 79 is still above where it should be


def test_labels_read_as_the_person_wrote_them() -> None:
    lines = _goal([(MIDDLE, 5)], baseline=3, target=12.5)
    assert set(_y_label_rows(lines)) == {"3", "12.5"}
    text = "\n".join(lines)
    assert "3.0" not in text
    assert "2026-01-01" in text and "2026-12-31" in text
    (legend,) = lines[-1:]
    assert "░ plan" in legend and "█ logged" in legend and "┆ today" in legend
    assert "talks" in legend


def test_the_dates_stand_under_their_ticks_and_today_between() -> None:
    lines = _goal([], today=D("2026-04-02"), width=60)
    axis = next(line for line in lines if "└" in line)
    ticks = [i for i, char in enumerate(axis) if char == "┬"]
    assert len(ticks) == 2
    below = lines[lines.index(axis) + 1]
    assert below.index("2026-01-01") == ticks[0]
    assert below.index("2026-12-31") + len("2026-12-31") - 1 == ticks[1]
    today = axis.index("┴")
    # April 2 is a quarter of the way into the year.
    assert abs((today - ticks[0]) / (ticks[1] - ticks[0]) - 0.25) < 0.05
    grid, _ = _plot(lines)
    assert all(row[today] == "┆" for row in grid if row[today] != "░")


def test_a_plan_of_one_day_shows_both_ends() -> None:
    lines = _goal([], deadline=START)
    plan = _rows_of(lines, "░")
    assert len(plan) == 1 and len(next(iter(plan.values()))) == 2


def test_nothing_logged_shows_the_plan_and_says_so() -> None:
    lines = _goal([])
    assert not _rows_of(lines, "█")
    assert _rows_of(lines, "░")
    assert "nothing logged yet" in lines[-1]


def test_values_outside_the_plan_dates_widen_the_axis() -> None:
    lines = _goal([(D("2025-10-01"), 1), (D("2027-03-01"), 11)])
    logged = sorted(_rows_of(lines, "█"))
    axis = next(line for line in lines if "└" in line)
    _, left = _plot(lines)
    ticks = [i - left for i, char in enumerate(axis) if char == "┬"]
    assert logged[0] < ticks[0] and logged[-1] > ticks[1]


def test_a_value_that_goes_down_is_drawn_lower() -> None:
    lines = _goal([(D("2026-03-01"), 6), (D("2026-05-01"), 2)])
    (_, [high]), (_, [low]) = sorted(_rows_of(lines, "█").items())
    assert low > high


def test_a_value_far_off_the_scale_keeps_the_plan_readable() -> None:
    lines = _goal([(MIDDLE, 5000)], height=4)
    assert _rows_of(lines, "^")  # drawn on the edge, marked
    assert "off the scale" in lines[-1]
    labels = _y_label_rows(lines)
    assert labels["0"] != labels["10"]


def test_a_chart_refuses_a_width_it_cannot_fit() -> None:
    with pytest.raises(ValueError):
        burnup([], start=START, deadline=DEADLINE, baseline=0, target=1, today=MIDDLE, width=20)


days = st.dates(min_value=D("2020-01-01"), max_value=D("2035-12-31"))
values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)
units = st.text(st.sampled_from([*"abc kmé日本/\n\t\x1b", "\u202e"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(days, values | st.just(float("nan"))), max_size=30),
    st.fixed_dictionaries(
        {
            "start": days,
            "deadline": days,
            "baseline": values,
            "target": values,
            "today": days,
            "unit": units,
            "width": st.integers(32, 140),
            "height": st.integers(0, 30),
        }
    ),
)
def test_a_burnup_always_fits_its_width(
    points: list[tuple[date, float]], given: dict[str, Any]
) -> None:
    lines = burnup(points, **given)
    _check_shape(lines, given["width"])
    assert all(_allowed(c) for line in lines for c in line if c not in given["unit"]), lines
    assert not any(c in line for c in "\n\t\x1b\u202e" for line in lines)
    if lines[0].strip().endswith("."):
        return  # numbers too large to draw, said in a sentence
    grid, _ = _plot(lines)
    assert sum("┤" in row for row in grid) == (1 if given["baseline"] == given["target"] else 2)


def test_trend_draws_one_bar_per_evaluation_taller_for_a_higher_score() -> None:
    scores = [(D("2026-01-05"), 69), (D("2026-04-01"), 20), (D("2026-11-20"), 47)]
    lines = trend(scores)
    axis = next(line for line in lines if "└" in line)
    assert axis.count("┴") == 3
    grid, _ = _plot(lines)
    cols = [i for i, char in enumerate(axis) if char == "┴"]
    heights = [sum(row[c] != " " for row in grid) for c in cols]
    assert heights[0] > heights[2] > heights[1]
    text = "\n".join(lines)
    assert "2026-01-05" in text and "2026-11-20" in text
    assert "69 -> 47 (down 22)" in text
    assert "100" in grid[0] and axis.lstrip().startswith("0 ")


def test_trend_keeps_two_evaluations_on_one_day_apart() -> None:
    lines = trend([(D("2026-03-01"), 50), (D("2026-03-01"), 60), (D("2026-03-02"), 70)])
    assert next(line for line in lines if "└" in line).count("┴") == 3
    assert "50 -> 70 (up 20)" in "\n".join(lines)


def test_trend_of_many_evaluations_says_which_it_shows() -> None:
    scores = [(D("2020-01-01") + timedelta(days=30 * i), i % 101) for i in range(100)]
    lines = trend(scores, width=40)
    _check_shape(lines, 40)
    shown = next(line for line in lines if "└" in line).count("┴")
    assert f"the last {shown} of 100 evaluations" in " ".join(line.strip() for line in lines)


def test_empty_charts_say_so_in_a_sentence() -> None:
    for lines in (trend([]), monthly_bars([]), heatmap({}, end=MIDDLE)):
        assert len(lines) == 1
        assert lines[0].strip().endswith(".")
        assert not any("\u2500" <= c <= "\u259f" for c in lines[0])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(days, st.integers(-20, 140)), max_size=80), st.integers(32, 140))
def test_a_trend_always_fits_its_width(scores: list[tuple[date, int]], width: int) -> None:
    lines = trend(scores, width=width)
    _check_shape(lines, width)
    assert all(_allowed(c) for line in lines for c in line)
    if scores:
        axis = next(line for line in lines if "└" in line)
        assert 1 <= axis.count("┴") <= len(scores)


def test_monthly_bars_grow_with_the_count_and_end_with_it() -> None:
    lines = monthly_bars([("2026-09", 2), ("2026-10", 0), ("2026-11", 4)])
    assert [line.split()[0] for line in lines] == ["2026-09", "2026-10", "2026-11"]
    assert [line.rstrip().rsplit(" ", 1)[1] for line in lines] == ["2", "0", "4"]
    bars = [line.count("█") for line in lines]
    assert bars[1] == 0 and 0 < bars[0] < bars[2]
    assert "│ 0" in lines[1]


def test_one_goal_still_shows_a_bar_beside_many() -> None:
    lines = monthly_bars([("2026-09", 1), ("2026-10", 500)], width=40)
    assert lines[0].count("█") >= 1
    _check_shape(lines, 40)


labels = st.text(st.sampled_from([*"0123456789-abcé日\n\x07"]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(labels, st.integers(-3, 10**6)), max_size=14), st.integers(32, 140))
def test_monthly_bars_always_fit_their_width(counts: list[tuple[str, int]], width: int) -> None:
    lines = monthly_bars(counts, width=width)
    _check_shape(lines, width)
    if counts:
        assert len(lines) == len(counts)


END = D("2026-11-21")  # a Saturday


def _cell(lines: list[str], weekday: str, week_from_end: int) -> str:
    row = next(line for line in lines if line.startswith(weekday + "│"))
    grid = row[4 : row.rindex("│")]
    return grid[len(grid) - 1 - week_from_end]


def test_a_wednesday_entry_stands_in_the_wednesday_row_of_its_week() -> None:
    lines = heatmap({D("2026-11-18"): 1, D("2026-11-04"): 2}, end=END)
    assert _cell(lines, "Wed", 0) == "░"
    assert _cell(lines, "Wed", 1) == " "
    assert _cell(lines, "Wed", 2) == "▒"
    for other in ("Mon", "Tue", "Thu", "Fri", "Sat", "Sun"):
        assert _cell(lines, other, 0) == " " and _cell(lines, other, 2) == " "
    assert "3 entries on 2 days" in "\n".join(lines)


def test_more_entries_make_a_darker_cell() -> None:
    lines = heatmap({D("2026-11-16") + timedelta(days=n): n for n in range(1, 6)}, end=END)
    shades = [_cell(lines, day, 0) for day in ("Tue", "Wed", "Thu", "Fri", "Sat")]
    assert shades == ["░", "▒", "▓", "█", "█"]
    assert "░ 1" in "\n".join(lines)  # the legend tells them apart


def test_days_outside_the_weeks_shown_are_left_out() -> None:
    lines = heatmap({D("2026-11-22"): 3, D("2025-01-01"): 1, D("2026-11-20"): 1}, end=END)
    assert "1 entry on 1 day" in "\n".join(lines)
    assert _cell(lines, "Sun", 0) == " "


def _months(lines: list[str]) -> list[tuple[int, str]]:
    row = lines[0]
    return [(i, row[i : i + 3]) for i in range(len(row)) if row[i].isupper()]


NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def test_month_names_stand_in_order_over_the_week_of_their_first_day() -> None:
    lines = heatmap({END: 1}, end=END)
    months = _months(lines)
    names = [name for _, name in months]
    assert len(names) >= 11
    for before, after in pairwise(names):
        assert NAMES.index(after) == (NAMES.index(before) + 1) % 12
    assert names[-1] == "Nov"
    # Nov 1 2026 is a Sunday: its week is the one from Monday Oct 26, three before the last.
    assert months[-1][0] - 4 == 53 - 1 - 3


def test_a_leap_day_and_a_year_turn() -> None:
    leap = heatmap({D("2028-02-29"): 1}, end=D("2028-03-05"))
    assert _cell(leap, "Tue", 0) == "░"
    assert [name for _, name in _months(leap)][-2:] == ["Feb", "Mar"]
    moved = heatmap({D("2032-02-29"): 2}, end=D("2032-02-29"))  # CI's moved date, a Sunday
    assert _cell(moved, "Sun", 0) == "▒"
    turn = heatmap({D("2026-12-31"): 1, D("2027-01-01"): 4}, end=D("2027-01-10"), weeks=6)
    assert _cell(turn, "Thu", 1) == "░" and _cell(turn, "Fri", 1) == "█"
    assert [name for _, name in _months(turn)] == ["Dec", "Jan"]
    assert "2026-11-30 to 2027-01-10" in "\n".join(turn)


def test_a_year_fits_eighty_columns_and_fewer_weeks_draw_fewer_columns() -> None:
    year = heatmap({END: 1}, end=END)
    _check_shape(year, 76)
    assert len(next(line for line in year if line.startswith("Mon"))) == 4 + 53 + 1
    month = heatmap({END: 1}, end=END, weeks=4)
    assert next(line for line in month if line.startswith("Mon")).rstrip() == "Mon│    │"
    _check_shape(heatmap({END: 1}, end=END, weeks=500), 76)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(days, st.integers(-2, 9), max_size=200), days, st.integers(1, 120))
def test_a_heatmap_always_fits_and_counts_what_it_shows(
    entries: dict[date, int], end: date, weeks: int
) -> None:
    lines = heatmap(entries, end=end, weeks=weeks)
    _check_shape(lines, 76)
    assert all(_allowed(c) for line in lines for c in line)
    shown = min(weeks, 70)
    first = end - timedelta(days=end.weekday(), weeks=shown - 1)
    total = sum(n for d, n in entries.items() if first <= d <= end and n > 0)
    if total:
        assert f"{total:,} {'entry' if total == 1 else 'entries'} on" in lines[-1]
    else:
        assert len(lines) == 1

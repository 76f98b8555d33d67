"""What each row of the dashboard's lists says: aspirations, deadlines, nudges.

Pure functions from the snapshot's rows to :class:`textual.content.Content`
prompts for a :class:`screens.widgets.row_list.RowList`. User text goes in
through ``literal_line`` (one line, control characters removed) and is assembled
as plain text with styles beside it, never parsed as markup: a title like
``[@click=app.quit]`` is shown, not run. Building the content without a markup
parse also keeps the rows cheap.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content

from screens.widgets.literal import literal_line

if TYPE_CHECKING:
    from coach.coaching.nudges import Nudge
    from coach.coaching.overview import AspirationRow, DeadlineRow

# A fixed length, so that a resize never rebuilds the lists: with the rest of the
# line it fits the aspirations list of an 80-column terminal.
BAR_WIDTH = 16
# Longer titles are cut here; the list's ellipsis then fits them to the screen.
TITLE_WIDTH = 200
MUTED = "$foreground-muted"


def _plain(text: str, width: int | None = TITLE_WIDTH) -> str:
    return literal_line(text, width).plain


def progress_bar(fraction: float, width: int = BAR_WIDTH) -> Content:
    """A bar of ``width`` cells, the done part in the success colour."""
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return Content.assemble(("━" * filled, "$success"), ("━" * (width - filled), "$panel"))


def aspiration_prompt(row: AspirationRow, bar_width: int = BAR_WIDTH) -> Content:
    """Title on the first line; the bar, the percentage, the goal count and horizon below."""
    title = (_plain(row.title), "bold")
    horizon = f" · by {row.horizon}" if row.horizon else ""
    progress = row.progress
    if progress is None:
        return Content.assemble(title, "\n", (f"no goals yet{horizon}", MUTED))
    count = "1 goal" if row.goals == 1 else f"{row.goals} goals"
    return Content.assemble(
        title,
        "\n",
        progress_bar(progress, bar_width),
        (f" {round(progress * 100)}%", "bold"),
        (f" of {count}{horizon}", MUTED),
    )


def due_text(deadline: date, today: date) -> str:
    """How far the deadline is: "3 days overdue", "due today", "in 1 day"."""
    days = (deadline - today).days
    if days < 0:
        return "1 day overdue" if days == -1 else f"{-days} days overdue"
    if days == 0:
        return "due today"
    return "in 1 day" if days == 1 else f"in {days} days"


def deadline_prompt(row: DeadlineRow, today: date) -> Content:
    """When (in the error colour if overdue, else the warning colour), then the goal."""
    deadline = row.deadline
    colour = "$error" if deadline < today else "$warning"
    return Content.assemble(
        (due_text(deadline, today), f"bold {colour}"),
        (f" {deadline.strftime('%d %b %Y')}", MUTED),
        "\n",
        _plain(row.statement),
    )


def nudge_prompt(nudge: Nudge) -> Content:
    """The nudge's title in bold, its message below."""
    return Content.assemble(
        (_plain(nudge.title, None), "bold $accent"), "\n", _plain(nudge.message, None)
    )


def note(text: str) -> Content:
    """A muted line for an empty section (our own words, never user text)."""
    return Content.assemble((text, MUTED))

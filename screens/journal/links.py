"""What a journal entry can be linked to: goals and aspirations.

:class:`LinkChoices` builds the choices for the editor's goal and aspiration
selectors, current ones first and alphabetical, and says when they changed so
the selectors are refilled only then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from screens.widgets.literal import cell

if TYPE_CHECKING:
    from coach.service import CoachService

LABEL_WIDTH = 70

Option = tuple[str, str, str]  # (id, text, note); a note ("done", "retired") sorts it last
Labels = list[tuple[Text, str]]


def ordered(found: list[Option]) -> tuple[Option, ...]:
    """Current ones first, then by text."""
    return tuple(sorted(found, key=lambda item: (item[2] != "", item[1].casefold(), item[0])))


def labels(options: tuple[Option, ...]) -> Labels:
    """Select options: literal one-line labels (rich Text, so type-to-search works)."""
    out = []
    for record_id, text, note in options:
        label = cell(text, LABEL_WIDTH)
        if note:
            label.append(f" ({note})", style="dim")
        out.append((label, record_id))
    return out


class LinkChoices:
    """The goal and aspiration choices, remembered between reloads."""

    def __init__(self) -> None:
        self._revision: int | None = None
        self._goals: tuple[Option, ...] | None = None
        self._aspirations: tuple[Option, ...] | None = None

    def changed(self, service: CoachService) -> tuple[Labels, Labels] | None:
        """New (goals, aspirations) labels when the records changed since last asked, else None."""
        if service.revision == self._revision:
            return None
        self._revision = service.revision
        goals = ordered(
            [(g.id, g.statement, "done" if g.done else "") for g in service.goals.find()]
        )
        aspirations = ordered(
            [
                (a.id, a.title, "" if a.status == "active" else a.status)
                for a in service.aspirations.find()
            ]
        )
        if goals == self._goals and aspirations == self._aspirations:
            return None
        self._goals, self._aspirations = goals, aspirations
        return labels(goals), labels(aspirations)

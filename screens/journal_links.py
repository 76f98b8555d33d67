"""What a journal entry can be linked to: goals and aspirations, read from stored documents.

:class:`LinkChoices` builds the choices for the editor's goal and aspiration
selectors from the stored documents (a thousand goals are not validated to
fill a list), current ones first and alphabetical, and says when they changed
so the selectors are refilled only then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from rich.text import Text

from screens.literal import cell

if TYPE_CHECKING:
    from coach.store.repository import Repository

LABEL_WIDTH = 70

Option = tuple[str, str, str]  # (id, text, note); a note ("done", "retired") sorts it last
Labels = list[tuple[Text, str]]


def link_options(
    docs: Mapping[str, Any], text_field: str, note: Callable[[dict[str, Any]], str]
) -> tuple[Option, ...]:
    """The linkable records among ``docs``: current ones first, then by text."""
    found = []
    for record_id, doc in docs.items():
        text = doc.get(text_field) if isinstance(doc, dict) else None
        if isinstance(text, str):
            found.append((record_id, text, note(doc)))
    found.sort(key=lambda item: (item[2] != "", item[1].casefold(), item[0]))
    return tuple(found)


def labels(options: tuple[Option, ...]) -> Labels:
    """Select options: literal one-line labels (rich Text, so type-to-search works)."""
    out = []
    for record_id, text, note in options:
        label = cell(text, LABEL_WIDTH)
        if note:
            label.append(f" ({note})", style="dim")
        out.append((label, record_id))
    return out


def _goal_note(doc: dict[str, Any]) -> str:
    return "done" if doc.get("done") else ""


def _aspiration_note(doc: dict[str, Any]) -> str:
    status = doc.get("status", "active")
    return "" if status == "active" else str(status)


class LinkChoices:
    """The goal and aspiration choices, remembered between reloads."""

    def __init__(self) -> None:
        self._goals: tuple[Option, ...] | None = None
        self._aspirations: tuple[Option, ...] | None = None

    def changed(self, repo: Repository) -> tuple[Labels, Labels] | None:
        """New (goals, aspirations) labels when the records changed since last asked, else None."""
        goals = link_options(repo.raw_table("goals"), "statement", _goal_note)
        aspirations = link_options(repo.raw_table("aspirations"), "title", _aspiration_note)
        if goals == self._goals and aspirations == self._aspirations:
            return None
        self._goals, self._aspirations = goals, aspirations
        return labels(goals), labels(aspirations)

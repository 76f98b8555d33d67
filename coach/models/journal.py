"""Journal entries: the reflections a person writes."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from coach.models.base import Id, Record, Tag, Text, Timestamp


class JournalEntry(Record):
    """One reflection, optionally answering a prompt and linked to goals and aspirations."""

    table: ClassVar[str] = "journal"

    created: Timestamp
    updated: Timestamp | None = None
    body: Text = Field(min_length=1)
    prompt_id: Id | None = None
    prompt_text: Text | None = None
    tags: tuple[Tag, ...] = ()
    goal_ids: tuple[Id, ...] = ()
    aspiration_ids: tuple[Id, ...] = ()

"""Quick capture: append one journal entry without loading the model layer.

``coach journal add`` is the command people run most, from any shell, so it
must start fast. Importing pydantic and building the models costs more than
the rest of the command together, so this path writes the entry's document
directly, through the same store and lock as everything else. The document
is exactly what :class:`coach.models.JournalEntry` would write; a property
test holds the two to that, and every later read validates it as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from coach.errors import InvalidInputError
from coach.ids import iso, new_id, now
from coach.lookup import clean_tags
from coach.store.raw import RawStore


def entry_doc(
    body: str,
    *,
    created: datetime,
    tags: Iterable[str] = (),
    goal_ids: Iterable[str] = (),
    aspiration_ids: Iterable[str] = (),
) -> dict[str, Any]:
    """The stored document of a new journal entry."""
    if not body.strip():
        raise InvalidInputError("the entry is empty; write something first")
    if created.utcoffset() is None:
        raise ValueError("created needs a time zone")
    return {
        "id": new_id("j"),
        "created": iso(created),
        "updated": None,
        "body": body,
        "prompt_id": None,
        "prompt_text": None,
        "tags": list(clean_tags(tags)),
        "goal_ids": list(goal_ids),
        "aspiration_ids": list(aspiration_ids),
    }


def capture(
    store: RawStore,
    body: str,
    *,
    tags: Iterable[str] = (),
    goal_ids: Iterable[str] = (),
    aspiration_ids: Iterable[str] = (),
    clock: Callable[[], datetime] = now,
) -> dict[str, Any]:
    """Save a new journal entry in one durable write; returns its document."""
    doc = entry_doc(
        body, created=clock(), tags=tags, goal_ids=goal_ids, aspiration_ids=aspiration_ids
    )
    with store.transaction():
        store.put_raw("journal", doc["id"], doc)
    return doc

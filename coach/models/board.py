"""Board columns: where a goal stands on the road."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from coach.defaults import DEFAULT_COLUMNS
from coach.models.base import Record, Title

WIP_MIN, WIP_MAX = 1, 99


class Column(Record):
    """A column of the goal board. ``done`` marks the column where finished goals go.

    ``wip_limit`` is how many goals the person means to have in it at once (None: no
    limit). It is a nudge, not a wall: the board says when a column holds more.
    """

    table: ClassVar[str] = "columns"

    name: Title
    order: int = Field(strict=True)
    done: bool = Field(default=False, strict=True)
    # Stores written before the limit existed have no such field: None, no limit.
    wip_limit: int | None = Field(default=None, strict=True, ge=WIP_MIN, le=WIP_MAX)


def default_columns() -> list[Column]:
    return [
        Column(id=cid, name=name, order=index, done=done)
        for index, (cid, name, done) in enumerate(DEFAULT_COLUMNS)
    ]

"""Board columns: where a goal stands on the road."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from coach.defaults import DEFAULT_COLUMNS
from coach.models.base import Record, Title


class Column(Record):
    """A column of the goal board. ``done`` marks the column where finished goals go."""

    table: ClassVar[str] = "columns"

    name: Title
    order: int = Field(strict=True)
    done: bool = Field(default=False, strict=True)


def default_columns() -> list[Column]:
    return [
        Column(id=cid, name=name, order=index, done=done)
        for index, (cid, name, done) in enumerate(DEFAULT_COLUMNS)
    ]

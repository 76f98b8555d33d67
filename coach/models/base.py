"""Shared building blocks of the domain models.

Models are pure values: frozen pydantic models that never touch the disk.
They accept fields they do not know (``extra="allow"``) so that a record
written by a newer coach survives a load and save by this one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from coach.ids import new_id, now

__all__ = ["Id", "Record", "Value", "new_id", "now"]


# Record ids: non-empty strings of at most this many characters.
ID_MAX_LENGTH = 64


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a timestamp needs a time zone")
    return value


Id = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=ID_MAX_LENGTH)]
Text = Annotated[str, StringConstraints(strict=True)]
Title = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1)]
Tag = Annotated[
    str,
    StringConstraints(
        strict=True, strip_whitespace=True, to_lower=True, min_length=1, max_length=64
    ),
]
Timestamp = Annotated[datetime, AfterValidator(_aware)]
Rating = Annotated[int, Field(strict=True, ge=1, le=5)]


class Value(BaseModel):
    """Base of every model: immutable, keeps unknown fields."""

    model_config = ConfigDict(frozen=True, extra="allow", validate_default=True, defer_build=True)

    def to_doc(self) -> dict[str, Any]:
        """The record as JSON values, ready for the store."""
        return self.model_dump(mode="json")

    @classmethod
    def from_doc(cls, doc: Any) -> Self:
        """Validate a stored document; raises ``pydantic.ValidationError``."""
        return cls.model_validate(doc)

    def changed(self, **changes: Any) -> Self:
        """A validated copy with ``changes`` applied (``model_copy`` does not validate)."""
        data = self.model_dump()
        data.update(changes)
        return type(self).model_validate(data)


class Record(Value):
    """A stored record with a stable id, kept in the store's table :attr:`table`.

    Every kind of record is one subclass, listed once in :data:`coach.models.KINDS`:
    the store, the undo history, the import and the exports all go by that list.
    """

    table: ClassVar[str]

    id: Id

"""Light, read-only views of stored documents, for the first screen.

The dashboard reads a few fields of every aspiration, goal, evaluation and
column. Validating whole records with pydantic costs more than start-up may
spend, so these views read just those fields from the stored JSON documents
(what the models' ``to_doc`` writes), each by the model's own rule. A view's
``from_doc`` gives None when a field it reads is missing, of the wrong type or
unparseable: where the model would reject the document for that field.
Fields a view does not read are not checked.

The views satisfy the protocols of :mod:`coach.coaching.records`, so the
nudges and the progress roll-up take them as they take the models.
Standard library only: nothing here imports pydantic or the models.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import NamedTuple, TypeVar

from coach.defaults import DEFAULT_COLUMNS
from coach.record_rules import (
    ASPIRATION_STATUSES,
    HORIZON_PATTERN,
    ID_MAX_LENGTH,
    fraction,
    is_aware,
)
from coach.text import stripped

_HORIZON = re.compile(HORIZON_PATTERN)
# What a stored deadline looks like (pydantic reads no other date string shape).
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _Invalid(Exception):
    """A field a view reads is missing or does not follow the model's rule."""


V = TypeVar("V")


def _or_none(build: Callable[[], V]) -> V | None:
    """What ``build`` makes of a document, or None when a field it reads is invalid."""
    try:
        return build()
    except _Invalid:
        return None


def _fields(doc: object) -> dict[str, object]:
    if not isinstance(doc, dict):
        raise _Invalid
    return doc


def _id(value: object) -> str:
    if isinstance(value, str) and 0 < len(value) <= ID_MAX_LENGTH:
        return value
    raise _Invalid


def _optional_id(value: object) -> str | None:
    return None if value is None else _id(value)


def _title(value: object) -> str:
    if isinstance(value, str):
        text = stripped(value)
        if text:
            return text
    raise _Invalid


def _timestamp(value: object) -> datetime:
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise _Invalid from None
        if is_aware(moment):
            return moment
    raise _Invalid


def _optional_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _Invalid


def _optional_number(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # an int too large for a float
            pass
    raise _Invalid


def _strict_int(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _Invalid


def _strict_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise _Invalid


class AspirationView(NamedTuple):
    """What the dashboard reads of an aspiration."""

    id: str
    title: str
    created: datetime
    status: str = ASPIRATION_STATUSES[0]
    horizon: str | None = None

    @classmethod
    def from_doc(cls, doc: object) -> AspirationView | None:
        """The view of a stored aspiration, or None when a field it reads is invalid."""

        def build() -> AspirationView:
            fields = _fields(doc)
            status = fields.get("status", ASPIRATION_STATUSES[0])
            if not isinstance(status, str) or status not in ASPIRATION_STATUSES:
                raise _Invalid
            horizon = fields.get("horizon")
            if horizon is not None and not (
                isinstance(horizon, str) and _HORIZON.fullmatch(horizon)
            ):
                raise _Invalid
            return cls(
                id=_id(fields.get("id")),
                title=_title(fields.get("title")),
                created=_timestamp(fields.get("created")),
                status=status,
                horizon=horizon,
            )

        return _or_none(build)


class MeasurableView(NamedTuple):
    """The numbers of a goal's measurable part, and the share of the target reached."""

    target: float | None = None
    current: float | None = None

    @property
    def fraction(self) -> float | None:
        """Share of the target reached (0 to 1), or None when it cannot be counted."""
        return fraction(self.current, self.target)

    @classmethod
    def from_doc(cls, doc: object) -> MeasurableView | None:
        """The view of a stored measurable part, or None when a number is invalid."""

        def build() -> MeasurableView:
            fields = _fields(doc)
            return cls(
                target=_optional_number(fields.get("target")),
                current=_optional_number(fields.get("current")),
            )

        return _or_none(build)


class GoalView(NamedTuple):
    """What the dashboard, the nudges and the progress roll-up read of a goal."""

    id: str
    statement: str
    column: str
    updated: datetime
    aspiration_id: str | None = None
    deadline: date | None = None
    measurable: MeasurableView = MeasurableView()

    @classmethod
    def from_doc(cls, doc: object) -> GoalView | None:
        """The view of a stored goal, or None when a field it reads is invalid."""

        def build() -> GoalView:
            fields = _fields(doc)
            measurable = MeasurableView()
            if "measurable" in fields:
                found = MeasurableView.from_doc(fields["measurable"])
                if found is None:
                    raise _Invalid
                measurable = found
            return cls(
                id=_id(fields.get("id")),
                statement=_title(fields.get("statement")),
                column=_id(fields.get("column")),
                updated=_timestamp(fields.get("updated")),
                aspiration_id=_optional_id(fields.get("aspiration_id")),
                deadline=_optional_date(fields.get("deadline")),
                measurable=measurable,
            )

        return _or_none(build)


class EvaluationView(NamedTuple):
    """Which aspiration an evaluation checked, and when."""

    id: str
    aspiration_id: str
    created: datetime

    @classmethod
    def from_doc(cls, doc: object) -> EvaluationView | None:
        """The view of a stored evaluation, or None when a field it reads is invalid."""

        def build() -> EvaluationView:
            fields = _fields(doc)
            return cls(
                id=_id(fields.get("id")),
                aspiration_id=_id(fields.get("aspiration_id")),
                created=_timestamp(fields.get("created")),
            )

        return _or_none(build)


class ColumnView(NamedTuple):
    """A board column's id, its place on the board, and whether it is the Done column."""

    id: str
    order: int
    done: bool = False

    @classmethod
    def from_doc(cls, doc: object) -> ColumnView | None:
        """The view of a stored column, or None when a field it reads is invalid."""

        def build() -> ColumnView:
            fields = _fields(doc)
            return cls(
                id=_id(fields.get("id")),
                order=_strict_int(fields.get("order")),
                done=_strict_bool(fields.get("done", False)),
            )

        return _or_none(build)


def default_column_views() -> list[ColumnView]:
    """The board's columns before any is stored, as ``coach.models.default_columns`` has them."""
    return [
        ColumnView(id=cid, order=index, done=done)
        for index, (cid, _name, done) in enumerate(DEFAULT_COLUMNS)
    ]

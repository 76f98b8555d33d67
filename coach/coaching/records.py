"""What the coaching logic reads of a record, as protocols.

The nudges, the progress roll-up and the dashboard read a few fields of each
record and never change them. These protocols name exactly those fields, so
the same functions take the validated models of :mod:`coach.models` or the
light views of :mod:`coach.coaching.views` (which the first screen uses to stay
clear of pydantic). Every member is a read-only property: a frozen model or a
named tuple satisfies it.

Nothing here imports pydantic, the models or the content.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol


class AspirationLike(Protocol):
    """An aspiration as the nudges and the dashboard read it."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def created(self) -> datetime: ...
    @property
    def horizon(self) -> str | None: ...


class MeasurableLike(Protocol):
    """The measurable part of a goal: only the share of its target reached."""

    @property
    def fraction(self) -> float | None: ...


class GoalLike(Protocol):
    """A goal as the nudges, the progress roll-up and the dashboard read it."""

    @property
    def id(self) -> str: ...
    @property
    def statement(self) -> str: ...
    @property
    def aspiration_id(self) -> str | None: ...
    @property
    def column(self) -> str: ...
    @property
    def deadline(self) -> date | None: ...
    @property
    def updated(self) -> datetime: ...
    @property
    def measurable(self) -> MeasurableLike: ...


class EvaluationLike(Protocol):
    """An evaluation: which aspiration it checked, and when."""

    @property
    def aspiration_id(self) -> str: ...
    @property
    def created(self) -> datetime: ...


class ColumnLike(Protocol):
    """A board column: its id, its place on the board, and whether it is the Done column."""

    @property
    def id(self) -> str: ...
    @property
    def order(self) -> int: ...
    @property
    def done(self) -> bool: ...


class NudgeTemplate(Protocol):
    """The texts of one kind of nudge, filled in with ``{placeholder}`` values."""

    def title_for(self, **values: object) -> str: ...
    def message_for(self, **values: object) -> str: ...


class NudgeSource(Protocol):
    """Where the nudge texts come from: the full content, or just its nudges."""

    def nudge(self, kind: str, /) -> NudgeTemplate: ...


if TYPE_CHECKING:
    # Never run: mypy holds the models, the content and the views to these protocols.
    from coach.coaching.views import AspirationView, ColumnView, EvaluationView, GoalView
    from coach.content.models import Content
    from coach.content.nudge_texts import NudgeTexts
    from coach.models import Aspiration, Column, Evaluation, Goal

    def _models_conform(
        a: Aspiration, g: Goal, e: Evaluation, c: Column, n: Content
    ) -> tuple[AspirationLike, GoalLike, EvaluationLike, ColumnLike, NudgeSource]:
        return a, g, e, c, n

    def _views_conform(
        a: AspirationView, g: GoalView, e: EvaluationView, c: ColumnView, n: NudgeTexts
    ) -> tuple[AspirationLike, GoalLike, EvaluationLike, ColumnLike, NudgeSource]:
        return a, g, e, c, n

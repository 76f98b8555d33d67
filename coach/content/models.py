"""The product's content as validated values.

Each ``*File`` model is one TOML file of ``data/`` and checks everything the
rest of coach relies on (ids, order, counts, placeholders); :class:`Content`
holds them all and offers lookups. The content is ours, so the models are
frozen and reject unknown keys: an unexpected key is a typo, not a newer format.
The rules of unique ids, one-line texts and the nudges' placeholders live in
:mod:`coach.content.checks`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from coach.coaching.fields import FIELD_IDS
from coach.content.checks import (
    NUDGE_PLACEHOLDERS,
    check_nudges,
    check_one_line,
    check_unique,
    placeholders,
)

THEME_IDS = (
    "self-knowledge",
    "priorities",
    "challenges",
    "values-and-review",
    # One prompt of these is asked in each review of that kind (coach.service.reviews).
    "review-weekly",
    "review-monthly",
    "review-quarterly",
)
SMART_STEP_IDS = ("specific", "measurable", "achievable", "realistic", "time_bound")
CHECKLIST_IDS = (
    "independence",
    "self-worth",
    "passion",
    "honesty",
    "realism",
    "distinct",
    "growth",
    "excitement",
)
RATING_VALUES = (1, 2, 3, 4, 5)
EVENT_IDS = ("goal_done", "goal_overdue", "aspiration_retired")
REQUIRED_EVENT_IDS = ("goal_done", "goal_overdue")


def _no_placeholders(value: str) -> str:
    if placeholders(value):
        raise ValueError("takes no {placeholders}")
    return value


Text = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1)]
Line = Annotated[Text, AfterValidator(check_one_line)]
PlainLine = Annotated[Line, AfterValidator(_no_placeholders)]
PlainText = Annotated[Text, AfterValidator(_no_placeholders)]
ContentId = Annotated[
    str,
    StringConstraints(strict=True, max_length=64, pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"),
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Item(_Frozen):
    """Anything with a stable id."""

    id: ContentId


ItemT = TypeVar("ItemT", bound=Item)


def _unique(items: tuple[ItemT, ...]) -> tuple[ItemT, ...]:
    check_unique(item.id for item in items)
    return items


def _find(items: Iterable[ItemT], item_id: str, kind: str) -> ItemT:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"no {kind} with id {item_id!r}")


def _in_order(found: Iterable[Item], wanted: tuple[str, ...], what: str) -> None:
    ids = tuple(item.id for item in found)
    if ids != wanted:
        listed = ", ".join(ids) or "none"
        raise ValueError(f"needs exactly {what} {', '.join(wanted)} in this order; found {listed}")


# prompts.toml


class Prompt(Item):
    text: Line
    hint: Line | None = None


class Theme(Item):
    title: Line
    context: Line
    prompts: tuple[Prompt, ...] = Field(min_length=5)

    @field_validator("prompts")
    @classmethod
    def _check_prompts(cls, prompts: tuple[Prompt, ...]) -> tuple[Prompt, ...]:
        return _unique(prompts)


class PromptsFile(_Frozen):
    themes: tuple[Theme, ...]

    @field_validator("themes")
    @classmethod
    def _check_themes(cls, themes: tuple[Theme, ...]) -> tuple[Theme, ...]:
        _unique(themes)
        missing = [i for i in THEME_IDS if i not in {t.id for t in themes}]
        if missing:
            raise ValueError(f"missing theme(s) {', '.join(missing)}")
        _unique(tuple(p for t in themes for p in t.prompts))
        return themes


# smart.toml


class SmartStep(Item):
    title: Line
    summary: Line
    questions: tuple[Line, ...] = Field(min_length=3, max_length=5)
    hint: Line


class SmartFile(_Frozen):
    steps: tuple[SmartStep, ...]

    @field_validator("steps")
    @classmethod
    def _check_steps(cls, steps: tuple[SmartStep, ...]) -> tuple[SmartStep, ...]:
        _in_order(steps, SMART_STEP_IDS, f"the {len(SMART_STEP_IDS)} SMART steps")
        return steps


# checklist.toml


class Question(Item):
    text: Line
    hint: Line


class NextStep(Item):
    title: Line
    detail: Line


class ChecklistFile(_Frozen):
    questions: tuple[Question, ...]
    rating: dict[int, Line]
    next_steps: tuple[NextStep, ...] = Field(min_length=1)

    @field_validator("next_steps")
    @classmethod
    def _check_next_steps(cls, steps: tuple[NextStep, ...]) -> tuple[NextStep, ...]:
        return _unique(steps)

    @field_validator("questions")
    @classmethod
    def _check_questions(cls, questions: tuple[Question, ...]) -> tuple[Question, ...]:
        _in_order(questions, CHECKLIST_IDS, f"the {len(CHECKLIST_IDS)} questions")
        return questions

    @field_validator("rating")
    @classmethod
    def _check_rating(cls, rating: dict[int, str]) -> dict[int, str]:
        if sorted(rating) != list(RATING_VALUES):
            raise ValueError("needs one label for each of 1, 2, 3, 4 and 5, and no others")
        return {value: rating[value] for value in RATING_VALUES}


# examples.toml


def _known_field(value: str) -> str:
    if value not in FIELD_IDS:
        raise ValueError(f"unknown field {value!r}; known: {', '.join(FIELD_IDS)}")
    return value


class Example(Item):
    """An aspiration of one field of work and goals that lead toward it.

    ``field`` is the name shown; ``field_id`` is the field the coaching engine reads
    an aspiration as (:func:`coach.coaching.fields.field_of`).
    """

    field: Line
    field_id: Annotated[str, AfterValidator(_known_field)]
    aspiration: Line
    goals: tuple[Line, ...] = Field(min_length=1)


class ExamplesFile(_Frozen):
    examples: tuple[Example, ...] = Field(min_length=1)

    @field_validator("examples")
    @classmethod
    def _check_examples(cls, examples: tuple[Example, ...]) -> tuple[Example, ...]:
        _unique(examples)
        texts = [goal for example in examples for goal in example.goals]
        repeated = sorted({goal for goal in texts if texts.count(goal) > 1})
        if repeated:
            raise ValueError(f"the same goal is given twice: {repeated[0]!r}")
        return examples


# events.toml


class Event(Item):
    title: PlainLine
    prompt: PlainLine
    hint: PlainLine


class EventsFile(_Frozen):
    events: tuple[Event, ...]

    @field_validator("events")
    @classmethod
    def _check_events(cls, events: tuple[Event, ...]) -> tuple[Event, ...]:
        _unique(events)
        ids = [e.id for e in events]
        unknown = [i for i in ids if i not in EVENT_IDS]
        if unknown:
            raise ValueError(
                f"unknown event(s) {', '.join(unknown)}; known: {', '.join(EVENT_IDS)}"
            )
        missing = [i for i in REQUIRED_EVENT_IDS if i not in ids]
        if missing:
            raise ValueError(f"missing event(s) {', '.join(missing)}")
        return events


# nudges.toml


class Nudge(Item):
    title: Line
    message: Text

    @property
    def placeholders(self) -> frozenset[str]:
        """The placeholders this nudge may be given."""
        return NUDGE_PLACEHOLDERS.get(self.id, frozenset())

    def title_for(self, **values: object) -> str:
        """The title with its placeholders filled in; ``KeyError`` if one is missing."""
        return self.title.format_map(values)

    def message_for(self, **values: object) -> str:
        """The message with its placeholders filled in; ``KeyError`` if one is missing."""
        return self.message.format_map(values)


class NudgesFile(_Frozen):
    nudges: tuple[Nudge, ...]

    @field_validator("nudges")
    @classmethod
    def _check_nudges(cls, nudges: tuple[Nudge, ...]) -> tuple[Nudge, ...]:
        check_nudges(nudges)
        return nudges


class Content(_Frozen):
    """Everything in ``data/``, validated; build it with :func:`coach.content.loader.load_content`.

    The lookups raise ``KeyError`` for an unknown id.
    """

    themes: tuple[Theme, ...]
    smart_steps: tuple[SmartStep, ...]
    questions: tuple[Question, ...]
    rating_labels: dict[int, str]
    next_steps: tuple[NextStep, ...]
    examples: tuple[Example, ...]
    events: tuple[Event, ...]
    nudges: tuple[Nudge, ...]

    def theme(self, theme_id: str) -> Theme:
        return _find(self.themes, theme_id, "theme")

    def prompt(self, prompt_id: str) -> Prompt:
        return _find(self.all_prompts(), prompt_id, "prompt")

    def all_prompts(self) -> tuple[Prompt, ...]:
        """Every prompt of every theme, in file order."""
        return tuple(p for t in self.themes for p in t.prompts)

    def smart_step(self, step_id: str) -> SmartStep:
        return _find(self.smart_steps, step_id, "SMART step")

    def question(self, question_id: str) -> Question:
        return _find(self.questions, question_id, "checklist question")

    def rating_label(self, rating: int) -> str:
        return self.rating_labels[rating]

    def example(self, example_id: str) -> Example:
        return _find(self.examples, example_id, "example")

    def examples_for(self, field_id: str | None) -> tuple[Example, ...]:
        """Every example, those of ``field_id`` first, the rest in file order.

        The wizard shows the first and ``f2`` steps through the rest; an unknown or
        missing field keeps the file's order.
        """
        own = tuple(e for e in self.examples if e.field_id == field_id)
        return own + tuple(e for e in self.examples if e.field_id != field_id)

    def nudge(self, nudge_id: str) -> Nudge:
        return _find(self.nudges, nudge_id, "nudge")

    def event(self, event_id: str) -> Event:
        return _find(self.events, event_id, "event")

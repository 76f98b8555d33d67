"""Loading and validating all the content files as one :class:`Content`.

Where the files are and how one is read live in :mod:`coach.content.files`;
``ContentError`` and ``content_dir`` are imported here too, for older callers.
"""

from __future__ import annotations

import functools
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from coach.content.files import ContentError, content_dir, content_error, read_toml
from coach.content.models import (
    ChecklistFile,
    Content,
    EventsFile,
    ExamplesFile,
    NudgesFile,
    PromptsFile,
    SmartFile,
)

__all__ = ["ContentError", "content_dir", "load_content", "load_content_from"]

ModelT = TypeVar("ModelT", bound=BaseModel)


@functools.cache
def load_content() -> Content:
    """The product's content, loaded once; raises :class:`ContentError`."""
    return load_content_from(content_dir())


def load_content_from(folder: Traversable | Path) -> Content:
    """Load and validate the content files in ``folder`` (not cached)."""
    prompts = _load(folder, "prompts.toml", PromptsFile)
    smart = _load(folder, "smart.toml", SmartFile)
    checklist = _load(folder, "checklist.toml", ChecklistFile)
    examples = _load(folder, "examples.toml", ExamplesFile)
    events = _load(folder, "events.toml", EventsFile)
    nudges = _load(folder, "nudges.toml", NudgesFile)
    return Content(
        themes=prompts.themes,
        smart_steps=smart.steps,
        questions=checklist.questions,
        rating_labels=checklist.rating,
        next_steps=checklist.next_steps,
        examples=examples.examples,
        events=events.events,
        nudges=nudges.nudges,
    )


def _load(folder: Traversable | Path, name: str, model: type[ModelT]) -> ModelT:
    raw = read_toml(folder, name)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise content_error(name, describe(exc, raw)) from None


def describe(exc: ValidationError, raw: Any) -> str:
    """The first problem as ``where: what``, with a count of any others."""
    problems = exc.errors(include_url=False)
    first = problems[0]
    message = first["msg"].removeprefix("Value error, ")
    where = _where(raw, first["loc"])
    text = f"{where}: {message}" if where else message
    others = len(problems) - 1
    if others:
        text += f" (and {others} more problem{'s' if others > 1 else ''})"
    return text


def _where(raw: Any, loc: tuple[int | str, ...]) -> str:
    """A pydantic location as a path, naming list items by their id when they have one."""
    path = ""
    node = raw
    for part in loc:
        if isinstance(part, int):
            item = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            ident = item.get("id") if isinstance(item, dict) else None
            path += f"[{ident}]" if isinstance(ident, str) and ident else f"[{part}]"
            node = item
        else:
            path += f".{part}" if path else part
            node = node.get(part) if isinstance(node, dict) else None
    return path

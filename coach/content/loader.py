"""Finding and loading the content files.

In a source or editable checkout the content lives in the top-level ``data/``
folder; an installed wheel carries the same folder as ``coach/_content``.
:func:`content_dir` picks whichever exists, so one loader serves both.
"""

from __future__ import annotations

import functools
import tomllib
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from coach.content.models import (
    ChecklistFile,
    Content,
    EventsFile,
    ExamplesFile,
    NudgesFile,
    PromptsFile,
    SmartFile,
)
from coach.errors import CoachError

ModelT = TypeVar("ModelT", bound=BaseModel)


class ContentError(CoachError):
    """A content file is missing, unreadable or invalid; the message names the file."""


def content_dir() -> Traversable | Path:
    """The folder holding the content files: packaged if installed, else the source tree's."""
    packaged = files("coach") / "_content"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data"


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
    raw = _read(folder, name)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise _error(name, _describe(exc, raw)) from None


def _read(folder: Traversable | Path, name: str) -> dict[str, Any]:
    try:
        text = (folder / name).read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise _error(name, f"not found in {folder}") from None
    except OSError as exc:
        raise _error(name, f"cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise _error(name, "is not UTF-8 text") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _error(name, f"TOML syntax error: {exc}") from None


def _error(name: str, detail: str) -> ContentError:
    return ContentError(" ".join(f"content file {name}: {detail}".split()))


def _describe(exc: ValidationError, raw: Any) -> str:
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

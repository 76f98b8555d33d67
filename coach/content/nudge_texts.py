"""The nudges' texts alone, loaded without pydantic, for the first screen.

The dashboard needs only ``nudges.toml`` of all the content. Loading the full
:class:`~coach.content.models.Content` costs the pydantic import, so this
reads that one file with ``tomllib`` from the same folder and checks it by the
same rules as :class:`~coach.content.models.NudgesFile`: the shared ones from
:mod:`coach.content.checks`, and the shape the models ask of each nudge (an
``id``, a one-line ``title`` and a ``message``, both non-empty once stripped,
and no other keys). A bad file raises the same
:class:`~coach.content.files.ContentError`, naming the file.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from coach.content.checks import check_nudges, check_one_line
from coach.content.files import content_dir, content_error, read_toml
from coach.text import stripped

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

FILE = "nudges.toml"
_KEYS = ("id", "title", "message")


class NudgeText(NamedTuple):
    """One nudge's id and its ``str.format`` templates, as the content file has them."""

    id: str
    title: str
    message: str

    def title_for(self, **values: object) -> str:
        """The title with its placeholders filled in; ``KeyError`` if one is missing."""
        return self.title.format_map(values)

    def message_for(self, **values: object) -> str:
        """The message with its placeholders filled in; ``KeyError`` if one is missing."""
        return self.message.format_map(values)


class NudgeTexts(NamedTuple):
    """Every nudge's texts, in file order; a ``NudgeSource`` for the nudges."""

    nudges: tuple[NudgeText, ...]

    def nudge(self, kind: str, /) -> NudgeText:
        """The texts of nudge ``kind``; ``KeyError`` for an unknown one."""
        for text in self.nudges:
            if text.id == kind:
                return text
        raise KeyError(f"no nudge with id {kind!r}")


@functools.cache
def load_nudge_texts() -> NudgeTexts:
    """The shipped nudges' texts, loaded once; raises ``ContentError``."""
    return load_nudge_texts_from(content_dir())


def load_nudge_texts_from(folder: Traversable | Path) -> NudgeTexts:
    """Load and check ``nudges.toml`` of ``folder`` (not cached)."""
    raw = read_toml(folder, FILE)
    try:
        return NudgeTexts(_nudges(raw))
    except _Problem as problem:
        raise content_error(FILE, str(problem)) from None


class _Problem(Exception):
    """What is wrong, worded as the full loader words it: ``where: what``."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")


def _nudges(raw: dict[str, Any]) -> tuple[NudgeText, ...]:
    for key in raw:
        if key != "nudges":
            raise _Problem(key, "Extra inputs are not permitted")
    items = raw.get("nudges")
    if items is None:
        raise _Problem("nudges", "Field required")
    if not isinstance(items, list):
        raise _Problem("nudges", "Input should be a valid tuple")
    nudges = tuple(_nudge(index, item) for index, item in enumerate(items))
    try:
        check_nudges(nudges)
    except ValueError as exc:
        raise _Problem("nudges", str(exc)) from None
    return nudges


def _nudge(index: int, item: object) -> NudgeText:
    if not isinstance(item, dict):
        raise _Problem(f"nudges[{index}]", "Input should be a valid dictionary")
    ident = item.get("id")
    where = f"nudges[{ident}]" if isinstance(ident, str) and ident else f"nudges[{index}]"
    # The id is checked against the known nudges by check_nudges, once all are read.
    nudge_id = _string(where, item, "id")
    title = _text(where, item, "title")
    try:
        check_one_line(title)
    except ValueError as exc:
        raise _Problem(f"{where}.title", str(exc)) from None
    message = _text(where, item, "message")
    for key in item:
        if key not in _KEYS:
            raise _Problem(f"{where}.{key}", "Extra inputs are not permitted")
    return NudgeText(nudge_id, title, message)


def _string(where: str, item: dict[str, object], key: str) -> str:
    if key not in item:
        raise _Problem(f"{where}.{key}", "Field required")
    value = item[key]
    if not isinstance(value, str):
        raise _Problem(f"{where}.{key}", "Input should be a valid string")
    return value


def _text(where: str, item: dict[str, object], key: str) -> str:
    """A string field stripped of surrounding white space, and not empty."""
    text = stripped(_string(where, item, key))
    if not text:
        raise _Problem(f"{where}.{key}", "String should have at least 1 character")
    return text

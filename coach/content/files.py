"""Where the content files are, reading one as TOML, and the error for a bad one.

In a source or editable checkout the content lives in the top-level ``data/``
folder; an installed wheel carries the same folder as ``coach/_content``.
:func:`content_dir` picks whichever exists, so every loader serves both.
No pydantic here: the light nudge loader uses this as the full loader does.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from coach.errors import CoachError


class ContentError(CoachError):
    """A content file is missing, unreadable or invalid; the message names the file."""


def content_dir() -> Traversable | Path:
    """The folder holding the content files: packaged if installed, else the source tree's."""
    packaged = files("coach") / "_content"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data"


def read_toml(folder: Traversable | Path, name: str) -> dict[str, Any]:
    """The TOML file ``name`` of ``folder`` as a table; raises :class:`ContentError`."""
    try:
        text = (folder / name).read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise content_error(name, f"not found in {folder}") from None
    except OSError as exc:
        raise content_error(name, f"cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise content_error(name, "is not UTF-8 text") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise content_error(name, f"TOML syntax error: {exc}") from None


def content_error(name: str, detail: str) -> ContentError:
    """The error for content file ``name``, on one line."""
    return ContentError(" ".join(f"content file {name}: {detail}".split()))

"""Where the content files are, reading one as TOML, and the error for a bad one.

In a source or editable checkout the content lives in the top-level ``data/``
folder; an installed wheel carries the same folder as ``coach/_content``.
:func:`content_dir` picks whichever exists, so every loader serves both.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.errors import CoachError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# The wheel ships data/ as coach/_content (see pyproject.toml); a checkout has data/.
# Plain paths: importlib.resources would add its imports to every start of the app.
PACKAGED = Path(__file__).resolve().parents[1] / "_content"
SOURCE = Path(__file__).resolve().parents[2] / "data"


class ContentError(CoachError):
    """A content file is missing, unreadable or invalid; the message names the file."""


def content_dir() -> Path:
    """The folder holding the content files: packaged if installed, else the source tree's."""
    return PACKAGED if PACKAGED.is_dir() else SOURCE


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

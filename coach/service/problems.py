"""Why a record in a file to import cannot be read, said in plain words.

A pydantic error names a model the person never saw ("1 validation error for
JournalEntry") and an id coach made up. These helpers say instead which record it
is (its place in the file, its title and date when it has them), which field,
what was wrong with it and what it should look like.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from coach.text import printable

# What one record of each table is called, and many of them.
NOUNS = {
    "aspirations": ("aspiration", "aspirations"),
    "goals": ("goal", "goals"),
    "journal": ("journal entry", "journal entries"),
    "evaluations": ("evaluation", "evaluations"),
    "columns": ("column", "columns"),
    "answers": ("interview answer", "interview answers"),
    "stories": ("story", "stories"),
    "progress": ("progress entry", "progress entries"),
    "reviews": ("review", "reviews"),
}

# What a field of each kind should hold, by pydantic's error type.
_SHOULD = {
    "string_type": "should be text",
    "list_type": "should be a list",
    "tuple_type": "should be a list",
    "int_type": "should be a whole number",
    "int_parsing": "should be a whole number",
    "int_from_float": "should be a whole number",
    "float_type": "should be a number",
    "float_parsing": "should be a number",
    "bool_type": "should be true or false",
    "bool_parsing": "should be true or false",
    "dict_type": "should be an object ({...})",
    "model_type": "should be an object ({...})",
    "model_attributes_type": "should be an object ({...})",
    "datetime_type": "should be a date and time with its zone, like 2026-01-31T09:00:00+00:00",
    "datetime_parsing": "should be a date and time with its zone, like 2026-01-31T09:00:00+00:00",
    "datetime_from_date_parsing": (
        "should be a date and time with its zone, like 2026-01-31T09:00:00+00:00"
    ),
    "date_type": "should be a date, like 2026-01-31",
    "date_parsing": "should be a date, like 2026-01-31",
    "date_from_datetime_parsing": "should be a date, like 2026-01-31",
    "date_from_datetime_inexact": "should be a date without a time, like 2026-01-31",
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TITLE_FIELDS = ("title", "statement", "name", "question", "body", "text")


def shown(value: Any, width: int = 40) -> str:
    """A value from the file, quoted and short enough for one line, without controls."""
    text = f'"{value}"' if isinstance(value, str) else repr(value)
    if isinstance(value, bool) or value is None:
        text = {True: "true", False: "false", None: "null"}[value]
    text = printable(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def _field(loc: tuple[int | str, ...], names: dict[str, str]) -> str:
    if not loc:
        return ""
    if len(loc) == 1 and str(loc[0]) in names:
        return names[str(loc[0])]
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part + 1}]"
        else:
            path += f".{part}" if path else str(part)
    return f'"{printable(path)}"'


def _what(error: Any) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "missing":
        return "is missing"
    if kind == "string_too_short":
        return "is empty" if ctx.get("min_length") == 1 else error["msg"].lower()
    if kind == "string_too_long":
        return f"is longer than {ctx.get('max_length')} characters"
    if kind in _SHOULD:
        return _SHOULD[kind]
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    message = str(error["msg"])
    if message.startswith("Input should be"):
        return "should be" + message.removeprefix("Input should be")
    return message[:1].lower() + message[1:]


def explain(exc: ValidationError, names: dict[str, str] | None = None) -> str:
    """What is wrong, field by field: ``its "tags" should be a list, not "work"``.

    ``names`` says how the file calls a field (``{"body": '"text"'}`` for Day One)."""
    parts = []
    problems = exc.errors(include_url=False)
    for error in problems[:3]:
        where = _field(tuple(error["loc"]), names or {})
        what = printable(_what(error))
        line = f"its {where} {what}" if where else f"it {what}"
        if error["type"] != "missing" and "input" in error:
            line += f", not {shown(error['input'])}"
        parts.append(line)
    if len(problems) > 3:
        more = len(problems) - 3
        parts.append(f"and {more} more problem{'s' if more > 1 else ''}")
    return "; ".join(parts)


def label(noun: str, position: int, doc: Any, *, date_field: str = "created") -> str:
    """Which record: ``journal entry 2 ("Second week", 2026-01-08)``."""
    details = []
    if isinstance(doc, dict):
        for name in _TITLE_FIELDS:
            value = doc.get(name)
            if isinstance(value, str) and value.strip():
                details.append(shown(value.strip().splitlines()[0]))
                break
        when = doc.get(date_field)
        if isinstance(when, str) and _DAY.match(when.strip()):
            details.append(when.strip()[:10])
    return f"{noun} {position}" + (f" ({', '.join(details)})" if details else "")

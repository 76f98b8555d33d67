"""Journals from the tools people leave: jrnl's and Day One's JSON exports, as coach data.

- jrnl (``jrnl --format json``): ``{"tags": {...}, "entries": [{"date", "time", "title",
  "body", "tags": ["@work"], "starred"}]}``; a date and time without a zone are local.
- Day One (its JSON export): ``{"metadata": {...}, "entries": [{"uuid", "creationDate",
  "text", "tags", "starred", "timeZone"}]}``.

Each entry becomes a journal entry whose id is made from the entry itself (Day One's
uuid; jrnl's date, time, title and body), so importing the same file twice adds nothing.
Tags are kept (without jrnl's ``@``), and a starred entry gets the tag ``starred``.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from coach.errors import CoachError
from coach.models.journal import JournalEntry
from coach.service.problems import explain, label, shown

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # as coach's own ids (coach.ids)
JRNL = "a jrnl export"
DAY_ONE = "a Day One export"


def kind_of(data: object) -> str | None:
    """Which tool wrote ``data`` (parsed JSON), or None when it is neither."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return None
    if "metadata" in data or any(isinstance(e, dict) and "uuid" in e for e in data["entries"]):
        return DAY_ONE
    if "tags" in data or any(isinstance(e, dict) and "title" in e for e in data["entries"]):
        return JRNL
    return None


def _id(*parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return "j-" + "".join(ALPHABET[b % 32] for b in digest[:10])


def _tags(raw: object, starred: object) -> list[str]:
    tags = (
        [t.lstrip("@").strip() for t in raw if isinstance(t, str)] if isinstance(raw, list) else []
    )
    tags = [t for t in tags if t]
    if starred is True:
        tags.append("starred")
    return list(dict.fromkeys(t.lower() for t in tags))


class _Unreadable(ValueError):
    """An entry that cannot be imported; the message says why in plain words."""


def _moment(text: str, zone: object = None, *, problem: str) -> str:
    """The moment ``text`` names, as ISO with its offset. A moment without a zone is
    local; Day One writes UTC and says the zone the entry was written in (``zone``),
    so the entry keeps the day and hour its writer saw."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _Unreadable(problem) from None
    if not moment.tzinfo:
        return moment.astimezone().isoformat()
    if isinstance(zone, str) and zone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return moment.astimezone(ZoneInfo(zone)).isoformat()
        except (ZoneInfoNotFoundError, ValueError):
            pass  # a zone this machine does not know: the moment stays as written
    return moment.isoformat()


def _text(entry: dict[str, Any], name: str, default: str | None = None) -> str:
    value = entry.get(name, default)
    if value is None:
        raise _Unreadable(f'its "{name}" is missing')
    if not isinstance(value, str):
        raise _Unreadable(f'its "{name}" should be text, not {shown(value)}')
    return value


def _jrnl(entry: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    date, time = _text(entry, "date"), _text(entry, "time", "00:00")
    title, body = _text(entry, "title", "").strip(), _text(entry, "body", "").strip()
    text = f"{title}\n\n{body}" if body else title
    record_id = _id("jrnl", date, time, title, body)
    when = _moment(
        f"{date}T{time}",
        problem=(
            f'its "date" and "time" ({shown(date)}, {shown(time)}) are not a date and time '
            'coach can read; jrnl writes them like "2026-01-31" and "09:00"'
        ),
    )
    doc = {"created": when, "body": text}
    return record_id, doc | {"tags": _tags(entry.get("tags"), entry.get("starred"))}


def _day_one(entry: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    uuid = _text(entry, "uuid")
    if not uuid.strip():
        raise _Unreadable('its "uuid" is empty; Day One gives every entry one')
    created = _moment(
        _text(entry, "creationDate"),
        entry.get("timeZone"),
        problem=(
            f'its "creationDate" ({shown(entry.get("creationDate"))}) is not a date and time '
            'coach can read; Day One writes them like "2026-01-31T09:00:00Z"'
        ),
    )
    doc = {"created": created, "body": _text(entry, "text", "")}
    return _id("dayone", uuid), doc | {"tags": _tags(entry.get("tags"), entry.get("starred"))}


# How each tool calls the fields of a journal entry, for the messages.
_NAMES = {
    JRNL: {"body": '"title" and "body"', "created": '"date" and "time"', "tags": '"tags"'},
    DAY_ONE: {"body": '"text"', "created": '"creationDate"', "tags": '"tags"'},
}


def _which(kind: str, number: int, entry: object) -> str:
    if not isinstance(entry, dict):
        return f"entry {number}"
    if kind == JRNL:
        return label("entry", number, entry, date_field="date")
    return label("entry", number, entry, date_field="creationDate")


def as_coach_data(data: dict[str, Any], kind: str) -> tuple[dict[str, Any], list[str]]:
    """The journal table the export holds, and a line for each entry that cannot be read
    (which entry, which field, what was wrong)."""
    journal: dict[str, Any] = {}
    skipped: list[str] = []
    convert = _day_one if kind == DAY_ONE else _jrnl
    for number, entry in enumerate(data["entries"], start=1):
        try:
            if not isinstance(entry, dict):
                raise _Unreadable(f"it should be an object ({{...}}), not {shown(entry)}")
            record_id, doc = convert(entry)
            JournalEntry.from_doc({"id": record_id, **doc})
        except _Unreadable as exc:
            skipped.append(f"{_which(kind, number, entry)}: {exc}")
            continue
        except ValidationError as exc:
            skipped.append(f"{_which(kind, number, entry)}: {explain(exc, _NAMES[kind])}")
            continue
        journal[record_id] = {"id": record_id, **doc}
    if not journal and not skipped:
        raise CoachError(f"{kind} with no entries: nothing to import")
    return {"journal": journal}, skipped

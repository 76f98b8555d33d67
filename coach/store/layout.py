"""The order of the data file's bytes, so that the app can paint without reading the journal.

The file stays a plain TinyDB JSON object of tables; only the order is chosen:
``_meta`` first, the journal last. ``_meta`` holds one more record, ``journal``,
written before anything else in it::

    {"_meta":{"journal":{"tail":9123456,"days":{"2026-11-20":3,...}},"schema":{...}},
     "aspirations":{...}, ..., "journal":{...}}

``tail`` is the length in bytes of everything from the comma before ``"journal"``
to the end of the file, and ``days`` counts the entries per day (the date part of
``created``, as written). A reader that only needs the journal's counts parses the
file up to the journal (see :mod:`coach.store.glance`): about a tenth of a big
store. Any other writer's file simply lacks the index or breaks its checks, and is
then read whole; the full load never relies on the index at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import orjson

from coach.store.schema import META

JOURNAL = "journal"
JOURNAL_KEY = b',"journal":'
INDEX = "journal"
# How an indexed file starts; the tail length is the first number in it.
INDEXED_START = re.compile(rb'\{"_meta":\{"journal":\{"tail":(\d{1,15}),')


def day_of(doc: object) -> str | None:
    """The day an entry document was written on ("YYYY-MM-DD" as stored), if it says."""
    created = doc.get("created") if isinstance(doc, dict) else None
    return created[:10] if isinstance(created, str) else None


def day_counts(journal: Mapping[str, Any]) -> dict[str, int]:
    """Entries per day, from raw journal documents (unreadable ones are not counted)."""
    days: dict[str, int] = {}
    for doc in journal.values():
        day = day_of(doc)
        if day is not None:
            days[day] = days.get(day, 0) + 1
    return days


class LayoutEncoder:
    """Serialises a store in the indexed order.

    The per-day counts are kept between saves and updated from what changed (a
    journal of ten thousand entries is diffed in about a millisecond); the JSON
    itself is written whole every time, never reused, so nothing stale can land.
    """

    def __init__(self) -> None:
        self._journal: dict[str, Any] = {}
        self._days: dict[str, int] = {}

    def encode(self, data: Mapping[str, Any]) -> bytes:
        journal = data.get(JOURNAL)
        head = {META: data.get(META, {})} | {k: v for k, v in data.items() if k != META}
        if not isinstance(journal, dict):
            return orjson.dumps(head, option=orjson.OPT_APPEND_NEWLINE)
        del head[JOURNAL]
        body = orjson.dumps(journal)
        tail_len = len(JOURNAL_KEY) + len(body) + 2  # the store's "}" and a newline
        meta = head[META]
        others = {k: v for k, v in meta.items() if k != INDEX} if isinstance(meta, dict) else {}
        index = {"tail": tail_len, "days": self._count(journal)}
        head[META] = {INDEX: index} | others
        start = orjson.dumps(head)
        return b"".join((memoryview(start)[:-1], JOURNAL_KEY, body, b"}\n"))

    def _count(self, journal: dict[str, Any]) -> dict[str, int]:
        before = self._journal
        if not before:
            days = day_counts(journal)
        else:
            days = dict(self._days)
            for key, doc in before.items():
                if journal.get(key) is not doc:
                    _add(days, day_of(doc), -1)
            for key, doc in journal.items():
                if before.get(key) is not doc:
                    _add(days, day_of(doc), 1)
        self._journal = dict(journal)
        self._days = days
        return days


def _add(days: dict[str, int], day: str | None, step: int) -> None:
    if day is None:
        return
    count = days.get(day, 0) + step
    if count > 0:
        days[day] = count
    else:
        days.pop(day, None)

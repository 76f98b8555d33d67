"""A first look at the data file: every table but the journal, and the journal's per-day counts.

The app paints its dashboard from a :class:`Glance` before the full store is
loaded. An indexed file (see :mod:`coach.store.layout`) is read only up to its
journal, so a journal of ten thousand entries costs nothing here; any other
file is read whole. Nothing here imports the model layer or TinyDB, and nothing
is written: the full load that follows checks everything again and is the one
the app works with.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.store.codec import parse_json
from coach.store.errors import read_error
from coach.store.layout import INDEX, INDEXED_START, JOURNAL, JOURNAL_KEY, day_counts
from coach.store.schema import META, LoadReport, prepare

ENCRYPTED_MAGIC = b"COACHENC"
_START = 64  # enough bytes to find the tail length of an indexed file


@dataclass(frozen=True)
class Glance:
    """Raw tables (no journal), entries per day, and how they were read."""

    tables: dict[str, Any] = field(default_factory=dict)
    journal_days: dict[str, int] = field(default_factory=dict)
    indexed: bool = False  # read up to the journal only
    newer: bool = False  # written by a newer coach: the app opens read-only

    def table(self, name: str) -> dict[str, Any]:
        found = self.tables.get(name)
        return found if isinstance(found, dict) else {}


def glance(path: Path) -> Glance | None:
    """A first look at ``path``; None when the file is encrypted (the passphrase comes first).

    Raises :class:`DamagedFileError` or :class:`StoreError` as a full load would.
    """
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            start = stream.read(_START)
            if start.startswith(ENCRYPTED_MAGIC):
                return None
            indexed = _indexed(path, stream, start, size)
            if indexed is not None:
                return indexed
            stream.seek(0)
            payload = stream.read()
    except FileNotFoundError:
        return Glance()
    except (IsADirectoryError, PermissionError) as exc:
        raise read_error(path, exc) from None
    data = parse_json(path, payload)
    del payload
    journal = data.pop(JOURNAL, None)
    days = day_counts(journal) if isinstance(journal, dict) else {}
    return _finish(path, data, days, indexed=False)


def _indexed(path: Path, stream: Any, start: bytes, size: int) -> Glance | None:
    """The glance of an indexed file, or None when the file is not one (read it whole)."""
    found = INDEXED_START.match(start)
    if found is None:
        return None
    tail = int(found.group(1))
    head_len = size - tail
    if tail < len(JOURNAL_KEY) + 3 or head_len <= len(start):
        return None
    stream.seek(0)
    head = stream.read(head_len + len(JOURNAL_KEY) + 1)
    stream.seek(size - 2)
    if head[head_len:] != JOURNAL_KEY + b"{" or stream.read(2) != b"}\n":
        return None
    data = parse_json(path, head[:head_len] + b"}")
    meta = data.get(META)
    index = meta.get(INDEX) if isinstance(meta, dict) else None
    days = index.get("days") if isinstance(index, dict) else None
    if not _counts(days):
        return None
    assert isinstance(days, dict)
    return _finish(path, data, days, indexed=True)


def _counts(days: object) -> bool:
    return isinstance(days, dict) and all(
        isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in days.values()
    )


def _finish(path: Path, data: dict[str, Any], days: dict[str, int], *, indexed: bool) -> Glance:
    report = LoadReport()
    tables = prepare(path, data, report)
    tables.pop(JOURNAL, None)  # a migration adds an empty one
    return Glance(tables, days, indexed=indexed, newer=report.newer)

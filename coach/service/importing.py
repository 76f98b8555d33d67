"""Importing a coach JSON export: merged into the store by id, without duplicates.

A record whose id is new is added. A record already present and identical is
left alone. When both differ, the one changed most recently (``updated``, else
``created``) wins. Records that do not validate are not imported and are
reported. The whole import is one undoable change, with a backup taken first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from coach.errors import CoachError
from coach.models import KINDS
from coach.models.base import ID_MAX_LENGTH
from coach.service.board import BoardService
from coach.service.history import History
from coach.store import backups
from coach.store.codec import parse_json
from coach.store.errors import DamagedFileError, NewerSchemaError
from coach.store.repository import Repository
from coach.store.schema import SCHEMA_VERSION, LoadReport, prepare
from coach.text import printable


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    kept_ours: int = 0
    rejected: list[str] = field(default_factory=list)
    source: str = "a coach export"  # or "a jrnl export", "a Day One export"

    @property
    def changed(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())


_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def _stamp(doc: dict[str, Any]) -> str:
    value = doc.get("updated") or doc.get("created") or ""
    return value if isinstance(value, str) else ""


def read_export(path: Path) -> dict[str, Any]:
    """A coach export's tables (see :func:`read_any` for the other tools' exports)."""
    return read_any(path)[0]


def read_any(path: Path) -> tuple[dict[str, Any], str, list[str]]:
    """The tables to merge from a coach, jrnl or Day One export; which it is; what was
    skipped while reading it."""
    from coach.service.foreign import as_coach_data, kind_of
    from coach.store.files import regular_file

    try:
        payload = regular_file(path).read_bytes()
    except OSError as exc:
        raise CoachError(f"cannot read {path}: {exc.strerror or exc}") from None
    report = LoadReport()
    try:
        parsed = parse_json(path, payload)
        kind = kind_of(parsed)
        if kind is not None:
            data, skipped = as_coach_data(parsed, kind)
            return data, kind, skipped
        data = prepare(path, parsed, report)
    except DamagedFileError as exc:
        # The file to import is not the store: nothing is damaged, and coach doctor
        # (which repairs the store) is no help.
        raise CoachError(
            f"{path} is not an export coach can read ({exc.problem}); coach import reads "
            "coach's own JSON export (`coach export -f json`), jrnl's (`jrnl --format json`) "
            "and Day One's JSON export"
        ) from None
    if report.newer:
        raise NewerSchemaError(path, report.found_version, SCHEMA_VERSION)
    return data, "a coach export", []


def merge(
    repo: Repository,
    history: History,
    board: BoardService,
    data: dict[str, Any],
    *,
    dry_run: bool = False,
) -> MergeReport:
    """Merge the tables of ``data`` (an export read by :func:`read_export`) into ``repo``."""
    report = MergeReport()
    plan: list[tuple[Any, str, dict[str, Any]]] = []
    for kind in KINDS:
        table = kind.table
        for record_id, doc in (data.get(table) or {}).items():
            try:
                if not _SAFE_ID.fullmatch(record_id) or len(record_id) > ID_MAX_LENGTH:
                    # An id becomes part of commands, exports and file names: letters,
                    # digits and dashes only (no "../", no escape codes).
                    raise ValueError("its id is not letters, digits and dashes")
                record = kind.from_doc(doc)
                if record.id != record_id:
                    raise ValueError(f"stored under {record_id!r} but its id is {record.id!r}")
            except (ValidationError, ValueError, TypeError) as exc:
                first = str(exc).splitlines()[0]
                report.rejected.append(f"{table} {printable(record_id)!r}: {first}")
                continue
            incoming = record.to_doc()
            ours = repo.raw(table, record_id)
            if ours is None:
                report.added[table] = report.added.get(table, 0) + 1
            elif ours in (incoming, doc):
                report.unchanged += 1
                continue
            elif _stamp(incoming) > _stamp(ours):
                report.updated[table] = report.updated.get(table, 0) + 1
            else:
                report.kept_ours += 1
                continue
            plan.append((kind, record_id, doc))
    if dry_run or not plan:
        return report
    backups.take_backup(repo.path, force=True)
    with history.work("import") as work:
        if "columns" not in {kind.table for kind, _, _ in plan}:
            board.materialise(work)
        work.put_many(kind.from_doc(doc) for kind, _, doc in plan)
    return report

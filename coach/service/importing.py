"""Importing a coach JSON export: merged into the store by id, without duplicates.

A record whose id is new is added. A record already present and identical is
left alone. When both differ, the one changed most recently (``updated``, else
``created``) wins. A file holding a record that does not validate is refused
whole (each such record said in plain words, see :mod:`coach.service.problems`),
unless the person asks to import the rest without them. The whole import is one
undoable change, with a backup taken first.
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
from coach.service.problems import NOUNS, explain, label, shown
from coach.store import backups
from coach.store.codec import parse_json
from coach.store.errors import DamagedFileError, NewerSchemaError
from coach.store.repository import Repository
from coach.store.schema import QUARANTINE, SCHEMA_VERSION, LoadReport, prepare


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    kept_ours: int = 0
    rejected: list[str] = field(default_factory=list)
    # True when records could not be read and none were imported (all or nothing,
    # unless the person asked to leave those out).
    refused: bool = False
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
    return data, "a coach export", [_not_object(parsed, data, t, i) for t, i in report.quarantined]


def _not_object(parsed: Any, data: dict[str, Any], table: str, record_id: str) -> str:
    """The line for a record that is not a JSON object (the load set it aside)."""
    raw = (data.get(QUARANTINE) or {}).get(f"{table}:{record_id}", {}).get("raw")
    ids = list(parsed.get(table) or {}) if isinstance(parsed, dict) else []
    noun = NOUNS.get(table, (f"{table} record",))[0]
    where = f"{noun} {ids.index(record_id) + 1}" if record_id in ids else noun
    why = f"it should be an object ({{...}}), not {shown(raw)}"
    return f"{where}, filed under {shown(record_id)}: {why}"


class _Unreadable(ValueError):
    """A record that cannot be imported; the message says why in plain words."""


def _valid(kind: Any, record_id: str, doc: Any) -> Any:
    if not isinstance(record_id, str) or not _SAFE_ID.fullmatch(record_id):
        # An id becomes part of commands, exports and file names: letters, digits and
        # dashes only (no "../", no escape codes).
        raise _Unreadable(
            "its id may hold only letters, digits, dashes and underscores, starting with a "
            "letter or digit; give it one that does"
        )
    if len(record_id) > ID_MAX_LENGTH:
        raise _Unreadable(f"its id is longer than {ID_MAX_LENGTH} characters; shorten it")
    try:
        record = kind.from_doc(doc)
    except ValidationError as exc:
        raise _Unreadable(explain(exc)) from None
    if record.id != record_id:
        raise _Unreadable(f'its "id" is {shown(record.id)}; make it the id it is filed under')
    return record


def merge(
    repo: Repository,
    history: History,
    board: BoardService,
    data: dict[str, Any],
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    rejected: list[str] | None = None,
) -> MergeReport:
    """Merge the tables of ``data`` (an export read by :func:`read_export`) into ``repo``.

    When a record cannot be read (``rejected`` holds those already found while reading
    the file), nothing is imported unless ``skip_invalid``: the person fixes the file
    and imports it again, or asks for the rest without them."""
    report = MergeReport(rejected=list(rejected or []))
    plan: list[tuple[Any, str, dict[str, Any]]] = []
    for kind in KINDS:
        table = kind.table
        noun = NOUNS.get(table, (f"{table} record",))[0]
        for position, (record_id, doc) in enumerate((data.get(table) or {}).items(), start=1):
            try:
                record = _valid(kind, record_id, doc)
            except _Unreadable as exc:
                where = label(noun, position, doc)
                report.rejected.append(f"{where}, filed under {shown(record_id)}: {exc}")
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
    report.refused = bool(report.rejected) and not skip_invalid
    if dry_run or not plan or report.refused:
        return report
    backups.take_backup(repo.path, force=True, log=repo.storage.log.path)
    with history.work("import") as work:
        if "columns" not in {kind.table for kind, _, _ in plan}:
            board.materialise(work)
        work.put_many(kind.from_doc(doc) for kind, _, doc in plan)
    return report

"""The layout of the data file, its version, and the migrations between versions.

The file is TinyDB's layout: an object of tables, each an object of documents
keyed by id. ``_meta`` holds the schema version. Version 1 was the prototype's
layout (journal ``text``, goals with a ``status`` instead of a board column,
no ``columns`` table); version 2 is the board layout; version 3, the current one,
is the same layout with a change log beside the file (:mod:`coach.store.changelog`).
Each migration is a pure function from one version's data to the next, applied in
memory on load; the migrated file is written (after a backup) on the next save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from coach import __version__
from coach.defaults import DEFAULT_COLUMNS
from coach.store.errors import DamagedFileError

SCHEMA_VERSION = 3
META = "_meta"
QUARANTINE = "_quarantine"
TABLES = (
    "aspirations",
    "goals",
    "journal",
    "evaluations",
    "columns",
    "answers",
    "stories",
    "progress",
    "reviews",
)

Data = dict[str, Any]


def _v1_to_v2(data: Data) -> Data:
    """Prototype layout to the board layout."""
    journal = {}
    for doc_id, doc in data.get("journal", {}).items():
        if isinstance(doc, dict) and "text" in doc and "body" not in doc:
            doc = {k: v for k, v in doc.items() if k != "text"} | {"body": doc["text"]}
        journal[doc_id] = doc
    status_to_column = {"todo": "backlog", "doing": "doing", "done": "done"}
    goals = {}
    for doc_id, doc in data.get("goals", {}).items():
        if isinstance(doc, dict) and "column" not in doc:
            status = doc.get("status", "todo")
            doc = {k: v for k, v in doc.items() if k != "status"}
            doc["column"] = status_to_column.get(status, "backlog")
            doc.setdefault("position", 0)
        goals[doc_id] = doc
    columns = data.get("columns") or {
        cid: {"id": cid, "name": name, "order": order, "done": done}
        for order, (cid, name, done) in enumerate(DEFAULT_COLUMNS)
    }
    return data | {"journal": journal, "goals": goals, "columns": columns}


def _v2_to_v3(data: Data) -> Data:
    """The same tables; from version 3 on, a change log beside the file holds the
    changes made since the file was written (an older coach must not write it)."""
    return data


MIGRATIONS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2, 2: _v2_to_v3}


@dataclass
class LoadReport:
    """What loading found: the version on disk, whether it was migrated, records set aside."""

    found_version: int = SCHEMA_VERSION
    migrated: bool = False
    newer: bool = False
    quarantined: list[tuple[str, str]] = field(default_factory=list)


def meta_doc(version: int = SCHEMA_VERSION) -> dict[str, Any]:
    return {"version": version, "written_by": f"coach {__version__}"}


def version_of(path: Path, data: Data) -> int:
    meta = data.get(META)
    if meta is None:
        return SCHEMA_VERSION if not data else 1
    if not isinstance(meta, dict) or not isinstance(meta.get("schema"), dict):
        raise DamagedFileError(path, "its _meta section is not an object with a schema record")
    version = meta["schema"].get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedFileError(
            path, f"its schema version {version!r} is not a positive whole number"
        )
    return version


def prepare(path: Path, data: Data, report: LoadReport) -> Data:
    """Check the shape of freshly loaded data and bring it to the current version."""
    version = version_of(path, data)
    report.found_version = version
    report.newer = version > SCHEMA_VERSION
    for name, table in data.items():
        if not isinstance(table, dict):
            raise DamagedFileError(
                path, f"its {name!r} section is a JSON {type(table).__name__}, not an object"
            )
    if report.newer:
        return data
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        report.migrated = True
    data = _quarantine_non_objects(data, report)
    data[META] = {"schema": meta_doc()}
    return data


def _quarantine_non_objects(data: Data, report: LoadReport) -> Data:
    """Set aside records that are not JSON objects, keeping them in ``_quarantine``."""
    aside = dict(data.get(QUARANTINE, {}))
    changed = False
    for name in TABLES:
        table = data.get(name)
        if not table:
            continue
        bad = [doc_id for doc_id, doc in table.items() if not isinstance(doc, dict)]
        if not bad:
            continue
        changed = True
        kept = dict(table)
        for doc_id in bad:
            key = f"{name}:{doc_id}"
            aside[key] = {
                "table": name,
                "id": doc_id,
                "raw": kept.pop(doc_id),
                "found": datetime.now().astimezone().isoformat(),
            }
            report.quarantined.append((name, doc_id))
        data = data | {name: kept}
    return data | {QUARANTINE: aside} if changed else data

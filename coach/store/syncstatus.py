"""What is known of the devices that share a store: for ``coach sync status`` and
``coach doctor``. Plain JSON values, so that the command line prints them as they are."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from coach.store import devices

if TYPE_CHECKING:
    from coach.store.storage import CoachStorage


def _when(ms: int) -> str | None:
    if ms <= 0:
        return None
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")


def _label(doc: Any) -> str:
    """A few words that name a record: its title, statement, name or body."""
    if isinstance(doc, dict):
        for field in ("title", "statement", "name", "body", "text"):
            value = doc.get(field)
            if isinstance(value, str) and value.strip():
                return value
    return ""


def sync_status(storage: CoachStorage) -> dict[str, Any]:
    """The devices, their files and last change, what was merged, and the conflicts kept."""
    versions, notes = storage.versions, storage.notes
    files: dict[str, list[str]] = {}
    for found in devices.scan(storage.layout):
        if found.device != devices.LEGACY and not found.copy:
            files.setdefault(found.device, []).append(found.path.name)
    names = sorted(set(files) | set(versions.devices) | {storage.device})
    listed = []
    for name in names:
        changes, at = versions.devices.get(name, (0, ""))
        listed.append(
            {
                "device": name,
                "this_device": name == storage.device,
                "changes": changes,
                "last_change": at or None,
                "files": sorted(files.get(name, [])),
            }
        )
    conflicts = []
    for entry in sorted(storage.versions.conflicts.values(), key=lambda e: e["version"][:3]):
        ms, _, device = entry["version"][:3]
        won_ms, _, won_device = entry["lost_to"]
        conflicts.append(
            {
                "table": entry["table"],
                "id": entry["id"],
                "what": _label(entry["doc"]) if entry["doc"] is not None else "",
                "deleted": entry["doc"] is None,
                "device": device,
                "changed_at": _when(ms),
                "lost_to_device": won_device,
                "lost_to_at": _when(won_ms),
                "version": entry["doc"],
            }
        )
    return {
        "data_file": str(storage.data_file),
        "this_device": storage.device,
        "devices": listed,
        "conflict_copies_merged": sorted(notes.copies),
        "read_up_to_a_cut": sorted(notes.torn),
        "unreadable": [{"file": f, "problem": p} for f, p in sorted(notes.skipped)],
        "conflicts": conflicts,
        "store_id": storage.versions.store or None,
        "older_or_other_files": [f.dump(storage.device) for f in storage.findings],
    }

"""What is known of the devices that share a store: for ``coach sync status`` and
``coach doctor``. Plain JSON values, so that the command line prints them as they are."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from coach.store import devices
from coach.store.codec import PlainCodec

if TYPE_CHECKING:
    from coach.store.storage import CoachStorage


def _when(ms: int) -> str | None:
    if ms <= 0:
        return None
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")


def record_label(doc: Any) -> str:
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
                "what": record_label(entry["doc"]) if entry["doc"] is not None else "",
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
        "encrypted_here": not isinstance(storage.codec, PlainCodec),
        "encryption_differs": _encryption_differs(storage),
    }


def _sealed(found: devices.Found) -> bool | None:
    """Whether the file is encrypted (None: empty, or cannot be read)."""
    from coach.store.changelog import SEALED
    from coach.store.crypto import MAGIC

    try:
        with open(found.path, "rb") as handle:
            head = handle.read(len(MAGIC))
    except OSError:
        return None
    if not head:
        return None
    return head.startswith(SEALED) if found.kind == "log" else head == MAGIC


def _encryption_differs(storage: CoachStorage) -> list[dict[str, Any]]:
    """The files beside this device's that are encrypted when its own are not, or the
    other way round (another device has not joined the encrypted store yet)."""
    here = not isinstance(storage.codec, PlainCodec)
    differs = []
    for found in devices.scan(storage.layout):
        if found.device in (devices.LEGACY, storage.device) and not found.copy:
            continue
        sealed = _sealed(found)
        if sealed is None or sealed == here:
            continue
        differs.append(
            {
                "file": found.path.name,
                "device": found.device,
                "encrypted": sealed,
                "copy": found.copy,
            }
        )
    return differs

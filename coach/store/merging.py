"""Reading the other devices' files (and the copies sync tools made) into this store.

Another device's snapshot and log are read as they are, never written: each of its
records is offered to :class:`~coach.store.versions.Versions`, which keeps the
winner (the highest stamp) and the losing version of a conflict. A file that
cannot be read (half copied by a sync tool, damaged, under another passphrase) is
skipped and reported; it is read again once it changes, so nothing in it is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from coach.store.changelog import Change, ChangeLog
from coach.store.codec import Codec
from coach.store.devices import LEGACY, Found
from coach.store.errors import StoreError
from coach.store.schema import META, LoadReport, prepare
from coach.store.versions import ZERO, Doc, Meta, Versions

Data = dict[str, Any]
Item = tuple[str, str, Doc, Meta]
Key = tuple[str, str]


@dataclass
class SyncNotes:
    """What the last merge of the other devices' files found."""

    copies: list[str] = field(default_factory=list)  # conflict copies merged
    torn: list[str] = field(default_factory=list)  # files read up to a line cut short
    skipped: list[tuple[str, str]] = field(default_factory=list)  # unreadable, and why
    # For the rollback and swap checks (coach.store.memory): per device, the highest
    # change count its own files (and their copies) hold; the store ids of the snapshots;
    # the devices with a file half copied or unreadable (not judged).
    shown: dict[str, int] = field(default_factory=dict)
    stores: set[str] = field(default_factory=set)
    unsure: set[str] = field(default_factory=set)
    store_of: dict[str, str] = field(default_factory=dict)  # per device, its snapshot's

    def show(self, device: str, changes: int) -> None:
        if changes > self.shown.get(device, 0):
            self.shown[device] = changes


def sync_of(data: Data) -> Any:
    meta = data.get(META)
    return meta.get("sync") if isinstance(meta, dict) else None


def snapshot_items(data: Data, versions: Versions) -> Iterator[Item]:
    """Every record of a snapshot with its stamp, and the marks of its deletions."""
    for table, docs in data.items():
        if table == META or not isinstance(docs, dict):
            continue
        for record_id, doc in docs.items():
            yield table, record_id, doc, versions.meta((table, record_id))
    for table, record_id in versions.stamped():
        docs = data.get(table)
        if not isinstance(docs, dict) or record_id not in docs:
            yield table, record_id, None, versions.meta((table, record_id))


def change_items(change: Change) -> Iterator[Item]:
    stamp = (*change.hlc, change.device)
    seen = change.seen or tuple(() for _ in change.docs)
    for (table, record_id, doc), saw in zip(change.docs, seen, strict=True):
        yield table, record_id, doc, Meta(stamp if change.device else ZERO, saw)


def read_other(found: Found, codec: Codec, notes: SyncNotes) -> tuple[list[Item], Versions]:
    """The records of another device's file (or a copy), and what it knew of devices."""
    name = found.path.name
    versions = Versions()
    try:
        if found.kind == "log":
            own = found.device if found.device != LEGACY else None
            store = notes.store_of.get(found.device, "")
            reading = ChangeLog(found.path, codec).read(after=None, device=own, store=store)
            if reading.torn:
                notes.torn.append(name)
                notes.unsure.add(found.device)
            if reading.problem:
                notes.skipped.append(
                    (name, f"read up to a change that is wrong: {reading.problem}")
                )
                notes.unsure.add(found.device)
            items: list[Item] = []
            for change in reading.changes:
                items.extend(change_items(change))
                if change.device:
                    versions.count(change.device, change.count, change.at)
                    versions.see((*change.hlc, change.device))
                if change.device == found.device:
                    notes.show(found.device, change.count)
        else:
            raw = codec.decode(found.path, found.path.read_bytes())
            versions = Versions.load(sync_of(raw))
            report = LoadReport()
            data = prepare(found.path, raw, report)
            if report.newer:
                notes.skipped.append((name, "written by a newer coach"))
                return [], Versions()
            items = list(snapshot_items(data, versions))
            notes.show(found.device, versions.devices.get(found.device, (0, ""))[0])
            if versions.store and not found.copy:
                notes.stores.add(versions.store)
                notes.store_of[found.device] = versions.store
    except StoreError as exc:
        notes.skipped.append((name, getattr(exc, "problem", None) or str(exc)))
        notes.unsure.add(found.device)
        return [], Versions()
    except OSError as exc:
        notes.skipped.append((name, exc.strerror or str(exc)))
        notes.unsure.add(found.device)
        return [], Versions()
    except (ValueError, KeyError, TypeError):
        notes.skipped.append((name, "its record of versions cannot be read"))
        notes.unsure.add(found.device)
        return [], Versions()
    if found.copy:
        notes.copies.append(name)
    return items, versions


def fold(data: Data, versions: Versions, items: list[Item]) -> tuple[Data, bool]:
    """``data`` with each item that wins put in (tables copied once); True if any did."""
    touched: dict[str, dict[str, Any]] = {}
    for table, record_id, doc, meta in items:
        held_table = touched.get(table)
        source = held_table if held_table is not None else data.get(table)
        held = source.get(record_id) if isinstance(source, dict) else None
        if not versions.offer((table, record_id), doc, meta, held):
            continue
        if held_table is None:
            old = data.get(table)
            held_table = touched[table] = dict(old) if isinstance(old, dict) else {}
        if doc is None:
            held_table.pop(record_id, None)
        else:
            held_table[record_id] = doc
    if not touched:
        return data, False
    return {**data, **touched}, True


def changed_keys(before: Data, now: Data) -> set[Key]:
    """The records that differ between two states of the store (a whole new state saved)."""
    keys: set[Key] = set()
    for table in set(before) | set(now):
        old, new = before.get(table), now.get(table)
        if table == META or old is new:
            continue
        old = old if isinstance(old, dict) else {}
        new = new if isinstance(new, dict) else {}
        for record_id in set(old) | set(new):
            a, b = old.get(record_id), new.get(record_id)
            if a is not b and a != b:
                keys.add((table, record_id))
    return keys

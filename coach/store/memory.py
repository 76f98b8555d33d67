"""Rollback and swap checks: what this device remembers of a store, outside the synced
folder.

Per store (the data file's path) and device, a small file in the user's state folder
(beside the device id, :mod:`coach.store.devices`) keeps the store's id and, for every
device, the highest change count its own files have shown here (this device's own
included). On opening, the store's files are compared with it:

* a device's files show fewer changes than remembered: an older copy was put back
  (by hand, or a backup restored over them), or its files were removed;
* this device's snapshot carries another store id than remembered (or no file of the
  store carries the remembered one): another store was put under this path, perhaps
  under the same passphrase.

Each is a :class:`Finding` that says which device, what was expected and what was
found, and what to do. A finding about this device, or a swap, blocks every change
until the person restores the newer files or runs ``coach sync accept`` (see
docs/sync.md); one about another device is reported and clears itself once that
device's newer files arrive (a sync tool may still be copying them). The memory only
ever grows, except by ``coach sync accept`` (and a restore the person asked for),
so a lost update between two processes only weakens the check, never raises it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VERSION = 1


def new_store_id() -> str:
    return secrets.token_hex(8)


@dataclass
class Memory:
    """What this device remembers of one store."""

    store: str = ""
    seen: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    """A sign that the files are older than, or other than, what this device saw."""

    kind: str  # "rollback" or "swap"
    device: str
    expected: int | str
    found: int | str
    blocking: bool  # changes are refused until the newer files are back, or accepted

    def text(self, this_device: str) -> str:
        whose = "this device's" if self.device == this_device else f"device {self.device}'s"
        if self.kind == "swap":
            return (
                f"this is another store than the one this device last opened here "
                f"(store id {self.found or 'unknown'}, expected {self.expected}): "
                "its files were replaced by those of another store"
            )
        if self.found == 0:
            return (
                f"{whose} files are gone: this device saw {_changes(self.expected)} "
                "of it here before"
            )
        return (
            f"{whose} files hold {_changes(self.found)}, but this device saw "
            f"{_changes(self.expected)} of it here before: an older copy was put back"
        )

    def dump(self, this_device: str) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "device": self.device,
            "expected": self.expected,
            "found": self.found,
            "blocks_changes": self.blocking,
            "problem": self.text(this_device),
        }


def _changes(n: int | str) -> str:
    return f"{n} change" if n == 1 else f"{n} changes"


ADVICE = (
    "Nothing was changed. If you have the newer files (another machine, a backup), put "
    "them back beside the data file and run coach again; to go on with the files as they "
    "are now, run `coach sync accept`."
)


@functools.lru_cache(maxsize=64)
def _key(data_file: Path, device: str) -> str:
    where = str(data_file.expanduser().resolve(strict=False))
    return hashlib.sha256(f"{where}\0{device}".encode()).hexdigest()[:24]


def memory_file(data_file: Path, device: str) -> Path:
    """Where this device keeps what it has seen of the store (a file per store and
    device, named by a hash of the data file's full path)."""
    from coach.paths import state_dir

    return state_dir() / "stores" / f"{_key(data_file, device)}.json"


def recall(data_file: Path, device: str) -> Memory | None:
    """What this device remembers of the store, or None (never opened here, or the memory
    cannot be read: then nothing is checked, as for a store opened the first time)."""
    try:
        raw = json.loads(memory_file(data_file, device).read_bytes())
        seen = {str(d): int(n) for d, n in raw["seen"].items()}
        return Memory(store=str(raw.get("store", "")), seen=seen)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def remember(data_file: Path, device: str, memory: Memory) -> None:
    """Keep ``memory`` (best effort: without it the check is only weaker). Written by a
    rename, not fsynced: a save does not wait for it."""
    path = memory_file(data_file, device)
    payload = json.dumps(
        {
            "version": VERSION,
            "path": str(data_file),
            "device": device,
            "store": memory.store,
            "seen": dict(sorted(memory.seen.items())),
        },
    ).encode()
    keep_private(path, payload)


def open_private(path: Path, flags: int) -> int:
    """Open a small file of the state folder to write (0600, with ``flags`` beside
    O_WRONLY | O_CREAT), making the folder (0700) when it is not there yet."""
    try:
        return os.open(path, os.O_WRONLY | os.O_CREAT | flags, 0o600)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return os.open(path, os.O_WRONLY | os.O_CREAT | flags, 0o600)


def keep_private(path: Path, payload: bytes) -> bool:
    """Write a small file of the state folder (0600) by a rename, not fsynced; False
    when it could not be written (what it holds only makes a check stronger, or a
    later save quicker)."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with os.fdopen(open_private(tmp, os.O_EXCL), "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True


def check(
    memory: Memory | None,
    store: str,
    stores_found: set[str],
    shown: dict[str, int],
    unsure: set[str],
    this_device: str,
) -> list[Finding]:
    """What the files (``shown``: per device, the highest change count its own files
    hold; ``store``: this device's store id, ``stores_found``: the ids in every
    snapshot) tell against ``memory``. Devices in ``unsure`` (a file half copied or
    unreadable) are not judged."""
    if memory is None:
        return []
    if memory.store and store and memory.store != store:
        return [Finding("swap", this_device, memory.store, store, True)]
    # No snapshot of its own (yet): the others' snapshots tell which store this is, unless
    # this device had files here before (then they are gone: a rollback, below).
    own_before = memory.seen.get(this_device, 0)
    joined = not store and not own_before and bool(stores_found)
    if memory.store and joined and memory.store not in stores_found:
        return [Finding("swap", this_device, memory.store, min(stores_found), True)]
    found = []
    for device, expected in sorted(memory.seen.items()):
        have = shown.get(device, 0)
        if have < expected and device not in unsure:
            found.append(Finding("rollback", device, expected, have, device == this_device))
    return found


def merged(memory: Memory | None, store: str, shown: dict[str, int]) -> Memory:
    """``memory`` raised to what the files show now."""
    seen = dict(memory.seen) if memory is not None else {}
    for device, n in shown.items():
        if n > seen.get(device, 0):
            seen[device] = n
    return Memory(store or (memory.store if memory else ""), seen)


def forget_own(data_file: Path, device: str) -> None:
    """This device's own files were put back on purpose (``coach doctor --restore``): it
    stops expecting the changes it saved since; the next load remembers what is there."""
    held = recall(data_file, device)
    if held is not None and held.seen.get(device):
        remember(data_file, device, Memory(held.store, {**held.seen, device: 0}))

"""Which device this is, and which files of which devices sit beside the data file.

Each device writes only files of its own, named by its device id, so that a file-sync
tool (Syncthing, Dropbox, a cloud folder, git) never sees two writers on one file::

    coach.json                  the data file named by --db / $COACH_DB (before
                                version 4 the only file; now read only to migrate)
    coach.<device>.json         that device's snapshot
    coach.<device>.log          that device's change log

The device id is made once, at random, and kept in the user's state folder, outside
any synced folder (a copied state folder would make two machines one device);
``$COACH_DEVICE`` sets it (tests, two accounts on one machine).

Conflict copies that sync tools make of these files (``coach.a1.sync-conflict-…log``
by Syncthing, ``coach.a1 (… conflicted copy …).log`` by Dropbox, ``*.conflict*`` and
``*conflicted*`` by others) are found too, and read like the file they copy.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from coach.errors import CoachError

ENV_DEVICE = "COACH_DEVICE"
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}\Z")
LEGACY = ""  # the "device" of the single data file every device shared before


def valid_device(name: str) -> bool:
    return bool(_ID.match(name)) and "conflict" not in name.lower() and name.lower() != "json"


def _new_id() -> str:
    host = re.sub(r"[^a-z0-9-]+", "-", socket.gethostname().lower()).strip("-")[:16]
    host = host if host and valid_device(host) else "device"
    return f"{host}-{secrets.token_hex(3)}"


def device_id() -> str:
    """This device's id: ``$COACH_DEVICE``, else the one kept in the state folder (made
    on first use)."""
    configured = os.environ.get(ENV_DEVICE, "").strip()
    if configured:
        if not valid_device(configured):
            raise CoachError(
                f"{ENV_DEVICE}={configured!r} cannot name a device: use 1 to 40 letters, "
                "digits, '-' or '_' (not the word 'conflict')"
            )
        return configured
    from coach.paths import state_dir
    from coach.store.atomic import ensure_dir, write_atomic

    kept = state_dir() / "device"
    try:
        found = kept.read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
        found = ""
    except OSError as exc:
        raise CoachError(f"cannot read the device id in {kept}: {exc.strerror or exc}") from None
    if valid_device(found):
        return found
    made = _new_id()
    try:
        ensure_dir(kept.parent)
        write_atomic(kept, made.encode() + b"\n")
    except OSError as exc:
        raise CoachError(
            f"cannot keep this device's id in {kept}: {exc.strerror or exc}; "
            f"set {ENV_DEVICE} to a short name for this machine instead"
        ) from None
    return made


@dataclass(frozen=True)
class Layout:
    """The names of the files of one store: the data file and each device's files."""

    data_file: Path
    device: str

    @property
    def folder(self) -> Path:
        return self.data_file.parent

    @property
    def stem(self) -> str:
        return self.data_file.stem if self.data_file.suffix else self.data_file.name

    @property
    def ext(self) -> str:
        return self.data_file.suffix or ".json"

    def snapshot_of(self, device: str) -> Path:
        return self.folder / f"{self.stem}.{device}{self.ext}"

    def log_of(self, device: str) -> Path:
        return self.folder / f"{self.stem}.{device}.log"

    @property
    def snapshot(self) -> Path:
        return self.snapshot_of(self.device)

    @property
    def log(self) -> Path:
        return self.log_of(self.device)

    @property
    def legacy_log(self) -> Path:
        return self.data_file.with_name(self.data_file.name + ".log")


def layout(data_file: Path, device: str | None = None) -> Layout:
    return Layout(data_file, device if device is not None else device_id())


@dataclass(frozen=True)
class Found:
    """One file of the store found in its folder."""

    path: Path
    device: str  # LEGACY for the shared data file of before and its log
    kind: str  # "snapshot" or "log"
    copy: bool  # a conflict copy a sync tool made


_PAREN = re.compile(r"\s*\([^()]*conflict[^()]*\)", re.IGNORECASE)
_MARK = re.compile(r"[ _-]*\(?(sync-)?conflict.*$", re.IGNORECASE)


def _clean(name: str) -> str:
    """``name`` without the marks sync tools add to a conflict copy."""
    name = _PAREN.sub("", name)
    parts = []
    for part in name.split("."):
        if "conflict" in part.lower():
            part = _MARK.sub("", part)
            if not part:
                continue
        parts.append(part)
    return ".".join(parts)


def classify(lay: Layout, name: str) -> Found | None:
    """What the file ``name`` in the store's folder is, or None when it is not one."""
    if name.startswith(".") or name.endswith((".bak", ".lock", ".tmp", ".part")):
        return None
    if ".replaced-" in name:
        return None
    cleaned = _clean(name)
    copy = cleaned != name
    path = lay.folder / name
    if cleaned == lay.data_file.name:
        return Found(path, LEGACY, "snapshot", copy)
    if cleaned == lay.legacy_log.name:
        return Found(path, LEGACY, "log", copy)
    head = lay.stem + "."
    if not cleaned.startswith(head):
        return None
    rest = cleaned[len(head) :]
    for kind, ext in (("log", ".log"), ("snapshot", lay.ext)):
        if rest.endswith(ext) and valid_device(rest[: -len(ext)]):
            return Found(path, rest[: -len(ext)], kind, copy)
    return None


def scan(lay: Layout) -> list[Found]:
    """Every file of the store in its folder, in name order (the order is stable)."""
    found = []
    try:
        names = sorted(entry.name for entry in os.scandir(lay.folder) if entry.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for name in names:
        item = classify(lay, name)
        if item is not None:
            found.append(item)
    return found


def store_file(data_file: Path) -> Path:
    """The file that holds this device's view of the store: its snapshot when it has one,
    else the data file of before, else another device's snapshot (to tell, say, whether
    the store is encrypted)."""
    lay = layout(data_file)
    if lay.snapshot.exists():
        return lay.snapshot
    if data_file.exists():
        return data_file
    for item in scan(lay):
        if item.kind == "snapshot" and not item.copy:
            return item.path
    return lay.snapshot


def store_exists(data_file: Path) -> bool:
    """True when any file of the store is there (the data file, or a device's file)."""
    if data_file.exists():
        return True
    return bool(scan(layout(data_file)))

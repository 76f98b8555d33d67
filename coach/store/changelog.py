"""The change log beside the data file: one line per saved change, appended and fsynced.

A save appends one line (a *change*: its sequence number, when, and the documents it
wrote, a deletion as ``null``) to ``<data file>.log`` and fsyncs it; nothing else is
written, so a save costs what the change costs. The data file is the snapshot: it
records the sequence number of the last change folded into it (``_meta.log``), and
opening the store is the snapshot plus the changes after that number, in order.

A crash can cut the last line short. Such a line was never acknowledged (its fsync
had not returned), so it is left out and reported, and the next save cuts it off
before it appends. Any other line that cannot be read is damage: the log is left as
it is and the store refuses to open, as it does for a damaged data file.

Lines of an encrypted store are sealed one by one with the store's codec (``~``
then base64). Each line carries, inside its seal (so authenticated with it), its
sequence number, its device and the store's id: a line moved into another device's
log, or from another store under the same passphrase, is refused and named, and one
repeated, reordered or dropped breaks the run of numbers and is named too, in this
device's log and in every other device's (:meth:`ChangeLog.read`). Plain logs carry
and check the same, which catches a hand copy gone wrong.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.store.atomic import FILE_MODE, fsync_dir, write_atomic
from coach.store.codec import Codec, PlainCodec, dump_json, parse_json
from coach.store.errors import DamagedFileError, StoreError

Doc = dict[str, Any] | None
SEALED = b"~"


Seen = tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class Change:
    """One saved change: what the service wrote in one transaction, on which device, at
    which clock stamp (:mod:`coach.store.versions`), and for each document what its
    writer had seen of the record."""

    seq: int
    at: str
    docs: tuple[tuple[str, str, Doc], ...]
    device: str = ""
    hlc: tuple[int, int] = (0, 0)
    seen: tuple[Seen, ...] = ()
    count: int = 0  # how many changes its device has saved, this one included
    store: str = ""  # the store's id (coach.store.memory); none in lines from before

    def line(self) -> dict[str, Any]:
        seen = self.seen or tuple(() for _ in self.docs)
        return {
            **({"store": self.store} if self.store else {}),
            "seq": self.seq,
            "at": self.at,
            "dev": self.device,
            "hlc": list(self.hlc),
            "n": self.count,
            "docs": [[*d, [list(s) for s in w]] for d, w in zip(self.docs, seen, strict=True)],
        }


@dataclass
class Reading:
    """What reading the log from an offset found."""

    changes: list[Change] = field(default_factory=list)
    end: int = 0  # the offset just past the last whole line
    torn: bool = False  # a last line cut short by a crash (left out)
    problem: str = ""  # why another device's log was read only up to a line


def log_path(data_file: Path) -> Path:
    """This device's change log for the data file ``data_file``."""
    from coach.store.devices import layout

    return layout(data_file).log


class ChangeLog:
    """One device's append-only log (or a copy of one)."""

    def __init__(self, path: Path, codec: Codec) -> None:
        self.path = path
        self.codec = codec
        self._sealed = not isinstance(codec, PlainCodec)

    # -- reading ----------------------------------------------------------------------

    def read(
        self, offset: int = 0, *, after: int | None, device: str | None = None, store: str = ""
    ) -> Reading:
        """The changes from byte ``offset`` on, in order; ``after`` is the sequence
        number the reader already holds (the next change must be ``after + 1``).

        ``after=None`` reads another device's log, or a copy a sync tool made: its
        changes are taken as they come (their stamps order them), and a line that
        cannot be read ends the reading like a torn one (a file half copied).

        ``device`` is the device whose log this is: a change of another device in it
        was moved there. ``store`` is the store's id when known: a change that names
        another store came from another store under the same passphrase."""
        reading = Reading(end=offset)
        try:
            with open(self.path, "rb") as handle:
                handle.seek(offset)
                payload = handle.read()
        except FileNotFoundError:
            return reading
        except OSError as exc:
            raise StoreError(self.path, f"cannot read {self.path}: {exc.strerror or exc}") from None
        lenient = after is None
        expected = (after or 0) + 1
        previous: int | None = None
        position = offset
        lines = payload.split(b"\n")
        for number, raw in enumerate(lines):
            last = number == len(lines) - 1
            if last:
                # After the final newline: empty, or a line a crash cut short.
                reading.torn = bool(raw)
                break
            try:
                change = self._decode(raw, position)
            except DamagedFileError:
                if not lenient:
                    raise
                reading.torn = True
                break
            position += len(raw) + 1
            if change is None:
                continue  # an empty line
            wrong = self._misplaced(change, device, store)
            if lenient:
                if wrong is None and previous is not None and change.seq != previous + 1:
                    wrong = (
                        f"change {change.seq} follows change {previous}: a change is "
                        "missing, repeated or out of order"
                    )
                if wrong is not None:
                    reading.problem = f"{wrong} (at byte {position - len(raw) - 1})"
                    break
                previous = change.seq
                reading.changes.append(change)
                reading.end = position
                continue
            if wrong is not None:
                raise DamagedFileError(self.path, wrong)
            assert after is not None
            if change.seq <= after:
                expected = change.seq + 1  # already folded into the snapshot
                reading.end = position
                continue
            if change.seq != expected:
                raise DamagedFileError(
                    self.path,
                    f"change {change.seq} follows change {expected - 1}: a change is missing "
                    "or out of order",
                )
            expected += 1
            reading.changes.append(change)
            reading.end = position
        return reading

    @staticmethod
    def _misplaced(change: Change, device: str | None, store: str) -> str | None:
        """Why ``change`` does not belong in this log, or None."""
        if device is not None and change.device and change.device != device:
            return f"change {change.seq} is device {change.device}'s, moved into this log"
        if store and change.store and change.store != store:
            return f"change {change.seq} belongs to another store (id {change.store})"
        return None

    def _decode(self, raw: bytes, position: int) -> Change | None:
        if not raw.strip():
            return None
        try:
            if raw.startswith(SEALED):
                if not self._sealed:
                    from coach.store.errors import EncryptedStoreError

                    raise EncryptedStoreError(self.path)
                line = self.codec.decode(self.path, base64.b64decode(raw[1:], validate=True))
            else:
                if self._sealed:
                    raise ValueError("a line in clear in an encrypted store's log")
                line = parse_json(self.path, raw + b"\n")  # exact: a key twice refused
            docs = tuple((str(d[0]), str(d[1]), d[2]) for d in line["docs"])
            seen = tuple(
                tuple((str(w), int(m), int(c)) for w, m, c in d[3]) if len(d) > 3 else ()
                for d in line["docs"]
            )
            ms, counter = line.get("hlc", (0, 0))
            return Change(
                seq=int(line["seq"]),
                at=str(line["at"]),
                docs=docs,
                device=str(line.get("dev", "")),
                hlc=(int(ms), int(counter)),
                seen=seen,
                count=int(line.get("n", 0)),
                store=str(line.get("store", "")),
            )
        except (DamagedFileError, binascii.Error, ValueError, KeyError, TypeError, IndexError):
            raise DamagedFileError(
                self.path, f"the change at byte {position} cannot be read"
            ) from None

    # -- writing ----------------------------------------------------------------------

    def append(self, change: Change, *, cut_at: int | None = None) -> int:
        """Append ``change`` durably; returns the new end offset. ``cut_at`` first
        drops a torn tail (a line a crash cut short) from that offset on."""
        line = change.line()
        if self._sealed:
            data = SEALED + base64.b64encode(self.codec.encode(line)) + b"\n"
        else:
            data = dump_json(line)
        new = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        try:
            if cut_at is not None:
                os.ftruncate(fd, cut_at)
            start = os.fstat(fd).st_size
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            except BaseException:
                # Not saved: take back what reached the file, so no half line stays.
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, start)
                raise
            end = os.fstat(fd).st_size
        finally:
            os.close(fd)
        if new:
            fsync_dir(self.path.parent)
        return end

    def reset(self) -> None:
        """Empty the log (after its changes were folded into the snapshot)."""
        with contextlib.suppress(FileNotFoundError):
            if self.path.stat().st_size == 0:
                return
        if self.path.exists():
            write_atomic(self.path, b"")

    def remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
            fsync_dir(self.path.parent)


def recode(path: Path, codec: Codec, *, seal: bool) -> bool:
    """Seal every clear line of the log at ``path`` with ``codec`` (``seal``), or open
    every sealed one; used for the copies of a log kept with a backup, when the store
    is encrypted or decrypted. True when the file was rewritten."""
    out, changed = [], False
    for raw in path.read_bytes().split(b"\n"):
        if not raw.strip():
            continue
        if raw.startswith(SEALED) and not seal:
            raw = dump_json(codec.decode(path, base64.b64decode(raw[1:], validate=True)))[:-1]
            changed = True
        elif not raw.startswith(SEALED) and seal:
            raw = SEALED + base64.b64encode(codec.encode(parse_json(path, raw + b"\n")))
            changed = True
        out.append(raw + b"\n")
    if changed:
        write_atomic(path, b"".join(out))
    return changed

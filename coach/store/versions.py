"""Which version of a record wins when several devices changed it: the merge order.

Every change carries a hybrid logical clock stamp, ``(milliseconds, counter, device)``
(see docs/sync.md for why): a device's clock takes the wall clock's milliseconds, but
never goes below the highest stamp it has seen, from itself or any other device; when
it would, it keeps that millisecond and counts on. So a change made after seeing
another always orders after it, however wrong either machine's clock is, and stamps
of different devices never tie (the device id breaks the tie).

Per record (table + id), the version with the highest stamp wins. A deletion is a
version too (no document), kept as a mark so that it reaches the other devices.

Each version also says which versions of that record its writer had seen (``seen``:
per device, the highest stamp of that device's versions of it). A losing version its
winner had seen was replaced knowingly; one it had not seen was changed on two devices
at once: a *conflict*. The later one wins, and the losing one is kept, document and
all, in :attr:`Versions.conflicts`, and reported; it is never dropped.

``coach sync resolve`` settles a kept conflict: its key (record and losing stamp) goes
into :attr:`Versions.settled`, which every snapshot carries and every device merges
(a union, like the conflicts), and a settled conflict is no longer kept or listed,
whichever device's files still hold the version that lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Stamp = tuple[int, int, str]
Key = tuple[str, str]
Doc = dict[str, Any] | None
ZERO: Stamp = (0, 0, "")  # the records of a store from before stamps (all devices agree)


@dataclass(frozen=True)
class Meta:
    """The stamp of one version of a record, and what its writer had seen of the record."""

    stamp: Stamp
    seen: tuple[tuple[str, int, int], ...] = ()

    def saw(self, other: Meta) -> bool:
        """True when this version's writer had seen ``other`` (or a later version of it)."""
        if other.stamp == ZERO or other.stamp == self.stamp:
            return True
        # Not "a device sees its own earlier changes": a version it wrote may have lost
        # to another device's since, and then its next change did not replace it.
        ms, counter, device = other.stamp
        return any(d == device and (m, c) >= (ms, counter) for d, m, c in self.seen)

    def built_on(self, other: Meta) -> bool:
        """True when this version was written over ``other`` itself, or over a version
        written over it: ``other`` is the very stamp it records of that device. (A later
        stamp of that device does not prove it: that device's ``other`` may have lost to
        another device's version, and its next one been written over that.)"""
        ms, counter, device = other.stamp
        return any(d == device and (m, c) == (ms, counter) for d, m, c in self.seen)

    def dump(self) -> list[Any]:
        if not self.seen:
            return [*self.stamp]
        return [*self.stamp, [list(s) for s in self.seen]]

    @classmethod
    def load(cls, raw: Any) -> Meta:
        ms, counter, device, seen = raw if len(raw) == 4 else (*raw, ())
        return cls(
            (int(ms), int(counter), str(device)),
            tuple((str(d), int(m), int(c)) for d, m, c in seen),
        )


NONE = Meta(ZERO)


def after(held: Meta) -> tuple[tuple[str, int, int], ...]:
    """What a change over the version ``held`` has seen: all ``held`` had seen, and it."""
    seen = {d: (m, c) for d, m, c in held.seen}
    if held.stamp != ZERO:
        ms, counter, device = held.stamp
        seen[device] = max(seen.get(device, (0, 0)), (ms, counter))
    return tuple(sorted((d, m, c) for d, (m, c) in seen.items()))


@dataclass
class Versions:
    """The stamps of the records held, the conflicts kept, and what is known of devices."""

    # The stamps of the records (and of the marks of deletions): as read from a snapshot
    # (``raw``, turned into a Meta only when asked: a store of 100k records reads fast),
    # and those found or made since (``metas``, which win over ``raw``).
    metas: dict[Key, Meta] = field(default_factory=dict)
    raw: dict[str, dict[str, Any]] = field(default_factory=dict)
    conflicts: dict[tuple[str, str, Stamp], dict[str, Any]] = field(default_factory=dict)
    settled: set[tuple[str, str, Stamp]] = field(default_factory=set)  # conflicts resolved
    devices: dict[str, tuple[int, str]] = field(default_factory=dict)  # (changes, last at)
    clock: tuple[int, int] = (0, 0)
    store: str = ""  # the store's random id, made when it was created (swap checks)

    def meta(self, key: Key) -> Meta:
        found = self.metas.get(key)
        if found is not None:
            return found
        table = self.raw.get(key[0])
        held = table.get(key[1]) if isinstance(table, dict) else None
        if held is None:
            return NONE
        try:
            found = Meta.load(held)
        except (ValueError, TypeError):
            found = NONE  # a stamp that cannot be read: the record counts as from before
        self.metas[key] = found
        return found

    def stamped(self) -> set[Key]:
        """Every record (or deletion mark) that has a stamp."""
        found = set(self.metas)
        for table, ids in self.raw.items():
            if isinstance(ids, dict):
                found.update((table, record_id) for record_id in ids)
        return found

    def see(self, stamp: Stamp) -> None:
        if stamp[:2] > self.clock:
            self.clock = (stamp[0], stamp[1])

    def tick(self, now_ms: int, device: str) -> Stamp:
        """The stamp of a new change on this device: later than anything seen."""
        ms, counter = self.clock
        self.clock = (now_ms, 0) if now_ms > ms else (ms, counter + 1)
        return (*self.clock, device)

    def count(self, device: str, changes: int, at: str) -> None:
        """A device made ``changes`` changes by now, the last at ``at``."""
        held = self.devices.get(device)
        if held is None or (changes, at) > held:
            self.devices[device] = (changes, at)

    def offer(self, key: Key, doc: Doc, meta: Meta, held: Doc) -> bool:
        """A version of ``key`` was found; True when it wins over the one ``held``.
        The loser is kept as a conflict when the winner had not seen it."""
        current = self.meta(key)
        if meta.stamp == current.stamp:
            # The same version again; or a record of the store from before stamps
            # that this device's copy does not hold yet.
            return meta.stamp == ZERO and held is None and doc is not None
        self.see(meta.stamp)
        wins = meta.stamp > current.stamp
        winner, loser, lost = (meta, current, held) if wins else (current, meta, doc)
        won = doc if wins else held
        if not winner.saw(loser) and lost != won:
            self.keep(key, loser, lost, winner.stamp)
        if wins:
            self.metas[key] = meta
        return wins

    def keep(self, key: Key, loser: Meta, doc: Doc, won: Stamp) -> None:
        if (*key, loser.stamp) in self.settled:
            return
        self.conflicts.setdefault(
            (*key, loser.stamp),
            {
                "table": key[0],
                "id": key[1],
                "version": loser.dump(),
                "doc": doc,
                "lost_to": list(won),
            },
        )

    def prune(self) -> None:
        """Drop kept versions that another kept version of the same record was written
        over: they were replaced knowingly (only the last of such a line is a conflict),
        and those settled (``coach sync resolve``) here or on another device."""
        for ident in self.settled.intersection(self.conflicts):
            del self.conflicts[ident]
        by_key: dict[Key, list[tuple[tuple[str, str, Stamp], Meta]]] = {}
        for ident, entry in self.conflicts.items():
            by_key.setdefault(ident[:2], []).append((ident, Meta.load(entry["version"])))
        for entries in by_key.values():
            for ident, meta in entries:
                if any(o is not meta and o.built_on(meta) for _, o in entries):
                    del self.conflicts[ident]

    # -- in a snapshot ------------------------------------------------------------------

    def dump(self, device: str) -> dict[str, Any]:
        records = {t: dict(ids) for t, ids in self.raw.items() if isinstance(ids, dict)}
        for (table, record_id), meta in self.metas.items():
            records.setdefault(table, {})[record_id] = meta.dump()
        return {
            "device": device,
            **({"store": self.store} if self.store else {}),
            "clock": list(self.clock),
            "records": records,
            "conflicts": list(self.conflicts.values()),
            **(
                {"settled": sorted([t, i, *st] for t, i, st in self.settled)}
                if self.settled
                else {}
            ),
            "devices": {d: list(v) for d, v in sorted(self.devices.items())},
        }

    @classmethod
    def load(cls, raw: Any) -> Versions:
        """Read ``_meta.sync`` of a snapshot (raises ValueError/TypeError/KeyError when bad)."""
        found = cls()
        if raw is None:
            return found
        records = raw["records"]
        if not isinstance(records, dict) or not all(isinstance(t, dict) for t in records.values()):
            raise ValueError("records")
        found.raw = records
        for entry in raw["conflicts"]:
            stamp = Meta.load(entry["version"]).stamp
            found.conflicts[(str(entry["table"]), str(entry["id"]), stamp)] = dict(entry)
        for table, record_id, ms, counter, device in raw.get("settled", ()):
            found.settled.add((str(table), str(record_id), (int(ms), int(counter), str(device))))
        for device, (changes, at) in raw["devices"].items():
            found.devices[str(device)] = (int(changes), str(at))
        ms, counter = raw["clock"]
        found.clock = (int(ms), int(counter))
        found.store = str(raw.get("store", ""))
        return found

    def absorb(self, other: Versions) -> None:
        """Take in the conflicts, device counts and clock of another snapshot."""
        for ident, entry in other.conflicts.items():
            self.conflicts.setdefault(ident, entry)
        self.settled |= other.settled
        for device, (changes, at) in other.devices.items():
            self.count(device, changes, at)
        if other.clock > self.clock:
            self.clock = other.clock

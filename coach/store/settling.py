"""Settling a conflict kept between devices (``coach sync resolve``).

A conflict is kept until someone settles it: its key (the record and the stamp of the
version that lost) goes into the store's list of settled conflicts
(:attr:`coach.store.versions.Versions.settled`), and this device's snapshot is written
at once so that the settlement reaches the other devices with their next sync. Every
device then stops keeping and listing it, even while its files still hold the version
that lost. Putting the other version back is a normal change, made by the service
before the settlement (:meth:`coach.service.CoachService.resolve_conflict`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coach.errors import CoachError
from coach.store.versions import Stamp

if TYPE_CHECKING:
    from coach.store.storage import CoachStorage

Ident = tuple[str, str, Stamp]


def conflicts_of(storage: CoachStorage, ref: str) -> list[tuple[Ident, dict[str, Any]]]:
    """The conflicts kept for the one record that ``ref`` names (its id, or the start
    of it), oldest first; a clear error when no record, or several, match."""
    kept = storage.versions.conflicts
    ids = {(t, i) for t, i, _ in kept}
    exact = {(t, i) for t, i in ids if i == ref}
    matches = exact or {(t, i) for t, i in ids if i.startswith(ref)}
    if not matches:
        listed = ", ".join(sorted(i for _, i in ids)) or "none"
        raise CoachError(
            f"no conflict is kept for a record {ref!r} (records with a conflict: {listed}); "
            "`coach sync status` lists them"
        )
    if len(matches) > 1:
        names = ", ".join(sorted(i for _, i in matches))
        raise CoachError(f"{ref!r} names several records with a conflict ({names}); type more")
    ((table, record_id),) = matches
    found = [(ident, entry) for ident, entry in kept.items() if ident[:2] == (table, record_id)]
    return sorted(found, key=lambda item: item[0][2])


def settle(storage: CoachStorage, idents: list[Ident]) -> None:
    """Mark ``idents`` settled and write this device's snapshot, which carries it."""
    with storage.transaction():  # the store is read afresh first: settle what is there
        storage.versions.settled.update(idents)
        storage.versions.prune()
        storage.compact(force=True)

"""The storage's rollback and swap checks (:mod:`coach.store.memory`): judged after every
load of the files, kept up to date after every save, and lifted by :meth:`accept`."""

from __future__ import annotations

from pathlib import Path

from coach.store import memory
from coach.store.errors import StoreHistoryError
from coach.store.merging import SyncNotes
from coach.store.versions import Versions


class Guard:
    """Mixed into the storage, which holds these attributes."""

    data_file: Path
    device: str
    versions: Versions
    notes: SyncNotes
    findings: list[memory.Finding]
    _memory: memory.Memory | None
    _shown_own: int
    _recalled: memory.Memory | None = None

    def _load(self) -> None: ...  # the storage's (coach.store.loading)

    def _recall(self) -> None:
        self._recalled = memory.recall(self.data_file, self.device)

    def _judge(self, own_store: str, own_shown: int) -> None:
        """Compare what the files show with what this device remembers (after a load:
        ``own_store`` and ``own_shown`` are what this device's own files hold)."""
        notes = self.notes
        remembered = self._recalled
        shown = {d: n for d, n in notes.shown.items() if d != self.device}
        shown[self.device] = own_shown
        self._shown_own = own_shown
        self.findings = memory.check(
            remembered, own_store, notes.stores, shown, notes.unsure, self.device
        )
        if not self.versions.store:  # no snapshot of its own yet: join the store it reads
            kept = remembered.store if remembered else ""
            if kept and (not notes.stores or kept in notes.stores):
                self.versions.store = kept
            else:
                self.versions.store = min(notes.stores) if notes.stores else memory.new_store_id()
        self._memory = remembered
        if any(f.blocking for f in self.findings):
            return  # nothing is remembered over it until the person decides
        # Only an id some snapshot holds is remembered (one made just now is in none yet).
        known = own_store or (self.versions.store if self.versions.store in notes.stores else "")
        now = memory.merged(remembered, known, shown)
        if now != remembered:
            memory.remember(self.data_file, self.device, now)
            self._memory = now

    def _remember_save(self, count: int) -> None:
        """This device saved its change number ``count``."""
        self._shown_own = max(self._shown_own, count)
        held = self._memory or memory.Memory(self.versions.store, {})
        if held.seen.get(self.device, 0) >= count:
            return
        now = memory.Memory(held.store or self.versions.store, {**held.seen, self.device: count})
        memory.remember(self.data_file, self.device, now)
        self._memory = now

    def refuse_if_older(self) -> None:
        """Raise when a finding blocks changes (this device's files older, or a swap).
        Called under the store's lock: the files are read once more first, in case the
        finding came from a read while another process of this device was saving."""
        if any(f.blocking for f in self.findings):
            self._load()
        blocking = [f for f in self.findings if f.blocking]
        if blocking:
            raise StoreHistoryError(
                self.data_file,
                "; ".join(f.text(self.device) for f in blocking) + ". " + memory.ADVICE,
            )

    def accept(self) -> list[memory.Finding]:
        """Take the files as they are now as what this device has seen (``coach sync
        accept``); returns the findings that were lifted."""
        lifted = list(self.findings)
        shown = {d: n for d, n in self.notes.shown.items() if d != self.device}
        shown[self.device] = self._shown_own
        now = memory.Memory(self.versions.store, shown)
        memory.remember(self.data_file, self.device, now)
        self._memory, self.findings = now, []
        return lifted

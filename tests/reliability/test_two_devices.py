"""Two devices, simulated: two stores in two folders, random adds, edits, deletions and
undos on both, "synced" by copying files between the folders in random order and at
random moments, whole, half copied, or as the conflict copies Syncthing and Dropbox
make. In the end, once every device's files have reached the other folder, both show
the same journal, and nothing either device saved is lost: each version written is
the one shown, or was replaced by a change made after seeing it, or is kept as a
conflict."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from coach.errors import CoachError
from coach.service import CoachService
from coach.store import storage as storage_module
from coach.store.codec import Codec
from coach.store.crypto import EncryptedCodec, KdfParams
from coach.store.errors import StoreHistoryError
from coach.store.repository import Repository

DEVICES = ("a", "b")
QUICK = [0, 0]  # adds in a new session that read the files, and that read nothing
OTHER = {"a": "b", "b": "a"}
device = st.sampled_from(DEVICES)


class TwoDevices(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        # One clock for both machines, a millisecond a save: the same steps give the
        # same stamps on every replay (a real clock would pick other winners).
        self.moment = 1_800_000_000_000
        self.real_now = storage_module._now
        storage_module._now = self._now
        self.root = Path(tempfile.mkdtemp(prefix="coach-devices-"))
        for name in DEVICES:
            (self.root / name).mkdir(mode=0o700)
        self.services = {d: self._open(d) for d in DEVICES}
        self.made = 0
        self.created: set[str] = set()
        self.deleted: set[str] = set()  # by some device (or an undone add)
        self.written: dict[str, set[str]] = {}
        self.replaced: dict[str, set[str]] = {}  # versions a later change had seen
        self.copies = 0
        self.kept: dict[str, tuple[int, dict[str, bytes]]] = {}  # own files copied aside

    def _open(self, name: str) -> CoachService:
        path = self.root / name / "coach.json"
        return CoachService(Repository.open(path, device=name, codec=self.codec()))

    def codec(self) -> Codec | None:
        return None  # plain; TwoEncryptedDevices seals every file

    def _now(self) -> tuple[str, int]:
        self.moment += 1
        at = datetime.fromtimestamp(self.moment / 1000, UTC).isoformat(timespec="milliseconds")
        return at, self.moment

    def _view(self, name: str) -> dict[str, str]:
        service = self.services[name]
        with service.repo.transaction():  # what a save reads first: every file merged
            pass
        return {e.id: e.body for e in service.journal.find()}

    def _body(self, name: str) -> str:
        self.made += 1
        return f"{name} wrote {self.made}"

    @rule(name=device)
    def add(self, name: str) -> None:
        body = self._body(name)
        entry = self.services[name].journal.add(body)
        self.created.add(entry.id)
        self.written.setdefault(entry.id, set()).add(body)

    @rule(name=device)
    def add_in_a_new_session(self, name: str) -> None:
        """``coach journal add`` from the shell: a new session on ``name`` adds an entry,
        reading nothing when that device's last save left its files as they are."""
        self.services[name] = fresh = self._open(name)
        body = self._body(name)
        entry = fresh.journal.add(body)
        self.created.add(entry.id)
        self.written.setdefault(entry.id, set()).add(body)
        QUICK[not fresh.repo.storage.has_read] += 1

    def _pick(self, name: str, data: st.DataObject) -> str | None:
        """An entry ``name`` shows now; what it shows counts as seen (replaced next)."""
        view = self._view(name)
        if not view:
            return None
        # Drawn the same way whatever is shown, and picked by text (ids are random),
        # so that hypothesis can replay and shrink a run.
        entry = sorted(view, key=view.__getitem__)[data.draw(st.integers(0, 999)) % len(view)]
        self.replaced.setdefault(entry, set()).add(view[entry])
        return entry

    @rule(name=device, data=st.data())
    def edit(self, name: str, data: st.DataObject) -> None:
        entry = self._pick(name, data)
        if entry is not None:
            body = self._body(name)
            self.services[name].journal.edit(entry, body=body)
            self.written[entry].add(body)

    @rule(name=device, data=st.data())
    def delete(self, name: str, data: st.DataObject) -> None:
        entry = self._pick(name, data)
        if entry is not None:
            self.services[name].journal.delete(entry)
            self.deleted.add(entry)

    @rule(name=device)
    def undo(self, name: str) -> None:
        view = self._view(name)
        try:
            change = self.services[name].history.undo()
        except CoachError:
            return  # nothing to undo, or changed on the other device since
        for step in change.steps:
            if step.table != "journal":
                continue
            if step.id in view:
                self.replaced.setdefault(step.id, set()).add(view[step.id])
            if step.before is None:
                self.deleted.add(step.id)

    @rule(
        name=device,
        how=st.sampled_from(["whole", "whole", "half", "syncthing", "dropbox"]),
        data=st.data(),
    )
    def copy(self, name: str, how: str, data: st.DataObject) -> None:
        """A sync tool carries one of ``name``'s files to the other folder."""
        own = sorted((self.root / name).glob(f"coach.{name}.*"))
        own = [p for p in own if p.name.endswith((".json", ".log"))]
        if not own:
            return
        source = data.draw(st.sampled_from(own))
        target = self.root / OTHER[name]
        stem, ext = source.name.rsplit(".", 1)
        self.copies += 1
        payload = source.read_bytes()
        if how == "half":
            cut = data.draw(st.integers(0, max(len(payload) - 1, 0)))
            (target / source.name).write_bytes(payload[:cut])
        elif how == "syncthing":
            mark = f".sync-conflict-20261207-1015{self.copies % 100:02d}-ABCDEFG"
            shutil.copyfile(source, target / f"{stem}{mark}.{ext}")
        elif how == "dropbox":
            mark = f" (Ann's conflicted copy 2026-12-07 {self.copies})"
            shutil.copyfile(source, target / f"{stem}{mark}.{ext}")
        else:
            shutil.copyfile(source, target / source.name)

    @rule(name=device)
    def keep_a_copy(self, name: str) -> None:
        """Someone copies ``name``'s own files aside (to put them back later)."""
        self.kept[name] = (self._saves(name), self._own_files(name))

    @rule(name=device)
    def put_back_the_copy(self, name: str) -> None:
        """The copy kept aside is put back over ``name``'s own files: when it is older,
        the next save there is refused and names this device; once the newer files
        are back, all goes on."""
        if name not in self.kept:
            return
        saves, old = self.kept.pop(name)
        newer, folder, now = self._own_files(name), self.root / name, self._saves(name)
        self._write_own(name, old)
        if saves < now:
            with pytest.raises(StoreHistoryError, match=r"this device's files (hold|are gone)"):
                self.services[name].journal.add("refused")
            with pytest.raises(StoreHistoryError, match=r"this device's files (hold|are gone)"):
                self._open(name).journal.add("refused in a new session")
            assert self._own_files(name) == old  # nothing written over
            finding = self.services[name].sync_status()["older_or_other_files"][0]
            assert (finding["device"], finding["found"]) == (name, saves)
        self._write_own(name, newer)
        assert folder.is_dir()

    def _saves(self, name: str) -> int:
        """How many changes ``name``'s own files hold now (read again)."""
        self.services[name].repo.storage.reload()
        status = self.services[name].sync_status()
        return next(d["changes"] for d in status["devices"] if d["device"] == name)

    def _own_files(self, name: str) -> dict[str, bytes]:
        folder = self.root / name
        return {
            p.name: p.read_bytes()
            for p in folder.glob(f"coach.{name}.*")
            if p.name.endswith((".json", ".log"))
        }

    def _write_own(self, name: str, files: dict[str, bytes]) -> None:
        folder = self.root / name
        for path in folder.glob(f"coach.{name}.*"):
            if path.name.endswith((".json", ".log")) and path.name not in files:
                path.unlink()
        for file_name, payload in files.items():
            (folder / file_name).write_bytes(payload)

    def teardown(self) -> None:
        if not hasattr(self, "root"):
            return
        try:
            self._check_in_the_end()
        finally:
            storage_module._now = self.real_now
            shutil.rmtree(self.root, ignore_errors=True)

    def _check_in_the_end(self) -> None:
        for name in DEVICES:  # the sync tool catches up: each device's files, whole
            for path in (self.root / name).glob(f"coach.{name}.*"):
                if path.name.endswith((".json", ".log")):
                    shutil.copyfile(path, self.root / OTHER[name] / path.name)
        shown = {}
        for name in DEVICES:
            fresh = self._open(name)
            status = fresh.sync_status()
            # Files copied in any order, half copied or as conflict copies are never
            # taken for an older copy or another store, nor for a plain file.
            assert status["older_or_other_files"] == []
            assert status["encryption_differs"] == []
            journal = {e.id: e.body for e in fresh.journal.find()}
            kept = {
                (c["id"], c["version"]["body"])
                for c in status["conflicts"]
                if c["table"] == "journal" and c["version"] is not None
            }
            for entry in self.created - self.deleted:
                assert entry in journal, f"{name} lost {entry}"
            for entry, bodies in self.written.items():
                for body in bodies - self.replaced.get(entry, set()):
                    assert journal.get(entry) == body or (entry, body) in kept, (
                        f"{name} lost {body!r} of {entry}"
                    )
            shown[name] = journal
        assert shown["a"] == shown["b"]


@pytest.fixture(autouse=True, scope="module")
def _say_how_many_adds_were_quick() -> Iterator[None]:
    yield
    print(f"adds in a new session: {QUICK[1]} read nothing, {QUICK[0]} read the files")


EXAMPLES = int(os.environ.get("COACH_SYNC_EXAMPLES", "60"))  # a soak runs thousands
TwoDevices.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=30, deadline=None, database=None
)


@pytest.mark.reliability
class TestTwoDevices(TwoDevices.TestCase):  # type: ignore[misc,valid-type]
    pass


class TwoEncryptedDevices(TwoDevices):
    """The same run on a store encrypted on both devices: every file sealed."""

    def codec(self) -> Codec | None:
        return EncryptedCodec("one for both", params=FAST)

    def teardown(self) -> None:
        if hasattr(self, "root"):
            for path in self.root.rglob("*"):  # nothing in clear on either device
                if path.is_file():
                    assert b" wrote " not in path.read_bytes(), path.name
        super().teardown()


FAST = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # tests only
SEALED_EXAMPLES = int(os.environ.get("COACH_SYNC_SEALED_EXAMPLES", "12"))
TwoEncryptedDevices.TestCase.settings = settings(
    max_examples=SEALED_EXAMPLES, stateful_step_count=30, deadline=None, database=None
)


@pytest.mark.reliability
class TestTwoEncryptedDevices(TwoEncryptedDevices.TestCase):  # type: ignore[misc,valid-type]
    pass

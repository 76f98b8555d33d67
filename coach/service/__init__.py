"""The one service layer every front end calls, and :func:`open`, the one way to open a store.

:class:`CoachService` groups the operations by what they are about
(``journal``, ``aspirations``, ``goals``, ``progress``, ``reviews``, ``evaluations``,
``board``, ``interview``) over one
repository, and owns the undo history they share. Front ends (the app, the
guided session, the command line) never reach past it to the repository: what
they need of the store as a whole (has another process written it, is it
read-only, are changes waiting to be saved) is a method here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from coach.ids import now
from coach.models import KINDS, Record
from coach.service.history import Change, History
from coach.store.errors import StoreError
from coach.store.repository import Problem, Repository

if TYPE_CHECKING:
    from coach.service.aspirations import AspirationService
    from coach.service.board import BoardService
    from coach.service.evaluations import EvaluationService
    from coach.service.goals import GoalService
    from coach.service.importing import MergeReport
    from coach.service.interview import InterviewService
    from coach.service.journal import JournalService
    from coach.service.progress import ProgressService
    from coach.service.reviews import ReviewService
    from coach.store.errors import DamagedFileError

R = TypeVar("R", bound=Record)


def open(  # the name the front ends call: coach.service.open(...)
    path: str | Path,
    *,
    passphrase: str | None = None,
    read_only: bool = False,
    clock: Callable[[], datetime] = now,
) -> CoachService:
    """Open (or start) the store at ``path``; with ``passphrase``, an encrypted one.

    Raises a :class:`~coach.store.errors.StoreError` naming the file and what to do
    when it cannot be opened (damaged, encrypted without a passphrase, wrong
    passphrase, unreadable). A file written by a newer coach opens read-only.
    """
    codec = None
    if passphrase is not None:
        from coach.store.crypto import EncryptedCodec, harden_process

        harden_process()
        codec = EncryptedCodec(passphrase)
    joined = 0
    if codec is not None:
        from coach.store.crypto import plain_here
        from coach.store.sealing import join_encrypted

        # Another device encrypted the store, this device's files are plain: they are
        # encrypted too, under the same passphrase (checked on that device's files
        # first); opened only to read, they are read as they are (sync status says so).
        if read_only and plain_here(Path(path).expanduser()):
            codec = None
        elif not read_only:
            joined = join_encrypted(Path(path).expanduser(), codec)
    service = CoachService(Repository.open(path, codec=codec, read_only=read_only), clock=clock)
    service.encrypted_on_joining = joined
    return service


class CoachService:
    """The operations of coach over one repository. Parts are built on first use."""

    # How many of this device's files were encrypted on opening, because another device
    # had encrypted the store (coach.store.sealing.join_encrypted).
    encrypted_on_joining: int = 0

    def __init__(self, repo: Repository, *, clock: Callable[[], datetime] = now) -> None:
        self.repo = repo
        self.clock = clock
        self.history = History(repo)

    @cached_property
    def board(self) -> BoardService:
        from coach.service.board import BoardService

        return BoardService(self.repo, self.history, lambda: self.goals)

    @cached_property
    def journal(self) -> JournalService:
        from coach.service.journal import JournalService

        return JournalService(self.repo, self.history, self.clock)

    @cached_property
    def aspirations(self) -> AspirationService:
        from coach.service.aspirations import AspirationService

        return AspirationService(self.repo, self.history, self.clock, self.goals)

    @cached_property
    def goals(self) -> GoalService:
        from coach.service.goals import GoalService

        return GoalService(self.repo, self.history, self.board, self.clock, lambda: self.progress)

    @cached_property
    def progress(self) -> ProgressService:
        from coach.service.progress import ProgressService

        return ProgressService(self.repo, self.history, self.board, self.goals.get, self.clock)

    @cached_property
    def reviews(self) -> ReviewService:
        from coach.service.reviews import ReviewService

        return ReviewService(self)

    @cached_property
    def evaluations(self) -> EvaluationService:
        from coach.service.evaluations import EvaluationService

        return EvaluationService(self.repo, self.history, self.clock)

    @cached_property
    def interview(self) -> InterviewService:
        from coach.service.interview import InterviewService

        return InterviewService(self.repo, self.history, self.clock, self)

    # -- the store as a whole ------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.repo.path

    @property
    def data_version(self) -> int:
        """The schema version the file was written in (before any migration on load)."""
        return self.repo.report.found_version

    @property
    def revision(self) -> int:
        """Changes whenever the stored records change (here, or read again from disk)."""
        return self.repo.revision

    def today(self) -> date:
        """The day by the service's clock: the day deadlines and nudges are judged on."""
        return self.clock().date()

    def read_only_reason(self) -> StoreError | None:
        """Why nothing can be changed (a newer coach wrote the file, or the files are
        older than those this device saw: :mod:`coach.store.memory`), or None."""
        newer = self.repo.newer_schema_error()
        if newer is not None:
            return newer
        try:
            self.repo.storage.refuse_if_older()
        except StoreError as exc:
            return exc
        return None

    def accept_files(self) -> list[dict[str, Any]]:
        """Take the files as they are as what this device expects (``coach sync accept``);
        returns the findings lifted, as :meth:`sync_status` lists them."""
        storage = self.repo.storage
        storage.ensure_read()
        return [f.dump(storage.device) for f in storage.accept()]

    def is_empty(self) -> bool:
        """True when nothing is stored yet: no aspiration, goal or journal entry."""
        from coach.models import Aspiration, Goal, JournalEntry

        return not any(self.repo.count(kind) for kind in (Aspiration, Goal, JournalEntry))

    def counts(self) -> dict[str, int]:
        """How many records each table holds (valid or not), by table name."""
        return {kind.table: self.repo.count(kind) for kind in KINDS}

    def changed_on_disk(self) -> bool:
        """True when another process has written the file since it was read here."""
        return self.repo.storage.changed_on_disk()

    def read_again(self) -> DamagedFileError | None:
        """Read the files again after another process (or another device) wrote them.

        Returns the damage found when the file can no longer be read: coach keeps what
        it had, and refuses to save until the file is repaired.
        """
        storage = self.repo.storage
        storage.read(others=True)
        return storage.damage

    @property
    def unsaved(self) -> bool:
        """True while changes are held in memory because saving them failed."""
        return self.history.unsaved

    def retry_save(self) -> bool:
        """Save changes still held in memory after a failed save (see History.retry)."""
        return self.history.retry()

    def problems(self) -> list[Problem]:
        """Stored records that do not validate (they are kept as they are)."""
        return self.repo.problems()

    def compact(self) -> bool:
        """Fold the change log into the data file; False when the log was empty."""
        return self.repo.storage.compact()

    def change_log(self) -> tuple[int, int, bool]:
        """(changes, bytes) saved in the log and not yet folded in, and whether a last
        change cut short by a crash was left out."""
        changes, size = self.repo.storage.log_size()
        return changes, size, self.repo.storage.torn

    def sync_status(self) -> dict[str, Any]:
        """The devices sharing this store, what was merged from them, the conflicts kept
        (:func:`coach.store.syncstatus.sync_status`)."""
        from coach.store.syncstatus import sync_status

        self.repo.storage.ensure_read()
        return sync_status(self.repo.storage)

    def resolve_conflict(self, ref: str, *, keep_other: bool = False) -> dict[str, Any]:
        """Settle the conflicts kept for the record ``ref`` names (``coach sync resolve``).

        ``keep_other`` puts the version that lost back as the record's current version
        (the newest of them when several were kept): one undoable change, saved like any
        other. Either way every conflict kept for the record is settled, and the versions
        set aside are returned in full, so that nothing is dropped without a word."""
        from coach.store.settling import conflicts_of, settle

        storage = self.repo.storage
        with self.repo.transaction():  # read afresh, so the conflicts are the current ones
            found = conflicts_of(storage, ref)
        (table, record_id, _), newest = found[-1]
        shown = self.repo.raw(table, record_id)
        set_aside = [entry["doc"] for _, entry in found]
        if keep_other:
            with self.history.work(f"keep the other version of {record_id}") as work:
                work.put_doc(table, record_id, newest["doc"])
            set_aside = [shown, *set_aside[:-1]]
        settle(storage, [ident for ident, _ in found])
        return {
            "table": table,
            "id": record_id,
            "kept": "other" if keep_other else "shown",
            "current": self.repo.raw(table, record_id),
            "set_aside": set_aside,
            "settled": len(found),
        }

    def repair(self) -> list[str]:
        """File each misfiled record under its own id (one undoable change); what was done."""
        done: list[str] = []
        misfiled = self.repo.misfiled()
        if not misfiled:
            return done
        with self.history.work("repair misfiled records") as work:
            for table, key, own in misfiled:
                if self.repo.raw(table, own) is not None:
                    done.append(
                        f"{table} record under {key!r} left as it is: {own!r} is taken by "
                        "another record"
                    )
                    continue
                doc = self.repo.raw(table, key)
                work.put_doc(table, own, doc)
                work.put_doc(table, key, None)
                done.append(f"{table} record {own!r} filed under its id (it was under {key!r})")
        return done

    def set_aside(self) -> int:
        """How many stored values that were not records are kept aside (``_quarantine``)."""
        return len(self.repo.raw_table("_quarantine"))

    def records(self, kind: type[R]) -> list[R]:
        """Every valid record of ``kind``, in no particular order."""
        return self.repo.all(kind)

    def export_data(self) -> dict[str, object]:
        """The whole store as it is on disk (every table, valid or not), for a JSON export."""
        return dict(self.repo.storage.read())

    def import_file(
        self, path: Path, *, dry_run: bool = False, skip_invalid: bool = False
    ) -> MergeReport:
        """Merge a coach, jrnl or Day One JSON export at ``path`` into the store (one
        undoable change); importing the same file again adds nothing. A file with a
        record that cannot be read is refused whole (``report.refused``) unless
        ``skip_invalid``."""
        from coach.service.importing import merge, read_any

        data, source, skipped = read_any(path)
        report = merge(
            self.repo,
            self.history,
            self.board,
            data,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            rejected=skipped,
        )
        report.source = source
        return report

    def undo(self) -> Change:
        return self.history.undo()

    def redo(self) -> Change:
        return self.history.redo()


__all__ = ["Change", "CoachService", "open"]

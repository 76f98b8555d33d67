"""Errors of the store, each naming the file and what to do."""

from __future__ import annotations

from pathlib import Path

from coach.errors import CoachError


class StoreError(CoachError):
    """A problem with the data file."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(message)


class DamagedFileError(StoreError):
    """The data file exists but cannot be read as a coach store. It is left untouched."""

    def __init__(self, path: Path, problem: str) -> None:
        self.problem = problem
        super().__init__(
            path,
            f"{path} is damaged ({problem}); it was left untouched. "
            f"Run `coach doctor` to see its backups and restore one.",
        )


def read_error(path: Path, exc: IsADirectoryError | PermissionError) -> StoreError:
    """The store's error for a data file that exists but cannot be read."""
    if isinstance(exc, IsADirectoryError):
        return DamagedFileError(path, "it is a folder, not a file")
    return StoreError(path, f"cannot read {path}: permission denied. Check its owner and mode.")


class NewerSchemaError(StoreError):
    """The file was written by a newer coach; it can be read but not changed."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            f"{path} was written by a newer coach (data version {found}, this one knows "
            f"up to {supported}); it is open read-only. Upgrade coach to change it.",
        )


class ReadOnlyStoreError(StoreError):
    """A change was asked of a store opened read-only."""


class StoreWriteError(StoreError):
    """Saving failed (full disk, no permission, read-only folder). Nothing on disk changed."""

    def __init__(self, path: Path, reason: str) -> None:
        self.reason = reason
        super().__init__(
            path,
            f"could not save to {path}: {reason}. The file on disk is unchanged; "
            f"fix the cause and save again.",
        )


class StoreBusyError(StoreError):
    """Another coach held the lock for too long."""

    def __init__(self, path: Path, lock: Path, seconds: float) -> None:
        super().__init__(
            path,
            f"{path} is busy: another coach has held {lock} for {seconds:g} s. "
            f"Close it and try again.",
        )


class EncryptedStoreError(StoreError):
    """The file is encrypted and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{path} is encrypted: run coach at a terminal to type the passphrase, "
            "or set COACH_PASSPHRASE (see the README for the risk).",
        )


class StoreHistoryError(StoreError):
    """The store's files are older than, or other than, those this device saw before
    (:mod:`coach.store.memory`): changes are refused until the person decides."""

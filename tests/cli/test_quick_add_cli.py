"""`coach journal add` on a store this device left as it is: one line appended, the
snapshot not read, the same output; the entry shows in the listing and in a full open."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from coach.store.codec import PlainCodec
from coach.store.repository import Repository
from tests.devicefiles import device_log, snapshot_file
from tests.programs import Run


def test_journal_add_appends_without_reading_and_lists_the_entry(
    run: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        assert run("journal", "add", f"entry {n}").exit_code == 0
    snapshot = snapshot_file(db_path)
    before, lines = snapshot.read_bytes(), device_log(db_path).read_bytes().count(b"\n")
    decoded: list[Path] = []
    decode = PlainCodec.decode

    def spy(self: PlainCodec, path: Path, payload: bytes) -> dict[str, Any]:
        decoded.append(path)
        return decode(self, path, payload)

    monkeypatch.setattr(PlainCodec, "decode", spy)
    result = run("journal", "add", "captured", "--tag", "idea")
    assert result.exit_code == 0
    assert re.fullmatch(r"Saved j-[0-9a-z]+\.\n", result.output)
    assert decoded == []
    assert snapshot.read_bytes() == before
    assert device_log(db_path).read_bytes().count(b"\n") == lines + 1
    listing = run("journal", "list").output
    assert "captured" in listing and "#idea" in listing
    entry_id = result.output.split()[1].rstrip(".")
    assert Repository.open(db_path).raw("journal", entry_id) is not None


def test_journal_add_over_an_older_copy_is_refused_with_its_message(
    run: Run, db_path: Path
) -> None:
    for n in range(3):
        assert run("journal", "add", f"entry {n}").exit_code == 0
    own = (snapshot_file(db_path), device_log(db_path))
    aside = [p.read_bytes() for p in own]
    assert run("journal", "add", "after the copy").exit_code == 0
    for path, payload in zip(own, aside, strict=True):
        path.unlink()
        path.write_bytes(payload)
    result = run("journal", "add", "refused")
    assert result.exit_code != 0
    assert "an older copy was put back" in result.output
    assert "coach sync accept" in result.output
    assert [p.read_bytes() for p in own] == aside

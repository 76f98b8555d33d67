"""The first look taken ahead by a helper process: the same look, or the same error."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from coach.first_look import Ahead, first_look, look_ahead
from coach.service import CoachService
from coach.store.errors import DamagedFileError
from coach.store.repository import Repository

TODAY = date(2026, 11, 21)


def _seed(path: Path) -> None:
    service = CoachService(Repository.open(path))
    lead = service.aspirations.add("Lead a platform team")
    service.goals.add("Run the design review", aspiration_id=lead.id, deadline=TODAY)
    service.goals.add("Ship the roadmap", aspiration_id=lead.id, deadline=TODAY - timedelta(3))
    service.journal.add("Wrote the first notes about the team.")


def _no_child_left(ahead: Ahead) -> None:
    assert ahead._pid is None and ahead._fd is None  # collected, pipe closed


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper needs fork")
def test_the_helper_s_look_is_the_look_taken_here(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    _seed(path)
    ahead = look_ahead(path, TODAY)
    assert ahead._pid is not None  # a helper really runs
    pid = ahead._pid
    found = ahead.result()
    _no_child_left(ahead)
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left behind
    here = first_look(path, TODAY)
    assert found == here
    assert found is not None and not found.nothing_stored
    assert found.snapshot is not None
    assert [g.statement for g, _ in found.snapshot.deadlines] == [
        "Ship the roadmap",
        "Run the design review",
    ]


def test_an_empty_or_missing_store_is_nothing_stored(tmp_path: Path) -> None:
    missing = look_ahead(tmp_path / "none.json", TODAY).result()
    assert missing is not None and missing.nothing_stored and missing.snapshot is None
    assert not (tmp_path / "none.json").exists()  # a look never writes


def test_an_encrypted_store_has_no_look(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    path.write_bytes(b"COACHENC" + os.urandom(64))
    assert look_ahead(path, TODAY).result() is None


def test_a_damaged_file_raises_what_a_look_here_raises(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    _seed(path)
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(DamagedFileError) as here:
        first_look(path, TODAY)
    with pytest.raises(DamagedFileError) as ahead:
        look_ahead(path, TODAY).result()
    assert str(ahead.value) == str(here.value)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper needs fork")
@pytest.mark.parametrize("sent", [b"", b"not a pickle", b"\x80\x05\x95garbage"])
def test_a_helper_that_sends_nothing_usable_is_replaced_by_a_look_here(
    tmp_path: Path, sent: bytes
) -> None:
    path = tmp_path / "coach.json"
    _seed(path)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # a helper gone wrong
        os.close(read_end)
        os.write(write_end, sent)
        os._exit(3)
    os.close(write_end)
    ahead = Ahead(path, TODAY, pid, read_end)
    assert ahead.result() == first_look(path, TODAY)
    _no_child_left(ahead)

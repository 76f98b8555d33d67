"""The first look taken ahead by a helper process: the same look, or the same error."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from coach.first_look import SHARED_MODULES, Ahead, first_look, look_ahead
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


# In a fresh interpreter: the helper is forked only from a process with one thread, and
# a test process may still hold threads of earlier tests.
HELPER_PROBE = """
import os, sys
from datetime import date
from pathlib import Path
from coach.first_look import first_look, look_ahead

path, today = Path(sys.argv[1]), date.fromisoformat(sys.argv[2])
ahead = look_ahead(path, today)
assert ahead._pid is not None, "no helper was started"
pid = ahead._pid
found = ahead.result()
assert ahead._pid is None and ahead._fd is None  # collected, pipe closed
try:
    os.waitpid(pid, os.WNOHANG)
except ChildProcessError:
    pass  # reaped: no zombie left behind
else:
    raise AssertionError("the helper was not reaped")
assert found == first_look(path, today), "the helper's look differs"
print([row.statement for row in found.snapshot.deadlines])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper runs on Linux")
def test_the_helper_s_look_is_the_look_taken_here(tmp_path: Path) -> None:
    path = tmp_path / "coach.json"
    _seed(path)
    done = subprocess.run(
        [sys.executable, "-c", HELPER_PROBE, str(path), TODAY.isoformat()],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['Ship the roadmap', 'Run the design review']"


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


def test_the_modules_imported_before_the_fork_are_ones_textual_imports_anyway() -> None:
    # coach.cli.launch imports SHARED_MODULES before forking the helper; that is free
    # only while the app's own import of Textual would have brought them in as well.
    probe = "import sys, textual.app; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert set(SHARED_MODULES) <= loaded


def test_the_look_itself_imports_the_shared_modules(tmp_path: Path) -> None:
    # ...and they are worth sharing only while the look would import them itself.
    path = tmp_path / "coach.json"
    _seed(path)
    probe = (
        "import sys; from datetime import date; from pathlib import Path;"
        "before = set(sys.modules);"
        "from coach.first_look import first_look;"
        "first_look(Path(sys.argv[1]), date(2026, 11, 21));"
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True
    )
    assert set(SHARED_MODULES) <= set(done.stdout.split())

"""Several devices, one plan: the merge order, conflicts kept, the files of each device,
conflict copies, half-copied files, and the move from one data file to device files."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from coach.errors import CoachError
from coach.service import CoachService
from coach.store import devices
from coach.store.backups import list_backups
from coach.store.devices import classify, device_id, layout
from coach.store.repository import Repository
from coach.store.versions import NONE, Meta, Versions, after

KEY = ("journal", "j-1")


def _service(folder: Path, device: str) -> CoachService:
    return CoachService(Repository.open(folder / "coach.json", device=device))


def _copy_files_of(device: str, src: Path, dst: Path) -> None:
    """What a sync tool does: the files of ``device`` in ``src`` arrive in ``dst``."""
    dst.mkdir(parents=True, exist_ok=True)
    for path in src.glob(f"coach.{device}.*"):
        if path.name.endswith((".json", ".log")):
            shutil.copyfile(path, dst / path.name)


def _bodies(folder: Path, device: str) -> dict[str, str]:
    return {e.id: e.body for e in _service(folder, device).journal.find()}


# -- the order ---------------------------------------------------------------------------


def test_a_later_change_wins_even_when_its_clock_is_behind() -> None:
    ahead, behind = Versions(), Versions()
    first = ahead.tick(2_000_000, "ahead")  # this machine's clock runs an hour fast
    behind.see(first)  # the other device reads that change ...
    second = behind.tick(1_000_000, "behind")  # ... and changes the record after it
    assert second > first
    assert second[:2] == (2_000_000, 1)  # the clock never goes below what it has seen


def test_the_higher_stamp_wins_whatever_order_the_versions_come_in() -> None:
    older, newer = Meta((10, 0, "a")), Meta((20, 0, "b"), after(Meta((10, 0, "a"))))
    for order in ([older, newer], [newer, older]):
        versions, held = Versions(), None
        for meta in order:
            doc = {"v": meta.stamp[0]}
            if versions.offer(KEY, doc, meta, held):
                held = doc
        assert held == {"v": 20}
        assert versions.conflicts == {}  # the newer one had seen the older one


def test_devices_never_tie() -> None:
    one, two = Meta((10, 0, "a")), Meta((10, 0, "b"))
    versions = Versions()
    assert versions.offer(KEY, {"v": "a"}, one, None)
    assert versions.offer(KEY, {"v": "b"}, two, {"v": "a"})  # same moment: "b" > "a"
    assert not versions.offer(KEY, {"v": "a"}, one, {"v": "b"})


def test_two_devices_changing_a_record_at_once_keep_the_losing_version() -> None:
    base = Meta((5, 0, "a"))
    mine, theirs = Meta((10, 0, "a"), after(base)), Meta((12, 0, "b"), after(base))
    versions = Versions()
    versions.metas[KEY] = base
    assert versions.offer(KEY, {"body": "mine"}, mine, {"body": "base"})
    assert versions.offer(KEY, {"body": "theirs"}, theirs, {"body": "mine"})
    kept = list(versions.conflicts.values())
    assert [(k["doc"], k["lost_to"]) for k in kept] == [({"body": "mine"}, [12, 0, "b"])]


def test_a_deletion_is_a_version_and_loses_or_wins_like_one() -> None:
    base = Meta((5, 0, "a"))
    deleted, edited = Meta((10, 0, "a"), after(base)), Meta((12, 0, "b"), after(base))
    versions = Versions()
    versions.metas[KEY] = base
    assert versions.offer(KEY, None, deleted, {"body": "base"})
    assert versions.offer(KEY, {"body": "edited"}, edited, None)
    (kept,) = versions.conflicts.values()
    assert kept["doc"] is None  # the deletion is kept, and reported, as the loser


def test_a_version_replaced_knowingly_is_no_conflict() -> None:
    a1 = Meta((10, 0, "a"))
    b1 = Meta((11, 0, "b"), after(a1))  # b saw a1, then changed it
    c1 = Meta((12, 0, "c"))  # c changed it without seeing either
    versions = Versions()
    held = None
    for meta, doc in ((a1, {"v": "a1"}), (c1, {"v": "c1"}), (b1, {"v": "b1"})):
        if versions.offer(KEY, doc, meta, held):
            held = doc
    versions.prune()
    assert held == {"v": "c1"}
    assert [k["doc"] for k in versions.conflicts.values()] == [{"v": "b1"}]


def test_what_a_change_has_seen_includes_what_the_version_before_it_had() -> None:
    a1 = Meta((10, 0, "a"))
    b1 = Meta((11, 0, "b"), after(a1))
    a2 = Meta((12, 0, "a"), after(b1))
    assert a2.saw(a1) and a2.saw(b1) and b1.saw(a1)
    assert not a1.saw(b1) and not NONE.saw(a1)


# -- the files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "device", "kind", "copy"),
    [
        ("coach.laptop.json", "laptop", "snapshot", False),
        ("coach.laptop.log", "laptop", "log", False),
        ("coach.laptop.sync-conflict-20261207-101500-ABCDEFG.log", "laptop", "log", True),
        ("coach.laptop (Ann's conflicted copy 2026-12-07).json", "laptop", "snapshot", True),
        ("coach.laptop (conflicted copy 2026-12-07 101500).log", "laptop", "log", True),
        ("coach.laptop.log.conflict", "laptop", "log", True),
        ("coach.laptop_conflicted.log", "laptop", "log", True),
        ("coach.json", devices.LEGACY, "snapshot", False),
        ("coach.json.log", devices.LEGACY, "log", False),
        ("coach.sync-conflict-20261207-101500-ABCDEFG.json", devices.LEGACY, "snapshot", True),
        ("coach.json.log.sync-conflict-20261207-101500-ABCDEFG", devices.LEGACY, "log", True),
    ],
)
def test_each_device_file_and_each_conflict_copy_is_found(
    tmp_path: Path, name: str, device: str, kind: str, copy: bool
) -> None:
    found = classify(layout(tmp_path / "coach.json", "here"), name)
    assert found is not None
    assert (found.device, found.kind, found.copy) == (device, kind, copy)


@pytest.mark.parametrize(
    "name",
    [
        "coach.laptop.json.20261207T101500000000Z.bak",
        ".coach.laptop.json.abc.tmp",
        "coach.laptop.json.lock",
        "coach.laptop.json.replaced-20261207T101500Z",
        "notes.laptop.json",
        "coach.two.dots.json",
        "export.md",
    ],
)
def test_other_files_in_the_folder_are_not_taken_for_device_files(
    tmp_path: Path, name: str
) -> None:
    assert classify(layout(tmp_path / "coach.json", "here"), name) is None


def test_the_device_id_is_made_once_and_kept_outside_the_synced_folder(
    monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    monkeypatch.delenv("COACH_DEVICE")
    made = device_id()
    assert devices.valid_device(made) and device_id() == made
    kept = isolated_home / ".local/state/coach/device"
    assert kept.read_text().strip() == made
    monkeypatch.setenv("COACH_DEVICE", "work-account")
    assert device_id() == "work-account"
    monkeypatch.setenv("COACH_DEVICE", "../../etc")
    with pytest.raises(CoachError, match="cannot name a device"):
        device_id()


# -- two devices --------------------------------------------------------------------------


def test_two_devices_see_each_others_changes_and_deletions(tmp_path: Path) -> None:
    home, away = tmp_path / "laptop", tmp_path / "desk"
    laptop, desk = _service(home, "laptop"), _service(away, "desk")
    mine = laptop.journal.add("written on the laptop")
    gone = laptop.journal.add("deleted later on the desk")
    desk.journal.add("written on the desk")
    _copy_files_of("laptop", home, away)
    desk = _service(away, "desk")
    desk.journal.delete(gone.id)
    _copy_files_of("desk", away, home)
    assert _bodies(home, "laptop") == _bodies(away, "desk")
    assert set(_bodies(home, "laptop").values()) == {"written on the laptop", "written on the desk"}
    assert mine.id in _bodies(away, "desk")


def test_an_edit_on_each_device_at_once_keeps_both_and_reports_the_loser(tmp_path: Path) -> None:
    home, away = tmp_path / "laptop", tmp_path / "desk"
    entry = _service(home, "laptop").journal.add("first draft")
    _copy_files_of("laptop", home, away)
    _service(home, "laptop").journal.edit(entry.id, body="laptop's draft")
    _service(away, "desk").journal.edit(entry.id, body="desk's draft")
    _copy_files_of("laptop", home, away)
    _copy_files_of("desk", away, home)
    here, there = _service(home, "laptop"), _service(away, "desk")
    assert here.journal.get(entry.id).body == there.journal.get(entry.id).body == "desk's draft"
    for service in (here, there):
        (conflict,) = service.sync_status()["conflicts"]
        assert conflict["version"]["body"] == "laptop's draft"
        assert (conflict["device"], conflict["lost_to_device"]) == ("laptop", "desk")


def test_undo_undoes_this_devices_own_last_change(tmp_path: Path) -> None:
    home, away = tmp_path / "laptop", tmp_path / "desk"
    laptop = _service(home, "laptop")
    kept = laptop.journal.add("kept")
    _service(away, "desk").journal.add("from the desk")
    _copy_files_of("desk", away, home)
    laptop.journal.add("undone")
    laptop.history.undo()
    assert set(_bodies(home, "laptop").values()) == {"kept", "from the desk"}
    _copy_files_of("laptop", home, away)
    assert set(_bodies(away, "desk").values()) == {"kept", "from the desk"}
    assert kept.id in _bodies(away, "desk")


def test_a_conflict_copy_is_merged_and_a_half_copied_log_is_read_to_the_cut(
    tmp_path: Path,
) -> None:
    home, away = tmp_path / "laptop", tmp_path / "desk"
    laptop = _service(home, "laptop")
    laptop.journal.add("in the laptop's snapshot")
    laptop.repo.storage._next_backup_check = float("inf")  # keep its saves in the log
    laptop.journal.add("first in the log")
    laptop.journal.add("second in the log")
    away.mkdir()
    shutil.copyfile(home / "coach.laptop.json", away / "coach.laptop.json")
    log = (home / "coach.laptop.log").read_bytes()
    cut = away / "coach.laptop.sync-conflict-20261207-101500-ABCDEFG.log"
    cut.write_bytes(log[: len(log) - 20])  # a copy cut short inside its last line
    desk = _service(away, "desk")
    assert set(_bodies(away, "desk").values()) == {"in the laptop's snapshot", "first in the log"}
    status = desk.sync_status()
    assert status["conflict_copies_merged"] == [cut.name]
    assert status["read_up_to_a_cut"] == [cut.name]
    cut.write_bytes(log)  # the copy is whole now
    assert set(_bodies(away, "desk").values()) == {
        "in the laptop's snapshot",
        "first in the log",
        "second in the log",
    }


def test_a_half_copied_snapshot_is_skipped_reported_and_read_once_whole(tmp_path: Path) -> None:
    home, away = tmp_path / "laptop", tmp_path / "desk"
    _service(home, "laptop").journal.add("from the laptop")
    _service(away, "desk").journal.add("from the desk")
    whole = (home / "coach.laptop.json").read_bytes()
    (away / "coach.laptop.json").write_bytes(whole[: len(whole) // 2])
    desk = _service(away, "desk")
    assert set(_bodies(away, "desk").values()) == {"from the desk"}
    (unreadable,) = desk.sync_status()["unreadable"]
    assert unreadable["file"] == "coach.laptop.json"
    desk.journal.add("still saves")  # the half file is never fatal, nor written over
    assert (away / "coach.laptop.json").read_bytes() == whole[: len(whole) // 2]
    (away / "coach.laptop.json").write_bytes(whole)
    assert set(_bodies(away, "desk").values()) == {
        "from the desk",
        "from the laptop",
        "still saves",
    }


# -- from one data file -------------------------------------------------------------------


def test_a_store_of_one_file_and_its_log_moves_to_device_files_with_nothing_lost(
    db_path: Path,
) -> None:
    db_path.parent.mkdir(parents=True)
    entry = {"id": "j-old", "created": "2026-01-02T09:00:00Z", "body": "from the data file"}
    later = {**entry, "id": "j-log", "body": "from its log"}
    snapshot = {"_meta": {"schema": {"version": 3}, "log": {"seq": 0}}, "journal": {"j-old": entry}}
    db_path.write_bytes(orjson.dumps(snapshot))
    line = {"seq": 1, "at": "2026-01-02T10:00:00Z", "docs": [["journal", "j-log", later]]}
    (db_path.parent / "coach.json.log").write_bytes(orjson.dumps(line) + b"\n")
    before = db_path.read_bytes()
    service = CoachService(Repository.open(db_path))
    assert {e.body for e in service.journal.find()} == {"from the data file", "from its log"}
    assert [b.path.read_bytes() for b in list_backups(db_path)] == [before]
    assert db_path.read_bytes() == before  # the old file is left as it was
    service.journal.add("after the move")
    again = CoachService(Repository.open(db_path))
    assert {e.body for e in again.journal.find()} == {
        "from the data file",
        "from its log",
        "after the move",
    }
    assert layout(db_path).snapshot.exists()


def test_a_devices_next_change_has_not_seen_its_own_version_that_lost() -> None:
    mine = Meta((10, 0, "a"))
    theirs = Meta((11, 0, "b"))  # written without seeing mine: mine lost to it
    next_of_mine = Meta((12, 0, "a"), after(theirs))  # a writes over theirs
    assert not next_of_mine.saw(mine)
    versions = Versions()
    held = None
    for meta, doc in ((next_of_mine, {"v": "a2"}), (mine, {"v": "a1"}), (theirs, {"v": "b1"})):
        if versions.offer(KEY, doc, meta, held):
            held = doc
    assert held == {"v": "a2"}
    assert {"v": "a1"} in [k["doc"] for k in versions.conflicts.values()]


def test_a_kept_version_stays_when_a_later_one_of_its_device_was_written_over_another() -> None:
    b1 = Meta((10, 0, "b"))
    b2 = Meta((11, 0, "b"), after(b1))  # lost to a's version, which had seen only b1
    a1 = Meta((12, 0, "a"), after(b1))
    b3 = Meta((13, 0, "b"), after(a1))  # written over a1, not over b2
    gone = Meta((14, 0, "b"), after(b3))
    versions = Versions()
    for meta, doc in ((b2, {"v": "b2"}), (gone, None)):
        versions.keep(KEY, meta, doc, (20, 0, "a"))
    versions.prune()
    assert [k["doc"] for k in versions.conflicts.values()] == [{"v": "b2"}, None]

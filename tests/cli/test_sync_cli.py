"""Two data folders written from the command line as two devices, synced by copying
files between them as a file-sync tool would (whole, half-copied, or as the conflict
copy Syncthing or Dropbox makes): both end up showing the same plan, and nothing that
either saved is lost; ``coach sync status`` and ``coach doctor`` say what happened."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
from click.testing import CliRunner, Result

from coach.cli.main import cli

SYNCTHING = ".sync-conflict-20261207-101500-ABCDEFG"


class Device:
    """One machine: its own data folder, and its own device id."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = folder, name
        self.db = folder / "coach.json"

    def run(self, *args: str, code: int = 0) -> Result:
        result = CliRunner().invoke(
            cli, ["--db", str(self.db), *args], env={"COACH_DEVICE": self.name}
        )
        assert result.exit_code == code, result.output
        return result

    def json(self, *args: str, code: int = 0) -> Any:
        return orjson.loads(self.run(*args, "--json", code=code).stdout)

    def add(self, text: str) -> str:
        return str(self.json("journal", "add", text)["id"])

    def journal(self) -> dict[str, str]:
        return {e["id"]: e["body"] for e in self.json("journal", "list")}

    def own_files(self) -> list[Path]:
        return sorted(
            p
            for p in self.folder.glob(f"coach.{self.name}.*")
            if p.name.endswith((".json", ".log"))
        )

    def send_to(self, other: Device) -> None:
        """The sync tool carries this device's files, whole, to the other folder."""
        for path in self.own_files():
            shutil.copyfile(path, other.folder / path.name)


def _two(tmp_path: Path) -> tuple[Device, Device]:
    laptop, desk = Device(tmp_path / "laptop", "laptop"), Device(tmp_path / "desk", "desk")
    laptop.folder.mkdir()
    desk.folder.mkdir()
    return laptop, desk


def test_two_folders_synced_by_copying_show_the_same_plan(tmp_path: Path) -> None:
    laptop, desk = _two(tmp_path)
    first = laptop.add("pitched the talk to the meetup")
    desk.add("read the CFP for PyCon")
    goal = laptop.json("goal", "add", "Give a talk at a meetup by June")["id"]
    laptop.send_to(desk)
    desk.send_to(laptop)
    assert laptop.journal() == desk.journal()
    assert len(laptop.journal()) == 2
    desk.run("journal", "delete", first, "--yes")
    desk.run("goal", "move", goal, "doing")
    desk.send_to(laptop)
    assert first not in laptop.journal()
    assert laptop.json("goal", "show", goal)["column"] == "doing"
    assert laptop.journal() == desk.journal()


def test_an_edit_on_both_at_once_keeps_the_later_and_reports_the_other(tmp_path: Path) -> None:
    laptop, desk = _two(tmp_path)
    entry = laptop.add("a first draft")
    laptop.send_to(desk)
    laptop.run("journal", "edit", entry, "the laptop's version")
    desk.run("journal", "edit", entry, "the desk's version")
    laptop.send_to(desk)
    desk.send_to(laptop)
    assert laptop.journal() == desk.journal() == {entry: "the desk's version"}
    for device in (laptop, desk):
        status = device.json("sync", "status")
        (conflict,) = status["conflicts"]
        assert conflict["version"]["body"] == "the laptop's version"  # kept in full
        said = device.run("sync", "status").output
        assert "1 conflict kept" in said and "“the laptop's version” from laptop" in said
        assert (
            "1 conflict kept"
            in CliRunner()
            .invoke(cli, ["--db", str(device.db), "doctor"], env={"COACH_DEVICE": device.name})
            .output
        )


def _each_with_an_entry(tmp_path: Path) -> tuple[Device, Device]:
    """Two devices with an entry each, the desk's files copied to the laptop."""
    laptop, desk = _two(tmp_path)
    laptop.add("on the laptop")
    desk.add("on the desk")
    desk.send_to(laptop)
    return laptop, desk


def test_sync_status_exits_1_for_a_damaged_file_of_another_device_and_0_when_well(
    tmp_path: Path,
) -> None:
    laptop, desk = _each_with_an_entry(tmp_path)
    assert laptop.json("sync", "status")["problems"] == []  # exit 0, checked by run
    (laptop.folder / "coach.desk.json").write_bytes(b"\x00not a store at all\x00")
    said = laptop.run("sync", "status", code=1).output
    assert "coach.desk.json cannot be read" in said
    report = laptop.json("sync", "status", code=1)
    assert [p for p in report["problems"] if "coach.desk.json" in p]
    desk.send_to(laptop)  # the whole file arrives: all is well again
    laptop.run("sync", "status")


def test_doctor_calls_a_damaged_file_of_another_device_a_problem_as_sync_status_does(
    tmp_path: Path,
) -> None:
    laptop, desk = _each_with_an_entry(tmp_path)
    laptop.run("doctor")
    (laptop.folder / "coach.desk.json").write_bytes(b"\x00not a store at all\x00")
    report = laptop.json("doctor", code=1)
    assert not report["healthy"]
    assert [p for p in report["problems"] if "coach.desk.json cannot be read" in p]
    assert not [n for n in report["notes"] if "coach.desk.json" in n]  # said once
    said = laptop.run("doctor", code=1).output
    assert said.count("coach.desk.json cannot be read") == 1
    desk.send_to(laptop)
    laptop.run("doctor")


def test_conflict_copies_and_half_copied_files_lose_nothing(tmp_path: Path) -> None:
    laptop, desk = _two(tmp_path)
    laptop.add("in the laptop's snapshot")
    desk.add("in the desk's snapshot")
    laptop.send_to(desk)
    desk.send_to(laptop)
    # The saves after the first are logged (the hour's backup is a copy, not a fold).
    laptop.add("laptop, second")
    desk.add("desk, second")
    laptop.add("laptop, later")
    desk.add("desk, later")
    log = laptop.folder / "coach.laptop.log"
    # Syncthing found the laptop's log changed on both sides: it keeps one as a copy.
    shutil.copyfile(log, desk.folder / f"coach.laptop{SYNCTHING}.log")
    # Dropbox did the same with the desk's snapshot, in the laptop's folder.
    snapshot = desk.folder / "coach.desk.json"
    shutil.copyfile(snapshot, laptop.folder / "coach.desk (Ann's conflicted copy 2026-12-07).json")
    # and the desk's log reached the laptop only half copied.
    half = (desk.folder / "coach.desk.log").read_bytes()
    (laptop.folder / "coach.desk.log").write_bytes(half[: len(half) - 10])
    assert "laptop, later" in desk.journal().values()
    status = laptop.json("sync", "status")
    assert status["read_up_to_a_cut"] == ["coach.desk.log"]
    assert status["conflict_copies_merged"] == [
        "coach.desk (Ann's conflicted copy 2026-12-07).json"
    ]
    assert "desk, later" not in laptop.journal().values()  # not there yet: it was cut
    said = laptop.run("sync", "status").output
    assert "coach.desk.log ends in a line cut short" in said
    desk.send_to(laptop)  # the whole file arrives
    laptop.send_to(desk)
    everything = {
        "in the laptop's snapshot",
        "in the desk's snapshot",
        "laptop, second",
        "desk, second",
        "laptop, later",
        "desk, later",
    }
    assert set(laptop.journal().values()) == set(desk.journal().values()) == everything
    assert laptop.journal() == desk.journal()


def test_sync_status_lists_the_devices_and_their_last_change(tmp_path: Path) -> None:
    laptop, desk = _two(tmp_path)
    laptop.add("one")
    laptop.add("two")
    desk.add("three")
    desk.send_to(laptop)
    status = laptop.json("sync", "status")
    assert status["this_device"] == "laptop"
    devices = {d["device"]: d for d in status["devices"]}
    assert devices["laptop"]["changes"] == 2 and devices["laptop"]["this_device"]
    assert devices["desk"]["changes"] == 1 and not devices["desk"]["this_device"]
    assert devices["desk"]["files"] == ["coach.desk.json"]
    said = laptop.run("sync", "status").output
    assert "device desk: 1 change, the last on " in said
    assert "device laptop (this device): 2 changes" in said

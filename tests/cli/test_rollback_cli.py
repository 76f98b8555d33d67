"""An older copy of a store's files put back, or another store put in its place: each
device remembers (in its state folder, outside the synced folder) how far every
device's files had got, and the store's id, and says so when the files show less or
another store. Nothing is written over; ``coach sync accept`` goes on with the files
as they are."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
from click.testing import CliRunner, Result

from coach.cli.main import cli
from tests.cli.test_sync_cli import Device, _two


def _fails(device: Device, *args: str) -> Result:
    result = CliRunner().invoke(
        cli, ["--db", str(device.db), *args], env={"COACH_DEVICE": device.name}
    )
    assert result.exit_code != 0, result.output
    return result


def _keep(device: Device, where: Path) -> None:
    where.mkdir()
    for path in device.own_files():
        shutil.copyfile(path, where / path.name)


def _put_back(device: Device, kept: Path) -> None:
    for path in device.own_files():
        path.unlink()
    for path in kept.iterdir():
        shutil.copyfile(path, device.folder / path.name)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix in (".json", ".log")}


def test_an_older_copy_of_this_devices_own_files_is_named_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    laptop, _ = _two(tmp_path)
    laptop.add("one")
    laptop.add("two")
    _keep(laptop, tmp_path / "kept")
    laptop.add("three")
    laptop.add("four")
    _put_back(laptop, tmp_path / "kept")
    before = _files(laptop.folder)

    refused = _fails(laptop, "journal", "add", "five")
    assert "this device's files hold 2 changes, but this device saw 4" in refused.output
    assert "coach sync accept" in refused.output
    assert _files(laptop.folder) == before  # nothing written over

    status = laptop.json("sync", "status", code=1)
    (finding,) = status["older_or_other_files"]
    assert finding | {"problem": ""} == {
        "kind": "rollback",
        "device": "laptop",
        "expected": 4,
        "found": 2,
        "blocks_changes": True,
        "problem": "",
    }
    text = laptop.run("sync", "status", code=1).output
    assert "problem: this device's files hold 2 changes" in text
    doctor = _fails(laptop, "doctor")
    assert "FIX" in doctor.output and "an older copy was put back" in doctor.output

    accepted = laptop.run("sync", "accept").output
    assert "accepted: this device's files hold 2 changes" in accepted
    laptop.add("five")
    assert sorted(laptop.journal().values()) == ["five", "one", "two"]
    assert laptop.json("sync", "status")["older_or_other_files"] == []


def test_an_older_copy_of_another_devices_files_is_reported_until_the_newer_come(
    tmp_path: Path,
) -> None:
    laptop, desk = _two(tmp_path)
    desk.add("desk one")
    desk.send_to(laptop)
    _keep(desk, tmp_path / "kept")
    desk.add("desk two")
    desk.add("desk three")
    desk.send_to(laptop)
    laptop.add("laptop one")  # laptop has seen desk's three changes
    for path in laptop.folder.glob("coach.desk.*"):  # an old copy of desk's files comes back
        path.unlink()
    for path in (tmp_path / "kept").iterdir():
        shutil.copyfile(path, laptop.folder / path.name)

    status = laptop.json("sync", "status", code=1)
    (finding,) = status["older_or_other_files"]
    assert (finding["device"], finding["expected"], finding["found"]) == ("desk", 3, 1)
    assert not finding["blocks_changes"]  # laptop writes only its own files
    assert "device desk's files hold 1 change, but" in laptop.run("sync", "status", code=1).output
    laptop.add("laptop two")  # still saves

    desk.send_to(laptop)  # the newer files arrive: nothing to report any more
    assert laptop.json("sync", "status")["older_or_other_files"] == []


def test_another_store_put_in_its_place_is_named_as_a_swap(tmp_path: Path) -> None:
    laptop, _ = _two(tmp_path)
    laptop.add("mine")
    other = Device(tmp_path / "other", "laptop")  # another store, same device name
    other.folder.mkdir()
    for n in range(3):
        other.add(f"not mine {n}")
    for path in laptop.own_files():
        path.unlink()
    for path in other.own_files():
        shutil.copyfile(path, laptop.folder / path.name)

    refused = _fails(laptop, "journal", "add", "more")
    assert "this is another store than the one this device last opened here" in refused.output
    (finding,) = laptop.json("sync", "status", code=1)["older_or_other_files"]
    assert finding["kind"] == "swap" and finding["blocks_changes"]
    store_id = orjson.loads(other.own_files()[0].read_bytes())["_meta"]["sync"]["store"]
    assert finding["found"] == store_id
    laptop.run("sync", "accept")
    laptop.add("more")


def test_a_backup_restored_on_purpose_is_not_taken_for_a_rollback(tmp_path: Path) -> None:
    laptop, _ = _two(tmp_path)
    laptop.add("one")
    laptop.run("doctor", "--compact")
    laptop.add("two")
    laptop.run("doctor", "--compact")  # keeps the snapshot of "one" as a backup
    laptop.run("doctor", "--restore", "latest")
    laptop.add("three")
    assert laptop.json("sync", "status")["older_or_other_files"] == []


def test_this_devices_files_removed_beside_another_devices_are_named_gone(
    tmp_path: Path,
) -> None:
    laptop, desk = _two(tmp_path)
    laptop.add("laptop's")  # two stores begun apart (two store ids), then synced
    desk.add("desk's")
    desk.send_to(laptop)
    for path in laptop.own_files():
        path.unlink()
    refused = _fails(laptop, "journal", "add", "more")
    assert "this device's files are gone: this device saw 1 change of it here" in refused.output
    assert "another store" not in refused.output

"""``coach sync resolve``: a conflict kept between two devices is settled on one of them,
and once the files are copied across neither device lists it; nothing is dropped
without a word."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from coach.cli.main import cli
from tests.cli.test_sync_cli import Device, _two


def _conflict(tmp_path: Path) -> tuple[Device, Device, str]:
    laptop, desk = _two(tmp_path)
    entry = laptop.add("a first draft")
    laptop.send_to(desk)
    laptop.run("journal", "edit", entry, "the laptop's version")
    desk.run("journal", "edit", entry, "the desk's version")
    laptop.send_to(desk)
    desk.send_to(laptop)
    for device in (laptop, desk):
        assert len(device.json("sync", "status")["conflicts"]) == 1
    return laptop, desk, entry


def _both_settled(laptop: Device, desk: Device, entry: str, body: str) -> None:
    for device in (laptop, desk):
        assert device.json("sync", "status")["conflicts"] == []
        assert "conflict" not in device.run("sync", "status").output
        assert device.json("journal", "show", entry)["body"] == body


def test_keep_other_puts_the_losing_version_back_on_every_device(tmp_path: Path) -> None:
    laptop, desk, entry = _conflict(tmp_path)
    said = desk.run("sync", "resolve", entry[:6], "--keep", "other").output
    assert "now holds the version that had lost: “the laptop's version”" in said
    assert "set aside: “the desk's version”" in said
    desk.send_to(laptop)
    _both_settled(laptop, desk, entry, "the laptop's version")
    laptop.send_to(desk)  # the laptop's files, still holding the old versions, change nothing
    _both_settled(laptop, desk, entry, "the laptop's version")


def test_keep_shown_settles_on_the_version_shown(tmp_path: Path) -> None:
    laptop, desk, entry = _conflict(tmp_path)
    done = laptop.json("sync", "resolve", entry)
    assert done["kept"] == "shown" and done["settled"] == 1
    assert [d["body"] for d in done["set_aside"]] == ["the laptop's version"]
    laptop.send_to(desk)
    desk.send_to(laptop)
    _both_settled(laptop, desk, entry, "the desk's version")


def test_a_record_without_a_conflict_is_refused_with_what_to_do(tmp_path: Path) -> None:
    laptop, _desk, _entry = _conflict(tmp_path)
    other = laptop.add("no conflict here")
    result = CliRunner().invoke(
        cli, ["--db", str(laptop.db), "sync", "resolve", other], env={"COACH_DEVICE": "laptop"}
    )
    assert result.exit_code == 1
    assert "no conflict is kept for a record" in result.output
    assert "coach sync status" in result.output

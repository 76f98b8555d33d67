"""The files coach writes for this device beside a data file (see coach.store.devices)."""

from __future__ import annotations

from pathlib import Path

from coach.store.devices import layout


def snapshot_file(data_file: Path) -> Path:
    """This device's snapshot of the store named by ``data_file``."""
    return layout(data_file).snapshot


def device_log(data_file: Path) -> Path:
    return layout(data_file).log

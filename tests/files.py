"""What a store holds on disk, read as a new process reads it: the data file with the
changes its log holds after it (the data file alone is only the last snapshot); and a
store file as an older coach wrote it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coach.store.codec import Codec
from coach.store.repository import Repository


def stored(path: Path, codec: Codec | None = None) -> dict[str, Any]:
    """The tables of the store at ``path``, as plain JSON values."""
    return dict(Repository.open(path, codec=codec, read_only=True).storage.read())


def stored_text(path: Path, codec: Codec | None = None) -> str:
    """The store at ``path`` as one JSON text, for looking for a string anywhere in it."""
    from coach.store.codec import dump_json

    return dump_json(stored(path, codec)).decode("utf-8")


def write_columns_store(path: Path, columns: dict[str, dict[str, Any]]) -> None:
    """A store holding only ``columns``, written as coach wrote it before columns had a
    WIP limit (schema version 3, no ``wip_limit`` field)."""
    import orjson

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps({"_meta": {"schema": {"version": 3}}, "columns": columns}))

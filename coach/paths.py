"""Where coach keeps its files: the data file, and the crash log."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "COACH_DB"
APP = "coach"


def default_db_path() -> Path:
    """``$COACH_DB``, else ``coach.json`` in the platform's user-data folder."""
    configured = os.environ.get(ENV_DB, "").strip()
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False) / "coach.json"


def state_dir() -> Path:
    from platformdirs import user_state_path

    return user_state_path(APP, appauthor=False)

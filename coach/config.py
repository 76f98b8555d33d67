"""The person's settings: a small TOML file in the platform's user config folder.

``~/.config/coach/config.toml`` on Linux (``$COACH_CONFIG`` names another file)::

    theme = "light"           # the app's colours: dark or light
    date_order = "dmy"        # how 3/4/2028 is read: mdy, dmy or ymd
    fiscal_year_start = 4     # the month the fiscal year starts in, 1 to 12
    editor = "nano"           # the editor for --edit and `journal add` (else $VISUAL, $EDITOR)
    export_folder = "~/plans" # where the app offers to write the career plan
    board_columns = "Ideas, Doing, Done"  # a new board's columns; the last one is Done

A setting that is missing takes its default. A value that is wrong, or a file that is
not TOML, never stops coach: the default is used and :func:`load` says which file,
which key and what is allowed, for the front end to show.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from coach.coaching.reading import ReadingOptions

ENV_CONFIG = "COACH_CONFIG"
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


class Key(NamedTuple):
    name: str
    default: Any
    allowed: str  # said in a message when a value is wrong
    help: str


KEYS = {
    k.name: k
    for k in (
        Key("theme", "dark", "dark or light", "the app's colours"),
        Key("date_order", "mdy", "one of mdy, dmy, ymd", "how an all-numeric date is read"),
        Key(
            "fiscal_year_start",
            1,
            "a month: 1 to 12, or a name such as april",
            "the month the fiscal year starts in",
        ),
        Key("editor", "", "a command, such as nano or 'code --wait'", "the editor for --edit"),
        Key("export_folder", "", "a folder, such as ~/Documents", "where the app writes plans"),
        Key(
            "board_columns",
            "",
            "two to eight column names separated by commas, such as 'Ideas, Doing, Done'",
            "a new board's columns (the last is Done)",
        ),
    )
}


class Settings(NamedTuple):
    theme: str = "dark"
    date_order: str = "mdy"
    fiscal_year_start: int = 1
    editor: str = ""
    export_folder: str = ""
    board_columns: str = ""

    def column_names(self) -> list[str]:
        """The board columns a new store starts with; empty for coach's own."""
        return [n for n in (" ".join(p.split()) for p in self.board_columns.split(",")) if n]

    def reading(self) -> ReadingOptions:
        """How goal statements' dates are read, for the SMART check."""
        from coach.coaching.reading import ReadingOptions

        return ReadingOptions(self.date_order, self.fiscal_year_start)  # type: ignore[arg-type]


class ConfigError(ValueError):
    """A value that is not allowed for its key (the message says what is)."""


def config_path() -> Path:
    named = os.environ.get(ENV_CONFIG, "").strip()
    if named:
        return Path(named).expanduser()
    from platformdirs import user_config_path

    return user_config_path("coach", appauthor=False) / "config.toml"


def check(name: str, value: object) -> object:
    """The value as stored, or ConfigError saying what ``name`` allows."""
    key = KEYS.get(name)
    if key is None:
        raise ConfigError(f"there is no setting {name!r}; the settings are {', '.join(KEYS)}")
    if name == "date_order" and value in ("mdy", "dmy", "ymd"):
        return value
    if name == "theme" and value in ("dark", "light"):
        return value
    if name == "fiscal_year_start":
        if isinstance(value, str) and value.strip().isdecimal():
            value = int(value)
        if isinstance(value, str) and value.strip().lower()[:3] in MONTHS:
            value = MONTHS.index(value.strip().lower()[:3]) + 1
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 12:
            return value
    if name in ("editor", "export_folder") and isinstance(value, str):
        return value.strip()
    if name == "board_columns" and isinstance(value, str):
        names = Settings(board_columns=value).column_names()
        unique = len({n.casefold() for n in names}) == len(names)
        if not value.strip() or (2 <= len(names) <= 8 and unique and max(map(len, names)) <= 40):
            return ", ".join(names)
    raise ConfigError(f"{name} must be {key.allowed}, not {value!r}")


def load(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The settings of the file (defaults for what it lacks) and what was wrong in it."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings(), []
    except OSError as exc:
        return Settings(), [f"{path}: cannot be read ({exc.strerror or exc}); using the defaults"]
    import tomllib  # only with a file to read: the app reads the settings before its first frame

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return Settings(), [f"{path} is not valid TOML ({exc}); using the defaults"]
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, value in data.items():
        try:
            values[name] = check(name, value)
        except ConfigError as exc:
            default = KEYS[name].default if name in KEYS else None
            using = f"; using the default {default!r}" if name in KEYS else "; it is ignored"
            problems.append(f"{path}: {exc}{using}")
    return Settings(**values), problems


def settings() -> Settings:
    """The settings, problems aside (a front end that shows them calls :func:`load`)."""
    return load()[0]


def _toml(value: object) -> str:
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def set_value(name: str, text: str, path: Path | None = None) -> object:
    """Check ``text`` for ``name`` and write it to the file (other settings kept)."""
    from coach.store.atomic import ensure_dir, write_atomic

    value = check(name, text)
    path = path or config_path()
    current, _ = load(path)
    kept = {k: v for k, v in current._asdict().items() if v != KEYS[k].default}
    kept[name] = value
    lines = ["# coach settings: `coach config` shows them, `coach config set KEY VALUE` sets one."]
    lines += [f"{k} = {_toml(v)}" for k, v in kept.items()]
    ensure_dir(path.parent)
    write_atomic(path, ("\n".join(lines) + "\n").encode())
    return value

"""The person's settings: a small TOML file in the platform's user config folder.

``~/.config/coach/config.toml`` on Linux (``$COACH_CONFIG`` names another file)::

    theme = "light"           # the app's colours: dark or light
    date_order = "dmy"        # how 3/4/2028 is read: mdy, dmy or ymd
    fiscal_year_start = 4     # the month the fiscal year starts in, 1 to 12
    week_start = "sunday"     # the day a week starts on
    editor = "nano"           # the editor for --edit and `journal add` (else $VISUAL, $EDITOR)
    export_folder = "~/plans" # where the app offers to write the career plan
    board_columns = "Ideas, Doing, Done"  # a new board's columns; the last one is Done

A setting that is missing takes its default. A value that is wrong, or a file that is
not TOML, never stops coach: the default is used and :func:`load` says which file,
which key and what is allowed, for the front end to show.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from coach.coaching.reading import ReadingOptions

ENV_CONFIG = "COACH_CONFIG"
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
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
        Key(
            "week_start",
            "monday",
            "a day of the week, such as monday or sunday",
            "the day a week starts on",
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
    week_start: str = "monday"
    editor: str = ""
    export_folder: str = ""
    board_columns: str = ""

    def column_names(self) -> list[str]:
        """The board columns a new store starts with; empty for coach's own."""
        return [n for n in (" ".join(p.split()) for p in self.board_columns.split(",")) if n]

    @property
    def first_weekday(self) -> int:
        """The day a week starts on: Monday 0 to Sunday 6."""
        return DAYS.index(self.week_start)

    def reading(self) -> ReadingOptions:
        """How goal statements' dates are read, for the SMART check."""
        from coach.coaching.reading import ReadingOptions

        return ReadingOptions(
            self.date_order,  # type: ignore[arg-type]
            self.fiscal_year_start,
            self.first_weekday,
        )


class ConfigError(ValueError):
    """A value that is not allowed for its key (the message says what is)."""


class ConfigFileError(ConfigError):
    """The settings file cannot be changed as it is (the message says why and what to do)."""


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
    if name == "week_start" and isinstance(value, str):
        word = value.strip().lower()
        for day in DAYS:
            if len(word) >= 3 and day.startswith(word):
                return day
    if name == "export_folder" and isinstance(value, str):
        folder = Path(value.strip()).expanduser()
        if value.strip() and folder.exists() and not folder.is_dir():
            raise ConfigError(f"export_folder must be a folder, and {folder} is a file")
        return value.strip()
    if name == "editor" and isinstance(value, str):
        return value.strip()
    if name == "board_columns" and isinstance(value, str):
        names = Settings(board_columns=value).column_names()
        unique = len({n.casefold() for n in names}) == len(names)
        if not value.strip() or (2 <= len(names) <= 8 and unique and max(map(len, names)) <= 40):
            return ", ".join(names)
    raise ConfigError(f"{name} must be {key.allowed}, not {value!r}")


def fallback(name: str) -> str | None:
    """What coach uses while ``name`` is not set (an empty text), in words; None if not
    such a setting."""
    if name == "board_columns":
        from coach.defaults import DEFAULT_COLUMNS

        return ", ".join(column for _, column, _ in DEFAULT_COLUMNS)
    if name == "export_folder":
        return "your home folder (~)"
    if name == "editor":
        import shutil

        for var in ("VISUAL", "EDITOR"):
            if os.environ.get(var, "").strip():
                return f"${var}: {os.environ[var].strip()}"
        # click.edit's own choice when neither is set.
        found = next((e for e in ("sensible-editor", "vim", "nano") if shutil.which(e)), "vi")
        return f"{found} ($VISUAL and $EDITOR are not set)"
    return None


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


def read_day(text: str, today: date) -> date | None:
    """A typed day (YYYY-MM-DD, or words such as "end of next week") read the person's
    way: their date order, fiscal year and week start. None when it is not a day."""
    from coach.coaching.deadlines import read_day as read

    return read(text, today, settings().reading())


def _toml(value: object) -> str:
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def set_value(name: str, text: str, path: Path | None = None) -> object:
    """Check ``text`` for ``name`` and write it to the file.

    Only the line of ``name`` changes (or one is added): the person's comments, other
    settings and keys this version does not know are kept as they were. A file that is
    not TOML is never rewritten: ConfigError says what is wrong, and nothing changes.
    """
    import re
    import tomllib

    from coach.store.atomic import ensure_dir, write_atomic

    value = check(name, text)
    path = path or config_path()
    if path.is_symlink():  # a dotfile kept elsewhere: change the file the link names
        path = path.resolve()
    try:
        before = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        before = (
            "# coach settings: `coach config` shows them, `coach config set KEY VALUE` sets one.\n"
        )
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise ConfigFileError(f"{path} cannot be read ({reason}); nothing was changed") from None
    try:
        tomllib.loads(before)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigFileError(
            f"{path} is not valid TOML ({exc}); fix it or move it aside, then set "
            f"{name} again (nothing was changed)"
        ) from None
    lines = before.splitlines()
    line = f"{name} = {_toml(value)}"
    # Top-level keys come before the first [table]; ours are all top-level.
    end = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("[")), len(lines))
    pattern = re.compile(rf"\s*{re.escape(name)}\s*=")
    at = next((i for i in range(end) if pattern.match(lines[i])), None)
    if at is None:
        lines.insert(end, line)
    else:
        lines[at] = line
    after = "\n".join(lines) + "\n"
    try:
        written = tomllib.loads(after).get(name)
    except tomllib.TOMLDecodeError:
        written = None
    if written != value:  # a key written in a way this edit cannot follow (quoted, dotted)
        raise ConfigFileError(
            f"{path} sets {name} in a way coach cannot edit; change it there by hand "
            "(nothing was changed)"
        )
    ensure_dir(path.parent)
    write_atomic(path, after.encode())
    return value

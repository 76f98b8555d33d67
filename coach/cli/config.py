"""``coach config``: show, get and set the settings in coach's config file."""

from __future__ import annotations

from pathlib import Path

import click

from coach.cli.complete import complete_key
from coach.cli.output import emit_json, say


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the settings as one JSON object.")
@click.pass_context
def config(ctx: click.Context, as_json: bool) -> None:
    """Show the settings (and the file they are in); `get` and `set` one of them."""
    if ctx.invoked_subcommand is not None:
        return
    from coach.config import KEYS, config_path, fallback, load

    path = config_path()
    found, problems = load(path)
    if as_json:
        emit_json(found._asdict())
        return
    where = path if path.exists() else f"{path} (not written yet: every setting is its default)"
    say(f"Settings file: {where}")
    values = found._asdict()
    shown = {name: "(not set)" if value == "" else repr(value) for name, value in values.items()}
    width = max(map(len, shown.values()))
    for name, value in values.items():
        mark = "(default)" if value == KEYS[name].default else ""
        uses = fallback(name) if value == "" else None
        help_ = KEYS[name].help + (f"; uses {uses}" if uses else "")
        say(f"  {name:<18} {shown[name]:<{width}}  {mark:<9}  {help_}")
    for problem in problems:
        say(f"coach: {problem}", err=True)


@config.command("get")
@click.argument("key", shell_complete=complete_key)
def get(key: str) -> None:
    """Print the value of KEY."""
    from coach.config import KEYS, settings

    if key not in KEYS:
        raise click.BadParameter(
            f"there is no setting {key!r}; see `coach config`", param_hint="KEY"
        )
    say(str(getattr(settings(), key)))


@config.command("set")
@click.argument("key", shell_complete=complete_key)
@click.argument("value")
def set_(key: str, value: str) -> None:
    """Set KEY to VALUE in the settings file."""
    from coach.config import ConfigError, ConfigFileError, config_path, set_value

    try:
        stored = set_value(key, value)
    except ConfigFileError as exc:
        raise click.ClickException(str(exc)) from None
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="VALUE") from None
    say(f"Set {key} = {stored!r} in {config_path()}.")
    if key == "export_folder" and isinstance(stored, str) and stored:
        folder = Path(stored).expanduser()
        if not folder.exists():
            say(
                f"{folder} does not exist yet: the app creates it the first time it "
                "writes a plan there."
            )

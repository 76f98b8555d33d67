"""The ``coach`` command: global options and the sub-commands.

``coach`` alone starts the full-screen app; everything else is a quick shell
command that never imports the user-interface toolkits.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any

import click

from coach import __version__
from coach.cli.context import Env
from coach.cli.errors import UserError, crash_report, from_coach_error
from coach.errors import CoachError
from coach.paths import ENV_DB, default_db_path

# Sub-commands are imported only when used, so each command loads only what it needs.
COMMANDS = {
    "journal": "coach.cli.journal:journal",
    "aspiration": "coach.cli.aspirations:aspiration",
    "goal": "coach.cli.goals:goal",
    "check": "coach.cli.check:check",
    "config": "coach.cli.config:config",
    "wizard": "coach.cli.wizard:wizard",
    "interview": "coach.cli.interview:interview",
    "review": "coach.cli.review:review",
    "today": "coach.cli.today:today",
    "export": "coach.cli.transfer:export",
    "import": "coach.cli.transfer:import_",
    "doctor": "coach.cli.doctor:doctor",
    "encrypt": "coach.cli.crypt:encrypt",
    "decrypt": "coach.cli.crypt:decrypt",
    "sync": "coach.cli.sync:sync",
}


class CoachGroup(click.Group):
    """The root group: lazy sub-commands, and coach's errors as one-line messages (exit 1)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command: click.Command = getattr(importlib.import_module(module_name), attr)
        return command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for number, arg in enumerate(args, start=1):
            try:
                arg.encode("utf-8")
            except UnicodeEncodeError:
                # The shell passed bytes that are not UTF-8: say so, rather than store
                # or check text that is not what the person typed.
                raise click.UsageError(
                    f"argument {number} is not valid UTF-8 text; check the terminal's "
                    "encoding (or the script that calls coach)",
                    ctx,
                ) from None
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CoachError as exc:
            raise from_coach_error(exc) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            raise click.exceptions.Exit(1) from None
        except Exception as exc:
            raise crash_report(exc) from None


@click.group(
    cls=CoachGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=f"The data file to use (default: ${ENV_DB}, else coach.json in your user-data folder).",
)
@click.version_option(__version__, "--version", prog_name="coach")
@click.pass_context
def cli(ctx: click.Context, db: Path | None) -> None:
    """coach: plan where your career is going, and keep walking there.

    Run `coach` alone for the full-screen app, `coach wizard` for a guided
    session, or one of the quick commands below. Everything stays in one
    local file; nothing leaves this machine.
    """
    named = db is not None or bool(os.environ.get(ENV_DB, "").strip())
    ctx.obj = Env(db_path=(db or default_db_path()).expanduser(), named=named)
    if ctx.invoked_subcommand is None:
        from coach.cli.launch import has_terminal, run_tui

        if not has_terminal():
            # A pipe, a cron job or a completion script: the full-screen app would write
            # escape codes into it and wait for keys that never come.
            click.echo(ctx.get_help(), err=True)
            click.echo(
                "\ncoach: the full-screen app needs a terminal; run a command above instead.",
                err=True,
            )
            ctx.exit(2)

        run_tui(ctx.obj)


def main() -> None:
    """Console-script entry point."""
    # coach loads no pydantic plugins; skipping their discovery spares an
    # entry-point scan (importlib.metadata) on every quick command.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    cli(prog_name="coach")


__all__ = ["UserError", "cli", "main"]

"""The ``coach`` command: global options and the sub-commands.

``coach`` alone starts the full-screen app; everything else is a quick shell
command that never imports the user-interface toolkits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from coach import __version__
from coach.cli import aspirations, check, doctor, goals, journal, transfer, wizard
from coach.cli.context import Env
from coach.cli.errors import UserError, crash_report, from_coach_error
from coach.errors import CoachError
from coach.paths import ENV_DB, default_db_path


class CoachGroup(click.Group):
    """A group that turns coach's errors into one-line messages with exit status 1."""

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
    ctx.obj = Env(db_path=(db or default_db_path()).expanduser())
    if ctx.invoked_subcommand is None:
        from coach.cli.launch import run_tui

        run_tui(ctx.obj)


cli.add_command(journal.journal)
cli.add_command(aspirations.aspiration)
cli.add_command(goals.goal)
cli.add_command(transfer.export)
cli.add_command(transfer.import_)
cli.add_command(doctor.doctor)
cli.add_command(wizard.wizard)
cli.add_command(check.check)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="coach")


__all__ = ["UserError", "cli", "main"]

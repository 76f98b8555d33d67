"""The console-script entry point: ``coach`` alone starts the app without building the CLI.

Opening the app is the most common start and every millisecond before its first paint
shows; the command-line parser (click and every command) is only loaded when a command
or an option other than ``--db`` is given.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _app_only(argv: list[str]) -> Path | bool | None:
    """The data file for a plain app start (None: the default), or False for the CLI."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--db":
        return Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > 5:
        return Path(argv[0][5:])
    return False


def main() -> None:
    # coach loads no pydantic plugins; skipping their discovery spares an entry-point scan.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    target = _app_only(sys.argv[1:])
    from coach.cli.launch import has_terminal, start_app

    # Without a terminal (or asked to complete a word), the command line answers.
    if target is False or not has_terminal() or "_COACH_COMPLETE" in os.environ:
        from coach.cli.main import main as cli_main

        cli_main()
        return
    from coach.errors import CoachError
    from coach.paths import default_db_path
    from coach.text import printable

    path = (target or default_db_path()).expanduser()  # type: ignore[union-attr]
    try:
        start_app(path)
    except CoachError as exc:
        print(f"coach: {printable(str(exc))}", file=sys.stderr)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:
        from coach.cli.errors import crash_report

        print(f"coach: {crash_report(exc).message}", file=sys.stderr)
        raise SystemExit(1) from None

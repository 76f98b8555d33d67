"""``coach export`` and ``coach import``."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
import orjson

from coach.cli.context import Env, pass_env
from coach.cli.output import emit_json, json_option, records, say
from coach.errors import InvalidInputError
from coach.store.atomic import ensure_dir, write_atomic
from coach.text import count

if TYPE_CHECKING:
    from coach.service.importing import MergeReport


def _payload(env: Env, fmt: str, *, with_journal: bool, role: str, company: str) -> bytes:
    service = env.service()
    if fmt == "json":
        data = service.export_data()
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
    if fmt in ("md", "txt", "docx"):
        from coach.export.documents import render_document

        return render_document(service, fmt, with_journal=with_journal, role=role, company=company)
    from coach.export import ical
    from coach.export.snapshot import take

    return ical.render(take(service))


@click.command("export")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["json", "md", "txt", "docx", "ics"]),
    default="json",
    show_default=True,
    help=(
        "json: the whole store, journal included (a backup); md: a readable career plan "
        "with resume lines and a "
        "cover-letter paragraph; txt and docx: the resume lines, career objective, "
        "cover-letter paragraph and achievement stories, to paste; ics: goal deadlines "
        "with reminders and the reviews, for a calendar."
    ),
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to FILE instead of standard output.",
)
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@click.option(
    "--with-journal",
    is_flag=True,
    help="Put journal text in (md, txt, docx); it is private, so it stays out unless asked.",
)
@click.option("--role", "-r", default="", help="The role to tailor the resume pieces to.")
@click.option("--company", "-c", default="", help="The company to tailor them to.")
@click.option(
    "--plaintext", is_flag=True, help="Allow an unencrypted export of an encrypted store."
)
@pass_env
def export(
    env: Env,
    fmt: str,
    output: Path | None,
    force: bool,
    with_journal: bool,
    role: str,
    company: str,
    plaintext: bool,
) -> None:
    """Export the store, the career plan, the resume pieces or the deadlines."""
    from coach.store.crypto import file_is_encrypted

    if file_is_encrypted(env.db_path) and not plaintext:
        raise InvalidInputError(
            "the store is encrypted and an export is plain text; add --plaintext if you mean it"
        )
    if output is None and fmt == "docx" and sys.stdout.isatty():
        raise InvalidInputError("a .docx is not for the terminal; add -o FILE.docx")
    payload = _payload(env, fmt, with_journal=with_journal, role=role, company=company)
    if output is None:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return
    output = output.expanduser()
    if output.exists() and not force:
        raise InvalidInputError(
            f"{output} exists; choose another name or add --force to replace it"
        )
    if output.resolve() == env.db_path.resolve():
        raise InvalidInputError("that is the data file itself; choose another name")
    try:
        ensure_dir(output.parent)
        write_atomic(output, payload)
    except OSError as exc:
        raise InvalidInputError(f"cannot write {output}: {exc.strerror or exc}") from None
    say(f"Wrote {output} ({len(payload):,} bytes).")


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Only say what would change.")
@click.option(
    "--skip-invalid",
    is_flag=True,
    help="Import the records that can be read and leave out those that cannot "
    "(without it, a file with one is refused whole).",
)
@json_option
@pass_env
def import_(env: Env, file: Path, dry_run: bool, skip_invalid: bool, as_json: bool) -> None:
    """Merge an export into the store: coach's own JSON, jrnl's (`jrnl --format json`) or
    Day One's JSON. Nothing is duplicated: importing the same file twice adds nothing.
    A file with a record that cannot be read is refused and nothing is imported."""
    service = env.service(write=not dry_run)
    report = service.import_file(file, dry_run=dry_run, skip_invalid=skip_invalid)
    if as_json:
        emit_json(dataclasses.asdict(report) | {"dry_run": dry_run})
        if report.refused:
            raise click.exceptions.Exit(1)
        return
    if report.refused:
        _refuse(file, report, dry_run=dry_run)
    verb = "Would add" if dry_run else "Added"
    as_is = "it is" if report.kept_ours == 1 else "they are"
    say(f"Read {report.source}.")
    added = ", ".join(records(t, n) for t, n in report.added.items()) or "nothing"
    updated = ", ".join(records(t, n) for t, n in report.updated.items()) or "nothing"
    say(
        f"{verb} {added}; updated {updated}; {count(report.unchanged, 'record')} already "
        f"here; {count(report.kept_ours, 'record')} kept as {as_is} here (newer here)."
    )
    if report.rejected:
        left = "Would leave out" if dry_run else "Left out"
        say(f"{left} {count(len(report.rejected), *_nouns(report))} that cannot be read:", err=True)
        for line in report.rejected:
            say(f"  {line}", err=True)


def _nouns(report: MergeReport) -> tuple[str, str]:
    """What the file's records are called: a jrnl or Day One export holds entries."""
    return ("record", "records") if report.source == "a coach export" else ("entry", "entries")


def _refuse(file: Path, report: MergeReport, *, dry_run: bool) -> None:
    """Say which records cannot be read and why, that nothing was imported, and what to do."""
    one, many = _nouns(report)
    bad = len(report.rejected)
    good = report.changed + report.unchanged + report.kept_ours
    nothing = "Nothing would be imported" if dry_run else "Nothing was imported"
    say(f"{nothing}: {count(bad, one, many)} in {file} ({report.source}) cannot be read:", err=True)
    for line in report.rejected:
        say(f"  {line}", err=True)
    them = "it" if bad == 1 else "them"
    others = f"the one other {one}" if good == 1 else f"the other {count(good, one, many)}"
    rest = f", or add --skip-invalid to import {others} without {them}" if good else ""
    say(f"Fix {them} in the file and run coach import again{rest}.", err=True)
    raise click.exceptions.Exit(1)

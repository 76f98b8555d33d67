"""``coach journal``: capture and read reflections from the shell."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from coach.cli.complete import complete
from coach.cli.context import Env, pass_env
from coach.cli.output import (
    delete_after_asking,
    emit_json,
    interactive,
    json_option,
    read_stdin,
    say,
    styled,
    tell,
)
from coach.errors import InvalidInputError
from coach.text import count

if TYPE_CHECKING:
    from coach.models import JournalEntry


@click.group()
def journal() -> None:
    """Write and read journal entries."""


def _read_body(words: tuple[str, ...], *, private: bool) -> str:
    if words == ("-",):
        return read_stdin()
    if words:
        return " ".join(words)
    if not interactive():
        return read_stdin()
    from coach.cli.editor import edit_text

    edited = edit_text(
        "\n# Write your entry above. Lines starting with # are left out.\n", private=private
    )
    if edited is None:
        raise InvalidInputError("nothing was written, so nothing was saved")
    return "\n".join(line for line in edited.splitlines() if not line.startswith("#")).strip()


@journal.command("add")
@click.argument("text", nargs=-1)
@click.option("--tag", "-t", "tags", multiple=True, help="A tag for the entry (repeatable).")
@click.option(
    "--goal",
    "-g",
    "goals",
    multiple=True,
    shell_complete=complete("goal"),
    help="Link to a goal by id (repeatable).",
)
@click.option(
    "--aspiration",
    "-a",
    "aspirations",
    multiple=True,
    shell_complete=complete("aspiration"),
    help="Link to an aspiration by id.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the saved entry as JSON.")
@pass_env
def add(
    env: Env,
    text: tuple[str, ...],
    tags: tuple[str, ...],
    goals: tuple[str, ...],
    aspirations: tuple[str, ...],
    as_json: bool,
) -> None:
    """Save TEXT as a journal entry. TEXT `-` (or a pipe) reads standard input;
    no TEXT at a terminal opens your $EDITOR."""
    from coach.store.crypto import file_is_encrypted

    body = _read_body(text, private=file_is_encrypted(env.db_path))
    if not body.strip():
        raise InvalidInputError("the entry is empty; write something first")
    service = env.service(write=True)
    entry = service.journal.add(
        body,
        tags=tags,
        goal_ids=[service.goals.resolve(g) for g in goals],
        aspiration_ids=[service.aspirations.resolve(a) for a in aspirations],
    )
    if as_json:
        emit_json(entry.to_doc())
    else:
        say(f"Saved {entry.id}.")


def _print_entry(entry: JournalEntry) -> None:
    stamp = entry.created.strftime("%Y-%m-%d %H:%M")
    tags = "  " + " ".join(f"#{t}" for t in entry.tags) if entry.tags else ""
    say(styled(f"{entry.id}  {stamp}", bold=True), tags)
    if entry.prompt_text:
        say(f"  » {entry.prompt_text}")
    for line in entry.body.splitlines() or [""]:
        say(f"  {line}")
    say()


@journal.command("list")
@click.option("--search", "-s", default="", help="Only entries containing all these words.")
@click.option("--tag", "-t", default=None, help="Only entries with this tag.")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=0),
    default=None,
    help="At most N entries, newest first (default 20 as text, all as JSON; 0 = all).",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@pass_env
def list_(env: Env, search: str, tag: str | None, limit: int | None, as_json: bool) -> None:
    """List journal entries, newest first."""
    service = env.service()
    if limit is None:
        limit = 0 if as_json else 20
    ids = service.journal.ids(search=search, tag=tag)
    entries = service.journal.load(ids, limit=limit or None)
    if as_json:
        emit_json([e.to_doc() for e in entries])
        return
    if not entries:
        say("No entries match." if search or tag else "No entries yet: `coach journal add TEXT`.")
        return
    for entry in entries:
        _print_entry(entry)
    if len(ids) > len(entries):
        older = count(len(ids) - len(entries), "older entry", "older entries")
        say(f"… {older}; --limit 0 shows all.")


@journal.command("show")
@click.argument("entry_id", shell_complete=complete("entry"))
@click.option("--json", "as_json", is_flag=True)
@pass_env
def show(env: Env, entry_id: str, as_json: bool) -> None:
    """Show one entry in full."""
    entry = env.service().journal.get(entry_id)
    if as_json:
        emit_json(entry.to_doc())
    else:
        _print_entry(entry)


@journal.command("delete")
@click.argument("entry_id", shell_complete=complete("entry"))
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@json_option
@pass_env
def delete(env: Env, entry_id: str, yes: bool, as_json: bool) -> None:
    """Delete one entry (asks first)."""
    service = env.service(write=True)
    entry = service.journal.get(entry_id)
    delete_after_asking(
        f"Delete {entry.id} from {entry.created:%Y-%m-%d}?",
        entry.id,
        service.journal.delete,
        yes=yes,
        as_json=as_json,
    )


@journal.command("edit")
@click.argument("entry_id", shell_complete=complete("entry"))
@click.argument("text", nargs=-1)
@click.option("--edit", "in_editor", is_flag=True, help="Open the entry in your editor.")
@click.option("--tag", "-t", "tags", multiple=True, help="Its tags from now on (repeatable).")
@json_option
@pass_env
def edit(
    env: Env,
    entry_id: str,
    text: tuple[str, ...],
    in_editor: bool,
    tags: tuple[str, ...],
    as_json: bool,
) -> None:
    """Change an entry: TEXT replaces its text (`-` reads standard input), --edit opens it
    in your editor (the `editor` setting, else $VISUAL, else $EDITOR), -t replaces its tags."""
    from coach.cli.editor import edit_text
    from coach.store.crypto import file_is_encrypted

    service = env.service(write=True)
    entry = service.journal.get(entry_id)
    body: str | None = None
    if text:
        body = read_stdin() if text == ("-",) else " ".join(text)
    elif in_editor:
        body = edit_text(entry.body, private=file_is_encrypted(env.db_path))
        if body is None and not tags:
            tell(as_json, entry.to_doc(), "Nothing changed.")
            return
    elif not tags:
        raise click.UsageError("say what to change: TEXT, --edit or --tag")
    updated = service.journal.edit(entry.id, body=body, tags=tags or None)
    tell(as_json, updated.to_doc(), f"Saved {updated.id}.")

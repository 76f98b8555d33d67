"""Printing for the command line: safe text for people, JSON for scripts."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from coach.text import count, one_line, printable

F = TypeVar("F", bound=Callable[..., Any])


class Styled(str):
    """Text that coach itself styled: printed as it is."""


def styled(text: str, **style: Any) -> Styled:
    """``text`` cleaned of control characters, then styled (click.style keywords)."""
    return Styled(click.style(printable(text), **style))


def say(*parts: str, err: bool = False) -> None:
    """Print parts that may hold user content; only :class:`Styled` parts keep escapes."""
    click.echo("".join(p if isinstance(p, Styled) else printable(p) for p in parts), err=err)


def emit_json(value: Any) -> None:
    """Print one JSON value (records as their stored documents)."""
    import orjson  # only for --json: `coach check` for people starts without it

    sys.stdout.buffer.write(
        orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS) + b"\n"
    )
    sys.stdout.flush()


def clip(text: str, width: int = 72) -> str:
    return one_line(text, width)


def interactive() -> bool:
    """True when both standard input and output are terminals (and stdin exists at all)."""
    return bool(sys.stdin and sys.stdin.isatty() and sys.stdout and sys.stdout.isatty())


def read_stdin() -> str:
    """Standard input as text; text that is not UTF-8 is refused, saying where it breaks."""
    if sys.stdin is None:
        return ""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream handed in (tests): already decoded
        return sys.stdin.read()
    data: bytes = stream.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        from coach.errors import InvalidInputError

        raise InvalidInputError(
            f"the text on standard input is not UTF-8 (byte {exc.start:,} is not); "
            "save it as UTF-8 and try again"
        ) from None


def json_option(command: F) -> F:
    """The ``--json`` flag every command that prints or changes records has."""
    return click.option(
        "--json", "as_json", is_flag=True, help="Print the result as JSON, for scripts."
    )(command)


def tell(as_json: bool, doc: Any, *lines: str) -> None:
    """Print ``doc`` as JSON for a script, or ``lines`` for a person."""
    if as_json:
        emit_json(doc)
        return
    for line in lines:
        say(line)


def delete_after_asking(
    question: str,
    record_id: str,
    delete: Callable[[str], object],
    *,
    yes: bool,
    as_json: bool = False,
) -> None:
    """What every delete command does: ask (unless --yes), delete, and say so."""
    confirm_delete(question, yes=yes)
    delete(record_id)
    tell(as_json, {"deleted": record_id}, f"Deleted {record_id}.")


def confirm_delete(question: str, *, yes: bool) -> None:
    """Ask before deleting, unless --yes; without a terminal, --yes is required."""
    if yes:
        return
    if not interactive():
        from coach.errors import InvalidInputError

        raise InvalidInputError("without a terminal to ask at, add --yes to delete")
    click.confirm(printable(question), abort=True)


def records(table: str, n: int) -> str:
    """How many records of ``table``, said in words: "1 journal entry", "3 goals"."""
    from coach.service.problems import NOUNS

    one, many = NOUNS.get(table, (f"{table} record", f"{table} records"))
    return count(n, one, many)

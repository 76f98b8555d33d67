"""Shell completion of record ids, board columns and setting names (click's own
completion does the rest).

Completion runs ``coach`` in the background on every tab: it reads the store only when
it is there and not encrypted (a passphrase cannot be asked for), and never fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click
from click.shell_completion import CompletionItem

if TYPE_CHECKING:
    from coach.service import CoachService

Completer = Callable[[click.Context, click.Parameter, str], list[CompletionItem]]


def _service(ctx: click.Context) -> CoachService | None:
    from coach.paths import default_db_path
    from coach.store.crypto import file_is_encrypted

    db = ctx.find_root().params.get("db")
    path = (db or default_db_path()).expanduser()
    from coach.store.devices import store_exists

    if not store_exists(path) or file_is_encrypted(path):
        return None
    from coach import service

    return service.open(path)


def _records(kind: str, service: CoachService) -> list[tuple[str, str]]:
    if kind == "goal":
        return [(g.id, g.statement) for g in service.goals.find()]
    if kind == "aspiration":
        return [(a.id, a.title) for a in service.aspirations.find()]
    if kind == "entry":
        return [(e.id, e.body.split("\n", 1)[0]) for e in service.journal.find()]
    return [(c.name, "board column") for c in service.board.columns()]


def complete_key(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Completion for the KEY of ``coach config get/set``: the settings' names."""
    from coach.config import KEYS

    return [
        CompletionItem(name, help=key.help)
        for name, key in KEYS.items()
        if name.startswith(incomplete.lower())
    ]


def complete(kind: str) -> Completer:
    """Completion for an argument naming a ``kind``: goal, aspiration, entry or column."""

    def suggest(
        ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        try:
            service = _service(ctx)
            found = _records(kind, service) if service is not None else []
        except Exception:  # a damaged store, a busy lock: no suggestions, never an error
            return []
        wanted = incomplete.lower()
        return [
            CompletionItem(value, help=" ".join(text.split())[:60])
            for value, text in found
            if value.lower().startswith(wanted)
        ]

    return suggest

"""Rules of the content files: unique ids, one-line texts, nudge templates.

The content models (:mod:`coach.content.models`) apply them. Each check raises
``ValueError`` with a message for the person editing the file.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

# The placeholders each nudge may use; every nudge listed here must be present.
NUDGE_PLACEHOLDERS: Mapping[str, frozenset[str]] = {
    "aspiration_without_goals": frozenset({"aspiration"}),
    "goal_without_deadline": frozenset({"goal"}),
    "goal_overdue": frozenset({"goal", "days"}),
    "goal_reached": frozenset({"goal"}),
    "goal_stale": frozenset({"goal", "days"}),
    "aspiration_not_evaluated": frozenset({"aspiration", "days"}),
    "aspiration_never_evaluated": frozenset({"aspiration"}),
    "aspiration_looks_like_goal": frozenset({"aspiration"}),
    "no_journal_recently": frozenset({"days"}),
    "review_due": frozenset({"kind", "days"}),
}


class NudgeFields(Protocol):
    """A nudge as written in ``nudges.toml``: its id and its two templates."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def message(self) -> str: ...


def placeholders(template: str) -> frozenset[str]:
    """The ``{name}`` fields of a ``str.format`` template.

    Raises ``ValueError`` for a malformed template, or a field that is not a
    plain name (positional, attribute, index, format spec or conversion).
    """
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ValueError(f"malformed template: {exc}") from None
    names: set[str] = set()
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"placeholder {{{name}}} must be a plain {{name}}")
        names.add(name)
    return frozenset(names)


def check_one_line(value: str) -> str:
    """``value`` itself, if it has no line break."""
    if "\n" in value or "\r" in value:
        raise ValueError("must fit on one line")
    return value


def check_unique(ids: Iterable[str]) -> None:
    """No id twice."""
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"duplicate id {item_id!r}")
        seen.add(item_id)


def check_template(nudge_id: str, name: str, template: str) -> None:
    """The template ``name`` of a nudge uses only the placeholders that nudge is given."""
    allowed = NUDGE_PLACEHOLDERS.get(nudge_id, frozenset())
    try:
        extra = placeholders(template) - allowed
    except ValueError as exc:
        raise ValueError(f"{nudge_id}.{name}: {exc}") from None
    if extra:
        listed = ", ".join(f"{{{p}}}" for p in sorted(allowed))
        used = ", ".join(f"{{{p}}}" for p in sorted(extra))
        raise ValueError(f"{nudge_id}.{name} uses {used}; allowed: {listed}")


def check_nudges(nudges: Sequence[NudgeFields]) -> None:
    """Every known nudge once, no unknown one, each template with its own placeholders."""
    check_unique(n.id for n in nudges)
    for nudge in nudges:
        if nudge.id not in NUDGE_PLACEHOLDERS:
            raise ValueError(f"unknown nudge {nudge.id!r}")
        check_template(nudge.id, "title", nudge.title)
        check_template(nudge.id, "message", nudge.message)
    missing = [i for i in NUDGE_PLACEHOLDERS if i not in {n.id for n in nudges}]
    if missing:
        raise ValueError(f"missing nudge(s) {', '.join(missing)}")

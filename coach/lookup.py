"""Finding records by what a person types: a full id or an unambiguous prefix of one, or
(for aspirations and goals) the start of their title, when only one begins so."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coach.errors import InvalidInputError, NotFoundError

# The command that lists the ids of each kind, for the message when none matches.
LISTING = {
    "journal entry": "coach journal list",
    "answer version": "coach interview versions",
    "evaluation": "coach aspiration show ID",
}


def resolve_id(kind: str, wanted: str, ids: Iterable[str]) -> str:
    """The one id equal to ``wanted`` or starting with it; a clear error otherwise."""
    wanted = wanted.strip()
    if not wanted:
        article = "an" if kind[0] in "aeiou" else "a"
        raise InvalidInputError(f"give the id of {article} {kind}")
    ids = list(ids)
    if wanted in ids:
        return wanted
    matches = [i for i in ids if i.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        listing = LISTING.get(kind, f"coach {kind} list")
        raise NotFoundError(f"no {kind} with id {wanted!r}; `{listing}` shows the ids")
    raise InvalidInputError(
        f"{wanted!r} matches {len(matches)} {kind}s ({', '.join(sorted(matches)[:3])}…); "
        "type more of the id"
    )


def resolve_titled(kind: str, wanted: str, docs: Mapping[str, object], field: str) -> str:
    """:func:`resolve_id`, and failing that the one record whose ``field`` (its title)
    is ``wanted`` or starts with it, in any case: "Become Vice" finds "Become Vice
    President of Design"."""
    try:
        return resolve_id(kind, wanted, docs)
    except NotFoundError:
        titles: dict[str, str] = {
            record_id: str(doc[field])
            for record_id, doc in docs.items()
            if isinstance(doc, dict) and isinstance(doc.get(field), str)
        }
        folded = " ".join(wanted.split()).casefold()
        same = [i for i, t in titles.items() if " ".join(t.split()).casefold() == folded]
        starting = same or [
            i for i, t in titles.items() if " ".join(t.split()).casefold().startswith(folded)
        ]
        if len(starting) == 1:
            return starting[0]
        if not starting:
            raise NotFoundError(
                f"no {kind} with an id or a title starting {wanted!r}; "
                f"`coach {kind} list` shows them"
            ) from None
        shown = "; ".join(f"{i} “{titles[i]}”" for i in sorted(starting)[:3])
        raise InvalidInputError(
            f"{wanted!r} begins {len(starting)} {kind}s ({shown}…); type more, or the id"
        ) from None


def terms_of(query: str) -> list[str]:
    """The words of a search query, case-folded."""
    return [t for t in query.casefold().split() if t]


def searchable(*fields: object) -> str:
    """The case-folded text of ``fields`` (strings, or lists of strings), for matching."""
    parts = []
    for value in fields:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list | tuple):
            parts.extend(v for v in value if isinstance(v, str))
    return "\n".join(parts).casefold()


def matches(terms: list[str], *fields: object) -> bool:
    """True when every term occurs in one of ``fields``."""
    if not terms:
        return True
    haystack = searchable(*fields)
    return all(term in haystack for term in terms)


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: trimmed, lower case, without a leading '#', unique, in order."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = tag.strip().lstrip("#").strip().lower()
        if not tag:
            continue
        if any(ch.isspace() for ch in tag):
            raise InvalidInputError(f"a tag is one word: {tag!r} has a space")
        if len(tag) > 64:
            raise InvalidInputError(f"keep a tag under 64 characters: {tag[:20]!r}…")
        seen[tag] = None
    return tuple(seen)


def string_list(value: object) -> list[str]:
    """The strings of a stored list field; anything else (a damaged value) gives none."""
    if isinstance(value, list | tuple):
        return [v for v in value if isinstance(v, str)]
    return []

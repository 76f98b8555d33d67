"""Journal entries: write, edit, delete, list and search."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, NamedTuple

from coach.errors import InvalidInputError, NotFoundError
from coach.lookup import clean_tags, resolve_id, searchable, string_list, terms_of
from coach.models import JournalEntry, new_id
from coach.service.history import History
from coach.store.repository import Repository

TABLE = "journal"


def _created(doc: dict[str, object]) -> datetime:
    value = doc.get("created")
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else datetime.min
    except ValueError:
        return datetime.min


def _moment(doc: dict[str, object]) -> float:
    """When the entry was written, to sort by (0 for a time without its zone)."""
    created = _created(doc)
    return created.timestamp() if created.tzinfo else 0.0


def _haystack(doc: dict[str, Any]) -> str:
    """The case-folded text a search looks in: the body, the prompt and the tags."""
    body, prompt, tags = doc.get("body"), doc.get("prompt_text"), doc.get("tags")
    if prompt is None and not tags and isinstance(body, str):
        return body.casefold()  # most entries: no joining needed
    return searchable(body, prompt, tags)


class _LastSearch(NamedTuple):
    """A search and what it found, over one ordering of the entries."""

    tag: str | None
    terms: list[str]
    order: list[tuple[str, dict[str, Any]]]
    found: list[tuple[str, dict[str, Any]]]


class JournalService:
    def __init__(self, repo: Repository, history: History, clock: Callable[[], datetime]) -> None:
        self._repo = repo
        self._history = history
        self._clock = clock
        # Every entry newest first, as (id, document): read again only once the table
        # has changed, so a search parses no dates and sorts nothing. It is known to be
        # current while the repository's revision is the one it was last checked at.
        self._order: list[tuple[str, dict[str, Any]]] | None = None
        self._order_revision: int | None = None
        # The last search: a query that only adds to it (typing on) looks among its
        # matches alone.
        self._last: _LastSearch | None = None
        # The app searches on a worker thread while the screen may list entries too:
        # one search at a time, so the two caches above stay whole.
        self._searching = threading.Lock()

    def warm_search(self) -> None:
        """Sort every entry now, so that the first search is as quick as the next.

        The app calls this on its loading thread, before anyone can type a query. The
        text is not kept folded: a case-folded copy of every entry would hold as much
        memory as the journal itself (78 MiB at 100,000 entries), and folding each entry
        as it is matched costs about a millisecond per thousand entries.
        """
        with self._searching:
            self._newest_first()

    def add(
        self,
        body: str,
        *,
        tags: Iterable[str] = (),
        goal_ids: Iterable[str] = (),
        aspiration_ids: Iterable[str] = (),
        prompt_id: str | None = None,
        prompt_text: str | None = None,
    ) -> JournalEntry:
        if not body.strip():
            raise InvalidInputError("the entry is empty; write something first")
        entry = JournalEntry(
            id=new_id("j"),
            created=self._clock(),
            body=body,
            prompt_id=prompt_id,
            prompt_text=prompt_text,
            tags=clean_tags(tags),
            goal_ids=tuple(goal_ids),
            aspiration_ids=tuple(aspiration_ids),
        )
        with self._history.work("write a journal entry", adding=True) as work:
            work.put_new(entry)
        return entry

    def resolve(self, wanted: str) -> str:
        return resolve_id("journal entry", wanted, self._repo.raw_table(TABLE))

    def get(self, entry_id: str) -> JournalEntry:
        entry = self._repo.get(JournalEntry, self.resolve(entry_id))
        if entry is None:
            raise NotFoundError(f"journal entry {entry_id} cannot be read; run `coach doctor`")
        return entry

    def edit(
        self,
        entry_id: str,
        *,
        body: str | None = None,
        tags: Iterable[str] | None = None,
        goal_ids: Iterable[str] | None = None,
        aspiration_ids: Iterable[str] | None = None,
    ) -> JournalEntry:
        entry = self.get(entry_id)
        changes: dict[str, object] = {"updated": self._clock()}
        if body is not None:
            if not body.strip():
                raise InvalidInputError("the entry would be empty; delete it instead")
            changes["body"] = body
        if tags is not None:
            changes["tags"] = clean_tags(tags)
        if goal_ids is not None:
            changes["goal_ids"] = tuple(goal_ids)
        if aspiration_ids is not None:
            changes["aspiration_ids"] = tuple(aspiration_ids)
        updated = entry.changed(**changes)
        with self._history.work("edit a journal entry") as work:
            work.put(updated)
        return updated

    def delete(self, entry_id: str) -> JournalEntry:
        entry = self.get(entry_id)
        with self._history.work("delete a journal entry") as work:
            work.delete(JournalEntry, entry.id)
        return entry

    def count(self) -> int:
        return len(self._repo.raw_table(TABLE))

    def exists(self, entry_id: str) -> bool:
        """True when an entry with exactly this id is stored."""
        return entry_id in self._repo.raw_table(TABLE)

    def per_day(self) -> dict[str, int]:
        """Entries per day written ("YYYY-MM-DD", the date part of ``created`` as stored).

        Counted from the stored documents, so ten thousand entries are counted without
        validating any; a document without a readable ``created`` is not counted.
        """
        days: dict[str, int] = {}
        for doc in self._repo.raw_table(TABLE).values():
            created = doc.get("created") if isinstance(doc, dict) else None
            if isinstance(created, str):
                day = created[:10]
                days[day] = days.get(day, 0) + 1
        return days

    def _newest_first(self) -> list[tuple[str, dict[str, Any]]]:
        """Every entry as (id, document), newest first; sorted again only after a change."""
        revision: int | None = self._repo.revision
        table = self._repo.raw_table(TABLE)
        if self._repo.revision != revision:
            revision = None  # the read took in another process's change as it ran
        order = self._order
        if order is not None and revision is not None and revision == self._order_revision:
            return order  # nothing changed since: no need to compare every entry (each key)
        if order is not None and len(order) == sum(isinstance(d, dict) for d in table.values()):
            get = table.get
            if all(get(entry_id) is doc for entry_id, doc in order):
                self._order_revision = revision
                return order
        # (moment, id, document), newest first: ids are unique, so documents are never
        # compared, and the sort needs no key function called per entry.
        dated = sorted(
            (
                (_moment(doc), entry_id, doc)
                for entry_id, doc in table.items()
                if isinstance(doc, dict)
            ),
            reverse=True,
        )
        self._order = order = [(entry_id, doc) for _, entry_id, doc in dated]
        self._order_revision = revision
        return order

    def ids(
        self, *, search: str = "", tag: str | None = None, stop: Callable[[], bool] | None = None
    ) -> list[str]:
        """Ids of matching entries, newest first, without validating every entry.

        Safe to call from a worker thread while other threads read or save. ``stop`` is
        asked every thousand entries: once it says True the search is not wanted any
        more (a newer one replaces it), so it gives up and returns an empty list.
        """
        terms = terms_of(search)
        wanted_tag = tag.strip().lstrip("#").lower() if tag else None
        with self._searching:
            order = self._newest_first()
            pool = order
            last = self._last
            if (
                last is not None
                and last.tag == wanted_tag
                and last.order is order
                and all(any(old in new for new in terms) for old in last.terms)
            ):
                pool = last.found  # every old term is inside a new one: matches only narrow
            found = []
            if wanted_tag is None and not terms:  # every entry: no need to look at each
                if stop is not None and pool and stop():
                    return []
                found = list(pool)
                pool = []
            # The loop runs once per entry (a hundred thousand and more): lookups kept local.
            for index, item in enumerate(pool):
                if stop is not None and not index % 1000 and stop():
                    return []
                doc = item[1]
                if wanted_tag is not None and wanted_tag not in string_list(doc.get("tags")):
                    continue
                if terms:
                    hay = _haystack(doc)
                    if not all(t in hay for t in terms):
                        continue
                found.append(item)  # the pair itself: a search makes no new objects to collect
            self._last = _LastSearch(wanted_tag, terms, order, found)
        return [entry_id for entry_id, _ in found]

    def find(
        self, *, search: str = "", tag: str | None = None, limit: int | None = None
    ) -> list[JournalEntry]:
        """Matching entries, newest first; only the ones returned are validated."""
        return self.load(self.ids(search=search, tag=tag), limit=limit)

    def load(self, ids: Iterable[str], *, limit: int | None = None) -> list[JournalEntry]:
        """The valid entries among ``ids``, in that order, at most ``limit``."""
        out = []
        for entry_id in ids:
            entry = self._repo.get(JournalEntry, entry_id)
            if entry is not None:
                out.append(entry)
                if limit is not None and len(out) >= limit:
                    break
        return out

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many entries carry it, most used first."""
        counts: dict[str, int] = {}
        for doc in self._repo.raw_table(TABLE).values():
            for tag in string_list(doc.get("tags")) if isinstance(doc, dict) else []:
                counts[tag] = counts.get(tag, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

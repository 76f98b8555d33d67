"""The list of aspirations, grouped by status, built from the store's raw documents.

``list_options`` makes the OptionList items: a heading per status (active,
achieved, retired), then each aspiration with its horizon, how many goals lead
to it and its latest evaluation score. Counting goals and scores reads the raw
documents, so a store with a thousand goals is not validated to draw the list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from textual.content import Content
from textual.widgets.option_list import Option

from coach.models import Aspiration, score_of
from screens.literal import literal_line

GROUPS = (("active", "Active"), ("achieved", "Achieved"), ("retired", "Retired"))


def list_options(
    aspirations: Sequence[Aspiration],
    goals: Mapping[str, Any],
    evaluations: Mapping[str, Any],
) -> list[Option | None]:
    """Headings and aspirations in status order; ``None`` separates the groups."""
    goal_counts: dict[str, int] = {}
    for doc in goals.values():
        owner = doc.get("aspiration_id") if isinstance(doc, dict) else None
        if isinstance(owner, str):
            goal_counts[owner] = goal_counts.get(owner, 0) + 1
    latest = latest_scores(evaluations)
    options: list[Option | None] = []
    for status, name in GROUPS:
        members = [a for a in aspirations if a.status == status]
        if not members:
            continue
        if options:
            options.append(None)
        options.append(Option(Content.styled(f"{name} ({len(members)})", "bold"), disabled=True))
        options.extend(
            Option(_prompt(a, goal_counts.get(a.id, 0), latest.get(a.id)), id=a.id) for a in members
        )
    return options


def latest_scores(evaluations: Mapping[str, Any]) -> dict[str, int]:
    """Each aspiration's latest evaluation score, read from the raw documents."""
    newest: dict[str, tuple[datetime, int]] = {}
    for doc in evaluations.values():
        if not isinstance(doc, dict):
            continue
        owner, created, answers = doc.get("aspiration_id"), doc.get("created"), doc.get("answers")
        if not (isinstance(owner, str) and isinstance(created, str) and isinstance(answers, list)):
            continue
        # The score is derived from the ratings, as the Evaluation model does.
        ratings = [a.get("rating") for a in answers if isinstance(a, dict)]
        score = score_of([r for r in ratings if isinstance(r, int) and not isinstance(r, bool)])
        # Compare as datetimes: the offsets of the stored timestamps may differ.
        try:
            when = datetime.fromisoformat(created)
        except ValueError:
            continue
        if when.tzinfo is None:
            continue
        if owner not in newest or when > newest[owner][0]:
            newest[owner] = (when, score)
    return {owner: score for owner, (_, score) in newest.items()}


def _prompt(aspiration: Aspiration, goals: int, score: int | None) -> Content:
    facts = []
    if aspiration.horizon:
        facts.append(f"by {aspiration.horizon}")
    facts.append(f"{goals} goal{'s' if goals != 1 else ''}")
    facts.append(f"{score}/100" if score is not None else "not evaluated")
    return Content.assemble(
        literal_line(aspiration.title, 80), "\n", (" · ".join(facts), "$text-muted")
    )

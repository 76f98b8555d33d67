"""The list of aspirations, grouped by status.

``list_options`` makes the OptionList items: a heading per status (active,
achieved, retired), then each aspiration with its horizon, how many goals lead
to it and its latest evaluation score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.content import Content
from textual.widgets.option_list import Option

from coach.models import Aspiration
from screens.widgets.literal import literal_line

GROUPS = (("active", "Active"), ("achieved", "Achieved"), ("retired", "Retired"))


def list_options(
    aspirations: Sequence[Aspiration],
    goal_counts: Mapping[str, int],
    scores: Mapping[str, int],
) -> list[Option | None]:
    """Headings and aspirations in status order; ``None`` separates the groups.

    ``goal_counts`` and ``scores`` give, per aspiration id, how many goals lead to it
    and its latest evaluation score.
    """
    options: list[Option | None] = []
    for status, name in GROUPS:
        members = [a for a in aspirations if a.status == status]
        if not members:
            continue
        if options:
            options.append(None)
        options.append(Option(Content.styled(f"{name} ({len(members)})", "bold"), disabled=True))
        options.extend(
            Option(_prompt(a, goal_counts.get(a.id, 0), scores.get(a.id)), id=a.id) for a in members
        )
    return options


def _prompt(aspiration: Aspiration, goals: int, score: int | None) -> Content:
    facts = []
    if aspiration.horizon:
        facts.append(f"by {aspiration.horizon}")
    facts.append(f"{goals} goal{'s' if goals != 1 else ''}")
    facts.append(f"{score}/100" if score is not None else "not evaluated")
    return Content.assemble(
        literal_line(aspiration.title, 80), "\n", (" · ".join(facts), "$text-muted")
    )

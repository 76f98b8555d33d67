"""What the labelled-set tests compare: the three judged verdicts and the deadline."""

from __future__ import annotations

from coach.coaching.smart import Assessment

Judged = tuple[bool | None, bool | None, bool | None, str | None]


def judged(result: Assessment) -> Judged:
    """(specific, measurable, time_bound, deadline as ISO text or None)."""
    return (
        result.specific.ok,
        result.measurable.ok,
        result.time_bound.ok,
        result.deadline.isoformat() if result.deadline else None,
    )


def reasons(result: Assessment) -> tuple[str, str, str]:
    """The three reasons, shown when a labelled case fails."""
    return result.specific.reason, result.measurable.reason, result.time_bound.reason

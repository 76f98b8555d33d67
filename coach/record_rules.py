"""Rules of the stored records that need no pydantic.

The models (:mod:`coach.models`) and the light views that read stored
documents without them (:mod:`coach.coaching.views`) both take these, so a rule
is written once. Standard library only.
"""

from __future__ import annotations

from datetime import datetime

# Record ids: non-empty strings of at most this many characters.
ID_MAX_LENGTH = 64
# A horizon is a year ("2030") or a date ("2030-06-30").
HORIZON_PATTERN = r"^\d{4}(-\d{2}-\d{2})?$"
# The values of ``coach.models.AspirationStatus``, the default first.
ASPIRATION_STATUSES = ("active", "achieved", "retired")


def is_aware(moment: datetime) -> bool:
    """True when ``moment`` carries a time zone, as every stored timestamp must."""
    return moment.tzinfo is not None and moment.utcoffset() is not None


def fraction(current: float | None, target: float | None) -> float | None:
    """Share of the target reached (0 to 1), or None when it cannot be counted."""
    if target is None or current is None or target == 0:
        return None
    return max(0.0, min(1.0, current / target))

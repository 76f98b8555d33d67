"""Record ids and timestamps: the one clock of coach, and new ids.

:func:`now` is coach's one clock. ``$COACH_NOW`` (``2027-12-31T23:40``, or a date,
``2027-12-31``, meaning its midnight) starts it at a set moment instead of the
machine's time; from there it runs on as a clock does. Tests use it to run a
program in a real terminal on the same day they seeded its store, and it makes a
demo of a plan come out the same on any day.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta

from coach.errors import InvalidInputError

ENV_NOW = "COACH_NOW"
_ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford base32, lower case

# The last $COACH_NOW read, the moment it names, and the monotonic time it was first read.
_anchor: tuple[str, datetime, float] | None = None


def new_id(prefix: str) -> str:
    """A fresh, stable record id such as ``g-7kq2m9xz3c``."""
    import secrets  # here: the app's first frame needs ``now`` and not this (hmac, hashlib)

    return prefix + "-" + "".join(secrets.choice(_ID_ALPHABET) for _ in range(10))


def set_moment(text: str) -> datetime:
    """The moment ``$COACH_NOW`` names, timezone-aware (local time unless it says)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(
            f"{ENV_NOW}={text!r} is not a date or a date and time; "
            "write it as 2027-12-31 or 2027-12-31T23:40, or unset it"
        ) from None
    return moment if moment.tzinfo is not None else moment.astimezone()


def now() -> datetime:
    """The current local time, timezone-aware: the machine's, or ``$COACH_NOW`` running on."""
    global _anchor
    fixed = os.environ.get(ENV_NOW)
    if not fixed:
        return datetime.now().astimezone()
    anchor = _anchor
    if anchor is None or anchor[0] != fixed:
        anchor = _anchor = (fixed, set_moment(fixed), time.monotonic())
    return anchor[1] + timedelta(seconds=time.monotonic() - anchor[2])


def iso(moment: datetime) -> str:
    """A timestamp as pydantic writes it in JSON (UTC as ``Z``)."""
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text

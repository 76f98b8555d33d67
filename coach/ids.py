"""Record ids and timestamps, without any dependency (quick capture imports this alone)."""

from __future__ import annotations

from datetime import datetime

_ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford base32, lower case


def new_id(prefix: str) -> str:
    """A fresh, stable record id such as ``g-7kq2m9xz3c``."""
    import secrets  # here: the app's first screen needs ``now`` and not this (hmac, hashlib)

    return prefix + "-" + "".join(secrets.choice(_ID_ALPHABET) for _ in range(10))


def now() -> datetime:
    """The current local time, timezone-aware."""
    return datetime.now().astimezone()


def iso(moment: datetime) -> str:
    """A timestamp as pydantic writes it in JSON (UTC as ``Z``)."""
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text

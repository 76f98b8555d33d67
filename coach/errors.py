"""The errors coach shows to a person.

Every error raised on purpose derives from :class:`CoachError`; its message is
one line written for the person at the keyboard and says what to do next. The
command line turns these into exit status 1 without a traceback.
"""

from __future__ import annotations


class CoachError(Exception):
    """A problem the person can act on; ``str(error)`` is the whole message."""


class NotFoundError(CoachError):
    """No record with the given id (or id prefix)."""


class InvalidInputError(CoachError):
    """Input that cannot be accepted as it is."""


class BadOptionError(InvalidInputError):
    """An option's value that cannot be accepted (the shell says: a usage mistake)."""

    def __init__(self, message: str, option: str) -> None:
        super().__init__(message)
        self.option = option

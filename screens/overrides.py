"""The one place coach overrides a private part of Textual, each tested against the framework.

Textual's crash report prints a traceback with the local variables of every frame,
which may hold journal text or a passphrase. :class:`CrashWithoutLocals` replaces
that report with one line (and a private log), through Textual's public ``panic``.

``tests/tui/test_overrides.py`` fails loudly if Textual renames or stops calling
what is overridden here, so an upgrade cannot silently bring the locals back.
"""

from __future__ import annotations

import sys

from textual.app import App

# The private names of Textual overridden here, checked by the tests.
OVERRIDDEN = ("App._fatal_error",)


class CrashWithoutLocals(App[None]):
    """An app whose unexpected errors end it with one line, never a traceback with locals."""

    def crashed(self, exc: BaseException) -> str:
        """The line to print for ``exc`` (the app keeps the details somewhere private)."""
        return "coach stopped because of an unexpected error."

    def _fatal_error(self) -> None:
        # Textual calls this (App._handle_exception) for an error nothing handled.
        exc = sys.exc_info()[1]
        self.bell()
        self.panic(self.crashed(exc) if exc is not None else self.crashed(RuntimeError()))

"""Starting the app on the person's store: plain, or encrypted after the passphrase.

A plain store is not loaded before the first paint: :func:`run` takes a first
look at the file (:mod:`coach.store.glance`), the dashboard paints from that, and
the app loads the store on a thread afterwards (see ``docs/startup.md``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from screens.app import CoachApp, make_app

if TYPE_CHECKING:
    from coach.service import CoachService


def run(path: Path) -> None:
    """Open the store at ``path`` and run the app (store errors propagate as CoachError).

    An encrypted store is opened with the passphrase in ``$COACH_PASSPHRASE`` when set,
    else after a passphrase prompt.
    """
    import os

    from coach.store.glance import glance

    seen = glance(path)
    if seen is not None:
        app = CoachApp(loader=lambda: open_store(path), glance=seen)
        app.run()
        if app.load_error is not None:
            raise app.load_error
        return

    from coach.service import CoachService
    from coach.store.crypto import EncryptedCodec, harden_process
    from coach.store.repository import Repository

    if os.environ.get("COACH_PASSPHRASE"):
        harden_process()
        repo = Repository.open(path, codec=EncryptedCodec(os.environ["COACH_PASSPHRASE"]))
    else:
        from screens.unlock import UnlockApp

        unlocked = UnlockApp(path).run()
        if unlocked is None:
            return
        repo = unlocked
    make_app(CoachService(repo)).run()


def open_store(path: Path) -> CoachService:
    """Load the plain store at ``path`` (on the app's loading thread).

    The journal's search text is folded here too, off the event loop, so the first
    search in Reflect does not pay for it.
    """
    from coach.service import CoachService
    from coach.store.repository import Repository

    service = CoachService(Repository.open(path))
    service.journal.warm_search()
    return service

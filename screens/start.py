"""Starting the app on the person's store: plain, or encrypted after the passphrase.

A plain store is not loaded before the first paint: the dashboard paints from a
first look at the file (:mod:`coach.first_look`), and the app loads the store on
a thread afterwards (see ``docs/startup.md``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from screens.app import CoachApp, make_app

if TYPE_CHECKING:
    from coach.first_look import Ahead
    from coach.service import CoachService


def run(path: Path, ahead: Ahead | None = None) -> None:
    """Open the store at ``path`` and run the app (store errors propagate as CoachError).

    ``ahead`` is the first look already under way (:func:`coach.first_look.look_ahead`);
    without it the look is taken here. An encrypted store is opened with the
    passphrase in ``$COACH_PASSPHRASE`` when set, else after a passphrase prompt.
    """
    import os

    from coach.first_look import first_look
    from coach.ids import now

    look = ahead.result() if ahead is not None else first_look(path, now().date())
    if look is not None:
        app = CoachApp(loader=lambda: open_store(path), first=look)
        app.run()
        if app.load_error is not None:
            raise app.load_error
        return

    # Encrypted: no quick first frame to protect; collect cycles again (see coach/cli/launch.py).
    import gc

    gc.enable()
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

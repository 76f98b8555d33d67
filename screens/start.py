"""Starting the app on the person's store: plain, or encrypted after the passphrase."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from screens.app import make_app

if TYPE_CHECKING:
    from coach.service import CoachService


def run(path: Path) -> None:
    """Run the app on the store at ``path``; a store that cannot be opened raises its error.

    The store opens on a thread after the first frame. An encrypted store opens with
    ``$COACH_PASSPHRASE`` when it is set, else after the passphrase prompt.
    """
    from coach.store.crypto import file_is_encrypted

    passphrase = os.environ.get("COACH_PASSPHRASE") or None
    if passphrase is None and file_is_encrypted(path):
        from screens.unlock import UnlockApp

        unlocked = UnlockApp(path).run()
        if unlocked is None:
            return
        app = make_app(unlocked)
    else:

        def opener() -> CoachService:
            # Imported here, on the app's opening thread: the models and the store are
            # not needed for the first frame.
            from coach import service

            return service.open(path, passphrase=passphrase)

        app = make_app(opener=opener)
    app.run()
    if app.load_error is not None:
        raise app.load_error

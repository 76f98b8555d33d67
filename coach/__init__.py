"""coach: an offline career coach for the terminal.

The core package: domain models, the store, the coaching logic and the
command line. It never imports a user-interface toolkit; the front ends
(``screens`` for the full-screen app, ``wizard`` for the guided session) are
started lazily from :mod:`coach.cli.launch`.
"""

__version__ = "0.1.0"

"""The tests' one clock: the moment every test starts at, and the clock services run on.

The services under test run on :class:`Clock`; programs a test starts (in a real
terminal, or as a subprocess) get ``$COACH_NOW`` from :func:`running_clock`, on the
same clock. ``$COACH_TEST_DATE`` moves the machine's own date for a whole run
(tests/conftest.py), so that a test that reads the machine's date shows up.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone

TZ = timezone(timedelta(hours=1))
# The moment every test's clock starts at: services, seeded stores and started programs.
TEST_NOW = datetime(2026, 11, 21, 9, 0, tzinfo=TZ)
_STARTED = time.monotonic()


def running_clock() -> datetime:
    """The tests' clock as it runs on: the ``$COACH_NOW`` to start a program at.

    A later program starts later, so that records written by programs one after the
    other keep their order.
    """
    return TEST_NOW + timedelta(seconds=time.monotonic() - _STARTED)


# Set by CI's shifted pass: the machine's date and time for every test of this run.
MACHINE_DATE = os.environ.get("COACH_TEST_DATE", "").strip()


class Clock:
    """A settable clock for services under test."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now

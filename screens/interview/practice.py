"""Practice mode: the answer on screen and a timer against the question's aim.

``space`` starts and stops the timer, ``r`` starts again from zero, ``escape`` closes
and hands back the last time taken (or None). The clock is
:func:`time.monotonic` unless a test hands in its own: speaking time is measured on
the machine, never on the plan's calendar.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from screens.widgets.literal import literal

TICK = 0.2


def clock_face(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def verdict(seconds: int, aim: tuple[int, int]) -> str:
    low, high = aim
    if seconds < low:
        return f"{clock_face(seconds)}: a little short. Slow down, or add a detail."
    if seconds > high:
        return f"{clock_face(seconds)}: a little long. Cut what does not lead to the aspiration."
    return f"{clock_face(seconds)}: inside the aim. Well paced."


class PracticeTimer(ModalScreen[int | None]):
    """Say the answer out loud while the timer runs."""

    BINDINGS = [
        Binding("space", "start_stop", "Start/stop", id="practice.toggle"),
        Binding("r", "reset", "Again", id="practice.reset"),
        Binding("escape", "close", "Close", id="practice.close"),
    ]

    def __init__(
        self,
        question: str,
        text: str,
        aim: tuple[int, int],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.question = question
        self.text = text
        self.aim = aim
        self._clock = clock
        self._started: float | None = None
        self.taken: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="practice-dialog"):
            yield Static(literal(self.question), id="practice-question")
            with VerticalScroll(id="practice-text"):
                yield Static(literal(self.text))
            yield Static(id="practice-clock")
            yield Static(id="practice-status")

    def on_mount(self) -> None:
        self.set_interval(TICK, self._tick)
        self._show(0.0)

    @property
    def running(self) -> bool:
        return self._started is not None

    def _elapsed(self) -> float:
        return 0.0 if self._started is None else self._clock() - self._started

    def _tick(self) -> None:
        if self.running:
            self._show(self._elapsed())

    def _show(self, seconds: float) -> None:
        low, high = self.aim
        aim = f"aim {clock_face(low)} to {clock_face(high)}"
        self.query_one("#practice-clock", Static).update(
            Content.assemble((clock_face(seconds), "bold"), "   ", (aim, "$text-muted"))
        )
        if self.running:
            status = "Speaking… space stops the timer."
        elif self.taken is not None:
            status = verdict(self.taken, self.aim)
        else:
            status = "Press space and say your answer out loud; space again when you finish."
        self.query_one("#practice-status", Static).update(Content(status))

    def action_start_stop(self) -> None:
        if self.running:
            self.taken = round(self._elapsed())
            self._started = None
            self._show(self.taken)
        else:
            self._started = self._clock()
            self._show(0.0)

    def action_reset(self) -> None:
        self._started = None
        self.taken = None
        self._show(0.0)

    def action_close(self) -> None:
        self.dismiss(self.taken)

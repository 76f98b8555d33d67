"""The goal wizard's live SMART check: the statement judged once typing pauses.

Each key in the statement box echoes at once; the check (the SMART panel, the deadline
offered on the Time-bound step, what is filled in from the words, the review) runs
:data:`CHECK_DELAY` seconds after the last key, once for a burst of keys. Redrawing the
panel on every key cost far more than the key itself. Anything that judges or moves on
(Next, Back, a step's link, Save) runs a check still pending first, so it never sees
an old one. :class:`LiveCheck` is the wizard's base class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

from coach.coaching.deadlines import find_deadline_match
from coach.coaching.smart import assess
from screens.goal_wizard.prefill import Prefilling
from screens.goal_wizard.review import ReviewStep
from screens.goal_wizard.smart_check import SmartCheck
from screens.goal_wizard.steps import STEP_IDS, TimeStep

if TYPE_CHECKING:
    from textual.timer import Timer

    from coach.coaching.smart import Assessment
    from screens.goal_wizard.draft import Draft

# Seconds of quiet after a key in the statement before the check runs.
CHECK_DELAY = 0.25


class LiveCheck(Prefilling):
    """The statement's check, run after a pause in typing (see the module)."""

    step_index: int
    _names: dict[str, str]
    _statement: str
    _offered: str | None
    _check_timer: Timer | None = None
    _pending: str | None = None

    @property
    def step_id(self) -> str:
        return STEP_IDS[self.step_index]

    def read_draft(self) -> Draft:
        raise NotImplementedError

    @property
    def check_pending(self) -> bool:
        """Is a check of newly typed words still waiting for a pause in typing?"""
        return self._pending is not None

    def _statement_typed(self, text: str) -> None:
        """A key in the statement box: check it once the typing pauses."""
        self._pending = text  # what was typed, kept only to say a check is waiting
        if self._check_timer is not None:
            self._check_timer.stop()
        self._check_timer = self.set_timer(CHECK_DELAY, self._check_now)

    def _check_now(self) -> None:
        """Run the check still waiting, if any, on the words as they stand now."""
        if self._check_timer is not None:
            self._check_timer.stop()
            self._check_timer = None
        if self._pending is None:
            return
        self._pending = None
        # The box itself, not the text of the last Changed: a key may have gone in
        # since, and putting the older text back in the box would drop that key.
        typed = "#review-statement" if self.step_id == "review" else "#statement"
        self._statement_changed(self.query_one(typed, Input).value)

    def _statement_changed(self, text: str, *, force: bool = False) -> None:
        if text == self._statement and not force:
            return
        self._statement = text
        for selector in ("#statement", "#review-statement"):
            box = self.query_one(selector, Input)
            if box.value != text:
                box.value = text
        today = self.rules.today
        found = assess(text, today, self.rules.reading) if text.strip() else None
        for check in self.query(SmartCheck):
            check.show(found)
        self._offer(found)
        self._prefill(text, found)
        if self.step_id == "review":
            self._refresh_review(found)

    def _offer(self, found: Assessment | None) -> None:
        """Offer the statement's deadline on the Time-bound step unless another was typed."""
        offer = found.deadline.isoformat() if found and found.deadline else None
        box = self.query_one("#deadline", Input)
        if box.value.strip() in ("", self._offered or ""):
            box.value = offer or ""
        self._offered = offer
        match = (
            find_deadline_match(self._statement, self.rules.today, self.rules.reading)
            if offer
            else None
        )
        step = self.query_one(TimeStep)
        step.show_offer(offer, match.phrase if match else None)

    def _refresh_review(self, found: Assessment | None = None) -> None:
        draft = self.read_draft()
        if found is None and draft.statement.strip():
            found = assess(draft.statement, self.rules.today, self.rules.reading)
        self.query_one(ReviewStep).show(draft, found, self._names)

    def action_use_rewrite(self) -> None:
        self._check_now()  # the rewrite of the words as they stand
        super().action_use_rewrite()

"""The add/edit form of an aspiration, as a modal that hands back a draft.

``AspirationForm`` asks for a title (required), why it matters and a horizon
(a year or a date), and when editing, the reason for the change (required: it
is kept in the aspiration's history). Problems are shown inline under the
field; a title that reads like a goal (a salary, a move, perks) gets a gentle
question, but can still be saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from coach.coaching.nudges import looks_like_goal
from coach.models import Aspiration, horizon_passed, parse_horizon
from screens.widgets.dialogs import dismiss_or_confirm
from screens.widgets.key_bar import KeyBar
from screens.widgets.literal import literal
from screens.widgets.ordered_input import OrderedInput

# Enter in any field saves, in its turn: the keys typed behind it are not the form's.
SUBMIT = "screen.submit"

GOAL_LIKE_HINT = (
    "That sounds like a goal (a salary, a move, perks): what is it in service of? "
    "You can save it as it is, and later make it a goal of a bigger aspiration (g)."
)


@dataclass(frozen=True)
class AspirationDraft:
    """What the form hands back; ``horizon`` is normalised (None when left empty)."""

    title: str
    why: str
    horizon: str | None
    reason: str = ""


class AspirationForm(ModalScreen[AspirationDraft | None]):
    """New aspiration (``current`` None) or a revision of ``current``."""

    CSS_PATH = "aspirations.tcss"
    BINDINGS = [
        Binding("ctrl+s", "submit", "Save", id="aspiration_form.save", tooltip="Check and save"),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="aspiration_form.cancel",
            tooltip="Close without saving (asks first if you typed something)",
        ),
        # f1, as "?" is a character in these boxes: the way to every key stays in sight.
        Binding("f1", "app.help", "Help", id="aspiration_form.help"),
    ]

    def __init__(self, current: Aspiration | None = None, *, today: date | None = None) -> None:
        super().__init__()
        self.current = current
        self.today = today  # a horizon before it is refused (None: not checked)

    @property
    def editing(self) -> bool:
        return self.current is not None

    def compose(self) -> ComposeResult:
        current = self.current
        heading = "Revise this aspiration" if current else "A new aspiration"
        with VerticalScroll(id="form-dialog"):
            yield Label(heading, id="form-heading")
            yield Label("Where do you want your career to go? (required)", classes="form-label")
            yield OrderedInput(
                submit_action=SUBMIT, value=current.title if current else "", id="form-title"
            )
            yield Static("", id="form-title-problem", classes="form-problem")
            yield Static("", id="form-goal-like", classes="form-goal-like")
            yield Label("Why it matters to you (optional)", classes="form-label")
            yield OrderedInput(
                submit_action=SUBMIT, value=current.why if current else "", id="form-why"
            )
            yield Label(
                "Horizon: a year (2031) or a date (2031-06-30), optional", classes="form-label"
            )
            yield OrderedInput(
                submit_action=SUBMIT,
                value=(current.horizon or "") if current else "",
                placeholder="2031",
                id="form-horizon",
            )
            yield Static("", id="form-horizon-problem", classes="form-problem")
            if current is not None:
                yield Label(
                    "Reason for the change (required, kept in its history)", classes="form-label"
                )
                yield OrderedInput(submit_action=SUBMIT, id="form-reason")
                yield Static("", id="form-reason-problem", classes="form-problem")
            with Horizontal(id="form-buttons"):
                yield Button("Cancel", id="form-cancel", compact=True)
                yield Button("Save", id="form-save", variant="primary", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self._check_goal_like(self.query_one("#form-title", Input).value)
        self.set_focus(self.query_one("#form-title", Input))

    # -- checking -----------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "form-title":
            self._check_goal_like(event.value)
            if event.value.strip():
                self._problem("title", "")

    def _check_goal_like(self, title: str) -> None:
        hint = self.query_one("#form-goal-like", Static)
        hint.update(GOAL_LIKE_HINT if looks_like_goal(title) else "")
        hint.display = looks_like_goal(title)

    def _problem(self, field: str, message: str) -> None:
        problem = self.query_one(f"#form-{field}-problem", Static)
        problem.update(literal(message))
        problem.display = bool(message)

    def _value(self, field: str) -> str:
        return self.query_one(f"#form-{field}", Input).value

    def draft(self) -> AspirationDraft | None:
        """The checked form, or None after showing what is wrong next to each field."""
        first_bad: str | None = None
        title = " ".join(self._value("title").split())
        if not title:
            self._problem("title", "Give it a title: where do you want your career to go?")
            first_bad = first_bad or "title"
        else:
            self._problem("title", "")
        horizon: str | None = None
        try:
            horizon = parse_horizon(self._value("horizon"))
            kept = self.current.horizon if self.current else None
            passed = horizon_passed(horizon, self.today) if self.today and horizon != kept else None
            if passed:
                raise ValueError(passed[0].upper() + passed[1:])
            self._problem("horizon", "")
        except ValueError as exc:
            self._problem("horizon", f"{exc}.")
            first_bad = first_bad or "horizon"
        reason = ""
        if self.editing:
            reason = self._value("reason").strip()
            if not reason:
                self._problem("reason", "Say why it changes; the reason is kept with its history.")
                first_bad = first_bad or "reason"
            elif self.current is not None and (title, self._value("why").strip(), horizon) == (
                self.current.title,
                self.current.why,
                self.current.horizon,
            ):
                self._problem("reason", "Nothing has changed yet: edit the title, why or horizon.")
                first_bad = first_bad or "title"
            else:
                self._problem("reason", "")
        if first_bad is not None:
            self.set_focus(self.query_one(f"#form-{first_bad}", Input))
            return None
        return AspirationDraft(
            title=title, why=self._value("why").strip(), horizon=horizon, reason=reason
        )

    # -- leaving ------------------------------------------------------------------

    @property
    def has_unsaved(self) -> bool:
        current = self.current
        typed = (self._value("title"), self._value("why"), self._value("horizon"))
        if current is None:
            return any(v.strip() for v in typed)
        before = (current.title, current.why, current.horizon or "")
        return typed != before or bool(self._value("reason").strip())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "form-save":
            self.action_submit()
        else:
            self.action_cancel()

    def action_submit(self) -> None:
        draft = self.draft()
        if draft is not None:
            self.dismiss(draft)

    def action_cancel(self) -> None:
        dismiss_or_confirm(
            self,
            unsaved=self.has_unsaved,
            question="Close the form and lose what you typed?",
            yes="Discard",
            no="Keep editing",
        )

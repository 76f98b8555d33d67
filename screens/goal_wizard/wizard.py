"""The SMART goal wizard: a modal that walks one goal through the method and saves it.

``GoalWizard(service, goal=..., column=..., aspiration_id=...)`` dismisses with
the saved goal's id, or None when cancelled. Steps follow the method's order
(Specific, Measurable, Achievable, Realistic, Time-bound, then Review); every
step stays mounted, so going back and forth loses nothing. The statement is
checked live once typing pauses (:mod:`screens.goal_wizard.live`), and the deadline
it names is offered on the Time-bound step. The wizard saves through the app's save
thread and closes only once the save succeeded.
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, ContentSwitcher, Input, Select

from coach.content.loader import load_content
from screens.goal_wizard.draft import NO_ASPIRATION, Draft, Rules, SaveJob
from screens.goal_wizard.live import LiveCheck
from screens.goal_wizard.review import ReviewStep
from screens.goal_wizard.steps import (
    STEP_IDS,
    AchievableStep,
    Field,
    MeasurableStep,
    ObstacleRow,
    RealisticStep,
    SpecificStep,
    StepPane,
    StepProgress,
    TimeStep,
)
from screens.messages import StoreChanged
from screens.widgets.key_bar import KeyBar
from screens.widgets.literal import literal_line

if TYPE_CHECKING:
    from coach.models import Goal
    from screens.session import Session

# The control that gets focus when a step is shown.
FIRST = {
    "specific": "#statement",
    "measurable": "#metric",
    "achievable": "#obstacles Input",
    "realistic": "#leads-to",
    "time_bound": "#deadline",
    "review": "#review-statement",
}


def _comparable(draft: Draft) -> Draft:
    """The draft without empty obstacle rows, to tell whether anything was typed."""
    return replace(draft, obstacles=[o for o in draft.obstacles if not o.blank()])


class GoalWizard(LiveCheck):
    """Create a goal (or edit ``goal``) through the SMART steps."""

    CSS_PATH = "goal_wizard.tcss"
    TITLE = "Goal wizard"  # named in the f1 list of keys
    # Narrow: the guidance goes under the fields; short: fewer blank lines.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    # Keys that only move focus are priority bindings: the app handles them before it
    # hands the next keys on, so in a burst (a fast typist, tmux) the letters after
    # them land in the new box. Next and Save are not: they judge what was typed, so
    # they must wait until the box has taken every key typed before them.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "next", "Next step", id="wizard.next", tooltip="Check, then go on"),
        Binding("ctrl+b", "back", "Back", id="wizard.back", priority=True, tooltip="Keeps all"),
        Binding("ctrl+s", "save", "Save", id="wizard.save", tooltip="Save, or show what is wrong"),
        Binding("escape", "cancel", "Cancel", id="wizard.cancel", tooltip="Asks before discarding"),
        Binding("ctrl+o", "add_obstacle", "Add obstacle", id="wizard.add", priority=True),
        Binding("ctrl+r", "remove_obstacle", "Remove obstacle", id="wizard.remove", priority=True),
        Binding("f2", "another_example", "Another example", id="wizard.example"),
        # Not in the key bar (it would push f1 off at 80 columns): the rewrite says it.
        Binding("f3", "use_rewrite", "Use the rewrite", show=False, id="wizard.rewrite"),
        Binding("f1", "app.help", "Keys", id="wizard.help", tooltip="Every key of the wizard"),
        Binding("tab", "app.focus_next", "Next box", show=False, priority=True, id="wizard.tab"),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous box",
            show=False,
            priority=True,
            id="wizard.stab",
        ),
    ]

    # Keys that work only on some steps: the f1 list names them all, saying where
    # (short, to fit its column at 80x24).
    HELP_WHEN: ClassVar[dict[str, str]] = {
        "add_obstacle": "Achievable",
        "remove_obstacle": "Achievable",
        "use_rewrite": "Specific",
        "another_example": "not Review",
    }

    def __init__(
        self,
        session: Session,
        *,
        goal: Goal | None = None,
        column: str | None = None,
        aspiration_id: str | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        service = self.service = session.service
        self.goal = goal
        self.column = column
        self.content = load_content()
        self.rules = Rules(
            service.today(),
            goal.deadline if goal else None,
            goal.next_check if goal else None,
            editing=goal is not None,
        )
        draft = Draft.from_goal(goal) if goal else Draft(aspiration=aspiration_id or NO_ASPIRATION)
        self.aspirations = self._aspiration_options(draft.aspiration)
        self._names = {value: label.plain for label, value in self.aspirations}
        if draft.aspiration not in self._names:
            draft.aspiration = NO_ASPIRATION
        self.initial = draft
        self.step_index = 0
        self._example = 0
        self._start_prefill(
            draft.aspiration, draft.statement, current="" if goal else draft.current
        )
        self._statement = draft.statement
        self._offered: str | None = None
        self._job = SaveJob(service, goal, column)
        self._saving = False
        self._saved = False

    def _aspiration_options(self, linked: str) -> list[tuple[Content, str]]:
        options: list[tuple[Content, str]] = [(Content("No aspiration"), NO_ASPIRATION)]
        self._aspiration_words = {}
        for found in self.service.aspirations.find():
            self._aspiration_words[found.id] = f"{found.title} {found.why}"
            if found.status == "active" or found.id == linked:
                suffix = "" if found.status == "active" else f" ({found.status})"
                options.append((literal_line(found.title + suffix, 70), found.id))
        return options

    # -- building -----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        step = self.content.smart_step
        d, r, ex = self.initial, self.rules, self._example_content()
        with Vertical(id="wizard"):
            yield StepProgress(id="progress")
            with ContentSwitcher(initial="step-specific", id="steps"):
                yield SpecificStep(step("specific"), ex, d, r, self.aspirations)
                yield MeasurableStep(step("measurable"), ex, d, r)
                yield AchievableStep(step("achievable"), ex, d, r)
                yield RealisticStep(step("realistic"), ex, d)
                yield TimeStep(step("time_bound"), ex, d, r)
                yield ReviewStep(d, r)
            with Horizontal(id="buttons"):
                yield Button("Cancel", id="cancel", compact=True)
                yield Button("‹ Back", id="back", compact=True)
                yield Button("Next ›", id="next", compact=True, variant="primary")
                yield Button("Save", id="save", compact=True, variant="success")
        yield KeyBar()

    def on_mount(self) -> None:
        box = self.query_one("#wizard")
        box.border_title = (
            Content.assemble("Edit goal: ", literal_line(self.goal.statement, 60))
            if self.goal
            else Content("New goal")
        )
        self._statement_changed(self._statement, force=True)
        self.query_one(TimeStep).show_reading(self.initial.deadline)
        self._show(0)
        me = weakref.ref(self)
        self.session.register_editor(
            lambda: (w := me()) is not None and w in w.app.screen_stack and w.dirty()
        )

    # -- reading ------------------------------------------------------------------

    def _value(self, selector: str) -> str:
        return self.query_one(selector, Input).value

    def read_draft(self) -> Draft:
        """Every field as it stands now."""
        aspiration = self.query_one("#aspiration", Select).value
        priority = self.query_one("#priority", Select).value
        achievable = self.query_one(AchievableStep)
        # The box on the visible step is the one typed in; its mirror may lag behind.
        statement = self._value("#review-statement" if self.step_id == "review" else "#statement")
        return Draft(
            statement=statement,
            specific=self._value("#specific"),
            aspiration=aspiration if isinstance(aspiration, str) else NO_ASPIRATION,
            new_aspiration=self._value("#new-aspiration"),
            metric=self._value("#metric"),
            target=self._value("#target"),
            unit=self._value("#unit"),
            current=self._value("#current"),
            priority=priority if isinstance(priority, str) else "",
            obstacles=achievable.values(),
            leads_to=self._value("#leads-to"),
            let_go=self._value("#let-go"),
            deadline=self._value("#deadline"),
            next_check=self._value("#next-check"),
        )

    def dirty(self) -> bool:
        """Anything typed (or changed from the goal being edited)?"""
        return _comparable(self.read_draft()) != _comparable(self.initial)

    def _pane_of(self, step_id: str) -> StepPane | ReviewStep:
        pane = self.query_one(ContentSwitcher).get_child_by_id(f"step-{step_id}")
        assert isinstance(pane, StepPane | ReviewStep)
        return pane

    # -- moving between steps -----------------------------------------------------

    def _draw_progress(self) -> None:
        wrong = {i for i, step in enumerate(STEP_IDS) if self._pane_of(step).query(".-problem")}
        self.query_one(StepProgress).show(self.step_index, wrong)
        box = self.query_one("#wizard")
        box.border_subtitle = f"step {self.step_index + 1} of {len(STEP_IDS)}"

    def _show(self, index: int, focus: Widget | None = None) -> None:
        self._check_now()
        self.step_index = index
        self.query_one(ContentSwitcher).current = f"step-{self.step_id}"
        if self.step_id == "review":
            self._refresh_review()
        self.query_one("#back", Button).disabled = index == 0
        self.query_one("#next", Button).display = self.step_id != "review"
        self._draw_progress()
        target = focus or self._first_box(self.step_id, FIRST[self.step_id])
        self.set_focus(target)
        if focus is None:
            self._pane_of(self.step_id).scroll_home(animate=False)
        self.refresh_bindings()

    def _check_current(self) -> bool:
        self._check_now()
        wrong = self._pane_of(self.step_id).check(strict=True)
        if wrong:
            self.set_focus(wrong[0])
            self._draw_progress()
        return not wrong

    def action_next(self) -> None:
        if self.step_id == "review":
            self.action_save()
        elif self._check_current():
            self._show(self.step_index + 1)

    def action_back(self) -> None:
        if self.step_index > 0:
            self._show(self.step_index - 1)

    def action_go(self, index: int) -> None:
        """Jump to a step (the progress line is clickable); forward checks this step first."""
        if index > self.step_index and not self._check_current():
            return
        self._show(index)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("add_obstacle", "remove_obstacle"):
            return self.step_id == "achievable"
        if action == "another_example":
            return self.step_id != "review"
        if action == "use_rewrite":
            return self.step_id == "specific" and self._rewrite is not None
        if action == "back":
            return self.step_index > 0 or None
        if action == "next":
            return self.step_id != "review"
        return True

    # -- obstacles and examples ---------------------------------------------------

    async def action_add_obstacle(self) -> None:
        self.set_focus(await self.query_one(AchievableStep).add_row())

    async def action_remove_obstacle(self, row: ObstacleRow | None = None) -> None:
        focused = self.focused
        if row is None and focused is not None:
            row = next((a for a in focused.ancestors if isinstance(a, ObstacleRow)), None)
        if row is not None:
            self.set_focus(await self.query_one(AchievableStep).remove_row(row))

    def action_another_example(self) -> None:
        self._example += 1
        example = self._example_content()
        for pane in self.query(StepPane):
            pane.show_example(example)

    # -- events -------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        box = event.input
        if event.value != box.value:
            return  # stale: keys came in a burst and a newer Changed follows
        if box.id in ("statement", "review-statement"):
            # Only the box on the visible step is typed in; the other is its mirror,
            # and the echo of setting the mirror must not win over newer typing.
            if box.id == ("review-statement" if self.step_id == "review" else "statement"):
                self._statement_typed(event.value)
        elif box.id == "deadline":
            self.query_one(TimeStep).show_reading(event.value)
        elif box.id == "new-aspiration":
            self._refresh_field(self._statement)
        self._recheck(box, only_shown=True)

    def on_input_blurred(self, event: Input.Blurred) -> None:
        self._recheck(event.input, only_shown=False)

    def _recheck(self, box: Input, *, only_shown: bool) -> None:
        """Re-judge the field of ``box``: while typing, only a message already shown."""
        field = next((a for a in box.ancestors if isinstance(a, ObstacleRow | Field)), None)
        if field is not None and (field.problem or not only_shown):
            field.check(strict=False)
        self._draw_progress()

    def action_enter(self) -> None:
        """Enter moves to the next box of the step; on the last one, to the next step."""
        boxes = list(self._pane_of(self.step_id).query(Input))
        box = self.focused
        if box in boxes and boxes.index(box) < len(boxes) - 1:
            self.set_focus(boxes[boxes.index(box) + 1])
        else:
            self.action_next()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button
        if button.has_class("remove"):
            row = next((a for a in button.ancestors if isinstance(a, ObstacleRow)), None)
            await self.action_remove_obstacle(row)
        elif button.id == "add-obstacle":
            await self.action_add_obstacle()
        elif button.id in ("cancel", "back", "next", "save"):
            getattr(self, f"action_{button.id}")()

    # -- saving and leaving -------------------------------------------------------

    def action_save(self) -> None:
        """Save when every step is valid; otherwise show where the first problem is."""
        if self._saving:
            return
        self._check_now()
        first: tuple[int, Widget] | None = None
        for index, step_id in enumerate(STEP_IDS):
            wrong = self._pane_of(step_id).check(strict=True)
            if wrong and (first is None or index == self.step_index):
                first = (index, wrong[0])
        if first is not None:
            self._show(first[0], focus=first[1])
            return
        self._saving = True
        job = self._job(self.read_draft(), self.rules)
        self.session.save(job, done=self._save_done, success="Goal saved.")

    def _save_done(self, goal_id: str) -> None:
        self._saved = True
        self._saving = False
        self.dismiss(goal_id)

    def on_store_changed(self, message: StoreChanged) -> None:
        # The app announces a change after every save, failed ones too; a failed save
        # never called _save_done, so the wizard stays open and can be saved again.
        if self._saving and not self._saved and not message.external:
            self._saving = False

    def action_cancel(self) -> None:
        if self._saving:
            return
        from screens.widgets.dialogs import dismiss_or_confirm

        dismiss_or_confirm(
            self,
            unsaved=self.dirty(),
            question="Discard this goal? What you typed here will be lost.",
            yes="Discard",
            no="Keep editing",
        )

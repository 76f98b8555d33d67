"""What the goal wizard fills in for the person, from the statement and the aspiration.

- The example beside each step comes from the field of work of the aspiration the goal
  serves (a nurse's aspiration shows a nurse's goals); ``f2`` steps through the others.
  With no aspiration yet, the new one typed or the statement itself says the field.
- A goal that is done or not done ("promoted to team lead by May") is never asked what
  will be counted: the Measurable step says why, and no metric or target is required.
- The metric, target, unit and starting point the statement names are filled in, only
  into boxes the person has left empty (or as this wizard last filled them).
- A rewrite of the statement, drafted from the parts found, is shown on the first step
  when something is missing; ``f3`` puts it in the statement box, to edit from there.

The reading itself is the core's (:mod:`coach.coaching.drafts`, ``fields``); this module
only shows it. :class:`Prefilling` is the wizard's base class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Select

from coach.coaching.drafts import draft_rewrite, is_yes_no, measure_of
from coach.coaching.fields import field_of
from screens.goal_wizard.draft import number_text
from screens.goal_wizard.steps import MeasurableStep, SpecificStep, StepPane
from screens.widgets.literal import styled

if TYPE_CHECKING:
    from textual.widget import Widget

    from coach.coaching.smart import Assessment
    from coach.content.models import Content as CoachContent
    from coach.content.models import Example
    from screens.goal_wizard.draft import Rules

COUNTING = ("metric", "target", "unit", "current")


def example_text(example: Example, number: int, total: int) -> Content:
    lines = [
        styled(
            "[b]Borrow from $field[/] [dim]($n of $total, f2 for another)[/]",
            field=example.field.lower(),
            n=str(number),
            total=str(total),
        ),
        styled("[i]Aspiration:[/] $a", a=example.aspiration),
    ]
    lines += [styled("  • $goal", goal=goal) for goal in example.goals]
    return Content("\n").join(lines)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).rstrip(".").lower() == " ".join(b.split()).rstrip(".").lower()


class Prefilling(ModalScreen[str | None]):
    """The goal wizard's prefilling and examples (see the module)."""

    content: CoachContent
    rules: Rules
    _example: int
    # Each aspiration's words (title and why) by id, to read its field from.
    _aspiration_words: dict[str, str]

    def _start_prefill(self, aspiration_id: str, statement: str, *, current: str) -> None:
        # What each box holds when the statement names nothing to count (a new goal
        # starts from 0), and what this wizard last put in each.
        self._blank = dict.fromkeys(COUNTING, "") | {"current": current}
        self._filled = dict(self._blank)
        self._rewrite: str | None = None
        self._field = field_of(self._aspiration_words.get(aspiration_id, "")) or field_of(statement)

    # -- examples from the field --------------------------------------------------

    def _examples(self) -> tuple[Example, ...]:
        return self.content.examples_for(self._field)

    def _example_content(self) -> Content:
        examples = self._examples()
        index = self._example % len(examples)
        return example_text(examples[index], index + 1, len(examples))

    def _field_now(self, statement: str) -> str | None:
        """The field of the aspiration chosen, else of the new one typed, else the goal's."""
        chosen = self.query_one("#aspiration", Select).value
        texts = [
            self._aspiration_words.get(chosen, "") if isinstance(chosen, str) else "",
            self.query_one("#new-aspiration", Input).value,
            statement,
        ]
        return next((f for f in map(field_of, texts) if f and f.strip()), None)

    def _refresh_field(self, statement: str) -> None:
        """Show the first example of the field when the field changed."""
        field = self._field_now(statement)
        if field == self._field:
            return
        self._field = field
        self._example = 0
        example = self._example_content()
        for pane in self.query(StepPane):
            pane.show_example(example)

    # -- the statement's parts ----------------------------------------------------

    def _prefill(self, statement: str, found: Assessment | None) -> None:
        today = self.rules.today
        yes_no = found is not None and is_yes_no(found)
        self.rules.yes_no = yes_no
        outcome = found.found.outcome if yes_no and found and found.found else None
        self.query_one(MeasurableStep).show_yes_no((outcome or statement) if yes_no else None)
        reading = self.rules.reading
        measure = (
            measure_of(statement, today, reading) if found is not None and not yes_no else None
        )
        values = dict(self._blank)
        if measure is not None:
            values |= {
                "metric": measure.metric,
                "target": number_text(measure.target),
                "unit": measure.unit,
            }
            if measure.current is not None:
                values["current"] = number_text(measure.current)
        for box_id, value in values.items():
            self._fill(box_id, value)
        rewrite = draft_rewrite(found, today) if found is not None and found.missing else None
        self._rewrite = None if rewrite is None or _same(rewrite, statement) else rewrite
        self.query_one(SpecificStep).show_rewrite(self._rewrite)
        self._refresh_field(statement)

    def _fill(self, box_id: str, value: str) -> None:
        """Put ``value`` in the box unless the person typed something of their own there."""
        box = self.query_one(f"#{box_id}", Input)
        if box.value.strip() in ("", self._filled.get(box_id, "")):
            box.value = value
            self._filled[box_id] = value

    def action_use_rewrite(self) -> None:
        """Put the drafted rewrite in the statement box, the cursor on its first blank."""
        if self._rewrite is None:
            return
        box = self.query_one("#statement", Input)
        box.value = self._rewrite
        self.set_focus(box)
        blank = self._rewrite.find("[")
        box.cursor_position = blank if blank >= 0 else len(self._rewrite)

    def _first_box(self, step_id: str, first: str) -> Widget | None:
        """The control a step starts on: on a yes/no goal's Measurable step, its priority."""
        if step_id == "measurable" and self.rules.yes_no:
            first = "#priority"
        return self.query(first).first() if self.query(first) else None

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "aspiration":
            self._refresh_field(self.query_one("#statement", Input).value)

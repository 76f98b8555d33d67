"""Turning a goal-like aspiration into a goal of a larger one.

``ServesWhich`` asks what larger aspiration the goal-like one serves: one of
the other active aspirations, or a new one named on the spot. ``turn_into_goal``
is the save job: it creates the new aspiration if needed, adds a goal whose
statement is the old title (its why becomes the goal's notes, its horizon the
deadline), and retires the old aspiration saying what it became.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from coach.models import Aspiration, Goal
from coach.text import one_line
from screens.key_bar import KeyBar
from screens.literal import literal_line, styled

if TYPE_CHECKING:
    from coach.service import CoachService


@dataclass(frozen=True)
class GoalTarget:
    """The aspiration the new goal serves: an existing one, or a title for a new one."""

    aspiration_id: str | None = None
    new_title: str | None = None


def turn_into_goal(service: CoachService, source_id: str, target: GoalTarget) -> Goal:
    """Save job: the goal, linked to ``target`` (created if new); ``source_id`` retired.

    One transaction, so the file gets all of it or none of it. Undo takes it back
    in steps: the retirement, the goal, then the new aspiration if one was made.
    """
    source = service.aspirations.get(source_id)
    with service.repo.transaction():
        if target.aspiration_id is not None:
            larger = service.aspirations.get(target.aspiration_id)
        else:
            larger = service.aspirations.add(target.new_title or "")
        goal = service.goals.add(
            source.title,
            aspiration_id=larger.id,
            deadline=source.horizon_date,
            notes=source.why,
        )
        service.aspirations.retire(source.id, f"became a goal of “{one_line(larger.title, 80)}”")
    return goal


class ServesWhich(ModalScreen[GoalTarget | None]):
    """Pick the larger aspiration a goal-like one serves, or name a new one."""

    CSS_PATH = "aspirations.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="serves.cancel", tooltip="Change nothing"),
    ]

    def __init__(self, source: Aspiration, others: Sequence[Aspiration]) -> None:
        super().__init__()
        self.source = source
        self.others = list(others)

    def compose(self) -> ComposeResult:
        with Vertical(id="serves-dialog"):
            yield Static(
                styled(
                    "Turn “$title” into a goal.\n"
                    "[b]What larger aspiration is it in service of?[/b]",
                    title=one_line(self.source.title, 60),
                ),
                id="serves-question",
            )
            yield Static(
                "It becomes a goal on the board, linked to the aspiration you choose, "
                "and this one is retired with that reason; its history is kept.",
                id="serves-explain",
                classes="hint",
            )
            if self.others:
                yield Label("Choose one of your active aspirations (enter):", classes="form-label")
                yield OptionList(
                    *(Option(literal_line(a.title, 70), id=a.id) for a in self.others),
                    id="serves-list",
                )
            else:
                yield Static(
                    "You have no other active aspiration yet; name the larger one below.",
                    classes="hint",
                )
            yield Label("Or name a new aspiration (enter creates it):", id="serves-new-label")
            yield Input(placeholder="e.g. lead a creative department", id="serves-new")
            yield Static("", id="serves-problem", classes="form-problem")
        yield KeyBar()

    def on_mount(self) -> None:
        first = self.query("#serves-list").first() if self.others else self.query_one(Input)
        self.set_focus(first)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(GoalTarget(aspiration_id=event.option.id))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        title = " ".join(event.value.split())
        if not title:
            problem = self.query_one("#serves-problem", Static)
            problem.update("Name the larger aspiration, or choose one above.")
            problem.display = True
            return
        self.dismiss(GoalTarget(new_title=title))

    def action_cancel(self) -> None:
        self.dismiss(None)

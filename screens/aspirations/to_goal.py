"""Turning a goal-like aspiration into a goal of a larger one: which one it serves.

``ServesWhich`` asks what larger aspiration the goal-like one serves: one of
the other active aspirations, or a new one named on the spot. The change itself
is one service operation (``coach.service.aspirations.AspirationService.turn_into_goal``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from coach.models import Aspiration
from coach.text import one_line
from screens.widgets.key_bar import KeyBar
from screens.widgets.literal import literal_line, styled
from screens.widgets.ordered_input import OrderedInput


@dataclass(frozen=True)
class GoalTarget:
    """The aspiration the new goal serves: an existing one, or a title for a new one."""

    aspiration_id: str | None = None
    new_title: str | None = None


class ServesWhich(ModalScreen[GoalTarget | None]):
    """Pick the larger aspiration a goal-like one serves, or name a new one."""

    CSS_PATH = "aspirations.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="serves.cancel", tooltip="Change nothing"),
        Binding("f1", "app.help", "Help", id="serves.help"),
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
                    title=one_line(self.source.title),  # wrapped, never cut
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
            yield OrderedInput(
                placeholder="e.g. lead a creative department",
                id="serves-new",
                submit_action="screen.name_new",
            )
            yield Static("", id="serves-problem", classes="form-problem")
        yield KeyBar()

    def on_mount(self) -> None:
        first = self.query("#serves-list").first() if self.others else self.query_one(OrderedInput)
        self.set_focus(first)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(GoalTarget(aspiration_id=event.option.id))

    def action_name_new(self) -> None:
        title = " ".join(self.query_one("#serves-new", OrderedInput).value.split())
        if not title:
            problem = self.query_one("#serves-problem", Static)
            problem.update("Name the larger aspiration, or choose one above.")
            problem.display = True
            return
        self.dismiss(GoalTarget(new_title=title))

    def action_cancel(self) -> None:
        self.dismiss(None)

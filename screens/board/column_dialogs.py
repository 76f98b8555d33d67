"""The board's column dialogs, and the flows that open them and save what they hand back.

:class:`RemoveColumn` asks where the goals of a column go before it is removed;
:class:`AskLimit` reads a column's WIP limit. :func:`add_column`,
:func:`rename_column`, :func:`remove_column` and :func:`limit_column` are what the
board's column keys do: ask, then hand the change to the save thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from coach.models import Column
from coach.models.board import WIP_MAX, WIP_MIN
from coach.text import count, one_line
from screens.widgets.dialogs import AskText, Confirm
from screens.widgets.literal import literal, styled
from screens.widgets.ordered_input import OrderedInput

if TYPE_CHECKING:
    from screens.base import CoachScreen
    from screens.board.model import BoardModel

KEEP = "keep"


class RemoveColumn(ModalScreen[str | None]):
    """Where a column's goals go before it is removed: the other columns, under a first
    row that keeps the column. That row is the one highlighted, so an enter typed on out
    of habit keeps everything: removing takes a deliberate move down the list. Hands back
    the chosen column's id, or None (kept, or escape)."""

    DEFAULT_CSS = """
    RemoveColumn { align: center middle; }
    RemoveColumn > Vertical {
        width: 72;
        max-width: 100%;
        height: auto;
        max-height: 90%;
        padding: 0 1;
        border: round $warning;
        background: $surface;
    }
    RemoveColumn Label { width: 1fr; }
    RemoveColumn #question { padding: 1 0 0 0; text-style: bold; }
    RemoveColumn #hint { color: $text-muted; padding: 0 0 1 0; }
    RemoveColumn OptionList { height: auto; max-height: 16; border: none; }
    """
    BINDINGS = [Binding("escape", "keep", "Keep the column", id="remove_column.keep")]

    def __init__(self, column: Column, others: Sequence[Column], goals: int) -> None:
        super().__init__()
        self.column = column
        self.others = list(others)
        self.goals = goals

    def compose(self) -> ComposeResult:
        name = one_line(self.column.name, 40)
        one = self.goals == 1
        with Vertical():
            yield Label(
                literal(
                    f"Remove the column “{name}”? "
                    + (
                        "Its one goal moves to the column you choose."
                        if self.goals == 1
                        else f"Its {count(self.goals, 'goal')} move to the column you choose."
                    )
                ),
                id="question",
            )
            yield Label(
                f"↓ and enter choose where {'it goes' if one else 'they go'}; enter on the "
                "first row or esc keeps "
                "the column. ctrl+z brings a removed column back.",
                id="hint",
            )
            options: list[Option | None] = [
                Option(styled("Keep “$name”: change nothing", name=name), id=KEEP),
                None,
            ]
            them = "it" if self.goals == 1 else "them"
            for other in self.others:
                done = (
                    f" ({'it counts' if self.goals == 1 else 'they count'} as done)"
                    if other.done
                    else ""
                )
                options.append(
                    Option(
                        styled(
                            f"Move {them} to “$to”{done}, remove “$name”",
                            to=one_line(other.name, 40),
                            name=name,
                        ),
                        id=f"to-{other.id}",
                    )
                )
            yield OptionList(*options)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        self.set_focus(options)  # now, not deferred: the next key of a burst is the list's

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        chosen = event.option.id or KEEP
        self.dismiss(None if chosen == KEEP else chosen.removeprefix("to-"))

    def action_keep(self) -> None:
        self.dismiss(None)


class AskLimit(AskText):
    """A column's WIP limit: a whole number from 1 to 99, or nothing to clear it.
    Hands back the text ("" clears), or None on escape."""

    def __init__(self, column: Column) -> None:
        super().__init__(
            f"How many goals should “{one_line(column.name, 40)}” hold at once?",
            value=str(column.wip_limit or ""),
            hint=f"A whole number from {WIP_MIN} to {WIP_MAX}; empty clears the limit. "
            "A column over its limit shows it on its title; moving a card in still works.",
            required=False,
        )

    def action_submit(self) -> None:
        text = self.query_one("#answer", OrderedInput).value.strip()
        if text and not (text.isascii() and text.isdigit() and WIP_MIN <= int(text) <= WIP_MAX):
            self.query_one("#problem", Label).update(
                f"A whole number from {WIP_MIN} to {WIP_MAX}, please (empty clears it)."
            )
            return
        self.dismiss(text)


# -- what the column keys do ------------------------------------------------------------------


def _name_taken(screen: CoachScreen, keep: Column | None = None) -> Callable[[str], str | None]:
    """The check of a column name typed: is another column already called that?"""
    others = [c.name for c in screen.service.board.columns() if keep is None or c.id != keep.id]

    def check(text: str) -> str | None:
        wanted = " ".join(text.split()).casefold()
        if any(" ".join(name.split()).casefold() == wanted for name in others):
            return f"There is already a column called “{one_line(text, 40)}”: type another name."
        return None

    return check


def add_column(screen: CoachScreen) -> None:
    def named(name: str | None) -> None:
        if name:
            shown = one_line(name, 40)
            screen.save(lambda: screen.service.board.add(name), success=f"Column “{shown}” added.")

    hint = "It goes before the Done column; < and > move the selected column."
    ask = AskText("Name of the new column:", hint=hint, check=_name_taken(screen))
    screen.app.push_screen(ask, named)


def rename_column(screen: CoachScreen, column: Column) -> None:
    def named(name: str | None) -> None:
        if name and name != column.name:
            screen.save(lambda: screen.service.board.rename(column.id, name))

    question = f"Rename the column “{one_line(column.name)}” to:"
    ask = AskText(question, value=column.name, check=_name_taken(screen, column))
    screen.app.push_screen(ask, named)


def remove_column(
    screen: CoachScreen, board: BoardModel, removed: Callable[[str, str], None]
) -> None:
    """Ask, then remove the selected column: an empty one after a yes, one with goals once
    the person has chosen where they go (either way one change that ctrl+z undoes).

    It goes by the board as shown (ahead of the file while saves are on their way), and
    ``removed(column_id, target_id)`` lets the board show the removal at once."""
    columns = list(board.columns)
    column = columns[board.col]
    name = one_line(column.name, 40)
    if column.done:
        screen.notify(f"“{name}” is where done goals go: it stays (R renames it).", markup=False)
        return
    if len(columns) <= 1:
        screen.notify("The board needs at least one column.", markup=False)
        return
    goals = len(board.goals[board.col])
    others = [c for c in columns if c.id != column.id]
    undo = "ctrl+z brings it back."

    def remove(target: Column, success: str) -> None:
        # Goals let go of (not on the board) that are still in it go along with the rest.
        removed(column.id, target.id)
        screen.save(
            lambda: screen.service.board.remove(column.id, move_to=target.id), success=success
        )

    if not goals:

        def answered(yes: bool | None) -> None:
            if yes:
                remove(others[0], f"Column “{name}” removed; {undo}")

        question = f"Remove the empty column “{name}”?"
        screen.app.push_screen(Confirm(question, yes="Remove", no="Keep it"), answered)
        return

    def chosen(target_id: str | None) -> None:
        target = next((c for c in others if c.id == target_id), None)
        if target is not None:
            to = one_line(target.name, 40)
            said = f"Column “{name}” removed, its {count(goals, 'goal')} now in “{to}”; "
            remove(target, said + undo)

    screen.app.push_screen(RemoveColumn(column, others, goals), chosen)


def limit_column(screen: CoachScreen, column: Column) -> None:
    """Ask for the column's WIP limit and save it (empty clears it)."""
    name = one_line(column.name, 40)
    if column.done:
        screen.notify(f"“{name}” holds what is done: it takes no limit.", markup=False)
        return

    def answered(text: str | None) -> None:
        if text is None:
            return
        limit = int(text) if text else None
        if limit == column.wip_limit:
            return
        said = f"at most {count(limit, 'goal')}" if limit else "no limit"
        screen.save(
            lambda: screen.service.board.set_limit(column.id, limit),
            success=f"“{name}”: {said}.",
        )

    screen.app.push_screen(AskLimit(column), answered)


def over_limit(column: Column, goals: int) -> str | None:
    """What to say when a card moved into ``column`` leaves it with ``goals``: None when
    it has no limit or is within it. A nudge: the move itself stands."""
    if column.wip_limit is None or goals <= column.wip_limit:
        return None
    return (
        f"“{one_line(column.name, 40)}” now holds {count(goals, 'goal')}, "
        f"over its limit of {column.wip_limit}: finish one before starting another?"
    )

"""The typed messages between the app and its screens.

Screens ask the app for things with messages that bubble up (:class:`OpenRecord`,
:class:`OpenScreen`); the app switches to the screen a request is for and posts
it a message of its own that does not bubble (:class:`ShowRecord`,
:class:`StartEntry`, ...), so the app never calls a screen's methods by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from textual.message import Message

if TYPE_CHECKING:
    from coach.service import CoachService

RecordKind = Literal["goal", "aspiration", "entry"]


# -- the store -----------------------------------------------------------------------


@dataclass
class StoreOpened(Message):
    """The store finished opening on its thread."""

    service: CoachService


@dataclass
class StoreFailed(Message):
    """The store could not be opened (damaged, unreadable): the app ends with this."""

    error: BaseException


@dataclass
class StoreChanged(Message, bubble=False):
    """The store changed (a save here, or another coach process wrote the file)."""

    external: bool = False


@dataclass
class ChangeUndone(Message, bubble=False):
    """ctrl+z (or redo) went through: ``records`` holds (table, id) of each record it
    touched that exists now, so the screen can show it (a goal deleted comes back)."""

    records: tuple[tuple[str, str], ...] = ()


@dataclass
class Saved(Message):
    """A change went through the service on the save thread."""

    result: Any
    then: Callable[[Any], object] | None = None
    success: str | None = None


@dataclass
class SaveFailed(Message):
    """A change did not go through; ``error`` says why."""

    error: BaseException


# -- up: a screen asks the app -------------------------------------------------------


@dataclass
class OpenRecord(Message):
    """A screen asks to show a record on its own screen."""

    kind: RecordKind
    record_id: str


@dataclass
class OpenScreen(Message):
    """A screen asks to switch to a mode's screen as it is (a long list's last row)."""

    mode: str


# -- down: the app hands a request to the screen it is for ------------------------------


@dataclass
class ShowRecord(Message, bubble=False):
    """Show this record: a goal on the board, an aspiration, an entry in Reflect."""

    kind: RecordKind
    record_id: str


@dataclass
class StartEntry(Message, bubble=False):
    """Start writing a new journal entry (Reflect)."""


@dataclass
class NewAspiration(Message, bubble=False):
    """Name a new aspiration (Aspirations)."""


@dataclass
class Evaluate(Message, bubble=False):
    """Evaluate the selected aspiration against the checklist (Aspirations)."""


@dataclass
class NewGoal(Message, bubble=False):
    """Add a goal with the SMART wizard (Board)."""


# Where each request is handled.
MODE_OF: dict[type[Message], str] = {
    StartEntry: "reflect",
    NewAspiration: "aspirations",
    Evaluate: "aspirations",
    NewGoal: "board",
}
MODE_OF_RECORD: dict[str, str] = {"goal": "board", "aspiration": "aspirations", "entry": "reflect"}

__all__ = [
    "MODE_OF",
    "MODE_OF_RECORD",
    "ChangeUndone",
    "Evaluate",
    "NewAspiration",
    "NewGoal",
    "OpenRecord",
    "OpenScreen",
    "RecordKind",
    "SaveFailed",
    "Saved",
    "ShowRecord",
    "StartEntry",
    "StoreChanged",
    "StoreFailed",
    "StoreOpened",
]

"""The kept versions of one answer, newest first: ``enter`` opens one in the editor."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from coach.drafting import Target
from coach.drafting.wording import speaking_seconds, word_count
from coach.models import AnswerVersion
from coach.text import one_line


def version_prompt(version: AnswerVersion) -> Content:
    """ "2026-11-21 · for Charge nurse at St Mary's · 203 words, 87 s" and the opening."""
    words = word_count(version.text)
    for_whom = Target(version.role, version.company).label or "no role in particular"
    head = f"{version.created:%Y-%m-%d} · for {one_line(for_whom, 50)} · "
    timing = f"{words} words, {speaking_seconds(words)} s"
    return Content.assemble(
        (head, "bold"), (timing, "$text-muted"), "\n", ("  " + one_line(version.text, 70), "")
    )


class VersionPicker(ModalScreen[AnswerVersion | None]):
    """Choose a kept version to open in the editor (``escape`` keeps what is there)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="versions.cancel")]

    def __init__(self, question: str, versions: Sequence[AnswerVersion]) -> None:
        super().__init__()
        self.question = question
        self.versions = {v.id: v for v in versions}

    def compose(self) -> ComposeResult:
        with Vertical(id="versions-dialog"):
            yield Static(Content(f"Kept versions: {self.question}"), id="versions-heading")
            options = [Option(version_prompt(v), id=v.id) for v in self.versions.values()]
            yield OptionList(*options, id="versions-list")
            yield Static(
                Content("enter opens it in the editor · escape keeps what is there"),
                id="versions-hint",
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.versions.get(event.option.id or ""))

    def action_cancel(self) -> None:
        self.dismiss(None)

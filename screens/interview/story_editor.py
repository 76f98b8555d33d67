"""Edit one achievement story in your own words: situation, task, action, result, lesson.

``ctrl+s`` hands the five parts back for the screen to save; ``escape`` asks first when
anything was changed. The lesson stays private: exports leave it out unless asked.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea

from coach.drafting.stories import StoryDraft
from screens.widgets.dialogs import dismiss_or_confirm
from screens.widgets.literal import literal

PARTS = (
    ("situation", "Situation: where you were, and why it mattered"),
    ("task", "Task: what exactly you set out to do, and by when"),
    ("action", "Action: what you did, and what got in the way"),
    ("result", "Result: what came of it, with the number"),
    ("lesson", "What you learned (private: exports leave it out unless asked)"),
)


class StoryEditor(ModalScreen[dict[str, str] | None]):
    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep", id="story.keep", priority=True),
        Binding("escape", "cancel", "Cancel", id="story.cancel"),
    ]

    def __init__(self, story: StoryDraft) -> None:
        super().__init__()
        self.story = story

    def compose(self) -> ComposeResult:
        held = self.story.parts()
        with Vertical(id="story-dialog"):
            yield Static(literal(self.story.goal), id="story-heading")
            mark = "in your words" if self.story.saved else "drafted from the goal"
            yield Static(Content(f"{mark} · ctrl+s keeps it · escape cancels"), id="story-hint")
            with VerticalScroll(id="story-parts"):
                for key, label in PARTS:
                    yield Label(Content(label), classes="story-label")
                    yield TextArea(
                        held[key], id=f"story-{key}", soft_wrap=True, tab_behavior="focus"
                    )

    def parts(self) -> dict[str, str]:
        return {key: self.query_one(f"#story-{key}", TextArea).text for key, _ in PARTS}

    @property
    def has_unsaved(self) -> bool:
        held = self.story.parts()
        return any(text != held[key] for key, text in self.parts().items())

    def action_keep(self) -> None:
        parts = self.parts()
        if not parts["result"].strip():
            self.notify("Say what came of it: a story needs its result.", markup=False)
            return
        self.dismiss(parts)

    def action_cancel(self) -> None:
        dismiss_or_confirm(
            self,
            unsaved=self.has_unsaved,
            question="Leave the story without keeping your changes?",
            yes="Leave",
            no="Keep editing",
        )

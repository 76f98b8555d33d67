"""Choosing what to write about: a prompt from one of the themes, or free writing.

:class:`PromptPicker` lists the themes of the content, each with the line that
ties it to the method, and their prompts; the highlighted prompt's hint shows
below the list. It hands back a :class:`~screens.journal.editor.ChosenPrompt`,
:data:`FREE` for free writing, or None when cancelled.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from coach.content.models import Theme
from screens.journal.editor import ChosenPrompt
from screens.widgets.literal import literal, styled

FREE: Literal["free"] = "free"
PromptChoice = ChosenPrompt | Literal["free"] | None


class PromptPicker(ModalScreen[PromptChoice]):
    """Themes as headings, their prompts below; enter chooses, escape cancels."""

    DEFAULT_CSS = """
    PromptPicker { align: center middle; }
    PromptPicker > Vertical {
        width: 90%;
        max-width: 100;
        height: 90%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    PromptPicker #picker-title { text-style: bold; padding-bottom: 1; }
    PromptPicker OptionList { height: 1fr; }
    PromptPicker #picker-hint { color: $text-muted; height: auto; min-height: 2; padding-top: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt-picker.cancel"),
    ]

    def __init__(self, themes: tuple[Theme, ...], current: str | None = None) -> None:
        super().__init__()
        self.themes = themes
        self.current = current

    def compose(self) -> ComposeResult:
        options: list[Option | None] = [Option(styled("[b]Write freely[/b]"), id=FREE)]
        for theme in self.themes:
            options.append(None)
            heading = styled(
                "[b $secondary]$title[/]\n[dim]$context[/dim]",
                title=theme.title,
                context=theme.context,
            )
            options.append(Option(heading, id=f"theme:{theme.id}", disabled=True))
            for prompt in theme.prompts:
                options.append(Option(literal(f"  {prompt.text}"), id=prompt.id))
        with Vertical():
            yield Label("What do you want to write about?", id="picker-title")
            yield OptionList(*options, id="prompts")
            yield Static("", id="picker-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.current:
            try:
                options.highlighted = options.get_option_index(self.current)
            except Exception:  # a prompt id the content no longer has: start at the top
                options.highlighted = 0
        self.set_focus(options)

    def _prompt(self, prompt_id: str | None) -> ChosenPrompt | None:
        for theme in self.themes:
            for prompt in theme.prompts:
                if prompt.id == prompt_id:
                    return ChosenPrompt(prompt.id, prompt.text, prompt.hint, theme.title)
        return None

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        chosen = self._prompt(event.option.id)
        hint = self.query_one("#picker-hint", Static)
        if chosen is None:
            hint.update("Write about whatever is on your mind.")
        else:
            hint.update(literal(chosen.hint or ""))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == FREE:
            self.dismiss(FREE)
            return
        chosen = self._prompt(event.option.id)
        if chosen is not None:
            self.dismiss(chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)

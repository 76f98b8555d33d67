"""The journal editor: the prompt being answered, the text, tags and links.

:class:`JournalEditor` holds one draft, either a new entry or an edit of an
existing one, and knows whether it holds text that is not saved yet. It does
not save: its buttons post past-tense messages and the screen reads
:meth:`JournalEditor.draft` and calls the service.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from coach.models import JournalEntry
from screens.widgets.literal import literal, styled

LinkOptions = Sequence[tuple[Text, str]]

# Textual's TextArea re-divides a wrapped line at every wrap point for each row it draws,
# so a keystroke costs time in proportion to the longest line (a 1 MB line took 6 s).
# Past this many characters on one line the editor stops wrapping and scrolls sideways;
# the text itself is never changed.
LONG_LINE = 5_000
WRAP_OFF_NOTE = (
    f"Not wrapped: a line here is over {LONG_LINE:,} characters. The view scrolls"
    " sideways with the cursor; your text is kept as written."
)


def longest_line(lines: Iterable[str]) -> int:
    """The length of the longest of ``lines`` (0 for none)."""
    return max(map(len, lines), default=0)


@dataclass(frozen=True)
class ChosenPrompt:
    """A prompt from the content, with the title of its theme."""

    id: str
    text: str
    hint: str | None = None
    theme: str = ""


@dataclass(frozen=True)
class Draft:
    """What the editor holds. ``goal_ids``/``aspiration_ids`` are None when an edit left them."""

    body: str
    tags: str
    goal_ids: tuple[str, ...] | None
    aspiration_ids: tuple[str, ...] | None
    prompt: ChosenPrompt | None
    editing: str | None


def _value(select: Select[str]) -> str | None:
    value = select.value
    return value if isinstance(value, str) else None


def _links(
    chosen: str | None, start: str | None, original: tuple[str, ...], editing: bool
) -> tuple[str, ...] | None:
    """The links to store: the chosen one first, the entry's other links kept."""
    if editing and chosen == start:
        return None  # untouched: leave the entry's links as they are
    rest = tuple(i for i in original[1:] if i != chosen) if editing else ()
    return ((chosen,) if chosen else ()) + rest


class JournalEditor(Vertical):
    """A prompt line, the text area, tags, a goal and an aspiration to link, and buttons."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "screen.leave_editor",
            "Leave editor",
            id="reflect.leave",
            tooltip="Go to the list of entries; the text stays here",
        ),
    ]

    class SaveRequested(Message):
        """The Save button was pressed."""

    class PromptRequested(Message):
        """The Prompt button was pressed."""

    class CancelRequested(Message):
        """The Stop editing button was pressed."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.prompt: ChosenPrompt | None = None
        self.editing: JournalEntry | None = None
        self._goal_start: str | None = None
        self._aspiration_start: str | None = None
        self._goal_links: LinkOptions = ()
        self._aspiration_links: LinkOptions = ()

    def compose(self) -> ComposeResult:
        yield Static("", id="prompt-text")
        yield Static("", id="prompt-hint")
        yield TextArea(
            "",
            soft_wrap=True,
            tab_behavior="focus",
            id="body",
            placeholder="Write here. ctrl+s saves; esc goes back to the list.",
        )
        yield Static(literal(WRAP_OFF_NOTE), id="wrap-note")
        with Horizontal(classes="field"):
            yield Label("Tags", classes="field-label")
            yield Input(placeholder="space-separated tags", id="tags", compact=True)
        with Horizontal(classes="field"):
            yield Label("Goal", classes="field-label")
            yield Select[str]([], prompt="no goal", id="goal", compact=True)
        with Horizontal(classes="field"):
            yield Label("Aspiration", classes="field-label")
            yield Select[str]([], prompt="no aspiration", id="aspiration", compact=True)
        yield Label("", id="editor-message")
        with Horizontal(id="editor-actions"):
            yield Button("Prompt…", id="choose-prompt", compact=True)
            yield Button("Stop editing", id="cancel-edit", compact=True)
            yield Button("Save", id="save", variant="primary", compact=True)

    def on_mount(self) -> None:
        self._show_prompt()

    # -- widgets -------------------------------------------------------------------

    @property
    def text_area(self) -> TextArea:
        return self.query_one("#body", TextArea)

    @property
    def tags_input(self) -> Input:
        return self.query_one("#tags", Input)

    @property
    def goal_select(self) -> Select[str]:
        return self.query_one("#goal", Select)

    @property
    def aspiration_select(self) -> Select[str]:
        return self.query_one("#aspiration", Select)

    # -- state pushed down by the screen ----------------------------------------------

    def set_links(self, goals: LinkOptions, aspirations: LinkOptions) -> None:
        """Fill the link choices, keeping what is chosen (if it still exists)."""
        for select, options, attr in (
            (self.goal_select, goals, "_goal_links"),
            (self.aspiration_select, aspirations, "_aspiration_links"),
        ):
            if list(options) == list(getattr(self, attr)):
                continue
            setattr(self, attr, tuple(options))
            chosen = _value(select)
            select.set_options(options)
            if chosen is not None and any(value == chosen for _, value in options):
                select.value = chosen

    def choose_prompt(self, prompt: ChosenPrompt | None) -> None:
        """Answer ``prompt`` (None: write freely). Only a new entry takes a prompt."""
        if self.editing is None:
            self.prompt = prompt
            self._show_prompt()

    def load(self, entry: JournalEntry) -> None:
        """Edit ``entry``: its text, tags and links fill the editor."""
        self.editing = entry
        self.prompt = (
            ChosenPrompt(entry.prompt_id or "", entry.prompt_text) if entry.prompt_text else None
        )
        self.load_text(entry.body)
        self.text_area.move_cursor(self.text_area.document.end)
        self.tags_input.value = " ".join(entry.tags)
        self._goal_start = self._select(self.goal_select, entry.goal_ids)
        self._aspiration_start = self._select(self.aspiration_select, entry.aspiration_ids)
        self.show_problem("")
        self._show_prompt()

    def reset(self) -> None:
        """An empty new entry, written freely."""
        self.editing = None
        self.prompt = None
        self.load_text("")
        self.tags_input.value = ""
        self.goal_select.clear()
        self.aspiration_select.clear()
        self._goal_start = self._aspiration_start = None
        self.show_problem("")
        self._show_prompt()

    def load_text(self, text: str) -> None:
        """Put ``text`` in the text area, wrapped unless a line of it is too long."""
        # Decided before the text goes in, so the first frame is never wrapped at cost.
        self._fit_wrap(longest_line(text.splitlines()))
        self.text_area.load_text(text)

    def forget_entry(self) -> None:
        """The entry being edited is gone (undone, deleted elsewhere): keep the text as new."""
        self.editing = None
        self._goal_start = self._aspiration_start = None
        self._show_prompt()
        self.show_problem("The entry you were editing is gone; ctrl+s saves this as a new one.")

    def show_problem(self, text: str) -> None:
        label = self.query_one("#editor-message", Label)
        label.update(literal(text))
        label.display = bool(text)

    def focus_text(self) -> None:
        self.screen.set_focus(self.text_area)

    # -- what it holds -----------------------------------------------------------------

    def draft(self) -> Draft:
        entry = self.editing
        return Draft(
            body=self.text_area.text,
            tags=self.tags_input.value,
            goal_ids=_links(
                _value(self.goal_select),
                self._goal_start,
                entry.goal_ids if entry else (),
                entry is not None,
            ),
            aspiration_ids=_links(
                _value(self.aspiration_select),
                self._aspiration_start,
                entry.aspiration_ids if entry else (),
                entry is not None,
            ),
            prompt=self.prompt,
            editing=entry.id if entry else None,
        )

    def has_unsaved(self) -> bool:
        """True when leaving now would lose something the person wrote."""
        entry = self.editing
        draft = self.draft()
        if entry is None:  # a new entry: text in its body or its tags is the person's
            return bool(draft.body.strip() or draft.tags.strip())
        return (
            draft.body != entry.body
            or draft.tags.split() != list(entry.tags)
            or draft.goal_ids is not None
            or draft.aspiration_ids is not None
        )

    # -- drawing -----------------------------------------------------------------------

    def _select(self, select: Select[str], ids: tuple[str, ...]) -> str | None:
        first = ids[0] if ids else None
        options = self._goal_links if select is self.goal_select else self._aspiration_links
        if first is not None and any(value == first for _, value in options):
            select.value = first
            return first
        select.clear()
        return None

    def _show_prompt(self) -> None:
        prompt = self.prompt
        text = self.query_one("#prompt-text", Static)
        hint = self.query_one("#prompt-hint", Static)
        if prompt is None and self.editing is not None:
            text.update(styled("[dim]Written freely[/dim]"))
            hint.update("")
        elif prompt is None:
            text.update(styled("[b]Free writing[/b] [dim]· p chooses a prompt[/dim]"))
            hint.update("")
        elif prompt.theme:
            text.update(
                styled("[dim]$theme ·[/dim] [b]$text[/b]", theme=prompt.theme, text=prompt.text)
            )
            hint.update(literal(prompt.hint or ""))
        else:
            text.update(styled("[b]$text[/b]", text=prompt.text))
            hint.update("")
        hint.display = bool(prompt and prompt.hint)
        entry = self.editing
        if entry is None:
            self.border_title = "New entry"
        else:
            self.border_title = f"Editing the entry of {entry.created.strftime('%Y-%m-%d %H:%M')}"
        self.query_one("#choose-prompt", Button).display = entry is None
        self.query_one("#cancel-edit", Button).display = entry is not None

    # -- what the person did -----------------------------------------------------------

    def _fit_wrap(self, longest: int) -> None:
        wrap = longest <= LONG_LINE
        self.text_area.soft_wrap = wrap
        self.query_one("#wrap-note", Static).display = not wrap

    @on(TextArea.Changed, "#body")
    def _typed(self) -> None:
        self.show_problem("")
        # The length of each line is known without reading its text: cheap per key.
        self._fit_wrap(longest_line(self.text_area.document.lines))

    @on(Button.Pressed, "#save")
    def _save(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.SaveRequested())

    @on(Button.Pressed, "#choose-prompt")
    def _prompt(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.PromptRequested())

    @on(Button.Pressed, "#cancel-edit")
    def _cancel(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.CancelRequested())

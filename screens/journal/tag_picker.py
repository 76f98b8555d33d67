"""Choosing a tag to filter the journal by.

:class:`TagPicker` lists the tags in use, most used first, with how many
entries carry each. It hands back the tag, ``""`` for every entry (no filter),
or None when cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from screens.widgets.literal import literal_line, styled

ALL = "all"  # option ids are "all" and "tag-<n>", so no tag can be mistaken for another


class TagPicker(ModalScreen[str | None]):
    """Enter chooses a tag; escape leaves the filter as it was."""

    DEFAULT_CSS = """
    TagPicker { align: center middle; }
    TagPicker > Vertical {
        width: 60;
        max-width: 90%;
        height: auto;
        max-height: 80%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    TagPicker #tag-title { text-style: bold; padding-bottom: 1; }
    TagPicker OptionList { height: auto; max-height: 24; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="tag-picker.cancel"),
    ]

    def __init__(self, tags: Sequence[tuple[str, int]], current: str | None = None) -> None:
        super().__init__()
        self.tags = tags
        self.current = current

    def compose(self) -> ComposeResult:
        every = Option(styled("[i]Every entry (no tag filter)[/i]"), id=ALL)
        options: list[Option | None] = [every]
        if self.tags:
            options.append(None)
        for n, (tag, count) in enumerate(self.tags):
            label = literal_line(f"#{tag}", 40) + styled("  [dim]$n[/dim]", n=f"{count:,}")
            options.append(Option(label, id=f"tag-{n}"))
        with Vertical():
            yield Label("Show the entries tagged…", id="tag-title")
            yield OptionList(*options, id="tags")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        tags = [tag for tag, _ in self.tags]
        if self.current in tags:
            options.highlighted = options.get_option_index(f"tag-{tags.index(self.current)}")
        self.set_focus(options)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id or ALL
        self.dismiss("" if chosen == ALL else self.tags[int(chosen.removeprefix("tag-"))][0])

    def action_cancel(self) -> None:
        self.dismiss(None)

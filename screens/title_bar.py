"""The line at the top of every mode screen: where you are, and the keys to go elsewhere.

Textual's ``Header`` draws the same line with four widgets, an icon and a clock
space; on the first screen every widget counts towards the first paint, so
coach draws it as one ``Static``. Titles are coach's own words, shown as plain
text.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class TitleBar(Static):
    """``title — sub-title`` of the screen (or, when it sets none, of the app)."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        content-align: center middle;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def on_mount(self) -> None:
        for node in (self.app, self.screen):
            self.watch(node, "title", self._show, init=False)
            self.watch(node, "sub_title", self._show, init=False)
        self._show()

    def _show(self) -> None:
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        if sub_title:
            self.update(Content.assemble(title, (" — ", "$text-muted"), (sub_title, "$text-muted")))
        else:
            self.update(Content(title))

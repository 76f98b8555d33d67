"""The line at the top of every mode screen: where you are, and the keys to go elsewhere.

Textual's ``Header`` draws the same line with four widgets, an icon and a clock
space; on the first screen every widget counts towards the first paint, so
coach draws it as one widget. Titles are coach's own words, shown as plain
text.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget


class TitleBar(Widget):
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
            self.watch(node, "title", self._changed, init=False)
            self.watch(node, "sub_title", self._changed, init=False)

    def _changed(self) -> None:
        self.refresh()

    def render(self) -> Content:
        # Read at each render, so the first frame has it: the screen's first frame can
        # come before this widget has handled its own mount.
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        if sub_title:
            return Content.assemble(title, (" — ", "$text-muted"), (sub_title, "$text-muted"))
        return Content(title)

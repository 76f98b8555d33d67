"""A focusable list of rows drawn line by line: each list of the dashboard.

Textual's ``OptionList`` is general: any renderable as a prompt, options added
and removed one by one, hover, per-option padding and link styles. The
dashboard's sections need less: a few dozen rows of ``Content``, refilled
whole, one of them highlighted. On the first frame of a big store the general
path cost as much as the rest of the dashboard together, so :class:`RowList`
lays its rows out once per width and draws each line straight to segments:

- a row is ``Row(id, prompt)``; a row without an id is a note (an empty
  section's message) that cannot be highlighted or opened;
- rows wrap at the width (``wrap=True``) or keep their lines, each cut with an
  ellipsis; a cell of padding on each side, a rule between rows if
  ``separated``;
- up, down, home, end, page up and page down move the highlight; enter or a
  click posts :class:`RowList.Selected`;
- when the rows overflow, the right padding cell of each line shows where the
  view is (the scrollbar's colours, a click above or below the thumb pages).
  Textual's own scrollbar is three more widgets to style and draw on the
  dashboard's first frame; the list still scrolls as any other (wheel, keys).

Prompts are ``Content``: their text is never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.events import Click
    from textual.style import Style

PAD = 1  # cells of padding at each end of a line


class Row(NamedTuple):
    """One row: what opens it (None for a note that cannot be chosen) and its text."""

    id: str | None
    prompt: Content


class _Layout(NamedTuple):
    """The rows laid out at one width: per line, its row (None for a rule) and its text."""

    width: int
    rows: list[int | None]
    texts: list[Content]
    starts: list[int]  # per row, its first line


class RowList(ScrollView, can_focus=True):
    """Rows of text with one highlighted; enter or a click chooses it."""

    DEFAULT_CSS = """
    RowList {
        height: auto;
        max-height: 100%;
        overflow-x: hidden;
        scrollbar-size-vertical: 0;  /* the list draws where the view is itself */
        scrollbar-visibility: hidden;
        background: $surface;
        & > .row-list--highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .row-list--highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .row-list--rule {
            color: $foreground 15%;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--highlighted", "row-list--rule"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Open", show=False),
    ]

    class Selected(Message):
        """A row was chosen (enter or a click)."""

        def __init__(self, row_list: RowList, row_id: str) -> None:
            super().__init__()
            self.row_list = row_list
            self.row_id = row_id

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(
        self,
        *,
        wrap: bool = False,
        separated: bool = False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.wrap = wrap
        self.separated = separated
        self._rows: list[Row] = []
        self._highlighted: int | None = None
        self._layout: _Layout | None = None
        self._strips: dict[tuple[int, Style, bool | None], Strip] = {}

    # -- what it shows ------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    @property
    def highlighted(self) -> int | None:
        """The index of the highlighted row, or None when no row can be chosen."""
        return self._highlighted

    @property
    def highlighted_id(self) -> str | None:
        index = self._highlighted
        return None if index is None else self._rows[index].id

    def show(self, rows: Sequence[Row]) -> None:
        """Show ``rows``, keeping the highlight on the same id when it is still there."""
        kept = self.highlighted_id
        self._rows = list(rows)
        self._layout = None
        self._strips.clear()
        ids = [row.id for row in self._rows]
        if kept is not None and kept in ids:
            self._highlighted = ids.index(kept)
        else:
            self._highlighted = self._next_enabled(-1, 1)
        self._update_virtual_size()
        self.refresh(layout=True)
        if self._highlighted:  # a row further down kept its highlight: keep it in view
            self.call_after_refresh(self._scroll_to_highlight)

    def highlight(self, index: int | None) -> None:
        """Move the highlight to row ``index`` (a note or a row out of range is ignored)."""
        if index is None or not 0 <= index < len(self._rows) or self._rows[index].id is None:
            return
        if index != self._highlighted:
            self._highlighted = index
            self._strips.clear()
            self.refresh()
        self._scroll_to_highlight()

    # -- laying out ---------------------------------------------------------------

    def _lines(self, width: int) -> _Layout:
        layout = self._layout
        if layout is not None and layout.width == width:
            return layout
        inner = max(1, width - 2 * PAD)
        rows: list[int | None] = []
        texts: list[Content] = []
        starts: list[int] = []
        for index, row in enumerate(self._rows):
            if self.separated and index:
                rows.append(None)
                texts.append(Content("─" * width))
            starts.append(len(rows))
            if self.wrap:
                parts = row.prompt.wrap(inner)
            else:
                parts = [
                    part.truncate(inner, ellipsis=True) if part.cell_length > inner else part
                    for part in row.prompt.split("\n", allow_blank=True)
                ]
            rows.extend(index for _ in parts)
            texts.extend(parts)
        self._layout = _Layout(width, rows, texts, starts)
        return self._layout

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width).rows)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def _update_virtual_size(self) -> None:
        width = self.scrollable_content_region.width
        if not width:
            return
        size = Size(width, len(self._lines(width).rows))
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)

    def _on_resize(self) -> None:
        self._strips.clear()
        self._update_virtual_size()

    def notify_style_update(self) -> None:
        self._strips.clear()
        self.refresh()
        super().notify_style_update()

    # -- drawing --------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        self._update_virtual_size()
        return super().render_lines(crop)

    def _thumb(self) -> tuple[int, int] | None:
        """Where the bar's thumb is in the view, (first line, lines); None when all fits."""
        height = self.scrollable_content_region.height
        total = self.virtual_size.height
        if total <= height or height <= 0:
            return None
        size = max(1, round(height * height / total))
        return round(self.scroll_offset.y * (height - size) / (total - height)), size

    def _bar(self, y: int) -> bool | None:
        """Line ``y`` of the view shows the thumb (True), the track (False), or no bar (None)."""
        thumb = self._thumb()
        return None if thumb is None else thumb[0] <= y < thumb[0] + thumb[1]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        layout = self._lines(width)
        number = self.scroll_offset.y + y
        if number >= len(layout.rows):
            return Strip.blank(width, self.get_visual_style().rich_style)
        index = layout.rows[number]
        if index is None:
            style = self.get_visual_style("row-list--rule")
        elif index == self._highlighted:
            style = self.get_visual_style("row-list--highlighted")
        else:
            style = self.get_visual_style()
        bar = self._bar(y)
        key = (number, style, bar)
        strip = self._strips.get(key)
        if strip is None:
            text = layout.texts[number]
            if index is None:  # a rule: the whole width, no padding
                segments = [Segment(text.plain, style.rich_style)]
            else:
                segments = [Segment(" " * PAD, style.rich_style)]
                segments.extend(
                    Segment(part, part_style.rich_style)
                    for part, part_style in text.render(style, end="", parse_style=self._get_style)
                )
            strip = self._strips[key] = self._draw(segments, style, width, bar)
        return strip

    def _draw(self, segments: list[Segment], style: Style, width: int, bar: bool | None) -> Strip:
        """A line of ``width``: ``segments`` cut or padded, the bar's cell last if ``bar``."""
        base = style.rich_style
        text_width = width if bar is None else width - 1
        strip = Strip(segments).crop_extend(0, text_width, base)
        if bar is None:
            return strip
        styles = self.styles
        background = self.background_colors[1]
        colour = styles.scrollbar_color if bar else styles.scrollbar_background
        cell = Segment(" ", RichStyle(bgcolor=(background + colour).rich_color))
        return Strip([*strip, cell], width)

    # -- moving and choosing --------------------------------------------------------

    def _next_enabled(self, start: int, step: int) -> int | None:
        """The first row that can be chosen from ``start + step`` on, in ``step``'s direction."""
        index = start + step
        while 0 <= index < len(self._rows):
            if self._rows[index].id is not None:
                return index
            index += step
        return None

    def _scroll_to_highlight(self) -> None:
        index = self._highlighted
        width = self.scrollable_content_region.width
        if index is None or not width:
            return
        layout = self._lines(width)
        start = layout.starts[index]
        end = start + 1
        while end < len(layout.rows) and layout.rows[end] == index:
            end += 1
        self.scroll_to_region(
            Region(0, start, width, end - start), animate=False, force=True, immediate=True
        )

    def action_cursor_down(self) -> None:
        start = -1 if self._highlighted is None else self._highlighted
        self.highlight(self._next_enabled(start, 1))

    def action_cursor_up(self) -> None:
        start = len(self._rows) if self._highlighted is None else self._highlighted
        self.highlight(self._next_enabled(start, -1))

    def action_first(self) -> None:
        self.highlight(self._next_enabled(-1, 1))

    def action_last(self) -> None:
        self.highlight(self._next_enabled(len(self._rows), -1))

    def _page(self, step: int) -> None:
        width = self.scrollable_content_region.width
        if self._highlighted is None or not width:
            self.action_first() if step > 0 else self.action_last()
            return
        layout = self._lines(width)
        line = layout.starts[self._highlighted] + step * max(
            1, self.scrollable_content_region.height
        )
        line = max(0, min(line, len(layout.rows) - 1))
        target = layout.rows[line]
        while target is None and 0 <= line + step < len(layout.rows):  # a rule: step off it
            line += step
            target = layout.rows[line]
        if target is None or self._rows[target].id is None:
            target = self._next_enabled(self._highlighted, step)
        self.highlight(target if target is not None else self._highlighted)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_select(self) -> None:
        row_id = self.highlighted_id
        if row_id is not None:
            self.post_message(self.Selected(self, row_id))

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        width = self.scrollable_content_region.width
        if offset is None or not width:
            return
        thumb = self._thumb()
        if thumb is not None and offset.x == width - 1:  # on the bar: page towards the click
            top, size = thumb
            if offset.y < top:
                self.scroll_page_up(animate=False)
            elif offset.y >= top + size:
                self.scroll_page_down(animate=False)
            return
        layout = self._lines(width)
        line = offset.y + self.scroll_offset.y
        if 0 <= line < len(layout.rows):
            index = layout.rows[line]
            if index is not None and self._rows[index].id is not None:
                self.highlight(index)
                self.action_select()

"""The dashboard's list widget: what it draws, how the keys and the mouse move and choose."""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult
from textual.content import Content

from screens.widgets.row_list import Row, RowList

WIDTH, HEIGHT = 30, 6


def _two_lines(n: int) -> Row:
    return Row(f"r{n}", Content.assemble((f"Row {n}", "bold"), "\n", f"detail of row {n}"))


class ListApp(App[None]):
    """A RowList alone, a fixed size, recording what was chosen."""

    CSS = f"RowList {{ width: {WIDTH}; height: {HEIGHT}; }}"

    def __init__(self, rows: list[Row], *, wrap: bool = False, separated: bool = False) -> None:
        super().__init__()
        self.rows, self.wrap, self.separated = rows, wrap, separated
        self.chosen: list[str] = []

    def compose(self) -> ComposeResult:
        yield RowList(wrap=self.wrap, separated=self.separated)

    def on_mount(self) -> None:
        self.query_one(RowList).show(self.rows)

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        self.chosen.append(event.row_id)


def lines(app: ListApp) -> list[str]:
    """The text of every line of the list as drawn."""
    rows = app.query_one(RowList)
    return ["".join(s.text for s in rows.render_line(y)) for y in range(HEIGHT)]


def bar_cells(app: ListApp) -> list[str]:
    """The background colour of the last cell of every line."""
    rows = app.query_one(RowList)
    cells = []
    for y in range(HEIGHT):
        last = list(rows.render_line(y))[-1]
        assert last.style is not None
        cells.append(str(last.style.bgcolor))
    return cells


async def test_rows_are_padded_cut_with_an_ellipsis_and_never_parsed() -> None:
    long = Row("long", Content("[b]not markup[/b] and a title far too long to fit"))
    app = ListApp([long, Row("short", Content("Short"))])
    async with app.run_test() as pilot:
        await pilot.pause()
        drawn = lines(app)
        assert drawn[0] == " [b]not markup[/b] and a tit… "  # 28 cells between the pads
        assert drawn[1] == " Short".ljust(WIDTH)
        assert all(len(line) == WIDTH for line in drawn)


async def test_wrapped_rows_with_rules_between_them() -> None:
    text = "a nudge that says rather more than one line of thirty cells can hold"
    app = ListApp([Row("a", Content(text)), Row("b", Content("second"))], wrap=True, separated=True)
    async with app.run_test() as pilot:
        await pilot.pause()
        drawn = [line.rstrip() for line in lines(app)]
        assert drawn[:5] == [  # wrapped at 28 cells, between the pads
            " a nudge that says rather",
            " more than one line of thirty",
            " cells can hold",
            "─" * WIDTH,
            " second",
        ]


async def test_keys_move_the_highlight_past_notes_and_enter_chooses() -> None:
    rows = [Row(None, Content("a note")), _two_lines(1), Row(None, Content("x")), _two_lines(2)]
    app = ListApp(rows)
    async with app.run_test() as pilot:
        rows_list = app.query_one(RowList)
        rows_list.focus()
        await pilot.pause()
        assert rows_list.highlighted_id == "r1"  # the first row that can be chosen
        await pilot.press("down")
        assert rows_list.highlighted_id == "r2"  # over the note
        await pilot.press("down")
        assert rows_list.highlighted_id == "r2"  # the last stays
        await pilot.press("up", "up")
        assert rows_list.highlighted_id == "r1"  # a note above is never highlighted
        await pilot.press("end", "enter")
        await pilot.pause()
        assert app.chosen == ["r2"]
        await pilot.press("home", "enter")
        await pilot.pause()
        assert app.chosen == ["r2", "r1"]


async def test_a_list_of_notes_has_nothing_to_choose() -> None:
    app = ListApp([Row(None, Content("Nothing here yet."))])
    async with app.run_test() as pilot:
        app.query_one(RowList).focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.query_one(RowList).highlighted is None
        assert app.chosen == []


async def test_showing_new_rows_keeps_the_highlight_on_the_same_id() -> None:
    app = ListApp([_two_lines(n) for n in range(5)])
    async with app.run_test() as pilot:
        rows_list = app.query_one(RowList)
        rows_list.focus()
        await pilot.press("down", "down")
        assert rows_list.highlighted_id == "r2"
        rows_list.show([_two_lines(n) for n in (9, 2, 3)])
        await pilot.pause()
        assert rows_list.highlighted_id == "r2" and rows_list.highlighted == 1
        rows_list.show([_two_lines(n) for n in (7, 8)])  # r2 is gone: back to the top
        await pilot.pause()
        assert rows_list.highlighted_id == "r7"


async def test_the_highlight_is_scrolled_into_view_and_pages_move_it() -> None:
    app = ListApp([_two_lines(n) for n in range(10)])  # 20 lines in 6
    async with app.run_test() as pilot:
        rows_list = app.query_one(RowList)
        rows_list.focus()
        await pilot.press("end")
        await pilot.pause()
        assert rows_list.highlighted_id == "r9"
        assert "Row 9" in "\n".join(lines(app))
        await pilot.press("pageup")
        assert rows_list.highlighted_id == "r6"  # six lines up: three rows of two
        await pilot.press("pagedown")
        assert rows_list.highlighted_id == "r9"


async def test_the_bar_shows_where_the_view_is_only_when_rows_overflow() -> None:
    app = ListApp([_two_lines(n) for n in range(6)])  # 12 lines in 6: half is in view
    async with app.run_test() as pilot:
        rows_list = app.query_one(RowList)
        await pilot.pause()
        at_top = bar_cells(app)
        thumb, track = at_top[0], at_top[-1]
        assert thumb != track
        assert at_top == [thumb] * 3 + [track] * 3
        rows_list.focus()
        await pilot.press("end")
        await pilot.pause()
        assert bar_cells(app) == [track] * 3 + [thumb] * 3
        rows_list.show([_two_lines(0)])  # fits: no bar, the padding is the list's own
        await pilot.pause()
        assert thumb not in bar_cells(app) and track not in bar_cells(app)
        assert lines(app)[0] == " Row 0".ljust(WIDTH)


async def test_a_click_chooses_a_row_and_a_click_on_the_track_pages() -> None:
    app = ListApp([_two_lines(n) for n in range(6)])
    async with app.run_test() as pilot:
        rows_list = app.query_one(RowList)
        await pilot.pause()
        await pilot.click(rows_list, offset=(3, 2))  # the first line of the second row
        await pilot.pause()
        assert app.chosen == ["r1"] and rows_list.highlighted_id == "r1"
        await pilot.click(rows_list, offset=(WIDTH - 1, HEIGHT - 1))  # the track, below
        await pilot.pause()
        assert rows_list.scroll_offset.y > 0
        assert app.chosen == ["r1"]  # a click on the bar opens nothing


async def test_the_wheel_scrolls_a_list_without_scrollbar_widgets() -> None:
    app = ListApp([_two_lines(n) for n in range(10)])
    async with app.run_test() as pilot:
        rows_list = app.query_one(RowList)
        await pilot.pause()
        drawn = {type(widget).__name__ for widget in app.screen._compositor.visible_widgets}
        assert "ScrollBar" not in drawn  # where the view is shows in the padding instead
        rows_list.post_message(
            events.MouseScrollDown(rows_list, 1, 1, 0, 0, 0, False, False, False)
        )
        await pilot.pause()
        assert rows_list.scroll_offset.y > 0

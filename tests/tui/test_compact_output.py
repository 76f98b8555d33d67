"""Whole frames written with only the style changes: the same screen in fewer bytes.

Both encodings of a frame (Textual's and screens.compact_output's) are played
on a model terminal that follows every SGR parameter and link, cell by cell; a
space only has to look the same (its background, and any line or frame drawn
through it). A real dashboard frame is also played on pyte, the emulator the
terminal tests and the bench use.
"""

from __future__ import annotations

import re
from typing import Any

import pyte
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.color import ColorSystem
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual._compositor import LayoutUpdate
from textual.geometry import Region
from textual.strip import Strip

from coach.service import CoachService
from screens.app import CoachApp
from screens.compact_output import CompactUpdate, compact, render_line
from tests.tui.data import seed

SHOWN_ON_BLANKS = {"4", "7", "9", "21", "51", "52", "53"}
ATTRIBUTES = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "21", "51", "52", "53"}
TOKEN = re.compile(r"\x1b\[([0-9;]*)([A-Za-z])|\x1b\]8;([^\x1b]*)\x1b\\|(\n)|([^\x1b\n]+)")


def play(output: str) -> tuple[dict[tuple[int, int], tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Each cell's (char, fg, bg, attributes, link), and the style state at every line end."""
    cells: dict[tuple[int, int], tuple[Any, ...]] = {}
    line_ends: list[tuple[Any, ...]] = []
    x = y = 0
    fg = bg = None
    attributes: set[str] = set()
    link = ""
    for match in TOKEN.finditer(output):
        params, command, osc, newline, text = match.groups()
        if command == "H":
            row, col = (int(n) for n in params.split(";"))
            y, x = row - 1, col - 1
        elif command == "m":
            codes = params.split(";") if params else ["0"]
            while codes:
                code = codes.pop(0)
                if code in ("", "0"):
                    fg = bg = None
                    attributes = set()
                elif code in ("38", "48"):
                    colour = codes[:4] if codes[0] == "2" else codes[:2]
                    del codes[: len(colour)]
                    if code == "38":
                        fg = tuple(colour)
                    else:
                        bg = tuple(colour)
                elif code == "39":
                    fg = None
                elif code == "49":
                    bg = None
                elif code in ATTRIBUTES:
                    attributes.add(code)
                elif 30 <= int(code) <= 37 or 90 <= int(code) <= 97:
                    fg = (code,)
                elif 40 <= int(code) <= 47 or 100 <= int(code) <= 107:
                    bg = (code,)
                else:
                    raise AssertionError(f"unexpected SGR parameter {code!r}")
        elif command is not None:
            raise AssertionError(f"unexpected control sequence {match.group(0)!r}")
        elif osc is not None:
            link = osc.split(";", 1)[1] if ";" in osc else ""
        elif newline:
            line_ends.append((fg, bg, frozenset(attributes)))
        else:
            for char in text:
                cells[(x, y)] = (char, fg, bg, frozenset(attributes), link)
                x += cell_len(char)
    line_ends.append((fg, bg, frozenset(attributes)))
    return cells, line_ends


def look(cell: tuple[Any, ...]) -> tuple[Any, ...]:
    """What a cell shows: all of it, or for a space only what shows on a blank."""
    char, fg, bg, attributes, link = cell
    if char != " ":
        return cell
    shown = attributes & SHOWN_ON_BLANKS
    return (char, fg if "7" in shown else None, bg, shown, link)


def assert_same_screen(textual: str, ours: str) -> None:
    theirs, _ = play(textual)
    mine, ends = play(ours)
    assert theirs.keys() == mine.keys()
    for at, cell in theirs.items():
        assert look(mine[at]) == look(cell), at
    assert all(end == (None, None, frozenset()) for end in ends)  # every line ends reset


def update(lines: list[list[Segment]], width: int = 40) -> LayoutUpdate:
    strips = [[Strip(segments)] for segments in lines]
    return LayoutUpdate(strips, Region(0, 0, width, len(lines)))  # type: ignore[arg-type]


def console() -> Console:
    return Console(color_system="truecolor", force_terminal=True, width=120)


COLOURS = [None, "#dcdcd6", "#1d2024", "#7aa2c9", "red", "bright_blue", "default", "color(200)"]
FLAGS = st.sampled_from([None, True, False])
styles = st.none() | st.builds(
    Style,
    color=st.sampled_from(COLOURS),
    bgcolor=st.sampled_from(COLOURS),
    bold=FLAGS,
    dim=FLAGS,
    italic=FLAGS,
    underline=FLAGS,
    reverse=FLAGS,
    strike=FLAGS,
    overline=FLAGS,
    link=st.sampled_from([None, None, None, "https://example.org/a"]),
)
texts = st.sampled_from(["", " ", "   ", "ab", "héllo", "日本", " x ", "━━", "│", "[b]no[/b]"])
segments = st.builds(Segment, texts, styles)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(segments, max_size=6), min_size=1, max_size=4))
def test_any_frame_leaves_the_same_screen(lines: list[list[Segment]]) -> None:
    frame = update(lines)
    assert_same_screen(frame.render_segments(console()), compact(frame).render_segments(console()))


def test_alike_pieces_are_joined_and_a_colour_change_writes_only_the_colour() -> None:
    panel = Style(color="#dcdcd6", bgcolor="#30353b")
    bold = Style(color="#dcdcd6", bgcolor="#30353b", bold=True)
    muted = Style(color="#8f908e", bgcolor="#30353b")
    out = "".join(
        render_line(
            [
                Strip([Segment("a", panel), Segment("b", panel), Segment("c", bold)]),
                Strip([Segment("d", muted)]),
            ],
            ColorSystem.TRUECOLOR,
        )
    )
    assert out == (
        "\x1b[38;2;220;220;214;48;2;48;53;59mab"
        "\x1b[1mc"  # only the attribute that comes in
        "\x1b[0;38;2;143;144;142;48;2;48;53;59md"  # bold has to go: from a reset
        "\x1b[0m"
    )


def test_spaces_keep_the_style_before_them_when_they_look_the_same() -> None:
    text = Style(color="#dcdcd6", bgcolor="#1d2024")
    blank = Style(bgcolor="#1d2024")
    underlined = Style(bgcolor="#1d2024", underline=True)
    out = "".join(
        render_line(
            [Strip([Segment("ab", text), Segment("   ", blank), Segment("  ", underlined)])],
            ColorSystem.TRUECOLOR,
        )
    )
    assert out.startswith("\x1b[38;2;220;220;214;48;2;29;32;36mab   ")  # no code before the blanks
    assert out.endswith("\x1b[4;39m  \x1b[0m")  # a line through spaces shows: written


def test_a_link_is_written_as_textual_writes_it() -> None:
    linked = Style(color="#7aa2c9", link="https://example.org/x")
    frame = update([[Segment("see ", Style(bold=True)), Segment("here", linked)]])
    out = compact(frame).render_segments(console())
    assert "\x1b]8;id=" in out and "https://example.org/x" in out
    assert_same_screen(frame.render_segments(console()), out)


def test_only_whole_frames_are_rewritten() -> None:
    frame = update([[Segment("x")]])
    assert isinstance(compact(frame), CompactUpdate)
    assert compact(None) is None
    other = object()
    assert compact(other) is other  # type: ignore[arg-type]


def _pyte_screen(output: str) -> pyte.Screen:
    screen = pyte.Screen(120, 40)
    pyte.Stream(screen).feed(output)
    return screen


async def test_a_dashboard_frame_is_the_same_on_an_emulator_in_far_fewer_bytes(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        frame = app.screen._compositor.render_update(full=True)
        assert isinstance(frame, LayoutUpdate)
        theirs = frame.render_segments(console())
        ours = compact(frame).render_segments(console())
    assert_same_screen(theirs, ours)
    a, b = _pyte_screen(theirs), _pyte_screen(ours)
    for y in range(40):
        for x in range(120):
            one, other = a.buffer[y][x], b.buffer[y][x]
            if one.data == " ":
                assert (one.bg, one.reverse, one.underscore, one.strikethrough) == (
                    other.bg,
                    other.reverse,
                    other.underscore,
                    other.strikethrough,
                ), (x, y)
            else:
                assert one == other, (x, y)
    assert "Aspirations" in "\n".join(b.display)
    assert len(ours) < 0.7 * len(theirs)

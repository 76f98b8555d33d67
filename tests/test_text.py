"""Untrusted text made safe to show: what is removed, and what is kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.text import _UNSAFE, fold_path, one_line, printable

UNSAFE = re.compile(_UNSAFE)


def test_every_unsafe_character_is_removed_and_every_other_kept() -> None:
    # printable() returns printable text as it is; that is only right while no
    # character the pattern removes counts as printable. Checked for all of Unicode.
    for point in range(0x110000):
        char = chr(point)
        expected = "" if UNSAFE.match(char) else char
        assert printable(char) == expected, hex(point)


@given(st.text())
def test_any_text_loses_exactly_the_unsafe_characters(text: str) -> None:
    assert printable(text) == UNSAFE.sub("", text)


def test_terminal_sequences_and_bidi_controls_are_taken_out() -> None:
    assert printable("title\x1b]52;c;cGF3bmVk\x07 ok") == "title]52;c;cGF3bmVk ok"
    assert printable("invoice\u202efdp.exe") == "invoicefdp.exe"
    assert printable("tabs\tand\nlines") == "tabs\tand\nlines"
    assert printable("family 👨\u200d👩\u200d👧") == "family 👨\u200d👩\u200d👧"  # joiners stay
    assert one_line("  two\nlines\x00  ", 6) == "two l…"


@pytest.mark.parametrize(
    ("path", "width", "lines"),
    [
        ("/home/ana/.config/coach/config.toml", 40, ["/home/ana/.config/coach/config.toml"]),
        ("/home/ana/.config/coach/config.toml", 20, ["/home/ana/.config/", "coach/config.toml"]),
        ("/a/very-long-folder-name/c.toml", 10, ["/a/", "very-long-folder-name/", "c.toml"]),
        (
            r"C:\Users\Ana\AppData\coach\config.toml",
            16,
            ["C:\\Users\\Ana\\", "AppData\\coach\\", "config.toml"],
        ),
    ],
)
def test_a_path_is_folded_between_its_folders(path: str, width: int, lines: list[str]) -> None:
    assert fold_path(path, width).split("\n") == lines

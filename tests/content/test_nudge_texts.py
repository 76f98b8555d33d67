"""The nudges' texts load without pydantic, equal the full content's, and break the same way."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from coach.content.checks import NUDGE_PLACEHOLDERS
from coach.content.files import ContentError
from coach.content.loader import load_content, load_content_from
from coach.content.nudge_texts import NudgeTexts, load_nudge_texts, load_nudge_texts_from
from coach.errors import CoachError

SOURCE_DATA = Path(__file__).resolve().parents[2] / "data"
SAMPLE_VALUES = {"aspiration": "Lead a design studio", "goal": "Finish the portfolio", "days": 42}


def test_the_shipped_nudges_equal_the_contents() -> None:
    texts = load_nudge_texts()
    assert isinstance(texts, NudgeTexts)
    assert load_nudge_texts() is texts  # cached
    assert [(n.id, n.title, n.message) for n in texts.nudges] == [
        (n.id, n.title, n.message) for n in load_content().nudges
    ]


@pytest.mark.parametrize("kind", sorted(NUDGE_PLACEHOLDERS))
def test_each_nudge_fills_in_as_the_contents_does(kind: str) -> None:
    values = {name: SAMPLE_VALUES[name] for name in NUDGE_PLACEHOLDERS[kind]}
    ours, theirs = load_nudge_texts().nudge(kind), load_content().nudge(kind)
    assert ours.title_for(**values) == theirs.title_for(**values)
    assert ours.message_for(**values) == theirs.message_for(**values)


def test_an_unknown_nudge_or_a_missing_value_raises_key_error() -> None:
    with pytest.raises(KeyError):
        load_nudge_texts().nudge("goal_forgotten")
    with pytest.raises(KeyError):
        load_nudge_texts().nudge("goal_overdue").message_for(goal="x")


def _edit(old: str, new: str) -> Callable[[str], str]:
    def apply(text: str) -> str:
        assert old in text, f"{old!r} not in nudges.toml: update the test"
        return text.replace(old, new, 1)

    return apply


def _cut(start: str, end: str = "[[nudges]]") -> Callable[[str], str]:
    """Remove the text from ``start`` up to (not including) the next ``end``."""

    def apply(text: str) -> str:
        assert start in text, f"{start!r} not in nudges.toml: update the test"
        begin = text.index(start)
        return text[:begin] + text[text.index(end, begin + 1) :]

    return apply


# name: (breaking edit, what the message says)
BROKEN: dict[str, tuple[Callable[[str], str], str]] = {
    "unknown placeholder": (
        _edit("“{goal}” has no deadline", "“{goal_title}” has no deadline"),
        "nudges: goal_without_deadline.message uses {goal_title}; allowed: {goal}",
    ),
    "placeholder of another nudge": (
        _edit('title = "Not evaluated yet"', 'title = "Not evaluated in {days} days"'),
        "aspiration_never_evaluated.title uses {days}",
    ),
    "malformed template": (
        _edit('title = "No date yet"', 'title = "No date {yet"'),
        "goal_without_deadline.title: malformed template",
    ),
    "format spec": (
        _edit("is {days} day(s) past", "is {days:d} day(s) past"),
        "placeholder {days} must be a plain {name}",
    ),
    "missing nudge": (
        _cut('[[nudges]]\nid = "goal_stale"'),
        "nudges: missing nudge(s) goal_stale",
    ),
    "unknown nudge": (
        _edit('id = "goal_stale"', 'id = "goal_forgotten"'),
        "nudges: unknown nudge 'goal_forgotten'",
    ),
    "duplicate id": (
        _edit('id = "goal_stale"', 'id = "goal_overdue"'),
        "nudges: duplicate id 'goal_overdue'",
    ),
    "missing id": (
        _edit('id = "goal_stale"\n', ""),
        "nudges[3].id: Field required",
    ),
    "blank message": (
        _edit(
            'message = "“{goal}” has no deadline. Without one it is easy to put off, '
            'so pick a date you can keep."',
            'message = "  "',
        ),
        "nudges[goal_without_deadline].message: String should have at least 1 character",
    ),
    "two-line title": (
        _edit('title = "No date yet"', 'title = "No date\\nyet"'),
        "nudges[goal_without_deadline].title: must fit on one line",
    ),
    "title not a string": (
        _edit('title = "No date yet"', "title = 3"),
        "nudges[goal_without_deadline].title: Input should be a valid string",
    ),
    "extra key": (
        _edit('title = "No date yet"', 'title = "No date yet"\ncolour = "red"'),
        "nudges[goal_without_deadline].colour: Extra inputs are not permitted",
    ),
    "no nudges at all": (lambda text: "", "nudges: Field required"),
    "toml syntax error": (
        _edit('title = "No date yet"', 'title = "No date yet'),
        "TOML syntax error",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_nudges_file_raises_content_error_as_the_full_loader_does(
    tmp_path: Path, case: str
) -> None:
    breaking, expected = BROKEN[case]
    folder = tmp_path / "data"
    shutil.copytree(SOURCE_DATA, folder)
    load_nudge_texts_from(folder)  # intact before the edit
    path = folder / "nudges.toml"
    path.write_text(breaking(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_nudge_texts_from(folder)
    message = str(caught.value)
    assert isinstance(caught.value, CoachError)
    assert message.startswith("content file nudges.toml: ")
    assert expected in message
    assert "\n" not in message
    with pytest.raises(ContentError) as full:
        load_content_from(folder)
    assert str(full.value) == message  # the same words as the pydantic loader's


def test_a_missing_nudges_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"^content file nudges\.toml: not found in "):
        load_nudge_texts_from(tmp_path)

"""The interview questions and the words of the drafts load, and broken files say why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach.content.checks import placeholders
from coach.content.files import ContentError
from coach.content.interview import (
    PHRASE_PLACEHOLDERS,
    QUESTION_SECTIONS,
    load_interview,
    load_interview_from,
)

SOURCE = Path(__file__).resolve().parents[2] / "data"


def test_the_questions_and_phrases_load() -> None:
    content = load_interview()
    assert load_interview() is content
    assert tuple(q.id for q in content.questions) == tuple(QUESTION_SECTIONS)
    five = content.question("five-years")
    assert five.text == "Where do you see yourself in five years?"
    assert five.aim == (60, 90)
    assert [s.id for s in five.sections] == ["destination", "path", "evidence", "role"]
    assert set(content.phrases) == set(PHRASE_PLACEHOLDERS)
    for phrase_id, template in content.phrases.items():
        assert placeholders(template) == PHRASE_PLACEHOLDERS[phrase_id]
    assert content.past["lead"] == "led"
    with pytest.raises(KeyError, match="known: five-years"):
        content.question("salary")


def _broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(SOURCE, folder)
    path = folder / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return folder


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            "drafting.toml",
            'fy_destination = "{aspiration}: that',
            'fy_destination = "{aim}: that',
            "fy_destination must use exactly these placeholders: {aspiration}",
        ),
        (
            "drafting.toml",
            "fy_journal = ",
            "fy_diary = ",
            "unknown phrase(s) fy_diary",
        ),
        ("drafting.toml", 'lead = "led"', 'lead = "Led!"', "past.lead"),
        ("interview.toml", 'id = "setback"', 'id = "salary"', "unknown question(s) salary"),
        (
            "interview.toml",
            'id = "evidence"',
            'id = "proof"',
            "five-years needs the sections destination, path, evidence, role in this order",
        ),
        ("interview.toml", "aim = [60, 90]", "aim = [90, 60]", "shortest first"),
        (
            "interview.toml",
            'title = "Destination"',
            'title = "{aspiration}"',
            "takes no {placeholders}",
        ),
    ],
)
def test_broken_content_says_what_is_wrong(
    tmp_path: Path, name: str, old: str, new: str, message: str
) -> None:
    folder = _broken(tmp_path, name, old, new)
    with pytest.raises(ContentError) as caught:
        load_interview_from(folder)
    assert name in str(caught.value) and message in str(caught.value)

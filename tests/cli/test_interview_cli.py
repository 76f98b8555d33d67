"""`coach interview` sub-commands and the resume exports, over a persona's store."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
import pytest
from docx import Document

from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import TEST_NOW, Clock
from tests.personas import PERSONAS, build
from tests.programs import Run


@pytest.fixture
def lawyer(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("COACH_NOW", TEST_NOW.isoformat())
    clock = Clock(TEST_NOW)
    return build(CoachService(Repository.open(db_path), clock=clock), clock, "lawyer")


ROLE = "Senior associate at Harlow & Price"


def test_draft_prints_the_answer_with_its_timing(run: Run, lawyer: dict[str, str]) -> None:
    result = run("interview", "draft", "--question", "five-years", "--role", ROLE)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(
        "Where do you see yourself in five years?\n\nPartner at an employment law firm:"
    )
    assert "the senior associate role at Harlow & Price" in out
    assert "seconds to say (aim: 60 to 90)" in out
    assert "!" not in out.split("(aim: 60 to 90)")[1]  # no warning with the role given
    plain = run("interview", "draft").stdout
    assert "! No target role yet" in plain


def test_draft_json_for_scripts(run: Run, lawyer: dict[str, str]) -> None:
    result = run(
        "interview", "draft", "-q", "five-years", "-r", "Senior associate", "-c", "Harlow", "--json"
    )
    doc = orjson.loads(result.stdout)
    assert doc["question"] == {
        "id": "five-years",
        "text": "Where do you see yourself in five years?",
    }
    assert (doc["role"], doc["company"]) == ("Senior associate", "Harlow")
    assert [s["id"] for s in doc["sections"]] == ["destination", "path", "evidence", "role"]
    assert doc["text"] == "\n\n".join(s["text"] for s in doc["sections"])
    assert doc["words"] == len(doc["text"].split())
    assert 60 <= doc["seconds"] <= 90 and doc["aim_seconds"] == [60, 90]
    assert doc["aspiration_id"] == lawyer["Partner at an employment law firm"]
    assert lawyer["Bring in 3 new clients of my own by June 2027"] in doc["goal_ids"]
    assert doc["warnings"] == []


def test_every_question_drafts(run: Run, lawyer: dict[str, str]) -> None:
    listed = orjson.loads(run("interview", "questions", "--json").stdout)
    assert len(listed) >= 5 and listed[0]["id"] == "five-years"
    for question in listed:
        result = run("interview", "draft", "-q", question["id"], "--json")
        assert result.exit_code == 0 and orjson.loads(result.stdout)["text"]
    assert run("interview", "draft", "-q", "salary").exit_code == 2


def test_save_and_list_versions(run: Run, lawyer: dict[str, str]) -> None:
    saved = run("interview", "save", "-q", "why-role", "-r", ROLE, input="My own words.\n")
    assert saved.exit_code == 0, saved.output
    listed = orjson.loads(run("interview", "versions", "--json").stdout)
    assert [(v["question_id"], v["text"], v["role"], v["company"]) for v in listed] == [
        ("why-role", "My own words.", "Senior associate", "Harlow & Price")
    ]
    assert listed[0]["created"].startswith(TEST_NOW.date().isoformat())
    line = run("interview", "versions").stdout
    assert "why-role" in line and "for Senior associate at Harlow & Price: My own words." in line


def test_stories_list(run: Run, lawyer: dict[str, str]) -> None:
    stories = orjson.loads(run("interview", "stories", "--json").stdout)
    assert stories[0]["goal"] == "Win 10 wrongful dismissal cases at trial"
    assert stories[0]["result"].startswith("I won 12 wrongful dismissal cases at trial")
    assert "Preparation changed" in stories[0]["lesson"]


def test_interview_alone_needs_a_terminal(run: Run, lawyer: dict[str, str]) -> None:
    result = run("interview")
    assert result.exit_code == 1 and "needs a terminal" in result.output


# -- the exports ---------------------------------------------------------------------------

PRIVATE = PERSONAS["lawyer"].private
LESSON = "Preparation changed how the other side negotiated."


def test_docx_opens_and_carries_the_resume_lines(
    run: Run, lawyer: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "resume.docx"
    result = run("export", "-f", "docx", "-o", str(out), "--role", ROLE)
    assert result.exit_code == 0, result.output
    document = Document(str(out))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    bullets = [text for style, text in paragraphs if style == "List Bullet"]
    assert (
        bullets[0]
        == "Won 12 wrongful dismissal cases at trial in October 2026, against a target of 10"
    )
    assert "Passed the bar exam in December 2025" in bullets
    texts = "\n".join(text for _, text in paragraphs)
    assert "Career objective" in texts and "Cover-letter paragraph" in texts
    assert "the senior associate role at Harlow & Price" in texts
    assert PRIVATE not in texts and LESSON not in texts  # no journal text unless asked
    asked = tmp_path / "asked.docx"
    run("export", "-f", "docx", "-o", str(asked), "--with-journal")
    assert LESSON in "\n".join(p.text for p in Document(str(asked)).paragraphs)


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_no_journal_text_leaves_unless_asked(run: Run, lawyer: dict[str, str], fmt: str) -> None:
    plain = run("export", "-f", fmt, "--role", ROLE).stdout
    assert "Won 12 wrongful dismissal cases at trial" in plain
    assert PRIVATE not in plain and LESSON not in plain
    asked = run("export", "-f", fmt, "--with-journal").stdout
    assert LESSON in asked
    if fmt == "md":
        assert PRIVATE in asked and "## Recent reflections" in asked


def test_docx_goes_to_a_file_or_a_pipe(run: Run, lawyer: dict[str, str]) -> None:
    piped = run("export", "-f", "docx")
    assert piped.exit_code == 0
    assert Document(io.BytesIO(piped.stdout_bytes)).paragraphs[0].text == (
        "For your resume and cover letter"
    )

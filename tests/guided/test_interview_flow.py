"""The interview practice session driven through prompt_toolkit pipe input."""

from __future__ import annotations

from pathlib import Path

from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from coach.models import AnswerVersion, Story
from coach.service import CoachService
from coach.store.repository import Repository
from guided.interview import INTERRUPTED, Practice
from tests.clock import TEST_NOW, Clock
from tests.personas import build

ENTER = "\r"
DOWN = "\x1b[B"
CTRL_C = "\x03"
FINISH = "\x1b\r"  # Esc then Enter ends a multi-line answer


class Stopwatch:
    """Each reading 75 seconds after the last: a practice run takes 75 seconds."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 75
        return self.now


def drive(service: CoachService, keys: str) -> tuple[int, Practice]:
    practice = Practice(service, clock=Stopwatch())
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text(keys)
        try:
            practice.run()
            status = 0
        except (KeyboardInterrupt, EOFError):
            status = INTERRUPTED
    return status, practice


def _teacher(tmp_path: Path) -> CoachService:
    clock = Clock(TEST_NOW)
    service = CoachService(Repository.open(tmp_path / "coach.json"), clock=clock)
    build(service, clock, "teacher")
    return service


def test_draft_edit_practise_keep(tmp_path: Path) -> None:
    service = _teacher(tmp_path)
    keys = (
        "Head of science at Oakfield Academy"
        + ENTER
        + ENTER  # the five-year question
        + ENTER  # practise: start
        + ENTER
        + ENTER  # start, stop
        + DOWN
        + ENTER
        + " I will also mentor one trainee by June 2027."
        + FINISH  # edit
        + DOWN
        + DOWN
        + ENTER  # keep
        + DOWN * 4
        + ENTER  # back to the questions
        + DOWN * 7
        + ENTER  # done for today
    )
    status, practice = drive(service, keys)
    assert status == 0 and practice.kept == 1
    (version,) = service.records(AnswerVersion)
    assert version.question_id == "five-years"
    assert (version.role, version.company) == ("Head of science", "Oakfield Academy")
    assert version.text.startswith("Head of science at a secondary school:")
    assert version.text.endswith("I will also mentor one trainee by June 2027.")


def test_edit_a_story_in_own_words(tmp_path: Path) -> None:
    service = _teacher(tmp_path)
    keys = (
        ENTER  # no role
        + DOWN * 6
        + ENTER  # achievement stories
        + ENTER  # the first story
        + "y"
        + FINISH
        + FINISH
        + " Weekly quizzes, every Friday."
        + FINISH
        + FINISH
        + FINISH
        + DOWN * 7
        + ENTER
    )
    status, _ = drive(service, keys)
    assert status == 0
    (story,) = service.records(Story)
    assert story.action.endswith("Weekly quizzes, every Friday.")
    assert story.result.startswith("I raised the pass rate in year 11 chemistry from 62% to 78%")


def test_ctrl_c_stops_and_keeps_what_was_kept(tmp_path: Path) -> None:
    service = _teacher(tmp_path)
    status, practice = drive(service, ENTER + ENTER + CTRL_C)
    assert status == INTERRUPTED and practice.kept == 0
    assert service.records(AnswerVersion) == []

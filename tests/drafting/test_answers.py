"""The other interview answers, the achievement stories and the application pieces,
drafted for the personas of tests/personas.py and for stores with little in them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from coach.content.interview import QUESTION_SECTIONS
from coach.drafting import Target
from coach.models import Column, Goal, Measurable
from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import TEST_NOW, Clock
from tests.personas import PERSONAS, build


def _store(tmp_path: Path, name: str) -> tuple[CoachService, dict[str, str]]:
    clock = Clock(TEST_NOW)
    service = CoachService(Repository.open(tmp_path / "coach.json"), clock=clock)
    return service, build(service, clock, name)


@pytest.mark.parametrize("name", list(PERSONAS))
@pytest.mark.parametrize("question", list(QUESTION_SECTIONS))
def test_every_question_is_drafted_in_its_structure(
    tmp_path: Path, name: str, question: str
) -> None:
    service, _ = _store(tmp_path, name)
    persona = PERSONAS[name]
    draft = service.interview.draft(question, Target.of(persona.role))
    assert tuple(s.id for s in draft.sections) == QUESTION_SECTIONS[question]
    assert draft.sections[0].text, draft.text
    obstacles = any(s.obstacle for s in persona.steps)
    if question != "setback" or obstacles:
        assert "[" not in draft.text  # a full plan leaves no blank to fill
    else:  # nothing got in the way in the plan: the person says what did
        assert draft.text == "[Name an obstacle you met on the way to a goal.]"
    assert persona.private not in draft.text
    assert draft.seconds <= draft.question.aim[1]
    # no warning but "a little short": the person adds what only they know
    assert {w.id for w in draft.warnings} <= {"short"}
    for aim in persona.aims:
        if aim.retired:
            assert aim.title not in draft.text


# Per persona: what its achievement story and its setback say.
STORY = {
    "nurse": ("ran short sessions at shift handover", "I trained 42"),
    "software": ("replay harness", "I cut p95 latency on the checkout API from 450ms to 110ms"),
    "electrician": ("commercial jobs with another crew", "I completed 2150"),
    "lawyer": ("as if it would go to trial", "I won 12"),
}


@pytest.mark.parametrize("name", list(STORY))
def test_the_goal_reached_is_a_story_with_its_number(tmp_path: Path, name: str) -> None:
    service, _ = _store(tmp_path, name)
    action, result = STORY[name]
    story = {s.id: s.text for s in service.interview.draft("goal-reached").sections}
    assert action in story["action"]
    assert story["result"].startswith(result)
    setback = service.interview.draft("setback").text
    assert action in setback and result in setback


def test_stories_come_from_done_goals_with_lessons_and_numbers_first(tmp_path: Path) -> None:
    service, _ = _store(tmp_path, "nurse")
    stories = service.interview.stories()
    assert [s.goal for s in stories] == [
        "Train 40 new graduate nurses on my ward by June 2026",
        "Earn the CCRN certification",
    ]
    first = stories[0]
    assert first.counted and not first.saved
    assert first.lesson == "Teaching others showed me I learn fastest when I have to explain."
    assert first.result == (
        "I trained 42 new graduate nurses on my ward in June 2026, against a target of 40."
    )
    assert "November 2025" in first.situation and "community health clinic" in first.situation
    assert first.task == "The task was clear: train 40 new graduate nurses on my ward by June 2026."


def test_a_saved_story_is_used_word_for_word(tmp_path: Path) -> None:
    service, ids = _store(tmp_path, "nurse")
    goal_id = ids["Train 40 new graduate nurses on my ward by June 2026"]
    service.interview.save_story(goal_id, result="I trained 42 new nurses, two weeks early.")
    (story,) = [s for s in service.interview.stories() if s.goal_id == goal_id]
    assert story.saved and story.result == "I trained 42 new nurses, two weeks early."
    assert story.task.startswith("The task was clear")  # the other parts kept as drafted
    assert "I trained 42 new nurses, two weeks early." in service.interview.draft("five-years").text
    lines = service.interview.application().resume_lines
    assert "Trained 42 new nurses, two weeks early" in lines
    assert service.interview.reset_story(goal_id)
    assert not service.interview.story(goal_id).saved


@pytest.mark.parametrize("name", list(PERSONAS))
def test_resume_lines_open_with_a_verb_and_carry_the_number(tmp_path: Path, name: str) -> None:
    service, _ = _store(tmp_path, name)
    persona = PERSONAS[name]
    app = service.interview.application(Target.of(persona.role))
    counted = [s for s in persona.steps if s.column == "done" and s.current is not None]
    assert len(app.resume_lines) == len([s for s in persona.steps if s.column == "done"])
    first = app.resume_lines[0]
    assert first[0].isupper() and not first.startswith("I ") and not first.endswith(".")
    assert any(f"{s.current:g}" in first for s in counted), first
    role, _, company = persona.role.partition(" at ")
    assert role.lower() in app.objective and company in app.objective
    assert role.lower() in app.letter and company in app.letter
    assert app.objective.count(".") <= 2  # one line
    for step in persona.steps:
        if step.lesson:
            assert step.lesson not in app.letter and step.lesson not in " ".join(app.resume_lines)


def test_an_empty_store_gets_blanks_to_fill(service: CoachService) -> None:
    draft = service.interview.draft("five-years")
    assert draft.text.startswith("[Name where you want your career to go")
    assert service.interview.application().resume_lines == ()
    assert service.interview.stories() == []


def test_goals_let_go_are_never_named(service: CoachService, clock: Clock) -> None:
    """Dropped in a column of that name, or marked retired by a newer coach."""
    clock.now = TEST_NOW - timedelta(days=100)
    aim = service.aspirations.add("Head of nursing at a teaching hospital")
    for statement, day in (
        ("Pass the NCLEX-RN exam", date(2027, 5, 1)),
        ("Lead 3 ward audits", date(2027, 9, 1)),
    ):
        service.goals.add(statement, aspiration_id=aim.id, deadline=day)
    dropped_column = service.board.add("Dropped")
    dropped = service.goals.add(
        "Shadow the chief nursing officer", aspiration_id=aim.id, deadline=date(2027, 2, 1)
    )
    service.goals.move(dropped.id, dropped_column.id)
    marked = service.goals.add(
        "Write a ward handbook", aspiration_id=aim.id, deadline=date(2027, 3, 1)
    )
    repo = service.repo
    with repo.transaction():
        repo.put(Goal.from_doc({**marked.to_doc(), "status": "retired"}))
    done = service.goals.add(
        "Cut falls on the ward by 30%",
        aspiration_id=aim.id,
        deadline=date(2026, 10, 1),
        measurable=Measurable(metric="fewer falls", target=30, unit="%", current=34),
    )
    service.goals.move(done.id, "done")
    clock.now = TEST_NOW
    text = service.interview.draft("five-years", Target.of("Ward manager")).text
    assert "chief nursing officer" not in text and "handbook" not in text
    assert "NCLEX-RN" in text and "3 ward audits" in text
    assert "by 34%" in text
    assert all(isinstance(c, Column) for c in service.board.columns())

"""The five-year answer drafted for people in six fields of work (tests/personas.py).

What every draft must hold: the aspiration by name, at least two concrete steps with
their dates, one done result with its number, 60 to 90 seconds of speech at 140 words a
minute; never a retired goal, never a private journal entry, no warning but the missing
role when no role is given.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.content.interview import load_interview
from coach.drafting import Draft, Target
from coach.drafting.wording import when_by
from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import TEST_NOW, Clock
from tests.personas import PERSONAS, build

# Per persona: a sentence the draft says in the person's own terms, with the number of
# a done goal; and words only its retired aspiration's goal holds.
EXPECTED = {
    "nurse": (
        "I trained 42 new graduate nurses on my ward in June 2026",
        ("MBA", "administration"),
    ),
    "software": ("from 450ms to 110ms", ("seed round", "startup")),
    "electrician": ("I completed 2150 supervised field hours", ("rooftop", "solar")),
    "lawyer": ("I won 12 wrongful dismissal cases at trial", ("clerkship", "judge")),
    "academic": ("I published 5 peer-reviewed papers as first author", ("magazines", "journalism")),
    "teacher": ("from 62% to 78%", ()),
}
DATED = re.compile(
    r"by (?:the end of \d{4}|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December) \d{4})"
)


def _store(tmp_path: Path, name: str) -> tuple[CoachService, dict[str, str]]:
    clock = Clock(TEST_NOW)
    service = CoachService(Repository.open(tmp_path / "coach.json"), clock=clock)
    return service, build(service, clock, name)


CASES = [(name, role) for name in PERSONAS for role in ("", PERSONAS[name].role)]


@pytest.mark.parametrize(("name", "role"), CASES)
def test_the_five_year_draft_holds_what_an_answer_needs(
    tmp_path: Path, name: str, role: str
) -> None:
    service, ids = _store(tmp_path, name)
    persona = PERSONAS[name]
    draft: Draft = service.interview.draft("five-years", Target.of(role))
    text = draft.text

    active = [aim.title for aim in persona.aims if not aim.retired]
    assert any(text.startswith(title) for title in active), text  # names the aspiration

    words = load_interview()
    today = TEST_NOW.date()
    steps = [s for s in persona.steps if s.column != "done" and ids[s.statement] in draft.goal_ids]
    assert len(steps) >= 2, text
    for step in steps:
        assert step.deadline >= today
        assert when_by(step.deadline, words) in text  # each with its date
    assert len(DATED.findall(text)) >= 2

    said, retired_words = EXPECTED[name]
    assert said in text  # a done result, with its number
    done = [s for s in persona.steps if s.column == "done" and s.current is not None]
    assert any(f"{s.current:g}" in text and ids[s.statement] in draft.goal_ids for s in done)

    count = len(text.split())
    assert 140 <= count <= 210, (count, text)  # 60 to 90 seconds at 140 words a minute
    assert 60 <= draft.seconds <= 90

    for word in retired_words:
        assert word.lower() not in text.lower()
    retired = {
        ids[s.statement] for s in persona.steps if s.aim is not None and persona.aims[s.aim].retired
    }
    assert not retired & set(draft.goal_ids)
    assert persona.private not in text

    expected = set() if role else {"role_missing"}
    assert {w.id for w in draft.warnings} == expected, draft.warnings


@pytest.mark.parametrize("name", list(PERSONAS))
def test_the_draft_is_in_four_parts_in_order(tmp_path: Path, name: str) -> None:
    service, _ = _store(tmp_path, name)
    draft = service.interview.draft("five-years", Target.of(PERSONAS[name].role))
    assert [s.id for s in draft.sections] == ["destination", "path", "evidence", "role"]
    assert all(s.text for s in draft.sections)
    assert draft.text == "\n\n".join(s.text for s in draft.sections)
    link = draft.sections[-1].text
    role, _, company = PERSONAS[name].role.partition(" at ")
    assert role.lower() in link and company in link


def test_the_same_plan_gives_the_same_words(tmp_path: Path) -> None:
    first, _ = _store(tmp_path / "a", "lawyer")
    second, _ = _store(tmp_path / "b", "lawyer")
    role = Target.of("Senior associate at Harlow & Price")
    assert (
        first.interview.draft("five-years", role).text
        == second.interview.draft("five-years", role).text
    )


def test_the_role_picks_the_aspiration_it_fits(tmp_path: Path) -> None:
    service, _ = _store(tmp_path, "electrician")
    plain = service.interview.draft("five-years").text
    assert plain.startswith("Run my own electrical contracting business:")
    master = service.interview.draft("five-years", Target.of("Master electrician trainee")).text
    assert master.startswith("Become a master electrician:")
    # the other aim is still named, as a second aim
    assert "Run my own electrical contracting business" in master


def test_an_aspiration_named_by_what_you_will_do_is_said_as_doing(tmp_path: Path) -> None:
    service, _ = _store(tmp_path, "electrician")
    plain = service.interview.draft("five-years").text
    # "Run my own ... business: that is where I see myself" read as a place; it is work
    assert plain.startswith(
        "Run my own electrical contracting business: that is what I see myself doing in five years."
    )
    master = service.interview.draft("five-years", Target.of("Master electrician trainee")).text
    assert master.startswith("Become a master electrician: that is where I see myself")

"""The shipped content loads and is complete; broken content fails with a clear ContentError."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import coach.content.files as content_files
from coach.coaching.fields import FIELD_IDS, field_of
from coach.coaching.smart import assess
from coach.content.checks import NUDGE_PLACEHOLDERS, placeholders
from coach.content.files import ContentError, content_dir
from coach.content.loader import load_content, load_content_from
from coach.content.models import CHECKLIST_IDS, SMART_STEP_IDS, THEME_IDS, Content
from coach.errors import CoachError

SOURCE_DATA = Path(__file__).resolve().parents[2] / "data"
SAMPLE_VALUES = {
    "aspiration": "Lead a design studio",
    "goal": "Finish the portfolio",
    "days": 42,
    "kind": "weekly",
}


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


# The shipped content


def test_shipped_content_loads_once(content: Content) -> None:
    assert isinstance(content, Content)
    assert load_content() is content
    assert load_content_from(SOURCE_DATA) == content


def test_content_dir_is_the_source_data_folder_in_a_checkout() -> None:
    assert Path(str(content_dir())) == SOURCE_DATA
    assert (SOURCE_DATA / "prompts.toml").is_file()


def test_content_dir_prefers_the_packaged_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packaged = tmp_path / "_content"
    shutil.copytree(SOURCE_DATA, packaged)
    monkeypatch.setattr(content_files, "PACKAGED", packaged)
    assert content_dir() == packaged
    assert load_content_from(content_dir()) == load_content()


def test_themes_and_prompts(content: Content) -> None:
    assert tuple(t.id for t in content.themes) == THEME_IDS
    for theme in content.themes:
        assert len(theme.prompts) >= 5
        assert content.theme(theme.id) is theme
    ids = [p.id for p in content.all_prompts()]
    assert len(ids) == len(set(ids))
    assert content.prompt("sk-talents").text.endswith("?")
    assert content.prompt("sk-talents") in content.theme("self-knowledge").prompts
    with pytest.raises(KeyError):
        content.prompt("no-such-prompt")


def test_smart_steps(content: Content) -> None:
    assert tuple(s.id for s in content.smart_steps) == SMART_STEP_IDS
    for step in content.smart_steps:
        assert 3 <= len(step.questions) <= 5
        assert step.summary and step.hint
    assert content.smart_step("time_bound").title == "Time-bound"
    with pytest.raises(KeyError):
        content.smart_step("smart")


def test_checklist(content: Content) -> None:
    assert tuple(q.id for q in content.questions) == CHECKLIST_IDS
    assert len(content.questions) == 8
    assert content.question("excitement").hint
    assert sorted(content.rating_labels) == [1, 2, 3, 4, 5]
    assert content.rating_label(1) == "Not at all"
    assert content.rating_label(5) == "Completely"
    details = " ".join(step.detail for step in content.next_steps)
    assert "coach export --format md" in details
    assert {"update-resume", "cover-letter", "export-plan"} <= {s.id for s in content.next_steps}


METHOD_EXAMPLES = ["advertising", "sales", "legal", "accounting-finance", "marketing"]


def test_examples(content: Content) -> None:
    assert [e.id for e in content.examples][:5] == METHOD_EXAMPLES
    assert all(example.goals for example in content.examples)
    advertising = " ".join(content.example("advertising").goals)
    assert "50 pitches" in advertising
    assert "within two years" in advertising


def test_events(content: Content) -> None:
    assert {"goal_done", "goal_overdue"} <= {e.id for e in content.events}
    assert content.event("goal_done").prompt.endswith("?")
    assert content.event("goal_overdue").hint
    with pytest.raises(KeyError):
        content.event("goal_started")


def test_nudges_cover_every_known_id(content: Content) -> None:
    assert sorted(n.id for n in content.nudges) == sorted(NUDGE_PLACEHOLDERS)


@pytest.mark.parametrize("nudge_id", sorted(NUDGE_PLACEHOLDERS))
def test_every_nudge_formats_with_its_placeholders(content: Content, nudge_id: str) -> None:
    nudge = content.nudge(nudge_id)
    values = {name: SAMPLE_VALUES[name] for name in nudge.placeholders}
    text = nudge.title_for(**values) + " " + nudge.message_for(**values)
    for value in values.values():
        assert str(value) in text  # every allowed placeholder is used
    assert "{" not in text and "}" not in text


def test_a_nudge_without_its_values_raises_key_error(content: Content) -> None:
    with pytest.raises(KeyError):
        content.nudge("goal_overdue").message_for(goal="x")


def test_placeholders() -> None:
    assert placeholders("{goal} is {days} days late, {{literally}}") == {"goal", "days"}
    for bad in ("{}", "{0}", "{goal.title}", "{goal[0]}", "{days:d}", "{goal!r}", "{goal", "}"):
        with pytest.raises(ValueError):
            placeholders(bad)


def test_content_imports_no_front_end() -> None:
    code = (
        "import sys, coach.content.loader; "
        "bad = [m for m in ('textual', 'questionary', 'prompt_toolkit') if m in sys.modules]; "
        "sys.exit(str(bad) if bad else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=SOURCE_DATA.parent)


# Broken content


def _edit(name: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}: update the test"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


def _cut(name: str, start: str, end: str) -> Callable[[Path], None]:
    """Remove the text from ``start`` up to (not including) the next ``end``."""

    def apply(folder: Path) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert start in text, f"{start!r} not in {name}: update the test"
        begin = text.index(start)
        path.write_text(text[:begin] + text[text.index(end, begin + 1) :], encoding="utf-8")

    return apply


def _remove(name: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).unlink()


BROKEN = {
    "toml syntax error": (
        "smart.toml",
        _edit("smart.toml", 'title = "Measurable"', 'title = "Measurable'),
        "TOML syntax error: Illegal character '\\n' (at line ",
    ),
    "missing required field": (
        "prompts.toml",
        _edit("prompts.toml", 'text = "Which parts of your work', 'txt = "Which parts'),
        "themes[self-knowledge].prompts[sk-enjoy].text: Field required",
    ),
    "duplicate id": (
        "examples.toml",
        _edit("examples.toml", 'id = "sales"', 'id = "legal"'),
        "'legal'",
    ),
    "duplicate prompt id across themes": (
        "prompts.toml",
        _edit("prompts.toml", 'id = "pr-most"', 'id = "sk-enjoy"'),
        "duplicate id 'sk-enjoy'",
    ),
    "seven-question checklist": (
        "checklist.toml",
        _cut("checklist.toml", '[[questions]]\nid = "excitement"', "[rating]"),
        "needs exactly the 8 questions",
    ),
    "checklist out of order": (
        "checklist.toml",
        _edit("checklist.toml", 'id = "independence"', 'id = "self-reliance"'),
        "found self-reliance",
    ),
    "unknown placeholder": (
        "nudges.toml",
        _edit("nudges.toml", "“{goal}” has no deadline", "“{goal_title}” has no deadline"),
        "{goal_title}",
    ),
    "placeholder of another nudge": (
        "nudges.toml",
        _edit(
            "nudges.toml", "You have not checked “{aspiration}”", "Since {days} days “{aspiration}”"
        ),
        "aspiration_never_evaluated.message uses {days}",
    ),
    "extra key": (
        "events.toml",
        _edit("events.toml", 'title = "Goal done"', 'title = "Goal done"\ncolour = "green"'),
        "events[goal_done].colour: Extra inputs are not permitted",
    ),
    "missing event": (
        "events.toml",
        _cut("events.toml", '[[events]]\nid = "goal_overdue"', "[[events]]"),
        "missing event(s) goal_overdue",
    ),
    "missing nudge": (
        "nudges.toml",
        _cut("nudges.toml", '[[nudges]]\nid = "goal_stale"', "[[nudges]]"),
        "missing nudge(s) goal_stale",
    ),
    "unknown nudge": (
        "nudges.toml",
        _edit("nudges.toml", 'id = "goal_stale"', 'id = "goal_forgotten"'),
        "unknown nudge 'goal_forgotten'",
    ),
    "empty text": (
        "smart.toml",
        _edit(
            "smart.toml",
            'hint = "If the timeline only works when everything goes right, give it more room."',
            'hint = "  "',
        ),
        "steps[realistic].hint: String should have at least 1 character",
    ),
    "short theme": (
        "prompts.toml",
        _cut("prompts.toml", '[[themes.prompts]]\nid = "ch-support"', "[[themes]]"),
        "themes[challenges].prompts: Tuple should have at least 5 items",
    ),
    "smart step missing": (
        "smart.toml",
        _edit("smart.toml", 'id = "realistic"', 'id = "relevant"'),
        "specific, measurable, achievable, realistic, time_bound",
    ),
    "rating label missing": (
        "checklist.toml",
        _edit("checklist.toml", '5 = "Completely"', ""),
        "1, 2",
    ),
    "missing file": ("examples.toml", _remove("examples.toml"), "not found"),
    "unknown field": (
        "examples.toml",
        _edit("examples.toml", 'field_id = "nursing"', 'field_id = "nurses"'),
        "examples[nursing].field_id: unknown field 'nurses'",
    ),
    "example without a field id": (
        "examples.toml",
        _edit("examples.toml", 'field_id = "trades"\n', ""),
        "examples[trades].field_id: Field required",
    ),
    "the same goal twice": (
        "examples.toml",
        _edit(
            "examples.toml",
            '"Sign my first retainer client within three months."',
            '"Win 50 pitches."',
        ),
        "the same goal is given twice: 'Win 50 pitches.'",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_content_raises_content_error(tmp_path: Path, case: str) -> None:
    name, breaking, expected = BROKEN[case]
    folder = tmp_path / "data"
    shutil.copytree(SOURCE_DATA, folder)
    load_content_from(folder)  # intact before the edit
    breaking(folder)
    with pytest.raises(ContentError) as caught:
        load_content_from(folder)
    message = str(caught.value)
    assert isinstance(caught.value, CoachError)
    assert f"content file {name}" in message
    assert expected in message
    assert "\n" not in message


# Examples by field (issue 19)


def test_examples_cover_ten_fields_beyond_the_method(content: Content) -> None:
    method_fields = {content.example(i).field_id for i in METHOD_EXAMPLES}
    fields = {e.field_id for e in content.examples}
    assert len(fields - method_fields) >= 10
    named = {"nursing", "software", "trades", "teaching", "law", "finance", "academia"}
    named |= {"career-change", "returning", "freelance"}
    assert named <= fields


def test_every_field_the_engine_knows_has_an_example(content: Content) -> None:
    assert set(FIELD_IDS) == {e.field_id for e in content.examples}


def test_new_examples_are_specific_and_measurable(content: Content) -> None:
    # The method's own examples are kept as the method gives them; ours must pass the check.
    for example in content.examples:
        if example.id in METHOD_EXAMPLES:
            continue
        for goal in example.goals:
            result = assess(goal, date(2026, 12, 3))
            assert result.specific.ok and result.measurable.ok, (example.id, goal)


@pytest.mark.parametrize(
    ("field", "first"),
    [
        ("nursing", ["nursing"]),
        ("law", ["legal", "law"]),
        ("finance", ["accounting-finance", "finance"]),
    ],
)
def test_examples_for_a_field_come_first(content: Content, field: str, first: list[str]) -> None:
    ordered = content.examples_for(field)
    assert [e.id for e in ordered[: len(first)]] == first
    assert sorted(e.id for e in ordered) == sorted(e.id for e in content.examples)
    rest = [e.id for e in ordered[len(first) :]]
    assert rest == [e.id for e in content.examples if e.id not in first]


@pytest.mark.parametrize("field", [None, "unknown"])
def test_examples_for_no_field_keep_the_file_order(content: Content, field: str | None) -> None:
    assert content.examples_for(field) == content.examples


def test_an_aspiration_picks_its_fields_examples(content: Content) -> None:
    aspiration = "one day lead the nursing team of an intensive care unit"
    assert content.examples_for(field_of(aspiration))[0].id == "nursing"

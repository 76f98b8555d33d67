"""The light views read stored documents as the models do, and the coaching gives the same advice.

The first screen reads the store through ``coach.coaching.views`` instead of
the pydantic models. For every document the models write, a view must hold the
same values; for every document the models reject for a field the view reads,
the view must be None; and nudges and progress must come out the same.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError

from coach.coaching.nudges import nudges
from coach.coaching.progress import aspiration_progress, goal_progress
from coach.coaching.views import (
    AspirationView,
    ColumnView,
    EvaluationView,
    GoalView,
    MeasurableView,
    default_column_views,
)
from coach.content.loader import load_content
from coach.content.nudge_texts import load_nudge_texts
from coach.models import (
    Answer,
    Aspiration,
    AspirationStatus,
    Column,
    Evaluation,
    Goal,
    Measurable,
    default_columns,
)
from coach.models.base import Title
from coach.record_rules import ASPIRATION_STATUSES
from coach.service import CoachService
from coach.store.repository import Repository
from coach.text import stripped
from tests.conftest import Clock

VIEW_OF: dict[type[BaseModel], Any] = {
    Aspiration: AspirationView,
    Goal: GoalView,
    Evaluation: EvaluationView,
    Column: ColumnView,
    Measurable: MeasurableView,
}
PADDING = ("", " ", "  \t", "\u3000", "\xa0", "\n", "\x1c")


def _model_or_none(kind: type[BaseModel], doc: object) -> Any:
    try:
        return kind.from_doc(doc)  # type: ignore[attr-defined]
    except ValidationError:
        return None


def assert_same(view: Any, model: Any) -> None:
    """Every field of the view equals the model's field of the same name."""
    assert view is not None and model is not None
    for name in view._fields:
        ours, theirs = getattr(view, name), getattr(model, name)
        if isinstance(ours, MeasurableView):
            assert (ours.target, ours.current) == (theirs.target, theirs.current)
            assert ours.fraction == theirs.fraction
        else:
            assert ours == theirs, name
            assert type(ours) is type(theirs) or isinstance(ours, datetime), name


def check(kind: type[BaseModel], doc: object) -> None:
    """The view of ``doc`` is None exactly when the model rejects it, and equal otherwise."""
    model = _model_or_none(kind, doc)
    view = VIEW_OF[kind].from_doc(doc)
    assert (view is None) == (model is None), (doc, view, model)
    if view is not None:
        assert_same(view, model)


# The rules the views share with the models


def test_statuses_are_the_models() -> None:
    assert get_args(AspirationStatus) == ASPIRATION_STATUSES
    assert Aspiration.model_fields["status"].default == ASPIRATION_STATUSES[0]


def test_stripped_is_pydantics_strip() -> None:
    # White space is drawn from the separators and controls; test those and a few lookalikes.
    candidates = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in ("Zs", "Zl", "Zp", "Cc")
    ] + ["\u180e", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
    padded = [f"{c}x{c}" for c in candidates]
    assert [stripped(s) for s in padded] == TypeAdapter(list[Title]).validate_python(padded)


def test_default_column_views() -> None:
    views = default_column_views()
    assert [(c.id, c.order, c.done) for c in views] == [
        (c.id, c.order, c.done) for c in default_columns()
    ]


# Documents the models write

ids = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=64)
titles = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80).filter(
    lambda s: stripped(s) != ""
)
aware = st.datetimes(
    min_value=datetime(1900, 1, 1),
    max_value=datetime(2200, 1, 1),
    timezones=st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(
        lambda m: timezone(timedelta(minutes=m))
    ),
)
numbers = (
    st.none() | st.integers(-(10**6), 10**6) | st.floats(allow_nan=False, allow_infinity=False)
)
horizons = st.none() | st.integers(1000, 9999).map(str) | st.dates().map(date.isoformat)

aspirations = st.builds(
    Aspiration,
    id=ids,
    title=titles,
    status=st.sampled_from(ASPIRATION_STATUSES),
    horizon=horizons,
    created=aware,
    updated=aware,
)
goals = st.builds(
    Goal,
    id=ids,
    statement=titles,
    aspiration_id=st.none() | ids,
    column=ids,
    deadline=st.none() | st.dates(),
    created=aware,
    updated=aware,
    measurable=st.builds(Measurable, target=numbers | st.just(0), current=numbers),
)
evaluations = st.builds(
    Evaluation,
    id=ids,
    aspiration_id=ids,
    created=aware,
    answers=st.just((Answer(question_id="honesty", rating=4),)),
)
columns = st.builds(Column, id=ids, name=titles, order=st.integers(), done=st.booleans())
# Keys a model fills in with its default when they are missing.
OPTIONAL = {
    Aspiration: ("status", "horizon"),
    Goal: ("aspiration_id", "deadline", "measurable"),
    Evaluation: (),
    Column: ("done",),
}
TITLE = {Aspiration: "title", Goal: "statement", Column: "name"}


@settings(max_examples=150, deadline=None)
@given(
    record=st.one_of(aspirations, goals, evaluations, columns),
    pad=st.tuples(st.sampled_from(PADDING), st.sampled_from(PADDING)),
    drop=st.sets(st.sampled_from(("status", "horizon", "aspiration_id", "deadline", "done"))),
)
def test_a_view_of_a_stored_record_equals_the_model(
    record: BaseModel, pad: tuple[str, str], drop: set[str]
) -> None:
    kind = type(record)
    doc = record.to_doc()  # type: ignore[attr-defined]
    if kind in TITLE:  # as a hand edit might leave it
        doc[TITLE[kind]] = pad[0] + doc[TITLE[kind]] + pad[1]
    for key in drop & set(OPTIONAL[kind]):
        del doc[key]
    check(kind, doc)


NOW = datetime(2026, 11, 21, 9, tzinfo=timezone(timedelta(hours=1)))
STAMP = NOW.isoformat()


def _varied_docs() -> list[tuple[type[BaseModel], dict[str, Any]]]:
    """A handful of records written through the models, each stored as its document."""
    records: list[BaseModel] = [
        Aspiration(id="a-1", title="  Lead a design studio  ", created=NOW, updated=NOW),
        Aspiration(
            id="a-2",
            title="\u3000Diriger un atelier à Zürich — 設計\xa0",
            status="retired",
            horizon="2030-06-30",
            created=NOW,
            updated=NOW,
        ),
        Aspiration(id="a-3", title="🚀", horizon="2031", created=NOW, updated=NOW),
        Goal(id="g-1", statement=" Ship it ", column="doing", created=NOW, updated=NOW),
        Goal(
            id="g-2",
            statement="Win 50 pitches",
            aspiration_id="a-1",
            column="backlog",
            deadline=date(2027, 6, 30),
            created=NOW,
            updated=NOW - timedelta(days=45),
            measurable=Measurable(metric="pitches", target=50, current=12),
        ),
        Goal(
            id="g-3",
            statement="Zero target",
            column="next",
            created=NOW,
            updated=NOW,
            measurable=Measurable(target=0, current=3),
        ),
        Goal(
            id="g-4",
            statement="Half counted",
            column="next",
            created=NOW,
            updated=NOW.astimezone(UTC),
            measurable=Measurable(target=2.5),
        ),
        Evaluation(
            id="e-1",
            aspiration_id="a-1",
            created=NOW,
            answers=(Answer(question_id="honesty", rating=3),),
        ),
        Column(id="doing", name="Doing", order=2),
        Column(id="shipped", name="Shipped", order=-1, done=True),
    ]
    return [(type(r), r.to_doc()) for r in records]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("kind", "doc"), _varied_docs(), ids=lambda v: getattr(v, "__name__", ""))
def test_varied_documents(kind: type[BaseModel], doc: dict[str, Any]) -> None:
    check(kind, doc)


def test_missing_optional_fields_take_the_models_defaults() -> None:
    aspiration = AspirationView.from_doc({"id": "a", "title": "T", "created": STAMP})
    goal = GoalView.from_doc({"id": "g", "statement": "S", "column": "c", "updated": STAMP})
    column = ColumnView.from_doc({"id": "c", "order": 0})
    assert aspiration == AspirationView("a", "T", NOW, "active", None)
    assert goal == GoalView("g", "S", "c", NOW, None, None, MeasurableView(None, None))
    assert goal.measurable.fraction is None
    assert column == ColumnView("c", 0, False)


# Documents the models reject

GOOD: dict[type[BaseModel], dict[str, Any]] = {
    Aspiration: {"id": "a-1", "title": "Lead", "created": STAMP, "updated": STAMP},
    Goal: {"id": "g-1", "statement": "Ship", "column": "doing", "created": STAMP, "updated": STAMP},
    Evaluation: {
        "id": "e-1",
        "aspiration_id": "a-1",
        "created": STAMP,
        "answers": [{"question_id": "honesty", "rating": 4}],
    },
    Column: {"id": "doing", "name": "Doing", "order": 1},
}


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()  # the field left out of the document
BAD_IDS = (MISSING, None, "", "x" * 65, 7, True, ["a"], {"id": "a"})
OK_IDS = ("x" * 64, " a ", "é" * 64)
BAD_TITLES = (MISSING, None, "", "   ", "\t\n", "\u3000", 5, ["Lead"])
OK_TITLES = (" Lead ", "\x1c", "\u3000Lead\u3000", "Lead\n")
BAD_STAMPS = (
    MISSING,
    None,
    "",
    "tomorrow",
    "2026-11-21T09:00:00",  # naive
    "2026-11-21",  # a date is naive too
    "2026-13-21T09:00:00+01:00",
    "2026-11-21T25:00:00Z",
    ["2026-11-21T09:00:00Z"],
)
OK_STAMPS = (
    "2026-11-21T09:00:00Z",
    "2026-11-21T09:00:00.123456+05:30",
    "2026-11-21 09:00:00-08:00",
    "2026-11-21T09:00+01:00",
)
# (model, field, values): the field replaced by each value (MISSING: removed).
CORPUS: list[tuple[type[BaseModel], str, tuple[object, ...]]] = [
    (Aspiration, "id", BAD_IDS + OK_IDS),
    (Aspiration, "title", BAD_TITLES + OK_TITLES),
    (Aspiration, "created", BAD_STAMPS + OK_STAMPS),
    (
        Aspiration,
        "status",
        (MISSING, None, "Active", "paused", "", 1, True, *ASPIRATION_STATUSES),
    ),
    (
        Aspiration,
        "horizon",
        (
            *(MISSING, None, "2030", "2030-06-30", "2030-13-45", "٢٠٣٠"),
            *("30", "2030-6-30", " 2030", "2030\n", "2030-06", 2030, "", True),
        ),
    ),
    (Goal, "id", BAD_IDS + OK_IDS),
    (Goal, "statement", BAD_TITLES + OK_TITLES),
    (Goal, "updated", BAD_STAMPS + OK_STAMPS),
    (Goal, "column", BAD_IDS + OK_IDS),
    (Goal, "aspiration_id", (MISSING, None, "", "x" * 65, 3, False, "a-1", "x" * 64)),
    (
        Goal,
        "deadline",
        (
            *(MISSING, None, "2027-06-30", "2027-02-30", "30/06/2027", "", 20270630),
            *("2027-6-30", "20270630", "2027-W26-3", " 2027-06-30", ["2027-06-30"]),
        ),
    ),
    (
        Goal,
        "measurable",
        (
            MISSING,
            None,
            [],
            "50%",
            {},
            {"target": 50, "current": 10},
            {"target": 0, "current": 10},
            {"target": -4, "current": 10.5},
            {"target": None, "current": 3},
            {"target": [50]},
            {"current": {"value": 1}},
            {"target": 10**400},
            {"target": 2**70, "current": 2**60 + 1},
            {"metric": "pitches", "unit": "", "priority": None, "target": 5},
        ),
    ),
    (Evaluation, "id", BAD_IDS + OK_IDS),
    (Evaluation, "aspiration_id", BAD_IDS + OK_IDS),
    (Evaluation, "created", BAD_STAMPS + OK_STAMPS),
    (Column, "id", BAD_IDS + OK_IDS),
    (Column, "order", (MISSING, None, True, False, 1.0, 1.5, "1", [1], 0, -3, 2**70)),
    (Column, "done", (MISSING, None, 1, 0, "true", "yes", [True], True, False)),
]


def _with(kind: type[BaseModel], field: str, value: object) -> dict[str, Any]:
    doc = dict(GOOD[kind])
    if value is MISSING:
        doc.pop(field, None)
    else:
        doc[field] = value
    return doc


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [(kind, field, value) for kind, field, values in CORPUS for value in values],
    ids=lambda v: v.__name__ if isinstance(v, type) else repr(v)[:24],
)
def test_a_view_is_none_exactly_when_the_model_rejects(
    kind: type[BaseModel], field: str, value: object
) -> None:
    check(kind, _with(kind, field, value))


def test_the_corpus_rejects_and_accepts_for_every_field() -> None:
    for kind, field, values in CORPUS:
        outcomes = {VIEW_OF[kind].from_doc(_with(kind, field, v)) is None for v in values}
        assert outcomes == {True, False}, (kind.__name__, field)


@pytest.mark.parametrize("doc", [None, [], "doc", 42, ("id", "a")])
@pytest.mark.parametrize("kind", list(GOOD))
def test_a_document_that_is_not_a_table(kind: type[BaseModel], doc: object) -> None:
    check(kind, doc)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=70),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=5,
)
# Fields whose rule leaves pydantic no coercion to make: the view must agree on any value.
EXACT_FIELDS = [
    (Aspiration, "id"),
    (Aspiration, "title"),
    (Aspiration, "status"),
    (Aspiration, "horizon"),
    (Goal, "statement"),
    (Goal, "column"),
    (Goal, "aspiration_id"),
    (Evaluation, "aspiration_id"),
    (Column, "order"),
    (Column, "done"),
]


@settings(max_examples=300, deadline=None)
@given(where=st.sampled_from(EXACT_FIELDS), value=json_values)
def test_any_json_value_in_a_strict_field(
    where: tuple[type[BaseModel], str], value: object
) -> None:
    kind, field = where
    check(kind, _with(kind, field, value))


# Where pydantic coerces and the views, reading only what the store writes, do not.
STRICTER: list[tuple[type[BaseModel], str, object]] = [
    (Goal, "measurable", {"target": True}),
    (Goal, "measurable", {"target": "50"}),
    (Goal, "deadline", "2027-06-30T00:00:00"),
    (Goal, "updated", 1_700_000_000),
    (Evaluation, "created", 1_700_000_000.5),
]


@pytest.mark.parametrize(("kind", "field", "value"), STRICTER)
def test_the_views_do_not_follow_pydantic_coercions(
    kind: type[BaseModel], field: str, value: object
) -> None:
    doc = _with(kind, field, value)
    assert _model_or_none(kind, doc) is not None
    assert VIEW_OF[kind].from_doc(doc) is None


# The same advice from views as from models


def _store(tmp_path: Path) -> CoachService:
    """A store with something for every nudge, built through the service."""
    clock = Clock(NOW - timedelta(days=200))
    service = CoachService(Repository.open(tmp_path / "c.json"), clock=clock)
    lead = service.aspirations.add("  Lead a design studio ", horizon="2030")
    money = service.aspirations.add("Earn $150k and move to Berlin")
    quiet = service.aspirations.add("Teach at the academy")
    service.aspirations.add("Mentor new designers")
    old = service.aspirations.add("Old dream")
    service.aspirations.retire(old.id, "moved on")
    service.evaluations.add(lead.id, [Answer(question_id="honesty", rating=4)])
    clock.now = NOW - timedelta(days=60)
    service.goals.add("Win 50 pitches", aspiration_id=lead.id, deadline=date(2026, 10, 1))
    service.goals.add("Finish the portfolio", aspiration_id=lead.id)
    measured = service.goals.add("Publish 12 articles", aspiration_id=quiet.id)
    service.goals.edit(measured.id, measurable=Measurable(target=12, current=5))
    zero = service.goals.add("Keep incidents at zero", aspiration_id=quiet.id, column="doing")
    service.goals.edit(zero.id, measurable=Measurable(target=0, current=0))
    clock.now = NOW - timedelta(days=2)
    late = service.goals.add("Ship the site", deadline=date(2026, 11, 1), column="next")
    service.goals.move(late.id, "done")
    service.goals.add("Write the talk", aspiration_id=money.id, deadline=date(2026, 12, 1))
    service.journal.add("A first note.")
    return service


def test_views_and_models_give_the_same_nudges_and_progress(tmp_path: Path) -> None:
    service = _store(tmp_path)
    repo = service.repo
    today = NOW.date()

    def views(table: str, make: Callable[[object], Any]) -> list[Any]:
        found = [make(doc) for doc in repo.raw_table(table).values()]
        assert None not in found
        return found

    columns = service.board.columns()
    column_views = sorted(
        views("columns", ColumnView.from_doc) or default_column_views(),
        key=lambda c: (c.order, c.id),
    )
    assert [c.id for c in column_views] == [c.id for c in columns]
    journal = [NOW - timedelta(days=20)]
    from_models = nudges(
        content=load_content(),
        today=today,
        aspirations=repo.all(Aspiration),
        goals=repo.all(Goal),
        evaluations=repo.all(Evaluation),
        columns=columns,
        journal_times=journal,
    )
    from_views = nudges(
        content=load_nudge_texts(),
        today=today,
        aspirations=views("aspirations", AspirationView.from_doc),
        goals=views("goals", GoalView.from_doc),
        evaluations=views("evaluations", EvaluationView.from_doc),
        columns=column_views,
        journal_times=journal,
    )
    assert from_views == from_models
    kinds = {n.kind for n in from_models}
    assert kinds >= {
        "goal_overdue",
        "aspiration_looks_like_goal",
        "aspiration_without_goals",
        "goal_without_deadline",
        "aspiration_not_evaluated",
        "aspiration_never_evaluated",
        "goal_stale",
        "no_journal_recently",
    }

    goal_views = {g.id: g for g in views("goals", GoalView.from_doc)}
    for goal in repo.all(Goal):
        assert goal_progress(goal_views[goal.id], column_views) == goal_progress(goal, columns)
    progress = {}
    for aspiration in repo.all(Aspiration):
        mine = [g for g in repo.all(Goal) if g.aspiration_id == aspiration.id]
        mine_views = [goal_views[g.id] for g in mine]
        progress[aspiration.id] = aspiration_progress(mine, columns)
        assert aspiration_progress(mine_views, column_views) == progress[aspiration.id]
    assert None in progress.values() and any(p for p in progress.values())

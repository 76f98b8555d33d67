"""Progress, nudges and event prompts with a fixed today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from coach.coaching.events import prompt_for_move
from coach.coaching.nudges import looks_like_goal, nudges
from coach.coaching.progress import aspiration_progress, column_steps, goal_progress
from coach.content.loader import load_content
from coach.models import (
    Answer,
    Aspiration,
    Column,
    Evaluation,
    Goal,
    Measurable,
    default_columns,
)

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 9, tzinfo=UTC)
COLUMNS = default_columns()


def goal(
    gid: str,
    column: str = "backlog",
    *,
    deadline: date | None = None,
    days_ago: int = 0,
    aspiration: str | None = None,
    **kw: object,
) -> Goal:
    stamp = NOW - timedelta(days=days_ago)
    return Goal(
        id=gid,
        statement=f"goal {gid}",
        column=column,
        deadline=deadline,
        created=stamp,
        updated=stamp,
        aspiration_id=aspiration,
        **kw,
    )


def aspiration(aid: str, title: str = "Lead a design studio", status: str = "active") -> Aspiration:
    return Aspiration(id=aid, title=title, status=status, created=NOW, updated=NOW)  # type: ignore[arg-type]


def evaluation(aid: str, days_ago: int) -> Evaluation:
    return Evaluation(
        id=f"e-{aid}-{days_ago}",
        aspiration_id=aid,
        created=NOW - timedelta(days=days_ago),
        answers=[Answer(question_id="honesty", rating=4)],
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (goal("a"), 0.0),
        (goal("b", "next"), 0.25),
        (goal("c", "doing"), 0.5),
        (goal("d", "done"), 1.0),
        (goal("e", "doing", measurable=Measurable(target=50, current=10)), 0.2),
        # In Done at 10 of 50: the numbers win, so the card and the details agree.
        (goal("f", "done", measurable=Measurable(target=50, current=10)), 0.2),
        (goal("g", "backlog", measurable=Measurable(target=50, current=75)), 1.0),
    ],
)
def test_goal_progress(item: Goal, expected: float) -> None:
    assert goal_progress(item, COLUMNS) == pytest.approx(expected)


def test_column_steps_follow_the_board_order_not_the_list_order() -> None:
    # Out of order, a Done column in the middle, and an id used twice.
    columns = [
        Column(id="review", name="Review", order=3),
        Column(id="todo", name="To do", order=0),
        Column(id="shipped", name="Shipped", order=1, done=True),
        Column(id="todo", name="To do", order=2),
    ]
    assert column_steps(columns) == {
        "todo": (False, 0.0),
        "shipped": (True, 1.0),
        "review": (False, 0.5),  # the third open column on the board: 2 steps of 4
    }
    assert goal_progress(goal("a", "review"), columns) == pytest.approx(0.5)
    assert goal_progress(goal("b", "gone"), columns) == 0.0  # a column no longer there


def test_aspiration_rolls_up_its_goals() -> None:
    goals = [
        goal("a", "done"),
        goal("b", "doing"),
        goal("c", measurable=Measurable(target=4, current=1)),
    ]
    assert aspiration_progress(goals, COLUMNS) == pytest.approx((1 + 0.5 + 0.25) / 3)
    assert aspiration_progress([], COLUMNS) is None


def kinds(**kw: object) -> list[tuple[str, object]]:
    found = nudges(
        content=load_content(),
        today=TODAY,
        columns=COLUMNS,
        **{"aspirations": [], "goals": [], "evaluations": [], **kw},
    )  # type: ignore[arg-type]
    return [(n.kind, n.target) for n in found]


def test_no_nudges_for_a_tidy_store() -> None:
    a = aspiration("a-1")
    goals = [goal("g-1", "doing", deadline=date(2027, 6, 30), aspiration="a-1")]
    assert (
        kinds(
            aspirations=[a],
            goals=goals,
            evaluations=[evaluation("a-1", 10)],
            journal_times=[NOW - timedelta(days=2)],
        )
        == []
    )


def test_each_nudge_fires_and_points_at_its_record() -> None:
    found = kinds(
        aspirations=[
            aspiration("a-1"),
            aspiration("a-2", "Earn $150k and move to Berlin"),
            aspiration("a-3", status="retired"),
        ],
        goals=[
            goal("g-late", deadline=date(2026, 11, 1), aspiration="a-1"),
            goal("g-nodate", aspiration="a-1"),
            goal("g-stale", deadline=date(2027, 1, 1), days_ago=45, aspiration="a-1"),
            goal("g-done-late", "done", deadline=date(2026, 1, 1)),
        ],
        evaluations=[evaluation("a-1", 120)],
        journal_times=[NOW - timedelta(days=20)],
    )
    assert found == [
        ("goal_overdue", ("goal", "g-late")),
        ("aspiration_looks_like_goal", ("aspiration", "a-2")),
        ("aspiration_without_goals", ("aspiration", "a-2")),
        ("goal_without_deadline", ("goal", "g-nodate")),
        ("aspiration_never_evaluated", ("aspiration", "a-2")),
        ("aspiration_not_evaluated", ("aspiration", "a-1")),
        ("goal_stale", ("goal", "g-stale")),
        ("no_journal_recently", None),
    ]


def test_nudge_text_names_the_record_and_days() -> None:
    found = nudges(
        content=load_content(),
        today=TODAY,
        columns=COLUMNS,
        aspirations=[],
        goals=[goal("g-late", deadline=date(2026, 11, 1))],
        evaluations=[],
    )
    assert "goal g-late" in found[0].message and "20" in found[0].message


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Earn a six figures salary", True),
        ("Move to Lisbon", True),
        ("Get better perks", True),
        ("€90k a year", True),
        ("Work remotely from anywhere", True),
        ("Lead a creative department and win industry awards", False),
        ("Become a finance director shaping daily operations", False),
        ("Retire before 50", False),
    ],
)
def test_goal_like_aspirations(title: str, expected: bool) -> None:
    assert looks_like_goal(title) is expected


def test_event_prompts() -> None:
    content = load_content()
    by_id = {c.id: c for c in COLUMNS}
    item = goal("g", "doing")
    assert prompt_for_move(content, item, by_id["done"], COLUMNS) == content.event("goal_done")
    assert prompt_for_move(content, item, by_id["next"], COLUMNS) is None
    assert prompt_for_move(content, goal("g", "done"), by_id["done"], COLUMNS) is None


def test_most_overdue_first() -> None:
    goals = [
        goal("g-a", deadline=date(2026, 11, 15)),
        goal("g-b", deadline=date(2026, 9, 1)),
        goal("g-c", deadline=date(2026, 10, 1)),
    ]
    found = nudges(
        content=load_content(),
        today=TODAY,
        columns=COLUMNS,
        aspirations=[],
        goals=goals,
        evaluations=[],
    )
    assert [n.target for n in found] == [("goal", "g-b"), ("goal", "g-c"), ("goal", "g-a")]


def test_nudge_days_are_said_in_the_right_number() -> None:
    found = nudges(
        content=load_content(),
        today=TODAY,
        columns=COLUMNS,
        aspirations=[],
        goals=[goal("g-late", deadline=TODAY - timedelta(days=1))],
        evaluations=[],
    )
    assert "is 1 day past its deadline" in found[0].message
    assert "(s)" not in found[0].message


def test_a_goal_that_reached_its_target_is_told_to_close_not_to_plan_around() -> None:
    # At 2 of 2 and past its date it was asked "what is in the way?" and whether it was
    # "still the right next step", beside a card at 100%.
    late = goal("g-late", deadline=date(2026, 11, 1), days_ago=45, aspiration="a-1")
    found = kinds(aspirations=[aspiration("a-1")], goals=[late], reached=["g-late"])
    assert found == [
        ("goal_reached", ("goal", "g-late")),
        ("aspiration_never_evaluated", ("aspiration", "a-1")),
    ]
    assert kinds(aspirations=[aspiration("a-1")], goals=[late])[:2] == [
        ("goal_overdue", ("goal", "g-late")),
        ("aspiration_never_evaluated", ("aspiration", "a-1")),
    ]

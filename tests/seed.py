"""Deterministic seed data for app tests and snapshots: fixed ids, fixed times."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from coach.models import (
    Answer,
    Aspiration,
    Evaluation,
    Goal,
    JournalEntry,
    Measurable,
    default_columns,
)
from coach.service import CoachService
from tests.clock import TEST_NOW as T0


def at(days_ago: int, hour: int = 9) -> datetime:
    return (T0 - timedelta(days=days_ago)).replace(hour=hour)


def seed(service: CoachService) -> None:
    """Two aspirations, five goals across the board, entries over eight weeks, evaluations."""
    repo = service.repo
    with repo.transaction():
        for column in default_columns():
            repo.put(column)
        repo.put(
            Aspiration(
                id="a-director01",
                title="Award-winning creative director",
                why="I love shaping ideas with a team",
                horizon="2031",
                created=at(200),
                updated=at(200),
            )
        )
        repo.put(
            Aspiration(
                id="a-salary0001",
                title="Earn 120k and move to Lisbon",
                created=at(40),
                updated=at(40),
            )
        )
        goals = [
            (
                "g-pitches001",
                "Win 50 pitches by the end of 2027",
                "doing",
                date(2027, 12, 31),
                Measurable(metric="pitches won", target=50, current=12),
            ),
            (
                "g-artdir0001",
                "Promoted to associate art director within two years",
                "next",
                date(2028, 11, 1),
                Measurable(),
            ),
            (
                "g-assoc00001",
                "Join one industry association",
                "done",
                date(2026, 6, 30),
                Measurable(),
            ),
            (
                "g-awards0001",
                "Enter three international competitions",
                "backlog",
                date(2026, 11, 10),
                Measurable(metric="entries", target=3, current=1),
            ),
            (
                "g-portfolio1",
                "Publish my portfolio website",
                "backlog",
                date(2026, 12, 5),
                Measurable(),
            ),
        ]
        for position, (gid, statement, column, deadline, measurable) in enumerate(goals):
            repo.put(
                Goal(
                    id=gid,
                    statement=statement,
                    aspiration_id="a-director01",
                    column=column,
                    position=position * 1024,
                    deadline=deadline,
                    measurable=measurable,
                    created=at(120),
                    updated=at(10),
                    started=at(100) if column != "backlog" else None,
                    done=at(30) if column == "done" else None,
                    tags=("portfolio",) if "portfolio" in statement else (),
                )
            )
        bodies = [
            (1, "Pitched to the Acme team; they liked the second concept.", ("pitching",)),
            (3, "Read about design leadership. Delegation is my weak spot.", ("reading",)),
            (9, "Mentored a junior designer through her first campaign.", ("mentoring",)),
            (16, "Lost a pitch. The brief was vague and I did not ask enough.", ("pitching",)),
            (30, "Joined the Art Directors Club. First meeting next month.", ()),
            (52, "Why do I want to lead? Because good teams make better work.", ("values",)),
        ]
        for n, (days, body, tags) in enumerate(bodies):
            repo.put(
                JournalEntry(
                    id=f"j-seed{n:06d}",
                    created=at(days, 20),
                    body=body,
                    tags=tags,
                    goal_ids=("g-pitches001",) if "pitch" in body.lower() else (),
                )
            )
        ratings = [(at(100), [3, 4, 5, 4, 3, 4, 5, 4]), (at(20), [4, 4, 5, 5, 4, 4, 5, 5])]
        ids = [
            "independence",
            "self-worth",
            "passion",
            "honesty",
            "realism",
            "distinct",
            "growth",
            "excitement",
        ]
        for n, (when, values) in enumerate(ratings):
            repo.put(
                Evaluation(
                    id=f"e-seed{n:06d}",
                    aspiration_id="a-director01",
                    created=when,
                    answers=[
                        Answer(question_id=q, rating=r) for q, r in zip(ids, values, strict=True)
                    ],
                )
            )

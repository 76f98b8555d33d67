"""A big, realistic coach store (and a jrnl journal of the same size), from a fixed seed.

The store is written directly as JSON in TinyDB's layout, from documents the
pydantic models made (``to_doc``), so ten thousand entries take a second, not
ten thousand service calls. The same seed always gives the same bytes.

    python -m bench.bigstore OUT.json [--entries N] [--goals N] [--jrnl OUT.txt]
"""

from __future__ import annotations

import argparse
import os
import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bench import vocab
from coach.models import (
    Achievable,
    Aspiration,
    Goal,
    JournalEntry,
    Measurable,
    Obstacle,
    Realistic,
    default_columns,
)
from coach.store.codec import PlainCodec
from coach.store.schema import META, SCHEMA_VERSION, meta_doc

TZ = timezone(timedelta(hours=1))
START = datetime(2021, 3, 1, 8, 0, tzinfo=TZ)
SPAN = timedelta(days=5 * 365)
JRNL_TIMEFORMAT = "%Y-%m-%d %H:%M"
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # the alphabet of coach.models.new_id
_OPEN_COLUMNS = ("backlog", "next", "doing")

Doc = dict[str, Any]


def _id(rng: random.Random, prefix: str) -> str:
    return prefix + "-" + "".join(rng.choice(_ALPHABET) for _ in range(10))


def _moment(rng: random.Random, after: datetime = START) -> datetime:
    """A time between ``after`` and the end of the span, to the minute."""
    end = START + SPAN
    seconds = rng.uniform(0, max((end - after).total_seconds(), 60))
    return (after + timedelta(seconds=seconds)).replace(second=0, microsecond=0)


def _journal(seed: int, count: int) -> Iterator[tuple[datetime, str, tuple[str, ...]]]:
    """(created, body, tags) of ``count`` entries, oldest first. Same seed, same entries."""
    rng = random.Random(seed * 1_000_003 + 1)
    times = sorted(_moment(rng) for _ in range(count))
    for created in times:
        tags = tuple(rng.sample(vocab.TAGS, rng.randint(1, 3))) if rng.random() < 0.4 else ()
        yield created, vocab.body(rng), tags


def _aspirations(rng: random.Random, count: int) -> list[Aspiration]:
    out = []
    for _ in range(count):
        created = _moment(rng)
        skill = rng.choice(vocab.SKILLS)
        title = rng.choice(
            (
                f"Become the go-to person for {skill}",
                f"Lead a team that works on {skill}",
                f"Move into a role built around {skill}",
                f"Teach {skill} to others",
            )
        )
        out.append(
            Aspiration(
                id=_id(rng, "a"),
                title=title,
                why=vocab.sentence(rng),
                horizon=str(rng.randint(2027, 2035)) if rng.random() < 0.8 else None,
                status=rng.choices(("active", "achieved", "retired"), (8, 1, 1))[0],
                created=created,
                updated=_moment(rng, created),
            )
        )
    return out


def _goal(rng: random.Random, aspiration: Aspiration | None, column: str, position: int) -> Goal:
    created = _moment(rng, aspiration.created if aspiration else START)
    done = column == "done"
    started = _moment(rng, created) if done or column == "doing" else None
    finished = _moment(rng, started) if done and started else None
    skill, thing = rng.choice(vocab.SKILLS), rng.choice(vocab.THINGS)
    target = float(rng.choice((3, 5, 10, 12, 20, 50)))
    deadline = None
    if rng.random() < 0.6:
        deadline = (created + timedelta(days=rng.randint(14, 400))).date()
    obstacles = tuple(
        Obstacle(description=vocab.sentence(rng), delay_weeks=rng.randint(0, 6))
        for _ in range(rng.randint(0, 2))
    )
    return Goal(
        id=_id(rng, "g"),
        statement=rng.choice(
            (f"Practise {skill} every week", f"Finish {thing}", f"Get certified in {skill}")
        ),
        aspiration_id=aspiration.id if aspiration else None,
        specific=vocab.sentence(rng),
        measurable=Measurable(
            metric=rng.choice(("sessions", "chapters", "talks", "modules", "interviews")),
            target=target,
            unit="",
            current=target if done else float(rng.randint(0, int(target))),
            priority=rng.choice(("high", "medium", "low", None)),
        ),
        achievable=Achievable(obstacles=obstacles),
        realistic=Realistic(leads_to=vocab.sentence(rng)),
        deadline=deadline,
        column=column,
        position=position,
        created=created,
        updated=finished or started or created,
        started=started,
        done=finished,
        tags=tuple(rng.sample(vocab.TAGS, rng.randint(0, 2))),
    )


def _goals(rng: random.Random, aspirations: list[Aspiration], count: int, done: int) -> list[Goal]:
    columns = ["done"] * min(done, count)
    columns += [rng.choice(_OPEN_COLUMNS) for _ in range(count - len(columns))]
    rng.shuffle(columns)
    positions = dict.fromkeys((*_OPEN_COLUMNS, "done"), 0)
    out = []
    for index, column in enumerate(columns):
        # Every aspiration gets goals; the rest spread unevenly, as in real life.
        owner = aspirations[index] if index < len(aspirations) else None
        if owner is None and aspirations:
            owner = rng.choice(aspirations)
        out.append(_goal(rng, owner, column, positions[column]))
        positions[column] += 1
    return out


def store_data(
    *,
    aspirations: int = 100,
    goals: int = 1000,
    done_goals: int = 800,
    entries: int = 10_000,
    seed: int = 7,
) -> dict[str, dict[str, Doc]]:
    """The whole store as TinyDB-layout data: ``{table: {id: doc}}``."""
    rng = random.Random(seed)
    asps = _aspirations(rng, aspirations)
    goal_list = _goals(rng, asps, goals, done_goals)
    journal: dict[str, Doc] = {}
    for created, text, tags in _journal(seed, entries):
        linked = rng.random() < 0.2 and goal_list
        entry = JournalEntry(
            id=_id(rng, "j"),
            created=created,
            body=text,
            tags=tags,
            goal_ids=(rng.choice(goal_list).id,) if linked else (),
        )
        journal[entry.id] = entry.to_doc()
    return {
        META: {"schema": meta_doc(SCHEMA_VERSION)},
        "aspirations": {a.id: a.to_doc() for a in asps},
        "goals": {g.id: g.to_doc() for g in goal_list},
        "journal": journal,
        "evaluations": {},
        "columns": {c.id: c.to_doc() for c in default_columns()},
    }


def make_store(
    path: str | Path,
    *,
    aspirations: int = 100,
    goals: int = 1000,
    done_goals: int = 800,
    entries: int = 10_000,
    seed: int = 7,
) -> Path:
    """Write a coach store to ``path``; returns the path."""
    data = store_data(
        aspirations=aspirations, goals=goals, done_goals=done_goals, entries=entries, seed=seed
    )
    path = Path(path)
    path.write_bytes(PlainCodec().encode(data))  # in the order and with the index coach writes
    os.chmod(path, 0o600)
    return path


def make_jrnl(path: str | Path, entries: int = 10_000, seed: int = 7) -> Path:
    """Write a jrnl plain-text journal (timeformat ``JRNL_TIMEFORMAT``) with the same entries."""
    chunks = []
    for created, text, tags in _journal(seed, entries):
        tail = ("\n" + " ".join(f"#{t}" for t in tags)) if tags else ""
        chunks.append(f"[{created.strftime(JRNL_TIMEFORMAT)}] {text}{tail}\n")
    path = Path(path)
    path.write_text("\n".join(chunks), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bigstore", description=__doc__)
    parser.add_argument("out", type=Path, help="the coach store to write (JSON)")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--goals", type=int, default=1000)
    parser.add_argument("--done-goals", type=int, default=800)
    parser.add_argument("--aspirations", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jrnl", type=Path, help="also write a jrnl journal here")
    args = parser.parse_args(argv)
    make_store(
        args.out,
        aspirations=args.aspirations,
        goals=args.goals,
        done_goals=args.done_goals,
        entries=args.entries,
        seed=args.seed,
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    if args.jrnl:
        make_jrnl(args.jrnl, args.entries, args.seed)
        print(f"wrote {args.jrnl} ({args.jrnl.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

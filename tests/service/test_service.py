"""The service layer every front end calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from coach.errors import CoachError, InvalidInputError, NotFoundError
from coach.models import Answer
from coach.service import CoachService
from tests.clock import Clock


def test_journal_add_list_search_tags(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    a = service.journal.add("Pitched to the Acme team today", tags=["#Pitching", "work"])
    b = service.journal.add("Read about design leadership", tags=["reading"])
    c = service.journal.add("Acme said yes!", tags=["pitching"])
    fresh = reopen()
    assert [e.id for e in fresh.journal.find()] == [c.id, b.id, a.id]
    assert [e.id for e in fresh.journal.find(search="acme")] == [c.id, a.id]
    assert [e.id for e in fresh.journal.find(search="acme pitched")] == [a.id]
    assert [e.id for e in fresh.journal.find(tag="#PITCHING")] == [c.id, a.id]
    assert fresh.journal.find(limit=1)[0].id == c.id
    assert fresh.journal.tags()[0] == ("pitching", 2)
    assert fresh.journal.get(a.id[:5]).tags == ("pitching", "work")


def test_search_folds_case_in_the_body_the_prompt_and_the_tags(service: CoachService) -> None:
    # No folded copy of the text is kept (it would double the journal's memory): each
    # search folds what it looks at, so an edit is found by its new words at once.
    first = service.journal.add("Pitched to the Acme team today")
    prompted = service.journal.add(
        "A calm week", prompt_id="p1", prompt_text="What went WELL?", tags=("Retro",)
    )
    street = service.journal.add("Moved to the Hauptstraße office")
    service.journal.warm_search()  # as the app's opening thread does
    assert [e.id for e in service.journal.find(search="ACME")] == [first.id]
    assert [e.id for e in service.journal.find(search="well retro")] == [prompted.id]
    assert [e.id for e in service.journal.find(search="HAUPTSTRASSE")] == [street.id]
    edited = service.journal.edit(first.id, body="Pitched to Globex instead")
    assert [e.id for e in service.journal.find(search="globex")] == [edited.id]
    assert service.journal.find(search="acme") == []


def test_a_search_asked_to_stop_gives_up_and_the_next_one_is_whole(
    service: CoachService,
) -> None:
    for index in range(2500):
        service.journal.add(f"Entry number {index} about reviews")
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # the second check: a newer search has replaced this one

    assert service.journal.ids(search="review", stop=stop) == []
    assert len(asked) == 2
    # The search that gave up left nothing behind: narrowing from it would lose entries.
    assert len(service.journal.ids(search="reviews")) == 2500


def test_searches_typed_on_and_back_find_what_a_fresh_search_finds(
    service: CoachService,
) -> None:
    # The service narrows a query that only adds to the last one among that one's
    # matches, and keeps the entries sorted between changes; a fresh service over
    # the same store has neither, so it is the reference.
    notes = [
        ("Project review with the platform team", ["work"]),
        ("Prototype for the review tool", ["work", "ideas"]),
        ("Reading about promotion paths", ["reading"]),
        ("Proud of the team retro", []),
        ("Prepared the roadmap review", ["work"]),
    ]
    made = [service.journal.add(body, tags=tags) for body, tags in notes]
    typed = ["p", "pr", "pro", "proj", "pro", "pr", "pr r", "pr re", "pr rev", "", "re", "review"]

    def check(tag: str | None) -> None:
        for query in typed:
            fresh = CoachService(service.repo).journal.ids(search=query, tag=tag)
            assert service.journal.ids(search=query, tag=tag) == fresh, (query, tag)

    check(None)
    check("work")
    service.journal.edit(made[1].id, body="Sketch for the tool")  # no longer "pro", "review"
    check(None)
    service.journal.delete(made[0].id)
    added = service.journal.add("Project kickoff, proud moment", tags=["work"])
    check("work")
    check(None)
    assert service.journal.ids(search="proj") == [added.id]
    assert service.journal.ids(search="pr rev") == [made[4].id]


def test_a_search_after_a_save_elsewhere_or_an_undo_finds_what_is_stored(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    # The sorted entries are kept while the store has not changed: a save by another
    # process, an undo or a save here each show in the next search (a fresh service
    # over the same file, which keeps nothing, is the reference).
    def found() -> set[str]:
        ids = service.journal.ids(search="mentor")
        assert ids == reopen().journal.ids(search="mentor")
        return set(ids)

    first = service.journal.add("Call with the mentor")
    service.journal.warm_search()
    assert found() == {first.id}
    other = reopen().journal.add("Mentor said: ship the portfolio")
    assert found() == {first.id, other.id}
    assert found() == {first.id, other.id}
    mine = service.journal.add("Thanked my mentor")
    assert found() == {first.id, other.id, mine.id}
    service.undo()
    assert found() == {first.id, other.id}


def test_entries_are_listed_by_the_moment_they_were_written_whatever_the_zone(
    service: CoachService,
) -> None:
    one, two, three = (service.journal.add(body) for body in ("one", "two", "three"))
    repo = service.repo
    with repo.transaction():
        for entry, created in (
            (one, "2030-01-01T10:00:00+02:00"),  # 08:00 UTC
            (two, "2030-01-01T09:00:00+00:00"),  # 09:00 UTC: the newest
            (three, "2030-01-01T11:00:00"),  # no zone: listed last
        ):
            doc = repo.raw("journal", entry.id)
            assert doc is not None
            repo.put_raw("journal", entry.id, {**doc, "created": created})
    assert service.journal.ids() == [two.id, one.id, three.id]


def test_journal_refuses_empty_and_spaced_tags(service: CoachService) -> None:
    with pytest.raises(InvalidInputError):
        service.journal.add("   \n ")
    with pytest.raises(InvalidInputError):
        service.journal.add("x", tags=["two words"])


def test_edit_and_delete_with_undo(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    entry = service.journal.add("first draft")
    service.journal.edit(entry.id, body="second draft")
    assert reopen().journal.get(entry.id).body == "second draft"
    service.journal.delete(entry.id)
    assert reopen().journal.find() == []
    assert service.undo().label == "delete a journal entry"
    assert reopen().journal.get(entry.id).body == "second draft"
    service.undo()
    assert reopen().journal.get(entry.id).body == "first draft"
    service.redo()
    assert reopen().journal.get(entry.id).body == "second draft"


def test_undo_refuses_to_overwrite_a_change_made_elsewhere(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    entry = service.journal.add("mine")
    reopen().journal.edit(entry.id, body="changed in another window")
    with pytest.raises(CoachError, match="changed elsewhere"):
        service.undo()
    assert reopen().journal.get(entry.id).body == "changed in another window"


def test_nothing_to_undo(service: CoachService) -> None:
    with pytest.raises(CoachError, match="nothing to undo"):
        service.undo()


def test_aspiration_revisions_keep_history(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    item = service.aspirations.add("  Creative   director ", why="ideas", horizon="2031")
    assert item.title == "Creative director"
    service.aspirations.revise(item.id, title="Executive creative director", reason="aim higher")
    service.aspirations.retire(item.id, "moving into product design")
    again = reopen().aspirations.get(item.id)
    assert again.status == "retired"
    assert [r.title for r in again.history] == ["Creative director", "Executive creative director"]
    assert [r.reason for r in again.history] == ["aim higher", "moving into product design"]
    with pytest.raises(InvalidInputError):
        service.aspirations.retire(item.id, " ")
    with pytest.raises(InvalidInputError):
        service.aspirations.add("Lead", horizon="someday")


def test_a_horizon_gone_by_is_refused_but_one_already_kept_stays(
    service: CoachService, clock: Clock
) -> None:
    year = service.today().year
    with pytest.raises(InvalidInputError, match=f"the horizon {year - 1} has already passed"):
        service.aspirations.add("Lead", horizon=str(year - 1))
    assert service.aspirations.add("Lead", horizon=str(year)).horizon == str(year)  # this year
    item = service.aspirations.add("Direct", horizon=str(year + 1))
    clock.now = clock.now.replace(year=year + 3)  # time passes: the horizon is behind it now
    kept = service.aspirations.revise(item.id, title="Direct a studio", reason="sharper")
    assert kept.horizon == str(year + 1)
    with pytest.raises(InvalidInputError, match="has already passed"):
        service.aspirations.revise(item.id, horizon=str(year + 2), reason="later")


def test_goals_move_across_and_within_columns(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    goals = [service.goals.add(f"goal {i}") for i in range(4)]
    assert [g.column for g in goals] == ["backlog"] * 4
    service.goals.move(goals[3].id, index=0)
    assert [g.statement for g in reopen().goals.in_column("backlog")] == [
        "goal 3",
        "goal 0",
        "goal 1",
        "goal 2",
    ]
    moved = service.goals.shift(goals[0].id, columns=1)
    assert moved.column == "next" and moved.started is not None and moved.done is None
    done = service.goals.move(goals[0].id, "Done")
    assert done.done is not None
    back = service.goals.move(goals[0].id, "doing")
    assert back.done is None and back.started == moved.started
    service.goals.shift(goals[2].id, rows=-1)
    assert [g.statement for g in reopen().goals.in_column("backlog")] == [
        "goal 3",
        "goal 2",
        "goal 1",
    ]
    with pytest.raises(NotFoundError, match="the columns are"):
        service.goals.move(goals[1].id, "Archive")


def test_many_moves_to_the_top_respace_positions(service: CoachService) -> None:
    goals = [service.goals.add(f"g{i}") for i in range(3)]
    for _ in range(30):  # squeezes the gap between the first two until it runs out
        service.goals.move(goals[2].id, index=1)
        service.goals.move(goals[1].id, index=1)
    order = [g.statement for g in service.goals.in_column("backlog")]
    assert sorted(order) == ["g0", "g1", "g2"] and len(set(order)) == 3
    positions = [g.position for g in service.goals.in_column("backlog")]
    assert positions == sorted(set(positions))


def test_goal_parts_and_links(service: CoachService, reopen: Callable[[], CoachService]) -> None:
    aspiration = service.aspirations.add("Finance director")
    goal = service.goals.add(
        "Complete an MBA by June 2028",
        aspiration_id=aspiration.id[:6],
        deadline=date(2028, 6, 30),
        tags=["study"],
    )
    assert goal.aspiration_id == aspiration.id
    service.goals.edit(goal.id, specific="An evening MBA at a local school")
    assert reopen().goals.find(aspiration_id=aspiration.id)[0].specific.startswith("An evening")
    assert reopen().goals.find(tag="study")[0].id == goal.id
    assert reopen().goals.find(search="mba")[0].id == goal.id
    with pytest.raises(NotFoundError):
        service.goals.add("x", aspiration_id="a-nope")
    service.aspirations.delete(aspiration.id)
    assert reopen().goals.get(goal.id).aspiration_id is None


def test_board_columns_rename_add_reorder(
    service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    assert [c.name for c in service.board.columns()] == ["Backlog", "Next", "Doing", "Done"]
    service.board.rename("next", "Up next")
    service.board.add("Waiting")
    service.board.shift("waiting", -1)
    names = [c.name for c in reopen().board.columns()]
    assert names == ["Backlog", "Up next", "Waiting", "Doing", "Done"]
    assert any(c.done for c in reopen().board.columns())
    with pytest.raises(InvalidInputError):
        service.board.add("doing")
    goal = service.goals.add("x", column="Waiting")
    with pytest.raises(InvalidInputError):
        service.board.remove("waiting")
    service.goals.delete(goal.id)
    service.board.remove("waiting")
    assert "Waiting" not in [c.name for c in reopen().board.columns()]


def test_evaluations(service: CoachService, reopen: Callable[[], CoachService]) -> None:
    item = service.aspirations.add("VP of marketing")
    first = service.evaluations.add(item.id, [Answer(question_id="honesty", rating=2)])
    second = service.evaluations.add(
        item.id, [Answer(question_id="honesty", rating=4), Answer(question_id="growth", rating=5)]
    )
    fresh = reopen()
    assert [e.id for e in fresh.evaluations.for_aspiration(item.id)] == [first.id, second.id]
    assert fresh.evaluations.latest(item.id) == second
    assert second.score > first.score
    with pytest.raises(InvalidInputError):
        service.evaluations.add(
            item.id, [Answer(question_id="q", rating=3), Answer(question_id="q", rating=4)]
        )

"""The goal board: moving cards (saved at once, in order, the done prompt), deleting, undo."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from coach.service import CoachService
from screens.app import CoachApp
from screens.board.column import BoardColumn
from screens.board.done_prompt import DonePrompt
from screens.board.model import BoardModel
from screens.board.screen import BoardScreen
from screens.widgets.dialogs import Confirm
from screens.widgets.progress_dialogs import FinalValue
from tests.nasty import CONTROL_BYTES
from tests.seed import seed
from tests.tui.board.board_pilot import (
    SEEDED,
    column_text,
    on_disk,
    open_board,
    screen_lines,
    shown_ids,
    status,
)
from tests.tui.pilot import settle

# -- moving cards ----------------------------------------------------------------------------


async def test_moves_are_saved_and_the_selection_follows(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("shift+right", "L", "K")
        assert board.board.selected_id == "g-awards0001"  # before any save finished
        await settle(app, pilot)
        assert on_disk(reopen)["doing"] == ["g-awards0001", "g-pitches001"]
        assert on_disk(reopen)["backlog"] == ["g-portfolio1"]
        assert (board.board.col, board.board.row_index) == (2, 0)
        doing = list(board.query(BoardColumn))[2]
        assert doing.border_title == "Doing · 2"
        assert column_text(doing).splitlines()[0] == "▌Enter three international".ljust(
            len(column_text(doing).splitlines()[0])
        )
        assert "Doing · card 1 of 2" in status(app)
        await pilot.press("J")
        await settle(app, pilot)
        assert on_disk(reopen)["doing"] == ["g-pitches001", "g-awards0001"]
        assert board.board.selected_id == "g-awards0001"


async def test_moves_at_the_edges_change_nothing(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("H", "K", "shift+left")
        await settle(app, pilot)
        assert on_disk(reopen) == SEEDED


async def test_moving_into_done_asks_what_was_learned(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    before = len(service.journal.find())
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "L")  # the pitches goal, from Doing to Done
        # At 12 of 50 pitches: first, was the target reached? y says yes.
        assert isinstance(app.screen, FinalValue)
        assert "Target: 50" in "\n".join(screen_lines(app))
        await pilot.press("y")
        assert isinstance(app.screen, DonePrompt)
        text = "\n".join(screen_lines(app))
        assert "What did you learn on the way to this goal?" in text
        assert "Win 50 pitches by the end of 2027" in text
        await pilot.press(*"Ask more [/] questions", "ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
    fresh = reopen()
    assert "g-pitches001" in on_disk(reopen)["done"]
    assert fresh.goals.get("g-pitches001").measurable.current == 50
    assert [e.value for e in fresh.progress.of_goal("g-pitches001")][-1] == 50
    entries = fresh.journal.find()
    assert len(entries) == before + 1
    (entry,) = [e for e in entries if e.prompt_id == "goal_done"]
    assert entry.body == "Ask more [/] questions"
    assert entry.goal_ids == ("g-pitches001",)
    assert entry.prompt_text == "What did you learn on the way to this goal?"
    assert entry.tags == ("done",)


async def test_escape_on_a_written_answer_asks_before_dropping_it(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    before = len(service.journal.find())
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "L", "y")
        assert isinstance(app.screen, DonePrompt)
        await pilot.press(*"Ask earlier", "escape")
        assert isinstance(app.screen, Confirm)  # not gone yet
        await pilot.press("enter")  # the safe answer: keep writing
        assert isinstance(app.screen, DonePrompt)
        await pilot.press(*" and more", "ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
        await pilot.press("H", "L", "y", *"gone", "escape", "y")  # now dropped on purpose
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
    bodies = [e.body for e in reopen().journal.find() if e.prompt_id == "goal_done"]
    assert bodies == ["Ask earlier and more"]
    assert len(reopen().journal.find()) == before + 1


async def test_skipping_the_prompt_keeps_the_move(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    before = len(service.journal.find())
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "l", "L")
        assert isinstance(app.screen, FinalValue)
        await pilot.press("escape")  # leave the numbers as they are
        assert isinstance(app.screen, DonePrompt)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
        assert board.board.selected_id == "g-pitches001"
    assert "g-pitches001" in on_disk(reopen)["done"]
    assert len(reopen().journal.find()) == before
    assert reopen().goals.get("g-pitches001").measurable.current == 12


async def test_moving_within_done_asks_nothing(app: CoachApp, service: CoachService) -> None:
    seed(service)
    service.goals.move("g-pitches001", "done")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "l", "j", "K")
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
        assert service.goals.in_column("done")[0].id == "g-pitches001"


async def test_undo_of_a_move_restores_disk_and_screen(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("L")
        await settle(app, pilot)
        assert on_disk(reopen)["next"] == ["g-artdir0001", "g-awards0001"]
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert on_disk(reopen) == SEEDED
        assert shown_ids(board) == list(SEEDED.values())
        assert board.board.selected_id == "g-awards0001" and board.board.col == 0
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert on_disk(reopen)["next"] == ["g-artdir0001", "g-awards0001"]
        assert board.board.col == 1


async def test_a_reload_keeps_the_selected_goal(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("j")
        service.goals.add("A new first goal", column="backlog")
        service.goals.move("g-portfolio1", "doing", index=0)  # as if from another window
        app.announce_change(external=True)
        await settle(app, pilot)
        assert board.board.selected_id == "g-portfolio1"
        assert board.board.col == 2


# -- deleting --------------------------------------------------------------------------------


@pytest.mark.parametrize(("answer", "kept"), [("y", False), ("n", True)])
async def test_delete_asks_first(
    app: CoachApp,
    service: CoachService,
    reopen: Callable[[], CoachService],
    answer: str,
    kept: bool,
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("d")
        assert isinstance(app.screen, Confirm)
        await pilot.press(answer)
        await settle(app, pilot)
        assert ("g-awards0001" in on_disk(reopen)["backlog"]) is kept
        assert ("g-awards0001" in shown_ids(board)[0]) is kept
        assert board.board.selected_id == ("g-awards0001" if kept else "g-portfolio1")


async def test_undo_of_a_delete_selects_the_goal_that_came_back(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("j")  # the second goal of Backlog
        await pilot.press("l", "l", "h", "h")  # wander off and back, as a person might
        await pilot.press("d", "y")
        await settle(app, pilot)
        assert "g-portfolio1" not in on_disk(reopen)["backlog"]
        await pilot.press("l")  # the selection moves on before the undo
        assert board.board.selected_id == "g-artdir0001"
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert on_disk(reopen) == SEEDED
        assert board.board.selected_id == "g-portfolio1" and board.board.col == 0


# -- the model agrees with the service -------------------------------------------------------


@pytest.mark.parametrize("seed_value", range(6))
def test_model_moves_match_the_service(service: CoachService, seed_value: int) -> None:
    """Random key sequences give the same board locally and in the store."""
    seed(service)
    for n in range(6):
        service.goals.add(f"Extra goal {n}", column=["backlog", "next", "doing"][n % 3])
    rng = random.Random(seed_value)
    model = BoardModel()
    model.load(service.board.columns(), service.goals.find(), {})
    for _ in range(60):
        dx, dy = rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1), (0, 0)])
        if (dx, dy) == (0, 0):
            model.step(rng.choice([-1, 1]), rng.choice([-1, 0, 1]))
            continue
        goal = model.selected
        if goal is None:
            model.step(1, 0)
            continue
        if dx and model.move_across(dx):
            service.goals.shift(goal.id, columns=dx)
        elif dy and model.move_within(dy):
            service.goals.shift(goal.id, rows=dy)
    stored = {c.id: [g.id for g in service.goals.in_column(c.id)] for c in model.columns}
    local = {c.id: [g.id for g in model.goals[i]] for i, c in enumerate(model.columns)}
    assert local == stored


async def test_edit_right_behind_a_move_opens_the_wizard_on_the_moved_goal(
    app: CoachApp, service: CoachService
) -> None:
    """`L e` in one burst: the board froze (the edit waited, inside its own key, for a
    save whose outcome only that same screen could take in)."""
    from screens.goal_wizard.wizard import GoalWizard
    from tests.tui.pilot import send_burst

    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        selected = board.board.selected_id
        send_burst(app, "Le")
        for _ in range(300):  # up to about 15 s; a frozen board never gets there
            await pilot.pause(0.05)
            if isinstance(app.screen, GoalWizard):
                break
        await settle(app, pilot)
        wizard = app.screen
        assert isinstance(wizard, GoalWizard), "the board froze"
        assert wizard.goal is not None and wizard.goal.id == selected
        assert wizard.goal.column != "backlog"  # it opened on the goal as saved, moved


async def test_notes_about_a_hostile_goal_carry_no_control_characters(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    hostile = "Awards\x1b]0;pwned\x07 \x1b]52;c;cHduZWQ=\x07 and \x9b31m \u202eevil"
    goal = service.goals.get("g-awards0001")
    with service.repo.transaction():
        service.repo.put(goal.model_copy(update={"statement": hostile}))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_board(app, pilot)
        await pilot.press("L")
        await settle(app, pilot)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        said = [n.message + (n.title or "") for n in app._notifications]
        assert any(s.startswith("Undone: move goal") and "Awards" in s for s in said), said
        assert not [s for s in said if any(c in s for c in CONTROL_BYTES)], said

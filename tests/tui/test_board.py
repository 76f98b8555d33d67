"""The goal board: navigation, moves saved at once, the done prompt, filters, columns, undo."""

from __future__ import annotations

import html
import random
import re
import sys
import types
from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

import pytest
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, OptionList, Static

from coach.models import Goal, default_columns
from coach.service import CoachService
from coach.text import printable
from screens.app import CoachApp, make_app
from screens.board.column import CARD_HEIGHT, BoardColumn, due_of
from screens.board.dialogs import GoalDetail, PickOne
from screens.board.done_prompt import DonePrompt
from screens.board.model import BoardModel
from screens.board.screen import BoardScreen
from screens.messages import OpenRecord
from screens.widgets.dialogs import AskText, Confirm
from tests.tui.conftest import settle
from tests.tui.data import T0, at, seed
from tests.tui.nasty import CONTROL_BYTES, NASTY

# The seeded board (tests/tui/data.py), column by column, in board order.
SEEDED = {
    "backlog": ["g-awards0001", "g-portfolio1"],
    "next": ["g-artdir0001"],
    "doing": ["g-pitches001"],
    "done": ["g-assoc00001"],
}


def on_disk(reopen: Callable[[], CoachService]) -> dict[str, list[str]]:
    """Each column's goal ids in board order, as another process reads the file."""
    fresh = reopen()
    return {c.id: [g.id for g in fresh.goals.in_column(c.id)] for c in fresh.board.columns()}


def screen_lines(app: CoachApp) -> list[str]:
    """The screen as lines of text, rebuilt from the SVG screenshot."""
    svg = app.export_screenshot()
    rows: dict[int, dict[int, str]] = {}
    pattern = r'<text[^>]*x="([\d.]+)"[^>]*clip-path="url\(#[\w-]+-line-(\d+)\)">(.*?)</text>'
    for x, line, chunk in re.findall(pattern, svg, flags=re.S):
        rows.setdefault(int(line), {})[round(float(x) / 12.2)] = html.unescape(chunk)
    out = []
    for line in range(max(rows, default=-1) + 1):
        text = ""
        for col, chunk in sorted(rows.get(line, {}).items()):
            text = text.ljust(col) + chunk.replace("\xa0", " ")
        out.append(text)
    return out


def column_text(widget: BoardColumn) -> str:
    """What a column draws, line by line."""
    height = widget.scrollable_content_region.height
    return "\n".join(widget.render_line(y).text for y in range(height))


def board_of(app: CoachApp) -> BoardScreen:
    screen = app.screen
    assert isinstance(screen, BoardScreen)
    return screen


def status(app: CoachApp) -> str:
    return str(board_of(app).query_one("#board-status", Static).render())


async def open_board(app: CoachApp, pilot: Any) -> BoardScreen:
    await pilot.press("4")
    await pilot.pause()
    return board_of(app)


def shown_ids(board: BoardScreen) -> list[list[str]]:
    return [[g.id for g in goals] for goals in board.board.shown]


# -- what it shows -----------------------------------------------------------------------


async def test_columns_and_cards(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        widgets = list(board.query(BoardColumn))
        titles = [w.border_title for w in widgets]
        assert titles == ["Backlog · 2", "Next · 1", "Doing · 1", "Done · 1"]
        backlog, _, doing, done = (column_text(w) for w in widgets)
        assert "Enter three international" in backlog and "competitions" in backlog
        assert "↳ Award-winning creative" in backlog
        assert "overdue 11 d" in backlog  # deadline 2026-11-10, today 2026-11-21
        assert "due in 14 d" in backlog  # 2026-12-05: within two weeks
        assert "due 2027-12-31" in doing and "24%" in doing  # 12 of 50 pitches
        assert "done 2026-10-22" in done and "100%" in done
        assert backlog.splitlines()[0].startswith("▌")  # the cursor is on the first card
        assert "Backlog · card 1 of 2" in status(app)


async def test_overdue_and_due_soon_are_coloured(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        backlog = board.query(BoardColumn).first()
        overdue = backlog.get_visual_style("board-column--overdue", partial=True)
        soon = backlog.get_visual_style("board-column--soon", partial=True)
        assert overdue.foreground != soon.foreground
        segments = list(backlog.render_line(3)) + list(backlog.render_line(3 + CARD_HEIGHT))
        colours = {s.text.strip(): s.style.color for s in segments if s.text.strip()}
        assert colours["overdue 11 d"] == overdue.rich_style.color
        assert colours["due in 14 d"] == soon.rich_style.color


async def test_columns_do_not_take_focus(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        assert board.focused is None
        assert not any(w.can_focus for w in board.query(BoardColumn))


@pytest.mark.parametrize(
    ("deadline", "column", "expected"),
    [
        (None, "next", ("no deadline", "no date", "none")),
        (date(2026, 11, 10), "next", ("overdue 11 d", "11 d late", "overdue")),
        (date(2026, 11, 21), "doing", ("due today", "today", "soon")),
        (date(2026, 12, 5), "backlog", ("due in 14 d", "in 14 d", "soon")),
        (date(2026, 12, 6), "backlog", ("due 2026-12-06", "2026-12-06", "")),
        (date(2026, 11, 10), "done", ("done 2026-10-22", "2026-10-22", "done")),
    ],
)
def test_deadline_wording(
    deadline: date | None, column: str, expected: tuple[str, str, str]
) -> None:
    columns = {c.id: c for c in default_columns()}
    goal = Goal(
        id="g-1",
        statement="A goal",
        column=column,
        deadline=deadline,
        created=T0,
        updated=T0,
        done=at(30) if column == "done" else None,
    )
    assert due_of(goal, columns[column], date(2026, 11, 21)) == expected


# -- moving the cursor ---------------------------------------------------------------------


async def test_arrows_and_hjkl_move_the_selection(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        assert board.board.selected_id == "g-awards0001"
        await pilot.press("down")
        assert board.board.selected_id == "g-portfolio1"
        await pilot.press("right")  # Next has one card: the row is kept as near as it can be
        assert board.board.selected_id == "g-artdir0001"
        await pilot.press("l", "l")
        assert board.board.selected_id == "g-assoc00001"
        await pilot.press("l")  # already the last column
        assert board.board.selected_id == "g-assoc00001"
        await pilot.press("h", "h", "h")
        assert board.board.selected_id == "g-portfolio1"  # back on the row it came from
        await pilot.press("k")
        assert board.board.selected_id == "g-awards0001"
        await pilot.press("j", "up")
        assert board.board.selected_id == "g-awards0001"
        await pilot.press("end")
        assert board.board.selected_id == "g-portfolio1"
        assert "Backlog · card 2 of 2" in status(app)


async def test_clicking_a_card_selects_it(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        doing = list(board.query(BoardColumn))[2]
        await pilot.click(doing, offset=(3, 2))
        assert board.board.selected_id == "g-pitches001"


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
        assert isinstance(app.screen, DonePrompt)
        text = "\n".join(screen_lines(app))
        assert "What did you learn on the way to this goal?" in text
        assert "Win 50 pitches by the end of 2027" in text
        await pilot.press(*"Ask more [/] questions", "ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
    fresh = reopen()
    assert "g-pitches001" in on_disk(reopen)["done"]
    entries = fresh.journal.find()
    assert len(entries) == before + 1
    (entry,) = [e for e in entries if e.prompt_id == "goal_done"]
    assert entry.body == "Ask more [/] questions"
    assert entry.goal_ids == ("g-pitches001",)
    assert entry.prompt_text == "What did you learn on the way to this goal?"
    assert entry.tags == ("done",)


async def test_skipping_the_prompt_keeps_the_move(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    before = len(service.journal.find())
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l", "l", "L")
        assert isinstance(app.screen, DonePrompt)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
        assert board.board.selected_id == "g-pitches001"
    assert "g-pitches001" in on_disk(reopen)["done"]
    assert len(reopen().journal.find()) == before


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


# -- filters -----------------------------------------------------------------------------------


async def test_filter_by_text(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("slash", *"portfolio", "enter")
        assert shown_ids(board) == [["g-portfolio1"], [], [], []]
        assert board.focused is None  # the keys are the board's again
        assert board.query(BoardColumn).first().border_title == "Backlog · 1/2"
        assert "words “portfolio”" in status(app)
        assert "nothing matches" in column_text(list(board.query(BoardColumn))[1])
        await pilot.press("escape")
        assert shown_ids(board) == list(SEEDED.values())
        assert not board.query_one("#board-filter", Input).display


def send_burst(app: CoachApp, keys: str) -> None:
    """Queue keys all at once, as a terminal delivers a fast burst (pilot.press waits)."""
    from textual import events

    names = {"/": "slash", "\r": "enter", "\x1b": "escape"}
    for char in keys:
        app.post_message(events.Key(names.get(char, char), char if char.isprintable() else None))


async def test_filter_typed_in_a_burst_is_text_not_commands(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    service.goals.add("Portfolio reviews with a mentor", column="backlog")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        # "a", "t", "d" and "n" are board keys; after "/" they are words, and after
        # enter the keys are the board's again: j selects, K moves the card up.
        send_burst(app, "/portfolio and\x1b/portfolio\rjK")
        for _ in range(6):
            await pilot.pause()
        await settle(app, pilot)
        assert isinstance(app.screen, BoardScreen)
        assert board.query_one("#board-filter", Input).value == "portfolio"
        assert board.focused is None
        backlog = [g.statement for g in reopen().goals.in_column("backlog")]
        assert backlog[1:] == ["Portfolio reviews with a mentor", "Publish my portfolio website"]
        # With the field focused, keys queued behind enter are not typed into it.
        await pilot.press("slash", "end")
        send_burst(app, " x\rj")
        for _ in range(6):
            await pilot.pause()
        assert board.board.filters.text == "portfolio x"
        assert board.focused is None


async def test_words_typed_before_the_field_hears_of_its_focus_are_kept(
    app: CoachApp, service: CoachService
) -> None:
    from textual import events

    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        field = board.query_one("#board-filter", Input)
        # A fast burst: "/" gives the field the focus, and the keys that had reached the
        # board already are typed into it there, before the field's Focus event is read.
        board.action_filter_text()
        for char in "websit":
            board.on_key(events.Key(char, char))
        await pilot.pause()  # the Focus event: it must not select what is typed (the
        await pilot.press("e")  # next key would replace it all)
        assert field.value == "website"
        assert "words “website”" in status(app)
        # Opened again on words already there, the first key typed replaces them,
        # whether it reaches the field or the board first.
        await pilot.press("enter")
        board.action_filter_text()
        board.on_key(events.Key("p", "p"))
        await pilot.pause()
        await pilot.press("o")
        assert field.value == "po"


async def test_filter_by_aspiration(app: CoachApp, service: CoachService) -> None:
    seed(service)
    lisbon = service.goals.add("Open a studio in Lisbon", aspiration_id="a-salary0001")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("a")
        assert isinstance(app.screen, PickOne)
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(3)]
        assert labels == [
            "All aspirations",
            "Award-winning creative director",
            "Earn 120k and move to Lisbon",
        ]
        await pilot.press("down", "down", "enter")
        assert shown_ids(board) == [[lisbon.id], [], [], []]
        assert board.board.selected_id == lisbon.id
        await pilot.press("a", "home", "enter")  # "All aspirations"
        assert sum(map(len, shown_ids(board))) == 6


async def test_filter_by_tag(app: CoachApp, service: CoachService) -> None:
    seed(service)
    service.goals.edit("g-pitches001", tags=["pitching"])
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("t")
        assert isinstance(app.screen, PickOne)
        await pilot.press("down", "down", "enter")  # All tags, #pitching, #portfolio
        assert shown_ids(board) == [["g-portfolio1"], [], [], []]
        assert "tag #portfolio" in status(app)
        await pilot.press("escape")
        assert sum(map(len, shown_ids(board))) == 5


async def test_reordering_under_a_filter_jumps_hidden_goals(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    service.goals.add("Hidden between them", column="backlog")
    service.goals.add("Portfolio reviews with a mentor", column="backlog")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("slash", *"portfolio", "enter", "j", "K")
        await settle(app, pilot)
        backlog = [g.statement for g in reopen().goals.in_column("backlog")]
        assert backlog == [
            "Enter three international competitions",
            "Portfolio reviews with a mentor",
            "Publish my portfolio website",
            "Hidden between them",
        ]
        assert board.board.selected.statement == "Portfolio reviews with a mentor"


async def test_select_record_clears_filters_that_hide_the_goal(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("slash", *"portfolio", "enter")
        board.select_record("g-pitches001")
        await pilot.pause()
        assert not board.board.filters.active
        assert board.board.selected_id == "g-pitches001"


async def test_the_dashboard_opens_a_goal_on_the_board(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        app.post_message(OpenRecord("goal", "g-artdir0001"))
        await pilot.pause()
        await pilot.pause()
        assert board_of(app).board.selected_id == "g-artdir0001"


# -- columns -------------------------------------------------------------------------------------


async def test_add_rename_and_move_columns(
    app: CoachApp, service: CoachService, reopen: Callable[[], CoachService]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("c")
        assert isinstance(app.screen, AskText)
        await pilot.press(*"Waiting", "enter")
        await settle(app, pilot)
        names = [c.name for c in reopen().board.columns()]
        assert names == ["Backlog", "Next", "Doing", "Waiting", "Done"]
        assert len(board.query(BoardColumn)) == 5
        await pilot.press("l", "R")
        app.screen.query_one(Input).value = ""
        await pilot.press(*"Up next", "enter")
        await settle(app, pilot)
        assert [c.name for c in reopen().board.columns()][1] == "Up next"
        assert list(board.query(BoardColumn))[1].border_title == "Up next · 1"
        await pilot.press("greater_than_sign", "greater_than_sign")
        await settle(app, pilot)
        names = [c.name for c in reopen().board.columns()]
        assert names == ["Backlog", "Doing", "Waiting", "Up next", "Done"]
        assert board.board.col == 3 and board.board.selected_id == "g-artdir0001"
        await pilot.press("less_than_sign")
        await settle(app, pilot)
        assert [c.name for c in reopen().board.columns()][2] == "Up next"


# -- opening, new and edit -----------------------------------------------------------------------


async def test_enter_shows_the_whole_goal(app: CoachApp, service: CoachService) -> None:
    seed(service)
    service.goals.edit("g-pitches001", specific="Win pitches for national brands")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "enter")
        assert isinstance(app.screen, GoalDetail)
        text = "\n".join(screen_lines(app))
        for part in ("Specific", "Measurable", "Achievable", "Realistic", "Time-bound"):
            assert part in text
        assert "Win pitches for national brands" in text
        assert "pitches won: 12 of 50" in text
        assert "deadline: 2027-12-31" in text
        await pilot.press("escape")
        assert isinstance(app.screen, BoardScreen)


class FakeWizard(ModalScreen[str | None]):
    opened: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, service: CoachService, **kwargs: Any) -> None:
        super().__init__()
        FakeWizard.opened.append(kwargs)


@pytest.fixture
def fake_wizard(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    module = types.ModuleType("screens.goal_wizard.wizard")
    module.GoalWizard = FakeWizard  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "screens.goal_wizard.wizard", module)
    FakeWizard.opened = []
    return FakeWizard.opened


async def test_new_and_edit_open_the_wizard(
    app: CoachApp, service: CoachService, fake_wizard: list[dict[str, Any]]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "n")
        assert isinstance(app.screen, FakeWizard)
        assert fake_wizard[-1] == {"column": "next", "aspiration_id": None}
        app.screen.dismiss(None)
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(fake_wizard[-1]["goal"], Goal)
        assert fake_wizard[-1]["goal"].id == "g-artdir0001"
        app.screen.dismiss(None)
        await pilot.press("enter", "e")
        await pilot.pause()
        assert isinstance(app.screen, FakeWizard)


async def test_the_wizard_result_is_selected(
    app: CoachApp, service: CoachService, fake_wizard: list[dict[str, Any]]
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("n")
        added = service.goals.add("Made in the wizard", column="backlog")
        app.screen.dismiss(added.id)
        await pilot.pause()
        assert board.board.selected_id == added.id


async def test_without_the_wizard_new_goal_explains(
    service: CoachService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "screens.goal_wizard.wizard", None)  # import fails
    app = make_app(service)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_board(app, pilot)
        await pilot.press("n")
        assert isinstance(app.screen, BoardScreen)
        assert any("goal wizard is not available" in n.message for n in app._notifications)


async def test_palette_new_goal_goes_to_the_board(
    app: CoachApp, service: CoachService, fake_wizard: list[dict[str, Any]]
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        app.action_new_goal()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, FakeWizard)
        assert fake_wizard[-1]["column"] == "backlog"


# -- an empty store, the help screen, unsaved answers --------------------------------------


async def test_an_empty_board(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("L", "j", "d", "enter", "e", "K", "l", "h")
        assert isinstance(app.screen, BoardScreen)
        words = " ".join(column_text(board.query(BoardColumn).first()).split())
        assert words == "empty: n adds a goal"
        assert "Backlog · no cards" in status(app)


async def test_help_lists_the_board_keys(app: CoachApp, service: CoachService) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("question_mark")
        table = app.screen.query_one(DataTable)
        rows = {
            str(table.get_row_at(i)[0]): str(table.get_row_at(i)[1]) for i in range(table.row_count)
        }
        assert rows["L"] == rows["shift+right"] == "Move card right"
        assert rows["/"] == "Filter" and rows["c"] == "Add column"
        assert rows["<"] == "Column left" and rows["R"] == "Rename column"
        ids = {b.id for b in BoardScreen.BINDINGS if hasattr(b, "id")}
        assert all(i and i.startswith("board.") for i in ids)


async def test_quitting_with_an_answer_half_written_asks(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_board(app, pilot)
        await pilot.press("l", "l", "L", *"half an answer", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert app.is_running


# -- a big board -----------------------------------------------------------------------------


async def test_a_long_column_mounts_no_widget_per_card(
    app: CoachApp, service: CoachService
) -> None:
    for n in range(300):
        service.goals.add(f"Finished goal number {n}", column="done")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        done = list(board.query(BoardColumn))[3]
        assert not done.children
        assert done.virtual_size.height == 300 * CARD_HEIGHT
        await pilot.press("l", "l", "l", "end")
        assert board.board.row_index == 299
        assert "Finished goal number 299" in column_text(done)
        assert "Done · card 300 of 300" in status(app)
        await pilot.press("pageup", "home")
        assert "Finished goal number 0" in column_text(done)


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


# -- hostile text ------------------------------------------------------------------------------


async def test_nasty_text_is_shown_literally(app: CoachApp, service: CoachService) -> None:
    for text in NASTY:
        aspiration = service.aspirations.add(text)
        tag = re.sub(r"\s", "", text)[:60]
        service.goals.add(text, aspiration_id=aspiration.id, tags=[tag], column="next")
    goals = service.goals.in_column("next")
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(app, pilot)
        await pilot.press("l")
        column = list(board.query(BoardColumn))[1]
        seen = ""
        for goal in goals:
            assert board.board.selected_id == goal.id
            seen += column_text(column)
            await pilot.press("enter")
            assert isinstance(app.screen, GoalDetail)
            detail = "\n".join(str(s.render()) for s in app.screen.query(Static))
            assert printable(goal.statement) in detail
            assert "#" + printable(goal.tags[0]) in detail
            await pilot.press("escape", "j")
        for shown in ("[/]", "[@click=app.quit]click", "[bold]not bold[/bold]", "[link=https://"):
            assert shown in seen
        await pilot.press("home", "j", "j", "L", "L")  # "[@click=app.quit]click me[/]" to Done
        assert isinstance(app.screen, DonePrompt)
        assert "✓ [@click=app.quit]click me[/]" in "\n".join(screen_lines(app))
        await pilot.press("escape", "t")
        picker = app.screen.query_one(OptionList)
        labels = [str(picker.get_option_at_index(i).prompt) for i in range(picker.option_count)]
        assert "#[/]" in labels and "#[@click=app.quit]clickme[/]" in labels
        await pilot.press("escape", "slash", *"[/] [@click=app.quit]", "enter")
        await settle(app, pilot)
        assert "words “[/] [@click=app.quit]”" in status(app)
        everything = "\n".join(screen_lines(app)) + seen + status(app)
        assert app.is_running
        for byte in CONTROL_BYTES:
            assert byte not in everything


# -- snapshots -------------------------------------------------------------------------------


def test_snapshot_seeded_120x40(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=["4", "l", "l"])


def test_snapshot_seeded_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=["4", "j"])


def test_snapshot_filtered_120x40(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    keys = ["4", "slash", *"portfolio", "enter"]
    assert snap_compare(make_app(service), terminal_size=(120, 40), press=keys)


def test_snapshot_done_prompt_80x24(snap_compare: Any, service: CoachService) -> None:
    seed(service)
    keys = ["4", "l", "l", "L", *"Ask better questions"]
    assert snap_compare(make_app(service), terminal_size=(80, 24), press=keys)

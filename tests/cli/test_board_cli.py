"""`coach aspiration` and `coach goal`, scripted through --json."""

from __future__ import annotations

from datetime import date

from tests.programs import Run


def test_aspiration_add_list_show_retire(run: Run, run_json) -> None:  # type: ignore[no-untyped-def]
    ahead = str(date.today().year + 5)  # a horizon still ahead on whatever day the suite runs
    made = run_json(
        "aspiration",
        "add",
        "Award-winning",
        "creative",
        "director",
        "--why",
        "ideas",
        "--horizon",
        ahead,
    )
    assert made["title"] == "Award-winning creative director" and made["horizon"] == ahead
    assert [a["id"] for a in run_json("aspiration", "list")] == [made["id"]]
    bad = run("aspiration", "add", "Lead", "--horizon", "one day")
    assert bad.exit_code == 1 and "not a year" in bad.output
    past = run("aspiration", "add", "Lead", "--horizon", "1999")
    assert past.exit_code == 2
    assert "--horizon: the horizon 1999 has already passed" in past.output
    assert "give a year or a date still ahead" in past.output
    revised = run("aspiration", "revise", made["id"], "--horizon", "2020-05", "--reason", "x")
    assert revised.exit_code == 2 and "2020-05-31 has already passed" in revised.output
    assert [a["horizon"] for a in run_json("aspiration", "list")] == [ahead]
    assert run("aspiration", "retire", made["id"], "--reason", "moving to product").exit_code == 0
    shown = run_json("aspiration", "show", made["id"])
    assert shown["status"] == "retired" and shown["history"][0]["reason"] == "moving to product"
    assert run_json("aspiration", "list", "--status", "active") == []


def test_goal_add_list_move(run: Run, run_json) -> None:  # type: ignore[no-untyped-def]
    aspiration = run_json("aspiration", "add", "Finance director")
    goal = run_json(
        "goal",
        "add",
        "Complete an MBA",
        "-a",
        aspiration["id"],
        "-d",
        "2028-06-30",
        "-t",
        "study",
        "--metric",
        "modules",
        "--target",
        "12",
        "--current",
        "0",
    )
    assert goal["deadline"] == "2028-06-30" and goal["measurable"]["target"] == 12
    other = run_json("goal", "add", "Win 50 pitches", "--deadline", "none")
    assert other["deadline"] is None
    moved = run_json("goal", "move", goal["id"], "Doing")
    assert moved["column"] == "doing" and moved["started"] is not None
    done = run("goal", "move", goal["id"], "done")
    assert done.exit_code == 0 and "What did you learn" in done.stdout
    listed = run_json("goal", "list", "--column", "done")
    assert [g["id"] for g in listed] == [goal["id"]]
    assert listed[0]["done"] is not None
    assert [g["id"] for g in run_json("goal", "list", "--aspiration", aspiration["id"])] == [
        goal["id"]
    ]
    bad_column = run("goal", "move", goal["id"], "Archive")
    assert bad_column.exit_code == 1 and "Backlog, Next, Doing, Done" in bad_column.output
    assert run("goal", "add", "x", "--deadline", "whenever").exit_code == 1
    assert run("goal", "delete", other["id"], "--yes").exit_code == 0
    assert len(run_json("goal", "list")) == 1


def test_goal_deadline_from_statement(run_json) -> None:  # type: ignore[no-untyped-def]
    goal = run_json("goal", "add", "Win 50 pitches by the end of 2027")
    assert goal["deadline"] == "2027-12-31"


def test_goal_move_to_position(run: Run, run_json) -> None:  # type: ignore[no-untyped-def]
    ids = [run_json("goal", "add", f"goal {i}")["id"] for i in range(3)]
    run("goal", "move", ids[2], "backlog", "--position", "1")
    assert [g["id"] for g in run_json("goal", "list")] == [ids[2], ids[0], ids[1]]

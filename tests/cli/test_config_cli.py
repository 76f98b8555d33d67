"""`coach config`: the settings file shown, read and written; its date order and fiscal
year feed `coach check`; a wrong value is named, and the default used."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.config import config_path
from tests.programs import Run


def test_set_get_and_show(run: Run, isolated_home: Path) -> None:
    assert "date_order         'mdy'      (default)" in run("config").output
    said = run("config", "set", "fiscal_year_start", "april")
    assert said.exit_code == 0 and "fiscal_year_start = 4" in said.output
    run("config", "set", "date_order", "dmy")
    assert run("config", "get", "date_order").output == "dmy\n"
    path = config_path()
    assert path.is_relative_to(isolated_home / ".config")
    assert path.read_text().splitlines()[1:] == ["fiscal_year_start = 4", 'date_order = "dmy"']
    refused = run("config", "set", "date_order", "backwards")
    assert refused.exit_code == 2
    assert "date_order must be one of mdy, dmy, ymd, not 'backwards'" in refused.output
    assert run("config", "get", "date_order").output == "dmy\n"  # unchanged


def test_settings_not_set_say_what_is_used_instead(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They showed as '' with no word of the columns, editor or folder coach uses."""
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "my-editor --wait")
    lines = {line.split()[0]: line for line in run("config").output.splitlines()[1:]}
    assert "''" not in run("config").output
    assert "(not set)" in lines["board_columns"]
    assert lines["board_columns"].endswith("uses Backlog, Next, Doing, Done")
    assert lines["editor"].endswith("uses $EDITOR: my-editor --wait")
    assert lines["export_folder"].endswith("uses your home folder (~)")
    run("config", "set", "board_columns", "Ideas, Done")
    assert "board_columns      'Ideas, Done'" in run("config").output


def test_the_date_order_and_fiscal_year_feed_coach_check(run: Run) -> None:
    goal = "pass the bar by 3/4/2098"
    assert "2098-03-04" in run("check", goal).output
    run("config", "set", "date_order", "dmy")
    assert "2098-04-03" in run("check", goal).output
    assert "2098-03-04" in run("check", "--date-order", "mdy", goal).output  # a flag wins
    fiscal = "hire two analysts by the end of this fiscal year"
    before = run("check", "--today", "2027-05-01", fiscal).output
    run("config", "set", "fiscal_year_start", "4")
    after = run("check", "--today", "2027-05-01", fiscal).output
    assert "2027-12-31" in before and "2028-03-31" in after


def test_a_wrong_value_names_the_file_the_key_and_what_is_allowed(run: Run) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('date_order = "backwards"\nfiscal_year_start = 13\ncolour = "red"\n')
    result = run("check", "pass the bar by 3/4/2098")
    assert result.exit_code == 0
    assert "2098-03-04" in result.stdout  # the defaults
    assert f"{path}: date_order must be one of mdy, dmy, ymd" in result.stderr
    assert "fiscal_year_start must be a month: 1 to 12" in result.stderr
    assert "there is no setting 'colour'" in result.stderr
    path.write_text("date_order = \n")
    assert f"{path} is not valid TOML" in run("config").stderr


def test_a_new_board_starts_with_the_columns_set(run: Run, run_json) -> None:  # type: ignore[no-untyped-def]
    refused = run("config", "set", "board_columns", "Only one")
    assert refused.exit_code == 2 and "two to eight column names" in refused.output
    run("config", "set", "board_columns", "Ideas,  Doing , Shipped")
    assert run("config", "get", "board_columns").output == "Ideas, Doing, Shipped\n"
    said = run("goal", "add", "Win 5 pitches by 2027-06-30").output
    assert "in Ideas." in said
    (goal,) = run_json("goal", "list")
    moved = run("goal", "move", goal["id"], "shipped")
    assert moved.exit_code == 0, moved.output
    (goal,) = run_json("goal", "list")
    assert goal["column"] == "shipped" and goal["done"] is not None
    run("config", "set", "board_columns", "A, B")  # a board already made keeps its columns
    assert "[Shipped]" in run("goal", "list").output


def test_set_changes_one_line_and_keeps_the_rest_of_the_file(run: Run) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    mine = '# my settings, kept in git\ntheme = "light"  # easier on the eyes\nfuture = 3\n'
    path.write_text(mine)
    assert run("config", "set", "week_start", "Sun").exit_code == 0
    assert path.read_text() == mine + 'week_start = "sunday"\n'
    run("config", "set", "theme", "dark")
    assert path.read_text().splitlines()[:3] == [
        "# my settings, kept in git",
        'theme = "dark"',
        "future = 3",
    ]


def test_set_never_rewrites_a_file_that_is_not_toml(run: Run) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"theme = light\n# half-written by hand\n")
    refused = run("config", "set", "week_start", "sunday")
    assert refused.exit_code == 1
    assert "is not valid TOML" in refused.output and "nothing was changed" in refused.output
    assert path.read_bytes() == b"theme = light\n# half-written by hand\n"


def test_set_writes_through_a_symlinked_dotfile(run: Run, tmp_path: Path) -> None:
    kept = tmp_path / "dotfiles" / "coach.toml"
    kept.parent.mkdir()
    kept.write_text('theme = "light"\n')
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(kept)
    run("config", "set", "date_order", "dmy")
    assert path.is_symlink()
    assert kept.read_text() == 'theme = "light"\ndate_order = "dmy"\n'


def test_week_start_is_a_day_name_and_feeds_coach_check(run: Run) -> None:
    refused = run("config", "set", "week_start", "blursday")
    assert (
        refused.exit_code == 2 and "a day of the week, such as monday or sunday" in refused.output
    )
    goal = "send 20 applications by the end of the week"
    # 2027-05-05 is a Wednesday: a Monday week ends on Sunday the 9th, a Sunday week on
    # Saturday the 8th, a Saturday week on Friday the 7th.
    assert "2027-05-09" in run("check", "--today", "2027-05-05", goal).output
    run("config", "set", "week_start", "sunday")
    assert run("config", "get", "week_start").output == "sunday\n"
    assert "2027-05-08" in run("check", "--today", "2027-05-05", goal).output
    run("config", "set", "week_start", "SAT")
    assert "2027-05-07" in run("check", "--today", "2027-05-05", goal).output


def test_goal_add_reads_the_statement_and_deadline_the_persons_way(run: Run, run_json) -> None:  # type: ignore[no-untyped-def]
    run("config", "set", "date_order", "dmy")
    run("goal", "add", "Give 4 talks by 3/4/2098")
    run("goal", "add", "Write 2 posts", "-d", "5/6/2099")
    dates = sorted(g["deadline"] for g in run_json("goal", "list"))
    assert dates == ["2098-04-03", "2099-06-05"]


def test_an_export_folder_that_does_not_exist_is_named_and_a_file_is_refused(
    run: Run, tmp_path: Path
) -> None:
    missing = tmp_path / "does" / "not" / "exist"
    said = run("config", "set", "export_folder", str(missing))
    assert said.exit_code == 0
    assert f"{missing} does not exist yet: the app creates it the first time" in said.output
    (tmp_path / "plans").mkdir()
    said = run("config", "set", "export_folder", str(tmp_path / "plans"))
    assert said.exit_code == 0 and "does not exist" not in said.output
    (tmp_path / "a-file").write_text("x")
    refused = run("config", "set", "export_folder", str(tmp_path / "a-file"))
    assert refused.exit_code == 2 and "is a file" in refused.output
    assert run("config", "get", "export_folder").output == f"{tmp_path / 'plans'}\n"

"""`coach check`: its output, its reading options and its exit codes (0 met, 3 not yet, 2 usage)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.programs import Run, coach_process

KEYS = {"text", "specific", "measurable", "achievable", "realistic", "time_bound", "deadline"}
KEYS |= {"assumptions", "parts", "aspiration", "field"}
TODAY = ("--today", "2026-12-03")


def test_check_json_shape(run: Run) -> None:
    result = run("check", *TODAY, "--json", "win 50 pitches by the end of 2027")
    assert result.exit_code == 0
    data = orjson.loads(result.stdout)
    assert set(data) == KEYS
    assert data["text"] == "win 50 pitches by the end of 2027"
    assert data["deadline"] == "2027-12-31"
    assert data["time_bound"]["ok"] is True and data["measurable"]["ok"] is True
    assert data["achievable"]["ok"] is None and data["realistic"]["ok"] is None
    assert data["assumptions"] == [] and data["parts"] == [] and data["aspiration"] is None
    for name in ("specific", "measurable", "achievable", "realistic", "time_bound"):
        assert set(data[name]) == {"ok", "reason", "suggestion"}
        assert data[name]["reason"] and data[name]["suggestion"]


def test_check_vague_goal_says_what_is_missing_and_exits_3(run: Run) -> None:
    result = run("check", *TODAY, "be", "more", "successful")
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Specific") and "missing" in lines[0]
    assert any(line.startswith("Time-bound") and "missing" in line for line in lines)
    assert any(line.startswith("Achievable") and "ask yourself" in line for line in lines)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("pass the NCLEX by august 2027", 0),
        ("pass the NCLEX", 3),  # no date
        ("get better at charting by june", 3),  # not specific
        ("pass the NCLEX by august 2025", 3),  # the date has passed
        ("pass the NCLEX before my 30th birthday", 3),  # no date coach can know
        ("pass the NCLEX by im", 3),  # a line cut short: judged, not a crash
    ],
)
def test_check_exit_status_gates_on_smart(run: Run, text: str, code: int) -> None:
    assert run("check", *TODAY, text).exit_code == code
    assert run("check", *TODAY, "--json", text).exit_code == code


@pytest.mark.parametrize("words", [["  "], [], ["", " "]])
def test_check_empty_text_is_a_usage_mistake(run: Run, words: list[str]) -> None:
    result = run("check", *words)
    assert result.exit_code == 2 and "give a goal statement" in result.output


@pytest.mark.parametrize(
    ("order", "deadline"), [("mdy", "2027-03-04"), ("dmy", "2027-04-03"), ("ymd", "2027-03-04")]
)
def test_check_date_order_option(run: Run, order: str, deadline: str) -> None:
    result = run("check", *TODAY, "--date-order", order, "--json", "get my G2 ticket by 3/4/2027")
    data = orjson.loads(result.stdout)
    assert data["deadline"] == deadline
    assert "change the date order" in data["assumptions"][0]


@pytest.mark.parametrize(("start", "deadline"), [("1", "2026-12-31"), ("april", "2027-03-31")])
def test_check_fiscal_year_option(run: Run, start: str, deadline: str) -> None:
    args = ("--fiscal-year-start", start, "--json", "bill 1900 hours this fiscal year")
    data = orjson.loads(run("check", *TODAY, *args).stdout)
    assert data["deadline"] == deadline
    assert "fiscal year" in data["assumptions"][0]


@pytest.mark.parametrize("value", ["13", "0", "spring"])
def test_check_bad_fiscal_year_start_is_a_usage_mistake(run: Run, value: str) -> None:
    result = run("check", "--fiscal-year-start", value, "win 50 pitches by 2027")
    assert result.exit_code == 2 and "is not a month" in result.output


def test_check_says_what_it_assumed(run: Run) -> None:
    result = run("check", *TODAY, "get my G2 gas ticket by 3/4/2027")
    assert 'Assumed: read "3/4/2027" as 4 March 2027' in result.stdout
    assert "--date-order" in result.stdout


def test_check_splits_a_line_with_several_goals(run: Run) -> None:
    text = "finish the course by june and apply for two roles by september"
    result = run("check", *TODAY, text)
    assert result.exit_code == 0
    assert "This holds 2 goals" in result.stdout
    assert "“finish the course by june”" in result.stdout
    data = orjson.loads(run("check", *TODAY, "--json", text).stdout)
    assert [p["deadline"] for p in data["parts"]] == ["2027-06-30", "2027-09-30"]
    assert data["deadline"] == "2027-09-30"


def test_check_offers_to_keep_an_aspiration(run: Run) -> None:
    result = run("check", *TODAY, "one day run my own physio practice")
    assert result.exit_code == 3
    assert "Aspiration?" in result.stdout
    assert "coach aspiration add 'one day run my own physio practice'" in result.stdout


def test_check_help_documents_the_exit_codes(run: Run) -> None:
    out = run("check", "--help").stdout
    assert "0 when" in out and "3 when" in out and "2 for a usage mistake" in out


def test_check_needs_no_store(tmp_path: Path) -> None:
    db = tmp_path / "never.json"
    done = coach_process("check", "--json", "get promoted to team lead in 18 months", db=db)
    assert done.returncode == 0
    assert orjson.loads(done.stdout)["measurable"]["ok"] is True
    assert not db.exists()


def test_check_not_yet_smart_is_exit_3_in_a_real_process(tmp_path: Path) -> None:
    done = coach_process("check", "get better at system design", db=tmp_path / "coach.json")
    assert done.returncode == 3
    assert b"Traceback" not in done.stderr

"""The career plan's Charts section, read back as a Markdown reader reads it: the charts
stand in fenced text blocks exactly as drawn, under headings that show the person's
titles as typed, and the journaling heatmap only with the journal."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from coach.coaching.charts import trend
from coach.export import markdown
from coach.export.chart_section import fenced
from coach.export.snapshot import take
from coach.models import Answer
from coach.service import CoachService
from coach.store.repository import Repository
from tests.clock import TEST_NOW, TZ, Clock

READER = MarkdownIt("gfm-like")
TITLE = "# Lead [a team](https://e.example)"


def _at(clock: Clock, day: str) -> None:
    clock.now = datetime.fromisoformat(day).replace(hour=10, tzinfo=TZ)


def _store(path: Path) -> tuple[CoachService, Clock]:
    """Two aspirations (one evaluated twice), goals done across a year and more, and a
    journal; the clock back at the tests' moment (2026-11-21) at the end."""
    clock = Clock(TEST_NOW)
    service = CoachService(Repository.open(path), clock=clock)
    lead = service.aspirations.add(TITLE, horizon="2030")
    other = service.aspirations.add("Write a book", horizon="2031")
    for day, rating in (("2026-02-01", 4), ("2026-06-01", 3), ("2026-11-01", 2)):
        _at(clock, day)
        service.evaluations.add(lead.id, [Answer(question_id="passion", rating=rating)])
    service.evaluations.add(other.id, [Answer(question_id="passion", rating=5)])
    for n, day in enumerate(("2025-06-10", "2026-09-03", "2026-09-30", "2026-11-20")):
        goal = service.goals.add(f"Goal {n}", aspiration_id=lead.id)
        _at(clock, day)
        service.goals.move(goal.id, "done")
    service.goals.add("Not done yet", aspiration_id=lead.id)
    for day in ("2026-11-18", "2026-11-18", "2026-11-04"):  # two Wednesdays
        _at(clock, day)
        service.journal.add("A private note")
    clock.now = TEST_NOW
    return service, clock


def _shown(inline: Token) -> str:
    """The text a reader shows for an inline token (escapes undone)."""
    return "".join(child.content for child in inline.children or [])


def _section(text: str) -> dict[str, list[Token]]:
    """Each h3 under the Charts heading, as shown, with the tokens that follow it."""
    tokens = READER.parse(text)
    heads = [i for i, t in enumerate(tokens) if t.type == "heading_open"]
    charts = next(i for i in heads if _shown(tokens[i + 1]) == "Charts")
    assert tokens[charts].tag == "h2"
    parts: dict[str, list[Token]] = {}
    for start, end in zip(heads, [*heads[1:], len(tokens)], strict=True):
        if start > charts and tokens[start].tag == "h3":
            parts[_shown(tokens[start + 1])] = tokens[start + 3 : end]
        elif start > charts:
            break
    return parts


def _chart(tokens: list[Token]) -> list[str]:
    (fence,) = [t for t in tokens if t.type == "fence"]
    assert fence.info == "text"
    return fence.content.rstrip("\n").split("\n")


def test_the_plan_shows_the_trend_and_the_months_and_keeps_the_journal_out(
    tmp_path: Path,
) -> None:
    service, _ = _store(tmp_path / "coach.json")
    text = markdown.render(take(service))
    parts = _section(text)
    assert list(parts) == [f"Scores over time: {TITLE}", "Goals done per month"]
    lines = _chart(parts[f"Scores over time: {TITLE}"])
    # The fence holds the drawing as drawn: every space kept.
    evaluations = service.evaluations.for_aspiration(service.aspirations.find()[0].id)
    drawn = trend([(e.created.date(), e.score) for e in evaluations])
    assert lines == [line.rstrip() for line in drawn]
    assert "score 75 -> 25 (down 50) over 3 evaluations" in lines
    months = _chart(parts["Goals done per month"])
    assert [line.split()[0] for line in months] == [
        f"{year}-{month:02d}" for year, month in [(2025, 12)] + [(2026, m) for m in range(1, 12)]
    ]
    shown = {line.split()[0]: line.rsplit(" ", 1)[1] for line in months}
    assert shown["2026-09"] == "2" and shown["2026-11"] == "1" and shown["2026-10"] == "0"
    assert "2025-06" not in text
    assert "Journaling" not in text and "private note" not in text


def test_the_heatmap_comes_with_the_journal(tmp_path: Path) -> None:
    service, _ = _store(tmp_path / "coach.json")
    parts = _section(markdown.render(take(service), with_journal=True))
    assert list(parts)[-1] == "Journaling over the year"
    grid = _chart(parts["Journaling over the year"])
    wednesday = next(line for line in grid if line.startswith("Wed│"))
    assert wednesday[-3:] == " ▒│"  # two entries on the 18th, none in the week before
    assert wednesday[-4] == "░"  # one on the 4th
    assert "3 entries on 2 days" in "\n".join(grid)


def test_a_heading_shows_the_title_as_typed(tmp_path: Path) -> None:
    service, _ = _store(tmp_path / "coach.json")
    tokens = READER.parse(markdown.render(take(service)))
    heading = next(t for t in tokens if t.type == "inline" and "Scores over time" in t.content)
    assert [c.type for c in heading.children or []] == ["text"]


def test_nothing_to_draw_leaves_the_section_out(tmp_path: Path) -> None:
    clock = Clock(TEST_NOW)
    service = CoachService(Repository.open(tmp_path / "coach.json"), clock=clock)
    aim = service.aspirations.add("Lead a team")
    service.evaluations.add(aim.id, [Answer(question_id="passion", rating=3)])
    clock.now = TEST_NOW - timedelta(days=400)
    service.goals.move(service.goals.add("Long ago").id, "done")
    service.journal.add("A note")
    clock.now = TEST_NOW
    assert "Charts" not in markdown.render(take(service))
    # With the journal, the heatmap has a year of it to show.
    assert "## Charts" in markdown.render(take(service), with_journal=True)


def test_backticks_in_a_chart_cannot_close_its_fence() -> None:
    block = "\n".join(fenced(["a ``` b", "c ```` d   "]))
    (token,) = READER.parse(block)
    assert token.type == "fence"
    assert token.content == "a ``` b\nc ```` d\n"

"""User text in the documents coach writes is shown as typed, never read as markup.

Read back with markdown-it (GitHub-like rules, bare links turned on): a hostile title
gives no heading, link, image, HTML, code or emphasis of its own, and no control
characters; in a .docx it is plain text.
"""

from __future__ import annotations

import html
import io
import re
import tempfile
from datetime import date
from pathlib import Path

from docx import Document
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from coach.drafting import Target
from coach.export import docx, markdown
from coach.export.escape import md_block, md_inline
from coach.export.snapshot import take
from coach.models import Achievable, Answer, Measurable, Obstacle
from coach.service import CoachService
from coach.store.repository import Repository
from coach.text import one_line
from tests.clock import TEST_NOW, Clock
from tests.nasty import CONTROL_BYTES, NASTY

READER = MarkdownIt("gfm-like")
# Text as people (and attackers) type it: markup marks are drawn often.
MARKS = "#*_`[]()<>!&|~\\-+=.:/@ \n\t"
hostile = st.text(
    st.one_of(
        st.sampled_from(list(MARKS)),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=60,
) | st.sampled_from(
    [
        "# Hired",
        "[x](https://evil.example)",
        "![img](x.png)",
        "<script>alert(1)</script>",
        "<https://evil.example>",
        "visit www.evil.example or https://evil.example",
        "mail a@b.example",
        "1. first",
        "- item",
        "> quote",
        "---",
        "| a | b |",
        "&lt;b&gt;",
        "`code`",
        "*em* __strong__ ~~del~~",
        "line\n# heading\n<b>x</b>",
        *NASTY,
    ]
)
INLINE_TAGS = re.compile(r"<(?!/?(?:ul|li|h2|p)>)")


def _text_of(rendered: str, tag: str) -> str:
    match = re.fullmatch(rf"(?:<ul>\n)?<{tag}>(.*)</{tag}>\n(?:</ul>\n)?", rendered, flags=re.S)
    assert match is not None, rendered
    return html.unescape(match.group(1))


@settings(max_examples=400, deadline=None)
@given(hostile)
@example("×.AL")  # a domain to a reader: "×" is a letter of a domain name, not of \w
def test_inline_text_renders_as_typed(text: str) -> None:
    escaped = md_inline(text)
    assert "\n" not in escaped
    shown = one_line(text)
    for prefix, tag in (("- ", "li"), ("## ", "h2"), ("", "p")):
        rendered = READER.render(prefix + escaped)
        if not shown:
            continue
        assert not INLINE_TAGS.search(rendered), rendered
        assert _text_of(rendered, tag) == shown.strip()


@settings(max_examples=200, deadline=None)
@given(hostile)
def test_blocks_render_as_paragraphs_of_text(text: str) -> None:
    rendered = READER.render(md_block(text))
    kinds = {t.type for t in READER.parse(md_block(text))}
    assert kinds <= {"paragraph_open", "paragraph_close", "inline"}, (kinds, rendered)
    assert not INLINE_TAGS.search(rendered.replace("<br>", ""))


def _hostile_store(path: Path, title: str) -> CoachService:
    clock = Clock(TEST_NOW)
    service = CoachService(Repository.open(path), clock=clock)
    aim = service.aspirations.add(title, why=title, horizon="2031")
    goal = service.goals.add(
        title,
        aspiration_id=aim.id,
        deadline=date(2026, 10, 1),
        measurable=Measurable(metric=title, target=3, current=4, unit=title[:8]),
        achievable=Achievable(obstacles=(Obstacle(description=title, plan=title),)),
        specific=title,
    )
    service.goals.move(goal.id, "done")
    service.goals.add(title + " again", deadline=date(2027, 10, 1))
    service.journal.add(title, goal_ids=[goal.id])
    for rating in (2, 4):  # two evaluations: a chart of the scores under the title
        service.evaluations.add(aim.id, [Answer(question_id="passion", rating=rating)])
    return service


def _charts_only_in_their_section(tokens: list[Token]) -> None:
    """The one kind of fence in the plan: our charts, as text, in the Charts section."""
    section = ""
    for n, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            section = tokens[n + 1].content
        if token.type == "fence":
            assert section == "Charts" and token.info == "text", token


def _check_document(service: CoachService) -> str:
    app = service.interview.application(Target.of("Lead [x](https://e.example)", "<b>Co</b>"))
    text = markdown.render(take(service), with_journal=True, application=app)
    for control in CONTROL_BYTES:
        assert control not in text
    tokens = READER.parse(text)
    kinds = {t.type for t in tokens}
    assert not kinds & {"html_block", "html_inline", "link_open", "image", "code_inline"}
    _charts_only_in_their_section(tokens)
    for token in tokens:
        for child in token.children or ():
            assert child.type not in {"link_open", "image", "html_inline", "code_inline", "s_open"}
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == "My career plan"
    ours = {
        "My career plan",
        "Goals that lead there",
        "For your resume and cover letter",
        "Career objective",
        "Resume lines",
        "Cover-letter paragraph",
        "Achievement stories",
        "Goals not yet tied to an aspiration",
        "Recent reflections",
        "Charts",
        "Goals done per month",
        "Journaling over the year",
        "Reviews",
        "Goals let go of",
    }
    # every other heading is a title, a goal or a date we put there ourselves
    # and four of the person's: the aspiration, the done goal's story, the entry's date
    # and the aspiration's scores over time
    assert len([h for h in headings if h not in ours]) == 4, headings
    assert f"Scores over time: {md_inline(service.aspirations.find()[0].title)}" in headings
    return text


@settings(max_examples=25, deadline=None)
@given(hostile.filter(lambda t: one_line(t) != "" and len(one_line(t)) < 80))
def test_a_hostile_title_injects_nothing_into_the_plan(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _check_document(_hostile_store(Path(folder) / "coach.json", one_line(text)))


def test_the_nasty_list_in_markdown_and_docx(tmp_path: Path) -> None:
    for n, text in enumerate(NASTY):
        service = _hostile_store(tmp_path / f"{n}.json", text)
        _check_document(service)
        app = service.interview.application()
        document = Document(io.BytesIO(docx.render(app, with_journal=True)))
        body = "\n".join(p.text for p in document.paragraphs)
        for control in CONTROL_BYTES:
            assert control not in body
        assert one_line(text)[:20] in body

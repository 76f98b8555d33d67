"""The resume and cover-letter pieces as a Word document (.docx), made with python-docx.

The same pieces as the Markdown and plain-text exports: the career objective, the
resume lines as a bulleted list, the cover-letter paragraph and the achievement
stories. User text goes in as plain runs (nothing in it can become structure) after
:func:`~coach.export.escape.docx_text` removes what a document cannot hold.
"""

from __future__ import annotations

import io

from coach.drafting.application import Application
from coach.export.application import NO_RESULTS, TITLE, for_whom, story_parts
from coach.export.escape import docx_text


def render(application: Application, *, with_journal: bool = False) -> bytes:
    """The document's bytes."""
    from docx import Document

    document = Document()
    document.core_properties.title = TITLE
    document.core_properties.author = ""
    document.add_heading(TITLE, level=1)
    if for_whom(application):
        written = document.add_paragraph()
        written.add_run(docx_text(f"Written for: {for_whom(application)}")).italic = True
    if application.objective:
        document.add_heading("Career objective", level=2)
        document.add_paragraph(docx_text(application.objective))
    document.add_heading("Resume lines", level=2)
    for line in application.resume_lines:
        document.add_paragraph(docx_text(line), style="List Bullet")
    if not application.resume_lines:
        document.add_paragraph(NO_RESULTS)
    if application.letter:
        document.add_heading("Cover-letter paragraph", level=2)
        document.add_paragraph(docx_text(application.letter))
    if application.stories:
        document.add_heading("Achievement stories", level=2)
        for story in application.stories:
            document.add_heading(docx_text(story.goal), level=3)
            for label, text in story_parts(story, with_journal=with_journal):
                paragraph = document.add_paragraph()
                paragraph.add_run(f"{label}: ").bold = True
                paragraph.add_run(docx_text(text))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()

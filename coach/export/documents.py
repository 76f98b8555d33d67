"""The documents a person takes to an application, built over the service in one place
for the command line and the app: the career plan (Markdown), and the resume pieces
(plain text, .docx)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.service import CoachService

FORMATS = ("md", "txt", "docx")


def render_document(
    service: CoachService,
    fmt: str,
    *,
    with_journal: bool = False,
    role: str = "",
    company: str = "",
) -> bytes:
    """The document ``fmt`` (one of :data:`FORMATS`); journal text only ``with_journal``."""
    from coach.drafting import Target

    application = service.interview.application(Target.of(role, company))
    if fmt == "docx":
        from coach.export import docx

        return docx.render(application, with_journal=with_journal)
    if fmt == "txt":
        from coach.export.application import render_text

        return render_text(application, with_journal=with_journal).encode("utf-8")
    if fmt != "md":
        raise ValueError(f"unknown document format {fmt!r}")
    from coach.export import markdown
    from coach.export.snapshot import take

    text = markdown.render(take(service), with_journal=with_journal, application=application)
    return text.encode("utf-8")

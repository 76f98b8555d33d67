"""The resume and cover-letter pieces as Markdown and as plain text.

The career objective, the resume lines, the cover-letter paragraph and the
achievement stories (situation, task, action, result). A story's lesson comes from the
journal, so it is written only when journal text is asked for.
"""

from __future__ import annotations

from coach.drafting.application import Application
from coach.drafting.stories import StoryDraft
from coach.export.escape import md_inline
from coach.text import printable

TITLE = "For your resume and cover letter"
PARTS = (("situation", "Situation"), ("task", "Task"), ("action", "Action"), ("result", "Result"))
LESSON = ("lesson", "What I learned")
NO_RESULTS = "No goals are done yet: the resume lines come from the goals you finish."


def story_parts(story: StoryDraft, *, with_journal: bool) -> list[tuple[str, str]]:
    """A story's parts to write, as (label, text), the lesson only ``with_journal``."""
    wanted = (*PARTS, LESSON) if with_journal else PARTS
    values = story.parts()
    return [(label, values[key]) for key, label in wanted if values[key].strip()]


def for_whom(application: Application) -> str:
    return application.target.label


def markdown_lines(application: Application, *, with_journal: bool = False) -> list[str]:
    """The pieces as Markdown, from a second-level heading down."""
    lines = [f"## {TITLE}", ""]
    if for_whom(application):
        lines += [f"_Written for: {md_inline(for_whom(application))}._", ""]
    if application.objective:
        lines += ["### Career objective", "", md_inline(application.objective), ""]
    lines += ["### Resume lines", ""]
    if application.resume_lines:
        lines += [f"- {md_inline(line)}" for line in application.resume_lines]
    else:
        lines.append(f"_{NO_RESULTS}_")
    lines.append("")
    if application.letter:
        lines += ["### Cover-letter paragraph", "", md_inline(application.letter), ""]
    if application.stories:
        lines += ["### Achievement stories", ""]
        for story in application.stories:
            lines += [f"#### {md_inline(story.goal)}", ""]
            for label, text in story_parts(story, with_journal=with_journal):
                lines.append(f"- **{label}:** {md_inline(text)}")
            lines.append("")
    return lines


def render_text(application: Application, *, with_journal: bool = False) -> str:
    """The pieces as plain text, ready to paste."""
    lines = [TITLE.upper(), ""]
    if for_whom(application):
        lines += [f"Written for: {for_whom(application)}", ""]
    if application.objective:
        lines += ["CAREER OBJECTIVE", application.objective, ""]
    lines.append("RESUME LINES")
    lines += [f"- {line}" for line in application.resume_lines] or [NO_RESULTS]
    lines.append("")
    if application.letter:
        lines += ["COVER-LETTER PARAGRAPH", application.letter, ""]
    if application.stories:
        lines.append("ACHIEVEMENT STORIES")
        for story in application.stories:
            lines += ["", story.goal]
            parts = story_parts(story, with_journal=with_journal)
            lines += [f"  {label}: {text}" for label, text in parts]
    return printable("\n".join(lines).rstrip() + "\n")

"""``coach interview``: answers drafted from your plan, saved versions, achievement stories.

``coach interview`` alone starts the practice session in the plain terminal; the
sub-commands print drafts and what is saved, for scripts.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from coach.cli.context import Env, pass_env
from coach.cli.output import clip, emit_json, interactive, read_stdin, say, styled
from coach.content.interview import QUESTION_SECTIONS
from coach.errors import InvalidInputError

if TYPE_CHECKING:
    from coach.drafting import Draft
    from coach.drafting.stories import StoryDraft
    from coach.models import AnswerVersion

QUESTION_IDS = tuple(QUESTION_SECTIONS)

question_option = click.option(
    "--question",
    "-q",
    "question_id",
    type=click.Choice(QUESTION_IDS),
    default="five-years",
    show_default=True,
    help="Which question.",
)
role_option = click.option(
    "--role",
    "-r",
    default="",
    help='The role it is for; "Charge nurse at St Mary\'s" names the company too.',
)
company_option = click.option("--company", "-c", default="", help="The company it is for.")


@click.group(invoke_without_command=True)
@click.pass_context
def interview(ctx: click.Context) -> None:
    """Practise interview answers drafted from your own plan.

    Alone, it starts a practice session in the terminal: pick a question, tailor the
    draft to a role, edit it, time yourself saying it, keep the version.
    """
    if ctx.invoked_subcommand is not None:
        return
    if not interactive():
        raise InvalidInputError(
            "coach interview asks questions, so it needs a terminal; scripts can use "
            "`coach interview draft` (coach interview --help)"
        )
    env: Env = ctx.ensure_object(Env)
    service = env.service(write=True)
    from coach.cli.launch import run_interview

    status = run_interview(service)
    if status:
        sys.exit(status)


def draft_doc(draft: Draft) -> dict[str, Any]:
    """A draft as JSON: its text, sections, timing, what it names, the warnings."""
    low, high = draft.question.aim
    return {
        "question": {"id": draft.question.id, "text": draft.question.text},
        "role": draft.target.role,
        "company": draft.target.company,
        "text": draft.text,
        "sections": [{"id": s.id, "title": s.title, "text": s.text} for s in draft.sections],
        "words": draft.words,
        "seconds": draft.seconds,
        "aim_seconds": [low, high],
        "aspiration_id": draft.aspiration_id,
        "goal_ids": list(draft.goal_ids),
        "warnings": [{"id": w.id, "message": w.message} for w in draft.warnings],
    }


def timing(words: int, seconds: int, aim: tuple[int, int]) -> str:
    return f"{words} words, about {seconds} seconds to say (aim: {aim[0]} to {aim[1]})"


@interview.command("draft")
@question_option
@role_option
@company_option
@click.option("--json", "as_json", is_flag=True)
@pass_env
def draft(env: Env, question_id: str, role: str, company: str, as_json: bool) -> None:
    """Print the answer coach drafts now from your plan."""
    from coach.drafting import Target

    service = env.service()
    drafted = service.interview.draft(question_id, Target.of(role, company))
    if as_json:
        emit_json(draft_doc(drafted))
        return
    say(styled(drafted.question.text, bold=True))
    say()
    say(drafted.text)
    say()
    say(timing(drafted.words, drafted.seconds, drafted.question.aim))
    for warning in drafted.warnings:
        say(styled("! ", fg="yellow"), warning.message)


@interview.command("questions")
@click.option("--json", "as_json", is_flag=True)
@pass_env
def questions(env: Env, as_json: bool) -> None:
    """List the questions coach drafts answers to."""
    from coach.content.interview import load_interview

    found = load_interview().questions
    if as_json:
        emit_json(
            [
                {
                    "id": q.id,
                    "text": q.text,
                    "aim_seconds": list(q.aim),
                    "sections": [s.id for s in q.sections],
                }
                for q in found
            ]
        )
        return
    for q in found:
        say(f"{q.id:<13} {q.text}  ({q.aim[0]}-{q.aim[1]} s)")


@interview.command("save")
@question_option
@role_option
@company_option
@click.argument("text", nargs=-1)
@click.option("--json", "as_json", is_flag=True)
@pass_env
def save(
    env: Env, question_id: str, role: str, company: str, text: tuple[str, ...], as_json: bool
) -> None:
    """Keep TEXT as a new version of your answer (`-` or a pipe reads standard input)."""
    from coach.drafting import Target

    body = read_stdin() if text in ((), ("-",)) else " ".join(text)
    service = env.service(write=True)
    version = service.interview.save_version(question_id, body, Target.of(role, company))
    if as_json:
        emit_json(version.to_doc())
        return
    say(f"Saved {version.id}, a version of your answer to “{clip(question_id, 40)}”.")


def _version_line(version: AnswerVersion) -> str:
    from coach.drafting import Target

    written_for = Target(version.role, version.company).label or "no role"
    return (
        f"{version.id}  {version.created:%Y-%m-%d}  {version.question_id:<13} "
        f"for {clip(written_for, 40)}: {clip(version.text, 50)}"
    )


@interview.command("versions")
@click.option("--question", "-q", "question_id", type=click.Choice(QUESTION_IDS), default=None)
@click.option("--json", "as_json", is_flag=True)
@pass_env
def versions(env: Env, question_id: str | None, as_json: bool) -> None:
    """List the versions of your answers you have kept, newest first."""
    found = env.service().interview.versions(question_id)
    if as_json:
        emit_json([v.to_doc() for v in found])
        return
    if not found:
        say("No saved answers yet: `coach interview` drafts one with you.")
    for version in found:
        say(_version_line(version))


def story_doc(story: StoryDraft) -> dict[str, Any]:
    return {
        "goal_id": story.goal_id,
        "goal": story.goal,
        **story.parts(),
        "saved": story.saved,
        "counted": story.counted,
        "done_on": story.done_on.isoformat() if story.done_on else None,
    }


@interview.command("stories")
@click.option("--json", "as_json", is_flag=True)
@pass_env
def stories(env: Env, as_json: bool) -> None:
    """Your achievement stories: each done goal as situation, task, action and result."""
    found = env.service().interview.stories()
    if as_json:
        emit_json([story_doc(s) for s in found])
        return
    if not found:
        say("No stories yet: a story comes from a goal you have moved to Done.")
    for story in found:
        mark = "" if not story.saved else "  (your words)"
        say(styled(story.goal, bold=True), mark)
        for part in ("situation", "task", "action", "result", "lesson"):
            value = story.parts()[part]
            if value:
                say(f"  {part.capitalize()}: {value}")
        say()

"""The Interview screen: answers drafted from your plan, edited, timed and kept.

On the left, the questions ("Where do you see yourself in five years?" first) and the
achievement stories of done goals. On the right, the chosen question with its advice
and its structure, the target role and company, the answer in an editor, its length
and speaking time against the question's aim, and the coach's warnings, checked again
as you type. ``ctrl+r`` drafts the answer again from the plan for the role given,
``ctrl+s`` keeps the text as a version (with today's date and the role), ``ctrl+o``
opens a kept version, ``ctrl+t`` practises it against a timer. ``enter`` on a story
edits it in your own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from coach.drafting import Draft, Facts, Target
from coach.drafting.stories import StoryDraft
from coach.drafting.wording import speaking_seconds, word_count
from coach.models import AnswerVersion
from screens.base import CoachScreen
from screens.widgets.dialogs import Confirm
from screens.widgets.key_bar import KeyBar
from screens.widgets.literal import literal, literal_line
from screens.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from coach.content.interview import Question
    from screens.session import Session

# Warnings are checked again this long after the last key, not on every key.
CHECK_DELAY = 0.3
FIRST_QUESTION = "five-years"


class Warnings(VerticalScroll):
    """The coach's remarks on the answer: a few lines tall, scrolled when there are more
    (never cut). A tab stop only when there is something to scroll to."""

    def allow_focus(self) -> bool:
        return self.max_scroll_y > 0


class InterviewScreen(CoachScreen):
    TITLE = "Interview"
    CSS_PATH = "interview.tcss"
    AUTO_FOCUS = "#iv-list"
    BINDINGS = [
        Binding(
            "ctrl+s", "keep", "Keep", id="interview.keep", tooltip="Keep this text as a version"
        ),
        Binding(
            "ctrl+r",
            "redraft",
            "Redraft",
            id="interview.redraft",
            tooltip="Draft the answer again from your plan, for the role given",
        ),
        Binding(
            "ctrl+t",
            "practise",
            "Practise",
            id="interview.practise",
            tooltip="Say it against a timer",
        ),
        Binding(
            "ctrl+o", "versions", "Versions", id="interview.versions", tooltip="Open a kept version"
        ),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._question_id = FIRST_QUESTION
        self._facts: Facts | None = None
        self._drafted = ""  # the text coach drafted last; the editor is untouched while equal
        self._kept = ""  # the text last kept as a version
        # Edited answers of the other questions, kept while the screen lives: picking
        # another question must not throw an edit away (ctrl+s keeps one for good).
        self._edits: dict[str, str] = {}
        self._stories: dict[str, StoryDraft] = {}
        self._check_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="iv-body"):
            yield OptionList(id="iv-list")
            with Vertical(id="iv-main"):
                yield Static(id="iv-question")
                yield Static(id="iv-structure")
                with Horizontal(id="iv-target"):
                    # Short enough to show whole in the box at 80 columns.
                    yield Input(placeholder="Role, e.g. Charge nurse", id="iv-role")
                    yield Input(placeholder="Company", id="iv-company")
                yield TextArea(id="iv-editor", soft_wrap=True, tab_behavior="focus")
                yield Static(id="iv-stats")
                with Warnings(id="iv-warnings-box"):
                    yield Static(id="iv-warnings")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#iv-list", OptionList).border_title = "Questions"
        self.query_one("#iv-editor", TextArea).border_title = "Your answer"
        self.session.register_editor(self._unsaved)
        super().on_mount()

    def _unsaved(self) -> bool:
        return self._edited() or bool(self._edits)

    def _edited(self) -> bool:
        """The answer shown holds the person's own edit, not yet kept."""
        text = self.query_one("#iv-editor", TextArea).text
        return bool(text.strip()) and text not in (self._drafted, self._kept)

    # -- drawing ------------------------------------------------------------------------

    @property
    def question(self) -> Question:
        return self.service.interview.question(self._question_id)

    @property
    def target(self) -> Target:
        role = self.query_one("#iv-role", Input).value
        company = self.query_one("#iv-company", Input).value
        return Target.of(role, company)

    def reload(self) -> None:
        interview = self.service.interview
        self._facts = interview.facts()
        self._stories = {s.goal_id: s for s in interview.stories()}
        self._fill_list()
        editor = self.query_one("#iv-editor", TextArea)
        if editor.text in ("", self._drafted):
            self._show_draft(interview.draft(self._question_id, self.target))
        else:
            self._show_question()
            self._check_now()

    def _fill_list(self) -> None:
        options: list[Option | None] = [
            Option(Content(q.text), id=f"q:{q.id}") for q in self.service.interview.questions()
        ]
        options.append(None)
        options.append(
            Option(Content.styled("Achievement stories", "bold $text-muted"), disabled=True)
        )
        if not self._stories:
            options.append(Option(Content("  None yet: finish a goal first."), disabled=True))
        for story in self._stories.values():
            mark = " ✎" if story.saved else ""
            options.append(
                Option(literal_line("  " + story.goal + mark, 60), id=f"s:{story.goal_id}")
            )
        listing = self.query_one("#iv-list", OptionList)
        with listing.prevent(OptionList.OptionHighlighted):
            listing.set_options(options)
            listing.highlighted = listing.get_option_index(f"q:{self._question_id}")

    def _show_question(self) -> None:
        question = self.question
        self.query_one("#iv-question", Static).update(
            Content.assemble((question.text, "bold"), "\n", (question.advice, "$text-muted"))
        )
        structure = [Content.styled("Structure: ", "$text-muted")]
        for number, section in enumerate(question.sections, start=1):
            if number > 1:
                structure.append(Content.styled(" › ", "$text-muted"))
            structure.append(Content(f"{number} {section.title}"))
        self.query_one("#iv-structure", Static).update(Content.assemble(*structure))

    def _show_draft(self, draft: Draft) -> None:
        self._drafted = draft.text
        self._show_question()
        editor = self.query_one("#iv-editor", TextArea)
        with editor.prevent(TextArea.Changed):
            editor.load_text(draft.text)
        self._show_stats(draft.text)
        self._show_warnings([w.message for w in draft.warnings])

    def _show_stats(self, text: str) -> None:
        words = word_count(text)
        seconds = speaking_seconds(words)
        low, high = self.question.aim
        if seconds < low:
            mark, style = "short", "$warning"
        elif seconds > high:
            mark, style = "long", "$warning"
        else:
            mark, style = "in the aim", "$success"
        self.query_one("#iv-stats", Static).update(
            Content.assemble(
                f"{words} words · about {seconds} s to say · aim {low}–{high} s · ",
                (mark, style),
            )
        )

    def _show_warnings(self, messages: list[str]) -> None:
        widget = self.query_one("#iv-warnings", Static)
        if not messages:
            widget.update(Content.styled("The coach has nothing to add.", "$text-muted"))
            return
        lines = [Content.assemble(("! ", "bold $warning"), literal(m)) for m in messages]
        widget.update(Content("\n").join(lines))

    # -- typing -------------------------------------------------------------------------

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id != "iv-editor":
            return
        self._show_stats(event.text_area.text)
        self._check_soon()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._check_soon()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # enter on the role or the company: tailor an untouched draft to it at once
        if self.query_one("#iv-editor", TextArea).text in ("", self._drafted):
            self.action_redraft()
        else:
            self._check_now()

    def _check_soon(self) -> None:
        if self._check_timer is not None:
            self._check_timer.stop()
        self._check_timer = self.set_timer(CHECK_DELAY, self._check_now)

    def _check_now(self) -> None:
        self._check_timer = None
        if not self.session.ready:
            return
        text = self.query_one("#iv-editor", TextArea).text
        found = self.service.interview.check(
            self._question_id, text, self.target, facts=self._facts
        )
        self._show_warnings([w.message for w in found])

    # -- the list -----------------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        chosen = event.option.id or ""
        if chosen.startswith("q:") and chosen[2:] != self._question_id:
            self._open_question(chosen[2:])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id or ""
        if chosen.startswith("s:"):
            self._edit_story(chosen[2:])
        elif chosen.startswith("q:"):
            self._open_question(chosen[2:])
            self.set_focus(self.query_one("#iv-editor", TextArea))

    def _open_question(self, question_id: str) -> None:
        editor = self.query_one("#iv-editor", TextArea)
        if self._edited():
            self._edits[self._question_id] = editor.text
            self.notify(
                "Your edited answer waits under its question until you leave coach; "
                "ctrl+s keeps it for good.",
                markup=False,
                timeout=5,
            )
        else:
            self._edits.pop(self._question_id, None)
        self._question_id = question_id
        self._show_draft(self.service.interview.draft(question_id, self.target))
        edit = self._edits.pop(question_id, None)
        if edit is not None:  # back to an answer edited before: the edit, not the draft
            with editor.prevent(TextArea.Changed):
                editor.load_text(edit)
            self._show_stats(edit)
            self._check_now()

    def _edit_story(self, goal_id: str) -> None:
        from screens.interview.story_editor import StoryEditor

        story = self._stories.get(goal_id)
        if story is None:
            return

        def kept(parts: dict[str, str] | None) -> None:
            if parts:
                self.save(
                    lambda: self.service.interview.save_story(goal_id, **parts),
                    success="Story kept in your words; answers and resume lines use it now.",
                )

        self.app.push_screen(StoryEditor(story), kept)

    # -- actions ------------------------------------------------------------------------

    def action_redraft(self) -> None:
        def redraft(replace: bool | None = True) -> None:
            if replace:
                self._show_draft(self.service.interview.draft(self._question_id, self.target))
            else:
                self.set_focus(self.query_one("#iv-editor", TextArea))

        if not self._edited():
            redraft()
            return
        self.app.push_screen(
            Confirm(
                "Draft it again from your plan? Your edited answer would be replaced "
                "(ctrl+s keeps it first).",
                yes="Replace it",
                no="Keep mine",
            ),
            redraft,
        )

    def action_keep(self) -> None:
        text = self.query_one("#iv-editor", TextArea).text
        if not text.strip():
            self.notify("There is nothing to keep yet.", markup=False)
            return
        question_id, target = self._question_id, self.target

        def kept(version: AnswerVersion) -> None:
            self._kept = version.text

        self.save(
            lambda: self.service.interview.save_version(question_id, text, target),
            done=kept,
            success="Kept, with today's date and the role it is for.",
        )

    def action_practise(self) -> None:
        from screens.interview.practice import PracticeTimer

        question = self.question
        text = self.query_one("#iv-editor", TextArea).text

        def finished(seconds: int | None) -> None:
            if seconds is not None:
                self.notify(
                    f"Last run: {seconds} s (aim {question.aim[0]}–{question.aim[1]} s).",
                    markup=False,
                )

        self.app.push_screen(PracticeTimer(question.text, text, question.aim), finished)

    def action_versions(self) -> None:
        from screens.interview.versions import VersionPicker

        kept = self.service.interview.versions(self._question_id)
        if not kept:
            self.notify("No kept versions of this answer yet: ctrl+s keeps one.", markup=False)
            return

        def opened(version: AnswerVersion | None) -> None:
            if version is None:
                return
            self.query_one("#iv-role", Input).value = version.role
            self.query_one("#iv-company", Input).value = version.company
            self._kept = version.text
            self.query_one("#iv-editor", TextArea).load_text(version.text)

        self.app.push_screen(VersionPicker(self.question.text, kept), opened)

    def check_action(self, action: str, parameters: tuple[Any, ...]) -> bool | None:
        if action in ("keep", "redraft", "practise", "versions"):
            return self.session.ready
        return True

"""The evaluation checklist: eight questions, one at a time, then a review page.

``EvaluationChecklist`` walks through the checklist questions of the content
(a rating 1-5 and an optional note each), keeps the answers when the person
goes back and forth, and ends on a review page with every rating and the score
they give. It hands back the answers on save and None when abandoned; it never
writes anything itself, so a half-done checklist is never saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from coach.content.models import Content as CoachContent
from coach.models import Answer, score_of
from coach.text import one_line
from screens.aspirations.rating_picker import RatingPicker
from screens.widgets.dialogs import dismiss_or_confirm
from screens.widgets.key_bar import KeyBar
from screens.widgets.literal import literal, literal_line, styled
from screens.widgets.ordered_input import OrderedInput

# Keys of a question page, handled in the order they were typed (see ``on_key``).
QUESTION_KEYS = {
    **{str(n): f"rate({n})" for n in range(1, 6)},
    "up": "step(-1)",
    "k": "step(-1)",
    "down": "step(1)",
    "j": "step(1)",
    "enter": "next",
    "ctrl+n": "next",
    "pagedown": "next",
    "ctrl+b": "back",
    "pageup": "back",
    "tab": "app.focus_next",
    "shift+tab": "app.focus_previous",
}


@dataclass
class _Draft:
    """One question's answer while the checklist is open."""

    rating: int | None = None
    note: str = ""


class EvaluationChecklist(ModalScreen[list[Answer] | None]):
    """Rate one aspiration against the checklist; returns the answers or None."""

    TITLE = "Evaluation checklist"
    CSS_PATH = "aspirations.tcss"
    BINDINGS = [
        Binding("1", "rate(1)", "Rate 1", show=False, id="evaluation.rate1"),
        Binding("2", "rate(2)", "Rate 2", show=False, id="evaluation.rate2"),
        Binding("3", "rate(3)", "Rate 3", show=False, id="evaluation.rate3"),
        Binding("4", "rate(4)", "Rate 4", show=False, id="evaluation.rate4"),
        Binding("5", "rate(5)", "Rate 5", show=False, id="evaluation.rate5"),
        Binding(
            "ctrl+n,pagedown",
            "next",
            "Next",
            id="evaluation.next",
            tooltip="Keep this answer and go to the next question",
        ),
        Binding(
            "ctrl+b,pageup",
            "back",
            "Back",
            id="evaluation.back",
            tooltip="Go back a question; your answers are kept",
        ),
        Binding(
            "ctrl+s",
            "save",
            "Save",
            id="evaluation.save",
            tooltip="Save the evaluation (from the review page)",
        ),
        # In the key bar, so the way to every key is in sight (f1 while typing the note).
        Binding("question_mark,f1", "app.help", "Help", id="evaluation.help"),
        Binding(
            "escape",
            "leave",
            "Stop",
            id="evaluation.leave",
            tooltip="Stop without saving (asks first if you answered anything)",
        ),
    ]

    def __init__(self, title: str, content: CoachContent) -> None:
        super().__init__()
        self.aspiration_title = title
        self.questions = content.questions
        self.labels = dict(content.rating_labels)
        self.drafts = [_Draft() for _ in self.questions]
        self.page = 0

    # -- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="ev-dialog"):
            yield Static(id="ev-heading")
            with Vertical(id="ev-question-page"):
                yield Static(id="ev-question")
                yield Static(id="ev-hint")
                yield RatingPicker(self.labels, id="ev-rating")
                yield Label("Note (optional):", id="ev-note-label")
                yield OrderedInput(
                    submit_action="screen.next",
                    placeholder="a word on why you chose that rating",
                    id="ev-note",
                    # Keys typed right after tab may already be in it (see on_key):
                    # selecting all on focus would let the next key replace them.
                    select_on_focus=False,
                )
                yield Static("", id="ev-problem")
                yield Static(
                    "1-5 or ↑↓ rate · tab to the note · enter/ctrl+n next · ctrl+b back · esc stop",
                    id="ev-keys",
                )
            with Vertical(id="ev-review-page"):
                yield Static(id="ev-review")
                yield Static(id="ev-score")
                with Horizontal(id="ev-buttons"):
                    yield Button("Back", id="ev-back", compact=True)
                    yield Button("Save", id="ev-save", variant="primary", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self._show_page()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Show only the moves that make sense on this page.
        if action == "next":
            return not self.on_review
        if action == "save":
            return self.on_review
        if action == "back":
            return self.page > 0
        return True

    @property
    def has_unsaved(self) -> bool:
        """True once anything is answered or typed (so leaving should ask)."""
        self._keep_note()
        return any(d.rating is not None or d.note.strip() for d in self.drafts)

    @property
    def on_review(self) -> bool:
        return self.page >= len(self.questions)

    def _show_page(self) -> None:
        """Draw the current page and put the keyboard where the next key belongs."""
        total = len(self.questions)
        self.query_one("#ev-question-page").display = not self.on_review
        self.query_one("#ev-review-page").display = self.on_review
        self.query_one("#ev-problem", Static).update("")
        self.refresh_bindings()
        if self.on_review:
            self.query_one("#ev-heading", Static).update(
                styled("[b]Review[/b] · $title", title=self._short_title())
            )
            self._fill_review()
            # Focus is deferred in Textual 8: set it now so the very next key lands here.
            self.set_focus(self.query_one("#ev-save", Button))
            return
        question = self.questions[self.page]
        draft = self.drafts[self.page]
        self.query_one("#ev-heading", Static).update(
            styled(
                f"[b]Question {self.page + 1} of {total}[/b] · $title",
                title=self._short_title(),
            )
        )
        self.query_one("#ev-question", Static).update(literal(question.text))
        self.query_one("#ev-hint", Static).update(literal(question.hint))
        picker = self.query_one("#ev-rating", RatingPicker)
        picker.value = draft.rating
        self.query_one("#ev-note", OrderedInput).value = draft.note
        self.set_focus(picker)

    def _short_title(self) -> str:
        return one_line(self.aspiration_title, 60)

    def _fill_review(self) -> None:
        lines = []
        for question, draft in zip(self.questions, self.drafts, strict=True):
            label = self.labels.get(draft.rating, "") if draft.rating else ""
            lines.append(
                Content.assemble(
                    (f"{draft.rating or '–'} ", "bold"),
                    (f"{label:<11}", "$text-muted"),
                    " ",
                    literal_line(question.text),
                )
            )
            if draft.note.strip():
                lines.append(Content.assemble(" " * 14, "“", literal_line(draft.note), "”"))
        self.query_one("#ev-review", Static).update(Content("\n").join(lines))
        ratings = [d.rating for d in self.drafts if d.rating is not None]
        self.query_one("#ev-score", Static).update(
            styled(
                "Score: [b]$score[/b] / 100 · ctrl+s or Save keeps it, ctrl+b goes back",
                score=str(score_of(ratings)),
            )
        )

    # -- moving -------------------------------------------------------------------

    def _keep_note(self) -> None:
        if not self.on_review and self.is_mounted:
            self.drafts[self.page].note = self.query_one("#ev-note", OrderedInput).value

    def _go(self, page: int) -> None:
        self._keep_note()
        self.page = max(0, min(len(self.questions), page))
        self._show_page()

    async def on_key(self, event: events.Key) -> None:
        """Question-page keys, in the order they were typed.

        Bindings run only after a key has bubbled up to the app, behind messages
        such as "the picker's rating changed"; handling the keys here, as they
        pass, means "3 enter 5 enter" typed in one burst rates two questions.
        """
        if self.on_review:
            return
        note = self.query_one("#ev-note", OrderedInput)
        if self.focused is note and event.is_printable and event.character:
            # Typed right after tab, before the note had the focus: it is note text,
            # and it goes in now, before any enter that follows reads the note.
            event.stop()
            note.insert_text_at_cursor(event.character)
            return
        action = QUESTION_KEYS.get(event.key)
        if action is not None:
            event.stop()
            event.prevent_default()
            await self.run_action(action)

    def action_step(self, delta: int) -> None:
        if not self.on_review:
            picker = self.query_one("#ev-rating", RatingPicker)
            picker.action_step(delta)
            self.action_rate(picker.value or 1)

    def action_rate(self, value: int) -> None:
        if not self.on_review:
            # Keep the answer now, not when the picker's message arrives: an enter
            # typed right after the digit must already see it.
            self.drafts[self.page].rating = value
            self.query_one("#ev-rating", RatingPicker).rate(value)
            self.query_one("#ev-problem", Static).update("")

    def on_rating_picker_changed(self, event: RatingPicker.Changed) -> None:
        # A click on the picker. A message from a key already handled may arrive after
        # the page changed: only a value the picker still shows is this page's answer.
        if not self.on_review and event.value == event.picker.value:
            self.drafts[self.page].rating = event.value
            self.query_one("#ev-problem", Static).update("")

    def action_next(self) -> None:
        if self.on_review:
            return
        if self.drafts[self.page].rating is None:
            self.query_one("#ev-problem", Static).update(
                "Choose a rating first: press 1 to 5 (1 = not at all, 5 = completely)."
            )
            self.set_focus(self.query_one("#ev-rating", RatingPicker))
            return
        self._go(self.page + 1)

    def action_back(self) -> None:
        if self.page > 0:
            self._go(self.page - 1)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ev-save":
            self.action_save()
        elif event.button.id == "ev-back":
            self.action_back()

    # -- leaving ------------------------------------------------------------------

    def action_save(self) -> None:
        if not self.on_review:
            return
        answers = [
            Answer(question_id=q.id, rating=d.rating, note=d.note.strip())
            for q, d in zip(self.questions, self.drafts, strict=True)
            if d.rating is not None
        ]
        self.dismiss(answers)

    def action_leave(self) -> None:
        dismiss_or_confirm(
            self,
            unsaved=self.has_unsaved,
            question="Stop this evaluation? Nothing has been saved yet; your answers will be lost.",
            yes="Stop and discard",
            no="Keep going",
        )

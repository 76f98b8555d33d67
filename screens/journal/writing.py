"""The writing half of the Reflect screen: save, start, prompt, hand over to an editor.

:class:`ReflectWriting` is the base of :class:`~screens.journal.screen.ReflectScreen`:
it holds what the screen does with :class:`~screens.journal.editor.JournalEditor`
(save the draft on the save thread, start an empty entry after asking, choose a
prompt, write in the person's own editor). The screen adds the list, the search
and the actions on one entry, and the bindings of both halves in one order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on

from coach.errors import CoachError, InvalidInputError
from coach.lookup import clean_tags
from coach.models import JournalEntry
from screens.base import CoachScreen
from screens.journal.editor import Draft, JournalEditor
from screens.journal.entries import JournalList
from screens.messages import StartEntry
from screens.widgets.dialogs import Confirm

if TYPE_CHECKING:
    from screens.session import Session


class ReflectWriting(CoachScreen):
    """The editor's actions; the screen's list and bindings come from the subclass."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._saving = False
        # The entry the list's cursor goes to at its next draw (the one just saved).
        self._cursor_to: str | None = None

    @property
    def journal(self) -> JournalList:
        return self.query_one(JournalList)

    @property
    def editor(self) -> JournalEditor:
        return self.query_one(JournalEditor)

    def action_save(self) -> None:
        if self._saving:
            return
        draft = self.editor.draft()
        if not draft.body.strip():
            self.editor.show_problem("Write something first: an empty entry is not saved.")
            self.editor.focus_text()
            return
        try:
            tags = clean_tags(draft.tags.replace(",", " ").split())
        except InvalidInputError as exc:
            self.editor.show_problem(f"Not saved: {exc}")
            return
        self._saving = True
        self.save(
            self._job(draft, tags),
            done=lambda entry: self._saved(draft, entry),
            success="Entry saved" if draft.editing is None else "Changes saved",
        )

    def _job(self, draft: Draft, tags: tuple[str, ...]) -> Callable[[], JournalEntry]:
        journal = self.service.journal

        def job() -> JournalEntry:
            try:
                if draft.editing is not None:
                    return journal.edit(
                        draft.editing,
                        body=draft.body,
                        tags=tags,
                        goal_ids=draft.goal_ids,
                        aspiration_ids=draft.aspiration_ids,
                    )
                prompt = draft.prompt
                return journal.add(
                    draft.body,
                    tags=tags,
                    goal_ids=draft.goal_ids or (),
                    aspiration_ids=draft.aspiration_ids or (),
                    prompt_id=prompt.id if prompt else None,
                    prompt_text=prompt.text if prompt else None,
                )
            except BaseException:
                # The app reports the failure; the text stays in the editor for another try.
                self._saving = False
                raise

        return job

    def _saved(self, draft: Draft, entry: JournalEntry) -> None:
        self._saving = False
        self._cursor_to = entry.id
        now = self.editor.draft()
        # Text typed while the save ran stays; otherwise the editor is ready for the next one.
        if now.body == draft.body and now.editing == draft.editing:
            self.editor.reset()

    def action_write(self) -> None:
        self.editor.focus_text()

    def action_external_editor(self) -> None:
        """Hand the text being written to the person's editor, and take it back."""
        from textual.app import SuspendNotSupported

        from coach.cli.editor import edit_text
        from coach.store.crypto import file_is_encrypted

        area = self.editor.text_area
        try:
            with self.app.suspend():
                edited = edit_text(area.text, private=file_is_encrypted(self.service.path))
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to another program.", severity="warning")
            return
        except CoachError as exc:
            self.notify(str(exc), title="Not changed", severity="warning", markup=False)
            return
        if edited is not None:
            self.editor.load_text(edited.rstrip("\n"))
        self.editor.focus_text()

    def action_new(self) -> None:
        self.start_entry()

    def on_start_entry(self, _: StartEntry) -> None:
        self.start_entry()

    def start_entry(self) -> None:
        """An empty editor for free writing (asks before dropping unsaved text)."""

        def fresh() -> None:
            self.editor.reset()
            self.editor.focus_text()

        if self.editor.has_unsaved():
            self._ask_discard(fresh)
        else:
            fresh()

    def _ask_discard(self, then: Callable[[], None]) -> None:
        def answered(discard: bool | None) -> None:
            if discard:
                then()
            else:
                self.editor.focus_text()

        self.app.push_screen(
            Confirm(
                "The editor holds text that is not saved. Drop it?",
                yes="Drop it",
                no="Keep editing",
            ),
            answered,
        )

    def action_prompt(self) -> None:
        from coach.content.loader import load_content
        from screens.journal.prompt_picker import FREE, PromptChoice, PromptPicker

        if self.editor.editing is not None:
            self.notify("An entry keeps the prompt it was written for.", markup=False)
            return

        def chosen(choice: PromptChoice) -> None:
            if choice is not None:
                self.editor.choose_prompt(None if choice == FREE else choice)

        # Focus the text now, so that it is where the keys go the moment the picker
        # closes: typing straight after enter must not reach the list's keys (d deletes).
        self.editor.focus_text()
        current = self.editor.prompt.id if self.editor.prompt else None
        self.app.push_screen(PromptPicker(load_content().themes, current), chosen)

    def action_leave_editor(self) -> None:
        self.journal.focus_table()

    @on(JournalEditor.SaveRequested)
    def _save_pressed(self) -> None:
        self.action_save()

    @on(JournalEditor.PromptRequested)
    def _prompt_pressed(self) -> None:
        self.action_prompt()

    @on(JournalEditor.CancelRequested)
    def _cancel_pressed(self) -> None:
        self.start_entry()

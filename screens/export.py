"""Export the career plan from the app: ask where, ask about the journal, never overwrite
without asking. The journal is private: it goes in only when the person says so."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from screens.widgets.dialogs import AskText, Confirm

if TYPE_CHECKING:
    from textual.app import App

    from coach.service import CoachService
    from screens.session import Session

DEFAULT_NAME = "~/coach-career-plan.md"


def _default_target() -> str:
    """Where the plan goes unless the person says otherwise: the export_folder setting."""
    from coach.config import settings

    folder = settings().export_folder
    return str(Path(folder) / Path(DEFAULT_NAME).name) if folder else DEFAULT_NAME


def ask_and_export(app: App[Any], session: Session) -> None:
    def chosen(answer: str | None) -> None:
        if not answer:
            return
        target = Path(answer).expanduser()

        def journal_asked(with_journal: bool | None) -> None:
            if with_journal is None:
                return
            if target.exists():
                app.push_screen(
                    Confirm(f"{target} exists. Replace it?", yes="Replace"),
                    lambda ok: _write(session, target, with_journal) if ok else None,
                )
            else:
                _write(session, target, with_journal)

        app.push_screen(
            Confirm(
                "Put your journal entries in the file too? They are private; "
                "the plan is complete without them.",
                yes="Put them in",
                no="Leave them out",
            ),
            journal_asked,
        )

    app.push_screen(
        AskText(
            "Write your career plan (Markdown) to:",
            value=_default_target(),
            hint="Aspirations, goals and their SMART parts, evaluations, resume lines and a "
            "cover-letter paragraph.",
        ),
        chosen,
    )


def _write(session: Session, target: Path, with_journal: bool) -> None:
    service: CoachService = session.service

    def job() -> Path:
        from coach.errors import CoachError
        from coach.export.documents import render_document
        from coach.store.atomic import ensure_dir, write_atomic

        data = render_document(service, "md", with_journal=with_journal)
        try:
            ensure_dir(target.parent)
            write_atomic(target, data)
        except OSError as exc:
            raise CoachError(f"cannot write {target}: {exc.strerror or exc}") from None
        return target

    session.save(job, success=f"Career plan written to {target}")

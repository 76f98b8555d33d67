"""Export the career plan from the app: ask where, never overwrite without asking."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from screens.widgets.dialogs import AskText, Confirm

if TYPE_CHECKING:
    from textual.app import App

    from coach.service import CoachService
    from screens.session import Session

DEFAULT_NAME = "~/coach-career-plan.md"


def ask_and_export(app: App[Any], session: Session) -> None:
    def chosen(answer: str | None) -> None:
        if not answer:
            return
        target = Path(answer).expanduser()
        if target.exists():
            app.push_screen(
                Confirm(f"{target} exists. Replace it?", yes="Replace"),
                lambda ok: _write(session, target) if ok else None,
            )
        else:
            _write(session, target)

    app.push_screen(
        AskText(
            "Write your career plan (Markdown) to:",
            value=DEFAULT_NAME,
            hint="Aspirations, their goals and SMART parts, evaluations, recent reflections.",
        ),
        chosen,
    )


def _write(session: Session, target: Path) -> None:
    service: CoachService = session.service

    def job() -> Path:
        from coach.errors import CoachError
        from coach.export import markdown
        from coach.export.snapshot import take
        from coach.store.atomic import ensure_dir, write_atomic

        text = markdown.render(take(service))
        try:
            ensure_dir(target.parent)
            write_atomic(target, text.encode("utf-8"))
        except OSError as exc:
            raise CoachError(f"cannot write {target}: {exc.strerror or exc}") from None
        return target

    session.save(job, success=f"Career plan written to {target}")

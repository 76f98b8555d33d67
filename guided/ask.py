"""The questions of the guided session, over questionary.

Every question is asked with ``unsafe_ask`` so Ctrl-C reaches the session as
``KeyboardInterrupt`` (and an exhausted input as ``EOFError``): the session,
not each question, decides what an interruption means. Text that came from
the person is cleaned of control characters before it is printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import questionary
from prompt_toolkit.application import get_app
from questionary import Choice

from coach.config import read_day
from coach.text import printable

Validator = Callable[[str], bool | str]


def show(text: str = "", style: str = "") -> None:
    questionary.print(printable(text), style=style or None)


def paragraph(text: str, style: str = "") -> None:
    """Longer text wrapped to the terminal's width (at most 100 columns), words kept whole."""
    import shutil
    import textwrap

    width = min(shutil.get_terminal_size((100, 24)).columns - 1, 100)
    for line in printable(text).splitlines() or [""]:
        show(textwrap.fill(line, width=max(width, 20)) if line.strip() else "", style)


def heading(text: str) -> None:
    show()
    show(text, "bold")


def text(
    message: str,
    *,
    default: str = "",
    validate: Validator | None = None,
    instruction: str | None = None,
    toolbar: Callable[[str], str] | None = None,
) -> str:
    extra: dict[str, Any] = {}
    if toolbar is not None:
        extra["bottom_toolbar"] = lambda: toolbar(get_app().current_buffer.text)
    answer = questionary.text(
        printable(message),
        default=default,
        validate=validate,
        instruction=instruction,
        **extra,
    ).unsafe_ask()
    return str(answer).strip()


def required(what: str) -> Validator:
    def check(value: str) -> bool | str:
        return True if value.strip() else f"{what} cannot be empty"

    return check


def number(message: str, *, default: str = "", allow_empty: bool = False) -> float | None:
    def check(value: str) -> bool | str:
        if not value.strip():
            return True if allow_empty else "type a number, such as 50 or 12.5"
        try:
            float(value.replace(",", ""))
        except ValueError:
            return f"{value.strip()!r} is not a number; type digits, such as 50 or 12.5"
        return True

    answer = text(message, default=default, validate=check)
    return float(answer.replace(",", "")) if answer else None


def whole(message: str, *, default: str = "0") -> int:
    def check(value: str) -> bool | str:
        return True if value.strip().isdigit() else "type a whole number of weeks, such as 0 or 6"

    return int(text(message, default=default, validate=check))


def deadline(message: str, *, today: date, default: date | None) -> date:
    def check(value: str) -> bool | str:
        if not value.strip():
            return "every goal needs a date; type one such as 2027-06-30 or 'end of next year'"
        day = read_day(value, today)
        if day is None:
            return f"cannot read {value.strip()!r} as a date; use YYYY-MM-DD or 'in 6 months'"
        if day < today:
            return f"{day.isoformat()} is in the past; choose a date after {today.isoformat()}"
        return True

    answer = text(
        message,
        default=default.isoformat() if default else "",
        validate=check,
        instruction="(YYYY-MM-DD or words such as 'end of 2027')",
    )
    day = read_day(answer, today)
    assert day is not None
    return day


def choose(message: str, choices: Sequence[tuple[str, Any]], default: Any = None) -> Any:
    options = [Choice(printable(title), value=value) for title, value in choices]
    chosen = next((o for o in options if o.value == default), None)
    return questionary.select(printable(message), choices=options, default=chosen).unsafe_ask()


def confirm(message: str, *, default: bool = True) -> bool:
    return bool(questionary.confirm(printable(message), default=default).unsafe_ask())


def long_text(message: str, *, default: str = "") -> str:
    """Several lines of text; Esc then Enter (or Alt+Enter) finishes."""
    answer = questionary.text(
        printable(message),
        default=printable(default),
        multiline=True,
        instruction="(Esc then Enter to finish)",
    ).unsafe_ask()
    return str(answer).strip()

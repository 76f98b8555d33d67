"""The live SMART check: a compact panel that judges a goal statement as it is typed.

It shows what :func:`coach.coaching.smart.assess` found: each criterion met,
missing or for the person to ask themselves, the reason and suggestion for
what is missing, and the deadline found in the words. The screen computes the
assessment and hands it down; the panel only shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static

from screens.widgets.literal import literal, styled

if TYPE_CHECKING:
    from coach.coaching.smart import Assessment

CRITERIA: tuple[tuple[str, str], ...] = (
    ("specific", "Specific"),
    ("measurable", "Measurable"),
    ("achievable", "Achievable"),
    ("realistic", "Realistic"),
    ("time_bound", "Time-bound"),
)
# mark, word and colour for ok = True / False / None (only the person can tell)
MARKS: dict[bool | None, tuple[str, str, str]] = {
    True: ("✓", "met", "$success"),
    False: ("✗", "missing", "$error"),
    None: ("?", "ask yourself", "$text-muted"),
}
EMPTY = "Type the goal above: what exactly, how much, and by when. The check follows as you type."


def _row(found: Assessment, name: str, label: str) -> tuple[Content, Content]:
    """The head (mark, criterion, verdict) and the text of one criterion."""
    verdict = getattr(found, name)
    mark, word, colour = MARKS[verdict.ok]
    head = Content.from_markup(f"[b {colour}]{mark} {label:<10}[/] [{colour}]{word}[/]")
    if verdict.ok is None:
        return head, Content.from_markup(f"[dim]see the {label} step[/]")
    text = literal(verdict.reason)
    if verdict.ok is False:
        text = Content("\n").join([text, styled("[i]→ $s[/]", s=verdict.suggestion)])
    return head, text


def _deadline(found: Assessment) -> Content:
    day = found.deadline
    if day is None:
        return Content.from_markup("[dim]none yet[/]")
    return Content.from_markup(f"[b $accent]{day.isoformat()}[/] ({day:%A} {day.day} {day:%B %Y})")


def _plain(content: object) -> str:
    return content.plain if isinstance(content, Content) else str(content)


class SmartCheck(Vertical):
    """Shows one assessment; call :meth:`show` with a new one whenever the text changes."""

    DEFAULT_CSS = """
    SmartCheck {
        height: auto;
        padding: 0 1;
        margin: 0 0 1 0;
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
    }
    SmartCheck .empty { text-style: italic; color: $text-muted; }
    SmartCheck Horizontal { height: auto; }
    SmartCheck .head { width: 26; }
    SmartCheck .text { width: 1fr; }
    SmartCheck.-empty Horizontal { display: none; }
    SmartCheck.-filled .empty { display: none; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="-empty")
        self.border_title = "SMART check"
        self.assessment: Assessment | None = None

    def compose(self) -> ComposeResult:
        yield Static(EMPTY, classes="empty")
        for name, _ in (*CRITERIA, ("deadline", "")):
            with Horizontal(classes=name):
                yield Static(classes="head")
                yield Static(classes="text")

    def show(self, found: Assessment | None) -> None:
        self.assessment = found
        missing = len(found.missing) if found is not None else 0
        title = "SMART check" if not missing else f"SMART check: {missing} missing in the words"
        if title != self.border_title:
            self.border_title = title
        self.set_class(found is None, "-empty")
        self.set_class(found is not None, "-filled")
        if found is None:
            return
        rows = [_row(found, name, label) for name, label in CRITERIA]
        rows.append((Content.from_markup("[b]Deadline found[/]"), _deadline(found)))
        for (name, _), (head, text) in zip((*CRITERIA, ("deadline", "")), rows, strict=True):
            row = self.query_one(f".{name}", Horizontal)
            row.query_one(".head", Static).update(head)
            row.query_one(".text", Static).update(text)

    def plain(self) -> str:
        """What the panel says, as plain text (for tests and the review)."""
        if self.assessment is None:
            return EMPTY
        parts = []
        for row in self.query(Horizontal):
            head, text = (_plain(s.content) for s in row.query(Static))
            parts.append(f"{head} {text}")
        return "\n".join(parts)

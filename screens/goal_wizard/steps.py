"""The goal wizard's steps: one scrolling pane per SMART step, and the pieces they share.

Each pane shows the method's guidance for its step (title, summary, questions,
hint) and an industry example beside its fields. Fields are :class:`Field`s: a
label, the control and an inline message in the error colour. The panes only
show values and messages; :mod:`screens.goal_wizard.wizard` reads them and decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, Static

from coach.text import printable
from screens.goal_wizard.draft import PRIORITIES, ObstacleDraft, Rules
from screens.goal_wizard.smart_check import SmartCheck
from screens.widgets.literal import literal, styled
from screens.widgets.ordered_input import OrderedInput

if TYPE_CHECKING:
    from coach.content.models import SmartStep
    from screens.goal_wizard.draft import Draft

Rule = Callable[[str, bool], "str | None"]
STEP_IDS = ("specific", "measurable", "achievable", "realistic", "time_bound", "review")


class Field(Vertical):
    """A labelled control with its inline message underneath."""

    DEFAULT_CSS = """
    Field { height: auto; }
    Field > .label { text-style: bold; padding: 0 1; width: 100%; }
    Field > .problem { color: $error; padding: 0 1; display: none; width: 100%; }
    Field.-problem > .problem { display: block; }
    Field.-problem > Input, Field.-problem > Input:focus { border: tall $error; }
    """

    def __init__(
        self, label: str, control: Widget, *, rule: Rule | None = None, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.label = label
        self.control = control
        self.rule = rule

    def compose(self) -> ComposeResult:
        yield Label(Content(self.label), classes="label")
        yield self.control
        yield Label("", classes="problem")

    @property
    def value(self) -> str:
        return self.control.value if isinstance(self.control, Input) else ""

    @property
    def problem(self) -> bool:
        return self.has_class("-problem")

    def check(self, strict: bool) -> str | None:
        """Show this field's message (or clear it); a shown message stays until fixed."""
        if self.rule is None:
            return None
        message = self.rule(self.value, strict or self.problem)
        self.show_problem(message)
        return message

    def show_problem(self, message: str | None) -> None:
        self.query_one(".problem", Label).update(literal(message or ""))
        self.set_class(bool(message), "-problem")


class PlainInput(OrderedInput):
    """An Input that never holds control characters, and whose enter is the wizard's.

    Input draws its value as it is, so an escape sequence pasted or loaded into it
    would reach the terminal; every value set (typed, pasted or by code) is cleaned.
    Enter runs the wizard's ``enter`` at once (the next box, or the next step), so the
    keys typed behind it go where it moved the focus.
    """

    def __init__(
        self,
        value: str = "",
        *,
        placeholder: str = "",
        id: str | None = None,
        classes: str | None = None,
        tooltip: str | None = None,
    ) -> None:
        super().__init__(
            submit_action="screen.enter",
            value=value,
            placeholder=placeholder,
            id=id,
            classes=classes,
            tooltip=tooltip,
        )

    def validate_value(self, value: str) -> str:
        return printable(value)


def plain_input(value: str, id: str, placeholder: str = "") -> Input:
    return PlainInput(value=value, id=id, placeholder=placeholder)


class StepPane(VerticalScroll):
    """One step: its head, its fields, and the guidance beside them."""

    DEFAULT_CSS = """
    StepPane { height: 1fr; padding: 0 1; }
    StepPane .step-head { margin: 0 0 1 0; }
    StepPane .columns { height: auto; }
    StepPane .fields { width: 3fr; height: auto; }
    StepPane .guide { width: 2fr; height: auto; margin-left: 2; }
    StepPane .guide Static { margin-bottom: 1; color: $text-muted; }
    StepPane .example { padding: 0 1; border-left: outer $secondary; }
    """

    def __init__(self, step: SmartStep, example: Content, *, id: str) -> None:
        super().__init__(id=id, classes="step")
        self.step = step
        self.example = example

    def compose(self) -> ComposeResult:
        yield Static(
            styled(
                "[b $primary]$title[/]  $summary", title=self.step.title, summary=self.step.summary
            ),
            classes="step-head",
        )
        with Horizontal(classes="columns"):
            with Vertical(classes="fields"):
                yield from self.compose_fields()
            with Vertical(classes="guide"):
                questions = [styled("• $q", q=q) for q in self.step.questions]
                yield Static(Content("\n").join(questions), classes="questions")
                yield Static(styled("[i]$hint[/]", hint=self.step.hint), classes="hint")
                yield Static(self.example, classes="example")

    def compose_fields(self) -> ComposeResult:
        yield from ()

    def show_example(self, example: Content) -> None:
        self.query_one(".example", Static).update(example)

    def fields(self) -> list[Field]:
        return list(self.query(Field))

    def check(self, strict: bool) -> list[Widget]:
        """Check every field; the controls whose text is wrong, first on the page first."""
        return [f.control for f in self.fields() if f.check(strict)]


class SpecificStep(StepPane):
    def __init__(
        self,
        step: SmartStep,
        example: Content,
        draft: Draft,
        rules: Rules,
        aspirations: Iterable[tuple[Content, str]],
    ) -> None:
        super().__init__(step, example, id="step-specific")
        self.draft, self.rules, self.aspirations = draft, rules, list(aspirations)

    def compose_fields(self) -> ComposeResult:
        d = self.draft
        yield Field(
            "Your goal, in one sentence",
            plain_input(d.statement, "statement", "e.g. Win 50 pitches by the end of 2027"),
            rule=self.rules.statement,
        )
        yield SmartCheck(id="check")
        yield Static("", id="rewrite")
        yield Field(
            "What exactly will you have at the end? (optional)", plain_input(d.specific, "specific")
        )
        yield Field(
            "Which aspiration is it in service of?",
            Select(self.aspirations, value=d.aspiration, allow_blank=False, id="aspiration"),
        )
        yield Field(
            "…or name a new one it serves (created when you save)",
            plain_input(d.new_aspiration, "new-aspiration", "e.g. Lead a creative department"),
        )

    def show_rewrite(self, rewrite: str | None) -> None:
        """The statement redrafted from the parts found, for f3 to put in the box."""
        box = self.query_one("#rewrite", Static)
        box.display = rewrite is not None
        if rewrite is not None:
            box.update(styled("[b]A rewrite to start from[/] [dim](f3 uses it)[/]\n$r", r=rewrite))


class MeasurableStep(StepPane):
    def __init__(self, step: SmartStep, example: Content, draft: Draft, rules: Rules) -> None:
        super().__init__(step, example, id="step-measurable")
        self.draft, self.rules = draft, rules

    def compose_fields(self) -> ComposeResult:
        d, r = self.draft, self.rules
        yield Static("", id="yes-no")
        yield Field(
            "What will you count?",
            plain_input(d.metric, "metric", "e.g. pitches won"),
            rule=r.metric,
            id="counting",
        )
        with Horizontal(classes="numbers"):
            yield Field(
                "Number to reach", plain_input(d.target, "target", "e.g. 50"), rule=r.target
            )
            yield Field("Unit (optional)", plain_input(d.unit, "unit", "%, EUR, pitches…"))
            yield Field(
                "Where you stand now", plain_input(d.current, "current", "0"), rule=r.current
            )
        options = [(p.capitalize(), p) for p in PRIORITIES]
        yield Field(
            "How high is it among your priorities right now?",
            Select(options, value=d.priority or Select.NULL, prompt="Not set", id="priority"),
        )

    def show_yes_no(self, outcome: str | None) -> None:
        """A goal that is done or not done (``outcome``) has nothing to count: not asked."""
        note = self.query_one("#yes-no", Static)
        note.display = outcome is not None
        self.query_one("#counting").display = outcome is None
        self.query_one(".numbers").display = outcome is None
        if outcome is not None:
            note.update(
                styled(
                    "[b]Done or not done:[/] “$o” needs no number to count. It is measured "
                    "by whether it happened, and it is done when its card reaches Done.",
                    o=outcome,
                )
            )


class ObstacleRow(Vertical):
    """One obstacle: what it is, the weeks it could cost, the plan around it."""

    DEFAULT_CSS = """
    ObstacleRow { height: auto; }
    ObstacleRow > Horizontal { height: auto; }
    ObstacleRow .what, ObstacleRow .plan { width: 1fr; }
    ObstacleRow .weeks { width: 9; }
    ObstacleRow Button { margin: 1 0 0 1; min-width: 5; }
    ObstacleRow > .problem { color: $error; padding: 0 1; display: none; width: 100%; }
    ObstacleRow.-problem > .problem { display: block; }
    ObstacleRow.-problem Input { border: tall $error; }
    """

    def __init__(self, obstacle: ObstacleDraft, rules: Rules) -> None:
        super().__init__(classes="obstacle")
        self.obstacle = obstacle
        self.rules = rules

    def compose(self) -> ComposeResult:
        o = self.obstacle
        with Horizontal():
            yield PlainInput(o.description, placeholder="A likely obstacle", classes="what")
            yield PlainInput(
                o.weeks, placeholder="weeks", classes="weeks", tooltip="Weeks of delay"
            )
            yield PlainInput(o.plan, placeholder="Your plan around it", classes="plan")
            yield Button("✕", classes="remove", compact=True, tooltip="Remove this obstacle")
        yield Label("", classes="problem")

    @property
    def value(self) -> ObstacleDraft:
        what, weeks, plan = (
            self.query_one(f".{c}", Input).value for c in ("what", "weeks", "plan")
        )
        return ObstacleDraft(what, weeks, plan)

    @property
    def problem(self) -> bool:
        return self.has_class("-problem")

    def wrong_box(self) -> Input:
        """The box the row's message is about: the weeks when they are wrong, else what."""
        weeks = self.rules.weeks(self.value.weeks, True)
        return self.query_one(".weeks" if weeks else ".what", Input)

    def check(self, strict: bool) -> str | None:
        """Show this row's message (or clear it); a shown message stays until fixed."""
        message = self.value.problem(self.rules, strict or self.problem)
        self.query_one(".problem", Label).update(literal(message or ""))
        self.set_class(bool(message), "-problem")
        return message


class AchievableStep(StepPane):
    DEFAULT_CSS = """
    AchievableStep .label { text-style: bold; padding: 0 1; }
    AchievableStep #obstacles { height: auto; }
    AchievableStep #add-obstacle { margin: 0 1 1 1; }
    """

    def __init__(self, step: SmartStep, example: Content, draft: Draft, rules: Rules) -> None:
        super().__init__(step, example, id="step-achievable")
        self.draft, self.rules = draft, rules

    def compose_fields(self) -> ComposeResult:
        yield Label(
            Content("Likely obstacles: what, weeks of delay (a whole number), your plan"),
            classes="label",
        )
        with Vertical(id="obstacles"):
            for obstacle in self.draft.obstacles or [ObstacleDraft()]:
                yield ObstacleRow(obstacle, self.rules)
        yield Button("Add an obstacle (ctrl+o)", id="add-obstacle", compact=True)

    def rows(self) -> list[ObstacleRow]:
        return list(self.query(ObstacleRow))

    def values(self) -> list[ObstacleDraft]:
        return [row.value for row in self.rows()]

    async def add_row(self) -> Input:
        row = ObstacleRow(ObstacleDraft(), self.rules)
        await self.query_one("#obstacles").mount(row)
        return row.query_one(".what", Input)

    async def remove_row(self, row: ObstacleRow) -> Widget:
        """Remove ``row``; the widget that should have focus next."""
        rows = self.rows()
        index = rows.index(row)
        await row.remove()
        rest = self.rows()
        if rest:
            return rest[min(index, len(rest) - 1)].query_one(".what", Input)
        return self.query_one("#add-obstacle", Button)

    def check(self, strict: bool) -> list[Widget]:
        wrong: list[Widget] = []
        for row in self.rows():
            if row.check(strict):
                wrong.append(row.wrong_box())
        return wrong


class RealisticStep(StepPane):
    def __init__(self, step: SmartStep, example: Content, draft: Draft) -> None:
        super().__init__(step, example, id="step-realistic")
        self.draft = draft

    def compose_fields(self) -> ComposeResult:
        yield Field(
            "Why does it lead to your aspiration?", plain_input(self.draft.leads_to, "leads-to")
        )
        yield Field(
            "What will you let go of to make room for it?", plain_input(self.draft.let_go, "let-go")
        )


class TimeStep(StepPane):
    def __init__(self, step: SmartStep, example: Content, draft: Draft, rules: Rules) -> None:
        super().__init__(step, example, id="step-time_bound")
        self.draft, self.rules = draft, rules

    def compose_fields(self) -> ComposeResult:
        yield Static("", id="offer", classes="label")
        yield Field(
            "Deadline (YYYY-MM-DD, or words such as “end of 2027”)",
            plain_input(self.draft.deadline, "deadline", "YYYY-MM-DD"),
            rule=self.rules.deadline,
        )
        yield Static("", id="read-as", classes="note")
        yield Field(
            "When will you next look at how it is going? (empty: in two weeks, or by the "
            "deadline if that is sooner; a review brings the goal up that day)",
            plain_input(self.draft.next_check, "next-check", "YYYY-MM-DD"),
            rule=self.rules.next_check,
        )

    def show_offer(self, offer: str | None, phrase: str | None) -> None:
        if offer is None:
            text = Content("Your sentence names no date yet: give the goal one here.")
        else:
            text = styled(
                "Your sentence names [b]$offer[/] (“$phrase”). It is offered below; confirm it "
                "or type another date.",
                offer=offer,
                phrase=phrase or offer,
            )
        self.query_one("#offer", Static).update(text)

    def show_reading(self, text: str) -> None:
        day = self.rules.today
        found = self.rules.day(text)
        line = Content("")
        if found is not None:
            days = (found - day).days
            when = "today" if days == 0 else f"{days} days from today" if days > 0 else "passed"
            line = Content(f"Read as {found:%A} {found.day} {found:%B %Y} ({when}).")
        self.query_one("#read-as", Static).update(line)


class StepProgress(Static):
    """The steps in order: the current one highlighted, ones with a problem in red.

    Every other step's name is a link (``screen.go(index)``) for the mouse.
    """

    TITLES = ("Specific", "Measurable", "Achievable", "Realistic", "Time-bound", "Review")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._markup = ""

    def show(self, current: int, wrong: set[int]) -> None:
        parts: list[str] = []
        for index, title in enumerate(self.TITLES):
            if index == current:
                parts.append(f"[b reverse $primary] {title} [/]")
                continue
            style = "$error" if index in wrong else ("$text-muted" if index > current else "")
            parts.append(f"[@click=screen.go({index})][{style or 'not dim'}]{title}[/][/]")
        markup = " › ".join(parts)
        if markup != self._markup:  # redrawn only when it changes: typing stays cheap
            self._markup = markup
            self.update(Content.from_markup(markup))

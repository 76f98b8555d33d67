"""The Aspirations screen (mode 3): the long-term destinations and their checks.

On the left, every aspiration grouped by status (active, achieved, retired);
on the right, the selected one in detail (see :mod:`screens.aspirations.detail`).
Keys: ``n`` add, ``e`` revise with a reason, ``v`` evaluate against the
checklist, ``x`` retire with a reason, ``m`` mark achieved, ``r`` reactivate,
``g`` turn a goal-like aspiration into a goal of a larger one. Every change is
saved through the service on the save thread, so ctrl+z undoes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import OptionList

from coach.coaching.progress import goal_progress
from coach.content.loader import load_content
from coach.models import Answer, Aspiration, Evaluation, Goal
from coach.text import one_line
from screens.aspirations.detail import AspirationDetail, DetailView, GoalLine
from screens.aspirations.listing import list_options
from screens.base import CoachScreen
from screens.messages import Evaluate, NewAspiration, ShowRecord
from screens.widgets.dialogs import AskText
from screens.widgets.key_bar import KeyBar
from screens.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from screens.session import Session

# Actions that need a selected aspiration in a given status (None: any status).
NEEDS = {
    "edit": None,
    "retire": "active",
    "achieve": "active",
    "to_goal": "active",
    "reactivate": "not active",
}


class AspirationsScreen(CoachScreen):
    TITLE = "Aspirations"
    CSS_PATH = "aspirations.tcss"
    AUTO_FOCUS = "#asp-list"
    BINDINGS = [
        Binding("n", "add", "New", id="aspirations.add", tooltip="Name a new aspiration"),
        Binding(
            "e",
            "edit",
            "Revise",
            id="aspirations.edit",
            tooltip="Change it; what it said before is kept with your reason",
        ),
        Binding(
            "v",
            "evaluate",
            "Evaluate",
            id="aspirations.evaluate",
            tooltip="Check it against your values: the eight-question checklist",
        ),
        Binding(
            "g",
            "to_goal",
            "Make goal",
            id="aspirations.to_goal",
            tooltip="Turn it into a goal of a larger aspiration, and retire it",
        ),
        Binding("x", "retire", "Retire", id="aspirations.retire", tooltip="Let it go, saying why"),
        Binding("m", "achieve", "Achieved", id="aspirations.achieve", tooltip="Mark it achieved"),
        Binding(
            "r",
            "reactivate",
            "Reactivate",
            id="aspirations.reactivate",
            tooltip="Make a retired or achieved aspiration active again",
        ),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._selected: str | None = None
        self._by_id: dict[str, Aspiration] = {}
        # The aspiration just evaluated: its detail shows the next steps until you move on.
        self._next_steps_for: str | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="asp-body"):
            yield OptionList(id="asp-list")
            yield AspirationDetail(id="asp-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#asp-list", OptionList).border_title = "Aspirations"
        self.session.register_editor(self._unsaved_in_dialog)
        super().on_mount()

    def _unsaved_in_dialog(self) -> bool:
        """True while a form or checklist opened here holds answers not saved yet."""
        from screens.aspirations.evaluation import EvaluationChecklist
        from screens.aspirations.form import AspirationForm

        return any(
            s.has_unsaved
            for s in self.app.screen_stack
            if isinstance(s, AspirationForm | EvaluationChecklist)
        )

    # -- drawing ------------------------------------------------------------------

    def reload(self) -> None:
        aspirations = self.service.aspirations.find()
        self._by_id = {a.id: a for a in aspirations}
        if self._selected not in self._by_id:
            self._selected = next(iter(self._by_id), None)
        self._fill_list(aspirations)
        self._show_detail()

    def _fill_list(self, aspirations: list[Aspiration]) -> None:
        service = self.service
        options = list_options(
            aspirations, service.goals.counts_by_aspiration(), service.evaluations.latest_scores()
        )
        listing = self.query_one("#asp-list", OptionList)
        # Redrawing moves the highlight; only the person moving it should change the
        # selection, so these highlight messages are not sent (a late one would undo
        # a selection made since, e.g. the aspiration just added).
        with listing.prevent(OptionList.OptionHighlighted):
            listing.set_options(options)
            if self._selected is not None:
                listing.highlighted = listing.get_option_index(self._selected)

    def _show_detail(self) -> None:
        detail = self.query_one(AspirationDetail)
        aspiration = self._by_id.get(self._selected or "")
        if aspiration is None:
            detail.show_empty(load_content().examples[:3])
        else:
            detail.show(self._view(aspiration))
        self.refresh_bindings()  # which keys apply depends on the selection

    def _view(self, aspiration: Aspiration) -> DetailView:
        content = load_content()
        columns = self.service.board.columns()
        names = {c.id: c.name for c in columns}
        done = {c.id for c in columns if c.done}
        goals = self.service.goals.of_aspiration(aspiration.id)
        from coach.coaching.pace import rollup

        paces = {g.id: self.service.progress.pace(g) for g in goals}
        return DetailView(
            aspiration=aspiration,
            goals=[
                GoalLine(
                    g,
                    names.get(g.column, g.column),
                    goal_progress(g, columns),
                    g.column in done,
                    "" if paces[g.id].state == "unmeasured" else paces[g.id].verdict,
                )
                for g in goals
            ],
            pace=rollup(paces.items()).verdict if goals else "",
            evaluations=self.service.evaluations.for_aspiration(aspiration.id),
            questions={q.id: q.text for q in content.questions},
            labels=content.rating_labels,
            today=self.service.today(),
            next_steps=content.next_steps if self._next_steps_for == aspiration.id else (),
        )

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        chosen = event.option.id
        if chosen is None or chosen == self._selected:
            return
        self._selected = chosen
        self._next_steps_for = None
        self._show_detail()
        self.query_one(AspirationDetail).scroll_home(animate=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # Enter on an aspiration moves the keyboard to its detail, to scroll it.
        self.query_one(AspirationDetail).focus()

    def on_show_record(self, message: ShowRecord) -> None:
        self.select_record(message.record_id)

    def on_new_aspiration(self, _: NewAspiration) -> None:
        self.action_add()

    def on_evaluate(self, _: Evaluate) -> None:
        self.action_evaluate()

    def select_record(self, aspiration_id: str) -> None:
        """Show ``aspiration_id`` and select it (the dashboard opens aspirations here)."""
        self._selected = aspiration_id
        self.flush_reload()
        self.reload()
        self.set_focus(self.query_one("#asp-list", OptionList))

    # -- which keys apply ---------------------------------------------------------

    @property
    def selected(self) -> Aspiration | None:
        return self._by_id.get(self._selected or "")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in NEEDS:
            return True
        selected = self.selected
        if selected is None:
            return False
        wanted = NEEDS[action]
        if wanted == "not active":
            return selected.status != "active"
        return wanted is None or selected.status == wanted

    # -- changing -----------------------------------------------------------------

    def action_add(self) -> None:
        from screens.aspirations.form import AspirationDraft, AspirationForm

        def submitted(draft: AspirationDraft | None) -> None:
            if draft is None:
                return
            self.save(
                lambda: self.service.aspirations.add(
                    draft.title, why=draft.why, horizon=draft.horizon
                ),
                done=lambda added: self._select(added.id),
                success="Aspiration saved. Next: work backwards to the goals that lead there.",
            )

        self.app.push_screen(AspirationForm(today=self.service.today()), submitted)

    def action_edit(self) -> None:
        from screens.aspirations.form import AspirationDraft, AspirationForm

        current = self.selected
        if current is None:
            return

        def submitted(draft: AspirationDraft | None) -> None:
            if draft is None:
                return
            self.save(
                lambda: self.service.aspirations.revise(
                    current.id,
                    title=draft.title,
                    why=draft.why,
                    horizon=draft.horizon or "",  # "" clears it; None would keep the old one
                    reason=draft.reason,
                ),
                success="Revised; the earlier version is kept in its history.",
            )

        self.app.push_screen(AspirationForm(current, today=self.service.today()), submitted)

    def action_retire(self) -> None:
        current = self.selected
        if current is None:
            return
        question = "Why are you letting this aspiration go?"
        hint = "coach keeps what it was and why it changed."
        try:
            event = load_content().event("aspiration_retired")
            question, hint = event.prompt, event.hint
        except KeyError:
            pass

        def answered(reason: str | None) -> None:
            if reason:
                self.save(
                    lambda: self.service.aspirations.retire(current.id, reason),
                    success=f"Retired “{one_line(current.title, 60)}”; its history is kept.",
                )

        subject = f"Retire “{one_line(current.title)}”"
        self.app.push_screen(AskText(question, hint=hint, subject=subject), answered)

    def action_achieve(self) -> None:
        current = self.selected
        if current is None:
            return
        self.save(
            lambda: self.service.aspirations.achieve(current.id),
            success=f"Marked achieved: “{one_line(current.title, 60)}”. Well done.",
        )

    def action_reactivate(self) -> None:
        current = self.selected
        if current is None:
            return

        def answered(reason: str | None) -> None:
            if reason:
                self.save(
                    lambda: self.service.aspirations.revise(
                        current.id, status="active", reason=reason
                    ),
                    success=f"“{one_line(current.title, 60)}” is active again.",
                )

        self.app.push_screen(
            AskText(
                "Why is this aspiration coming back?",
                hint="The reason is kept in its history, next to why it was set aside.",
                subject=f"Make “{one_line(current.title)}” active again",
            ),
            answered,
        )

    def action_to_goal(self) -> None:
        from screens.aspirations.to_goal import GoalTarget, ServesWhich

        current = self.selected
        if current is None:
            return
        others = [a for a in self._by_id.values() if a.status == "active" and a.id != current.id]

        def chosen(target: GoalTarget | None) -> None:
            if target is None:
                return
            self.save(
                lambda: self.service.aspirations.turn_into_goal(
                    current.id, serves=target.aspiration_id, new_title=target.new_title
                ),
                done=self._turned_into_goal,
            )

        self.app.push_screen(ServesWhich(current, others), chosen)

    def _turned_into_goal(self, goal: Goal) -> None:
        if goal.aspiration_id:
            self._select(goal.aspiration_id)
        self.notify(
            f"Now a goal: “{one_line(goal.statement, 60)}”, on the board. ctrl+z undoes it.",
            markup=False,
            timeout=6,
        )

    def action_evaluate(self) -> None:
        from screens.aspirations.evaluation import EvaluationChecklist

        current = self.selected
        if current is None:
            self.notify(
                "There is no aspiration to evaluate yet. Press n to name one first.",
                title="Nothing to evaluate",
                markup=False,
            )
            return
        if current.status != "active":
            self.notify(
                f"“{one_line(current.title, 60)}” is {current.status}. "
                "Reactivate it (r) to evaluate it again.",
                title="Not active",
                markup=False,
            )
            return

        def finished(answers: list[Answer] | None) -> None:
            if answers:
                self.save(
                    lambda: self.service.evaluations.add(current.id, answers),
                    done=self._evaluated,
                )

        self.app.push_screen(EvaluationChecklist(current.title, load_content()), finished)

    def _evaluated(self, evaluation: Evaluation) -> None:
        self._select(evaluation.aspiration_id)
        self._next_steps_for = evaluation.aspiration_id
        self.notify(f"Evaluation saved: score {evaluation.score}/100.", markup=False, timeout=4)

    def _select(self, aspiration_id: str) -> None:
        """Select ``aspiration_id``; the redraw that follows every save shows it."""
        self._selected = aspiration_id

"""Step 2: pick or name the aspiration, with the "what is it in service of?" check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.coaching.nudges import looks_like_goal
from coach.models import parse_horizon
from guided import ask

if TYPE_CHECKING:
    from guided.flow import Wizard

NEW = "__new__"


def _horizon(value: str) -> bool | str:
    try:
        parse_horizon(value)
    except ValueError:
        return "type a year such as 2031, a date such as 2031-06-30, or leave it empty"
    return True


def aspiration(w: Wizard) -> None:
    ask.heading("Your aspiration")
    active = w.service.aspirations.find("active")
    if active:
        choices = [(a.title, a.id) for a in active] + [("A new aspiration", NEW)]
        picked = ask.choose("Which aspiration is this session about?", choices)
        if picked != NEW:
            w.aspiration = w.service.aspirations.get(picked)
            return
    ask.show(
        "An aspiration is where you want your career to lead in some years: a role, a kind "
        "of work, a way of living. For example:"
    )
    for example in w.content.examples[:3]:
        ask.show(f"  • {example.aspiration} ({example.field})", "italic")
    title = ask.text(
        "Where do you want your career to go?", validate=ask.required("the aspiration")
    )
    if looks_like_goal(title):
        ask.show(w.content.nudge("aspiration_looks_like_goal").message_for(aspiration=title))
        how = ask.choose(
            "What would you like to do?",
            [
                ("Name the larger aspiration it serves, and keep this as its first goal", "lift"),
                ("Keep it as my aspiration", "keep"),
            ],
        )
        if how == "lift":
            w.seed_goal = title
            title = ask.text(
                "What is it in service of? Name that aspiration",
                validate=ask.required("the aspiration"),
            )
    why = ask.text("Why does it matter to you?", instruction="(optional)")
    horizon = ask.text(
        "Roughly when would you like to be there?",
        validate=_horizon,
        instruction="(optional: 2031)",
    )
    if not ask.confirm(f"Save the aspiration “{title}”?"):
        ask.show("Not saved.")
        return
    saved = w.service.aspirations.add(title, why=why, horizon=horizon or None)
    w.aspiration = saved
    w.saved.aspirations.append(saved.id)
    ask.show(f"  Saved ({saved.id}).", "fg:ansigreen")

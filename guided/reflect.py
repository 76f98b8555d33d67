"""Step 1: a few reflection prompts; each answer becomes a journal entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from guided import ask

if TYPE_CHECKING:
    from guided.flow import Wizard

PROMPTS_PER_SESSION = 3


def reflect(w: Wizard) -> None:
    ask.heading("Reflect")
    ask.show("Start by thinking before planning. Answer what speaks to you; skip the rest.")
    themes = [(f"{t.title}: {t.context}", t.id) for t in w.content.themes]
    chosen = ask.choose(
        "Which theme would you like to think about?", [*themes, ("Skip reflection", None)]
    )
    if chosen is None:
        return
    theme = w.content.theme(chosen)
    for prompt in theme.prompts[:PROMPTS_PER_SESSION]:
        if prompt.hint:
            ask.show(prompt.hint, "italic")
        answer = ask.text(prompt.text, instruction="(Enter saves it; leave empty to skip)")
        if not answer:
            continue
        entry = w.service.journal.add(
            answer, prompt_id=prompt.id, prompt_text=prompt.text, tags=["reflection"]
        )
        w.saved.entries.append(entry.id)
        ask.show("  Kept in your journal.", "fg:ansigreen")

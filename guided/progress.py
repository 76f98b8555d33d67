"""What the session has saved so far, to report at the end or on Ctrl-C."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Saved:
    entries: list[str] = field(default_factory=list)
    aspirations: list[str] = field(default_factory=list)
    evaluations: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        parts = [
            (len(self.entries), "journal entry", "journal entries"),
            (len(self.aspirations), "aspiration", "aspirations"),
            (len(self.evaluations), "evaluation", "evaluations"),
            (len(self.goals), "goal", "goals"),
        ]
        return [f"{n} {one if n == 1 else many}" for n, one, many in parts if n]

    def summary(self) -> str:
        lines = self.lines()
        return "Saved: " + ", ".join(lines) + "." if lines else "Nothing was saved."

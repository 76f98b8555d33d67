"""Goals of our own for the kinds of miss found on the fourth labelled set (round 4).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
2026-12-03, a Thursday. Each kind has new sentences across fields, and near misses that
must keep their verdict.
"""

from __future__ import annotations

Row = tuple[str, str, str | None, str]

# A slip of the keyboard in a word that carries the date or the verb is read as the word.
TYPOS: list[Row] = [
    ("pass my nclex in 3 monhts", "SMT", "2027-03-03", ""),
    ("get my real estate licence by thnaksgiving", "SMT", "2027-11-25", ""),
    ("finsih my welding course within 6 weeks", "SMT", "2027-01-14", ""),
    ("complet my CNA training in two yaers", "SMT", "2028-12-03", ""),
    ("open my nail bar befroe christmas", "SMT", "2026-12-24", ""),
    # near misses: real words one slip from a known word keep their meaning
    ("compete in 2 regional cooking contests next year", "SMT", "2027-12-31", ""),
    ("learn finnish", "---", None, ""),
]

ROWS: list[Row] = [
    *TYPOS,
]

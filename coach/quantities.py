"""Numbers with their units, said the one way everywhere: "3 talks", "12.5%", "$1200".

A unit is the person's own word. A percent sign and a currency sign go against the
number; any other unit follows it after a space and is made singular for exactly one
("1 talk", not "1 talks"), by the plain English endings only.
"""

from __future__ import annotations

from coach.text import one_line

CURRENCY_SIGNS = frozenset("$€£¥₹")

# Words ending in s whose singular is not the word without it (or that have none).
_NOT_PLURAL = frozenset(
    [
        "series",
        "species",
        "news",
        "kudos",
        "means",
        "bus",
        "gas",
        "lens",
        "chaos",
        "bonus",
        "campus",
        "status",
        "thesis",
        "analysis",
        "basis",
        "crisis",
        "process",
        "class",
        "glass",
        "boss",
        "business",
        "yes",
        "plus",
        "canvas",
        "atlas",
    ]
)
_ES_AFTER = ("ches", "shes", "sses", "xes", "zzes")


def number(value: float) -> str:
    """A number as a person writes it: 42, 12.5, 1500 (no exponent, no trailing zeros)."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def singular(unit: str) -> str:
    """The unit for one of it: "talks" -> "talk", "stories" -> "story", "hours" -> "hour";
    a unit of several words changes its last; what is not a plain plural stays."""
    head, _, last = unit.rpartition(" ")
    word = last.lower()
    if not word.isalpha() or not word.endswith("s") or word in _NOT_PLURAL or len(word) < 3:
        return unit
    if word.endswith(("ss", "us", "is")):
        return unit
    if word.endswith("ies") and len(word) > 4:
        last = last[:-3] + ("Y" if last[-3].isupper() else "y")
    elif word.endswith(_ES_AFTER):
        last = last[:-2]
    else:
        last = last[:-1]
    return f"{head} {last}" if head else last


def amount(value: float, unit: str) -> str:
    """A value with its unit: "3 talks", "1 talk", "12.5%", "$1200", "40000 EUR"."""
    unit = one_line(unit)
    if not unit:
        return number(value)
    if unit == "%":
        return f"{number(value)}%"
    if unit in CURRENCY_SIGNS:
        return f"{unit}{number(value)}"
    return f"{number(value)} {singular(unit) if value == 1 else unit}"


def of_target(current: float | None, target: float | None, unit: str) -> str:
    """How far along, against the target: "2 of 3 talks", "25% of 60%", "$300 of $1000";
    a number not known yet is "?"."""
    unit = one_line(unit)

    def said(value: float | None, *, signed: bool) -> str:
        if value is None:
            return "?"
        return amount(value, unit) if signed else number(value)

    if unit == "%" or unit in CURRENCY_SIGNS:
        return f"{said(current, signed=True)} of {said(target, signed=True)}"
    return f"{said(current, signed=False)} of {said(target, signed=False)} {unit}".rstrip()

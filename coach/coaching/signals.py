"""The words around a date that change what it means to a goal.

What introduces a date ("by", "no later than", "not before", "the end of"), whether it
is denied ("not in March", "rather than May"), whether it is a limit for each of many
("answer every request within 20 days"), and whether the text takes it back later
("planned for January, now June"). All functions take the tokens of
:func:`coach.coaching.tokens.tokenize`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from coach.coaching.time_phrases import RHYTHM_UNITS
from coach.coaching.tokens import Token, number_value, words

if TYPE_CHECKING:
    from coach.coaching.deadlines import TimeMention

__all__ = ["Trigger", "looks_back", "negated", "per_item", "replaced_before", "trigger_before"]


class Trigger(NamedTuple):
    """The words before a date: where they start, the trigger, the modifier, negation."""

    start: int
    word: str | None
    mod: str | None
    negated: bool
    raw: str = ""


def _seq(spaced: str) -> tuple[str, ...]:
    return tuple(spaced.split())


# The verbs that move a plan, and how they are said while it is being moved.
_ING = {
    "pushed": "pushing",
    "moved": "moving",
    "postponed": "postponing",
    "delayed": "delaying",
    "changed": "changing",
    "bumped": "bumping",
    "shifted": "shifting",
    "rescheduled": "rescheduling",
}
# Canonical trigger for each way of writing it; the longest match wins.
_TRIGGERS: dict[tuple[str, ...], str] = {}
for _canon, _forms in (
    (
        "by",
        "by|no later than|not later than|on or before|due|due by|deadline|target|aiming for|"
        "aim for|aiming at|aim to finish by|at the latest by|latest by|hopefully by|ideally by|"
        "done by|complete by|target date|goal date|hoping for|hope for|planning for|planned for|"
        "scheduled for|set for|slated for|pencilled in for|penciled in for|come|"
        # a plan moved: "pushed to may", "moved back to q3", "bumped to june"
        "pushed to|pushed back to|pushed out to|moved to|moved back to|moved up to|"
        "postponed to|delayed to|changed to|bumped to|shifted to|slipped to|"
        "rescheduled to|rescheduled for|brought forward to|now pushed to|now moved to|"
        "moved it to|pushed it to|pushed it back to|moved it back to|changed it to|"
        "bumped it to|pushed that to|moved that to|by the time",
    ),
    ("before", "before|prior to|ahead of|in time for|b4|befor|bfore|beofre|sometime before"),
    (
        "until",
        "until|till|til|untill|up to|from now until|from now till|through|thru|throughout|up until",
    ),
    (
        "in",
        "in|sometime in|some time in|by sometime in|due in|around|circa|about|"
        "in the time of|in the space of|in a matter of",
    ),
    ("within", "within|witin|withn|wihtin|whithin|inside|inside of|over|during|under"),
    # A date restated ("was 2027, now 2028", "it was going to be february"): enough to
    # read a bare year or "may" as a date; which of the two counts is decided later.
    (
        "now",
        "now|is now|it's now|now it's|now it is|was|were|originally|initially|"
        "was going to be|were going to be|it's going to be|going to be|was supposed to be|"
        "were supposed to be|was meant to be|was planned for",
    ),
    ("at", "at"),
    ("on", "on|due on"),
    ("for", "for"),
    ("after", "after|no earlier than|not earlier than|not before|once|following"),
    (
        "from",
        "from|as of|since|starting|starting in|starting from|starting on|starting at|"
        "beginning in|beginning on|start in|starts in|begin in|begins in|kicking off in|"
        # "w.e.f. 1 september", as India and Pakistan write "with effect from"
        "with effect from|w . e . f .|w . e . f|wef|effective from",
    ),
):
    for _form in _forms.split("|"):
        _TRIGGERS[_seq(_form)] = _canon
        _first, *_rest = _seq(_form)
        if _first in _ING:  # a plan being moved: "pushing it to 2030", "moving to june"
            _TRIGGERS[(_ING[_first], *_rest)] = _canon
_LONGEST = max(len(k) for k in _TRIGGERS)
_QUALIFIERS = (
    _seq("less than"),
    _seq("no more than"),
    _seq("at most"),
    _seq("a maximum of"),
    _seq("max"),
    _seq("under"),
    _seq("about"),
    _seq("around"),
    _seq("roughly"),
    _seq("approximately"),
    _seq("approx"),
    _seq("just"),
    _seq("only"),
    _seq("the year"),
    _seq("year"),
    # a hedge between the trigger and the date: "now realistically march"
    *(_seq(w) for w in ("realistically", "probably", "hopefully", "ideally", "likely", "maybe")),
)
_ABBREVIATED = words("max approx")
_CAPS = (_seq("max"), _seq("a maximum of"))
_MODS = {"mid": "mid", "early": "early", "late": "late", "end": "end", "start": "start"}
_MODS.update({"eod": "end", "cob": "end", "eob": "end"})  # "by cob friday"
_MODS_OF = {"end": "end", "close": "close", "start": "start", "beginning": "beginning"}
_MODS_OF.update({"middle": "middle", "middle part": "middle", "first": "start"})
# "for the rest of the year": until the year is out, so its last day
_MODS_OF.update({"rest": "end", "remainder": "end", "balance": "end"})
_NEGATIONS = words(
    "not never no nor won't wont can't cant don't dont isn't wasn't shouldn't aren't didn't "
    "couldn't wouldn't"
)


_CLAUSE_END = words(", ; . ! ? ( ) and but so then or because while")


def _ends_with(toks: list[Token], k: int, floor: int, seq: tuple[str, ...]) -> bool:
    lo = k - len(seq) + 1
    if lo < floor:
        return False
    return all(toks[lo + n].text == word for n, word in enumerate(seq))


def trigger_before(toks: list[Token], c: int, floor: int) -> Trigger | None:
    """The trigger and modifier right before token ``c`` (not before token ``floor``)."""

    def t(k: int) -> str:
        return toks[k].text if floor <= k < c else ""

    k = c - 1
    k -= t(k) in ("our", "the company's", "the firm's")  # "by the end of our fiscal year"
    k -= t(k) == "." and t(k - 1) in _ABBREVIATED  # "in max. 3 months": the short form's dot
    capped = None
    for qual in _QUALIFIERS:
        if _ends_with(toks, k, floor, qual):
            capped = k if qual in _CAPS else None
            k -= len(qual)
            break
    k -= t(k) == "the"
    mod = None
    if t(k) in _MODS and (t(k) != "start" or t(k - 1) != "to"):
        mod = _MODS[t(k)]
        k -= 1
    elif t(k) == "of" and t(k - 1) in _MODS_OF:
        mod = _MODS_OF[t(k - 1)]
        k -= 2
        k -= t(k) == "very"
    k -= t(k) == "the"
    word, raw = None, ""
    for n in range(min(_LONGEST, k - floor + 1), 0, -1):
        seq = tuple(toks[x].text for x in range(k - n + 1, k + 1))
        if seq in _TRIGGERS:
            word = _TRIGGERS[seq]
            raw = " ".join(seq)
            k -= n
            break
    closes = c + 2 >= len(toks) or toks[c + 2].text in _CLAUSE_END
    if word is None and mod is None and capped is not None and toks[c].kind == "num" and closes:
        # "5 new clients max. 3 months": a cap said before a span closing the clause is a
        # time within it (not "max 3 days a week", "max 2 weeks off")
        return Trigger(k + 1, "within", None, False, t(capped))
    if word is None and mod is None:
        return None
    return Trigger(k + 1, word, mod, False, raw)


def negated(toks: list[Token], lo: int, floor: int) -> bool:
    """Whether the date phrase starting at token ``lo`` is denied ("not in March",
    "rather than May", "instead of June", "definitely not March")."""

    def t(k: int) -> str:
        return toks[k].text if floor <= k < lo else ""

    k = lo - 1
    k -= t(k) in ("definitely", "certainly", "probably", "really", "just")
    if t(k) in _NEGATIONS:
        return True
    return (t(k) == "than" and t(k - 1) == "rather") or (t(k) == "of" and t(k - 1) == "instead")


def per_item(toks: list[Token], lo: int, floor: int) -> bool:
    """Whether a span is a limit for each of many ("answer every request within 20 days")."""
    for k in range(lo - 1, max(floor, lo - 8) - 1, -1):
        word = toks[k].text
        if word in _CLAUSE_END:
            return False
        if word in ("every", "each") and k + 1 < lo:
            return toks[k + 1].text not in RHYTHM_UNITS
        if word == "all" and k + 1 < lo:  # "all client emails", not "all 4 (four) sections"
            counted = number_value(toks, k + 1) is not None
            return (
                toks[k + 1].kind == "word" and toks[k + 1].text not in RHYTHM_UNITS and not counted
            )
    return False


# --- dates taken back ----------------------------------------------------------------

_REPLACING = words(
    "now instead moved pushed postponed delayed changed revised rescheduled bumped slipped "
    "shifted actually updated extended realistically new pushing moving postponing delaying "
    "bumping shifting rescheduling → but no say like agreed well "
    "sorry mean scratch correction rather"
)
_LOOKING_BACK = words("originally initially was were previously")
_CLAUSE_MARKS = words(", ; . ! ?")


def looks_back(toks: list[Token], m: TimeMention) -> bool:
    """Whether a date is said as the old plan ("it was going to be february", "originally
    by april", "was 2027"): its own words or the few before it in its clause look back."""
    own = [t.text for t in toks if m.start <= t.start < m.end]
    if any(w in _REPLACING for w in own):
        return False  # "now december", "but june": the new plan
    said: list[str] = []
    for t in reversed([t for t in toks if t.end <= m.start][-5:]):
        if t.text in _CLAUSE_MARKS or t.text in _REPLACING or t.kind != "word":
            break  # the words before belong to another clause or another date
        said.append(t.text)
    return any(w in _LOOKING_BACK for w in [*said, *own])


def replaced_before(toks: list[Token], text: str, m: TimeMention, dated: list[TimeMention]) -> bool:
    """True when the text takes ``m`` back: it is said as the old plan while another date
    stands ("in july, it was going to be february"), or a later date replaces it ("was
    May, now June", "by friday, scratch that, by the 20th")."""
    standing = [d for d in dated if d is not m and d.role == "deadline" and not looks_back(toks, d)]
    if not standing:
        return False
    if looks_back(toks, m):
        return True
    later = [d for d in standing if d.start >= m.end]
    if not later:
        return False
    after = [t for t in toks if t.start >= later[0].end][:2]
    window = [t.text for t in toks if m.end <= t.start < later[0].start] + [t.text for t in after]
    return any(w in _REPLACING for w in window) or "->" in text[m.end : later[0].start]

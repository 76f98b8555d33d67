"""Splitting a line that holds several goals into one span per goal.

"finish the course by June and apply for two roles by September" is two goals, each
with its own date. A line is split at "and", "then", "also", "plus", ";" or a full
stop where the words after it start a new action (a verb, maybe after "I'll", "then"
or "also") and the words before it already hold a goal with a date of its own, or
both sides have their own date. "Get a master's degree or a close mentorship by
2029" stays one goal: nothing after "or" is a new action; so does "leave retail and get
an office job" (leaving and where to are one change, unless each half has its own date)
and "open a food truck someday and cater weddings" (a destination, with no date), and
"sit the board exam in november and pass" (a verb with nothing of its own finishes the
goal before it).
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.coaching.lexicon import DONE_VERBS, QUANTITY_VERBS, VAGUE_PHRASES, VAGUE_VERBS
from coach.coaching.tokens import Token, words

__all__ = ["action_at", "split_goal"]

_JOINS = words("and then also plus ; . & , +")
_LEAD_INS = words(
    "i i'll i'd we we'll will want wanna to then also and hopefully ideally after that "
    "next finally plus maybe would like love need gonna going"
)
_EXTRA_VERBS = words(
    "apply pass finish get start take save pay buy sit do send ask schedule update "
    "complete hit book spend read watch post call meet visit quit leave resign reconnect "
    "network volunteer contact email message redo rewrite tidy shadow"
)
# A clause that opens with one of these sets the scene for the goal after its comma
# ("after my leave ends in june, i want ..."): it is not a goal of its own.
_SUBORDINATE = words("after once when whenever before until till since if while as")


def _starts_action(toks: Sequence[Token], i: int) -> bool:
    """Whether the words from token ``i`` start a new action ("I'll apply for ...")."""
    return action_at(toks, i) is not None


def action_at(toks: Sequence[Token], i: int) -> int | None:
    """The token of the verb that the words from ``i`` start with, after words such as
    "I'll", "then" or "also" ("I'll apply for ..." gives "apply"); None without one."""
    for k in range(i, min(i + 5, len(toks))):
        word = toks[k].text
        if word in DONE_VERBS or word in QUANTITY_VERBS or word in _EXTRA_VERBS:
            return k
        if word in VAGUE_VERBS:
            return k
        if word not in _LEAD_INS:
            return None
    return None


def split_goal(toks: Sequence[Token], anchors: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` of each goal; one span when the line is one goal.

    ``anchors`` are the token spans of the line's own time phrases (its deadlines, start
    dates and events of the person's own). A line is cut at "and", ";", "." or "&" when
    the words before it have a time phrase of their own and the words after it have
    one too ("... by summer and store manager by 2029") or start a new action ("finish
    my portfolio by january and land a UX job"); at a comma when both sides have their
    own time phrase and a new action follows; and at "then" / "and after that" whenever
    a new action follows. "leave retail and get a job within a year" stays one goal:
    its only date is at the end, for both.
    """
    n = len(toks)
    listed = _list_of_actions(toks, anchors)
    if listed:
        return listed
    cuts: list[tuple[int, int]] = []  # (first token of the join, first token after it)
    for i, tok in enumerate(toks):
        word = tok.text
        if word not in _JOINS or i == 0 or any(lo <= i < hi for lo, hi in anchors):
            continue
        if word == "+" and (tok.glued or (i + 1 < n and toks[i + 1].glued)):
            continue  # "A+", "network+": part of a name, not a join
        if cuts and i < cuts[-1][1]:
            continue
        nxt, seq = _after_join(toks, i)
        if nxt >= n or toks[nxt].text in _PLAN_MOVED:
            continue  # ", moved it to june": the same goal's date, said again
        left_lo = cuts[-1][1] if cuts else 0
        left = any(left_lo <= lo and hi <= i for lo, hi in anchors)
        right = any(lo >= nxt for lo, _ in anchors)
        # "..., then work in a NICU": after "then", working somewhere is the next step
        action = _starts_action(toks, nxt) or (seq and toks[nxt].text == "work")
        if action and not seq and _bare_verb(toks, nxt):
            continue  # "sit the board exam in nov and pass": passing it is the same goal
        if seq and action and (word != "," or left or right):
            cuts.append((i, nxt))
        elif seq and left and right and _anchor_after(toks, anchors, nxt):
            cuts.append((i, nxt))  # "A+ in 5 wks then network+ by feb": each with its date
        elif (word == "," and toks[left_lo].text in _SUBORDINATE) or _says_what_happens(
            toks, left_lo
        ):
            continue
        elif word == ",":
            # ", head by 2032": the same kind of goal again, with its own date
            again = right and toks[nxt].text not in _NOT_AGAIN and _anchor_after(toks, anchors, nxt)
            if left and right and (action or again):
                cuts.append((i, nxt))
        elif word in ("and", ";", ".", "&", "plus", "also", "+"):
            joined = word in ("and", "&", "plus", "+")
            if joined and _one_change(toks, left_lo, i, anchors):
                # "leave hospitality and get an office job": leaving and where to are one
                # change, dated once, unless each half has a date of its own
                if left and right:
                    cuts.append((i, nxt))
                continue
            dated = left and (right or action)
            own = joined and action and _own_goal(toks, i, left_lo, anchors)
            if dated or own:
                cuts.append((i, nxt))
    if not cuts:
        return [(0, n)]
    spans: list[tuple[int, int]] = []
    lo = _after_heading(toks, cuts[0][0])
    for cut, nxt in cuts:
        while cut > lo and toks[cut - 1].text in _TRAILING:
            cut -= 1  # "get my licence, then move": the comma belongs to neither goal
        spans.append((lo, cut))
        lo = nxt
    spans.append((lo, n))
    return [s for s in spans if s[1] > s[0]]


_TRAILING = words(", ; . & - +")
_NOTHING_MORE = words("it this time again first go too")


def _list_of_actions(
    toks: Sequence[Token], anchors: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of a list of three or more actions, each after a comma and the last
    maybe after "and" ("find a mentor, join PMI, and be more visible"; "get my first 10
    clients, raise my rate and quit the day job by march"): each item is a goal of its
    own, dated by its own words. Empty unless every item starts with a verb, and when the
    only time words are in the last item (see below): "pass my
    written, oral and practical by june" is one goal, and so is "apply at Northern,
    Avanti and GWR"."""
    n = len(toks)
    commas = [
        i
        for i, t in enumerate(toks)
        if t.text == "," and 0 < i < n - 1 and not any(lo <= i < hi for lo, hi in anchors)
    ]
    if not commas:
        return []
    joins = [(i, i + 1 + (toks[i + 1].text in ("and", "&"))) for i in commas]
    tail = joins[-1][1]
    for i in range(tail, n - 1):
        last = toks[i].text in ("and", "&") and action_at(toks, i + 1) == i + 1
        if last and not any(lo <= i < hi for lo, hi in anchors):
            joins.append((i, i + 1))
            break
    starts = [_after_heading(toks, commas[0])] + [nxt for _, nxt in joins]
    if len(starts) < 3 or action_at(toks, starts[0]) is None:
        return []
    if any(action_at(toks, k) != k for k in starts[1:]):
        return []  # "..., then the CELPIP", "..., oral and practical": not a list of actions
    if anchors and all(lo >= starts[-1] for lo, _ in anchors):
        # "..., register the company and get 10 clients by september": whether a date said
        # once at the end is the last item's or the whole list's, the labels disagree
        return []
    ends = [cut for cut, _ in joins] + [n]
    return [(lo, hi) for lo, hi in zip(starts, ends, strict=True) if hi > lo]


def _bare_verb(toks: Sequence[Token], nxt: int) -> bool:
    """Whether the words from ``nxt`` are a verb with nothing of its own after it ("and
    pass", "and pass this time", "and nail it"): it finishes the goal before."""
    verb = action_at(toks, nxt)
    if verb is None:
        return False
    rest = [t.text for t in toks[verb + 1 :]]
    return all(word in _NOTHING_MORE for word in rest)


_PLAN_MOVED = words("moved pushed postponed bumped delayed rescheduled shifted slipped")
_I_AM = words("i'm im i'am we're were")
_INTENDING = words("going trying hoping planning aiming looking working wanting thinking")


_LEAVING = words("leave quit retire resign exit")
_OUT_OF = words("get move transition step")
_SOME_DAY = (("someday",), ("eventually",), ("one", "day"), ("some", "day"))


def _one_change(
    toks: Sequence[Token], lo: int, join: int, anchors: Sequence[tuple[int, int]]
) -> bool:
    """Whether the words from ``lo`` to the join leave something ("leave retail", "retire
    from the force", "get out of sales", "transition out of the army"), so what follows
    "and" is where the person goes: one change. So is a line with "someday" or "one day"
    in it and no date: a destination ("be a full time creator someday and quit my job"),
    not steps."""
    said = [t.text for t in toks]
    if not anchors and any(
        tuple(said[k : k + len(w)]) == w for k in range(len(said)) for w in _SOME_DAY
    ):
        return True
    k = lo
    while k < join and (said[k] in _LEAD_INS or any(a <= k < b for a, b in anchors)):
        k += 1
    if k >= join:
        return False
    if said[k] in _LEAVING:
        return True
    return said[k] in _OUT_OF and k + 1 < join and said[k + 1] in ("out", "away")


def _says_what_happens(toks: Sequence[Token], lo: int) -> bool:
    """ "i'm retiring from the air force in august; land a role by then": the person
    says what is happening to them, the scene for the goal that follows."""
    words_at = [t.text for t in toks[lo : lo + 3]]
    if words_at[:2] == ["i", "am"]:
        verb = words_at[2] if len(words_at) > 2 else ""
    elif words_at and words_at[0] in _I_AM:
        verb = words_at[1] if len(words_at) > 1 else ""
    else:
        return False
    return verb.endswith("ing") and verb not in _INTENDING


def _after_heading(toks: Sequence[Token], end: int) -> int:
    """Where the first goal starts: after a heading such as "video editor:", which says
    who the person is, not what they will reach."""
    for k in range(min(end, 4)):
        if toks[k].text == ":":
            return k + 1
    return 0


_OPEN_ENDS = words("for to of at in on with from about my the a an")
_NOT_AGAIN = words(
    "or but not no rather instead now maybe probably ideally hopefully realistically "
    "definitely say like more it i we was were is the our this well actually sorry make "
    "mean or"
)


def _own_goal(
    toks: Sequence[Token], join: int, lo: int, anchors: Sequence[tuple[int, int]]
) -> bool:
    """Whether the words from token ``lo`` to the join are a goal of their own before a
    new action: a vague one ("get better at budgeting and pass the CGFM exam by fall":
    the first has no finish line, the second has) or, on a line with no date at all,
    any action ("finish my postdoc and get a faculty position"; not "train for and
    pass the road test", whose first half ends open)."""
    if toks[join - 1].text in _OPEN_ENDS:
        return False
    k = lo
    while k < len(toks) and toks[k].text in _LEAD_INS:
        k += 1
    if k >= len(toks):
        return False
    vague = toks[k].text in VAGUE_VERBS or VAGUE_PHRASES.match(list(toks), k) is not None
    return vague or (not anchors and _starts_action(toks, k))


def _anchor_after(toks: Sequence[Token], anchors: Sequence[tuple[int, int]], nxt: int) -> bool:
    """Whether a time phrase starts within four words after ``nxt`` ("head by 2032")."""
    return any(nxt < lo <= nxt + 4 for lo, _ in anchors)


def _after_join(toks: Sequence[Token], i: int) -> tuple[int, bool]:
    """The first token after a join ("and then", ", then", "and after that") and whether
    the join says the next step comes after this one."""
    n = len(toks)
    j = i + 1
    seq = toks[i].text == "then"
    while j < n and toks[j].text in ("and", "then", "also", "after", "that", "afterwards", ","):
        if toks[j].text in ("then", "afterwards") or (
            toks[j].text == "after" and j + 1 < n and toks[j + 1].text == "that"
        ):
            seq = True
        if toks[j].text == "after" and not (j + 1 < n and toks[j + 1].text == "that"):
            break
        j += 1
    went = _if_it_works(toks, j)
    return (went, True) if went else (j, seq)


def _if_it_works(toks: Sequence[Token], j: int) -> int:
    """ "... and if that works, get a unit": a next step once the first goes well; the
    token after the condition, or 0."""
    said = [t.text for t in toks[j : j + 5]]
    if len(said) < 3 or said[0] != "if" or said[1] not in ("that", "it", "this", "all"):
        return 0
    if said[2] not in ("works", "goes", "pays", "worked", "went"):
        return 0
    k = j + 3
    while k < len(toks) and toks[k].text in ("out", "well", "off", ","):
        k += 1
    return k

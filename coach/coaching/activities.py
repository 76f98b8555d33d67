"""Two shapes of goal read from the verb that opens it.

*Ongoing work* ("help with the rollout", "shadow the charge nurse", "volunteer at the
shelter", "write for the newsletter", "contribute to the wiki", "build relationships
with contractors") names what the person will do but has no finish line: it may be
specific, but nothing says when it is done or how much is enough, unless a number does.

*A contest to win or a bar to clear* ("win a regional latte art throwdown", "win an
audition for a section seat", "qualify for boston") is plainly done or not, whatever
the thing is called.
"""

from __future__ import annotations

from coach.coaching.counts import CLAUSE_BREAK, Finding, Words
from coach.coaching.tokens import words

__all__ = ["contest", "field_entered", "field_reason", "hired", "ongoing_work", "posted"]

_LEADING = words(
    "i i'd i'll i'm want wanna to would like will need plan hope hoping am going gonna "
    "really also just and"
)
_ONGOING = words(
    "help helping assist assisting support supporting shadow shadowing volunteer volunteering"
)
# Verbs that are ongoing only with the word after them: "write for", "contribute to".
_ONGOING_WITH = {
    "write": "for",
    "writing": "for",
    "contribute": "to",
    "contributing": "to",
    "build": "relationships",
    "building": "relationships",
}
_WIN = words("win winning")
_NOT_WON = words("more over back people clients customers hearts trust")
_DETERMINERS = words("a an the my our one first")


def _first_verb(w: Words) -> int:
    """The index of the first word that is not a leading "i want to"-like word, or -1."""
    for k in range(len(w.toks)):
        word = w.t(k)
        if word and word not in _LEADING:
            return k
    return -1


def ongoing_work(w: Words) -> str | None:
    """The verb of ongoing work that opens the goal ("help", "write for"), or None."""
    k = _first_verb(w)
    word = w.t(k) if k >= 0 else ""
    if word in _ONGOING:
        return w.toks[k].text
    if word in _ONGOING_WITH and w.t(k + 1) == _ONGOING_WITH[word]:
        return w.quote(w.finding("step", k, k + 2))
    return None


def contest(w: Words) -> Finding | None:
    """ "win a/an/the X" or "qualify for X" as one outcome, up to the end of its clause."""
    for k in range(len(w.toks)):
        word = w.t(k)
        won = word in _WIN and w.t(k + 1) in _DETERMINERS and w.t(k + 2) not in _NOT_WON
        cleared = word in ("qualify", "qualifying") and w.t(k + 1) == "for"
        if not (won or cleared):
            continue
        hi = k + 2
        while hi < len(w.toks) and w.t(hi) and w.t(hi) not in CLAUSE_BREAK and w.t(hi) != "and":
            hi += 1
        if hi > k + 2:
            return w.finding("award", k, hi)
    return None


def hired(w: Words) -> Finding | None:
    """ "get hired", "be taken on": done or not, even when where is not said."""
    for k in range(1, len(w.toks)):
        if w.t(k) in ("hired", "taken") and w.t(k - 1) in _BECOMING:
            if w.t(k) == "taken" and w.t(k + 1) != "on":
                continue
            return w.finding("event", k - 1, k + 1 + (w.t(k) == "taken"))
    return None


_BECOMING = words("get getting got be being become")

# Round 11: "get posted as tehsildar", "get transferred to lahore secretariat", "be
# appointed as district officer": a posting is made or not, and the words after "as" or
# "to" name the post or the place, known to coach or not. Not "posted in a peace station"
# (where, a condition), nor a post said by what it is like ("to a better branch").
_POSTED = words("posted transferred appointed deputed seconded")
_POST_WORDS = 3
_NOT_A_POST = words(
    "a an the my our some any another new other better bigger good nice different "
    "something somewhere anywhere"
)


def posted(w: Words) -> Finding | None:
    """The post or place a person is posted or transferred to, or None."""
    for k in range(1, len(w.toks) - 2):
        if w.t(k) not in _POSTED or w.t(k - 1) not in _BECOMING or w.t(k + 1) not in ("as", "to"):
            continue
        lo = k + 2 + (w.t(k + 2) in ("a", "an", "the"))
        end = lo
        while end < len(w.toks) and end - lo < _POST_WORDS and w.toks[end].kind == "word":
            if not w.t(end) or w.t(end) in CLAUSE_BREAK or w.t(end) in _NOT_A_POST:
                break
            end += 1
        if end > lo and (end == len(w.toks) or not w.t(end) or w.toks[end].kind != "word"):
            return w.finding("role" if w.t(k + 1) == "as" else "place", lo, end)
    return None


# Round 10: "get into cyber", "get into product", "break into AI": a field entered, plainly
# in or not, but no role, employer or place in it. Not a school, programme or body one is
# let into ("get into med school", "get into the electricians union"), which has an article
# or its own word, nor a name written with a capital ("get into Google").
_ENTERING = words("get getting break breaking")
_LET_IN = words(
    "school college academy university uni program programme programs course union guild "
    "fund cohort intake class residency fellowship apprenticeship league team"
)
_HEDGES = words("somehow eventually")
_ANY_FIELD = words("something anything somewhere anywhere else different new")  # no field


def field_entered(w: Words) -> Finding | None:
    """ "get into <a field>" as the whole goal, or None."""
    k = _first_verb(w)
    if k < 0 or w.t(k) not in _ENTERING or w.t(k + 1) != "into":
        return None
    end = k + 2
    while end < len(w.toks) and w.t(end) and w.t(end) not in _HEDGES:
        tok = w.toks[end]
        if tok.kind != "word" or w.t(end) in _DETERMINERS | _ANY_FIELD or w.t(end) in CLAUSE_BREAK:
            return None
        typed = w.original[tok.start : tok.end]
        if typed[:1].isupper() and not typed.isupper():
            return None  # "get into Google": who, named
        end += 1
    if not k + 2 < end <= k + 5 or w.t(end - 1) in _LET_IN:
        return None
    if any(w.t(j) and w.t(j) not in _HEDGES for j in range(end, len(w.toks))):
        return None
    return w.finding("field", k + 2, end)


def field_reason(quote: str) -> str:
    """Why a field entered is not specific, quoting it."""
    return (
        f'"{quote}" names a field, not which role, employer or place in it: it is plain '
        "when you are in, but not what you will be doing."
    )

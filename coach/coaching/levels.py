"""Goal or aspiration: telling the two levels of the method apart.

An aspiration is a long-term destination ("one day run my own practice"); a goal is a
nearer milestone on the way. People type each as the other:

- :func:`reads_as_aspiration`: a "goal" that is really a destination (someday, a
  lifetime horizon, who the person wants to be); ``coach check`` then offers to keep it
  as an aspiration.
- :func:`aspiration_reads_as_goal`: an "aspiration" that is really a goal serving
  something larger (a raise, a promotion, a move, perks). A way of working ("work
  remotely as a freelance illustrator") is a destination, not a perk.
- :func:`deadline_after_horizon`: a goal due after its aspiration's horizon.
"""

from __future__ import annotations

from datetime import date

from coach.coaching.tokens import Token, normalize, tokenize, words

__all__ = [
    "aspiration_reads_as_goal",
    "deadline_after_horizon",
    "reads_as_aspiration",
    "someday",
]

_SEQ = tuple[str, ...]


def _phrases(spaced: str) -> tuple[_SEQ, ...]:
    return tuple(tuple(p.split()) for p in spaced.split("|"))


_SOMEDAY = _phrases(
    "one day|someday|some day|eventually|ultimately|in the long run|in the long term|"
    "long term|my dream is|my dream|dream of|dream job|by the end of my career|"
    "before i retire|when i retire|by retirement|for the rest of my career|my whole career|"
    "in my career|life goal|lifelong|the long game|when i grow up|at some point in my life|"
    "in the future|down the road|one of these days|before i die|the end goal|end goal|"
    "at some point|i dream of|dreaming of|someday soon|retire at|retire by age|retiring at|"
    # round 10: a dream said alone ("dream: commentating olympic swimming"), retiring by an
    # age, and horizons of a life ("before retiring", "by the time the kids are grown")
    "dream|retire by|before retiring|by the time i retire|kids are grown|children are grown|"
    "kids have grown up|kids grow up|children grow up"
)
_IDENTITY = _phrases(
    "be the kind of|be the type of|be the sort of|the kind of|the type of|the sort of|"
    "make a name for|a name for myself|a respected|"
    "a well respected|a well known|a leading voice|a voice in|thought leader|be someone who|"
    "become someone who|be a person who|people recognize|people recognise|people respect|"
    "people look up to|leave a legacy|be a household name|be remembered|financial freedom|"
    "financially independent|financial independence|be my own boss|retire early|"
    "become a working|be a working|make a living as|make a living from|live off my|"
    # round 10: who the person wants to be, or leave behind
    "the first in my family|first in my family|financially free|outlives me|outlive me|"
    "outlast me|outlasts me|legacy"
)
_LONG_YEARS = 10
# Five years out, running a place of one's own or ending up somewhere is a destination
# ("in 5 years run my own trucking company"); a promotion that far out is still a step.
_DESTINATION_YEARS = 5
_DESTINATION = _phrases(
    "my own|run my|run the|run a|run an|own|end up|have my own|open my own|open a|open an|take over"
)
# Said with no time at all: who the person wants to be, or how they want to work.
_WANT_TO_BE = _phrases(
    "want to be a|want to be an|wanna be a|wanna be an|want to become a|want to become an|"
    "end up as|end up being|end up a|end up an|love to be a|love to be an|like to be a|"
    "like to be an|hope to be a|hope to be an|hoping to be a|aspire to be|aspire to become"
)
_WAY_OF_WORKING = _phrases(
    "work remotely|work from home|work for myself|work as a freelance|work freelance|"
    "be self employed|work independently|work from anywhere"
)


def _has(seq: list[str], phrases: tuple[_SEQ, ...]) -> _SEQ | None:
    for i in range(len(seq)):
        for p in phrases:
            if tuple(seq[i : i + len(p)]) == p:
                return p
    return None


_LEAD_INS = words("i want to wanna would like i'd love need really just")


def _opens(seq: list[str], phrases: tuple[_SEQ, ...]) -> _SEQ | None:
    """A phrase the statement opens with, maybe after "i want to" ("work remotely as a
    freelance illustrator"; not "a job that lets me work from home")."""
    k = 0
    while k < len(seq) and seq[k] in _LEAD_INS:
        k += 1
    return next((p for p in phrases if tuple(seq[k : k + len(p)]) == p), None)


def _texts(text: str) -> list[str]:
    return [t.text for t in tokenize(normalize(text)) if t.kind != "mark"]


def someday(seq: list[str]) -> bool:
    """Whether the words point at a horizon years away ("one day", "eventually")."""
    return _has(seq, _SOMEDAY) is not None


def reads_as_aspiration(
    text: str | list[str],
    deadline: date | None,
    today: date,
    has_target: bool = False,
    timed: bool | None = None,
    counted_in: str | None = None,
) -> str | None:
    """Why a goal reads as an aspiration rather than a goal, or None.

    A lifetime or "someday" horizon, a deadline ten or more years away (five, for
    running a place of one's own or ending up somewhere), or a statement of who the
    person wants to be without a date or a number to reach. ``text`` is the statement,
    or its words already tokenised; ``timed`` says whether it mentions any time at all
    (a date, an event of the person's own, "soon"), and defaults to having a deadline.
    ``counted_in`` is the deadline's words when they count years from today ("in 5
    yrs", "over the next decade"): five years or more counted so is a destination,
    unless there is a number to reach on the way ("get 2 promotions in 5 years").
    """
    seq = _texts(text) if isinstance(text, str) else text
    timed = deadline is not None if timed is None else timed
    someday = _has(seq, _SOMEDAY)
    if someday is not None and deadline is None:
        return f'"{" ".join(someday)}" points at a destination years away, not a milestone.'
    days = (deadline - today).days if deadline is not None else 0
    if days >= 365 * _LONG_YEARS:
        return f"It is {days // 365} years away: that is a destination; goals are the steps to it."
    if counted_in is not None and days >= 365 * _DESTINATION_YEARS and not has_target:
        return (
            f'"{counted_in}" counts {days // 365} years ahead: that is a destination; goals '
            "are the steps to it."
        )
    named_year = _named_year(seq)
    if named_year is not None and named_year - today.year >= _YEAR_AHEAD and not has_target:
        return (
            f'"{named_year}" is {named_year - today.year} years on: that is a destination; '
            "goals are the steps to it."
        )
    out = _years_out(seq) if deadline is None else None
    if out is not None:
        return f'"{out}" counts years ahead: that is a destination; goals are the steps to it.'
    place = _has(seq, _DESTINATION)
    if place is not None and days >= 365 * _DESTINATION_YEARS:
        return (
            f'"{" ".join(place)}", {days // 365} years away: that is a destination; goals '
            "are the steps to it."
        )
    who = None if timed else _has(seq, _WANT_TO_BE) or _opens(seq, _WAY_OF_WORKING)
    if who is not None:
        return f'"{" ".join(who)}" says where you want to end up, with no step or date yet.'

    identity = _has(seq, _IDENTITY)
    if identity is not None and deadline is None and not has_target:
        return f'"{" ".join(identity)}" describes where you want to end up, not a step on the way.'
    return None


# Round 10: a calendar year named six or more years on ("be a deputy minister by 2033",
# said in 2027) is a destination. At five the sets disagree ("make equity partner by 2031",
# said in December 2026, is a goal to one labeller and "airline pilot at a major by 2032",
# said in 2027, a destination to another), so five is left to the rules above.
_YEAR_AHEAD = 6
_BY_YEAR = words("by before in until till")
_YEARS = words("years yrs year")
# "after 8 yrs out", "been 5 years out": time away from work already spent, not ahead.
_SPENT = words("after for been being of")


def _digits(word: str) -> bool:
    """Whether ``word`` is written in the digits 0 to 9 (not "²", which is a digit too)."""
    return word.isascii() and word.isdigit()


def _named_year(seq: list[str]) -> int | None:
    """The year in "by 2033", "before 2033", "in 2035", or None."""
    for k in range(1, len(seq)):
        word = seq[k]
        if len(word) == 4 and _digits(word) and word[:2] == "20" and seq[k - 1] in _BY_YEAR:
            return int(word)
    return None


def _years_out(seq: list[str]) -> str | None:
    """Years counted ahead that no date reads: "10-15 yrs out", "in 5+ years"."""
    for k in range(len(seq) - 1):
        word = seq[k]
        if not _digits(word) or int(word) < _DESTINATION_YEARS or seq[k + 1] not in _YEARS:
            continue
        away = seq[k + 2 : k + 3] == ["out"] and seq[k - 1 : k] != [] and seq[k - 1] not in _SPENT
        if away or (k > 0 and seq[k - 1] in ("in", "within")):
            return " ".join(seq[k : k + 2 + (seq[k + 2 : k + 3] == ["out"])])
    return None


_GOAL_LIKE_WORDS = words(
    "salary raise paid pay earn earning earnings income bonus money perks perk benefits "
    "equity promotion promoted title relocate"
)
_GOAL_LIKE = _phrases(
    "pay rise|six figures|company car|stock options|four day week|corner office|move to|"
    "live in|get promoted|be promoted|make senior|make partner|next level|a raise"
)
_WAYS_OF_WORKING = _phrases("work remotely|work from|remote|as a|as an|freelance|for myself")


def aspiration_reads_as_goal(title: str) -> str | None:
    """Why an aspiration's title reads like a goal serving something larger, or None."""
    toks = tokenize(normalize(title))
    seq = [t.text for t in toks if t.kind != "mark"]
    money = _money(toks)
    if money:
        return f'"{money}" is an amount: what would it let you do? That is the aspiration.'
    hit = _has(seq, _GOAL_LIKE)
    word = next((w for w in seq if w in _GOAL_LIKE_WORDS), None)
    if hit is None and word is None:
        return None
    said = " ".join(hit) if hit else str(word)
    if hit == ("move", "to") and _has(seq, _WAYS_OF_WORKING):
        return None
    return f'"{said}" is usually a step toward something larger: what is it in service of?'


def _money(toks: list[Token]) -> str | None:
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if tok.text in "$€£¥" and nxt.kind == "num":
            return tok.text + nxt.text
        if tok.kind == "num" and nxt.text == "k" and nxt.glued:
            return tok.text + "k"
    return None


def deadline_after_horizon(deadline: date | None, horizon: date | None) -> str | None:
    """A warning when a goal is due after its aspiration's horizon, else None."""
    if deadline is None or horizon is None or deadline <= horizon:
        return None
    return (
        f"This goal is due {deadline.isoformat()}, after its aspiration's horizon "
        f"({horizon.isoformat()}): move the goal earlier, or the horizon later."
    )

"""Goals written without a verb before the thing they name.

"flight medic in 18 months" (a few words beside a date), "kitchen extension finished by
august" (a thing and the word that says it is done), "fly for a major airline one day"
(a far-off destination): what each names, for :mod:`coach.coaching.smart` to judge.
"""

from __future__ import annotations

from coach.coaching.counts import STOP, Finding
from coach.coaching.deadlines import TimeMention
from coach.coaching.lexicon import COMPARATIVE, DONE_VERBS, QUALITY
from coach.coaching.measures import GoalWords
from coach.coaching.object_forms import GENERIC
from coach.coaching.splitting import action_at
from coach.coaching.tokens import Token, words

__all__ = ["destination", "done_thing", "no_verb"]


def done_thing(
    goal: GoalWords, toks: list[Token], lo: int, hi: int, mine: list[TimeMention]
) -> tuple[Finding, Finding] | None:
    """A thing and the word that says it is done, with nothing else but its date: "new
    pancake menu launched by pancake day", "kitchen extension finished by august"."""
    timed = [any(m.start <= t.start < m.end for m in mine) for t in toks[lo:hi]]
    said = [k for k in range(lo, hi) if not timed[k - lo] and toks[k].kind == "word"]
    if len(said) < 2 or not any(timed) or toks[said[-1]].text not in DONE_VERBS:
        return None
    done = toks[said[-1]].text
    if not done.endswith(("ed", "built", "written", "sold", "won", "made")):
        return None
    thing = said[:-1]
    if len(thing) > _TERSE_WORDS or any(action_at(toks, k) is not None for k in thing):
        return None
    made = goal.finding("deliverable", thing[0], thing[-1] + 1)
    return made, goal.finding("deliverable", thing[0], said[-1] + 1)


def no_verb(toks: list[Token], lo: int, hi: int, mine: list[TimeMention]) -> bool:
    """Whether a goal is a few words naming a thing beside its date, with no verb coach
    knows and no rhythm ("flight medic in 18 months", not "network every week")."""
    if any(m.role == "cadence" for m in mine):
        return False
    said = [k for k in range(lo, hi) if not any(m.start <= toks[k].start < m.end for m in mine)]
    while said and toks[said[-1]].text in ("!", ".", "?"):
        said.pop()  # "cpc by xmas!!!": the marks say how much it matters, not what
    if not 1 <= len(said) <= _TERSE_WORDS or any(toks[k].kind != "word" for k in said):
        return False
    if any(toks[k].text.endswith("s") and not toks[k].text.endswith("ss") for k in said):
        return False  # "weekends off by june": a condition of work, not a thing to have
    return all(action_at(toks, k) is None for k in said)


_TERSE_WORDS = 4


def destination(goal: GoalWords, lo: int, hi: int, alone: bool = False) -> Finding | None:
    """The words of a far-off goal that name where it leads, when nothing blurs them; with
    ``alone``, one word beside a date will do ("cpc by xmas"), if it names a thing."""
    if goal.objects() or goal.blurring_verb() is not None:
        return None
    kept = [k for k in range(lo, hi) if goal.t(k) and goal.toks[k].kind != "mark"]
    kept = [k for k in kept if goal.t(k) not in _LEADING_WORDS]
    said = {goal.t(k) for k in kept}
    typed = [k for k in range(lo, hi) if goal.t(k) and goal.toks[k].kind == "word"]
    one = alone and len(typed) == 1 and typed == kept
    one = one and not said & (GENERIC | QUALITY | _SIZELESS | STOP)
    # "fitness by june", "calmer by summer": a quality, or more of one (a lone word in -er
    # may be either a person or a comparison, "welder" or "richer": it is not read)
    one = one and not goal.t(typed[0]).endswith(("ity", "ness", "er"))
    everywhere = any(goal.t(k) == "world" and goal.t(k - 1) in ("whole", "the") for k in kept)
    if (len(kept) < 2 and not one) or everywhere or said & (COMPARATIVE | _ANY_WORK | _RENOWN):
        # "make more money one day", "change careers someday": no destination; nor fame or
        # a quality ("a famous youtuber someday", "a brand people remember, long term",
        # "financially free someday", "known to the whole world")
        return None
    return goal.finding("destination", kept[0], kept[-1] + 1)


# Fame, a quality or freedom, as the whole of a far-off goal: no destination ("big" says
# a size: "a big agro processing factory one day" is one; "world champion" a title, but
# "to the whole world" no place).
_RENOWN = words("remember remembers remembered free fame") | (QUALITY - {"big"})
_ANY_WORK = words("career careers job jobs work money life something things")
_SIZELESS = words("raise rise bump increase bonus hike")  # "raise by june": of how much?
_LEADING_WORDS = words("i i'd i'm i'll want to would like love hope really")

"""A thing to attain, named after the verb that attains it, known word or not.

A coach reads "get my guard card by monday", "fill out the fafsa", "save 1500 for rent"
or "pass the ptcb" as concrete without knowing what a guard card, the FAFSA or the PTCB
is: the verb says the thing is had, done or not, and the words after it name one thing.
:func:`attained` finds those words when the word lists found nothing, unless they name a
quality, a skill area or a field with no finish line ("get into tech", "get a raise"),
or nothing concrete at all ("get a job", "find something better").
"""

from __future__ import annotations

from coach.coaching.counts import CLAUSE_BREAK, STOP, Finding
from coach.coaching.lexicon import (
    COMPARATIVE,
    DONE_VERBS,
    PHRASES,
    QUALITY,
    QUANTITY_VERBS,
    VAGUE_VERBS,
)
from coach.coaching.measures import GoalWords
from coach.coaching.object_forms import GENERIC
from coach.coaching.objects import AGENT_ENDINGS
from coach.coaching.tokens import words

__all__ = ["attained"]

# Verbs that say a thing is had or done at the end, and the word some of them need
# after them ("fill out the fafsa", "sit for the cpc").
_ATTAIN = words(
    "get gets getting got pass passing passed finish finishing finished complete completing "
    "submit submitting file filing save saving renew renewing book booking land landing "
    "earn earning obtain obtaining secure securing buy buying redo take taking hit hitting "
    "reach reaching hire hiring have pick plan planning become becoming sell selling"
)
# Verbs whose object is a role or status named in a few words, a participle among them:
# "become qualified spark", "become senior carer", "apply for settled status" (but a lone
# quality is no role: "become fluent", "become settled").
_NAMING = words("become becoming apply applying")
_BECOME = words("become becoming")
# After "become", words that make the role a standing in others' eyes, not a post to hold:
# "become the kind of nurse patients trust", "a go-to person", "a real writer", "a working
# actor"; and the others whose view it is ("people", "kids"), a clause with no "that".
_STANDING = words(
    "type sort kind go-to real proper true working top notch leading respected renowned "
    "people kids children others everyone "
    "everybody crews clients students customers patients colleagues"
)
_PARTICLES = {
    "fill": ("out",),
    "filling": ("out",),
    "sit": ("for",),
    "hand": ("in",),
    "turn": ("in",),
    "apply": ("for", "to"),
    "applying": ("for", "to"),
    "graduate": ("with",),
}
_OWNERS = words("my the our a an his her their this")
_POSSESSIVE = words("my our his her their")
# Words that name no one thing of their own, beyond those no object is built on at all.
_UNNAMED = words(
    "goal goals target targets potential dream dreams quota employer employers life friends "
    "difference plan plans respect trust living recognition freedom peace help exposure move "
    "moves level"
)
# Things with no size or finish line of their own: how much of a raise, which job?
_SIZELESS = words(
    "raise rise bump increase bonus hike enough extra bag bread break rest look chance shot "
    "feel hang handle grip idea sense taste care lead plunge step steps risk risks hold "
    "notice advantage piece slice share portion"
)
# Turns of phrase with a noun that names no thing to have: "get my bearings", "earn my
# stripes", "find my footing".
_IDIOMS = words("bearings stripes footing feet legs hands")
# How a thing is taken in by others, not a state it is finished in: "get my voice heard",
# "get my work seen" (but "get my record expunged", "get my permit approved").
_PERCEIVED = words("heard seen noticed known recognised recognized valued appreciated")
# Endings of nouns that name a quality ("credibility", "happiness"), and things so named.
_QUALITY_ENDINGS = ("ity", "ness")
_THINGS_IN_ITY = words("opportunity university city facility")
# Words that end the thing and turn the verb into an idiom of state: "get my confidence
# back", "get my life together", "get my content out there", "get the job done".
_STATE_AFTER = words(
    "back together out there done right straight ahead around away across over down off"
)
_PARTICIPLES = words("paid known seen told held")
# "get my house in order", "my ducks in a row", "my body in shape": a state, not a place.
_IN_STATES = words("order row shape check line gear")
# Words after the thing that make it a condition or a quality, not the thing itself.
_LOOSE_AFTER = words("that which where who whose up going") | _STATE_AFTER
_RELATIVE = words("that which who whose where")
# Before the verb, words that make it what the person wants to stop ("stop getting stuck").
_NEGATING = words("stop stopped not never avoid quit dont don't")
# Heads that say where only with a word of their own before them: "a seat", "my foot" (in
# the door), "my head" (in the game) are turns of phrase; "a food truck spot" is a thing.
_NEEDS_NAMING = words("seat spot slot foot head")
# Verbs whose object is a thing only when it is the person's own ("take my series 6", not
# "take the leap").
_ONLY_MINE = words("take taking")
# Verbs after which a bare number is a sum ("save 3000"); after others, 40 of what?
_MONEY_VERBS = words("save saving earn earning")
# Places of learning, named only with a word of their own: "go to lineman school" names
# which, "go back to school" and "go to grad school" do not.
_SCHOOLS = words("school college academy university uni bootcamp seminary")
_LEVELS = words("grad graduate")
_GOING = words("go going attend attending start starting")
# "move from school bus to city transit driver": where the move ends is named.
_MOVING = words("move moving switch switching go going transition transitioning pivot")
# "get hired by the sheriffs office", "be taken on by a roofing crew": where is named.
_HIRED = words("hired taken")
_HIRED_BY = words("by at on with into onto for")
# What may follow a rank reached ("make corporal by june", "make regular carrier in 2 yrs").
# Round 10: where the rank is held ("make toolpusher on the rig", "make captain at station 7").
_RANK_ENDS = words("by in within before this next on at , . ;") | {""}


def attained(goal: GoalWords, lo: int, hi: int) -> Finding | None:
    """The thing an attainment verb in tokens ``[lo, hi)`` names ("guard card" in "get my
    guard card by monday"), or None."""
    hours = _hours_at(goal, lo, hi)
    if hours is not None:
        return hours
    for k in range(lo, hi):
        word = goal.t(k)
        j = k + 1
        if word in _PARTICLES and goal.t(j) in _PARTICLES[word]:
            j += 1
        elif word in _MOVING and goal.t(j) == "from":
            return _moved_to(goal, j + 1, hi, word)
        elif word in _GOING:
            school = _school(goal, j + (goal.t(j) == "to"), hi)
            if school is not None:
                return school
            continue
        elif word in ("get", "getting") and (goal.t(j), goal.t(j + 1)) == ("picked", "up"):
            # "get picked up by a national wire as a stringer": taken on, as "hired by"
            if goal.t(j + 2) not in _HIRED_BY or goal.t(j + 3) in _POSSESSIVE:
                return None  # not "get picked up by my mum"
            j += 3
        elif word in ("get", "getting", "be") and goal.t(j) in _HIRED:
            j += 1 + (goal.t(j) == "taken" and goal.t(j + 1) == "on")  # "be taken on by"
            if goal.t(j) not in _HIRED_BY:
                return None
            j += 1
        elif word in ("make", "making"):
            return _made(goal, j)
        elif word in _RETIRING and _opens_with(goal, lo, k) and _said_after(goal, k + 1, hi):
            # "semi-retire to ipoh", "retire early and teach": a change of life, plainly
            # made or not. Alone ("retire before 50") the sets disagree: labels.py names
            # nothing, own10 a change; it is read as before.
            return goal.finding("change", k - (goal.t(k - 1) == "semi"), k + 1)
        elif word == "take" and _taken_public(goal, j) is not None:
            return goal.finding("change", k, _taken_public(goal, j) or k + 1)  # an IPO
        elif word not in _ATTAIN or _in_relative_clause(goal, lo, k):
            continue  # "a resume that gets interviews": what the resume does, not the goal
        named_after = word in _BECOME and goal.t(j + 1) not in STOP  # "become qualified spark"
        if (goal.t(j) in _ATTAIN or goal.t(j) in DONE_VERBS) and not named_after:
            continue  # "i will have finished my meister": the verb after it decides
        if goal.t(k - 1) in _NEGATING:
            return None  # "stop getting stuck on closing shifts": what to leave behind
        # The first such verb decides: "save enough to take a sabbatical" names no sum.
        thing = _thing(goal, j, hi, word)
        if thing is not None and word in _SELLING and _to_everyone(goal, j, hi):
            return None  # "sell my baskets to the whole world": no market named
        if thing is not None and word in _SELLING and thing.kind == "attained":
            return thing._replace(kind="sold")  # "sell my pottery at the craft mela"
        return thing
    return None


_RETIRING = words("retire")
# Round 11: what is sold, when it is the person's own or all of something ("sell my
# pottery at the craft mela", "sell all the harvest"), is named as a thing had is.
_SELLING = words("sell selling")


def _to_everyone(goal: GoalWords, j: int, hi: int) -> bool:
    """Whether "the world" or "the whole world" is who buys, in tokens ``[j, hi)``."""
    return any(goal.t(k) == "world" and goal.t(k - 1) in ("whole", "the") for k in range(j, hi))


# Words that may open a goal before its verb ("i want to", "semi-" of "semi-retire").
_OPENING = words("i i'd i'm want wanna to would like hope plan and then early semi")


def _opens_with(goal: GoalWords, lo: int, k: int) -> bool:
    """Whether token ``k`` is the goal's own verb: only opening words (or a date) before
    it, so not "mentor one engineer a year till i retire"."""
    return all(not goal.t(j) or goal.t(j) in _OPENING for j in range(lo, k))


def _said_after(goal: GoalWords, k: int, hi: int) -> bool:
    """Whether words other than "early" or a date follow in tokens ``[k, hi)``."""
    return any(goal.t(j) and goal.t(j) != "early" for j in range(k, hi))


def _taken_public(goal: GoalWords, j: int) -> int | None:
    """The end of "take the company public" from its object at ``j``, or None."""
    if goal.t(j) not in _OWNERS:
        return None
    for end in (j + 2, j + 3):
        if goal.t(end) == "public" and all(goal.t(m) for m in range(j + 1, end)):
            return end + 1
    return None


def _thing(goal: GoalWords, j: int, hi: int, verb: str) -> Finding | None:
    money = verb in _MONEY_VERBS
    t = goal.t
    j += t(j) == "all"  # "pass all my units"
    owned = t(j) in _OWNERS and not _inside_word(goal, j + 1)  # not the "a" of "A&P"
    mine = t(j) in _POSSESSIVE
    j += owned
    start, end = j, j
    while end < hi and end - start < 4:
        word = t(end)
        tok = goal.toks[end]
        if word == "of" and end > start and t(end + 1) and t(end + 1) not in STOP:
            end += 1  # "associate of arts", "a stream of work": the head comes after
            continue
        if tok.kind == "mark" and word and _inside_word(goal, end):
            end += 1
            continue
        if word and end + 1 < hi and _inside_word(goal, end + 1):
            end += 1  # "A&P", "P&C", "use-of-force": a part of one name, whatever its word
            continue
        if not word or word in CLAUSE_BREAK or word in STOP or word in _STATE_AFTER:
            break
        if tok.kind == "mark":
            break
        if end > start and word.endswith("ly") and len(word) > 4:
            break  # "file things properly": how, not what
        if owned and end == start and word in VAGUE_VERBS and t(end + 1) == "of":
            end += 1  # "get the use of force recert done": a noun after "the", not a verb
            continue
        if word in QUALITY or word in COMPARATIVE or word in VAGUE_VERBS or word in QUANTITY_VERBS:
            return None  # "get a good job", "get better hours": a quality, not a thing
        end += 1
    if end == start:
        return None
    head = goal.t(end - 1)
    said = {goal.t(k) for k in range(start, end)}
    # "become room leader": a plain word like "leader" made a post by the words before it
    post = verb in _BECOME and head in GENERIC and end - start > 1
    if (head in GENERIC and not post) or head in _UNNAMED | _PERCEIVED:
        return None
    if said & (_SIZELESS | _IDIOMS):
        return None
    if not head[:1].isalnum():
        return None
    if end - start == 1 and goal.toks[start].kind == "num":
        # "save 3000" is a sum to count up to; "hit 40 by friday": 40 of what?
        return goal.finding("count", start, end) if money else None
    if head in _NEEDS_NAMING and end - start == 1:
        return None  # "earn a seat at the table": a turn of phrase, no seat named
    if mine and t(end) in ("to", "into"):
        # "get my short into sundance": where it goes must be a thing too, and is not in
        # "get my portfolio to where it stands out", "get my kids into a good school"
        verb_next = t(end + 1) in DONE_VERBS | VAGUE_VERBS  # "get my boss to sign it"
        there = None if verb_next else _thing(goal, end + 1, hi, verb)
        return Finding("attained", goal.toks[start].start, there.end) if there else None
    if t(end) == "done" and owned and verb in ("get", "getting"):
        return goal.finding("attained", start, end)  # "get the use of force recert done"
    if t(end) in _LOOSE_AFTER:
        return None  # "get a job that pays", "get my confidence back"
    if t(end) in ("on", "in", "up") and not t(end + 1):
        return None  # "get my shine on", "get my hours up": a state, the clause ends there
    if t(end) == "in" and {t(end + 1), t(end + 2)} & _IN_STATES:
        return None
    first = goal.t(start)
    participle = first.endswith(("ed", "ing")) or first in _PARTICIPLES
    named_by_more = verb in _NAMING and end - start > 1
    if not owned and goal.toks[start].kind != "num" and participle and not named_by_more:
        return None  # "get promoted", "get going", "get paid what i'm worth": a state
    if verb in _BECOME and not owned and end - start == 1 and not head.endswith(AGENT_ENDINGS):
        return None  # "become fluent": a quality; "become solicitor": a role
    if verb in _BECOME and ((said | {t(end), t(end + 1)}) & _STANDING or t(end) == "to"):
        return None
    if (
        not owned
        and goal.toks[start].kind != "num"
        and head.endswith(("ed", "ing"))
        and not named_by_more
    ):
        return None
    if not owned and end - start == 1 and head.endswith("er"):
        return None  # "get fitter", "get quicker": more of a quality
    quality = head.endswith(_QUALITY_ENDINGS) and head not in _THINGS_IN_ITY
    if quality and PHRASES.match(goal.toks, end - 1) is None:
        return None  # "earn credibility", "get clarity", "get my fitness": a quality
    if verb in _ONLY_MINE and not mine:
        return None  # "take the leap", "take a chance": a turn of phrase (not "take my gre")
    return goal.finding("attained", start, end)


def _in_relative_clause(goal: GoalWords, lo: int, k: int) -> bool:
    """Whether token ``k`` is in a clause that says what something else is like ("a
    studio where designers actually get credit")."""
    for j in range(k - 1, lo - 1, -1):
        word = goal.t(j)
        if word in _RELATIVE:
            return True
        if word in CLAUSE_BREAK or word == "and":
            return False
    return False


def _hours_at(goal: GoalWords, lo: int, hi: int) -> Finding | None:
    """ "go full time at fedex ground": the hours are a condition of work, but the place
    they are worked at is named (not "at a bank", a kind of employer)."""
    for k in range(lo + 1, hi - 2):
        hours = goal.t(k - 1) in ("full", "part") and goal.t(k) == "time"
        if hours and goal.t(k + 1) == "at" and goal.t(k + 2) not in ("a", "an"):
            found = _thing(goal, k + 2, hi, "work")
            return found._replace(kind="place") if found else None
    return None


def _moved_to(goal: GoalWords, k: int, hi: int, verb: str) -> Finding | None:
    """What comes after the "to" of "move from X to Y", when it names a thing."""
    while k < hi and goal.t(k) and goal.t(k) not in CLAUSE_BREAK:
        if goal.t(k) == "to":
            found = _thing(goal, k + 1, hi, verb)
            return found._replace(kind="destination") if found else None
        k += 1
    return None


def _inside_word(goal: GoalWords, k: int) -> bool:
    """A mark inside a name or a grade ("shrm-cp", "2:1", "p&c"), not between words."""
    if not 0 < k < len(goal.toks) - 1:
        return False
    return goal.toks[k].glued and goal.toks[k + 1].glued and bool(goal.t(k + 1))


def _school(goal: GoalWords, j: int, hi: int) -> Finding | None:
    """ "go to culinary school", "start medic school": a place of learning, named."""
    j += goal.t(j) in ("a", "an", "the", "my")
    for end in range(j + 1, min(j + 4, hi)):
        if goal.t(end) in _SCHOOLS:
            said = [goal.t(k) for k in range(j, end)]
            named = all(
                w and w not in STOP | GENERIC | _LEVELS | QUALITY | COMPARATIVE for w in said
            )
            return goal.finding("place", j, end + 1) if named else None
    return None


def _made(goal: GoalWords, j: int) -> Finding | None:
    """ "make 300 in tips", "make E-6": a sum or a grade reached (not "make friends")."""
    tok = goal.toks[j] if j < len(goal.toks) else None
    if tok is None or not goal.t(j):
        return None
    if tok.kind == "num":
        return goal.finding("count", j, j + 1)
    nxt = goal.toks[j + 1] if j + 1 < len(goal.toks) else None
    if len(tok.text) == 1 and nxt is not None and nxt.kind == "num" and goal.t(j + 1):
        return goal.finding("role", j, j + 2)  # a grade by its code: "E-6", "O-3"
    # "make corporal", "make regular carrier": a rank reached, the words ending the clause
    for end in (j + 1, j + 2):
        said = [goal.t(k) for k in range(j, end)]
        if not all(w[:1].isalpha() and w not in STOP | GENERIC | _UNNAMED for w in said):
            return None
        if any(w in VAGUE_VERBS | _SIZELESS or w.endswith(("ed", "ing")) for w in said):
            return None  # "make sense", "make amends"
        if said[-1].endswith("s"):
            return None  # "make friends", "make contacts": people, not a rank
        if goal.t(end) in _RANK_ENDS:
            return goal.finding("role", j, end)
    return None

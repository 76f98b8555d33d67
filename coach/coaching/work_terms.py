"""A condition of work named on its own: "get off nights", "work remote by jan", "a 4 day
work week by summer", "wind down to 3 days a week".

It says how the person wants to work, not which role, place or result they are after, so
by the method it is not specific; but it is plainly had or not, so it is measurable.
Only a goal that is nothing but the condition (and its date) reads so: "get off nights in
the warehouse" or "a remote job as a django dev" name more, and are judged on that; a
comparison ("work fewer hours") stays vague.

Round 10 reads the condition more widely: a job named only by what it gives or how it is
worked ("a job with a pension and benefits", "a union job with set hours"), staying or
being based somewhere ("stay in calgary", "closer to family in davao"), and a condition
followed by why it is wanted ("nights only so i can study"), of which only the condition
is quoted.

Round 11 reads the words of other places: hours as duty, timing or slots ("no more night
duty", "9 to 5 timing"), postings and where they are ("no posting on the border", "be
posted in a peace station"), rotations counted in months, a town named with no article
("a job in nairobi", "work in accra not kumasi"), distance ("within 10 km of home"), living
terms and what the employer gives ("company accommodation", "medical insurance", "my
annual ticket home", "overtime paid").
"""

from __future__ import annotations

import re

from coach.coaching.counts import Finding
from coach.coaching.fields import field_of_words
from coach.coaching.lexicon import COMPARATIVE, ORG_PHRASES, PHRASES
from coach.coaching.measures import GoalWords
from coach.coaching.tokens import words

__all__ = ["condition_of_work", "condition_reason"]

_FORMS = (
    "off nights|off of nights|off the nights|off night shift|off night shifts|"
    "off the night shift|off weekends|off the weekend shift|onto days|on days|to days|"
    "day shift|day shifts|days only|straight days|onto day shift|on day shift|"
    "remote|remotely|fully remote|full remote|from home|wfh|hybrid|"
    "part time|full time|weekends off|no weekends|no more weekends|no nights|"
    "no more nights|no night shifts|no more night shifts|no more shifts|"
    "flexible hours|flexi time|flextime|compressed hours|9 to 5|nine to five|"
    "monday to friday|mon to fri|school hours"
)
_CONDITIONS = frozenset(tuple(form.split()) for form in _FORMS.split("|"))
_LONGEST = max(len(c) for c in _CONDITIONS)
# Words that may stand before the condition: who wants it and how they get there.
_LEADING = words(
    "i i'm im i'd want wanna would like to get go going move moving switch switching change "
    "be being work working start starting finally back a my onto down wind winding cut drop "
    "stay transfer transferring and permanently hours"
)
_TRAILING = words("permanently again only please for good")
_WEEK_WORDS = words("day days")


def _condition_at(seq: list[str], k: int) -> int:
    """The index after a condition of work starting at ``k`` in ``seq``, or ``k``."""
    for n in range(min(_LONGEST, len(seq) - k), 0, -1):
        if tuple(seq[k : k + n]) in _CONDITIONS:
            return k + n
    number = seq[k].isdigit() or seq[k] in ("four", "three", "4/10s")
    if number and seq[k + 1 : k + 2] == ["day"]:  # "a 4 day (work) week"
        j = k + 2 + (seq[k + 2 : k + 3] == ["work"])
        return j + 1 if seq[j : j + 1] == ["week"] else k
    if number and k > 0 and seq[k - 1] == "to" and seq[k + 1 : k + 2] and seq[k + 1] in _WEEK_WORDS:
        # "down to 3 days a week": how much to work, a condition too
        return k + 4 if seq[k + 2 : k + 4] == ["a", "week"] else k
    return k


# Round 9: words that say only when, how long, on what terms or where a person works
# ("no more split shifts", "a 9 day fortnight", "remote only, no hybrid", "term time only",
# "a permanent contract not fixed term"). A goal made of nothing else, with at least one of
# these, names a condition and no role or thing to attain.
_TERMS = words(
    "nights night shorts mornings evenings weekends weekdays weekend shifts shift earlies lates "
    "rota rotas fortnight remote remotely hybrid wfh locum agency permanent temp temporary "
    "contract contracts hours hour hrs hr term time part full flexible flexi commute "
    "commuting travel travelling local closer home office onsite site based house pattern "
    "rotations rotation starts compressed annualised annualized daytime daytimes evening "
    "morning closes fully close "
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays "
    # round 10: the shift by its name, hours as a share, being home at set times, staying
    # put, and what the job gives (own10: "a job with a pension and benefits")
    "dayshift dayshifts nightshift nightshifts graveyard overnight overnights fte relocation "
    "supper dinner bedtime shore offshore onshore union overtime pension pensions benefits "
    "summers winters rotations sea "
    # round 11: hours said as duty, timing or slots, a posting and where, living and what
    # the employer gives ("no more night duty", "9 to 5 timing", "morning slots", "no
    # posting on the border", "company accommodation", "medical insurance", "a weekly off")
    "duty duties timing timings slot slots posting postings posted hardship border "
    "accommodation weekly onboard wifi km kms afternoon afternoons"
)
# Words that only join, bound or replace such terms ("X not Y", "only X", "no more X",
# "N on N off", "3 days a week instead of 5"); a number is one too.
_JOINING = words(
    "no more not only just instead of rather than or and a an the in at to from max maximum "
    "per each week weeks off on long longer short shorter split day days early late "
    "fixed set same zero one two three four five six seven nine ten with without any all am pm "
    "i i'm im i'd want wanna would like get go move moving stay switch "
    "change be work working do doing need please job role post position once least "
    # round 10: "home for supper every night", "down to 0.6 fte", "evenings free", "no more
    # client-facing weekends", "within 30 min commute of home", "occasional travel"
    "for every down onto back have free within of min mins minutes occasional client "
    "customer facing my our drop out-of "
    # round 11: "4 months on 2 months off", "near my parents", "overtime paid, not forced",
    # "weekly off as per contract", a place of work named by its kind ("at the restaurant",
    # "in the branch"), "with single room", "medical insurance", "within the city"
    "month months near paid forced as per this company employer medical insurance single "
    "room sharing people must pay annual ticket district general rotational nothing drive "
    "driving trips ship vessel flight flights unpaid next round desk restaurant branch shop "
    "store ward city area "
    "monday tuesday wednesday thursday friday saturday sunday"
)
# Two or more words that name one term ("no on-call", "no fly-in fly-out", "no more long
# haul"): read as one before the words are checked.
_PHRASES = {
    ("on", "call"): "on-call",
    ("fly", "in", "fly", "out"): "fifo",
    ("fifo",): "fifo",
    ("long", "haul"): "long-haul",
    ("out", "of"): "out-of",
    ("school", "hours"): "school-hours",
    ("school", "run"): "school-run",
    ("school", "pickup"): "school-run",
    ("school", "pick", "up"): "school-run",
    ("on", "board"): "onboard",
    ("long", "distance"): "long-distance",
    ("peace", "station"): "peace-station",
    ("field", "area"): "field-area",
    ("field", "posting"): "field-posting",
    ("field", "work"): "field-work",
    ("within", "the", "city"): "in-city",
    ("within", "city", "limits"): "in-city",
    ("medical", "insurance"): "medical-insurance",
    ("health", "insurance"): "medical-insurance",
}
# A place a person stays, is based or travels to ("stay in calgary", "based in singapore",
# "closer to my parents in penang", "travel to kl", "work from the cottage"): the word
# after these, and the one after that, may be a name coach does not know.
_PLACE_AFTER = {
    "stay": ("in",),
    "staying": ("in",),
    "based": ("in", "out-of"),
    "closer": ("to", "in"),
    "nearer": ("to", "in"),
    "travel": ("to",),
    "work": ("from",),
    "working": ("from",),
    "family": ("in",),
    "parents": ("in",),
    "home": ("in",),
}
# Round 11: a town or country where the work is, written with no article before it ("a job
# in nairobi", "work in accra not kumasi", "office in bangalore", "remote from lahore"):
# where, and nothing else, so a term of work itself. "work in a nicu" or "in the nhs" is
# a unit or employer, and is judged as before.
_TOWN_AFTER = {
    "job": ("in",),
    "work": ("in",),
    "office": ("in",),
    "remote": ("from",),
}
_TOWN = "<town>"
# Words coach knows as a skill, a role, a field or an employer ("in marketing", "in tech"):
# no town.
_KNOWN_WORDS = PHRASES.words | ORG_PHRASES.words
# Terms of work a town may follow with "in" or "from" ("9 to 5 timing in riyadh"; not
# "house in order").
_TOWN_TERMS = words(
    "timing timings shift shifts hours duty duties posting postings remote remotely hybrid "
    "fully full time"
)
_TERMS_ADDED = words(
    "on-call fifo long-haul school-hours school-run stay staying long-distance peace-station "
    "field-area field-posting field-work medical-insurance in-city " + _TOWN
)
_KIN = words("family parents mum mom dad kids children partner wife husband")


def _phrased(seq: list[str], titled: frozenset[int] = frozenset()) -> list[str]:
    """``seq`` with the words of one term joined ("on call" -> "on-call"), and a place
    after a word of staying or travelling left out ("stay in calgary" -> "stay in"). The
    words at ``titled`` were written with a capital: no town of round 11 ("a remote job in
    Lisbon" names where, as a place moved to is named)."""
    out: list[str] = []
    k = 0
    while k < len(seq):
        joined = next((p for p in _PHRASES if tuple(seq[k : k + len(p)]) == p), None)
        out.append(_PHRASES[joined] if joined else seq[k])
        k += len(joined) if joined else 1
        if len(out) >= 2 and out[-1] in _PLACE_AFTER.get(out[-2], ()):
            # the place itself: one or two words that are not terms of work
            named = 0
            while k < len(seq) and named < 2 and seq[k] not in _TERMS:
                if seq[k] in _JOINING and seq[k] not in ("the", "a"):
                    break
                if seq[k] == "the" or seq[k] in _KIN:
                    out.append(seq[k])
                else:
                    named += 1
                k += 1
        elif len(out) >= 2 and _town_after(out[-2], out[-1]) and _town(seq, k, titled):
            out.append(_TOWN)
            k += 1
            while seq[k : k + 1] in (["not"], ["or"]) and _town(seq, k + 1, titled):
                out += [seq[k], _TOWN]  # "accra not kumasi"
                k += 2
    return out


def _town_after(before: str, word: str) -> bool:
    """Whether a town may follow ``before word``: "a job in", "office in", or a term of
    work and "in" or "from" ("9 to 5 timing in riyadh", "full remote from lahore")."""
    if word in _TOWN_AFTER.get(before, ()):
        return True
    return word in ("in", "from") and before in _TOWN_TERMS


def _town(seq: list[str], k: int, titled: frozenset[int]) -> bool:
    """Whether ``seq[k]`` may be the name of a town: a word that is not a term of work,
    a joining word or an article ("in accra", not "in a nicu" or "in the"), nor a plural,
    a word of doing, or a word coach knows ("a job in theatres", "in nursing", "in
    finance")."""
    word = seq[k] if k < len(seq) else ""
    if not word.isalpha() or word.endswith(("es", "ers", "ing")) or k in titled:
        return False
    if word in _TERMS or word in _JOINING or word in _KIN or word in _KNOWN_WORDS:
        return False
    return field_of_words([word]) is None  # "a job in finance", "in logistics": a field


def _conditions_only(seq: list[str], titled: frozenset[int] = frozenset()) -> bool:
    """Whether ``seq`` is nothing but terms of work, their joining words and numbers,
    with at least one term that is not also a plain word of time ("days", "week"): "work 4
    days a week" alone is read as before. "More"
    other than "no more" asks for a comparison with no size ("get more hours"): vague."""
    seq = _phrased(seq, titled)
    if not any(w in _TERMS or w in _TERMS_ADDED for w in seq):
        return False
    if any(w == "more" and (k == 0 or seq[k - 1] != "no") for k, w in enumerate(seq)):
        return False
    if any(w == "hr" and (k == 0 or not _number(seq[k - 1])) for k, w in enumerate(seq)):
        return False  # "my HR job": the department, not "a 12 hr shift"
    return all(
        w in _TERMS or w in _TERMS_ADDED or w in _JOINING or w in _KIN or _number(w) for w in seq
    )


def _number(word: str) -> bool:
    """A number, or a time or pattern written with one: "37.5", "5am", "1h30", "4x9"."""
    return _NUMBER.fullmatch(word) is not None


_NUMBER = re.compile(r"\d+(?:[.:]\d+)?(?:am|pm|h\d*|x\d+|s)?")


def condition_of_work(goal: GoalWords, lo: int, hi: int, *, broad: bool = True) -> Finding | None:
    """The condition of work that is the whole of the goal in tokens ``[lo, hi)``, or None.
    With ``broad`` off (a far-off destination: "a permanent post someday") only the forms
    of round 6 read so."""
    kept = [k for k in range(lo, hi) if goal.t(k) and goal.toks[k].kind != "mark"]
    seq = [goal.t(k) for k in kept]
    titled = _titled(goal, kept)
    if broad and seq and _conditions_only(seq, titled):
        return goal.finding("condition", kept[0], kept[-1] + 1)
    head = _before_reason(goal, lo, hi) if broad else []
    said = [goal.t(k) for k in head]
    if head and len(head) < len(kept) and _conditions_only(said, _titled(goal, head)):
        # "nights only so i can study", "part time, like 20 hrs a week, while I finish
        # treatment": the condition, then why; the why names no role or result either
        return goal.finding("condition", head[0], head[-1] + 1)
    if broad and head and _job_with_terms(goal, head):
        return goal.finding("condition", head[0], head[-1] + 1)
    at = 0
    while at < len(seq) and seq[at] in _LEADING and _condition_at(seq, at) == at:
        at += 1
    first, found = at, False
    while at < len(seq):
        after = _condition_at(seq, at)
        if after == at:
            break
        at, found = after, True
    last = at
    while at < len(seq) and seq[at] in _TRAILING:
        at += 1
    if not found or at < len(seq):
        return None
    return goal.finding("condition", kept[first], kept[last - 1] + 1)


def _titled(goal: GoalWords, kept: list[int]) -> frozenset[int]:
    """The places in ``kept`` of words written with a capital and then small letters."""
    typed = [goal.original[goal.toks[k].start : goal.toks[k].end] for k in kept]
    return frozenset(n for n, w in enumerate(typed) if w[:1].isupper() and not w.isupper())


# Words that start why a condition is wanted ("so i can study", "while i finish treatment",
# "until my youngest is in grade 1", "during harvest"), and after a comma the start of a
# reason said as a sentence ("my back can't take standing shifts", "i need weekends").
_REASONS = words("so while until till because cause coz since during")
_SO_WHO = words("i that we my the they he she you")
_WHEN = words("before after when once")
_SUBJECTS = words("my i im i'm the we our")
_SAYING = words("can't cant cannot can takes take have has need needs is are am works gets")


def _before_reason(goal: GoalWords, lo: int, hi: int) -> list[int]:
    """The indices of the words of tokens ``[lo, hi)`` before a reason, or all of them."""
    out: list[int] = []
    for k in range(lo, hi):
        tok = goal.toks[k]
        if tok.kind == "mark":
            if tok.text in ",;" and out and _sentence_at(goal, k + 1, hi):
                break
            continue
        word = goal.t(k)
        if not word:
            continue
        if out and word in _REASONS and (word != "so" or goal.t(k + 1) in _SO_WHO):
            break
        if out and word in _WHEN and goal.t(k + 1) in _SUBJECTS:
            break  # "before my tour ends", "after my leave": an event of the person's own
        if out and word == "for" and goal.t(k + 1) in ("the", "my") and goal.t(k + 2) in _KIN:
            break  # "evenings free for the kids"
        out.append(k)
    return out


def _sentence_at(goal: GoalWords, k: int, hi: int) -> bool:
    """Whether a sentence with a subject and a verb of its own starts at ``k``."""
    verbs = (goal.t(j) in _SAYING for j in range(k + 1, min(k + 4, hi)))
    return goal.t(k) in _SUBJECTS and any(verbs)


# "a job with a pension and benefits", "a workplace that's wheelchair accessible", "a union
# job with set hours", "a role without the 24hr call schedule": a job named only by what
# it gives or how it is worked. The words before the job may be terms of work alone; what
# follows may not hold a feeling or comparison ("a job where i actually like the
# codebase", "a job with better hours"), a name written with a capital ("a job with
# Shopify") or the role ("as a data analyst").
_JOBS = words("job jobs role position post workplace employer base gig")
# Said with no verb of finding ("find a retail job with fixed shifts" and "find a role
# where i can work from home" name nothing to the earlier sets' labellers, though own8
# reads "find a kitchen job that closes by 10pm" as had or not: the sets disagree there).
_JOB_LEADS = words("i i'm im i'd want wanna need looking for ideally a an")
_JOB_KINDS = words("union desk shore based no overtime no-overtime office indoor outdoor seasonal")
_JOB_CLAUSE = words("with where that that's which without not i")
_FEELINGS = words(
    "like love enjoy enjoys happy happier valued respected appreciated appreciate meaningful "
    "fulfilling fun better good great nice fair decent normal real proper more less fewer "
    "actually really cares care grow growth learn challenge challenging interesting culture "
    "mentor mentors as lets shorter"
)


def _job_with_terms(goal: GoalWords, head: list[int]) -> bool:
    """Whether the words at ``head`` are a job named only by what it gives or how it is
    worked, said with no verb of finding."""
    seq = [goal.t(k) for k in head]
    at = 0
    while at < len(seq) and seq[at] in _JOB_LEADS:
        at += 1
    if at == 0 or seq[at - 1] not in ("a", "an"):
        return False
    while at < len(seq) and (seq[at] in _JOB_KINDS or seq[at] in _TERMS):
        at += 1
    if at >= len(seq) - 1 or seq[at] not in _JOBS or seq[at + 1] not in _JOB_CLAUSE:
        return False
    rest = head[at + 1 :]
    if any(goal.t(k) in _FEELINGS or goal.t(k) in COMPARATIVE for k in rest):
        return False
    if any(goal.original[goal.toks[k].start].isupper() and goal.t(k) != "i" for k in rest):
        return False
    # "a job with an agri company", "with the council": who employs, named
    thing = goal.specific()
    return thing is None or thing.kind in _NOT_NAMING or thing.start < goal.toks[rest[0]].start


_NOT_NAMING = frozenset({"count", "limit", "target"})


def condition_reason(quote: str) -> str:
    """Why a condition of work alone is not specific, quoting it."""
    return (
        f'"{quote}" says how you want to work, not which role, place or result you are '
        "after: it is plain when you have it, but not what you will be doing."
    )

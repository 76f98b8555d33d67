"""The noun phrases a goal's objects are built from: what can name a thing, places, jobs.

:class:`ObjectForms` holds the rules :class:`coach.coaching.objects.ObjectFinder` uses
for the head of a noun phrase (not "a", "my", "new" or a verb), a place to move to or
work at ("move to the ICU", "teach at a primary school"), an employer after "at" or
"join", a new job or role, and a job of work that is plainly done or not ("do my taxes",
"put up the new polytunnel", "get the sensors installed").
"""

from __future__ import annotations

from coach.coaching.counts import STOP, Words
from coach.coaching.lexicon import (
    COMPARATIVE,
    DONE_VERBS,
    ORG_PHRASES,
    PHRASES,
    QUALITY,
    QUANTITY_VERBS,
    VAGUE_VERBS,
)
from coach.coaching.tokens import words

__all__ = ["DETERMINERS", "EMPLOYER_KINDS", "GENERIC", "PLACE_VERBS", "ObjectForms"]

DETERMINERS = words("my our your his her their the a an this that")

GENERIC = words(
    "a an the my our your his her their another some any new old former different bigger "
    "better larger smaller more less remote home myself yourself it this that them there "
    "somewhere abroad work job life career things thing stuff everything skills skill "
    "knowledge performance productivity confidence mindset attitude habits health wellbeing "
    "balance happiness motivation focus game craft role position situation prospects "
    "profile visibility presence reputation brand network income salary pay money earnings "
    "sales revenue results numbers output efficiency impact influence field industry day "
    "days time self future chances way success progress growth development experience "
    "expertise abilities ability value general overall soft hard professional technical key "
    "core basic these those all people interpersonal personal team company firm startup "
    "agency city country office area least one management leadership fact order addition "
    "case touch charge front terms person end level top senior something stuff lot lots bit "
    "audience business leader expert authority go-to full part normal awareness relations "
    "community clients customers everyone anyone somebody someone workforce employment"
)
PLACE_VERBS = words(
    "return returning move moving moved relocate relocating transfer transferring emigrate "
    "emigrating switch "
    "switching transition transitioning pivot pivoting break breaking get getting go going "
    "step stepping signed"
)
_PLACE_WORK = words(
    "work working job role position internship employed hired placement teach teaching "
    "study studying lecture lecturing"
)
# Who employs, said before "job" in place of a role ("a federal job", "a union job").
EMPLOYER_KINDS = words(
    "federal government govt state city county public sector union civil council"
)
_JOB_WORDS = words(
    "job internship placement apprenticeship residency fellowship post position role"
)
_NOT_FIELDS = words(
    "working paying exciting interesting boring rewarding demanding challenging starting "
    "existing remaining amazing evening morning"
)
_JOB_SEASONS = words("summer winter spring fall autumn seasonal holiday")
_ON_PLACES = words("campus site board")
# Verbs that finish a job of work named right after them ("do my taxes", "mark homework").
_TASK_VERBS = words("do doing install installing mark marking fix fixing clear clearing")
_PHRASAL = {
    "put": ("up",),
    "pay": ("off", "back"),
    "paying": ("off", "back"),
    "take": ("over",),
    "set": ("up",),
}
_MOVED = words(
    "family kids us everyone household business practice shop clinic studio career careers "
    "fields industries sectors lanes"
)
_NOT_PARTICIPLES = words("needed wanted hundred")
_FINISHED_STATES = words(
    "done installed finished built fixed approved signed submitted sorted filed paid "
    "translated delivered completed cleared published repaired"
)


class ObjectForms(Words):
    """Noun-phrase rules over one goal's tokens (see the module docstring)."""

    def _task(self, i: int, word: str, noun: bool) -> tuple[int, int] | None:
        """A job of work that is plainly done or not: "do my taxes", "put up the new
        polytunnel", "pay off my credit card", "get the sensors installed", "mark
        homework". The quote runs over the thing done."""
        t = self.t
        if noun:
            return None
        k = i + 1
        if word in _PHRASAL and t(k) in _PHRASAL[word]:
            k += 1  # "put up", "pay off", "take over", "set up"
        elif word in ("get", "have", "getting") and self._done_after(k):
            pass  # "get the new greenhouse sensors installed"
        elif word not in _TASK_VERBS:
            return None
        while t(k) in DETERMINERS or t(k) in ("all", "new", "own", "first"):
            k += 1
        lo = k
        while self._head_ok(k, verbs_too=k == lo) and k - lo < 3 and not self.masked[k]:
            k += 1
        if k == lo or t(k) in COMPARATIVE:
            return None
        if any(PHRASES.match(self.toks, j) for j in range(lo, k) if t(j)):
            return None  # "do an online course": the word list knows the thing done
        return lo, k

    def _participle_at_end(self, j: int) -> bool:
        """A past participle closing the clause ("converted", "set up"): the thing's state."""
        word = self.t(j)
        end = j + 1 + (word == "set" and self.t(j + 1) == "up")
        closed = end >= len(self.toks) or self.masked[end] or self.t(end) in (",", ";", ".")
        participle = (word.endswith("ed") and len(word) >= 6) or end == j + 2
        return closed and participle and word not in _NOT_PARTICIPLES

    def _done_after(self, k: int) -> bool:
        """ "get the sensors installed", "get the lab move done": a thing, then its state."""
        for j in range(k, min(k + 6, len(self.toks))):
            if self.toks[j].text in _FINISHED_STATES:  # maybe read with a date: "done by"
                return j > k
            if j > k + 1 and self._participle_at_end(j):
                return True  # "get the barn converted by 2028"
            if self.t(j) == "in" and (j + 1 == len(self.toks) or self.masked[j + 1]):
                return j > k  # "get all the hay in before the 4th of july"
            if self.t(j) in STOP - DETERMINERS - {"all"} or not self.t(j)[:1].isalnum():
                return False
        return False

    def _kind_of_job(self, i: int) -> int:
        """ "a summer internship", "a SkillBridge internship": a job whose kind is named
        by a season or a programme's own name; the end, or 0."""
        if self.t(i + 1) not in _JOB_WORDS or (self.t(i + 1) == "job" and self.t(i + 2) == "offer"):
            return 0
        typed = self.original[self.toks[i].start : self.toks[i].end]
        named = i > 0 and typed[:1].isupper() and not typed.isupper()
        word = self.t(i)
        # "a teaching job", "a nursing post": the field of work named by its doing
        field = word.endswith("ing") and len(word) > 5 and word not in QUALITY | _NOT_FIELDS
        return i + 2 if word in _JOB_SEASONS or named or field else 0

    def _event(self, i: int) -> int:
        t = self.t
        k = i
        if t(k) in ("new", "first", "permanent", "remote", "better", "different", "dream"):
            k += 1
        elif t(k) in EMPLOYER_KINDS:
            k += 1  # "a federal job": a job had or not, with no role named
        elif t(k) == "full" and t(k + 1) == "time":
            k += 2
        if t(k) in ("job", "role", "position", "internship", "offer", "placement"):
            if t(k) == "job" and t(k + 1) == "offer":
                return k + 2
            return 0 if t(k + 1) == "done" else k + 1
        return 0

    def _org(self, k: int) -> int:
        if self._head_ok(k, verbs_too=True) and ORG_PHRASES.match(self.toks, k) is None:
            k += 1
            if self._head_ok(k, verbs_too=True) and ORG_PHRASES.match(self.toks, k) is None:
                k += 1
        found = ORG_PHRASES.match(self.toks, k) if 0 <= k < len(self.toks) else None
        return found[1] if found and not any(self.masked[k : found[1]]) else 0

    def _place(self, i: int) -> tuple[int, int] | None:
        t = self.t
        word = t(i)
        on_campus = word == "on" and t(i + 1) in _ON_PLACES  # "a job on campus"
        if (
            word not in ("to", "in", "join", "at", "for", "joining", "into", "with")
            and not on_campus
        ):
            return None
        prev = t(i - 1)
        if prev == "go" and self.original[self.toks[i - 1].end : self.toks[i].start] == "-":
            return None  # "the go-to specialist": praise, not a move
        moving = prev in PLACE_VERBS or (prev in ("back", "up") and t(i - 2) in PLACE_VERBS)
        # "move my family to portugal", "relocate the business to leeds"
        mover = t(i - 2 - (t(i - 2) in DETERMINERS))
        moved = prev in _MOVED and (mover in PLACE_VERBS or mover in ("change", "changing"))
        moving = moving or moved
        ok = word in ("to", "into") and (moving or self._moving_from(i))
        ok = ok or word in ("join", "joining")
        ok = ok or (word in ("at", "for", "in", "with") and prev in _PLACE_WORK)
        ok = ok or (on_campus and prev in _PLACE_WORK)
        if not ok:
            return None
        k = i + 1 + (t(i + 1) in ("the", "a", "an", "my", "our"))
        if not t(k):
            return None
        tok = self.toks[k]
        named = self.original[tok.start : tok.start + 1].isupper()
        # "back to teaching", "move into nursing": a field of work named by its doing
        back_to = (self.t(i - 1) == "back" or word == "into") and tok.text.endswith("ing")
        back_to = back_to and tok.text not in GENERIC  # not "into something calmer"
        unit = self.t(k) in DONE_VERBS and bool(self.t(k + 1))
        unit = unit and ORG_PHRASES.match(self.toks, k + 1) is not None
        # ("the design team": a kind of work that names a team)
        if not named and not back_to and not unit and not self._head_ok(k, verbs_too=True):
            return None
        end = k + 1
        while (
            end < len(self.toks)
            and t(end)
            and (self.original[self.toks[end].start].isupper() or self._head_ok(end, True))
        ):
            end += 1
            if end - k >= 3:
                break
        return k, end

    def _moving_from(self, i: int) -> bool:
        """ "move from the sales floor to ...", "go from lab tech to ...": ``to`` names the goal."""
        for k in range(i - 1, max(-1, i - 7), -1):
            if self.t(k) == "from":
                return (
                    self.t(k - 1) in PLACE_VERBS
                    or self.t(k - 2) in PLACE_VERBS
                    or (self.t(k - 1) in ("promoted", "up"))
                )
        return False

    def _head_ok(self, k: int, verbs_too: bool) -> bool:
        """Whether the word at ``k`` can name something (not "a", "my", "new", a verb...)."""
        word = self.t(k)
        if not word or not word[0].isalnum() or word in GENERIC | COMPARATIVE | QUALITY | STOP:
            return False
        if word in VAGUE_VERBS or word in QUANTITY_VERBS:
            return False
        return not (verbs_too and word in DONE_VERBS)

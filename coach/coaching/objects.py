"""Finding the objects a goal names: roles, credentials, pieces of work, places, awards.

:class:`ObjectFinder` walks one goal's tokens and applies a few rules in turn: fixed
forms ("promoted", "quit my job", "head of the science department", "admitted to the
new york bar", codes such as NCLEX, K99 or LEED AP), a verb and its object ("finish my
plumbing apprenticeship", "move from the sales floor to the visual merchandising
team"), and the lexicon's phrases. :mod:`coach.coaching.measures` judges what it finds.
"""

from __future__ import annotations

from typing import NamedTuple

from coach.coaching.counts import STOP, Finding, Words
from coach.coaching.lexicon import (
    COMPARATIVE,
    DONE_VERBS,
    ORG_PHRASES,
    PHRASES,
    PRAISED,
    QUALITY,
    QUANTITY_VERBS,
    VAGUE_VERBS,
    canonical,
)
from coach.coaching.tokens import Token, words

__all__ = ["Obj", "ObjectFinder"]


class Obj(NamedTuple):
    """A named object, the verb that governs it, and what blurs it."""

    found: Finding
    verb: str | None  # "done", "quantity", "vague" or None
    quality: bool  # "a strong portfolio", "a job with better hours"
    comparative: bool  # "a bigger company", "do more for the department"
    blurring: str | None = None  # the vague verb's words, when one governs it


_GENERIC = words(
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
_TIME_WORDS = words("year month week day days quarter half time step steps place")
_PLACE_VERBS = words(
    "return returning move moving moved relocate relocating transfer transferring emigrate "
    "emigrating switch "
    "switching transition transitioning pivot pivoting break breaking get getting go going "
    "step stepping"
)
_PLACE_WORK = words(
    "work working job role position internship employed hired placement teach teaching "
    "study studying lecture lecturing"
)
_BUILD = words(
    "ship launch publish release deliver submit finish complete write build create open "
    "found start co-found cofound pass sit run lead host organise organize teach present "
    "give defend renew chair head rebuild draft file edit record produce send own buy "
    "owning running opening starting leading founding launching building buying pitch "
    "pitching design designing"
)
# Nouns that are also verbs, named as things after "my", "our" or "the" ("present my research").
_THING_VERBS = words("research practice study studies training development design work")
_FLUENT = words("fluent proficient expert specialist")
_PERSON_OWNERS = words("my our his her their your")
_EXITS = words("quit leave leaving quitting resign")
_BECOMING = words("become becoming became")
_RANKS = words("senior junior lead chief head assistant staff principal full qualified registered")
_AS_VERBS = words("hired work working job start started employed promoted placed")
# "an artist people recognize": who the person wants to be seen as, not a role.
_REDUCED = words("people everyone others someone everybody kids clients patients customers")
_CODES_IGNORED = words("uk us usa eu it hr er or ok am pm tv pc id i ii iii")
_VERBLIKE_SKILLS = words("design writing drawing coding selling cooking baking")
_CREDENTIAL_HEADS = words(
    "card ticket licence license cert certificate certification registration papers badge "
    "exam exams test qualification"
)
_VERBS_TOO = words(
    "show demo report release launch feature present program service design campaign "
    "pitch publish record audit"
)
_STANDING = words("brand presence reputation profile network following audience image")
_STINT_VERBS = words("finish finishing complete completing start starting do doing")
_DETERMINERS = words("my our your his her their the a an this that")
_GAME_IDIOM = words("in of on up raise top")
# Verbs that finish a job of work named right after them ("do my taxes", "mark homework").
_TASK_VERBS = words("do doing install installing mark marking fix fixing clear clearing")
_PHRASAL = {"put": "up", "pay": "off", "take": "over", "set": "up", "paying": "off"}
_FINISHED_STATES = words(
    "done installed finished built fixed approved signed submitted sorted filed paid "
    "translated delivered completed cleared published repaired"
)


class ObjectFinder(Words):
    """The objects of one goal (:meth:`objects`); subclasses say how each is governed."""

    def __init__(self, toks: list[Token], masked: list[bool], original: str) -> None:
        super().__init__([t._replace(text=canonical(t.text)) for t in toks], masked, original)
        self._objects: list[Obj] | None = None

    def objects(self) -> list[Obj]:
        """Every named object in text order, with its governing verb and blurring words."""
        if self._objects is None:
            out: list[Obj] = []
            i = 0
            while i < len(self.toks):
                found = self._object_at(i)
                if found is None:
                    i += 1
                    continue
                kind, lo, hi, end = found
                out.append(self._obj(kind, lo, hi))
                i = max(end, i + 1)
            self._objects = sorted(out, key=lambda o: o.found.start)
        return self._objects

    def _object_at(self, i: int) -> tuple[str, int, int, int] | None:
        """(kind, quote start, quote end, where to go on) for an object at token ``i``."""
        t = self.t
        word = t(i)
        if not word:
            return None
        for rule in (self._fixed_forms, self._verb_object, self._lexicon):
            found = rule(i, word)
            if found is not None:
                return found
        return None

    def _fixed_forms(self, i: int, word: str) -> tuple[str, int, int, int] | None:
        t = self.t
        if word in ("promoted", "promotion"):
            return "event", i, i + 1, i + 1
        role = self._role_after(i, word)
        if role:
            return "role", role[0], role[1], role[1]
        if word in ("hand", "give", "handing", "giving") and "notice" in (t(i + 2), t(i + 3)):
            k = i + 2 + (t(i + 2) != "notice")
            return "step", i, k + 1, k + 1
        if word in _EXITS and t(i + 1) in ("my", "the", "this") and t(i + 2):
            k = i + 2 + (t(i + 3) in ("job", "role", "position", "post"))
            if t(k) in ("job", "role", "position", "post", "career", "company", "firm"):
                return "step", i, k + 1, k + 1
        event = self._event(i)
        if event:
            return "event", i, event, event
        if word in ("at", "for", "join", "with", "joining", "into") and t(i + 1) in (
            "a",
            "an",
            "the",
        ):
            org = self._org(i + 2)
            if org:
                return "org", i + 2, org, org
        if word in ("my", "our") and t(i + 1) == "own" and t(i + 2) and t(i + 2) not in STOP:
            return "deliverable", i, i + 3, i + 3
        if word in ("my", "our", "a", "the", "her", "his", "their") and t(i + 1) in (
            "first",
            "very",
        ):
            k = i + 1 + (t(i + 1) == "very")
            if t(k) == "first" and t(k + 1) and t(k + 1) not in _TIME_WORDS | STOP:
                return "first", i, k + 2, k + 2
        if word == "head" and t(i + 1) == "of":
            k = i + 2 + (t(i + 2) == "the")
            if t(k) and t(k) not in STOP:
                return "role", i, k + 1, k + 1
        if word == "bar" and (t(i + 1) in ("exam", "admission") or self._admitted(i)):
            return "credential", i, i + 1 + (t(i + 1) in ("exam", "admission")), i + 1
        code = self._code(i)
        if code:
            return "credential", i, code, code
        return None

    def _verb_object(self, i: int, word: str) -> tuple[str, int, int, int] | None:
        t = self.t
        noun = t(i - 1) in _DETERMINERS  # "my head", "the launch": a noun here, not a verb
        if word in _BUILD and not noun and not (word == "open" and t(i + 1) == "source"):
            k = i + 1 + (t(i + 1) in ("my", "our", "the", "a", "an"))
            own = t(k) == "own" and t(k - 1) in ("my", "our")
            k += own or t(k) == "new"
            phrase = PHRASES.match(self.toks, k) if self.t(k) else None
            thing = t(k) in _THING_VERBS and t(k - 1) in ("my", "our", "the")
            head = thing or self._head_ok(k, verbs_too=False)
            if phrase is not None and phrase[0] == "skill" and t(phrase[1]) in _STANDING:
                head = False  # "build my photography brand": a standing, not a skill
            if head and (phrase is None or phrase[0] == "skill"):
                return "deliverable", k - 2 if own else k, k + 1, k + 1
        task = self._task(i, word, noun)
        if task is not None:
            return "deliverable", task[0], task[1], task[1]
        if word == "into" and t(i + 1):
            k = i + 1 + (t(i + 2) == "management" and t(i + 1) not in STOP)
            if t(k) == "management":
                return "role", i + 1, k + 1, k + 1
        praised = t(i - 1) in QUALITY or (t(i - 2), t(i - 1)) == ("go", "to")  # "a go-to expert"
        fluent = word in _FLUENT and t(i + 1) in ("in", "on", "at") and not praised
        if fluent and self._head_ok(i + 2, False):
            return "skill", i + 2, i + 3, i + 3
        place = self._place(i)
        if place:
            return "place", place[0], place[1], place[1]
        return None

    def _lexicon(self, i: int, word: str) -> tuple[str, int, int, int] | None:
        t = self.t
        phrase = PHRASES.match(self.toks, i) if not self.masked[i] else None
        if phrase is not None:
            kind, j = phrase
            if any(self.masked[i:j]):
                return None
            if kind == "skill" and word in _VERBLIKE_SKILLS and t(j) in STOP | {"something"}:
                return None  # "design something that matters": a verb here
            if kind == "role" and t(j) in _CREDENTIAL_HEADS:
                return "credential", i, j + 1, j + 1  # "my journeyman plumber card"
            if kind == "role" and t(j + 1) in _CREDENTIAL_HEADS and self._head_ok(j, True):
                return "credential", i, j + 2, j + 2
            if kind == "role" and self._person(i, j):
                return None
            if kind == "role" and self._capacity(i):
                return None
            after_to = t(i - 1) == "to" and t(i - 2) not in _PLACE_VERBS
            if kind == "deliverable" and after_to and word in _VERBS_TOO:
                return None  # "work i'm proud to show": a verb after "to"
            if word == "game" and t(i - 1) in ("the", "my", "our") and t(i - 2) in _GAME_IDIOM:
                return None  # "back in the game", "raise my game": how it feels, not a game
            if kind == "skill" and t(j) == "skills":
                j += 1
            if kind == "skill" and t(j) in _STANDING:
                return None
            if kind == "role" and t(j) in ("role", "position", "job", "post"):
                j += 1
            return kind, i, j, j
        if t(i + 1) == "skills" and self._head_ok(i, verbs_too=True):
            return "skill", i, i + 2, i + 2
        for n in (1, 2):
            named = t(i + n) in ("role", "position", "job", "post") and self._head_ok(i, True)
            if named and (n == 1 or (t(i + 1) and t(i + 1) not in STOP)):
                return "role", i, i + n + 1, i + n + 1
        return None

    def _task(self, i: int, word: str, noun: bool) -> tuple[int, int] | None:
        """A job of work that is plainly done or not: "do my taxes", "put up the new
        polytunnel", "pay off my credit card", "get the sensors installed", "mark
        homework". The quote runs over the thing done."""
        t = self.t
        if noun:
            return None
        k = i + 1
        if word in _PHRASAL and t(k) == _PHRASAL[word]:
            k += 1  # "put up", "pay off", "take over", "set up"
        elif word in ("get", "have", "getting") and self._done_after(k):
            pass  # "get the new greenhouse sensors installed"
        elif word not in _TASK_VERBS:
            return None
        while t(k) in _DETERMINERS or t(k) in ("all", "new", "own", "first"):
            k += 1
        lo = k
        while self._head_ok(k, verbs_too=k == lo) and k - lo < 3 and not self.masked[k]:
            k += 1
        if k == lo or t(k) in COMPARATIVE:
            return None
        return lo, k

    def _done_after(self, k: int) -> bool:
        """ "get the sensors installed", "get the lab move done": a thing, then its state."""
        for j in range(k, min(k + 6, len(self.toks))):
            if self.toks[j].text in _FINISHED_STATES:  # maybe read with a date: "done by"
                return j > k
            if self.t(j) == "in" and (j + 1 == len(self.toks) or self.masked[j + 1]):
                return j > k  # "get all the hay in before the 4th of july"
            if self.t(j) in STOP - _DETERMINERS - {"all"} or not self.t(j)[:1].isalnum():
                return False
        return False

    def _role_after(self, i: int, word: str) -> tuple[int, int] | None:
        """ "become a senior physio", "hired as a junior dev": the noun after such a verb
        names a role even when the lexicon does not know it."""
        t = self.t
        promoted = word in ("to", "of") and t(i - 1) in ("promoted", "promotion")
        if not (word in _BECOMING or promoted or (word == "as" and t(i - 1) in _AS_VERBS)):
            return None
        k = i + 1
        if t(k) not in ("a", "an", "the") and not promoted:
            return None
        k += t(k) in ("a", "an", "the")
        head = None
        for j in range(k, min(k + 4, len(self.toks))):
            if self.t(j) in _RANKS and head is None:
                continue  # "a senior physio"
            if self.t(j) in QUALITY or self.t(j) in COMPARATIVE or self.t(j) in PRAISED:
                return None  # "become a truly great teacher": praise, not a role
            if self.t(j).endswith("ly") and head is None:
                continue
            if not self._head_ok(j, verbs_too=True) or PHRASES.match(self.toks, j) is not None:
                break
            head = j
        if head is None or (head + 1 < len(self.toks) and self.t(head + 1) in _REDUCED):
            return None
        if self.t(head) in ("kind", "type", "sort") and self.t(head + 1) == "of":
            return None  # "become the kind of nurse ...": who, not which role
        return k, head + 1

    def _person(self, i: int, j: int) -> bool:
        """ "my district manager", "apprentices", "lawyers": people, not a role to reach."""
        if self.t(i - 1) in _PERSON_OWNERS and self.t(i - 2) in _STINT_VERBS:
            return False  # "finish my postdoc": a stint in the role, not a person
        typed = self.original[self.toks[i].start : self.toks[i].end]
        if len(typed) >= 2 and typed.isupper() and self.t(i - 1) in _PERSON_OWNERS:
            return False  # "get my RN": the title, as a credential
        owner = self.t(i - 1) in _PERSON_OWNERS or self.t(i - 2) in _PERSON_OWNERS
        plural = self.toks[j - 1].text.endswith("s") and self.t(i - 1) not in ("a", "an")
        return owner or (plural and not self.toks[j - 1].text.endswith("ss"))

    def _capacity(self, i: int) -> bool:
        """ "my brand as a chef", "a reputation as a nurse": the role says in what
        capacity the standing is built, not a role to reach."""
        k = i - 1 - (self.t(i - 1) in ("a", "an"))
        return self.t(k) == "as" and any(self.t(j) in _STANDING for j in range(k - 3, k))

    def _admitted(self, i: int) -> bool:
        """ "admitted to the new york bar", "pass the NY bar", "called to the bar"."""
        for k in range(i - 1, max(-1, i - 6), -1):
            if self.t(k) in ("admitted", "called", "admission", "pass", "passing", "sit", "take"):
                return True
        return False

    def _code(self, i: int) -> int:
        """A named code such as NCLEX, PANCE, LEED AP, K99, R01, G2, 6G: the end, or 0."""
        tok = self.toks[i]
        typed = self.original[tok.start : tok.end]
        if tok.kind != "word" or tok.text in _CODES_IGNORED or len(typed) < 2:
            return 0
        mixed = any(c.isdigit() for c in typed) and any(c.isalpha() for c in typed)
        shout = typed.isupper() and typed.isalpha() and len(typed) <= 7
        # a title as it is written after a name: CEng, IStructE, DClinPsy, EngTech
        titled = typed.isalpha() and len(typed) <= 8 and sum(c.isupper() for c in typed) >= 2
        titled = titled and typed[0].isupper()
        if not (mixed or shout or titled) or PHRASES.match(self.toks, i) is not None:
            return 0
        j = i + 1
        while j < len(self.toks) and self.original[self.toks[j].start : self.toks[j].end].isupper():
            j += 1
        return j

    def _event(self, i: int) -> int:
        t = self.t
        k = i
        if t(k) in ("new", "first", "permanent", "remote", "better", "different", "dream"):
            k += 1
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
        if word not in ("to", "in", "join", "at", "for", "joining", "into", "with"):
            return None
        prev = t(i - 1)
        if prev == "go" and self.original[self.toks[i - 1].end : self.toks[i].start] == "-":
            return None  # "the go-to specialist": praise, not a move
        moving = prev in _PLACE_VERBS or (prev in ("back", "up") and t(i - 2) in _PLACE_VERBS)
        ok = word in ("to", "into") and (moving or self._moving_from(i))
        ok = ok or word in ("join", "joining")
        ok = ok or (word in ("at", "for", "in", "with") and prev in _PLACE_WORK)
        if not ok:
            return None
        k = i + 1 + (t(i + 1) in ("the", "a", "an", "my", "our"))
        if not t(k):
            return None
        tok = self.toks[k]
        named = self.original[tok.start : tok.start + 1].isupper()
        # "back to teaching", "move into nursing": a field of work named by its doing
        back_to = (self.t(i - 1) == "back" or word == "into") and tok.text.endswith("ing")
        back_to = back_to and tok.text not in _GENERIC  # not "into something calmer"
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
                    self.t(k - 1) in _PLACE_VERBS
                    or self.t(k - 2) in _PLACE_VERBS
                    or (self.t(k - 1) in ("promoted", "up"))
                )
        return False

    def _head_ok(self, k: int, verbs_too: bool) -> bool:
        """Whether the word at ``k`` can name something (not "a", "my", "new", a verb...)."""
        word = self.t(k)
        if not word or not word[0].isalnum() or word in _GENERIC | COMPARATIVE | QUALITY | STOP:
            return False
        if word in VAGUE_VERBS or word in QUANTITY_VERBS:
            return False
        return not (verbs_too and word in DONE_VERBS)

    def _obj(self, kind: str, lo: int, hi: int) -> Obj:
        """The object found at tokens ``[lo, hi)`` with its verb and blurs."""
        raise NotImplementedError

"""Finding the objects a goal names: roles, credentials, pieces of work, places, awards.

:class:`ObjectFinder` walks one goal's tokens and applies a few rules in turn: fixed
forms ("promoted", "quit my job", "head of the science department", "admitted to the
new york bar", codes such as NCLEX, K99 or LEED AP), a verb and its object ("finish my
plumbing apprenticeship", "move from the sales floor to the visual merchandising
team"), and the lexicon's phrases. :mod:`coach.coaching.measures` judges what it finds.
"""

from __future__ import annotations

from typing import NamedTuple

from coach.coaching.counts import STOP, Finding
from coach.coaching.lexicon import (
    COMPARATIVE,
    DONE_VERBS,
    ORG_PHRASES,
    PHRASES,
    PRAISED,
    QUALITY,
    canonical,
)
from coach.coaching.object_forms import DETERMINERS, EMPLOYER_KINDS, PLACE_VERBS, ObjectForms
from coach.coaching.tokens import Token, words

__all__ = ["AGENT_ENDINGS", "Obj", "ObjectFinder"]


class Obj(NamedTuple):
    """A named object, the verb that governs it, and what blurs it."""

    found: Finding
    verb: str | None  # "done", "quantity", "vague" or None
    quality: bool  # "a strong portfolio", "a job with better hours"
    comparative: bool  # "a bigger company", "do more for the department"
    blurring: str | None = None  # the vague verb's words, when one governs it


_TIME_WORDS = words("year month week day days quarter half time step steps place")
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
# How a noun naming a person by what they do ends: "detective", "purser", "medic".
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ive", "ain", "eon", "ic")
# Words ending as a person's noun does that name no person ("again", "centre").
_NOT_PEOPLE = words(
    "center centre number order letter paper cover chapter poster folder again ever never "
    "over under after later other rather either together further major minor prior certain "
    "public basic specific electric"
)
_RANKS = words("senior junior lead chief head assistant staff principal full qualified registered")
_JOB_NOUNS = words("job role position post work")  # round 11: "a job as camp boss"
_AS_VERBS = words("hired work working job start started employed promoted placed")
# "an artist people recognize": who the person wants to be seen as, not a role.
_REDUCED = words("people everyone others someone everybody kids clients patients customers")
_CODES_IGNORED = words("uk us usa eu it hr er or ok am pm tv pc id i ii iii")
_VERBLIKE_SKILLS = words("design writing drawing coding selling cooking baking")
# What a role's name before them makes a qualification ("my CNA course", "the plumber
# apprenticeship"): the course or paper that leads to the role, not the role itself.
_PAPER_HEADS = words(
    "card ticket licence license cert certificate certification registration papers badge "
    "exam exams test qualification"
)
_CREDENTIAL_HEADS = _PAPER_HEADS | words(
    "course courses program programme training apprenticeship diploma degree bootcamp class "
    "classes module modules"
)
_VERBS_TOO = words(
    "show demo report release launch feature present program service design campaign "
    "pitch publish record audit"
)
_STANDING = words("brand presence reputation profile network following audience image")
_STINT_VERBS = words("finish finishing complete completing start starting do doing")
_GAME_IDIOM = words("in of on up raise top")
_KINDS_OF_COURSE = words("refresher short online evening night intro introductory taster")
_FITTER_BEFORE = words("get getting be feel stay much bit lot and become")
_LEADING = words("lead run head found start open build own")
_COLLECTIONS = words("portfolio collection catalogue catalog repertoire")
_COLLECTED = words("of site website piece pieces with")


class ObjectFinder(ObjectForms):
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
        if word == "place" and t(i - 1) in ("a", "my") and t(i + 1) in ("on", "at", "in"):
            k = i + 2 + (t(i + 2) in ("the", "a", "an"))
            org = self._org(k)  # "a place on the graduate scheme", "a place at a uni"
            if org:
                return "org", k, org, org
        if word in ("graduate", "graduating") and t(i + 1) in ("", "from", "this", "next"):
            return "credential", i, i + 1, i + 1  # "graduate in may 2028": a degree, done
        own_account = self._own_account(i, word)
        if own_account:
            return "step", i, own_account, own_account
        job = self._kind_of_job(i)
        if job:
            return "role", i, job, job
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
        noun = t(i - 1) in DETERMINERS  # "my head", "the launch": a noun here, not a verb
        if word in _BUILD and not noun and not (word == "open" and t(i + 1) == "source"):
            k = i + 1 + (t(i + 1) in ("my", "our", "the", "a", "an"))
            own = t(k) == "own" and t(k - 1) in ("my", "our")
            k += own or t(k) == "new"
            phrase = PHRASES.match(self.toks, k) if self.t(k) else None
            thing = t(k) in _THING_VERBS and t(k - 1) in ("my", "our", "the")
            head = thing or self._head_ok(k, verbs_too=False)
            if t(k) in DONE_VERBS and t(k).endswith("ing") and t(k + 1) in ("", ",", "."):
                head = False  # "start applying": an activity begun, not a thing to reach
            if phrase is not None and phrase[0] == "skill" and t(phrase[1]) in _STANDING:
                head = False  # "build my photography brand": a standing, not a skill
            if head and (phrase is None or phrase[0] == "skill"):
                return "deliverable", k - 2 if own else k, k + 1, k + 1
            org = ORG_PHRASES.match(self.toks, k) if t(k) and phrase is None else None
            if org is not None and word in _LEADING:
                return "org", k, org[1], org[1]  # "lead a research group"
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
            person = t(j).endswith(AGENT_ENDINGS) and t(j) not in _NOT_PEOPLE
            if kind not in ("role", "skill", "metric") and person and self._head_ok(j, True):
                return "role", i, j + 1, j + 1  # "bid writer", "mortgage adviser": a person
            if kind == "skill" and t(j) in _PAPER_HEADS:
                return "credential", i, j + 1, j + 1  # "my aws cert": the paper, not the skill
            if kind == "role" and t(j) in _CREDENTIAL_HEADS:
                return "credential", i, j + 1, j + 1  # "my journeyman plumber card"
            if kind == "role" and t(j + 1) in _CREDENTIAL_HEADS and self._head_ok(j, True):
                return "credential", i, j + 2, j + 2
            if kind == "role" and self._person(i, j):
                return None
            if kind == "role" and self._capacity(i):
                return None
            kind_only = t(i - 1) in _KINDS_OF_COURSE and t(i - 2) in ("a", "an")
            if word == "course" and kind_only and t(j) not in ("in", "on", "for", "at"):
                return "event", i - 1, j, j  # "take a refresher course": in what?
            if (t(i - 2), t(i - 1), word) == ("off", "the", "tools"):
                return None  # "get off the tools": out of the trade work, to no named place
            if word == "fitter" and t(i - 1) in _FITTER_BEFORE:
                return None  # "get fitter": fitter than now, not a pipe fitter
            if kind == "role" and t(i - 1) == "working" and t(i - 2) in ("a", "an"):
                return None  # "a working photographer": living from it, not a named role
            if kind == "role" and t(i - 1) in ("a", "an") and t(i - 2) in ("im", "i'm", "am"):
                return None  # "im a roofer wanting to ...": who the person is now
            after_to = t(i - 1) == "to" and t(i - 2) not in PLACE_VERBS
            if kind == "deliverable" and after_to and word in _VERBS_TOO:
                return None  # "work i'm proud to show": a verb after "to"
            if word == "game" and t(i - 1) in ("the", "my", "our") and t(i - 2) in _GAME_IDIOM:
                return None  # "back in the game", "raise my game": how it feels, not a game
            bare = word in _COLLECTIONS and t(i - 1) in ("a", "an") and t(j) not in _COLLECTED
            if kind == "deliverable" and bare:
                return None  # "build a portfolio": of what, and how much is enough?
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
            if t(i) in EMPLOYER_KINDS:
                break  # "a federal job": who employs, not which role (done or not, though)
            named = t(i + n) in ("role", "position", "job", "post") and self._head_ok(i, True)
            if named and (n == 1 or (t(i + 1) and t(i + 1) not in STOP)):
                return "role", i, i + n + 1, i + n + 1
        return None

    def _role_after(self, i: int, word: str) -> tuple[int, int] | None:
        """ "become a senior physio", "hired as a junior dev": the noun after such a verb
        names a role even when the lexicon does not know it."""
        t = self.t
        promoted = word in ("to", "of") and t(i - 1) in ("promoted", "promotion")
        if word == "make" and self._rank(i + 1):
            return i + 1, i + 2  # "make detective", "make sergeant": a rank reached
        being = word == "be" and t(i + 1) in ("a", "an")  # "be a detective", as "become"
        if not (word in _BECOMING or promoted or being or (word == "as" and t(i - 1) in _AS_VERBS)):
            return None
        k = i + 1
        bare_as = word == "as" and t(i - 1) in _JOB_NOUNS  # "a job as camp boss": no article
        if t(k) not in ("a", "an", "the") and not (promoted or bare_as):
            return None
        k += t(k) in ("a", "an", "the")
        head = None
        for j in range(k, min(k + 4, len(self.toks))):
            if self.t(j) in _RANKS and head is None:
                continue  # "a senior physio"
            hours = self.t(j) == "part" and self.t(j + 1) == "time"
            hours = hours or (self.t(j) == "time" and self.t(j - 1) in ("full", "part"))
            if hours and head is None:
                continue  # "a full time artist", "a part time barista": the role itself
            if self.t(j) in QUALITY or self.t(j) in COMPARATIVE or self.t(j) in PRAISED:
                return None  # "become a truly great teacher": praise, not a role
            if self.t(j) == "working" and head is None:
                return None  # "a working artist": living from the art, not a named role
            if self.t(j).endswith("ly") and head is None:
                continue
            if not self._head_ok(j, verbs_too=True) or PHRASES.match(self.toks, j) is not None:
                break
            head = j
        if head is None or (head + 1 < len(self.toks) and self.t(head + 1) in _REDUCED):
            return None
        if self.t(head) in ("kind", "type", "sort") and self.t(head + 1) == "of":
            return None  # "become the kind of nurse ...": who, not which role
        if being and not self.t(head).endswith(AGENT_ENDINGS):
            return None  # "be a voice for patients", "be a mum who is there": not a role
        return k, head + 1

    def _rank(self, k: int) -> bool:
        """A bare noun after "make" that names a person by what they do ("detective",
        "sergeant", "partner"), ending the clause: not "make money" or "make friends"."""
        word = self.t(k)
        if not word:
            return False  # "make" at the end of the text: nothing made yet
        person = word.endswith(AGENT_ENDINGS) or PHRASES.match(self.toks, k) is not None
        ends = self.t(k + 1) in ("", ",", ".", ";", "by", "in", "within", "before", "this", "next")
        return person and ends and self._head_ok(k, verbs_too=True) and not word.endswith("s")

    def _own_account(self, i: int, word: str) -> int:
        """ "go self employed", "become freelance": working on one's own account, a
        step that is taken or not; the end, or 0."""
        if word not in ("go", "going", "become", "becoming", "be", "turn"):
            return 0
        k = i + 1 + (self.t(i + 1) == "full" and self.t(i + 2) == "time") * 2
        if (self.t(k), self.t(k + 1)) == ("self", "employed"):
            return k + 2
        return k + 1 if self.t(k) in ("freelance", "independent") else 0

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
        """A named code such as NCLEX, PANCE, LEED AP, K99, R01, G2, 6G, A+: the end, or 0."""
        tok = self.toks[i]
        typed = self.original[tok.start : tok.end]
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if tok.kind == "word" and nxt is not None and nxt.text == "+" and nxt.glued:
            return i + 2  # "A+", "Network+", "Security+": a certificate's name
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

    def _obj(self, kind: str, lo: int, hi: int) -> Obj:
        """The object found at tokens ``[lo, hi)`` with its verb and blurs."""
        raise NotImplementedError

"""What a goal names and whether it can be measured, read from its tokens.

A goal is *specific* when it names a concrete object: a role, a credential, a piece of
work, a place or employer, an award, a group, a mentor, or a count. Vague verbs ("get
better at", "improve my", "learn more about", "be a better", "work on") are not
specific however concrete what follows is: the coaching question is what the person
will be able to do, and how they will know. An object loses its edge when a
comparative or a loose clause blurs it ("a portfolio that really stands out", "a job
with better hours", "a role with fixed shifts", "films i'm proud to show", "do more for
the department"), when praise says who the person wants to be rather than which role
("be a great marketer", "a 10x engineer", "the kind of salesperson people trust"), and
when it is what the person leaves ("get out of sales and into something creative").
It is *measurable* when it states a countable target (:mod:`coach.coaching.counts`),
an outcome that is done or not done ("promoted to charge nurse", "pass the NCLEX",
"admitted to the bar"), or a concrete action on a rhythm ("post an illustration every
week").
"""

from __future__ import annotations

from coach.coaching.counts import CLAUSE_BREAK, STOP, Finding
from coach.coaching.lexicon import (
    COMPARATIVE,
    DONE_VERBS,
    NEEDS_DONE,
    ORG_PHRASES,
    PRAISED,
    QUALITY,
    QUANTITY_VERBS,
    VAGUE_PHRASES,
    VAGUE_VERBS,
)
from coach.coaching.objects import Obj, ObjectFinder
from coach.coaching.tokens import Token, words

_KNOWN_AS = words("known remembered seen recognised recognized regarded")
_RELATIVE = words("that which where with without who whose")
_FEELINGS = words("healthier happier nicer calmer less more fewer flexible decent proper real")
# Nouns that are also verbs: right before an object they modify it ("research associate").
_NOUN_VERBS = words("research practice study development training learning design work")
_NOUN_KINDS = frozenset({"role", "credential", "deliverable", "org", "membership"})
# Vague verbs that weigh up a whole clause, done verbs and all ("decide if i want to
# stay in law", "do a good job of running the night shift", "consider becoming a nurse").
_WEIGHING = frozenset(
    {
        ("figure", "out"),
        ("find", "out"),
        ("work", "out"),
        ("decide", "whether"),
        ("decide", "if"),
        ("see", "if"),
        ("see", "whether"),
        ("do", "a"),
        ("do", "better"),
        ("think", "about"),
        ("look", "into"),
        ("looking", "into"),
    }
)
_WEIGHING_VERBS = words("consider considering explore exploring")
_VERB_WORDS = DONE_VERBS | QUANTITY_VERBS | VAGUE_VERBS
_FEELERS = words("i'm i'd i've we're people everyone others kids clients customers")
_ARTICLES = words("a an the my our your his her their")
_CAUSED = words("stand shine pop look feel sound seem more less better work fun")
_RELATIVE_MARKS = words("that which where who whose")
_SHOWN = words("wins win plays play screens screen premieres premiere shows")
_OTHERS = words("people everyone others kids clients customers patients")  # "a nurse people trust"
_FEELINGS_OF = words("am can could would will want love like enjoy feel really actually need")
_BEFORE_NOUN = words("a an the my our your his her their this that") | COMPARATIVE | QUALITY
_ORDER_WORDS = words("first then too also asap now again later")
_LOOSE_HEADS = words(
    "job jobs post role position placement work career gig opportunity department place "
    "company team school practice lab employer firm workplace"
)


_LEAVING = words("leave leaving quit quitting")
_NOT_LEFT = STOP | words("behind more less early")
_WORK_ITSELF = words("work employment workforce")
_AND_SO_ON = words("and , ; . then") | {""}  # "" is a date, read apart


def _vague_blurs(verb: str | None) -> bool:
    return verb is not None


class GoalWords(ObjectFinder):
    """One goal's tokens, read for the objects it names, their verbs and their blurs."""

    def __init__(self, toks: list[Token], masked: list[bool], original: str) -> None:
        super().__init__(toks, masked, original)
        # Where a loose clause ends ("a job that uses my degree"): what it names is part
        # of how the job should feel, not a second thing to reach.
        self._loose_until = -1
        # Where the last blurred object ends: "a go-to specialist in wound care" is one
        # blurred thing, the field after it its complement.
        self._blurred_end = -1
        # The same after any workplace word, found as an object or not ("a firm where
        # partners actually mentor juniors").
        self._loose_spans = [
            (k, self._clause_end(k))
            for k in range(1, len(self.toks))
            if self.t(k) in _RELATIVE_MARKS and self._workplace(k - 1)
        ]

    def _workplace(self, k: int) -> bool:
        word = self.t(k)
        return word in _LOOSE_HEADS or (bool(word) and ORG_PHRASES.match(self.toks, k) is not None)

    def _obj(self, kind: str, lo: int, hi: int) -> Obj:
        inside = lo < self._loose_until or any(a <= lo < b for a, b in self._loose_spans)
        inside = inside or self._complement(lo)
        mods = self._modifiers(lo)
        verb, blur, compared = self._governing(lo, kind)
        caused = self._made_to_feel(lo, hi)  # before widening: "portfolio stand out"
        if kind not in ("place", "skill", "first", "event", "step"):
            lo, hi = self._widen(lo, hi)
        after = {self.t(hi), self.t(hi + 1)}
        # "a 10x engineer": a number glued to "x" praises, as "a rockstar engineer" does
        quality = bool(mods & QUALITY) or ("x" in mods and any(w.isdigit() for w in mods))
        quality = quality or bool(mods & PRAISED and mods & {"world", "top"})
        quality = quality or (self.t(lo - 2), self.t(lo - 1)) == ("go", "to")  # "the go-to"
        comparative = bool(mods & COMPARATIVE) or compared or bool(after & COMPARATIVE)
        loose = self._loose_clause(kind, lo, hi)
        if loose:
            self._loose_until = self._clause_end(hi)
        comparative = comparative or inside or loose or self._kind_of(lo) or self._left(lo)
        comparative = comparative or caused
        if (quality and kind != "credential") or comparative:
            self._blurred_end = hi
        return Obj(self.finding(kind, lo, hi), verb, quality, comparative, blur)

    def _loose_clause(self, kind: str, lo: int, hi: int) -> bool:
        """ "a job that isn't just pipetting", "a role with fixed shifts": the clause after
        a job, a role or a place says how it should feel, not which one it is. A named
        role keeps its name ("a developer at a company that does accessibility well"),
        and so does a job with a named employer ("a job with the city council")."""
        marker = self.t(hi)
        head = self.toks[hi - 1].text
        if marker in _OTHERS and self.t(hi + 1) not in STOP:
            return True  # "a nurse people trust", "a portfolio clients love"
        if kind == "role" and head not in _LOOSE_HEADS:
            return False
        if marker in _RELATIVE_MARKS and self._shown_at(hi + 1):
            return False  # "a documentary that wins at FESPACO": where it is shown, named
        if marker in _RELATIVE_MARKS or marker in ("somewhere", "anywhere"):
            return True
        feeler = marker in _FEELERS or (marker in ("i", "we") and self.t(hi + 1) in _FEELINGS_OF)
        if feeler:
            return True  # "films i'm proud to show", "work i can be proud of" (not "Level I")
        if marker not in ("with", "without"):
            return False
        if kind in ("role", "event") or head in _LOOSE_HEADS:
            return not self._named_after(hi + 1)
        near = {self.t(k) for k in range(hi + 1, hi + 5)}
        return bool(near & (COMPARATIVE | QUALITY | _FEELINGS))

    def _shown_at(self, k: int) -> bool:
        """Whether a festival, fair or prize that a work wins or plays at is named, with a
        capital, from token ``k``: "wins at FESPACO", "plays at TIFF", "screens at Cannes"."""
        if self.t(k) not in _SHOWN or self.t(k + 1) not in ("at", "in"):
            return False
        k += 2 + (self.t(k + 2) == "the")
        typed = self.original[self.toks[k].start : self.toks[k].end] if k < len(self.toks) else ""
        return typed[:1].isupper()

    def _complement(self, lo: int) -> bool:
        """ "a go-to specialist in wound care", "a stronger advocate for my patients": the
        words after a blurred object and its preposition belong to it."""
        k = self._blurred_end
        if k < 0 or self.t(k) not in ("in", "on", "of", "for", "to", "at", "with"):
            return False
        return lo in (k + 1, k + 2) and (lo == k + 1 or self.t(k + 1) in _ARTICLES)

    def _made_to_feel(self, lo: int, hi: int) -> bool:
        """ "make my portfolio stand out", "make my lessons pop": how it should come across."""
        made = any(self.t(k) in ("make", "making", "made") for k in range(lo - 3, lo))
        return made and self.t(hi) in _CAUSED

    def _left(self, lo: int) -> bool:
        """ "get out of sales", "away from bedside nursing": what the person leaves."""
        k = lo - 1 - (self.t(lo - 1) in ("the", "my", "a", "an"))
        return (self.t(k), self.t(k - 1)) in (("of", "out"), ("from", "away"))

    def _named_after(self, k: int) -> bool:
        """ "with the council", "with Deloitte", "with a law firm": an employer, named."""
        if self.t(k) == "the":
            return True
        tok = self.toks[k] if k < len(self.toks) else None
        if tok is not None and self.original[tok.start : tok.start + 1].isupper():
            return True
        k += self.t(k) in ("a", "an")
        return any(ORG_PHRASES.match(self.toks, j) for j in range(k, min(k + 3, len(self.toks))))

    def _clause_end(self, k: int) -> int:
        while k < len(self.toks) and self.toks[k].text not in CLAUSE_BREAK:
            k += 1
        return k

    def _kind_of(self, lo: int) -> bool:
        """ "the kind of teacher ...", "remembered as a great teacher": who the person
        wants to be, not a role to reach."""
        for k in range(lo - 1, max(-1, lo - 5), -1):
            if self.t(k) == "as" and self.t(k - 1) in _KNOWN_AS:
                return True
        k = lo - 1 - (self.t(lo - 1) in ("a", "an"))
        return self.t(k) == "of" and self.t(k - 1) in ("kind", "type", "sort")

    def _modifiers(self, lo: int) -> set[str]:
        out: set[str] = set()
        for k in range(lo - 1, max(-1, lo - 4), -1):
            word = self.t(k)
            if not word or word in STOP:
                break
            out.add(word)
        return out

    def _widen(self, lo: int, hi: int) -> tuple[int, int]:
        """Stretch over the noun phrase around it, for quoting ("associate art director")."""
        for k in range(lo - 1, max(-1, lo - 4), -1):
            word = self.t(k)
            stop = not word or word in STOP or word in COMPARATIVE | QUALITY or _is_verb(word)
            if stop and (word not in _NOUN_VERBS or k != lo - 1):
                break
            if word in CLAUSE_BREAK or not word[0].isalnum():
                break
            lo = k
        for _ in range(3):
            k = hi + (self.t(hi) == "of" and bool(self.t(hi + 1)))
            word = self.t(k)
            if not word or word in STOP or _is_verb(word) or not word[0].isalnum():
                break
            if word in COMPARATIVE or word in QUALITY or word in _RELATIVE or word in _OTHERS:
                break
            if word in _ORDER_WORDS:
                break  # "my driving licence first": when, not part of the thing
            hi = k + 1
        return lo, hi

    def _governing(self, at: int, kind: str) -> tuple[str | None, str | None, bool]:
        """How the nearest verb before token ``at`` (same clause, within 8 words) acts,
        the vague verb's words if it is one, and whether "more"/"better" sits between."""
        lo = max(0, at - 8)
        for k in range(at - 1, lo - 1, -1):
            if self.toks[k].text in CLAUSE_BREAK:
                lo = k + 1
                break
        best: tuple[int, str, str | None] | None = None
        vague_end = -1
        for k in range(lo, at):
            vague = VAGUE_PHRASES.match(self.toks, k)
            word = self.toks[k].text
            if k == vague_end and word.endswith("ing") and word in DONE_VERBS:
                continue  # "get better at teaching large lectures": the doing is blurred
            gerund = word.endswith("ing") and word in DONE_VERBS
            if gerund and 0 < vague_end < k and self._noun_phrase(vague_end, k):
                continue  # "work on my ielts speaking": a skill named, still blurred
            if vague is not None:
                vague_end = vague[1]
            if word in _NOUN_VERBS and k == at - 1 and kind in _NOUN_KINDS:
                continue  # "research associate", "return to practice course": a noun here
            if word in _VERB_WORDS and self.toks[k - 1].text in _BEFORE_NOUN and k > 0:
                continue  # "a better mentor", "my design": a noun here, not a verb
            if vague is not None:  # before the object, or around it ("do a better job")
                best = (k, "vague", self._span_text(k, vague[1]))
                if (word, self.toks[k + 1].text) in _WEIGHING:
                    break  # "find out whether i could teach at a university": all of it
            elif word in ("study", "studying") and self.toks[k + 1].text == "at":
                best = (k, "done", None)  # "study at edinburgh": enrolled there, or not
            elif word in VAGUE_VERBS:
                best = (k, "vague", self._span_text(k, k + 1))
                if word in _WEIGHING_VERBS:
                    break
            elif word in QUANTITY_VERBS:
                best = (k, "quantity", None)
            elif word in DONE_VERBS:
                best = (k, "done", None)
        after = self._blur_after(at)
        if after is not None:
            return "vague", after, False  # "get my kubernetes skills up to scratch"
        if best is None:
            # "promotion", "employee of the month award": a goal typed as the thing
            # itself, with no verb before it, means getting it
            opens = all(
                self.masked[k] or self.toks[k].kind == "mark" or self.t(k) in _ARTICLES
                for k in range(at)
            )
            opens = opens and self.t(at + 1) not in _ARTICLES  # "mentor the new welders"
            return ("done" if opens else None), None, False
        between = {self.toks[k].text for k in range(best[0] + 1, at)}
        return best[1], best[2], bool(between & {"more", "less", "better"})

    def _noun_phrase(self, lo: int, hi: int) -> bool:
        """Whether tokens ``[lo, hi)`` open a noun phrase: a possessive, then words that
        are not joining words ("my ielts", "my public"), so the word at ``hi`` ends it."""
        if self.t(lo) not in ("my", "our") or hi - lo > 3:
            return False
        return all(self.toks[k].kind == "word" and self.t(k) not in STOP for k in range(lo + 1, hi))

    def _blur_after(self, at: int) -> str | None:
        """ "up to scratch", "up to speed" later in the clause: a standard with no measure."""
        for k in range(at + 1, self._clause_end(at)):
            if self.toks[k].text == "up":
                vague = VAGUE_PHRASES.match(self.toks, k)
                if vague is not None:
                    return self._span_text(k, vague[1])
        return None

    def action(self, f: Finding) -> str:
        """The object with the verb that acts on it, as typed ("pass the board exam")."""
        lo = next(i for i, t in enumerate(self.toks) if t.start >= f.start)
        for k in range(lo - 1, max(-1, lo - 4), -1):
            word = self.toks[k].text
            if word in CLAUSE_BREAK or self.masked[k]:
                break
            if word in DONE_VERBS:
                return " ".join(self.original[self.toks[k].start : f.end].split())
        return self.quote(f)

    def _span_text(self, i: int, j: int) -> str:
        return " ".join(self.original[self.toks[i].start : self.toks[j - 1].end].split())

    # --- verdicts ------------------------------------------------------------------

    def blurring_verb(self) -> str | None:
        """The vague verb phrase that keeps this goal from being specific, if any."""
        for k in range(len(self.toks)):
            if self.masked[k]:
                continue
            vague = VAGUE_PHRASES.match(self.toks, k)
            if vague is not None and not any(self.masked[k : vague[1]]):
                return self._span_text(k, vague[1])
            if self.toks[k].text in VAGUE_VERBS:
                return self._span_text(k, k + 1)
        return None

    def specific(self) -> Finding | None:
        """The first concrete object the goal names, or a count; None when it names nothing."""
        count = self.count()
        for o in self.objects():
            kind = o.found.kind
            if kind == "event" or o.comparative or (o.quality and kind != "credential"):
                continue
            if kind == "metric" and o.verb != "done":
                continue
            if kind == "award" and o.verb != "done":
                continue
            if o.verb == "quantity" and kind != "skill":
                continue
            if o.verb == "vague" and _vague_blurs(o.blurring):
                continue
            if count is not None and count.start < o.found.start:
                return count
            return o.found
        return count

    def move_out_or_back(self) -> Finding | None:
        """Leaving a line of work or going back to work: done or not, though where to is
        not said ("get out of sales", "leave academia", "get back into work"). Not when
        a vague landing follows ("get out of sales and into something creative")."""
        seq = [self.t(k) for k in range(len(self.toks))]
        if any(w in ("something", "somewhere", "anything", "anywhere") for w in seq):
            return None
        for k, word in enumerate(seq):
            end = 0
            if word in ("get", "getting") and seq[k + 1 : k + 3] == ["out", "of"]:
                end = k + 3
            elif word in ("quit", "resign") and (k + 1 == len(seq) or seq[k + 1] in _AND_SO_ON):
                return self.finding("outcome", k, k + 1)  # "save 5k, then quit": the job
            elif word in _LEAVING and k + 1 < len(seq) and seq[k + 1] not in _NOT_LEFT:
                end = k + 1
            elif word in ("get", "come", "step") and seq[k + 1 : k + 4] == ["off", "the", "tools"]:
                return self.finding("outcome", k, k + 4)  # off the tools: out of the trade work
            elif word in ("back", "return", "returning") and k + 2 < len(seq):
                into = seq[k + 1] in ("to", "into") and seq[k + 2] in _WORK_ITSELF
                end = k + 2 if into and not self._on_the_way_back(seq, k) else 0
            if end and end < len(seq) and seq[end] and seq[end] not in STOP:
                return self.finding("outcome", k, end + 1)
        return None

    @staticmethod
    def _on_the_way_back(seq: list[str], k: int) -> bool:
        """Whether the going back at ``k`` is eased into ("ease back into work") or is
        when something else is to be done ("before going back to work"): not the goal."""
        if k > 0 and seq[k - 1] in ("ease", "easing"):
            return True
        going = k > 0 and seq[k - 1] in ("going", "go", "i")
        return going and k > 1 and seq[k - 2] in ("before", "after", "when", "until", "once")

    def outcome(self) -> Finding | None:
        """The first outcome that is plainly done or not done (a bare event last), or None."""
        found: list[Finding] = []
        for o in self.objects():
            if o.found.kind in ("skill",) or o.quality or o.comparative:
                continue
            if o.verb in ("vague", "quantity"):
                continue
            if o.found.kind in NEEDS_DONE and o.verb != "done":
                continue
            found.append(o.found)
        found.sort(key=lambda f: (f.kind == "event", f.start))
        return found[0] if found else None


def _is_verb(word: str) -> bool:
    return word in DONE_VERBS or word in VAGUE_VERBS or word in QUANTITY_VERBS

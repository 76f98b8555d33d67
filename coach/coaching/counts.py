"""Countable targets in a goal: amounts, percentages, multiples, rates and numbers of things.

:class:`Words` holds one goal's tokens with its time phrases masked (a date is never a
count) and finds the first countable target: "$120k", "a 15% raise", "double", "a team
of 12", "B2", "twice a week", "at least one award", "6 workshops" (the number and what
it counts, not the words after it), "2 regional conferences", "from 6 a month to 2",
"90/hr". Ages ("turn 40") and spans of time ("3 yrs") are not counts.
"""

from __future__ import annotations

from typing import NamedTuple

from coach.coaching.dates import UNITS
from coach.coaching.tokens import NUMBER_WORDS, Token, number_value, words

__all__ = ["STOP", "Finding", "Words"]


class Finding(NamedTuple):
    """One thing the lexicon recognised: its kind and where it sits (character offsets)."""

    kind: str
    start: int
    end: int


STOP = words(
    "i we you he she they it me and or to the a an of in on at by for with so as then is am "
    "are be was will would than that this my our your his her their its from into onto over "
    "under about after before within until till up out off not no all any some each every "
    "these those least just also very really want wanna gonna need hope plan like trying "
    "would could should can may might must i'm i've i'd i'll we're we've you're they're "
    "which where who whose"
)
_NOT_COUNTED = words(
    "i we you he she they it me and or to the a an of in on at by for with so as then is "
    "am are be was will would than that this years year old am pm th st nd rd yo times x"
) | frozenset(UNITS)
CLAUSE_BREAK = words(", ; : . ! ? ( ) but then while so")
_THRESHOLDS = words("above below over under")
_MONEY = words("k m bn million thousand billion mil")
_CURRENCY = words("dollars euros pounds usd eur gbp chf yen rupees inr aud cad bucks grand")
_MULTIPLE = words("double doubling triple tripling quadruple halve halving")
_COMPARING = words("fewer less more no any")


_PERSON = words("my his her their our your")


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


_GROUP = words("team group department staff squad crew class cohort caseload unit ward")
_NAMED_BY_NUMBER = words("year grade form room ward unit line bay station gate route floor")
_CEFR = words("a1 a2 b1 b2 c1 c2")
_FREQ = words("once twice thrice")
_RATE_UNITS = words("hr hour h day month mo week wk yr year year shift session client")
_ADJ = words(
    "new more extra additional paying active qualified billable published signed major "
    "international national local regional repeat enterprise senior junior key big small "
    "large long short full part high low peer reviewed top cold warm five night day weekend "
    "overtime agency bank clinical"
)


def is_number(tok: Token) -> bool:
    return tok.kind == "num" or (tok.text in NUMBER_WORDS and tok.text not in ("a", "an", "half"))


class Words:
    """One goal's tokens, ``masked`` where a time phrase or another goal's words sit."""

    def __init__(self, toks: list[Token], masked: list[bool], original: str) -> None:
        self.toks = toks
        self.masked = masked
        self.original = original

    def t(self, i: int) -> str:
        if 0 <= i < len(self.toks) and not self.masked[i]:
            return self.toks[i].text
        return ""

    def finding(self, kind: str, i: int, j: int) -> Finding:
        return Finding(kind, self.toks[i].start, self.toks[j - 1].end)

    def quote(self, f: Finding) -> str:
        said = " ".join(self.original[f.start : f.end].split())
        return said if len(said) <= 60 else said[:59] + "…"

    def count(self) -> Finding | None:
        """The first countable target, or None."""
        for i in range(len(self.toks)):
            end = self._count_at(i)
            if end:
                return self.finding("count", i, end)
        return None

    def _num_at(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and not self.masked[i] and is_number(self.toks[i])

    def _count_at(self, i: int) -> int:
        t = self.t
        word = t(i)
        if not word:
            return 0
        if word in "$€£¥" and self._num_at(i + 1):
            j = i + 2
            return j + (t(j) in _MONEY)
        if word in _MULTIPLE and _is_plural(t(i + 1)) and t(i - 1) in _COMPARING:
            return 0  # "work fewer double shifts": a kind of shift, not twice as many
        if word in _MULTIPLE or (word == "in" and t(i + 1) == "half"):
            return i + 1 + (word == "in")
        if word in _FREQ and t(i + 1) in ("a", "per", "every", "each", "an") and t(i + 2):
            return i + 3
        if word in _CEFR:
            return i + 1 + (t(i + 1) == "level")
        if word in ("five", "six", "seven", "eight") and t(i + 1).startswith("figure"):
            return i + 2
        if word == "at" and t(i + 1) == "least" and self._num_at(i + 2):
            n = number_value(self.toks, i + 2)
            return (self._noun_after(n[1], 2) or n[1]) if n else 0
        if word == "one" and t(i + 1) in ("more", "new", "additional", "extra"):
            return i + 3 if t(i + 2) and t(i + 2) not in STOP else 0
        if word in ("a", "one") and t(i + 1) == "dozen":
            return i + 2 + bool(t(i + 2) and t(i + 2) not in STOP)
        if word in _GROUP and t(i + 1) == "of" and self._num_at(i + 2):
            n = number_value(self.toks, i + 2)
            return n[1] if n else 0
        if word == "top" and self._num_at(i + 1):
            return i + 2
        if word in ("dozens", "hundreds", "thousands") and t(i + 1) == "of":
            return self._noun_after(i + 2, 3)
        if word == "from" and self._num_at(i + 1):
            return self._from_to(i)
        if not self._num_at(i):
            return 0
        return self._number_count(i)

    def _age(self, i: int) -> bool:
        """Whether the number at ``i`` is the person's age: a decade of their life ("my
        50s", "her early 40s") or "at 58" opening the line or followed by who speaks."""
        t = self.t
        decade = t(i + 1) == "s" and self.toks[i + 1].glued and t(i).endswith("0")
        if decade and (t(i - 1) in _PERSON or t(i - 2) in _PERSON):
            return True
        return t(i - 1) == "at" and (i == 1 or t(i + 1) in (",", "i", "im", "i'm", "and"))

    def _from_to(self, i: int) -> int:
        """ "from 6 a month to 2", "from 1.8 to 2.3": a number to move from and one to reach."""
        for k in range(i + 2, min(i + 7, len(self.toks))):
            if self.t(k) == "to" and (self._num_at(k + 1) or self.t(k + 1) in ("under", "below")):
                j = k + 1 + (self.t(k + 1) in ("under", "below"))
                if j >= len(self.toks):
                    return 0  # "from 25 min to under", the line not yet finished
                end = self._number_count(j)
                return end or j + 1
        return 0

    def _number_count(self, i: int) -> int:
        t = self.t
        tok = self.toks[i]
        if t(i - 1) in ("age", "aged", "turn", "turning") and tok.kind == "num":
            return 0
        if tok.kind == "num" and self._age(i):
            return 0  # "in my 50s", "at 58 I want to retrain": the person's age
        if t(i - 1) in _NAMED_BY_NUMBER:
            return 0  # "my year 9 class", "line 4", "ward 7": a name, not a count
        if tok.text in ("zero", "0") and t(i - 1) in ("to", "at"):
            return i + 1  # "cut payroll errors to zero"
        if tok.text == "one" and t(i - 1) in ("the", "only", "no", "any", "every"):
            return 0  # "not the only one doing qualitative work": nobody counted
        n = number_value(self.toks, i)
        if n is None:
            return 0
        j = n[1]
        if j - 1 < len(self.masked) and self.masked[j - 1]:
            return 0
        nxt = t(j)
        if nxt in ("%", "percent") or (nxt == "per" and t(j + 1) == "cent"):
            return j + 1 + (nxt == "per")
        if nxt in _MONEY or nxt in _CURRENCY:
            k = j + 1
            if t(k) == "/" and t(k + 1) in _RATE_UNITS:
                return k + 2
            return k
        if nxt == "/" and t(j + 1).rstrip("s") in _RATE_UNITS:
            return j + 2  # "90/hr"
        if nxt == "x" and t(i - 1) in ("a", "an"):
            return 0  # "a 10x engineer" is praise, not a count
        if nxt in ("x", "times") and tok.kind == "num":
            return j + 1
        if nxt in ("st", "nd", "rd", "th") and self.toks[j].glued:
            return 0  # "my 3rd period class", "the 5th graders": which one, not how many
        if tok.kind == "num" and nxt and self.toks[j].glued and nxt.isalpha() and nxt not in UNITS:
            return j + 1  # "200ms", "5k"
        if nxt in ("to", "-") and self._num_at(j + 1):
            end = number_value(self.toks, j + 1)
            if end is not None:
                return self._noun_after(end[1], 2) or end[1]
        if tok.kind == "num" and nxt in ("a", "an", "per") and t(j + 1) in _RATE_UNITS:
            return j + 2  # "charge 600 a day"
        if nxt in UNITS and t(j + 1) in ("a", "an", "per", "each", "every") and t(j + 2):
            return j + 3  # "4 days a week"
        if nxt in UNITS and t(j + 1) == "of" and t(j + 2):
            return j + 3  # "6 months of expenses"
        if nxt in UNITS and (
            t(j + 1) in ("ahead", "out") or (t(j + 1), t(j + 2)) == ("in", "advance")
        ):
            return j + 2 + (t(j + 1) == "in")  # "booked 3 months ahead"
        noun = self._noun_after(j, 2)
        if not noun and tok.kind == "num" and "," in tok.text:
            return j  # "raise 250,000 for the food bank": an amount
        if not noun and tok.kind == "num" and t(i - 1) in _THRESHOLDS:
            return j  # "keep my score above 4.7": a line to stay on the right side of
        return noun

    def _noun_after(self, j: int, skip: int) -> int:
        """The end of "[adjectives] noun" after a number, or 0 when no noun follows."""
        t = self.t
        k = j
        for _ in range(skip + 1):
            word = t(k)
            if not word or word in _NOT_COUNTED or not word[0].isalpha() or word in STOP:
                return 0
            nxt = t(k + 1)
            # Stop at the head noun: the next word does not modify it further.
            if not nxt or nxt in STOP or nxt in CLAUSE_BREAK or k - j == skip:
                return k + 1
            if not (word.endswith(("al", "ing", "ive", "ic", "ed", "ern")) or word in _ADJ):
                return k + 1
            k += 1
        return k

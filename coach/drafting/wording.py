"""Turning a person's goal statements into the pieces of a spoken sentence.

- :func:`clean_statement`: the goal without its time phrases ("by June 2027",
  "within two years"), its lead-in ("I want to") and its closing full stop, so a draft
  can give the date itself, from the goal's deadline;
- :func:`as_step` and :func:`as_done`: the goal as something to do ("pass the NCLEX")
  and as something done ("passed the NCLEX"), whatever form it was typed in;
- :func:`in_sentence`: a title written inside a sentence (its first word lower-cased
  only when it is a common word, never a name);
- :func:`month`, :func:`number`, :func:`amount`: dates and numbers as said aloud;
- :func:`word_count` and :func:`speaking_seconds`: how long a text takes to say.

Pure functions over text; the words they need come from ``data/drafting.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from coach.coaching.counts import STOP
from coach.coaching.deadlines import time_mentions
from coach.coaching.lexicon import DONE_VERBS, QUANTITY_VERBS, VAGUE_VERBS
from coach.coaching.tokens import normalize, number_value, tokenize
from coach.coaching.tokens import words as word_set
from coach.content.interview import InterviewContent
from coach.models import Aspiration
from coach.quantities import number
from coach.text import one_line

# About 140 words a minute: an unhurried speaking pace in an interview.
WORDS_PER_MINUTE = 140

# Time phrases a draft replaces with the goal's own date; cadences ("every week") and
# limits ("within 2 days" of each request) say what the goal is, so they stay.
_TIME_ROLES = frozenset({"deadline", "start", "negated", "replaced", "vague", "personal"})
_TIME_ROLES |= {"impossible"}
_WORD = re.compile(r"\S*[^\W_]\S*")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:!?)])")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_LOOSE_ENDS = frozenset({"and", "or", "by", "in", "within", "before", "until", "to", "of", "for"})


def word_count(text: str) -> int:
    """The words of ``text``: runs between spaces holding a letter or digit."""
    return len(_WORD.findall(text))


def speaking_seconds(words: int) -> int:
    """How long ``words`` words take to say at :data:`WORDS_PER_MINUTE`, in whole seconds."""
    return round(words * 60 / WORDS_PER_MINUTE)


def month(day: date) -> str:
    """A day as its month and year, as said aloud ("June 2027")."""
    return f"{day:%B} {day.year}"


def when_by(day: date, words: InterviewContent) -> str:
    """ "by June 2027"; a year's last day is "by the end of 2027"."""
    if (day.month, day.day) == (12, 31):
        return words.phrase("when_end_of_year", when=str(day.year))
    return words.phrase("when_by", when=month(day))


def tidy(text: str) -> str:
    """Spaces folded, no space before a mark, no empty brackets or dangling words."""
    text = _EMPTY_BRACKETS.sub("", one_line(text))
    text = _SPACE_BEFORE_MARK.sub(r"\1", _SPACES.sub(" ", text)).strip()
    text = text.strip(" ,;:-–—")
    while True:
        head, _, last = text.rpartition(" ")
        if head and last.lower().strip(",") in _LOOSE_ENDS:
            text = head.rstrip(" ,;:-–—")
            continue
        return text


def clean_statement(statement: str, written: date, words: InterviewContent) -> str:
    """The goal without its time phrases, its lead-in or its closing mark.

    ``written`` is the day the goal was written: relative spans ("within two years")
    are read from then, as coach read them when it set the deadline.
    """
    text = one_line(statement)
    cut = [m for m in time_mentions(text, written) if m.role in _TIME_ROLES]
    for mention in sorted(cut, key=lambda m: m.start, reverse=True):
        text = text[: mention.start] + " " + text[mention.end :]
    text = tidy(text).rstrip(".!")
    lowered = text.lower()
    for lead in sorted(words.words.lead_ins, key=len, reverse=True):
        if lowered.startswith(lead + " "):
            text = text[len(lead) + 1 :]
            break
    return tidy(text).rstrip(".!")


def _first_word(text: str) -> tuple[str, str]:
    head, _, rest = text.partition(" ")
    return head, rest


def _is_plain_word(word: str) -> bool:
    """True for "Lead" or "lead", False for names and codes ("NCLEX", "McKinsey", "iOS")."""
    letters = word.replace("-", "").replace("'", "")
    return letters.isalpha() and (word.islower() or (word[0].isupper() and word[1:].islower()))


def is_verb(word: str, words: InterviewContent) -> bool:
    low = word.lower()
    return (
        low in words.past
        or low in words.words.verbs
        or low in words.words.doubling
        or (low in DONE_VERBS | QUANTITY_VERBS | VAGUE_VERBS and not low.endswith(("ing", "ed")))
    )


def past_of(verb: str, words: InterviewContent) -> str:
    """The past tense of a verb: from the table, else by the spelling rules of -ed."""
    low = verb.lower()
    if low in words.past:
        return words.past[low]
    if low in words.words.doubling:
        return low + low[-1] + "ed"
    if low.endswith("e"):
        return low + "d"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return low[:-1] + "ied"
    return low + "ed"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def in_sentence(title: str, words: InterviewContent) -> str:
    """``title`` written inside a sentence: "Lead a clinic" becomes "lead a clinic".

    Only a common first word is lower-cased; a name or an acronym keeps its capitals.
    """
    title = one_line(title).rstrip(".!")
    head, _ = _first_word(title)
    low = head.lower()
    if _is_plain_word(head) and (
        low in STOP or low in words.words.common or is_verb(head, words) or low == "i"
    ):
        return title if low == "i" else _lower_first(title)
    return title


# "Promoted to", "hired as": a participle that opens a goal done to the person; before a
# noun ("tenured professor") it only describes.
_AFTER_PARTICIPLE = word_set("to as by at in into for onto on")
# Words after which a plain first word reads as a verb ("Bill 1800 hours", "Draft the plan").
_OBJECT_STARTS = word_set("a an the my our his her their two three four five six every each")


def kind_of(clause: str, words: InterviewContent) -> str:
    """How a goal is typed: "verb" (pass the exam), "passive" (promoted to...), "noun"."""
    head, rest = _first_word(clause)
    low = head.lower()
    second = rest.split(" ", 1)[0].lower()
    if low in words.words.participles and second in _AFTER_PARTICIPLE:
        return "passive"
    if not _is_plain_word(head):
        return "noun"
    if is_verb(head, words):
        return "verb"
    unknown = low not in words.words.common and low not in words.words.roles and low not in STOP
    if unknown and (second in _OBJECT_STARTS or second[:1].isdigit()):
        return "verb"
    return "noun"


def _recast(
    clause: str, words: InterviewContent, verb: Callable[[str], str], be: str
) -> str | None:
    """``clause`` with its verb in another form, or None when it opens with no verb."""
    kind = kind_of(clause, words)
    head, rest = _first_word(clause)
    if kind == "verb":
        return f"{verb(head)} {rest}".strip()
    if kind == "passive":
        return f"{be} {_lower_first(clause)}"
    return None


def as_step(clause: str, words: InterviewContent) -> str:
    """A cleaned goal as something to do: "pass the exam", "be promoted to lead"."""
    return _recast(clause, words, _lower_first, "be") or "reach " + in_sentence(clause, words)


def as_done(clause: str, words: InterviewContent) -> str:
    """A cleaned goal as something done: "passed the exam", "was promoted to lead"."""
    done = _recast(clause, words, lambda verb: past_of(verb, words), "was")
    return done or "achieved " + in_sentence(clause, words)


def with_number(clause: str, target: float | None, value: float) -> tuple[str, bool]:
    """``clause`` saying ``value`` where it said ``target``; and whether it did.

    "train 40 nurses" with 42 reached says "train 42 nurses". A clause that does not
    name the target is returned as it is, with False.
    """
    if target is None:
        return clause, False
    toks = tokenize(normalize(clause))
    for i in range(len(toks)):
        if toks[i].kind != "num":
            continue
        found = number_value(toks, i)
        if found is None:
            continue
        read, after = found
        end = toks[after - 1].end
        # "10k" is one number over two glued tokens
        if after < len(toks) and toks[after].glued and toks[after].text in ("k", "m"):
            read *= 1e3 if toks[after].text == "k" else 1e6
            end = toks[after].end
        if read == target:
            return clause[: toks[i].start] + number(value) + clause[end:], True
    return clause, False


def sentence(text: str) -> str:
    """``text`` as a sentence: a capital first letter and a closing mark."""
    text = tidy(text)
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?]" else text + "."


def first_sentences(text: str, *, most_words: int = 40) -> str:
    """The opening sentences of ``text`` up to about ``most_words`` words, as a sentence."""
    flat = one_line(text)
    parts = re.split(r"(?<=[.!?])\s+", flat)
    kept: list[str] = []
    count = 0
    for part in parts:
        n = word_count(part)
        if kept and count + n > most_words:
            break
        kept.append(part)
        count += n
    out = " ".join(kept)
    if word_count(out) > most_words:
        out = " ".join(out.split()[:most_words]).rstrip(",;:") + "…"
    return sentence(out)


def gerund(verb: str, words: InterviewContent) -> str:
    """The -ing form of a verb: lead: leading, become: becoming, run: running."""
    low = verb.lower()
    if low in ("be", "see", "flee", "agree"):
        return low + "ing"
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low in words.words.doubling:
        return low + low[-1] + "ing"
    if low.endswith("e") and not low.endswith("ee"):
        return low[:-1] + "ing"
    return low + "ing"


def article(noun_phrase: str) -> str:
    """ "a" or "an" before ``noun_phrase`` (by its first letter, as most words go)."""
    return "an" if noun_phrase[:1].lower() in "aeiou" else "a"


def as_aim(title: str, words: InterviewContent) -> str:
    """An aspiration as a destination inside a sentence ("working toward ..."):
    "Lead a clinic" is "leading a clinic", "Charge nurse" is "becoming a charge nurse"."""
    title = one_line(title).rstrip(".!")
    recast = _recast(title, words, lambda verb: gerund(verb, words), "being")
    if recast is not None:
        return recast
    inside = in_sentence(title, words)
    first = inside.split(" ", 1)[0].lower()
    if first in ("a", "an", "the", "my", "our"):
        return inside
    lead = [w.lower().strip(",") for w in inside.split()[:4]]
    if any(w in words.words.roles for w in lead):
        return f"becoming {article(inside)} {inside}"
    return inside


_SUBJECTS = word_set("i my we our it there people this that they")


def reason(text: str) -> str:
    """Free text to follow "because": no opening "because", no closing mark."""
    text = one_line(text).rstrip(".!")
    if text.lower().startswith("because "):
        text = text[len("because ") :]
    head = text.split(" ", 1)[0]
    if _is_plain_word(head) and head != "I" and head.lower() in STOP | _SUBJECTS:
        text = _lower_first(text)
    return text


def reads_as_reason(text: str) -> bool:
    """True when ``text`` can follow "because" (it opens with a subject or says because)."""
    head = one_line(text).split(" ", 1)[0].lower().strip(",")
    return head in _SUBJECTS or head == "because" or head in ("i'm", "i've", "i'd", "it's")


def why_line(aspiration: Aspiration, words: InterviewContent) -> str:
    """Why the aspiration matters, as the person said it, in a sentence of ours."""
    why = aspiration.why.strip()
    if not why:
        return ""
    if reads_as_reason(why):
        return sentence(words.phrase("why_because", why=reason(why)))
    return sentence(words.phrase("why_plain", why=why.rstrip(".!")))

"""What the wizard and the app prefill from a goal statement, for the person to accept.

- :func:`is_yes_no`: the goal is done or not done ("promoted to team lead by May"), so
  nobody should be asked "what will you count?".
- :func:`measure_of`: the metric, target, unit and starting point a statement names
  ("grow the newsletter from 3k to 10k subscribers" is 3000 → 10000 subscribers).
- :func:`split_statement`: the goals of a line that holds several, in its own words.
- :func:`draft_rewrite`: the statement redrafted from the parts found, with a deadline
  added or replaced where one is missing, passed or unknowable, and a bracketed blank
  for whatever only the person can fill in.

Pure functions over the tokens and the :class:`~coach.coaching.smart.Assessment`.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from coach.coaching.advice import example_deadline
from coach.coaching.counts import STOP, Words
from coach.coaching.deadlines import goal_spans, mentions_in
from coach.coaching.lexicon import DONE_VERBS, QUANTITY_VERBS, VAGUE_VERBS
from coach.coaching.reading import DEFAULT_READING, ReadingOptions
from coach.coaching.smart import Assessment
from coach.coaching.tokens import Token, normalize, tokenize, words

__all__ = ["Measure", "draft_rewrite", "is_yes_no", "measure_of", "split_statement"]


class Measure(NamedTuple):
    """How progress on a goal is counted, as the statement says it.

    ``metric`` is in the person's words ("paid subscribers", "p95 latency on the checkout
    api"); ``unit`` is "%", "$", "ms" and the like, or ""; ``current`` is where it stands
    now when the statement says ("from 3k to 10k"), else None.
    """

    metric: str
    target: float | None
    unit: str
    current: float | None


def is_yes_no(result: Assessment) -> bool:
    """True when every goal of the statement is done or not done, with nothing to count."""
    found = [p.found for p in result.parts] if result.parts else [result.found]
    return all(f is not None and f.counted is None and f.outcome is not None for f in found)


def split_statement(text: str, today: date, options: ReadingOptions = DEFAULT_READING) -> list[str]:
    """The goals a line holds, each in the words typed; one item for a single goal."""
    toks = tokenize(normalize(text))
    if not toks:
        return []
    spans = goal_spans(toks, mentions_in(text, toks, today, options))
    return [text[toks[lo].start : toks[hi - 1].end] for lo, hi in spans]


_MULTIPLIERS = {"k": 1e3, "m": 1e6, "mil": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_MULTIPLIERS["thousand"] = 1e3
_UNIT_WORDS = words("ms s sec secs min mins h hr hrs % percent pts points x")
_CURRENCIES = {"$": "$", "€": "€", "£": "£", "¥": "¥"}
_FILLER = words("the a an my our of in on at for to by from and")


def _amount(toks: list[Token], i: int) -> tuple[float, str, int] | None:
    """A number at token ``i`` with its multiplier and unit: ("3k" → 3000), ("$85" → 85, "$")."""
    unit = ""
    if i < len(toks) and toks[i].text in _CURRENCIES:
        unit, i = _CURRENCIES[toks[i].text], i + 1
    if i >= len(toks) or toks[i].kind != "num":
        return None
    value = float(toks[i].text.replace(",", ""))
    j = i + 1
    if j < len(toks) and toks[j].text in _MULTIPLIERS:
        value *= _MULTIPLIERS[toks[j].text]
        j += 1
    if j < len(toks) and toks[j].text in _UNIT_WORDS:
        unit = "%" if toks[j].text == "percent" else toks[j].text
        j += 1
    return value, unit, j


def measure_of(text: str, today: date, options: ReadingOptions = DEFAULT_READING) -> Measure | None:
    """The measure a goal statement names, or None when it counts nothing."""
    toks = tokenize(normalize(text))
    mentions = [m for m in mentions_in(text, toks, today, options) if m.role != "cadence"]
    masked = [any(m.start <= t.start < m.end for m in mentions) for t in toks]
    found = Words(toks, masked, text).count()
    if found is None:
        return None
    lo = next(i for i, t in enumerate(toks) if t.start >= found.start)
    hi = next((i for i, t in enumerate(toks) if t.start >= found.end), len(toks))
    numbers = [k for k in range(lo, hi) if toks[k].kind == "num" or toks[k].text in _CURRENCIES]
    first = _amount(toks, numbers[0]) if numbers else None
    if first is None and toks[lo].text in _TIMES:  # "twice a week"
        return Measure(_metric_before(text, toks, lo), _TIMES[toks[lo].text], "times", None)
    if first is None:
        return Measure(_words(text, toks, lo, hi), None, "", None)
    value, unit, after = first
    current = None
    if toks[lo].text == "from":
        to = next((k for k in range(after, hi) if toks[k].text == "to"), None)
        second = _amount(toks, to + 1 + (toks[to + 1].text in ("under", "below"))) if to else None
        if second is not None:
            current, (value, unit2, after) = value, second
            unit = unit or unit2
    metric = _words(text, toks, after, _noun_end(toks, masked, after, hi))
    return Measure(metric or _metric_before(text, toks, lo), value, unit, current)


def _noun_end(toks: list[Token], masked: list[bool], after: int, hi: int) -> int:
    """Where the words naming what is counted end: the count's own end, or up to three
    more words of the same clause ("10k" → "10k subscribers", "99.95%" → "uptime")."""
    end = max(after, hi)
    if end < len(toks) and toks[end].text == "of":  # "120% of quota"
        end += 1
    while end < len(toks) and end - after < 3 and not masked[end]:
        word = toks[end].text
        if word in STOP or word in _VERBS_BEFORE or not word[0].isalnum():
            break
        end += 1
    return end


def _words(text: str, toks: list[Token], lo: int, hi: int) -> str:
    while lo < hi and toks[lo].text in _FILLER:
        lo += 1
    return " ".join(text[toks[lo].start : toks[hi - 1].end].split()) if lo < hi else ""


def _metric_before(text: str, toks: list[Token], lo: int) -> str:
    """The words right before the number ("reduce shrink from 2.1% ..." → "shrink")."""
    k = lo
    while k > 0 and toks[k - 1].text not in _VERBS_BEFORE and lo - k < 6:
        k -= 1
    return _words(text, toks, k, lo)


_VERBS_BEFORE = (
    words("cut reduce raise grow increase lower get keep hit reach move bring drop take , ; .")
    | DONE_VERBS
    | QUANTITY_VERBS
    | VAGUE_VERBS
)
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def draft_rewrite(result: Assessment, today: date) -> str:
    """The statement redrafted for the person to accept or edit.

    Keeps their words; adds a deadline ("by June 2027") where there is none, replaces a
    passed or unknowable one, and leaves a bracketed blank where only the person can
    say what is meant: "be able to [do what, exactly?]" in place of a vague verb, and
    "measured by [a number, or a result that is done or not]" for a goal nothing can
    measure yet.
    """
    text = " ".join(result.text.split()).rstrip(".")
    found = result.found
    if found is not None and found.blur and not result.specific.ok:
        verb = found.blur.removesuffix(" my").removesuffix(" our")
        at = text.lower().find(verb.lower())
        if at >= 0:
            text = text[:at] + "be able to [do what, exactly?] in" + text[at + len(verb) :]
    text = text[:1].upper() + text[1:]
    when: str | None = None if result.time_bound.ok else example_deadline(today)
    phrase = found.deadline_phrase or found.personal if found is not None else None
    if when and phrase and phrase in text:
        if found is not None and phrase == found.personal:
            when = f"by [the date of {phrase.split(' ', 1)[-1]}]"
        text, when = text.replace(phrase, when, 1), None
    if not result.measurable.ok:
        text += ", measured by [a number, or a result that is done or not]"
    return f"{text} {when}." if when else f"{text}."

"""Goal text as tokens: lower-cased words, numbers and marks, each with its place.

Every reader of a goal (deadlines, the lexicon, the splitter) works on these tokens
rather than on long regular expressions: one small pattern splits the text, and the
vocabulary is looked up in sets, which keeps ``coach check`` quick to start.
Offsets always point into the text as the person typed it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from coach.coaching.spelling import mended

__all__ = ["Token", "normalize", "number_value", "tokenize", "words"]


def words(spaced: str) -> frozenset[str]:
    """The words of a space-separated literal (keeps long word lists readable)."""
    return frozenset(spaced.split())


_APOSTROPHES = frozenset("’‘ʼ′`´")
_DASHES = frozenset("‐‑‒–—―−")
_DIGITS = frozenset("0123456789")
_ASCII_SPACES = str.maketrans("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f`", " " * 9 + "'")
_LONE_HYPHEN = re.compile(r"-(?![0-9])|(?<![0-9])-")


def normalize(text: str) -> str:
    """Lower-case ``text`` with plain apostrophes and spaces, keeping every offset.

    Hyphens become spaces except between two digits (so "mid-2027" reads "mid 2027"
    while "2027-03-31" stays a date). The result has the same length as ``text``.
    """
    if text.isascii():
        low = text.lower().translate(_ASCII_SPACES)
        return _LONE_HYPHEN.sub(" ", low) if "-" in low else low
    return normalize_any(text)


def normalize_any(text: str) -> str:
    """:func:`normalize` for any text, one character at a time (the ASCII path's oracle)."""
    chars: list[str] = []
    for c in text:
        if c in _APOSTROPHES:
            chars.append("'")
        elif c in _DASHES:
            chars.append("-")
        elif c.isspace():
            chars.append(" ")
        else:
            low = c.lower()
            chars.append(low if len(low) == 1 else c)
    for i, c in enumerate(chars):
        if c == "-":
            left = chars[i - 1] if i > 0 else ""
            right = chars[i + 1] if i + 1 < len(chars) else ""
            if not (left in _DIGITS and right in _DIGITS):
                chars[i] = " "
    return "".join(chars)


class Token(NamedTuple):
    """One word, number or mark of a goal.

    ``kind`` is "word", "num" (digits, maybe with thousands commas or a decimal point),
    "date" (an all-numeric date such as 2027-03-31 or 3/4/2028) or "mark" (any other
    single character). ``glued`` is True when nothing separates it from the token
    before ("10k", "15th", "q3'27").
    """

    text: str
    start: int
    end: int
    kind: str
    glued: bool


_TOKEN = re.compile(
    r"(?P<date>(?<![0-9.,])(?:(?:19|20)[0-9]{2}(?:[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[-/][0-9]{1,2})"
    r"|[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:[0-9]{4}|[0-9]{2}))(?![0-9]|[-/.][0-9]))"
    r"|(?P<num>[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?)"
    r"|(?P<word>[^\W\d_](?:[^\W_]|'(?=[^\W\d_]))*)"
    r"|(?P<mark>\S)"
)


def tokenize(norm: str) -> list[Token]:
    """The tokens of a text already passed through :func:`normalize`."""
    out: list[Token] = []
    last = -1
    for m in _TOKEN.finditer(norm):
        kind = m.lastgroup or "mark"
        start = m.start()
        text = mended(m.group()) if kind == "word" else m.group()
        out.append(Token(text, start, m.end(), kind, start == last))
        last = m.end()
    return out


def _in_order(spaced: str) -> list[str]:
    return spaced.split()


_SMALL = _in_order(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
_TENS = _in_order("twenty thirty forty fifty sixty seventy eighty ninety")
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_SMALL)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"dozen": 12, "hundred": 100, "thousand": 1000, "a": 1, "an": 1})
NUMBER_WORDS.update({"couple": 2, "pair": 2, "half": 0})


def number_value(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """The number starting at token ``i`` and the index after it, or None.

    Reads digits ("18", "1,500", "2.5") and spelled numbers ("twenty four", "a
    hundred", "a couple of", "one and a half", "half a").
    """
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if tok.kind == "num":
        value = float(tok.text.replace(",", ""))
        j = i + 1
    elif tok.kind == "word" and tok.text in NUMBER_WORDS:
        word = tok.text
        j = i + 1
        nxt = tokens[j].text if j < len(tokens) else ""
        if word == "half":
            if nxt not in ("a", "an"):
                return None
            return 0.5, j + 1
        if word in ("a", "an"):
            if nxt in ("couple", "dozen", "hundred", "thousand", "pair"):
                return number_value(tokens, j)
            if nxt == "half":
                return None
            return 1.0, j
        value = float(NUMBER_WORDS[word])
        if word in _TENS and nxt in NUMBER_WORDS and 0 < NUMBER_WORDS[nxt] < 10:
            value += NUMBER_WORDS[nxt]
            j += 1
        if word in ("couple", "pair") and j < len(tokens) and tokens[j].text == "of":
            j += 1
        if j < len(tokens) and tokens[j].text in ("hundred", "thousand") and word != "dozen":
            value *= 100 if tokens[j].text == "hundred" else 1000
            j += 1
    else:
        return None
    if (
        j + 2 < len(tokens)
        and tokens[j].text == "and"
        and tokens[j + 1].text in ("a", "one")
        and tokens[j + 2].text == "half"
    ):
        return value + 0.5, j + 3
    return value, j

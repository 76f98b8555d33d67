"""Slips of the keyboard in the words the readers rely on.

A word one edit away (a letter missing, extra, wrong, or two neighbours swapped) from a
word that carries a date or a goal's verb ("yeras", "thnksgiving", "compleet", "finsh")
is read as that word. Only words of five letters or more are mended, the first letter
must agree, and real words that sit one edit from a known one ("compete", "curse",
"finnish", "weeds") are left as typed.
"""

from __future__ import annotations

__all__ = ["close", "mended"]


def words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# The words mended towards: the ones that carry a date, a span or a goal's verb.
_KNOWN = words(
    "years months weeks quarter quarters weekend tomorrow thanksgiving christmas halloween "
    "valentine's easter autumn semester deadline before until within complete finish "
    "course certificate certification license licence apprenticeship degree promotion "
    "promoted interview february"
)
# Real words one edit away from a known word: never mended.
_REAL = words(
    "yearn yearns mouths weeds weeps quartet quartets compete finnish curse coarse untie "
    "courser licensee degrees"
)


def close(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one edit (or one swap of neighbours)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def mended(word: str) -> str:
    """``word``, or the known word it is a slip for."""
    if len(word) < 5 or word in _KNOWN or word in _REAL:
        return word
    for known in _KNOWN:
        if word in (known + "s", known + "d") or known == word + "s":
            continue  # another form of the word ("completes", "month"), not a slip
        if known[0] == word[0] and close(word, known):
            return known
    return word

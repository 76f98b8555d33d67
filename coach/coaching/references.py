"""Dates said by pointing back at another: "by then", "within 2 years of that".

"retire from the army in august and land a job by then" is due in August; "get my PhD by
September 2027 and a lectureship within 2 years of that" is due two years after
September 2027; "pass SQE1 in january, then SQE2 by the summer after" at the end of the
summer after that January. The date pointed at is the last deadline said before the words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from coach.coaching.dates import SEASONS, UNITS
from coach.coaching.periods import add_span, season_period, upcoming
from coach.coaching.tokens import Token, number_value, words

__all__ = ["pointing_back", "season_after"]

_BY = words("by before until till til")
_THEN = (("then",), ("that", "time"), ("that", "point"), ("that", "date"), ("that", "day"))
_SPAN_WORDS = words("within in")
_THAT = (("of", "that"), ("after", "that"), ("of", "it"), ("after", "it"))


def _seq_at(toks: Sequence[Token], i: int, seqs: tuple[tuple[str, ...], ...]) -> int:
    for seq in seqs:
        if tuple(t.text for t in toks[i : i + len(seq)]) == seq:
            return i + len(seq)
    return 0


def pointing_back(
    toks: Sequence[Token],
    dated: Sequence[tuple[int, date, str]],
    today: date,
    days: frozenset[int] = frozenset(),
) -> list[tuple[int, int, date]]:
    """Each phrase that points back at a date said before it, as (first token, token
    after it, date). ``dated`` holds the line's deadlines as (first token, date, the
    unit of a span such as "in 2 years", or ""); ``days`` the first tokens of those that
    name one day, so that "before then" is the day before it."""
    out: list[tuple[int, int, date]] = []
    for i, tok in enumerate(toks):
        before = [day for start, day, _ in dated if start < i]
        a_day = [start in days for start, _, _ in dated if start < i]
        if not before:
            continue
        unit_before = next((u for start, _, u in reversed(dated) if start < i and u), "")
        elided = _unit_left_out(toks, i, unit_before, today)
        if elided is not None:
            out.append(elided)
            continue
        if tok.text in _BY:
            end = _seq_at(toks, i + 1, _THEN)
            day_before = tok.text == "before" and a_day[-1]
            if not end and day_before and _that_closes(toks, i + 1):
                end = i + 2  # "registration closes 13/1/2029, finish it before that"
            if end:
                # "before then", said of a day, is the day before it, as "before" a day is
                out.append((i, end, before[-1] - timedelta(days=day_before)))
            season = _season_after(toks, i + 1, before[-1])
            if season is not None:
                out.append((i, season[0], season[1]))
            continue
        found = number_value(list(toks), i + 1) if tok.text in _SPAN_WORDS else None
        if found is None:
            continue
        n, k = found
        unit = UNITS.get(toks[k].text) if k < len(toks) else None
        end = _seq_at(toks, k + 1, _THAT) if unit else 0
        day = add_span(before[-1], n, unit) if unit and end else None
        if day is not None:
            out.append((i, end, day))
    return out


def _that_closes(toks: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is "that" closing its clause ("..., finish it before that")."""
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    return k < len(toks) and toks[k].text == "that" and after in ("", *_CLAUSE_ENDS)


def _unit_left_out(
    toks: Sequence[Token], i: int, unit: str, today: date
) -> tuple[int, int, date] | None:
    """ "my bachelors in 2 years and my masters in 4": a span whose unit is the one said
    before it, at the end of its clause."""
    if not unit or toks[i].text not in _SPAN_WORDS:
        return None
    found = number_value(list(toks), i + 1)
    if found is None or toks[i + 1].kind != "num":
        return None
    n, k = found
    if k < len(toks) and toks[k].text not in _CLAUSE_ENDS:
        return None
    day = add_span(today, n, unit)
    return (i, k, day) if day is not None else None


_CLAUSE_ENDS = words(", ; . and but then")


def season_after(toks: Sequence[Token], i: int) -> bool:
    """Whether the season at ``i`` is "the summer after" (at its clause's end): it points
    back at the date said before it, so the season reader leaves it to this module."""
    return (
        i + 1 < len(toks)
        and toks[i + 1].text == "after"
        and (i + 2 == len(toks) or toks[i + 2].text in _CLAUSE_ENDS)
    )


def _season_after(toks: Sequence[Token], i: int, pointed: date) -> tuple[int, date] | None:
    """ "by the summer after": the end of the first summer to begin after the date
    pointed at (with the index after the words)."""
    i += i < len(toks) and toks[i].text == "the"
    if i >= len(toks) or toks[i].text not in SEASONS or not season_after(toks, i):
        return None
    name = toks[i].text
    found = upcoming(lambda y: season_period(y, name), pointed, True)
    return (i + 2, found.end) if found else None

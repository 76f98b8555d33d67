"""Holidays named in a goal ("by thanksgiving", "before mother's day", "by st patrick's day").

A holiday is a day of its own: "by" it is that day, "before" it the day before, and without
a year it is the next one not yet over. Days that move (Thanksgiving, Mother's Day, Easter)
follow the rule that fixes them each year; where countries keep a day on different dates
(Mother's Day, Thanksgiving) the United States' day is read, as the other holidays named
here are mostly American; days kept in Britain (Bonfire Night, the bank holidays, Pancake
Day, the days the clocks change) and in Ireland are read too, and days kept on a fixed date
in Australia, New Zealand, India, the Philippines, Singapore, Kenya, Nigeria and South
Africa (Anzac Day, Waitangi Day, Jamhuri Day); an independence day is the one of the month
said after it ("independence day in oct"), else the United States' day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from coach.coaching.dates import MONTHS, Core, Reader, year_of
from coach.coaching.fiscal import new_year
from coach.coaching.periods import Period, easter, nth_weekday, upcoming
from coach.coaching.tokens import words

__all__ = ["holiday"]

_Rule = Callable[[int], date]


def _fixed(month: int, day: int) -> _Rule:
    return lambda y: date(y, month, day)


def _nth(month: int, weekday: int, n: int, shift: int = 0) -> _Rule:
    return lambda y: nth_weekday(y, month, weekday, n) + timedelta(days=shift)


def _easter(shift: int) -> _Rule:
    return lambda y: easter(y) + timedelta(days=shift)


def _monday_before(month: int, day: int) -> _Rule:
    """The last Monday before ``day`` ("victoria day": the Monday before 25 May)."""
    return lambda y: date(y, month, day - 1) - timedelta(days=date(y, month, day - 1).weekday())


def _brigid(y: int) -> date:
    """Ireland's February bank holiday: the first Monday, or the 1st when that is a Friday."""
    first = date(y, 2, 1)
    return first if first.weekday() == 4 else nth_weekday(y, 2, 0, 1)


# Each name as its words, whether the word "day" must follow it ("labor day"), may
# follow it ("christmas day") or is part of the name, and the rule that dates it.
_NAMES: dict[tuple[str, ...], tuple[str, _Rule]] = {}
for _spaced, _day, _rule in (
    ("christmas|xmas|x mas|crimbo", "may", _fixed(12, 25)),
    ("halloween", "may", _fixed(10, 31)),
    ("valentine's|valentines|valentine", "may", _fixed(2, 14)),
    ("boxing", "must", _fixed(12, 26)),
    ("independence", "must", _fixed(7, 4)),
    ("july 4th|4th of july|fourth of july|july fourth", "no", _fixed(7, 4)),
    (
        "st patrick's|st patricks|saint patrick's|saint patricks|st paddy's|paddy's",
        "must",
        _fixed(3, 17),
    ),
    ("juneteenth", "no", _fixed(6, 19)),
    ("canada", "must", _fixed(7, 1)),
    ("veterans|veteran's|remembrance|armistice", "must", _fixed(11, 11)),
    ("cinco de mayo", "no", _fixed(5, 5)),
    ("thanksgiving|thxgiving|thanksgivin|turkey day", "may", _nth(11, 3, 4)),
    ("black friday", "no", _nth(11, 3, 4, 1)),
    ("cyber monday", "no", _nth(11, 3, 4, 4)),
    ("labor|labour", "must", _nth(9, 0, 1)),
    ("memorial", "must", _nth(5, 0, -1)),
    ("mother's|mothers|mom's|moms|mum's", "must", _nth(5, 6, 2)),
    ("father's|fathers|dad's|dads", "must", _nth(6, 6, 3)),
    ("presidents|president's|presidents'", "must", _nth(2, 0, 3)),
    ("mlk|martin luther king", "must", _nth(1, 0, 3)),
    ("columbus|indigenous peoples", "must", _nth(10, 0, 2)),
    ("tax", "must", _fixed(4, 15)),
    ("earth", "must", _fixed(4, 22)),
    ("groundhog", "must", _fixed(2, 2)),
    # days kept in Canada (Thanksgiving alone is the United States' day, as said above)
    ("victoria", "must", _monday_before(5, 25)),
    ("canadian thanksgiving|canada thanksgiving", "may", _nth(10, 0, 2)),
    ("civic holiday", "no", _nth(8, 0, 1)),
    # days kept in Britain and Ireland
    ("bonfire night|guy fawkes night|guy fawkes|fireworks night", "no", _fixed(11, 5)),
    ("burns night", "no", _fixed(1, 25)),
    ("st george's|st georges|saint george's", "must", _fixed(4, 23)),
    ("august bank holiday|late summer bank holiday", "no", _nth(8, 0, -1)),
    ("may bank holiday|early may bank holiday|may day", "no", _nth(5, 0, 1)),
    ("spring bank holiday|whitsun bank holiday", "no", _nth(5, 0, -1)),
    # Ireland's bank holidays named by their month (its August one is read as England's
    # late summer day above, a judgement), and the saints' days of the other nations
    ("june bank holiday|june bank hol", "no", _nth(6, 0, 1)),
    ("october bank holiday|october bank hol", "no", _nth(10, 0, -1)),
    ("st brigid's bank holiday|st brigids bank holiday", "no", _brigid),
    ("st brigid's|st brigids|saint brigid's", "must", _fixed(2, 1)),
    ("st andrew's|st andrews|saint andrew's", "must", _fixed(11, 30)),
    ("st david's|st davids|saint david's", "must", _fixed(3, 1)),
    # the United Kingdom's clocks change on the last Sundays of October and March
    (
        "the clocks go back|clocks go back|the clocks change|clocks change|"
        "the clocks going back|clocks going back",
        "no",
        _nth(10, 6, -1),
    ),
    (
        "the clocks go forward|clocks go forward|the clocks going forward|"
        "clocks going forward|the clocks spring forward",
        "no",
        _nth(3, 6, -1),
    ),
    # days kept in Australia, New Zealand, India, the Philippines, Singapore and Africa,
    # each on a fixed day (the Melbourne Cup on the first Tuesday of November)
    ("anzac", "must", _fixed(4, 25)),
    ("australia|straya", "must", _fixed(1, 26)),
    ("waitangi", "must", _fixed(2, 6)),
    ("melbourne cup", "may", _nth(11, 1, 1)),
    ("republic", "must", _fixed(1, 26)),
    ("gandhi jayanti", "no", _fixed(10, 2)),
    ("rizal", "must", _fixed(12, 30)),
    ("bonifacio", "must", _fixed(11, 30)),
    ("national", "must", _fixed(8, 9)),
    ("freedom", "must", _fixed(4, 27)),
    ("youth", "must", _fixed(6, 16)),
    ("heritage", "must", _fixed(9, 24)),
    ("day of reconciliation", "no", _fixed(12, 16)),
    ("reconciliation", "must", _fixed(12, 16)),
    ("human rights", "must", _fixed(3, 21)),
    ("madaraka", "must", _fixed(6, 1)),
    ("mashujaa", "must", _fixed(10, 20)),
    ("jamhuri", "must", _fixed(12, 12)),
    ("democracy", "must", _fixed(6, 12)),
    ("st stephen's|st stephens|saint stephen's", "must", _fixed(12, 26)),
    ("pancake", "must", _easter(-47)),
    ("shrove tuesday", "no", _easter(-47)),
    ("ash wednesday", "no", _easter(-46)),
    ("mothering sunday", "no", _easter(-21)),
    ("easter", "no", _easter(0)),
    ("easter sunday", "no", _easter(0)),
    ("easter monday", "no", _easter(1)),
    ("good friday", "no", _easter(-2)),
):
    for _name in _spaced.split("|"):
        _NAMES[tuple(_name.split())] = (_day, _rule)
_LONGEST = max(len(k) for k in _NAMES)
# Independence days kept on other days, found by the month said after the name
# ("independence day in oct", "independence day 15 aug"): India, Nigeria, the Philippines,
# Kenya (Jamhuri Day), Ghana, Ireland's Easter Rising aside; July alone is the United States'.
_INDEPENDENCE: dict[int, _Rule] = {
    3: _fixed(3, 6),
    6: _fixed(6, 12),
    7: _fixed(7, 4),
    8: _fixed(8, 15),
    10: _fixed(10, 1),
    12: _fixed(12, 12),
}
# Words that make a holiday name a kind of thing ("the christmas market", "a halloween
# show"); kept to a list, as "by easter i want ..." puts a sentence after the day.
_THINGS = words(
    "show shows market markets party parties fair fairs campaign campaigns sale sales rush "
    "menu menus event events concert concerts play plays card cards bonus lunch dinner "
    "stall appeal drive raffle display window windows shift shifts jumper parade peak"
)


def _words_at(r: Reader, i: int, n: int) -> list[tuple[str, int]]:
    """Up to ``n`` words from token ``i``, a glued ending joined on ("4" "th" is "4th"),
    each with the index after it."""
    out: list[tuple[str, int]] = []
    k = i
    while k < len(r.toks) and len(out) < n:
        word, k = r.text(k), k + 1
        if k < len(r.toks) and r.toks[k].glued and r.toks[k].kind == "word":
            word, k = word + r.text(k), k + 1
        out.append((word, k))
    return out


def _name_at(r: Reader, i: int) -> tuple[int, str, _Rule] | None:
    """The longest holiday name at token ``i``: (index after it, "day" rule, date rule)."""
    if r.text(i) == "the" and i + 1 < len(r.toks) and r.toks[i + 1].kind == "num":
        i += 1  # "the 4th of july"
    seen = _words_at(r, i, _LONGEST)
    for n in range(len(seen), 0, -1):
        found = _NAMES.get(tuple(w for w, _ in seen[:n]))
        if found is not None:
            return seen[n - 1][1], *found
    return None


def holiday(r: Reader, i: int) -> Core | None:
    """A holiday at token ``i`` ("thanksgiving", "the 4th of july", "xmas eve 2027")."""
    if r.text(i) == "st" and r.text(i + 1) == ".":
        return _after_dot(r, i)
    if r.text(i) == "next" and i + 1 < len(r.toks) and r.text(i + 1) != "next":
        following = holiday(r, i + 1)  # "by next easter": the next one to come
        return following._replace(start=i) if following is not None else None
    if r.text(i) == "last" and i + 1 < len(r.toks):
        return _last(r, i)
    found = _name_at(r, i)
    if found is None:
        return None
    j, day_word, rule = found
    if day_word == "must" and r.text(j) != "day":
        return None
    if day_word in ("must", "may") and r.text(j) == "day":
        j += 1
    eve = r.text(j) == "eve" and day_word != "must"
    j += eve
    if r.text(i) == "independence":
        rule, j = _independence(r, j, rule)
    year, end = year_of(r, j)
    after = r.toks[end] if end < len(r.toks) else None
    if year is None and after is not None and after.kind == "word" and after.text in _THINGS:
        return None  # "the halloween show", "a christmas market": a kind of thing, not a day

    def make(y: int) -> Period:
        day = rule(y) - timedelta(days=eve)
        return Period(day, day, "holiday")

    period = make(year) if year is not None else upcoming(make, r.today, False)
    if period is None:
        return None
    return Core(i, end, period, "trigger" if year is None else "")


def _independence(r: Reader, j: int, rule: _Rule) -> tuple[_Rule, int]:
    """The independence day of the month said after it ("in oct", "15 aug", "on 1/10"
    is left to the date reader): its rule and the index after the month, or as it was."""
    k = j + (r.text(j) in ("in", "on", ","))
    k += k < len(r.toks) and r.toks[k].kind == "num" and r.text(k + 1) in MONTHS
    month = MONTHS.get(r.text(k)) if k < len(r.toks) else None
    if month is None or month not in _INDEPENDENCE:
        return rule, j
    return _INDEPENDENCE[month], k + 1


def _after_dot(r: Reader, i: int) -> Core | None:
    """ "st. patrick's day": the abbreviation's full stop is not the end of a sentence."""
    toks = [*r.toks[: i + 1], *r.toks[i + 2 :]]
    shifted = holiday(Reader(toks, r.today, r.options), i) if i + 1 < len(r.toks) else None
    if shifted is None:
        return None
    return shifted._replace(end=shifted.end + 1)


def _last(r: Reader, i: int) -> Core | None:
    """ "by last christmas": the one before today, a date that has passed (so the goal is
    late, not dated a year on)."""
    coming = holiday(r, i + 1) or new_year(r, i + 1)
    if coming is None or coming.needs != "trigger" or coming.value is None:
        return None  # "last christmas 2025" names its year: read as written
    value = coming.value
    day = value if isinstance(value, date) else value.end
    if isinstance(value, Period) and value.start != value.end:
        return None  # "the last new year": a year, not a day
    found = _name_at(r, i + 1)
    if found is not None:  # a day that moves (thanksgiving) by its own rule
        before = found[2](day.year - 1) - timedelta(days=r.text(coming.end - 1) == "eve")
    elif (day.month, day.day) != (2, 29):
        before = day.replace(year=day.year - 1)
    else:
        return None
    if before >= r.today:
        return None
    return Core(i, coming.end, Period(before, before, "holiday"), "trigger")

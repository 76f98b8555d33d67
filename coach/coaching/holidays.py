"""Holidays named in a goal ("by thanksgiving", "before mother's day", "by st patrick's day").

A holiday is a day of its own: "by" it is that day, "before" it the day before, and without
a year it is the next one not yet over. Days that move (Thanksgiving, Mother's Day, Easter)
follow the rule that fixes them each year; where countries keep a day on different dates
(Mother's Day, Thanksgiving) the United States' day is read, as the other holidays named
here are mostly American; days kept in Britain (Bonfire Night, the bank holidays, Pancake
Day, the days the clocks change) and in Ireland are read too, and days kept on a fixed date
in Australia, New Zealand, India, the Philippines, Singapore, Kenya, Nigeria and South
Africa (Anzac Day, Waitangi Day, Jamhuri Day); an independence day is the one of the month
said after it ("independence day in oct"), else the United States' day. Days kept in
Canada, Malaysia, Singapore, Hong Kong and the Caribbean are read ("family day",
"merdeka", "hksar day", "emancipation day", "carnival monday", "la saint-jean"), and the
festivals of the Chinese, Hindu, Buddhist and Islamic calendars from tables of their days
("before CNY", "by Hari Raya", "by Diwali", "before ramadan"), with what each table
assumes said beside it. Round 11 adds the festivals of India and its neighbours (Durga
Puja, Dussehra, Navratri, Pongal, Baisakhi...), the Eids by other names ("bakra eid", "big
sallah"; "eid" alone is whichever comes next), Coptic and Orthodox Easter and Christmas,
the national days of the Gulf and South Asia, and an independence day named with its
country; with no country or month, the United States' day is taken and that is said.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from coach.coaching.dates import MONTHS, Core, Reader, year_of
from coach.coaching.festivals import (
    BAISAKHI,
    DIWALI,
    DURGA_PUJA,
    DUSSEHRA,
    EID_AL_ADHA,
    EID_AL_FITR,
    GANESH_CHATURTHI,
    HARI_RAYA_HAJI,
    HARI_RAYA_PUASA,
    HOLI,
    JANMASHTAMI,
    LUNAR_NEW_YEAR,
    MID_AUTUMN,
    NAVRATRI,
    ONAM,
    PONGAL,
    RAKSHA_BANDHAN,
    THAIPUSAM,
    VESAK,
    eid,
    orthodox_easter,
    ramadan,
)
from coach.coaching.fiscal import new_year
from coach.coaching.periods import Period, easter, nth_weekday, upcoming
from coach.coaching.tokens import words

__all__ = ["holiday"]

_Rule = Callable[[int], date | Period]


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
    ("day of goodwill", "no", _fixed(12, 26)),
    ("workers|workers'|worker's", "must", _fixed(5, 1)),
    ("reconciliation", "must", _fixed(12, 16)),
    ("human rights", "must", _fixed(3, 21)),
    ("madaraka", "must", _fixed(6, 1)),
    ("mashujaa", "must", _fixed(10, 20)),
    ("jamhuri", "must", _fixed(12, 12)),
    ("democracy", "must", _fixed(6, 12)),
    ("st stephen's|st stephens|saint stephen's", "must", _fixed(12, 26)),
    # days kept in Malaysia, Singapore, Hong Kong and the Caribbean; Canada's Family Day
    # (the third Monday of February, kept in Alberta, British Columbia, Ontario and
    # others) over South Africa's (Easter Monday), as Canada writes it more
    ("merdeka|hari merdeka|hari kebangsaan", "may", _fixed(8, 31)),
    ("malaysian national|malaysia national", "must", _fixed(8, 31)),
    ("malaysia|hari malaysia", "must", _fixed(9, 16)),
    ("singapore national|singapore's national|singaporean national", "must", _fixed(8, 9)),
    ("hksar|hksar establishment|hong kong sar establishment", "must", _fixed(7, 1)),
    ("emancipation", "must", _fixed(8, 1)),
    ("carnival monday", "no", _easter(-48)),
    ("carnival tuesday", "no", _easter(-47)),
    ("family", "must", _nth(2, 0, 3)),
    ("truth and reconciliation", "must", _fixed(9, 30)),
    (
        "st jean baptiste|saint jean baptiste|la saint jean baptiste|la st jean baptiste|"
        "st jean|saint jean|la saint jean|la st jean|fete nationale|fête nationale",
        "may",
        _fixed(6, 24),
    ),
    # festivals of other calendars, from the tables above
    (
        "chinese new year|chinese new years|chinese new year's|lunar new year|cny|spring festival",
        "may",
        LUNAR_NEW_YEAR,
    ),
    ("mid autumn festival|mooncake festival", "no", MID_AUTUMN),
    ("diwali|deepavali|divali", "no", DIWALI),
    ("holi", "no", HOLI),
    ("thaipusam", "no", THAIPUSAM),
    ("onam", "no", ONAM),
    ("vesak|wesak", "may", VESAK),
    ("eid al fitr|eid ul fitr|eid el fitr|eidul fitr", "no", EID_AL_FITR),
    ("eid al adha|eid ul adha|eid el adha|eidul adha|bakrid", "no", EID_AL_ADHA),
    (
        "hari raya|hari raya puasa|hari raya aidilfitri|hari raya aidil fitri|aidilfitri",
        "no",
        HARI_RAYA_PUASA,
    ),
    ("hari raya haji|hari raya aidiladha|hari raya aidil adha|aidiladha", "no", HARI_RAYA_HAJI),
    ("ramadan|ramadhan|ramzan", "no", ramadan),
    # round 11: India and its neighbours, from the tables above
    ("durga puja|durga pujo", "no", DURGA_PUJA),
    ("dussehra|dusshera|dussera|dasara|dashain|vijayadashami|vijaya dashami", "no", DUSSEHRA),
    ("navratri|navaratri|sharad navratri", "no", NAVRATRI),
    ("ganesh chaturthi|ganesh chathurthi|vinayaka chaturthi|ganeshotsav", "no", GANESH_CHATURTHI),
    ("raksha bandhan|rakhi", "no", RAKSHA_BANDHAN),
    ("janmashtami|krishna janmashtami", "no", JANMASHTAMI),
    ("pongal|thai pongal", "no", PONGAL),
    ("baisakhi|vaisakhi", "no", BAISAKHI),
    (
        "avurudu|sinhala new year|sinhala and tamil new year|sinhala tamil new year|"
        "tamil new year|puthandu|pohela boishakh|pohela baishakh|bengali new year",
        "no",
        _fixed(4, 14),
    ),
    # the Eids by other names: "bakra eid" and "big sallah" are Eid al-Adha, "choti eid",
    # "meethi eid" and "small sallah" Eid al-Fitr; "eid" or "sallah" alone the next of the two
    ("bakra eid|bakri eid|bakra id|eid ul azha|big sallah|eid al adha day", "no", EID_AL_ADHA),
    ("choti eid|chhoti eid|meethi eid|small sallah|eid ul fiter", "no", EID_AL_FITR),
    ("eid|sallah", "no", eid),
    # Easter and Christmas as the Coptic and Orthodox churches keep them
    ("coptic easter|orthodox easter|coptic orthodox easter", "no", orthodox_easter),
    ("coptic christmas|orthodox christmas|ethiopian christmas|genna", "no", _fixed(1, 7)),
    # national days of the Gulf, South Asia and Africa, each on a fixed day
    ("saudi national|ksa national|saudi arabia national", "must", _fixed(9, 23)),
    ("saudi founding", "must", _fixed(2, 22)),
    ("uae national|emirati national|eid al etihad", "must", _fixed(12, 2)),
    ("qatar national|qatari national", "must", _fixed(12, 18)),
    ("kuwait national|kuwaiti national", "must", _fixed(2, 25)),
    ("bahrain national|bahraini national", "must", _fixed(12, 16)),
    ("oman national|omani national", "must", _fixed(11, 20)),
    ("pakistan", "must", _fixed(3, 23)),
    # an independence day named with its country ("uganda independence day", "nigeria's
    # independence day"); without one, the month said after it, else the United States'
    *(
        (
            "|".join(f"{c} independence" for c in spaced.split("|")),
            "must",
            _fixed(month, day),
        )
        for spaced, month, day in (
            ("india|india's|indian", 8, 15),
            ("pakistan|pakistan's|pakistani", 8, 14),
            ("bangladesh|bangladesh's|bangladeshi", 3, 26),
            ("sri lanka|sri lanka's|sri lankan|lanka's|lankan", 2, 4),
            ("nigeria|nigeria's|nigerian|naija", 10, 1),
            ("ghana|ghana's|ghanaian", 3, 6),
            ("kenya|kenya's|kenyan", 12, 12),
            ("uganda|uganda's|ugandan", 10, 9),
            ("tanzania|tanzania's|tanzanian", 12, 9),
            ("philippine|philippines|philippines'|philippine's|filipino", 6, 12),
            ("us|u.s.|usa|america's|american|united states", 7, 4),
        )
    ),
    ("victory", "must", _fixed(12, 16)),
    ("vijay diwas|bijoy dibosh", "no", _fixed(12, 16)),
    ("international mother language", "must", _fixed(2, 21)),
    ("ekushey|ekushe|ekushey february|amar ekushey", "may", _fixed(2, 21)),
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
    "stall appeal drive raffle display window windows shift shifts jumper parade peak carol "
    "carols competition competitions pageant tableau"
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
    if r.text(i) == "cny" and r.toks[i - 1 : i] and r.toks[i - 1].kind == "num":
        return None  # "8000 CNY": the yuan, not the new year
    if day_word == "must" and r.text(j) != "day":
        return None
    if day_word in ("must", "may") and r.text(j) == "day":
        j += 1
    eve = r.text(j) == "eve" and day_word != "must"
    j += eve
    note = None
    if r.text(i) == "independence":
        rule, j, note = _independence(r, j, rule)
    country = r.text(j + 1) if r.text(j) == "(" and r.text(j + 2) == ")" else ""
    if r.text(i).startswith("thanksgiv") and country in ("canadian", "canada", "cdn"):
        rule, j = _nth(10, 0, 2), j + 3  # "thanksgiving (canadian)": Canada's own
    year, end = year_of(r, j)
    after = r.toks[end] if end < len(r.toks) else None
    if year is None and after is not None and after.kind == "word" and after.text in _THINGS:
        return None  # "the halloween show", "a christmas market": a kind of thing, not a day

    def make(y: int) -> Period:
        value = rule(y)
        if isinstance(value, Period):
            return value  # a month of its own (Ramadan)
        day = value - timedelta(days=eve)
        return Period(day, day, "holiday")

    if rule is eid and year is None:  # "before eid": whichever of the two comes next
        coming = (upcoming(_maker(each, eve), r.today, False) for each in _BOTH_EIDS)
        period = min((p for p in coming if p is not None), key=lambda p: p.end, default=None)
    else:
        period = make(year) if year is not None else upcoming(make, r.today, False)
    if period is None:
        return None
    return Core(i, end, period, "trigger" if year is None else "", note)


_BOTH_EIDS = (EID_AL_FITR, EID_AL_ADHA)


def _maker(rule: Callable[[int], date], eve: bool) -> Callable[[int], Period]:
    def make(y: int) -> Period:
        day = rule(y) - timedelta(days=eve)
        return Period(day, day, "holiday")

    return make


def _independence(r: Reader, j: int, rule: _Rule) -> tuple[_Rule, int, str | None]:
    """The independence day of the month said after it ("in oct", "15 aug", "on 1/10"
    is left to the date reader): its rule, the index after the month and None; a day and
    month said after it ("independence day, 4th feb") are that day. Else the United
    States' day, and the note that says so."""
    k = j + (r.text(j) in ("in", "on", ","))
    day = None
    if k < len(r.toks) and r.toks[k].kind == "num" and r.text(k).isdigit():
        day, k = int(r.text(k)), k + 1
        k += r.text(k) in ("st", "nd", "rd", "th") and r.toks[k].glued
        k += r.text(k) == "of"
    month = MONTHS.get(r.text(k)) if k < len(r.toks) else None
    if month is not None and day is not None:
        try:
            date(2000, month, day)  # a leap year: every day that can exist
        except ValueError:
            month = None
        else:
            return _fixed(month, day), k + 1, None
    if month is None or month not in _INDEPENDENCE:
        note = (
            '"independence day" read as the United States\' day, 4 July; for another '
            'country\'s, name it ("nigeria independence day") or its month'
        )
        return rule, j, note
    return _INDEPENDENCE[month], k + 1, None


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
        last = found[2](day.year - 1)
        if isinstance(last, Period):
            return None  # "last ramadan": a month, not a day
        before = last - timedelta(days=r.text(coming.end - 1) == "eve")
    elif (day.month, day.day) != (2, 29):
        before = day.replace(year=day.year - 1)
    else:
        return None
    if before >= r.today:
        return None
    return Core(i, coming.end, Period(before, before, "holiday"), "trigger")

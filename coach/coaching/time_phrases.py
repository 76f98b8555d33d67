"""Time phrases that are not deadlines: cadences, vague times, events of one's own life.

"twice a week", "every other month", "per shift" and "weekly" are rhythms; "someday",
"asap" and "in the coming months" are vague; "before my 40th", "by my next appraisal",
"before the baby comes", "wen my kids are older" and "by age 35" are tied to events
whose date coach cannot know. "no rush" and "no pressure" soften a date without
removing it. All functions take the tokens of :func:`coach.coaching.tokens.tokenize`.
"""

from __future__ import annotations

from coach.coaching.tokens import Token, number_value, words

__all__ = ["RHYTHM_UNITS", "cadences", "no_rush", "personal_event", "vague_times"]


def _seq(spaced: str) -> tuple[str, ...]:
    return tuple(spaced.split())


# --- cadences and vague times --------------------------------------------------------

RHYTHM_UNITS = words(
    "day week month quarter year fortnight semester term shift sprint weekend morning "
    "evening night weekday session cycle rotation monday tuesday wednesday thursday friday "
    "saturday sunday"
)
_RHYTHM_QUALIFIERS = words("other single working business school")
_MONTH_WORDS = words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_RHYTHM_ADVERBS = words(
    "daily weekly monthly quarterly yearly annually fortnightly biweekly nightly hourly "
    "bimonthly biannually semiannually"
)
_DAY_NAMES = words("monday tuesday wednesday thursday friday saturday sunday")
_PARTS_OF_DAYS = words("nights evenings mornings afternoons lunchtimes")
_NOT_BEFORE_A = words(
    "in within for than inside over under about around after by half and of to into from at "
    "just only roughly nearly almost least most"
)


def cadences(toks: list[Token]) -> list[tuple[int, int, str]]:
    """Rhythms ("twice a week", "every other month", "3x a week", "per shift", "weekly")."""
    out: list[tuple[int, int, str]] = []
    n = len(toks)
    i = 0
    while i < n:
        word = toks[i].text
        hi = 0
        if word in ("every", "each", "per"):
            j = i + 1
            j += toks[j].text in _RHYTHM_QUALIFIERS if j < n else 0
            num = number_value(toks, j)
            if num is not None and j < n and toks[j].text not in ("a", "an"):
                j = num[1]
            unit = toks[j].text if j < n else ""
            if unit in RHYTHM_UNITS or unit.rstrip("s") in RHYTHM_UNITS or unit in _MONTH_WORDS:
                hi = j + 1
        elif word in _RHYTHM_ADVERBS:
            hi = i + 1
        elif word in _DAY_NAMES and i + 1 < n and toks[i + 1].text in _PARTS_OF_DAYS:
            hi = i + 2  # "on friday nights", "sunday mornings": every week, not one day
        elif word in ("a", "an") and i + 1 < n and toks[i + 1].text in RHYTHM_UNITS:
            before = toks[i - 1].text if i else ""
            after = toks[i + 2].text if i + 2 < n else ""
            # "a week from monday" is a day; "3 clients a week from march" a rate that
            # starts in March
            month_after = (
                after == "from"
                and i + 3 < n
                and toks[i + 3].text in _MONTH_WORDS
                and (i + 4 >= n or toks[i + 4].kind != "num")  # "a week from march 3": a day
            )
            if (
                before
                and before not in _NOT_BEFORE_A
                and (after not in ("from", "and", "ago") or month_after)
            ):
                lo = i - 1 if before in ("once", "twice", "thrice", "times", "x") else i
                out.append((lo, i + 2, "cadence"))
                i += 2
                continue
        if hi:
            lo = i
            out.append((lo, hi, "cadence"))
            i = hi
            continue
        i += 1
    return out


_VAGUE: tuple[tuple[str, ...], ...] = tuple(
    _seq(p)
    for p in [
        "soon",
        "sooner or later",
        "asap",
        "someday",
        "some day",
        "eventually",
        "one day",
        "one of these days",
        "in the future",
        "in the near future",
        "at some point",
        "at some stage",
        "sometime",
        "some time",
        "in the long run",
        "in the long term",
        "long term",
        "longer term",
        "down the road",
        "down the line",
        "when i can",
        "when i'm ready",
        "when the time is right",
        "whenever",
        "before long",
        "over time",
        "in due course",
        "later on",
        "later",
        "in time",
        "in the coming weeks",
        "in the coming months",
        "in the coming years",
        "the coming weeks",
        "the coming months",
        "the coming years",
        "the next few weeks",
        "the next few months",
        "the next few years",
        "next few weeks",
        "next few months",
        "next few years",
        "in a few weeks",
        "in a few months",
        "in a few years",
        "within a few weeks",
        "within a few months",
        "within a few years",
        "a few months",
        "a few years",
        "a few weeks",
        "several months",
        "several years",
        "some years",
        "in the years ahead",
        "the months ahead",
        "in the next while",
        "at some time",
        "in a couple of years",
        "within a couple of years",
        "within the next couple of years",
        "in the next couple of years",
        "over the next couple of years",
        "the next couple of years",
        "a couple of years",
        "a couple years",
        "a month or two",
        "a week or two",
        "a year or two",
        "in a month or two",
        "in a week or two",
        "in a year or two",
        "within a month or two",
        "within a year or two",
        "two or three years",
        "two or three months",
        "a few days",
    ]
)
_VAGUE_FIRST = {seq[0] for seq in _VAGUE}
_VAGUE_BLOCK_AFTER = words("in before by next this during around soon")


def vague_times(toks: list[Token]) -> list[tuple[int, int, str]]:
    """Vague times ("soon", "someday", "in the coming months", "a few years")."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        if toks[i].text in _VAGUE_FIRST:
            best = 0
            for seq in _VAGUE:
                if len(seq) > best and tuple(t.text for t in toks[i : i + len(seq)]) == seq:
                    best = len(seq)
            word = toks[i].text
            after = toks[i + best].text if best and i + best < len(toks) else ""
            if best and word in ("sometime", "some") and after in _VAGUE_BLOCK_AFTER:
                best = 0
            if best and seq_is_span(toks, i, best):
                best = 0
            if best:
                out.append((i, i + best, "vague"))
                i += best
                continue
        i += 1
    return out


def seq_is_span(toks: list[Token], i: int, n: int) -> bool:
    """ "in one day" or "in time for" are not vague times."""
    first = toks[i].text
    before = toks[i - 1].text if i else ""
    after = toks[i + n].text if i + n < len(toks) else ""
    if first == "one" and before in ("in", "within", "for", "than", "a", "every", "each", "per"):
        return True
    if first == "in" and toks[i + 1].text == "time" and after == "for":
        return True
    return first == "later" and after in ("than", "this", "next", "in")


_NO_RUSH = (
    _seq("no rush"),
    _seq("no hurry"),
    _seq("no pressure"),
    _seq("not urgent"),
    _seq("no big rush"),
    _seq("not in a rush"),
    _seq("not in a hurry"),
    _seq("no need to rush"),
    _seq("take my time"),
    _seq("taking my time"),
    _seq("no stress"),
)


def no_rush(toks: list[Token]) -> tuple[int, int] | None:
    """Where the text says there is no hurry ("but no rush"), as character offsets."""
    texts = [t.text for t in toks]
    for i in range(len(texts)):
        for seq in _NO_RUSH:
            if tuple(texts[i : i + len(seq)]) == seq:
                return toks[i].start, toks[i + len(seq) - 1].end
    return None


# --- events of the person's own -----------------------------------------------------

_EVENT_TRIGGERS = words("by before until till til after when once ahead prior b4")
_OWNERS = words("my our his her their")
_EVENT_NOUNS = words(
    "birthday bday appraisal appraisals review reviews evaluation anniversary wedding "
    "graduation retirement probation contract visa lease leave sabbatical return move "
    "surgery residency rotation placement notice defense defence viva baby kids children "
    "son daughter partner husband wife semester term intake cohort merger reorg "
    "reorganisation reorganization cycle round renewal due check-in checkin 1:1 "
    "one-on-one mat maternity paternity parental deployment discharge transfer relocation "
    "funding tenure-review assessment next upcoming mid-year midyear year-end annual "
    "performance promotion bonus raise audit inspection accreditation busy season school "
    "year's children's kid's boss's manager's exams boards"
)
_STOP = words(", ; . ! ? ( ) and but so then or because while")
_SUBJECTS = words("i we i'm i've i'll we're we've im")
_AGE_WORDS = words("age aged turn turning turns")
_SEASON_NAMES = words("spring summer fall autumn winter")
_UNIT_WORDS = words("year month week quarter yr")


def _extent(toks: list[Token], j: int, most: int = 6) -> int:
    end = j
    while end < len(toks) and end - j < most and toks[end].text not in _STOP:
        if dated_on(toks, end):
            break  # "before my appraisal cycle closes on 30 sept": the event's own day
        end += 1
    return max(end, j + 1)


def dated_on(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` is "on" before a day ("on 30 sept", "on 13/1", "on sept 30")."""
    if k + 1 >= len(toks) or toks[k].text != "on":
        return False
    nxt = toks[k + 1]
    return nxt.kind in ("num", "date") or nxt.text in _MONTH_WORDS


def personal_event(toks: list[Token], i: int) -> int | None:
    """The end of an event-tied time phrase starting at token ``i``, or None.

    "before my 40th", "by my next appraisal", "before the baby comes", "when I
    graduate", "by the time I'm 35", "by age 35", "before 50", "until my contract ends".
    """
    n = len(toks)
    word = toks[i].text
    if word in _AGE_WORDS and i + 1 < n and toks[i + 1].kind == "num":
        return i + 2 if _age(toks[i + 1]) else None
    if word not in _EVENT_TRIGGERS:
        return None
    j = i + 1
    if word in ("ahead", "prior"):
        if j >= n or toks[j].text not in ("of", "to"):
            return None
        j += 1
    if j + 1 < n and toks[j].text == "the" and toks[j + 1].text == "time":
        said = [t.text for t in toks[j + 2 : j + 5]]
        if said[:1] == ["the"] and said[1:2] and said[1] in _UNIT_WORDS and said[2:] != []:
            return None  # "by the time the year is out": the year's end, a date
        return _extent(toks, j + 2) if j + 2 < n else None
    j += j < n and toks[j].text == "the" and j + 2 < n and toks[j + 1].text in ("end", "start")
    j += j < n and toks[j].text in ("end", "start") and j + 1 < n and toks[j + 1].text == "of"
    j += j < n and toks[j].text == "of"
    if j >= n:
        return None
    j += toks[j].text == "the" and j + 1 < n and toks[j + 1].text in _MONTH_WORDS
    head = toks[j].text
    if head in _MONTH_WORDS and _term_event(toks, j + 1):
        # "by may half term", "before the october break": a school's or a board's own
        # dates, which differ from place to place
        return j + 1 + _term_event(toks, j + 1)
    if head in _SUBJECTS:
        # "before i start", "when we move"; "by i" with nothing after it says no event
        return _extent(toks, j + 1) if j + 1 < n else None
    if head == "the" and j + 1 < n and toks[j + 1].text in _SEASON_NAMES:
        return None  # "before the summer season": the season itself, a date coach knows
    if head in _OWNERS or head == "the":
        for k in range(j + 1, min(j + 4, n)):
            text = toks[k].text
            if text in _STOP:
                break
            ordinal = head != "the" and toks[k].kind == "num" and _ordinal_after(toks, k)
            if text in _EVENT_NOUNS or ordinal:
                if head == "the" and text in ("next", "upcoming", "annual", "year", "performance"):
                    continue
                return _extent(toks, k, 4) if head != "the" else _extent(toks, k, 3)
        return None
    if head in ("age", "aged") and j + 1 < n and toks[j + 1].kind == "num":
        return j + 2
    if word in ("by", "before") and toks[j].kind == "num" and _age(toks[j]):
        after = toks[j + 1].text if j + 1 < n else ""
        if after in _STOP or after in ("", "years", "yrs", "yo", "y"):
            return j + 1 + (after in ("years", "yrs", "yo", "y"))
    return None


_TERM_EVENTS = (
    _seq("half term"),
    _seq("halfterm"),
    _seq("break"),
    _seq("recess"),
    _seq("reading week"),
    _seq("exams"),
    _seq("exam season"),
    _seq("intake"),
    _seq("resits"),
)


def _term_event(toks: list[Token], j: int) -> int:
    """How many tokens at ``j`` name a term's event after a month ("half term"), or 0."""
    for seq in _TERM_EVENTS:
        if tuple(t.text for t in toks[j : j + len(seq)]) == seq:
            return len(seq)
    return 0


def _age(tok: Token) -> bool:
    return tok.text.isdigit() and 16 <= int(tok.text) <= 99


def _ordinal_after(toks: list[Token], k: int) -> bool:
    """ "40th", "1st": a number with an ordinal ending (a birthday or an anniversary)."""
    return k + 1 < len(toks) and toks[k + 1].glued and toks[k + 1].text in ("st", "nd", "rd", "th")

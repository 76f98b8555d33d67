"""Finding the deadline of a goal in free text and resolving it to a date.

Everything is computed from the ``today`` passed in; nothing reads the clock.

How phrases resolve:

- Relative spans ("in 6 weeks", "within two years", "over the next three quarters",
  "for the next 4 months", "18 months from now", "until 3 years from now", "10 wks",
  "5 mos") add calendar time to today. "for a year" alone is a duration, not a date.
- A named period resolves to its last day: "by June 2028" is 2028-06-30, "in Q2 2027"
  is 2027-06-30, "by 2028" is 2028-12-31; likewise "this year", "next month", "EOY",
  "EOQ", "the end of next quarter", "this fiscal year" (the fiscal year follows the
  reading options, and the reading is said).
- "before" a named period means the day before that period starts ("before 2028" is
  2027-12-31); "before" a written date is the day before it ("before 1/9" is 31
  August); "before the end of" a period keeps the period's last day.
- Without a year, a month, quarter, half, season or holiday means the next one that has
  not ended yet ("by March" is the coming March 31, "by thanksgiving" the coming one);
  "next March", "next fall" are next year's. Spanish month names count ("diciembre").
- Weekdays: "by friday" is the next Friday to come (said on a Friday, next week's);
  "this friday" may be today; "next friday" is the Friday of next week; "by last
  friday" the one just gone; "the last friday of january" that day.
- "start/beginning of" is the first day; "mid" is the middle (mid-year is June 30);
  "early" is March 31 of a year or the 10th of a month; "late" and "end of" the last day.
- All-numeric dates: year first is ISO; otherwise the reading options' date order
  decides (dots as slashes do), and when both readings are real days the one taken
  is said. A day that does not exist ("31 April") gives no date, and the reason asks
  which day was meant.
- A date that is negated ("not before April") or replaced ("planned for January, now
  it's June", "in July, it was going to be February", "was 2027 now 2028", "by Friday,
  scratch that, by the 20th") is not the deadline. Of the rest, the latest is.
- Halves and quarters written number first ("by 1H28", "in 3Q27", "end of 2H") after a
  word that introduces a deadline; "takes 1h30" and "in 2h" are times.
- A holiday is a day: "by mother's day" is that day, "before" it the day before; "by
  new years" is 1 January ("till" it, 31 December). Festivals of other calendars
  ("before CNY", "by Hari Raya", "by Diwali") come from tables of their days. "the 2028
  cohort", "Q1 journals", "christmas peak" name a kind of thing, not a day.
- "after easter" and "i dont want to start before april" are only when the goal may
  begin (no deadline); "starting in 90 days" is when it begins, which stands as its
  date when nothing else is said, unless the goal is a way of working ("remote from
  january": had from then on, nothing due). "after the conference in may" dates the
  event after which the goal may begin: no deadline either. "by then", "within 2 years
  of that" and "by the summer after" count from the date said before them.
- Events of the person's own ("before my 40th", "by my next appraisal", "before the
  baby comes", "by age 35") have no date coach can know: no deadline, and the mention
  is kept so the suggestion can ask for the date. Cadences ("twice a week") and vague
  times ("soon", "in the coming months") resolve to nothing either.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from coach.coaching.dates import UNITS, Core, Reader
from coach.coaching.named_periods import NAMED_READERS
from coach.coaching.periods import year_period
from coach.coaching.reading import DEFAULT_READING, ReadingOptions
from coach.coaching.references import pointing_back
from coach.coaching.resolving import START, accepts, resolve, strict
from coach.coaching.signals import Trigger, negated, per_item, replaced_before, trigger_before
from coach.coaching.splitting import split_goal
from coach.coaching.time_phrases import cadences, dated_on, personal_event, vague_times
from coach.coaching.tokens import Token, normalize, tokenize, words
from coach.coaching.written_dates import WRITTEN_READERS, read_numeric

__all__ = [
    "DeadlineMatch",
    "TimeMention",
    "deadline_matches",
    "find_deadline",
    "find_deadline_match",
    "goal_spans",
    "mentions_in",
    "normalize",
    "pick_deadline",
    "time_mentions",
]


class DeadlineMatch(NamedTuple):
    """A deadline phrase: where it sits in the text, the words used and the date.

    ``note`` says what coach assumed to read it, if anything.
    """

    start: int
    end: int
    phrase: str
    date: date
    note: str | None = None


class TimeMention(NamedTuple):
    """Any mention of time in a goal, with what it is to the goal.

    ``role``: "deadline"; "start" (when it begins: "starting in January"); "earliest" (a
    lower bound only: "after June", "no earlier than May");
    "negated" ("not in March"); "replaced" (a date the text takes back); "limit" (a span
    for each of many: "answer every request within 20 days"); "impossible" (a day that
    does not exist: no date, and ``note`` says so); "personal" (an event of the person's
    own: no date); "cadence" ("twice a week"); "vague" ("soon"). ``date`` is set for the
    first six.
    """

    start: int
    end: int
    phrase: str
    role: str
    date: date | None = None
    note: str | None = None

    def as_match(self) -> DeadlineMatch:
        assert self.date is not None
        return DeadlineMatch(self.start, self.end, self.phrase, self.date, self.note)


_ANCHORS = frozenset({"deadline", "start", "earliest", "personal", "impossible"})


def time_mentions(
    text: str, today: date, options: ReadingOptions = DEFAULT_READING
) -> list[TimeMention]:
    """Every mention of time in ``text``, in text order (see :class:`TimeMention`)."""
    return mentions_in(text, tokenize(normalize(text)), today, options)


def mentions_in(
    text: str, toks: list[Token], today: date, options: ReadingOptions
) -> list[TimeMention]:
    """:func:`time_mentions` for a text already split into ``toks``."""
    r = Reader(toks, today, options)
    found: list[TimeMention] = []
    taken = [False] * len(toks)
    for lo, hi, role in (*cadences(toks), *vague_times(toks)):
        found.append(_mention(text, toks, lo, hi, role))
        for k in range(lo, hi):
            taken[k] = True
    i, floor = 0, 0
    dated_event: tuple[int, int] | None = None  # a personal event followed by "on <day>"
    while i < len(toks):
        if taken[i]:
            i += 1
            floor = i
            continue
        event = personal_event(toks, i)
        if event is not None:
            found.append(_mention(text, toks, i, event, "personal"))
            dated_event = (i, event) if dated_on(toks, event) else None
            i = floor = event
            continue
        core = _read(r, i)
        if core is None or any(taken[core.start : core.end]):
            i += 1
            continue
        trig = trigger_before(toks, core.start, floor)
        if trig is None and _range_end(toks, core.start, floor, found):
            trig = Trigger(core.start - 1, "until", None, False, "to")  # "from march to may"
        if trig is not None and trig.word == "on" and dated_event and dated_event[1] == trig.start:
            # "before my appraisal cycle closes on 30 sept": the day dates the event, so it
            # is no longer one coach cannot know; "before" it is the day before
            first = dated_event[0]
            found.pop()
            if toks[first].text in ("before", "b4", "ahead", "prior"):
                trig = Trigger(first, "before", trig.mod, False, "before the event on")
            else:
                trig = Trigger(first, trig.word, trig.mod, False, trig.raw)
        elif trig is not None and trig.word == "on":
            trig = _before_event(toks, trig, floor)
        elif trig is None:  # "before the account goes live 1/15": the day before it
            ahead = _before_event(toks, Trigger(core.start, None, None, False), floor)
            trig = ahead if ahead.word == "before" else None
        lo = trig.start if trig else core.start
        t_word, mod = (trig.word, trig.mod) if trig else (None, None)
        if not accepts(r, core, trig):
            i += 1
            continue
        if core.value is None:
            found.append(_mention(text, toks, lo, core.end, "impossible", None, core.note))
            i = floor = core.end
            continue
        core = strict(core, r, t_word, mod)
        try:
            day = resolve(core, t_word, mod)
        except (ValueError, OverflowError):
            i += 1
            continue
        role = "deadline"
        if negated(toks, lo, floor):
            role = "negated"
        elif (
            t_word == "after"
            or (t_word == "before" and _denied_before(toks, lo, floor))
            or (t_word in ("in", "on") and _after_event(toks, lo, floor))
        ):
            # "after easter", "don't want to start before january": when it may begin at
            # the earliest, not when it is due
            role = "earliest"
        elif t_word in START:
            role = "start"
        elif t_word in ("within", "in") and core.needs == "span" and per_item(toks, lo, floor):
            role = "limit"
        found.append(_mention(text, toks, lo, core.end, role, day, core.note))
        i = floor = core.end
    found.sort(key=lambda m: m.start)
    dated = [
        (_first_token(toks, m), m.date, UNITS.get(m.phrase.split()[-1].lower(), ""))
        for m in found
        if m.role == "deadline" and m.date
    ]
    # the deadlines that name a day ("13/1/2029", "30 sept"): "before then" is the day before
    days = frozenset(_first_token(toks, m) for m in found if m.role == "deadline" and _a_day(m))
    for lo, hi, day in pointing_back(toks, dated, today, days):
        if not any(m.start <= toks[lo].start < m.end for m in found):
            found.append(_mention(text, toks, lo, hi, "deadline", day))
    found.sort(key=lambda m: m.start)
    return _mark_replaced(found, toks, text)


def _points_back(m: TimeMention) -> bool:
    """A deadline said by pointing back: "by then", "before that"."""
    said = m.phrase.lower().split()
    return len(said) == 2 and said[1] in ("then", "that")


def _a_day(m: TimeMention) -> bool:
    """Whether a mention names one day: a numeric date, or a day of the month said."""
    said = m.phrase.replace("/", " ").replace("-", " ").split()
    return any(w.isdigit() and 1 <= int(w) <= 31 for w in said) or any(
        w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th") for w in said
    )


def _before_event(toks: list[Token], trig: Trigger, floor: int) -> Trigger:
    """ "before the CPAT on november 13", "before the account goes live 1/15": the date is
    the event's, so the goal is due the day before it."""
    for k in range(trig.start - 1, max(floor, trig.start - 5) - 1, -1):
        word = toks[k].text
        if word in (",", ";", ".", "and", "then", "by"):
            break
        if word in ("before", "b4", "ahead") and toks[k + 1].text in ("the", "my", "our", "of"):
            return Trigger(k, "before", trig.mod, False, "before the event on")
    return trig


def _after_event(toks: list[Token], lo: int, floor: int) -> bool:
    """Whether the date at ``lo`` dates an event said after "after" in its clause ("step
    down after the 2028 conference in may"): then it is the earliest, as "after may" is."""
    for k in range(lo - 1, max(floor, lo - 6) - 1, -1):
        word = toks[k].text
        if word in (",", ";", ".", "and", "but", "then", "by", "before"):
            return False
        if word == "after" and toks[k + 1].text in ("the", "my", "our"):
            return True
    return False


_DENYING = words("dont don't not never won't wont cant can't cannot")


def _denied_before(toks: list[Token], lo: int, floor: int) -> bool:
    """Whether a "before" at ``lo`` is denied earlier in its clause ("i dont want to
    start welding school before january"), so the date is the earliest, as in "not
    before january"."""
    for k in range(lo - 1, max(floor, lo - 10) - 1, -1):
        word = toks[k].text
        if word in (",", ";", ".", "and", "but", "then"):
            return False
        if word in _DENYING:
            return True
    return False


def _first_token(toks: list[Token], m: TimeMention) -> int:
    return next(k for k, t in enumerate(toks) if t.start >= m.start)


def _range_end(toks: list[Token], c: int, floor: int, found: list[TimeMention]) -> bool:
    """Whether the date at token ``c`` ends a range right after a start ("from march to
    may", "pushed back from 2027 to 2028"): "to" then reads as "until"."""
    if c - 1 != floor or c < 1 or toks[c - 1].text != "to" or not found:
        return False
    return found[-1].role == "start" and found[-1].end <= toks[c - 1].start


_READERS = (*NAMED_READERS[:10], *WRITTEN_READERS, *NAMED_READERS[10:])


def _read(r: Reader, i: int) -> Core | None:
    """The longest time expression starting at token ``i``, or None."""
    try:
        if r.toks[i].kind == "date":
            return read_numeric(r, i)
        best: Core | None = None
        for reader in _READERS:
            found = reader(r, i)
            if found is not None and (best is None or found.end > best.end):
                best = found
        if best is None and r.year_at(i) is not None:
            end = i + 1 + (r.text(i + 1) == "year")  # "until 2028 year"
            return Core(i, end, year_period(int(r.toks[i].text)), "year")
        return best
    except (ValueError, OverflowError):
        return None


def _mention(
    text: str,
    toks: list[Token],
    lo: int,
    hi: int,
    role: str,
    day: date | None = None,
    note: str | None = None,
) -> TimeMention:
    start, end = toks[lo].start, toks[hi - 1].end
    return TimeMention(start, end, text[start:end], role, day, note)


def _mark_replaced(found: list[TimeMention], toks: list[Token], text: str) -> list[TimeMention]:
    """A dated mention the text takes back later ("planned for May, now June") is replaced."""
    dated = [m for m in found if m.date is not None and m.role in ("deadline", "start", "earliest")]
    out: list[TimeMention] = []
    for m in found:
        if m in dated and replaced_before(toks, text, m, dated):
            m = TimeMention(m.start, m.end, m.phrase, "replaced", m.date, m.note)
        out.append(m)
    return out


def pick_deadline(mentions: list[TimeMention], starts: bool = True) -> TimeMention | None:
    """The deadline among one goal's mentions: the latest dated deadline (one said with
    "by", "before" or "until" over one said with "for"), else a start (unless ``starts``
    is False: a way of working "from january" begins then, with nothing due)."""
    deadlines = [m for m in mentions if m.role == "deadline"]
    # "book 6 weddings for next year by the end of june": "for" says what the work is
    # for; a date with a firmer word ("by", "before", "until") is when it is due.
    # A bare year ("clear UPSC prelims 2029 ... by sep end") names the sitting; a date
    # said with a word gives the day.
    firm = [
        m for m in deadlines if not m.phrase.lower().startswith("for ") and not m.phrase.isdigit()
    ]
    deadlines = firm or deadlines
    # "registration closes 13/1/2029, finish it before that": the goal is due when "before
    # that" says, the date it points at being the scene
    deadlines = [m for m in deadlines if _points_back(m)] or deadlines
    rate = any(m.role == "cadence" and " " in m.phrase.strip() for m in mentions)
    if not deadlines and not rate and starts:
        # "begin the course starting in 60 days" is due when it starts, and so is "host a
        # monthly meetup starting in january"; "apply to 2 jobs a week starting monday"
        # only says when a rate of work begins
        deadlines = [m for m in mentions if m.role == "start"]
    if not deadlines:
        return None
    return max(deadlines, key=lambda m: (m.date or date.min, m.start))


def deadline_matches(
    text: str, today: date, options: ReadingOptions = DEFAULT_READING
) -> list[DeadlineMatch]:
    """Every phrase of ``text`` that reads as a deadline, first in the text first."""
    return [m.as_match() for m in time_mentions(text, today, options) if m.role == "deadline"]


def token_span(toks: list[Token], m: TimeMention) -> tuple[int, int]:
    """The tokens ``[lo, hi)`` a mention covers."""
    lo = next((i for i, t in enumerate(toks) if t.start >= m.start), len(toks))
    hi = next((i for i, t in enumerate(toks) if t.start >= m.end), len(toks))
    return lo, hi


def goal_spans(toks: list[Token], mentions: list[TimeMention]) -> list[tuple[int, int]]:
    """The token spans of the goals a line holds (see :func:`split_goal`)."""
    # "registration closes 13/1/2029, finish it before that": the date pointed back at is
    # the scene of the goal after it, which has no date of its own
    anchors = [token_span(toks, m) for m in mentions if m.role in _ANCHORS and not _points_back(m)]
    return split_goal(toks, anchors)


def find_deadline_match(
    text: str, today: date, options: ReadingOptions = DEFAULT_READING
) -> DeadlineMatch | None:
    """The deadline of the statement, or None when it has no knowable date.

    A line holding several goals is due when its last goal is; it has no deadline when
    any of its goals has none.
    """
    toks = tokenize(normalize(text))
    if not toks:
        return None
    mentions = mentions_in(text, toks, today, options)
    picks: list[TimeMention | None] = []
    for lo, hi in goal_spans(toks, mentions):
        start, end = toks[lo].start, toks[hi - 1].end
        picks.append(pick_deadline([m for m in mentions if start <= m.start < end]))
    if not picks or any(p is None for p in picks):
        return None
    latest = max((p for p in picks if p is not None), key=lambda m: m.date or date.min)
    return latest.as_match()


def find_deadline(text: str, today: date, options: ReadingOptions = DEFAULT_READING) -> date | None:
    """The date of :func:`find_deadline_match`, or None."""
    match = find_deadline_match(text, today, options)
    return match.date if match else None


def read_day(text: str, today: date, options: ReadingOptions = DEFAULT_READING) -> date | None:
    """A day typed as YYYY-MM-DD or in words ("end of 2027", "next friday"), or None.

    The one reader of a typed day for every front end (a deadline, a next check)."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return find_deadline(text, today, options)

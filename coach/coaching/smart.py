"""The SMART assessment of a goal written in free text.

Specific, Measurable and Time-bound are judged from the words; Achievable and
Realistic depend on the person's circumstances, so they are never judged here
(``ok is None``) and come back as the questions the method asks instead.
A line holding several goals is split, each part is judged and dated on its own, and
the whole is met on a criterion only when every part is. Every reason quotes the
words it rests on; whatever coach assumed to read a date is listed in
``assumptions``. Pure: no IO, no clock; every date comes from the ``today`` passed in.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from coach.coaching import advice
from coach.coaching.activities import (
    contest,
    field_entered,
    field_reason,
    hired,
    ongoing_work,
    posted,
)
from coach.coaching.attainment import attained
from coach.coaching.bare_goals import destination, done_thing, no_verb
from coach.coaching.counts import Finding
from coach.coaching.deadlines import TimeMention, goal_spans, mentions_in, pick_deadline
from coach.coaching.fields import Field, field_of_words, samples_for
from coach.coaching.levels import reads_as_aspiration, someday
from coach.coaching.measures import GoalWords
from coach.coaching.objects import AGENT_ENDINGS
from coach.coaching.reading import DEFAULT_READING, ReadingOptions
from coach.coaching.splitting import action_at
from coach.coaching.time_phrases import no_rush
from coach.coaching.tokens import Token, normalize, tokenize, words
from coach.coaching.work_terms import condition_of_work, condition_reason

__all__ = ["CRITERIA", "Assessment", "Part", "Verdict", "assess"]

_UNMASKED = frozenset({"cadence", "limit"})
CRITERIA: tuple[str, ...] = ("specific", "measurable", "achievable", "realistic", "time_bound")
JUDGED: tuple[str, ...] = ("specific", "measurable", "time_bound")


class Verdict(NamedTuple):
    """One criterion: met (True), not met (False) or only the person can tell (None)."""

    ok: bool | None
    reason: str
    suggestion: str

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "reason": self.reason, "suggestion": self.suggestion}


class Part(NamedTuple):
    """One goal of a line that holds several: its words (as typed), verdicts and deadline."""

    text: str
    start: int
    end: int
    specific: Verdict
    measurable: Verdict
    time_bound: Verdict
    deadline: date | None
    found: GoalFindings

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        for name in JUDGED:
            out[name] = getattr(self, name).to_json()
        out["deadline"] = self.deadline.isoformat() if self.deadline else None
        return out


class GoalFindings(NamedTuple):
    """What the readers found in one goal, for the wizard to prefill and draft from."""

    named: str | None  # the concrete object, as typed ("charge nurse on 4 West")
    counted: str | None  # the countable target, as typed ("6 workshops")
    outcome: str | None  # the done-or-not outcome, as typed ("promoted to team lead")
    blur: str | None  # a vague verb that keeps it from being specific ("get better at")
    deadline_phrase: str | None
    personal: str | None  # an event of the person's own that stands in for a date
    action: str | None  # what the person will do, as typed ("pass the board exam")


class Assessment(NamedTuple):
    """The five verdicts for one goal text, its deadline, and what coach assumed.

    ``parts`` is empty for a single goal; for a line with several goals it holds one
    :class:`Part` each. ``aspiration`` says why the text reads as an aspiration (or is
    None). ``field`` is the id of the field of work the text reads as, if any.
    ``found`` is what the readers found in the (first) goal, for the wizard to prefill.
    """

    text: str
    specific: Verdict
    measurable: Verdict
    achievable: Verdict
    realistic: Verdict
    time_bound: Verdict
    deadline: date | None
    assumptions: tuple[str, ...] = ()
    parts: tuple[Part, ...] = ()
    aspiration: str | None = None
    field: str | None = None
    found: GoalFindings | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        for name in CRITERIA:
            verdict: Verdict = getattr(self, name)
            out[name] = verdict.to_json()
        out["deadline"] = self.deadline.isoformat() if self.deadline else None
        out["assumptions"] = list(self.assumptions)
        out["parts"] = [p.to_json() for p in self.parts]
        out["aspiration"] = self.aspiration
        out["field"] = self.field
        return out

    @property
    def missing(self) -> list[str]:
        """Names of the criteria that are plainly not met, in SMART order."""
        return [name for name in CRITERIA if getattr(self, name).ok is False]

    @property
    def met(self) -> bool:
        """True when specific, measurable and time-bound are all met."""
        return all(getattr(self, name).ok for name in JUDGED)


def _part(
    text: str,
    toks: list[Token],
    lo: int,
    hi: int,
    mentions: list[TimeMention],
    today: date,
    relaxed: str | None,
    field: Field,
    far_off: bool = False,
) -> Part:
    # A text of marks alone ("-") has no tokens: it is judged as one empty goal.
    start, end = (toks[lo].start, toks[hi - 1].end) if lo < hi else (0, len(text))
    mine = [m for m in mentions if start <= m.start < end]
    masked = [False] * len(toks)
    for k, tok in enumerate(toks):
        masked[k] = not (start <= tok.start < end) or any(
            m.start <= tok.start < m.end for m in mine if m.role not in _UNMASKED
        )
    goal = GoalWords(toks, masked, text)
    typed = " ".join(text[start:end].split())
    named, count, outcome = goal.specific(), goal.count(), goal.outcome()
    won = contest(goal) if named is None or outcome is None else None
    if won is not None:  # "win a latte art throwdown", "qualify for boston"
        named, outcome = named or won, outcome or won
    unread = outcome is None  # no word of the lists was read as a thing done or not
    if outcome is None and count is None:
        outcome = goal.move_out_or_back() or hired(goal)
    ongoing = ongoing_work(goal) if count is None else None
    if named is None and outcome is None and count is None:
        named, outcome = done_thing(goal, toks, lo, hi, mine) or (None, None)
    if named is None and count is None and (post := posted(goal)) is not None:
        named, outcome = post, outcome or post  # "get posted as tehsildar"
    if count is None and unread and goal.blurring_verb() is None:
        # "get my guard card", "fill out the fafsa": a thing had or not, known word or not
        # (and "get my cpr renewed": a skill's paper, had or not)
        got = attained(goal, lo, hi)
        if got is not None and got.kind == "count":  # "save 1500 for rent", "make 300"
            named, count = named or got, got
        else:
            named, outcome = named or got, outcome or got
    terse = any(m.role == "deadline" for m in mine) and no_verb(toks, lo, hi, mine)
    if (far_off or terse) and named is None and outcome is None and count is None:
        # "fly for a major airline one day": a destination, reached or not, even when
        # no word of it is one coach knows; a vague verb or a blurred object still counts.
        # So is a thing named with a date and no verb at all ("flight medic in 18 months").
        named = outcome = destination(goal, lo, hi, alone=terse)
        if terse and named and goal.quote(named).lower().endswith(AGENT_ENDINGS):
            named = outcome = named._replace(kind="role")  # "flight medic": who, by what they do
        elif terse and not far_off and named:
            named = outcome = named._replace(kind="attained")  # "cpc by xmas": a thing to have
    if count is None and lo < hi and lo > 0 and toks[lo].kind == "num":
        # "... 12 new accounts in q1 and 15 in q2": a number standing for the count before
        count = Finding("count", toks[lo].start, toks[lo].end)
        named = named or count
    rhythm = next((m for m in mine if m.role in ("cadence", "limit")), None)
    if count is None and rhythm is not None and rhythm.role == "limit":
        # "reply to every message within 24 hours": a standard met or missed each time.
        count = Finding("limit", rhythm.start, rhythm.end)
        named = named or count
    elif count is None and rhythm is not None and named is not None:
        # A concrete action on a rhythm can be ticked off each time.
        count = Finding(rhythm.role, named.start, max(named.end, rhythm.end))
    condition = condition_of_work(goal, lo, hi, broad=not far_off)
    entered = field_entered(goal) if condition is None and not far_off else None
    if condition is not None or entered is not None:
        # "get off nights", "get into cyber": had or not, but no role or result named
        named, count, outcome = None, None, condition or entered
    blur = goal.blurring_verb() if named is None and condition is None and entered is None else None
    spec = _specific(goal, named, blur, typed, field)
    if condition is not None:
        spec = spec._replace(reason=condition_reason(goal.quote(condition)))
    elif entered is not None:
        spec = spec._replace(reason=field_reason(goal.quote(entered)))
    if ongoing is not None:  # "help with the rollout": work kept up, with no finish line
        meas = _measurable(goal, None, None, named, ongoing, field)
    else:
        meas = _measurable(goal, count, outcome, named, blur, field)
    # "a 4 day week starting 2028", "job share from january": a way of working that begins
    # then is had from that day on, not reached by it, so its start is no deadline
    chosen = pick_deadline(mine, starts=condition is None)
    ok, reason, suggestion = advice.time_bound_text(chosen, mine, today, relaxed)
    personal = next((m.phrase for m in mine if m.role == "personal"), None)
    found = GoalFindings(
        goal.quote(named) if named else None,
        goal.quote(count) if count else None,
        goal.quote(outcome) if outcome else None,
        blur,
        chosen.phrase if chosen else None,
        personal,
        goal.action(thing) if (thing := outcome or named) else None,
    )
    return Part(
        text=text[start:end],
        start=start,
        end=end,
        specific=spec,
        measurable=meas,
        time_bound=Verdict(ok, reason, suggestion),
        deadline=chosen.date if chosen else None,
        found=found,
    )


def _carried(
    part: Part,
    before: Part,
    toks: list[Token],
    lo: int,
    lo_before: int,
    today: date,
    options: ReadingOptions,
) -> Part:
    """A later goal that leans on the one before it: "pass CompTIA A+ by august and
    Network+ by november" (no verb of its own: the one before is meant), "get my phd
    funded, then finish it in 3.5 years" ("it" is what was named before). It is judged
    with those words put back, and its reasons say which words were read so."""
    if part.specific.ok:
        return part
    verb = action_at(toks, lo)
    if verb is None:
        shared = action_at(toks, lo_before)
        if shared is None or toks[lo].text in _NOT_CARRIED:
            return part
        said, why = toks[shared].text, f'Read with "{toks[shared].text}" from the goal before'
        words_from = toks[lo].start
    elif toks[verb + 1 : verb + 2] and toks[verb + 1].text in _POINTING and before.found.named:
        head, _, last = before.found.named.rpartition(" ")
        meant = head if head and last.endswith("ed") else before.found.named  # "phd funded"
        said = f"{toks[verb].text} {meant}"
        why = f'Reads "{toks[verb + 1].text}" as "{meant}" from the goal before'
        words_from = toks[verb + 1].end
    else:
        return part
    reread = assess(f"{said} {part.text[words_from - part.start :]}", today, options)
    if reread.parts or not reread.specific.ok:
        return part
    found = part.found._replace(
        named=reread.found.named if reread.found else None,
        counted=reread.found.counted if reread.found else None,
        outcome=reread.found.outcome if reread.found else None,
    )
    return part._replace(
        specific=reread.specific._replace(reason=f"{why}: {reread.specific.reason}"),
        measurable=reread.measurable._replace(reason=f"{why}: {reread.measurable.reason}"),
        found=found,
    )


_POINTING = words("it that them this")
_COUNTS_YEARS = words("years yrs yr decade decades")
_NOT_CARRIED = words("i we he she they you it this that there")


def _specific(
    goal: GoalWords, named: Finding | None, blur: str | None, typed: str, field: Field
) -> Verdict:
    reason, suggestion = advice.specific_text(
        named, goal.quote(named) if named else "", blur, typed, field
    )
    return Verdict(named is not None, reason, suggestion)


def _measurable(
    goal: GoalWords,
    count: Finding | None,
    outcome: Finding | None,
    named: Finding | None,
    blur: str | None,
    field: Field,
) -> Verdict:
    # A count is quoted before an outcome it follows, except a measure's own number
    # ("cut p95 latency from 450ms to 120ms" counts, the metric alone would not).
    earlier = outcome is None or (count is not None and count.start <= outcome.start)
    measure = outcome is not None and outcome.kind == "metric"
    counted = count if count is not None and (earlier or measure) else None
    done = outcome if counted is None else None
    reason, suggestion = advice.measurable_text(
        goal.quote(counted) if counted else None,
        goal.quote(done) if done else None,
        goal.quote(named) if named else None,
        blur,
        field,
    )
    return Verdict(counted is not None or done is not None, reason, suggestion)


def _combine(name: str, parts: list[Part]) -> Verdict:
    verdicts: list[Verdict] = [getattr(p, name) for p in parts]
    ok = all(v.ok for v in verdicts)
    failing = [(p, v) for p, v in zip(parts, verdicts, strict=True) if not v.ok]
    if ok:
        reason = " ".join(f"Part {i}: {v.reason}" for i, v in enumerate(verdicts, start=1))
        return Verdict(True, reason, verdicts[-1].suggestion)
    part, verdict = failing[0]
    index = parts.index(part) + 1
    return Verdict(
        False, f'Part {index} ("{part.text.strip()}"): {verdict.reason}', verdict.suggestion
    )


def assess(text: str, today: date, options: ReadingOptions = DEFAULT_READING) -> Assessment:
    """Judge ``text`` against the SMART criteria as of ``today``.

    Raises ValueError when ``text`` is empty or only whitespace.
    """
    if not text or not text.strip():
        raise ValueError("a goal needs some text to assess")
    toks = tokenize(normalize(text))
    mentions = mentions_in(text, toks, today, options)
    spans = goal_spans(toks, mentions)
    rush = no_rush(toks)
    relaxed = text[rush[0] : rush[1]] if rush else None
    seq = [t.text for t in toks if t.kind != "mark"]
    field_id = field_of_words(seq)
    samples = samples_for(field_id)
    far_off = len(spans) == 1 and someday(seq)
    parts = [
        _part(text, toks, lo, hi, mentions, today, relaxed, samples, far_off) for lo, hi in spans
    ]
    for k in range(1, len(parts)):
        parts[k] = _carried(
            parts[k], parts[k - 1], toks, spans[k][0], spans[k - 1][0], today, options
        )
    if len(parts) == 1:
        one = parts[0]
        specific, measurable, time_bound = one.specific, one.measurable, one.time_bound
        deadline = one.deadline
    else:
        specific, measurable, time_bound = (_combine(n, parts) for n in JUDGED)
        dates = [p.deadline for p in parts]
        deadline = None if any(d is None for d in dates) else max(d for d in dates if d)
    used = [m for m in mentions if m.note and m.role in ("deadline", "impossible")]
    assumptions = tuple(dict.fromkeys(m.note for m in used if m.note))
    first = parts[0].found
    thing = first.action
    timed = any(m.role != "cadence" for m in mentions)
    phrase = first.deadline_phrase if len(parts) == 1 else None
    years = phrase if phrase and _COUNTS_YEARS & set(phrase.lower().split()) else None
    aspiration = reads_as_aspiration(
        seq, deadline, today, has_target=first.counted is not None, timed=timed, counted_in=years
    )
    return Assessment(
        text=text,
        specific=specific,
        measurable=measurable,
        achievable=Verdict(
            None,
            "Only you can judge this: it depends on obstacles the text cannot show.",
            advice.achievable_text(deadline, today, thing, relaxed is not None),
        ),
        realistic=Verdict(
            None,
            advice.realistic_text(deadline, today),
            "Check that the timeline is within reach, decide what you will let go of to make "
            "room for it, and say how this goal moves you towards your aspiration.",
        ),
        time_bound=time_bound,
        deadline=deadline,
        assumptions=assumptions,
        parts=tuple(parts) if len(parts) > 1 else (),
        aspiration=aspiration,
        field=field_id,
        found=first,
    )

"""The lexicon behind the Specific and Measurable checks.

A goal is *specific* when it names a concrete object: a role, a skill, a degree or
certification, a deliverable, a place or employer, an award, a membership, or a count.
It is *measurable* when it states a countable target (a number with what it counts, a
percentage, an amount of money, a multiple, a frequency) or an outcome that is plainly
done or not done with a named object ("promoted to senior engineer", "pass the CPA
exam", "launch the mobile app", "move to Berlin", "get promoted").

Vague verbs ("improve", "work on", "learn", "grow", "be more") never make an outcome
countable, and vague adjectives ("a better manager", "a strong portfolio") blur it.
Functions here take the text already passed through ``deadlines.normalize`` (same
offsets as the original) with deadline phrases blanked out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.coaching.periods import NUMBER_WORD_RE, words


@dataclass(frozen=True)
class Finding:
    """One thing the lexicon recognised: its kind and where it sits in the text."""

    kind: str
    start: int
    end: int


def _alt(spaced: str) -> str:
    return "|".join(sorted(words(spaced), key=len, reverse=True))


_NUM = rf"(?:[0-9][0-9,]*(?:\.[0-9]+)?|(?!one\b){NUMBER_WORD_RE})"
_COUNTS = tuple(
    re.compile(p)
    for p in (
        r"[$€£¥]\s?[0-9][0-9,.]*(?:\s*(?:k|m|bn|million|thousand|billion)\b)?",
        r"\b[0-9][0-9,.]*\s*(?:k|m|bn|million|thousand|billion)\b",
        r"\b[0-9][0-9,.]*\s*(?:dollars|euros|pounds|usd|eur|gbp|chf|yen)\b",
        r"\b(?:five|six|seven|eight)\s+figures?\b",
        rf"\b(?:[0-9]+(?:\.[0-9]+)?\s*|{NUMBER_WORD_RE}\s+)(?:%|percent\b|per\s+cent\b)",
        r"\b(?:double|doubling|triple|tripling|quadruple|halve|halving|[0-9]+x|in\s+half)\b",
        rf"\b(?:team|group|department|staff|squad|crew|class|cohort)\s+of\s+{_NUM}",
        r"\b(?:a1|a2|b1|b2|c1|c2)\b(?:\s+level)?",
        rf"\b(?:once|twice|{_NUM}\s+times)\s+(?:a|per|every|each)\s+"
        r"(?:day|week|month|quarter|year)\b",
        rf"\bat\s+least\s+(?:{_NUM}|one|an?)\b(?:\s+[a-z]+){{0,2}}",
        r"\bone\s+(?:more|new|additional|extra)\s+[a-z]+",
        r"(?<=\s)one\s+(?!of\b|day\b|way\b|thing\b)[a-z]+(?=.*\b(?:every|each|per|a)\s+"
        r"(?:day|week|month|quarter|year)\b)",
        r"\ba\s+dozen\b(?:\s+[a-z]+)?",
    )
)
_COUNT_NOUN = re.compile(
    rf"(?<![$€£#.,0-9])\b(?P<n>{_NUM}|dozens\s+of|hundreds\s+of|thousands\s+of)\s+"
    r"(?:(?:new|more|additional|extra|paying|active|qualified|billable|published|signed|major"
    r"|international|national|local|regional|repeat|enterprise|five|[a-z]+ing)\s+)?"
    r"(?P<noun>[a-z][a-z'-]*)"
)
_NOT_COUNTED = frozenset(
    words(
        "i we you he she they it me and or to the a an of in on at by for with so as then is "
        "am are be was will would than that this years year old am pm th st nd rd yo"
    )
)
_AGE = re.compile(r"\b(?:age|aged|turn|turning)\s+$")

_ROLE_HEADS = _alt(
    "engineer developer programmer designer director manager analyst scientist architect "
    "consultant accountant auditor controller bookkeeper lawyer attorney paralegal solicitor "
    "barrister counsel clerk partner associate officer president vp ceo cto cfo coo cmo cio "
    "founder cofounder owner executive representative rep coordinator specialist administrator "
    "assistant supervisor superintendent recruiter strategist planner copywriter writer editor "
    "producer researcher professor lecturer teacher tutor nurse doctor physician surgeon "
    "pharmacist therapist technician mechanic electrician chef pilot marketer salesperson "
    "journalist reporter photographer illustrator animator translator interpreter trainer "
    "intern trainee apprentice agent broker banker trader economist actuary underwriter "
    "secretary receptionist buyer merchandiser principal author novelist poet speaker "
    "freelancer entrepreneur"
)
_SKIP = r"(?!(?:a|an|the|my|our|your|his|her|their|new|different|dream|next|first|senior)\b)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(p))
    for kind, p in (
        ("role", rf"\b(?:{_ROLE_HEADS})s?\b"),
        (
            "role",
            r"\b(?:(?:team|tech|technical|design|engineering|project|product|sales|marketing"
            r"|creative|account|practice|group|research|data)\s+lead|head\s+of\s+[a-z]+|chief\s+"
            r"of\s+staff|scrum\s+master|(?:team|group|project)\s+leader|(?:department|division|team)\s+head|(?<=into\s)(?:[a-z]+\s+)?management)\b",
        ),
        ("role*", rf"\b(?P<obj>{_SKIP}[a-z]+(?:\s+[a-z]+)?)\s+(?:role|position)\b"),
        (
            "credential",
            r"\b(?:e?mba|master'?s(?:\s+degree)?|masters|master\s+of\s+[a-z]+|bachelor'?s"
            r"(?:\s+degree)?|bachelors|bachelor\s+of\s+[a-z]+|(?<!some\s)degree|diploma|"
            r"ph\.?\s?d|doctorate|certifications?|certificates?|certified|licen[cs]e[sd]?|exams?|"
            r"examination|the\s+bar|cpa|cfa|acca|cima|pmp|ccna|cissp|cisa|qualifications?|"
            r"accreditation|accredited|credentials?|boot\s?camp|(?<!of\s)courses?|gmat|gre|ielts|"
            r"toefl|lsat|mcat|apprenticeship|residency)\b",
        ),
        (
            "deliverable",
            r"\b(?:portfolio(?:\s+(?:website|site))?|website|web\s?site|(?:mobile\s+|web\s+)?apps?"
            r"|e?books?|novel|memoir|blog(?:\s+posts?)?|articles?|papers?|thesis|dissertation|"
            r"podcast|newsletter|(?:youtube\s+)?channel|(?<=a\s)talk|talks?(?=\s+at)|keynote|"
            r"presentations?|workshops?|webinars?|products?|features?|releases?|v[0-9]+(?:\.[0-9]+)*"
            r"|version\s+[0-9]+|mvp|prototype|service|library|plugin|online\s+store|campaigns?|programm?e?|initiative|report|case\s+stud(?:y|ies)|proposal|"
            r"pitch\s+deck|demo|game|album|film|documentary|exhibition|side\s+project|projects?|"
            r"platform|dashboard|redesign|migration|conference|meetup|resume|cv|cover\s+letter|beta"
            r")\b",
        ),
        ("deliverable", r"\bmy\s+own\s+[a-z]+"),
        (
            "deliverable",
            r"\b(?:ship|launch|publish|release|deliver|submit|finish|complete|write|build|create"
            r"|open(?!\s+source)|found|start|set\s+up|co-?found)\s+(?:(?:my|our|the|a|an)\s+)?(?:new\s+)?(?P<obj>[a-z][a-z-]*)",
        ),
        (
            "award",
            r"\b(?:awards?|competitions?|prizes?|contests?|medals?|trophy|trophies|lions?|"
            r"grants?|scholarships?|hackathons?|championships?|pitch(?:es)?|accounts?|"
            r"contracts?|deals?|tenders?|first\s+place)\b",
        ),
        (
            "membership",
            r"\b(?:associations?|society|institute|club|toastmasters|board|committee|chapter|"
            r"guild|council|chamber)\b",
        ),
        ("mentor", r"\b(?:mentor|mentorship|mentoring|sponsor)\b"),
        (
            "org",
            r"\b(?:at|for|join|with)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:firm|bank|hospital|"
            r"university|school|nonprofit|non-profit|ngo|agency|studio|consultancy|startup|"
            r"start-up|company|publisher|newspaper|magazine|museum|charity|lab|laboratory)\b",
        ),
        (
            "first",
            r"\b(?:my|our|a|the|her|his|their)\s+(?:very\s+)?first\s+(?!(?:year|month|week|day|"
            r"days|quarter|half|time|step|steps|place)\b)[a-z]+",
        ),
        (
            "event",
            r"\bpromot(?:ed|ion)\b|\b(?:(?:new|first|full\s+time|permanent|remote|better|"
            r"different)\s+)?(?:job(?:\s+offer)?|role|position|internship|offer)\b(?!\s+done)",
        ),
        ("place", r"\b(?:to|in|join|at|for)\s+(?:the\s+)?(?P<obj>[a-z][a-z.'-]*)"),
        (
            "skill",
            r"\b(?:python|javascript|java|typescript|sql|excel(?!\s+(?:in|at)\b)|power\s?bi|tableau"
            r"|golang|rust|react|kubernetes|docker|figma|photoshop|spanish|french|german|italian|"
            r"mandarin|chinese|japanese|portuguese|arabic|english|korean|russian|dutch|hindi|"
            r"public\s+speaking|negotiation|negotiating|presenting|copywriting|coding|programming"
            r"|design|ux|ui|data\s+analysis|data\s+science|analytics|statistics|machine\s+learning"
            r"|leadership|communication|marketing|seo|accounting|bookkeeping|budgeting|"
            r"financial\s+model(?:l)?ing|(?:project|time|people)\s+management|photography|drawing"
            r"|illustration|video\s+editing|writing|selling|sales\s+skills)\b",
        ),
        ("skill*", r"\b(?P<obj>[a-z+#]+)\s+skills\b"),
        (
            "skill",
            r"\b(?:learn|study|master|practice|practise)\s+(?:(?:more\s+)?about\s+|how\s+to\s+|"
            r"to\s+)?(?P<obj>[a-z+#]+)",
        ),
        ("skill", r"\b(?:fluent|proficient|expert|specialist)\s+(?:in|on|at)\s+(?P<obj>[a-z]+)"),
        (
            "skill",
            r"\b(?:get(?:ting)?\s+(?:better|good)\s+at|improv(?:e|ing)\s+(?:my|at)|brush(?:ing)?\s+"
            r"up\s+on|work(?:ing)?\s+on\s+my)\s+(?P<obj>[a-z+#]+)",
        ),
    )
)
# Where a lexicon word sits after these, it names the kind of place, not a place.
_PLACE_VERBS = re.compile(
    r"\b(?:move|moving|relocate|relocating|transfer|transferring|emigrate|emigrating)\s+"
    r"(?:back\s+)?to\s+(?:the\s+)?$|\b(?:join|joining)\s+(?:the\s+)?$|"
    r"\b(?:work|working|job|role|position|internship|employed|hired)\s+(?:at|for|in)\s+$"
)
_GENERIC = frozenset(
    words(
        "a an the my our your his her their another some any new different bigger better larger "
        "smaller more less remote home myself yourself it this that them there somewhere abroad "
        "work job life career things thing stuff everything skills skill knowledge performance "
        "productivity confidence mindset attitude habits health wellbeing balance happiness "
        "motivation focus game craft role position situation prospects profile visibility presence "
        "reputation brand network income salary pay money earnings sales revenue results numbers "
        "output efficiency impact influence field industry day days time self future chances way "
        "success progress growth development experience expertise abilities ability value "
        "general overall soft hard professional technical key core basic these those all people "
        "interpersonal personal team company firm startup agency city country office area least "
        "least one management leadership fact order addition case touch charge front terms "
        "person end least level top senior"
    )
)
COMPARATIVE = frozenset(
    words("more better bigger greater stronger higher larger fewer less best greatest strongest")
)
QUALITY = frozenset(
    words("strong great good solid impressive excellent amazing successful nice decent big")
)
_VAGUE = re.compile(
    r"\b(?:improv\w*|enhanc\w*|strengthen\w*|develop\w*|work(?:ing)?\s+on|focus(?:ing)?\s+on|"
    r"explor\w*|research|look(?:ing)?\s+into|think(?:ing)?\s+about|consider\w*|learn\w*|"
    r"stud(?:y|ying)|master(?!'?s\b|\s+of\b)|practi[cs]\w*|brush(?:ing)?\s+up|prepar\w*|"
    r"(?:get|getting|be|being|do|doing|become|becoming)\s+(?:a\s+)?(?:better|more|happier)|"
    r"feel\w*|understand\w*|polish\w*|refin\w*|keep|maintain\w*|stay|continu\w*|enjoy\w*)\b"
)
_QUANTITY = re.compile(
    r"\b(?:grow(?:ing)?(?!\s+into)|expand\w*|increas\w*|boost\w*|rais\w*|scal(?:e|ing)|"
    r"build(?:ing)?\s+up|broaden\w*|widen\w*|extend\w*)\b"
)
_DONE = re.compile(
    r"\b(?:get|gets|got|getting|land\w*|secur\w*|earn\w*|obtain\w*|achiev\w*|attain\w*|"
    r"complet\w*|finish\w*|pass|passing|passed|graduat\w*|publish\w*|launch\w*|ship|shipping|"
    r"releas\w*|write|writing|written|open|opening|start|starting|found|founding|creat\w*|"
    r"build|building|built|win|winning|won|sign|signing|signed|close|closing|join|joining|"
    r"become|becoming|be|make|making|mak\w*|move|moving|relocat\w*|transfer\w*|hired|hire|"
    r"promoted|promotion|enrol\w*|apply|applying|submit\w*|present|give|giving|speak\w*|host\w*|"
    r"run|running|teach\w*|lead|leading|find|finding|take|taking|deliver\w*|record\w*|produc\w*|"
    r"design|designing|set\s+up|receiv\w*|reach\w*|hit|accept\w*|switch\w*|transition\w*|"
    r"step\s+into|grow\s+into|rise|return\w*|go|attend\w*|sit|register\w*|qualify|certify|"
    r"own|chair\w*|organi[sz]\w*|mentor)\b"
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()]|\b(?:but|then|while|so)\b")
_NEEDS_DONE = frozenset({"award", "event", "mentor"})


def _governing(text: str, at: int) -> str | None:
    """How the nearest verb before ``at`` (same clause, within 60 characters) acts."""
    lo = max(0, at - 60)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, at)]
    lo = breaks[-1] if breaks else lo
    best: tuple[int, str] | None = None
    for kind, pattern in (("done", _DONE), ("quantity", _QUANTITY), ("vague", _VAGUE)):
        for m in pattern.finditer(text, lo, at):
            if best is None or m.start() >= best[0]:
                best = (m.start(), kind)
    return best[1] if best else None


_STOP = _NOT_COUNTED | frozenset(
    words(
        "my our your his her their its from into onto over under about after before within "
        "until till up out off not no all any some each every this these those "
        "least just also very really"
    )
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'+#.-]*")
_NEXT_WORD = re.compile(r"\s{1,2}(?:of\s+)?([a-z][a-z0-9'+#-]*)")


def _is_stop(word: str) -> bool:
    return (
        word in _STOP
        or _DONE.fullmatch(word) is not None
        or _VAGUE.fullmatch(word) is not None
        or _QUANTITY.fullmatch(word) is not None
    )


def _head_ok(head: list[str], verbs_too: bool) -> bool:
    """Whether the first word of an object can name something (not "a", "my", "new"...)."""
    if not head or head[0] in _GENERIC | COMPARATIVE | QUALITY | _STOP:
        return False
    word = head[0]
    if _VAGUE.fullmatch(word) or _QUANTITY.fullmatch(word):
        return False
    return not (verbs_too and _DONE.fullmatch(word))


def _modifiers(text: str, start: int) -> list[str]:
    """The words (at most three) right before ``start`` and after the last stop word."""
    before = _WORD.findall(text[max(0, start - 40) : start])[-3:]
    out: list[str] = []
    for word in reversed(before):
        if word in _STOP:
            break
        out.append(word)
    return out


def _widen(text: str, f: Finding) -> Finding:
    """Stretch a finding over the noun phrase around it, for quoting ("associate art director")."""
    start, end = f.start, f.end
    left = list(_WORD.finditer(text, max(0, start - 40), start))
    for m in reversed(left[-3:]):
        if _is_stop(m.group(0)) or m.group(0) in COMPARATIVE | QUALITY or m.end() < start - 2:
            break
        start = m.start()
    for _ in range(3):
        nxt = _NEXT_WORD.match(text, end)
        if nxt is None or _is_stop(nxt.group(1)):
            break
        end = nxt.end()
    return Finding(f.kind, start, end)


def find_count(text: str) -> Finding | None:
    """The first countable target: an amount, a percentage, a multiple or a number of things."""
    hits: list[Finding] = []
    for pattern in _COUNTS:
        m = pattern.search(text)
        if m:
            hits.append(Finding("count", m.start(), m.end()))
    for m in _COUNT_NOUN.finditer(text):
        if m.group("noun") in _NOT_COUNTED or _AGE.search(text, max(0, m.start() - 12), m.start()):
            continue
        hits.append(Finding("count", m.start(), m.end()))
        break
    return min(hits, key=lambda f: f.start) if hits else None


def objects(text: str, original: str = "") -> list[tuple[Finding, str | None, bool, bool]]:
    """Every named object: (finding, governing verb kind, vague-blurred, comparative).

    ``original`` (same offsets as ``text``) lets a capitalised name such as "New York"
    count as a place even though "new" alone is too vague.
    """
    out: list[tuple[Finding, str | None, bool, bool]] = []
    for label, pattern in _PATTERNS:
        # A starred kind quotes the whole match ("design skills"), not just its object.
        kind, whole = label.rstrip("*"), label.endswith("*")
        has_obj = "obj" in pattern.groupindex
        for m in pattern.finditer(text):
            start, end = m.span("obj") if has_obj else m.span()
            head = text[start:end].split()[:1]
            named = kind == "place" and original[start : start + 1].isupper()
            if has_obj and not named and not _head_ok(head, verbs_too=kind == "place"):
                continue
            if kind == "place" and _PLACE_VERBS.search(text, max(0, start - 40), start) is None:
                continue
            mods = set(_modifiers(text, start))
            gov = _governing(text, start)
            f = Finding(kind, start, m.end() if whole else end)
            if kind not in ("place", "skill", "first", "event"):
                f = _widen(text, f)
            out.append((f, gov, bool(mods & QUALITY), bool(mods & COMPARATIVE)))
    out.sort(key=lambda item: item[0].start)
    return out


def find_specific(text: str, original: str = "") -> Finding | None:
    """The first concrete object the goal names, or a count; None when it names nothing."""
    count = find_count(text)
    for f, gov, _quality, comparative in objects(text, original):
        if f.kind == "event" or comparative:
            continue
        if gov == "quantity" and f.kind != "skill":
            continue
        if count is not None and count.start < f.start:
            return count
        return f
    return count


def find_outcome(text: str, original: str = "") -> Finding | None:
    """The first outcome that is plainly done or not done (a bare event last), or None."""
    found: list[Finding] = []
    for f, gov, quality, comparative in objects(text, original):
        if f.kind == "skill" or quality or comparative or gov in ("vague", "quantity"):
            continue
        if f.kind in _NEEDS_DONE and gov != "done":
            continue
        found.append(f)
    found.sort(key=lambda f: (f.kind == "event", f.start))
    return found[0] if found else None

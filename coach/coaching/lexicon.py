"""The vocabulary behind the Specific and Measurable checks, as word sets and phrase tables.

Each kind of concrete object a goal can name has its phrases here: roles, credentials
(licences, board exams, certifications, degrees, tenure, trades tickets, bar
admission, charterholder exams), pieces of work, awards and wins, groups to join,
mentors, kinds of employer, skills, and the metrics people set targets on (latency,
uptime, churn, readmissions, day rate). Verbs are sorted by how they act on what
follows: "done" verbs make an outcome that is done or not, "quantity" verbs ask for
a number, and "vague" verbs ("improve", "get better at", "work on") blur it.
Phrases are matched on tokens; the last word of a phrase may be plural.
"""

from __future__ import annotations

import functools

from coach.coaching.tokens import Token, words

__all__ = ["PhraseTable", "canonical", "singulars"]


def singulars(word: str) -> tuple[str, ...]:
    """The word and the singular forms it may be the plural of."""
    out = [word]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
        if word.endswith("es"):
            out.append(word[:-2])
        if word.endswith("ies"):
            out.append(word[:-3] + "y")
    return tuple(out)


class PhraseTable:
    """Multi-word phrases by kind, looked up by their first word."""

    def __init__(self, table: dict[str, str]) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for kind, spaced in table.items():
            for phrase in spaced.split("|"):
                seq = tuple(phrase.split())
                if seq:
                    self._first.setdefault(seq[0], []).append((seq, kind))
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.words = frozenset(w for entries in self._first.values() for e in entries for w in e[0])

    def match(self, toks: list[Token], i: int) -> tuple[str, int] | None:
        """The kind and end of the longest phrase starting at token ``i``, or None."""
        first = toks[i].text
        for form in singulars(first):
            for seq, kind in self._first.get(form, ()):
                n = len(seq)
                if i + n > len(toks):
                    continue
                if n == 1:
                    return kind, i + 1
                if all(toks[i + k].text == seq[k] for k in range(1, n - 1)) and (
                    seq[-1] in singulars(toks[i + n - 1].text)
                ):
                    return kind, i + n
        return None


_ROLE_WORDS = (
    "engineer|developer|programmer|designer|director|manager|analyst|scientist|architect|"
    "consultant|accountant|auditor|controller|comptroller|bookkeeper|lawyer|attorney|paralegal|"
    "solicitor|barrister|counsel|clerk|partner|associate|officer|president|vp|svp|evp|ceo|cto|"
    "cfo|coo|cmo|cio|ciso|cpo|founder|cofounder|co founder|owner|executive|representative|rep|"
    "coordinator|specialist|administrator|assistant|supervisor|superintendent|recruiter|"
    "strategist|planner|copywriter|writer|editor|producer|researcher|professor|lecturer|"
    "teacher|tutor|instructor|educator|nurse|doctor|physician|surgeon|pharmacist|therapist|"
    "physiotherapist|technician|mechanic|electrician|plumber|carpenter|welder|joiner|"
    "bricklayer|roofer|plasterer|machinist|fitter|millwright|boilermaker|pipefitter|"
    "steamfitter|ironworker|journeyman|journeywoman|foreman|forewoman|chef|pilot|marketer|"
    "salesperson|journalist|reporter|photographer|illustrator|animator|translator|interpreter|"
    "trainer|intern|trainee|apprentice|agent|broker|banker|trader|economist|actuary|"
    "underwriter|secretary|receptionist|buyer|merchandiser|principal|headteacher|headmaster|"
    "author|novelist|poet|speaker|freelancer|entrepreneur|midwife|paramedic|emt|"
    "phlebotomist|sonographer|radiographer|dietitian|dentist|hygienist|optometrist|vet|"
    "veterinarian|counsellor|counselor|psychologist|psychiatrist|postdoc|dean|provost|"
    "judge|magistrate|notary|mediator|arbitrator|prosecutor|treasurer|advisor|adviser|"
    "estimator|surveyor|inspector|contractor|landscaper|tech|lab tech|charterholder|np|rn|lpn|lvn|"
    "cna|crna|"
    "aprn|fnp|sre|devops engineer|tester|scrum master|product owner|chief of staff|"
    "team lead|tech lead|technical lead|design lead|engineering lead|project lead|"
    "product lead|sales lead|marketing lead|creative lead|account lead|practice lead|"
    "group lead|research lead|data lead|clinical lead|shift lead|team leader|group leader|"
    "shift leader|crew leader|crew lead|section leader|section lead|line leader|line lead|"
    "floor leader|floor lead|store leader|unit leader|ward leader|site lead|squad leader|"
    "project leader|department head|division head|team head|head of department|hod|"
    "charge nurse|nurse practitioner|nurse manager|nurse educator|social worker|"
    "principal investigator|teaching assistant|head chef|sous chef|staff engineer|"
    "tenured professor|full professor|department chair|deputy head|assistant head|"
    "vice principal|"
    "assistant principal|master electrician|master plumber|site manager|project manager|"
    "general counsel|in house counsel|portfolio manager|fund manager|wealth manager|"
    "financial planner|financial adviser|financial advisor|dev lead|em|staff nurse|"
    "registered nurse|practice manager|clinical educator|unit manager|ward manager|"
    "ward sister|matron|consultant|registrar|resident|attending|fellow|partner track|"
    "lectureship|professorship|readership|clerkship|pupillage|traineeship|musician|"
    "session musician|singer|drummer|guitarist|composer|actor|dancer"
)
_CREDENTIAL_WORDS = (
    "mba|emba|master's|masters|master's degree|masters degree|degree|diploma|phd|ph d|"
    "doctorate|dphil|edd|dnp|msn|bsn|adn|nclex|nclex rn|nclex pn|ccrn|cen|cnor|ocn|"
    "board exam|board exams|boards|board certification|board certified|licence|license|"
    "licensure|licensed|certification|certificate|certified|cert|exam|examination|"
    "the bar|bar exam|bar admission|admitted to the bar|called to the bar|admission to the bar|"
    "mpre|lsat|sqe|sqe1|sqe2|cpa|cfa|cfa level|acca|cima|frm|caia|cfp|chartered|cma|cia|cisa|"
    "cissp|ccna|ccnp|comptia|security +|ckad|cka|pmp|prince2|capm|csm|psm|itil|six sigma|"
    "green belt|black belt|red seal|journeyman card|journeyman ticket|journeyman licence|"
    "journeyman license|gas safe|ticket|trade ticket|forklift ticket|osha|cscs|nvq|hnc|hnd|"
    "btec|qts|pgce|celta|tefl|tesol|teaching licence|teaching license|teaching credential|"
    "credential|credentials|endorsement|registration|clearance|security clearance|permit|"
    "work permit|visa|"
    "green card|nbct|praxis|edtpa|gmat|gre|"
    "ielts|toefl|mcat|usmle|residency|orals|oral exam|oral exams|oral assessment|"
    "cloud practitioner|solutions architect associate|med school|medical school|law school|"
    "grad school|graduate school|nursing school|dental school|vet school|honours|honors|"
    "first class honours|distinction|nmc pin|nmc registration|hcpc registration|"
    "fellowship|tenure|tenure track|habilitation|qualification|accreditation|accredited|"
    "apprenticeship|bootcamp|boot camp|course|ged|a levels|gcse|gcses|bachelor's|bachelors|"
    "bachelor's degree|bachelors degree|associate degree|associate's degree|msc|bsc|llm|jd|"
    "llb|mph|mha|mpa|mfa|driving licence|driving license|driver's license|cdl|"
    "real estate license|series 7|series 63|series 65|series 66|sie|acls|pals|bls|"
    "cpd points|ceus|cme credits|continuing education|aws certification|cka exam|"
    "chartership|charter|level 3|level 4|level 5|qualifying exam|quals|comps|prelims|viva|"
    "thesis defense|thesis defence|dissertation defense|dissertation defence|"
    "dele|delf|hsk|jlpt|goethe|nursing degree|law degree|teaching degree|"
    "postgraduate certificate|postgrad certificate|graduate certificate|pe license|"
    "professional engineer|pe exam|fe exam|eit|cpsa|cipd|ciob|rics|cips|aat|icaew|cfe|"
    "bachelor|bachelor degree|union card|trade card|skills card|forklift card|safety card|"
    "first aid card|food handler card|food handlers card|plant card|operator card|ecs card|"
    "cpcs card|npors card|gold card|blue card|sia licence|sia license|sia badge|"
    # post-nominal titles, as people type them in lower case
    "ceng|ieng|engtech|cphys|cchem|csci|cmgr|cmilt|mrics|frics|aca|fca|fcca|acma|fcma|cgma|"
    "cta|mciob|mcipd|chcipd|fcipd|mcips|mbcs|citp|mimeche|miet|mistructe|istructe|imeche|"
    "frcs|mrcp|mrcgp|mrcs|frcp|mrcpsych|frcpath|pgdip|dclinpsy|mbchb|mbbs|pharmd|dpt|psyd|"
    "lcsw|lmft|bcba|chartered accountant|chartered engineer|chartered surveyor|"
    "chartered status|"
    # checks, cards and exams of Australia, New Zealand, India, the Philippines and Africa
    "white card|wwcc|working with children check|police check|ndis worker screening|rsg|rcg|"
    "grad dip|graduate diploma|adv dip|specialist title|neet|neet pg|jee|jee mains|"
    "jee advanced|ca final|ca inter|ca foundation|cs executive|upsc mains|ssc cgl|ibps po|"
    "clat|oet|pte|pte academic|matric|nsc|waec|jamb|neco|kcse|ican|nle"
)
_DELIVERABLE_WORDS = (
    "portfolio|portfolio website|portfolio site|website|web site|site|app|mobile app|web app|"
    "ebook|book|novel|memoir|blog|blog post|article|paper|thesis|dissertation|podcast|"
    "newsletter|channel|youtube channel|keynote|presentation|workshop|webinar|product|"
    "feature|release|mvp|prototype|service|library|plugin|online store|campaign|program|"
    "programme|initiative|report|case study|proposal|grant proposal|grant application|"
    "pitch deck|demo|game|album|film|documentary|exhibition|side project|project|platform|"
    "dashboard|redesign|migration|conference|meetup|resume|cv|cover letter|beta|poster|"
    "chapter|book chapter|manuscript|curriculum|syllabus|lesson plan|unit plan|"
    "scheme of work|module|training program|training programme|onboarding program|"
    "pull request|open source contribution|pipeline|api|sdk|microservice|integration|"
    "test suite|runbook|playbook|business plan|logo|rate card|capstone|abstract|"
    "publication|quality improvement project|qi project|research project|ebp project|"
    "audit|policy|protocol|toolkit|invoice|byline|symposium|course materials|lesson|"
    "lecture|seminar|clinical trial|"
    "patent|landing page|portfolio piece|speech|certification course|v1|v2|v3|version 1|"
    "version 2|beta release|website redesign|fundraiser|event|show|recital|concert|"
    "system|rota|tool|database|spreadsheet|template|handbook|checklist|framework"
)
_AWARD_WORDS = (
    "award|competition|prize|contest|medal|trophy|lion|grant|scholarship|hackathon|"
    "championship|pitch|account|contract|deal|tender|first place|bid|rfp|retainer|series a|"
    "series b|seed round|funding round|"
    "client|case|trial|motion|appeal|funding|fellowship|placement|match|bursary|nationals|"
    "regionals|state finals|olympics|paralympics|mortgage|business loan|heat|tournament|"
    "cup|league"
)
_MEMBERSHIP_WORDS = (
    "association|society|institute|club|toastmasters|board|committee|chapter|guild|council|"
    "chamber|union|bar association|professional body|college|federation|panel|"
    "working group|task force|steering group|advisory board|editorial board|roster|"
    "supplier list|approved supplier list|framework|register|waiting list"
)
_MENTOR_WORDS = "mentor|mentorship|mentoring|sponsor|preceptor|career coach|coach"
_ORG_WORDS = (
    "firm|bank|hospital|university|school|nonprofit|non profit|ngo|agency|studio|consultancy|"
    "startup|start up|company|publisher|newspaper|magazine|museum|charity|lab|laboratory|"
    "clinic|practice|law firm|big four|big 4|faang|trust|health system|district|"
    "school district|academy|icu|nicu|picu|er|ed|ward|unit|department|or|pacu|"
    "med surg|oncology|pediatrics|paediatrics|labor and delivery|l&d|cath lab|"
    "emergency department|emergency room|trauma center|trauma centre|step down unit|"
    "fintech|scaleup|scale up|enterprise|government|public sector|civil service|"
    "court|chambers|big law|biglaw|fund|hedge fund|private equity|pe firm|vc|"
    "research group|lab group|college|high school|middle school|primary school|"
    "elementary school|secondary school|sixth form|community college|hospice|"
    "nursing home|care home|team|squad|site|shop|garage|yard|gallery|scheme|graduate scheme|"
    "program|programme|training scheme|academy|record label|label"
)
_SKILL_WORDS = (
    "python|javascript|java|typescript|sql|excel|power bi|powerbi|tableau|golang|rust|react|"
    "kubernetes|k8s|docker|terraform|figma|photoshop|spanish|french|german|italian|mandarin|"
    "chinese|japanese|portuguese|arabic|english|korean|russian|dutch|hindi|public speaking|"
    "negotiation|negotiating|presenting|copywriting|coding|programming|design|ux|ui|"
    "data analysis|data science|analytics|statistics|machine learning|leadership|"
    "communication|marketing|seo|accounting|bookkeeping|budgeting|financial modelling|"
    "financial modeling|project management|time management|people management|photography|"
    "drawing|illustration|video editing|writing|selling|sales skills|system design|"
    "iv insertion|iv starts|phlebotomy|wound care|triage|charting|epic|cpr|welding|"
    "tig welding|mig welding|blueprint reading|autocad|revit|solidworks|plc programming|"
    "conveyancing|drafting|legal writing|legal research|contract drafting|"
    "due diligence|financial analysis|valuation|classroom management|lesson planning|"
    "grant writing|stata|spss|matlab|latex|sign language|asl|bsl|cloud security|"
    "devops|aws|azure|gcp|cooking|baking|sewing|carpentry|plumbing|wiring|"
    "swift|kotlin|c++|c#|ruby|php|scala|html|css|node js|django|flask|"
    "pandas|pytorch|tensorflow|llms|ai|ml|deep learning|nlp|cybersecurity|networking|"
    "linux|git|agile|scrum|"
    "cold calling|prospecting|facilitation"
)
_METRIC_WORDS = (
    "latency|p50|p95|p99|p99 latency|uptime|availability|error rate|response time|load time|"
    "page load|build time|deploy time|test coverage|coverage|churn|nps|csat|customer satisfaction|"
    "satisfaction score|retention|turnover|readmission|readmission rate|fall|fall rate|"
    "infection rate|wait time|handle time|close time|cycle time|lead time|time to hire|"
    "revenue|income|day rate|hourly rate|rate|salary|billable hours|utilization|utilisation|"
    "win rate|conversion rate|conversion|pass rate|attendance|gpa|grade|score|band|"
    "reading level|test score|mttr|deploy frequency|sla|ctr|roi|margin|aum|"
    "book of business|caseload|billings|ebitda|hba1c|bug count|backlog|quota|target|"
    "rating|followers|subscribers|traffic|sales|pipeline|arr|mrr|gmv|profit|commission|"
    "h index|citations|citation count|impact factor"
)
PHRASES = PhraseTable(
    {
        "role": _ROLE_WORDS,
        "credential": _CREDENTIAL_WORDS,
        "deliverable": _DELIVERABLE_WORDS,
        "award": _AWARD_WORDS,
        "membership": _MEMBERSHIP_WORDS,
        "mentor": _MENTOR_WORDS,
        "skill": _SKILL_WORDS,
        "metric": _METRIC_WORDS,
    }
)
ORG_PHRASES = PhraseTable({"org": _ORG_WORDS})

# Kinds of object whose outcome needs a done verb to be done-or-not ("win an award").
NEEDS_DONE = frozenset({"award", "event", "mentor", "metric"})

DONE_VERBS = words(
    "get gets got getting land lands landed landing secure secured securing earn earned "
    "earning obtain obtained achieve achieved attain attained complete completed completing "
    "finish finished finishing pass passed passing graduate graduated graduating publish "
    "published publishing launch launched launching ship shipped shipping release released "
    "write writing written wrote open opened opening start started starting found founded "
    "founding create created creating build building built win winning won sign signing "
    "signed close closing closed join joining joined become becoming became be make making "
    "made move moving moved relocate relocating relocated transfer transferring transferred "
    "hired hire hiring promoted promotion enrol enroll enrolled enrolling apply applying "
    "applied submit submitted submitting present presenting give giving gave speak speaking "
    "spoke host hosting hosted run running ran teach teaching taught lead leading led find "
    "finding found take taking took deliver delivered delivering record recorded recording "
    "produce produced producing design designing designed set receive received receiving "
    "reach reached reaching hit hitting accept accepted switch switched switching "
    "transition transitioning step rise return returning go going attend attending "
    "attended sit sitting register registered qualify qualified qualifying certify own "
    "chair chaired organise organize organised organized organising organizing mentor "
    "mentoring precept precepting supervise supervising cut cutting reduce reducing "
    "reduced lower lowering bring bringing drop dropping shorten hold holding do doing "
    "manage managing run pick picking book booking ace make renew renewed achieve "
    "defend defended defending match matched pivot pivoting convert land get sell selling "
    "sold close present coach coaching train training migrate migrating automate "
    "automating send sending file filed filing pitch pitched pitching deploy deploying "
    "roll rolling retire retiring buy buying rent renting "
    "negotiate negotiating double triple publish admitted called licensed certified "
    "complete tenure tenured charter sign"
)
QUANTITY_VERBS = words(
    "grow growing expand expanding increase increasing boost boosting raise raising scale "
    "scaling broaden broadening widen widening extend extending"
)
VAGUE_VERBS = words(
    "improve improving improved enhance enhancing strengthen strengthening develop "
    "developing explore exploring research consider considering learn learning learned "
    "study studying practice practicing practise practising prepare preparing "
    "feel feeling understand understanding polish polishing refine refining keep keeping "
    "maintain maintaining stay staying continue continuing enjoy enjoying upskill upskilling "
    "sharpen sharpening hone honing deepen deepening brush refresh refreshing relearn "
    "relearning"
)
# Multi-word vague verbs: "get better at X", "work on X", "be a better Y".
VAGUE_PHRASES = PhraseTable(
    {
        "vague": (
            "get better at|getting better at|get good at|get gud at|git gud at|get a bit better at|"
            "get a handle on|get comfortable with|be comfortable with|get more comfortable|"
            "feel comfortable|get up to speed|"
            "get a little better at|get much better at|be better at|become better at|"
            "do better at|get better with|be more|become more|be a better|become a better|"
            "be better|get more|be a stronger|become a stronger|be an even better|"
            "work on|working on|focus on|focusing on|look into|looking into|think about|"
            "brush up on|brushing up on|brush up|improve at|improve on|level up|"
            "be good at|be great at|get to grips with|"
            "try to|try and|trying to|keep up|keep improving|grow my|grow as|grow in|"
            "be more confident|feel more|be happier|be the best|work towards|work toward|"
            "get known|be known|become known|make a name|be seen as|be recognised|"
            "be recognized|be respected|figure out|find out|work out whether|work out if|"
            "decide whether|decide if|see if|see whether|do a better job|do a good job|"
            "get back on track|be back on track|up to scratch|up to speed|up to par|"
            "up to standard|up to date|do well in|do well at|do well on|do great in|"
            "do better in|do better on|"
            # round 10: a way of working or being with no end to reach
            "get my name out there|get our name out there|get the name out there|"
            "think bigger|network more|keep up with|keeping up with|"
            "ease back into|ease back in|ease into|get my finances in order|"
            "get our finances in order|get my finances sorted|"
            # round 11: resolve and effort, with no end to reach
            "get serious about|get serious with|be serious about|be more serious about|"
            "try my best|try our best|do my best|do our best|give my best|give it my best|"
            "give my all|give it my all"
        )
    }
)
# The second word of a praise written in two ("world-class", "top-notch", "top-tier").
PRAISED = words("class notch tier flight")
COMPARATIVE = words("more better bigger greater stronger higher larger fewer less best greatest")
QUALITY = words(
    "strong great good solid impressive excellent amazing successful nice decent big "
    "rockstar ninja superstar awesome fantastic brilliant outstanding exceptional effective "
    "inspiring inspirational respected trusted confident fair sane reliable dependable "
    "caring empathetic proud meaningful fulfilling leading renowned recognised recognized "
    "famous happy balanced"
)


# Real words one letter away from a lexicon word: never "mended" into it.
_NEAR_WORDS = words(
    "freelance freelancing consulting patient patients office matters national regional"
)
_KNOWN = PHRASES.words | ORG_PHRASES.words | DONE_VERBS | QUANTITY_VERBS | VAGUE_VERBS | _NEAR_WORDS


# Slips too far from the word, or too short, for the one-edit rule below.
_MISSPELLED = {
    "finsh": "finish",
    "fnish": "finish",
    "finnish": "finish",
    "complet": "complete",
    "acheive": "achieve",
    "recieve": "receive",
    "sumbit": "submit",
    "submt": "submit",
    "becom": "become",
    "promted": "promoted",
    "certifed": "certified",
    "apprentiship": "apprenticeship",
    "apprenticship": "apprenticeship",
    "liscence": "licence",
    "lisence": "license",
    "licens": "license",
}


@functools.cache
def _long_words(first: str, length: int) -> tuple[str, ...]:
    """The lexicon's words of ``length`` letters that start with ``first``."""
    return tuple(sorted(w for w in _KNOWN if len(w) == length and w[0] == first and w.isalpha()))


def _left_out(word: str) -> str | None:
    """The long lexicon word that ``word`` is with one letter left out, if any."""
    for target in _long_words(word[0], len(word) + 1):
        if len(target) >= 8 and any(
            target[:i] + target[i + 1 :] == word for i in range(1, len(target))
        ):
            return target
    return None


def canonical(word: str) -> str:
    """The lexicon word ``word`` is a slip of, or ``word`` itself.

    Only slips that rarely make another word are mended: a letter left out of a long
    word ("certfication", "managment", "promtion"), one letter too many in a long word
    ("liscense"), two neighbours swapped ("credentail"), and a short list of common
    misspellings. Without a dictionary, a changed letter ("matters" for "masters") or a
    short word ("office", "officer") is left alone.
    """
    if word in _MISSPELLED:
        return _MISSPELLED[word]
    if len(word) < 7 or not word.isalpha() or any(w in _KNOWN for w in singulars(word)):
        return word
    hit = _left_out(word)
    if hit is not None:
        return hit
    for i in range(1, len(word)):
        shorter = word[:i] + word[i + 1 :]
        if len(word) >= 8 and shorter in _KNOWN and shorter[0] == word[0]:
            return shorter  # one letter too many
        if i + 1 < len(word):
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            if swapped in _KNOWN:
                return swapped
    return word

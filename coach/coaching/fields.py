"""Which field of work a goal or an aspiration belongs to, and samples from that field.

:func:`field_of` scores a text against each field's signal words. The examples in
``data/examples.toml`` name their field by the same ids, so the wizard and the app can
show the aspiration's own field first (``Content.examples_for(field_of(text))``).
Each field also carries three short samples that the suggestions quote, so a nurse is
never told to become a "senior designer". They live here, beside the words that
recognise the field, because ``coach check`` answers without loading the content files
(their loader, pydantic and all, costs more than the whole check).
"""

from __future__ import annotations

from typing import NamedTuple

from coach.coaching.lexicon import singulars
from coach.coaching.tokens import normalize, tokenize

__all__ = ["FIELDS", "FIELD_IDS", "Field", "field_of", "field_of_words", "samples_for"]


class Field(NamedTuple):
    """A field of work: its id, its name, what signals it, and three samples.

    ``specific``: a concrete goal; ``measure``: a countable target; ``outcome``: a
    done-or-not outcome. Each sample is a goal without a date.
    """

    id: str
    name: str
    signals: frozenset[str]
    specific: str
    measure: str
    outcome: str


def _field(fid: str, name: str, signals: str, specific: str, measure: str, outcome: str) -> Field:
    return Field(fid, name, frozenset(signals.split("|")), specific, measure, outcome)


FIELDS: tuple[Field, ...] = (
    _field(
        "advertising",
        "Advertising",
        "advertising|ad agency|creative director|art director|copywriter|pitches|cannes|"
        "creative team|award show|ad campaign",
        "promoted to associate art director",
        "win 10 pitches",
        "enter one international award show",
    ),
    _field(
        "sales",
        "Sales",
        "sales|quota|deals|pipeline|account executive|sdr|bdr|prospecting|cold calls|"
        "cold calling|salesperson|commission|territory|sales enablement|crm|upsell|demos|"
        "presidents club|closer|rep|logos|accounts|account manager",
        "move up from SDR to account executive",
        "close 30 new deals",
        "hit 110% of quota for two quarters in a row",
    ),
    _field(
        "law",
        "Law",
        "lawyer|attorney|solicitor|barrister|bar exam|the bar|law school|lsat|sqe|sqe1|mpre|"
        "associate|partner|law firm|litigation|litigator|counsel|in house|pupillage|"
        "clerkship|billable|court|trial|jury|cases|chambers|jd|llm|paralegal|legal|"
        "law review|pro bono|family law|document management|legal secretary|judge",
        "make senior associate in the litigation group",
        "bill 1,800 hours",
        "pass the bar exam",
    ),
    _field(
        "finance",
        "Finance and accounting",
        "finance|cfa|frm|caia|investment|banking|banker|equity|fund|aum|trading|trader|"
        "private equity|hedge fund|valuation|charterholder|series 7|wealth|credit analyst|"
        "actuary|accounting|accountant|cpa|acca|cima|bookkeeping|bookkeeper|audit|auditor|"
        "month end|ledger|tax|payroll|controller|financial controller|finance director|"
        "fp&a|financial analyst|big four|bank teller|enrolled agent|mba|book of clients",
        "move from staff accountant to senior accountant",
        "cut the month-end close from 8 days to 5",
        "pass CFA Level II",
    ),
    _field(
        "marketing",
        "Marketing",
        "marketing|seo|brand|content|social media|newsletter|followers|subscribers|"
        "marketer|cmo|engagement|ctr|click rate|conversion|growth marketing|hubspot|"
        "google ads|cost per lead|brand awareness|content marketing|linkedin post|campaign",
        "lead the spring product launch campaign",
        "grow the newsletter to 5,000 subscribers",
        "publish a portfolio of 10 finished campaigns",
    ),
    _field(
        "nursing",
        "Nursing",
        "nurse|nursing|rn|lpn|lvn|np|nclex|nclex rn|icu|nicu|picu|er nursing|ward|"
        "charge nurse|ccrn|cen|bsn|msn|dnp|preceptor|precept|med surg|triage|midwife|"
        "midwifery|bedside|float pool|telemetry|night shifts|shifts|labour and delivery|"
        "labor and delivery|travel nursing|dialysis|head nurse|wound care|acls|bls|"
        "nurse practitioner|licensure|new grads|patient falls|iv therapy",
        "move to the ICU as a staff nurse",
        "precept 3 new graduate nurses",
        "pass the CCRN exam",
    ),
    _field(
        "software",
        "Software",
        "software|developer|engineer|code|coding|codebase|python|javascript|typescript|"
        "rust|golang|java|react|kubernetes|aws|api|latency|uptime|deploy|backend|frontend|"
        "devops|sre|pull requests|open source|github|staff engineer|tech lead|"
        "microservice|bugs|mobile app|web app|p95|p99|on call|system design|code review|"
        "cli tool|saas|ci build|cka|monolith|billing module|tech blog|technical blog",
        "become tech lead of the payments team",
        "cut p99 latency of the search API from 800 ms to 300 ms",
        "ship the offline mode of the mobile app",
    ),
    _field(
        "trades",
        "Skilled trades",
        "electrician|plumber|plumbing|carpenter|welder|welding|joiner|apprentice|"
        "apprentices|apprenticeship|journeyman|red seal|ticket|hvac|foreman|trade|trades|"
        "wiring|pipefitter|millwright|bricklayer|roofer|gas safe|cscs|nvq|blueprints|"
        "sheet metal|bend test|test plates|pipe cert|gas ticket|master electrician|van|"
        "tools|site supervisor|commercial site",
        "get my journeyman electrician licence",
        "finish the last 900 apprenticeship hours",
        "take on my first apprentice",
    ),
    _field(
        "teaching",
        "Teaching",
        "teacher|teaching|classroom|students|pupils|school|lesson|lessons|curriculum|"
        "headteacher|principal|assistant principal|department head|hod|qts|pgce|tutor|"
        "kindergarten|primary school|secondary school|sixth form|senco|praxis|edtpa|nbct|"
        "national board|substitute|graders|reading proficiency|esl|celta|tefl|literacy|"
        "project based learning|classroom management|reading specialist|science department|"
        "high school history|international school",
        "become head of the science department",
        "raise my class's reading pass rate from 70% to 85%",
        "earn national board certification",
    ),
    _field(
        "academia",
        "Academia and research",
        "phd|postdoc|professor|lecturer|tenure|tenure track|thesis|dissertation|paper|"
        "papers|journal|publication|first author|grant|r01|k99|faculty|conference|"
        "conferences|citations|h index|viva|defense|defence|academic|university|dean|"
        "fellowship|manuscript|teaching evaluations|marie curie|chapter|lecturer post",
        "land a tenure-track lectureship",
        "submit 2 first-author papers",
        "defend my dissertation",
    ),
    _field(
        "career-change",
        "Career change",
        "career change|change careers|switch careers|career switch|career changer|pivot|"
        "transition into|retrain|retraining|bootcamp|new field|leave teaching|leave retail|"
        "into tech|into ux|second career|changing careers|switch from|informational "
        "interviews|figure out|something meaningful|get out of|instructional design",
        "land a junior UX designer role",
        "finish 3 portfolio case studies",
        "complete a data analytics bootcamp",
    ),
    _field(
        "returning",
        "Returning after a break",
        "return to work|returning|return to|back to work|go back|get back|career break|"
        "career gap|after my break|maternity|maternity leave|parental leave|stay at home|"
        "returnship|after years|refresher|back into|workforce|caring for|ease back|"
        "registration reinstated|return to practice|school pickups|youngest|nursery|burnout|"
        "chemo|the kids|the baby|like before",
        "start a returnship at a firm in my old field",
        "send 10 applications to returner programmes",
        "finish a refresher course to renew my registration",
    ),
    _field(
        "freelance",
        "Freelancing",
        "freelance|freelancer|freelancing|clients|client|retainer|retainers|day rate|"
        "hourly rate|invoice|invoices|invoiced|self employed|solo|contract work|upwork|"
        "fiverr|gigs|side hustle|testimonials|fully booked|my rate|agency job|buffer|"
        "small studio|portfolio",
        "sign my first retainer client",
        "raise my day rate from 350 to 450",
        "replace my salary with freelance income",
    ),
    _field(
        "hospitality",
        "Hospitality and food",
        "chef|kitchen|restaurant|hotel|hospitality|sous chef|head chef|line cooks|barista|"
        "front of house|bartender|catering|menu|covers|front desk|front office|concierge|"
        "server|table turns|pastry|grill station|food truck|food waste|wset|wine|wines|"
        "servsafe|food hygiene|michelin|sommelier|revenue manager|receptionist",
        "become sous chef at a restaurant with a tasting menu",
        "run 2 pop-up dinners",
        "open my own food stall",
    ),
    _field(
        "retail",
        "Retail",
        "retail|store|store manager|shop|shops|sales floor|visual merchandising|"
        "merchandiser|shrink|black friday|loyalty members|key holder|assistant manager|"
        "district manager|buyer|womenswear|tills|closing shifts|weekends|monthly sales|"
        "department store|vintage|senior buyer|retail management",
        "become store manager",
        "cut shrink from 2% to 1.5%",
        "get the key holder position",
    ),
    _field(
        "public-sector",
        "Public sector",
        "civil service|policy analyst|gs 13|gs|government|council|city manager|permit|"
        "foia|public consultations|transit|security clearance|probation|police academy|"
        "firefighter|social work|senior planner|emerging leaders|state agency|"
        "environmental agency|local government|department|community|transport planner",
        "pass the civil service exam for policy analyst",
        "cut permit processing time from 45 days to 20",
        "get a GS-13 position",
    ),
    _field(
        "science",
        "Science and labs",
        "lab|lab tech|research associate|assay|samples|statistics|experiments|pilot "
        "experiments|grant|nsf|glp|confocal|microscope|sop|literature|poster|acs|"
        "chemistry|ascp|mls|pharma|quality control|pipetting|scientist|coral reefs|"
        "first author paper|undergrads",
        "move from lab tech to research associate",
        "raise assay throughput from 96 to 384 samples a day",
        "get GLP certified",
    ),
    _field(
        "arts",
        "Arts and design",
        "art|artist|paintings|painting|juried shows|portfolio|graphic novel|motion designer|"
        "illustration|instagram|ep|audience|mfa|prints|etsy|artist residencies|"
        "art director|gigs|character design|mural|ceramics|spring fair|designer|ux|ui|"
        "figma|illustrator|design|studio|interior design|ncidq",
        "get a junior motion designer job at a studio",
        "get 3 paintings into juried shows",
        "release my EP",
    ),
    _field(
        "logistics",
        "Logistics and transport",
        "logistics|cdl|warehouse|dock|freight|broker|forklift|long haul|routes|3pl|"
        "carriers|on time in full|mis picks|dispatcher|dock to stock|safe miles|apics|"
        "cscp|sap|supply chain|shift supervisor|transport planner|nights in the warehouse",
        "become a warehouse shift supervisor",
        "raise on-time-in-full from 88% to 95%",
        "get my CDL class A",
    ),
    _field(
        "healthcare",
        "Health and care",
        "doctor|physician|therapist|physical therapist|physio|physiotherapist|pharmacist|"
        "pharmacy|paramedic|dentist|dental|hygienist|radiology|radiographer|sonographer|"
        "caregiver|care home|usmle|residency|gp|clinic|patients|pance|nremt|ptcb|nbcot|"
        "ot board|no show rate|family medicine|cna|childrens hospital|dental hygienist",
        "match into a family medicine residency",
        "see 20 patients a day in clinic",
        "pass the USMLE Step 2",
    ),
    _field(
        "engineering",
        "Engineering",
        "engineering|pe license|fe exam|leed|leed ap|project engineer|structural engineer|"
        "chief engineer|scrap rate|six sigma|green belt|hvac design|solidworks|cswp|"
        "chartership|chartered|imeche|structural steel|timber buildings|graduate engineers|"
        "bridge job|hospital wing|paperwork",
        "get my PE license",
        "cut the scrap rate on line 2 from 4% to 1.5%",
        "get chartered with my engineering institution",
    ),
    _field(
        "media",
        "Media and journalism",
        "journalist|journalism|writer|staff writer|editor|features editor|byline|"
        "stories|podcast|episodes|substack|paid subscribers|producer|morning show|"
        "documentary|press award|newsroom|reporting|national paper|the atlantic|"
        "the guardian|freelance stories|videos|channel|investigative",
        "get a staff writer job at a national paper",
        "pitch 5 stories a week to editors",
        "finish my documentary edit",
    ),
    _field(
        "nonprofit",
        "Nonprofit",
        "nonprofit|non profit|charity|food bank|donors|volunteers|volunteer tutors|"
        "volunteer retention|cfre|town halls|youth program|grant application|board "
        "relations|executive director|aid organisation|unicef|mentoring program|teens|"
        "hospice|volunteer coordinator|help more people|values",
        "raise 250k for the food bank",
        "recruit 12 volunteer tutors",
        "get my CFRE credential",
    ),
)
FIELD_IDS: tuple[str, ...] = tuple(f.id for f in FIELDS)
_BY_ID = {f.id: f for f in FIELDS}
# Each signal to the fields it points at, weighted by its length in words.
_SIGNALS: dict[str, list[tuple[int, int]]] = {}
for _index, _f in enumerate(FIELDS):
    for _signal in _f.signals:
        _SIGNALS.setdefault(_signal, []).append((_index, len(_signal.split()) * 2 - 1))
_GENERAL = Field(
    "general",
    "General",
    frozenset(),
    "lead the next project my team starts",
    "send 10 applications",
    "finish the course I signed up for",
)


def field_of(text: str) -> str | None:
    """The id of the field ``text`` most reads as, or None when nothing signals one.

    Longer signals weigh more ("charge nurse" beats "unit"); ties go to the first field.
    """
    return field_of_words([t.text for t in tokenize(normalize(text)) if t.kind != "mark"])


def field_of_words(seq: list[str]) -> str | None:
    """:func:`field_of` for the words of a text already tokenised."""
    grams: set[str] = set()
    for i, word in enumerate(seq):
        grams.update(singulars(word))
        if i + 1 < len(seq):
            grams.add(f"{word} {seq[i + 1]}")
            if i + 2 < len(seq):
                grams.add(f"{word} {seq[i + 1]} {seq[i + 2]}")
    points = [0] * len(FIELDS)
    for gram in grams:
        for index, weight in _SIGNALS.get(gram, ()):
            points[index] += weight
    best = max(range(len(FIELDS)), key=lambda i: (points[i], -i))
    return FIELDS[best].id if points[best] else None


def samples_for(field_id: str | None) -> Field:
    """The field's samples for suggestions; general wording when the field is unknown."""
    return _BY_ID.get(field_id or "", _GENERAL)

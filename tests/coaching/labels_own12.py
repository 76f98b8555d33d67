# Fresh goals of our own (round 12), written and labelled blind: by a labeller who had not
# read the engine, the other label sets or the kinds tests. Held out: never run against the
# engine while written, and held out from round 11 (scored before and after it, then added
# untouched; own12_misses.py lists where the engine disagrees). The people: Japan, South Korea,
# China and Taiwan (writing in English), Vietnam, Thailand, Indonesia; Brazil, Mexico,
# Colombia, Argentina, Chile; Poland, Romania, Ukraine, Turkey, Israel; Spanish- and
# Portuguese-speaking people in the US; and anywhere: people with disabilities,
# neurodivergent people, people leaving prison, refugees re-qualifying, academics and
# postdocs, lawyers, pharmacists, physios, dentists, vets, architects, game developers,
# translators, chefs, cabin crew, pilots, truckers, electricians and plumbers (women in
# trades too), musicians, dancers, fitness coaches, real-estate agents, insurance and sales
# people, call-centre staff, social workers, priests and nuns, union organisers. Same schema
# as labels_field.py. Kinds: "concrete" (dated), "undated", "vague", "condition",
# "aspiration", "multi", "date" (lines whose point is the date, cadences included).
#
# READING RULES (TODAY is Monday 5 March 2029; dates worked out from it):
# - "by <month>" is the last day of the next such month not yet over: "by march" / "end of
#   month" / "EOM" / "this month" 31 March 2029 (under way), "by april" 30 April 2029, "by
#   june" 30 June 2029, "by december" 31 December 2029, "by january" 31 January 2030, "by
#   feb" 28 February 2030. "by <month> <day>" / "<day> <month>" is that day, the next to
#   come ("by march 20" 20 March 2029; "by march 1", gone this year, is 1 March 2030).
#   "<month> <year>" is the last day of that month ("june 2029" 30 June 2029).
# - "before X", "prior to X", "ahead of X" are the day before X ("before april" 31 March
#   2029, "before may 10" 9 May 2029, "before christmas" 24 December 2029). "by", "no later
#   than", "on or before", "until" are X itself. "before the end of X" is the end of X.
# - "by <year>" / "in <year>" is 31 December of it; "this year" / "EOY" / "by year end" 31
#   December 2029; "next year" 31 December 2030.
# - calendar quarters and halves: "Q1" / "this quarter" / "EOQ" / "end of quarter" 31 March
#   2029 (under way); "Q2" / "by end of Q2" 30 June 2029; "Q3" 30 September; "Q4" 31
#   December 2029; "H1" / "mid-year" / "mid-2029" 30 June 2029; "H2" 31 December 2029;
#   "1Q30" / "Q1 2030" 31 March 2030; "mid-2030" / "1H30" 30 June 2030; "next quarter" 30 June
#   2029. A bare "Q1".."Q4" is a calendar quarter and needs no assumption.
# - a fiscal year is read with FISCAL_YEAR_START = 4 (April to March) and is NAMED BY THE
#   CALENDAR YEAR IT BEGINS IN (the Japanese nendo convention): "this FY" / "end of FY" /
#   "fiscal year end" / "FY28" / "FY2028" 31 March 2029 (under way); "next FY" / "FY29" /
#   "FY2029" 31 March 2030; "FY2030" 31 March 2031. Fiscal quarters count from April: the
#   fiscal Q4 under way ends 31 March 2029; "fiscal Q1" / "1Q of next FY" 30 June 2029;
#   "fiscal Q2" / "fiscal H1" 30 September 2029; "fiscal Q3" 31 December 2029. Every such
#   reading is said (assumption=True). A fiscal year named only as the object of the goal,
#   with a calendar deadline, needs no assumption.
# - counted spans run from TODAY: "in 10 days" 15 March 2029, "in 2 wks" / "within a
#   fortnight" 19 March, "in 30 days" 4 April, "in 6 wks" 16 April, "in 60 days" 4 May,
#   "within 2 mos" 5 May, "in 90 days" 3 June, "in 3 months" / "for the next 3 months" 5
#   June, "in 100 days" 13 June, "in 4 mos" 5 July, "in 6 months" 5 September 2029, "over
#   the next 3 quarters" / "in 9 months" 5 December 2029, "in a year" / "in 12 months" /
#   "this time next year" 5 March 2030, "in 18 months" 5 September 2030, "in 2 years" /
#   "within two years" 5 March 2031, "until 3 years from now" 5 March 2032.
# - weekdays are the next to come, never today: "by friday" / "this friday" 9 March 2029,
#   "by wednesday" 7 March, "by sunday" 11 March, "by monday" 12 March; "next friday" is
#   the Friday of next week, 16 March 2029 (a judgement); "tmrw" / "tomorrow" 6 March;
#   "today" / "tonight" 5 March 2029. Days of the month are the next to come: "by the 15th"
#   15 March 2029, "by the 30th" 30 March, "by the 1st" 1 April 2029, "the 3rd" 3 April.
# - "this week" ends Sunday 11 March 2029; "next week" ends Sunday 18 March (a judgement);
#   "next month" / "end of next month" 30 April 2029; "in the new year" 31 January 2030 (a
#   judgement); "end of summer" 31 August 2029; "end of the week" is "this week", 11 March.
# - loose spans: "later this year" 31 December 2029; "sometime next year" / "by next year"
#   31 December 2030 (judgements: the end of the year, not its start); "a couple (of) weeks"
#   two weeks, 19 March 2029 (a judgement); "a few months", "a while", "soon" are no date;
#   "in 10 years" 5 March 2039.
# - seasons: for northern writers spring 2029 is under way and ends 31 May 2029, summer 31
#   August, fall / autumn 30 November 2029, winter 28 February 2030. For southern writers
#   (Brazil, Argentina, Chile) autumn is under way and ends 31 May 2029, winter 31 August,
#   spring 30 November 2029, summer 28 February 2030 (a judgement). School and academic
#   years: the Japanese school year ends 31 March 2029; "end of the semester" for a
#   northern university is 31 May 2029 (a judgement); "1st semester" in Brazil / Korea 30
#   June 2029 (a judgement); "2nd semester" 31 December 2029.
# - holidays are their next day to come, in the writer's country (a holiday that starts at
#   sundown, or lasts days, is dated by its first full day): Semana Santa 25-31 March 2029
#   ("before semana santa" 24 March); Passover 31 March 2029 (seder the evening of the 30th:
#   "before passover" 30 March, a judgement); Good Friday 30 March, Easter 1 April 2029;
#   Songkran 13 April 2029; Kurban Bayrami about 24 April 2029 (moon-sighted: a judgement);
#   Golden Week 28 April - 6 May 2029 ("before golden week" 27 April, the last working day,
#   a judgement; "after golden week" a floor); Dia do Trabalhador / May Day 1 May; Polish
#   Constitution Day 3 May; Memorial Day (US) 28 May 2029; Obon 13-16 August 2029 ("before
#   obon" 12 August, "by obon" 13 August); Indonesian Independence Day 17 August; Labor Day (US) 3 September;
#   Rosh Hashanah 10 September 2029 (a judgement); Mexican Independence 16 September;
#   Fiestas Patrias (Chile) 18 September 2029 ("before fiestas patrias" 17 September);
#   Chuseok / Mid-Autumn 21-23 September 2029, main day 22 September (a judgement; "before
#   chuseok" 20 September, "by chuseok" 21 September); China's National Day 1 October;
#   Double Ten 10 October; Turkish Republic Day 29 October; Dia de Muertos 1-2 November
#   ("before" 31 October, "by" 2 November, a judgement); Polish Independence Day 11
#   November; Thanksgiving (US) 22 November 2029; Hanukkah 2 December 2029 (a judgement);
#   Christmas 25 December 2029 (Christmas Eve 24th); New Year 1 January 2030 ("before new
#   year" 31 December 2029); Lunar New Year / Seollal / Tet / CNY 3 February 2030 (2029's, 13
#   February, is gone; "before tet" 2 February 2030, a judgement); Eid al-Fitr / Lebaran /
#   Ramazan Bayrami about 4 February 2030 (moon-sighted: a judgement; 2029's is gone);
#   Carnaval 2-5 March 2030 (2029's is gone; "before carnaval" 1 March 2030, "after
#   carnaval" a floor). Exams on fixed sittings named by month ("the july JLPT", "the
#   december TOPIK") are the end of that month (a judgement).
# - numeric dates, DATE_ORDER = "ymd": a date with the year first ("2029/4/15",
#   "2029.04.15", "2029-4-15") is year-month-day and needs no assumption. A two-part date
#   with no year ("4/5", "6.10") is read month first, the next to come, and says so
#   (assumption=True): "4/5" 5 April 2029, "3/1" 1 March 2030. A two-part date that reads
#   one way only ("30/4", "4/30", "25.12") needs none. A three-part date with the year last
#   ("5/6/2029") is read month first too and says so; one that reads one way only
#   ("20/6/2029") needs none. An impossible date ("2029/2/30", "2029.4.31", "feb 30", "2/29"
#   in a year that is not leap, "31/11") gives no deadline and no assumption.
# - a date that has passed ("by 2028/12/31", "by jan 2029", "was due feb 20 2029") is still
#   the deadline, but the goal is not time-bound. A date named with its own year that is
#   past is past; with no year it is the next to come.
# - the person's own events ("before my visa expires", "by my wedding", "before my parole
#   ends", "by my 40th", "before the baby", "before my contract runs out", "when my kid
#   starts school", "before the next bar sitting", "by the end of my residency", "by my
#   tenure review", "before the season", "by my next performance review") have no date the
#   tool can know: deadline None and not time-bound.
# - a negated or replaced date gives way to the one that stands ("not april, june" 30 June
#   2029; "moved from march to may" 31 May 2029; "was 2029/4/1 now 2029/5/15" 15 May 2029);
#   "not before X", "after X", "from X", "starting X", "once X" are a floor or a start, not a
#   deadline; "no rush", "no pressure", "roughly", "ish", "hopefully" do not remove a date
#   that is said; "asap", "soon", "someday" are no date.
# - a cadence ("twice a week", "3x/wk", "every sunday", "monthly", "daily") is measurable
#   and sets no deadline; a goal with a cadence and a date takes the date.
# - several goals on one line: each part is judged and dated; the line is met on a
#   criterion only if every part is; its deadline is the last part's when every part has
#   one, else None.
# - an aspiration: "one day", "someday", "eventually", "dream", "legacy", "long term",
#   "in the future", or a life destination five years or more away ("by 2035", "by 50");
#   it is labelled on its words like a goal (a named role or business is specific; done or
#   not is measurable). A vague self-improvement is a goal that is not specific, not an
#   aspiration.
# - specific: it says what will exist or be done (a credential, licence, exam level, visa,
#   document, task, sum, role, title, employer, deliverable, a number of a named thing).
#   Vague verbs ("improve", "work on", "get better at", "be more", "level up", "grow",
#   "focus on", "try to", "develop") are not specific, however concrete their object,
#   unless a target number or end state is given. "learn X" / "study X" with no level or
#   finish line is neither specific nor measurable.
# - measurable: a number with its object, a from-X-to-Y, an exam level or score, or a yes/no
#   outcome (passed, licensed, filed, hired, promoted, shipped, signed, moved) - a yes/no
#   outcome is measurable even when it is not specific ("get promoted", "find any job"); a
#   raise with no size is neither; a condition of work alone (remote, day shift, 4 days,
#   no travel, step-free office, quiet desk, no on-call, near home) is not specific, though
#   done is plain (measurable).
# ruff: noqa: E501
# fmt: off
from datetime import date

from tests.coaching.labels_field import Case, Part  # the same schema

TODAY = date(2029, 3, 5)  # a Monday
DATE_ORDER = "ymd"
FISCAL_YEAR_START = 4       # April: "this FY" ends 31 March 2029; "FY2029" is April 2029 - March 2030

T, F = True, False


def _c(text, s, m, t, d, fld, kind, asp=False, asm=False):
    return Case(text, s, m, t, d, fld, (kind,), asp, asm)


def _m(text, fld, *parts, asp=False, asm=False, kind="multi"):
    """Several goals on one line: the line's verdicts follow from its parts."""
    ps = tuple(Part(*p) for p in parts)
    dl = ps[-1].deadline if all(p.deadline for p in ps) else None
    return Case(text, all(p.specific for p in ps), all(p.measurable for p in ps),
                all(p.time_bound for p in ps), dl, fld, (kind,), asp, asm, ps)


_CONCRETE = (
    _c("pass JLPT N2 in the july sitting", T, T, T, "2029-07-31", "languages", "concrete"),  # judgement: a named sitting is the end of its month
    _c("i want pass jlpt n1 by december so i can apply to japanese company", T, T, T, "2029-12-31", "languages", "concrete"),
    _c("get TOPIK level 5 by october", T, T, T, "2029-10-31", "languages", "concrete"),
    _c("hsk 5 before my scholarship application in may 31", T, T, T, "2029-05-30", "languages", "concrete"),  # judgement: "before ... may 31" is the day before
    _c("pass the EJU with 300+ in japanese by june", T, T, T, "2029-06-30", "education", "concrete"),
    _c("take the bar exam in july and pass it", T, T, T, "2029-07-31", "law", "concrete"),
    _c("pass celpe-bras intermediário superior by november", T, T, T, "2029-11-30", "languages", "concrete"),
    _c("aprovar no revalida 2a etapa until september", T, T, T, "2029-09-30", "medicine", "concrete"),
    _c("pass ENARM with score to enter pediatria by december", T, T, T, "2029-12-31", "medicine", "concrete"),
    _c("usmle step 1 pass by june 30", T, T, T, "2029-06-30", "medicine", "concrete"),
    _c("nclex-rn pass before end of may", T, T, T, "2029-05-31", "nursing", "concrete"),
    _c("pass the FE exam by april 20", T, T, T, "2029-04-20", "engineering", "concrete"),
    _c("sit for PE electrical and power in october, pass first try", T, T, T, "2029-10-31", "engineering", "concrete"),
    _c("finish all 4 cpa sections by dec 2029", T, T, T, "2029-12-31", "accounting", "concrete"),
    _c("get my journeyman card by august", T, T, T, "2029-08-31", "electrical", "concrete"),
    _c("match into internal medicine residency this march 16", T, T, T, "2029-03-16", "medicine", "concrete"),  # judgement: match day named by date
    _c("submit tenure dossier by sept 15", T, T, T, "2029-09-15", "academia", "concrete"),
    _c("submit my habilitation thesis to the faculty by 2029/10/1", T, T, T, "2029-10-01", "academia", "concrete"),
    _c("get my H-1B approved by october 1", T, T, T, "2029-10-01", "immigration", "concrete"),
    _c("save ¥1,500,000 for moving to osaka by december", T, T, T, "2029-12-31", "personal finance", "concrete"),
    _c("save 3M won for my bootcamp by june", T, T, T, "2029-06-30", "software", "concrete"),
    _c("juntar R$ 20 mil pra reserva until end of year", T, T, T, "2029-12-31", "personal finance", "concrete"),
    _c("make 50k reais in commissions before december", T, T, T, "2029-11-30", "real estate", "concrete"),
    _c("earn 40,000 MXN/month from freelance translation by july", T, T, T, "2029-07-31", "translation", "concrete"),
    _c("get offer of min 12k zł brutto by end of Q2", T, T, T, "2029-06-30", "software", "concrete"),
    _c("raise my salary to 90.000 ₺ monthly by september", T, T, T, "2029-09-30", "engineering", "concrete"),
    _c("close ₪2M in new policies by the end of the year", T, T, T, "2029-12-31", "insurance", "concrete"),
    _c("sell 6 apartments in tel aviv by june", T, T, T, "2029-06-30", "real estate", "concrete"),
    _c("publish 2 first author papers by end of 2029", T, T, T, "2029-12-31", "academia", "concrete"),
    _c("submit the R01 resubmission by july 5", T, T, T, "2029-07-05", "academia", "concrete"),
    _c("defend my phd dissertation in november", T, T, T, "2029-11-30", "academia", "concrete"),
    _c("apply to 15 postdoc positions by april 30", T, T, T, "2029-04-30", "academia", "concrete"),
    _c("get my pharmacist license in texas by august", T, T, T, "2029-08-31", "pharmacy", "concrete"),
    _c("pass the NAPLEX and MPJE before july", T, T, T, "2029-06-30", "pharmacy", "concrete"),
    _c("complete the OCS orthopedic specialist cert by 2030", T, T, T, "2030-12-31", "physiotherapy", "concrete"),
    _c("open my own physio clinic in curitiba by january 2030", T, T, T, "2030-01-31", "physiotherapy", "concrete"),
    _c("pass the INBDE by june so i can get license as foreign dentist", T, T, T, "2029-06-30", "dentistry", "concrete"),
    _c("finish 30 implant cases for my fellowship by december", T, T, T, "2029-12-31", "dentistry", "concrete"),
    _c("get NAVLE passed by nov", T, T, T, "2029-11-30", "veterinary", "concrete"),
    _c("hire 1 more vet tech for the clinic by end of april", T, T, T, "2029-04-30", "veterinary", "concrete"),
    _c("get my architect registration (kenchikushi 1st class) in the 2029 exam", T, T, T, "2029-12-31", "architecture", "concrete"),  # judgement: "the 2029 exam" read as by end of 2029
    _c("submit competition entry for the library project by 2029.05.20", T, T, T, "2029-05-20", "architecture", "concrete"),
    _c("ship the steam demo of my indie game before next fest in june", T, T, T, "2029-05-31", "game development", "concrete"),  # judgement: "before ... in june" the day before June
    _c("release v1.0 of my game on switch by october", T, T, T, "2029-10-31", "game development", "concrete"),
    _c("translate 3 books for the publisher by november 30", T, T, T, "2029-11-30", "translation", "concrete"),
    _c("get ATA certification ES>EN by september", T, T, T, "2029-09-30", "translation", "concrete"),
    _c("become sous chef at the hotel by august", T, T, T, "2029-08-31", "culinary", "concrete"),
    _c("open my taqueria food truck by dia de muertos", T, T, T, "2029-11-02", "culinary", "concrete"),  # judgement: Dia de Muertos as 2 November
    _c("pass the purser assessment by june", T, T, T, "2029-06-30", "aviation", "concrete"),
    _c("get my ATPL theory exams all 13 done by july", T, T, T, "2029-07-31", "aviation", "concrete"),
    _c("reach 1500 hours total time by december for ATP", T, T, T, "2029-12-31", "aviation", "concrete"),
    _c("get A320 type rating before summer", T, T, T, "2029-05-31", "aviation", "concrete"),  # judgement: "before summer" the last day of spring
    _c("get my CDL class A by the 30th", T, T, T, "2029-03-30", "trucking", "concrete"),
    _c("get hazmat endorsement on my cdl by april", T, T, T, "2029-04-30", "trucking", "concrete"),
    _c("pass my master plumber exam in may", T, T, T, "2029-05-31", "plumbing", "concrete"),
    _c("as a woman electrician i want to be first female foreman in my local by december", T, T, T, "2029-12-31", "electrical", "concrete"),
    _c("finish 2000 apprentice hours by sep", T, T, T, "2029-09-30", "plumbing", "concrete"),
    _c("record and release my 5 song EP by august 31", T, T, T, "2029-08-31", "music", "concrete"),
    _c("pass the orchestra audition for 2nd violin in april", T, T, T, "2029-04-30", "music", "concrete"),
    _c("get into a dance company contract for the 2029-30 season by june", T, T, T, "2029-06-30", "dance", "concrete"),
    _c("get 20 paying online clients for my coaching by june", T, T, T, "2029-06-30", "fitness", "concrete"),
    _c("get NASM CPT cert by april 15", T, T, T, "2029-04-15", "fitness", "concrete"),
    _c("hit 12 closings this year as agent", T, T, T, "2029-12-31", "real estate", "concrete"),
    _c("get my creci license by may", T, T, T, "2029-05-31", "real estate", "concrete"),
    _c("reach 120% of sales quota in Q2", T, T, T, "2029-06-30", "sales", "concrete"),
    _c("book 40 demos by end of quarter", T, T, T, "2029-03-31", "sales", "concrete"),
    _c("get my AHT under 6 min by end of month", T, T, T, "2029-03-31", "call centre", "concrete"),
    _c("move from call center agent to team leader by september", T, T, T, "2029-09-30", "call centre", "concrete"),
    _c("get my LCSW license by november", T, T, T, "2029-11-30", "social work", "concrete"),
    _c("complete 3000 supervised hours by 2029/12/31", T, T, T, "2029-12-31", "social work", "concrete"),
    _c("finish my chaplaincy CPE unit by august", T, T, T, "2029-08-31", "ministry", "concrete"),
    _c("make my final vows in the congregation on 2029.09.08", T, T, T, "2029-09-08", "religious life", "concrete"),
    _c("sign up 150 new members at the warehouse before the vote on may 20", T, T, T, "2029-05-19", "union organising", "concrete"),
    _c("win union recognition election at the plant by october", T, T, T, "2029-10-31", "union organising", "concrete"),
    _c("get my expungement petition filed by april 10", T, T, T, "2029-04-10", "reentry", "concrete"),
    _c("after 6 yrs inside i want get forklift cert by april", T, T, T, "2029-04-30", "reentry", "concrete"),
    _c("get my nursing diploma recognised in germany (anerkennung) by october", T, T, T, "2029-10-31", "refugee requalification", "concrete"),
    _c("pass the polish nostrification of my syrian pharmacy degree by december", T, T, T, "2029-12-31", "refugee requalification", "concrete"),
    _c("get B2 certificate in german by july so i can do my approbation", T, T, T, "2029-07-31", "refugee requalification", "concrete"),
    _c("get my DSP role with accomodations signed before april", T, T, T, "2029-03-31", "disability", "concrete"),
    _c("as autistic dev i want to get a job offer from a company with neurodiversity program by june", T, T, T, "2029-06-30", "software", "concrete"),
    _c("send my finished adhd-friendly portfolio site to 10 studios by march 25", T, T, T, "2029-03-25", "design", "concrete"),
    _c("get AWS solutions architect associate by april", T, T, T, "2029-04-30", "software", "concrete"),
    _c("cut api p99 latency from 800ms to 200ms by end of Q3", T, T, T, "2029-09-30", "software", "concrete"),
    _c("keep 99.95% uptime for payments service through H1", T, T, T, "2029-06-30", "software", "concrete"),
    _c("get promoted to senior engineer in the october cycle", T, T, T, "2029-10-31", "software", "concrete"),  # judgement: a named review cycle month
    _c("pass gaokao-style postgraduate entrance exam (kaoyan) in december", T, T, T, "2029-12-31", "education", "concrete"),
    _c("get offer from TSMC as process engineer by july", T, T, T, "2029-07-31", "engineering", "concrete"),
    _c("pass civil service exam (gongwuyuan) this year", T, T, T, "2029-12-31", "public service", "concrete"),
    _c("get 900 on toeic by may so i can transfer to overseas team", T, T, T, "2029-05-31", "business", "concrete"),
    _c("ielts 7.0 overall by june for my visa", T, T, T, "2029-06-30", "immigration", "concrete"),
    _c("get 7 in all ielts bands before my CRS draw, target april 2029", T, T, T, "2029-04-30", "immigration", "concrete"),  # judgement: own event, but a stated month stands
    _c("pass the vietnamese CPA exam all subjects by december", T, T, T, "2029-12-31", "accounting", "concrete"),
    _c("get transfer to singapore office by end of year", T, T, T, "2029-12-31", "logistics", "concrete"),
    _c("open my second spa in chiang mai by november", T, T, T, "2029-11-30", "hospitality", "concrete"),
    _c("get 3 cruise ship contracts for my band by december", T, T, T, "2029-12-31", "music", "concrete"),
    _c("finish my master in public health at UI before august 17", T, T, T, "2029-08-16", "public health", "concrete"),
    _c("lulus ujian kompetensi dokter (UKMPPD) by may", T, T, T, "2029-05-31", "medicine", "concrete"),
    _c("tirar a OAB na segunda fase em junho", T, T, T, "2029-06-30", "law", "concrete"),
    _c("pass the oab exam by june, my 3rd try", T, T, T, "2029-06-30", "law", "concrete"),
    _c("get 10 new clients for my accounting office in monterrey by july", T, T, T, "2029-07-31", "accounting", "concrete"),
    _c("get my cédula profesional by april", T, T, T, "2029-04-30", "engineering", "concrete"),
    _c("finish my specialization in ortodoncia in bogotá by december", T, T, T, "2029-12-31", "dentistry", "concrete"),
    _c("pasar el examen de matrícula de abogado en buenos aires en junio", T, T, T, "2029-06-30", "law", "concrete"),
    _c("get 3 restaurant consulting contracts in santiago by september", T, T, T, "2029-09-30", "culinary", "concrete"),
    _c("pass ACCA strategic professional exams by december sitting", T, T, T, "2029-12-31", "accounting", "concrete"),  # judgement: a named sitting is the end of its month
    _c("land a remote devops job paying min $4k usd by july", T, T, T, "2029-07-31", "software", "concrete"),
    _c("get my sworn translator status (tłumacz przysięgły) by november", T, T, T, "2029-11-30", "translation", "concrete"),
    _c("pass the romanian bar (INPPA) exam in september", T, T, T, "2029-09-30", "law", "concrete"),
    _c("get my ukrainian medical diploma confirmed in poland by december", T, T, T, "2029-12-31", "refugee requalification", "concrete"),
    _c("finish my uzmanlık (specialty) exam TUS with 65+ by august", T, T, T, "2029-08-31", "medicine", "concrete"),
    _c("pass israeli bar exam in may", T, T, T, "2029-05-31", "law", "concrete"),
    _c("get 5 VC meetings for my startup before passover", T, T, T, "2029-03-30", "entrepreneurship", "concrete"),  # judgement: Passover's eve
    _c("sacar mi licencia de electricista in california by october", T, T, T, "2029-10-31", "electrical", "concrete"),
    _c("get my real estate license in florida before summer", T, T, T, "2029-05-31", "real estate", "concrete"),
    _c("pasar el GED by june pa poder aplicar a community college", T, T, T, "2029-06-30", "education", "concrete"),
    _m("pass CNA exam by april 30 and start working at the nursing home", "nursing",
       ("pass CNA exam by april 30", T, T, T, "2029-04-30"),
       ("start working at the nursing home", T, T, F, None)),
    _c("tirar minha carteira de motorista CDL aqui em massachusetts by may", T, T, T, "2029-05-31", "trucking", "concrete"),
    _c("get 25 google reviews for my cleaning company by june", T, T, T, "2029-06-30", "small business", "concrete"),
    _c("pass NREMT after the EMT-B course, by august", T, T, T, "2029-08-31", "emergency medicine", "concrete"),
    _c("get my CFI rating by 2029.07.31", T, T, T, "2029-07-31", "aviation", "concrete"),
    _c("run 3 grant-writing workshops for the parish by june", T, T, T, "2029-06-30", "ministry", "concrete"),
    _c("submit my asylum-based work permit renewal by march 20", T, T, T, "2029-03-20", "immigration", "concrete"),
    _c("get hired as peer support specialist by july, i got out in january", T, T, T, "2029-07-31", "reentry", "concrete"),
    _c("finish my welding cert (AWS D1.1) before i parole out in... no wait, i am out, so by may", T, T, T, "2029-05-31", "reentry", "concrete"),  # judgement: the own event is withdrawn, may stands
    _c("get 2 papers accepted at CHI or CSCW by december", T, T, T, "2029-12-31", "academia", "concrete"),
    _c("reach 1000 followers on my physio instagram by june", T, T, T, "2029-06-30", "physiotherapy", "concrete"),
    _c("pass DELE C1 in november", T, T, T, "2029-11-30", "languages", "concrete"),
    _c("pass JLPT N3 by dec", T, T, T, "2029-12-31", "languages", "concrete"),
    _c("earn ₩60,000,000 annual salary by next year", T, T, T, "2030-12-31", "software", "concrete"),  # judgement: "by next year" is its end, not its start
)

_UNDATED = (
    _c("pass jlpt n2", T, T, F, None, "languages", "undated"),
    _c("get topik 6", T, T, F, None, "languages", "undated"),
    _c("pass the bar exam in new york", T, T, F, None, "law", "undated"),
    _c("get my journeyman electrician license", T, T, F, None, "electrical", "undated"),
    _c("become licensed pharmacist in canada, i am from brazil", T, T, F, None, "pharmacy", "undated"),
    _m("pass revalida and work as doctor in brazil again", "medicine",
       ("pass revalida", T, T, F, None),
       ("work as doctor in brazil again", T, T, F, None)),
    _c("save 1 million yen for emergency fund", T, T, F, None, "personal finance", "undated"),
    _c("get 5 new real estate listings", T, T, F, None, "real estate", "undated"),
    _c("publish my first paper in a Q1 journal", T, T, F, None, "academia", "undated"),
    _c("get tenure", T, T, F, None, "academia", "undated"),
    _c("land a tenure track job in the US", T, T, F, None, "academia", "undated"),
    _c("pass NCLEX", T, T, F, None, "nursing", "undated"),
    _c("get my CDL", T, T, F, None, "trucking", "undated"),
    _c("get promoted", F, T, F, None, "general", "undated"),
    _c("find any job after release", F, T, F, None, "reentry", "undated"),
    _c("get hired anywhere that takes people with record", F, T, F, None, "reentry", "undated"),
    _c("open a bakery in my neighbourhood in guadalajara", T, T, F, None, "culinary", "undated"),
    _c("become head chef", T, T, F, None, "culinary", "undated"),
    _c("get certified as sommelier level 2 WSET", T, T, F, None, "hospitality", "undated"),
    _c("upgrade from economy to business class cabin crew", T, T, F, None, "aviation", "undated"),
    _c("become captain at my airline", T, T, F, None, "aviation", "undated"),
    _c("log 250 hrs PIC", T, T, F, None, "aviation", "undated"),
    _c("get 3 regular dental hygiene clients for my home visits service", T, T, F, None, "dentistry", "undated"),
    _c("get board certified in veterinary surgery (ACVS)", T, T, F, None, "veterinary", "undated"),
    _c("get my PE stamp", T, T, F, None, "engineering", "undated"),
    _c("finish the revit certification", T, T, F, None, "architecture", "undated"),
    _c("ship my mobile game to google play", T, T, F, None, "game development", "undated"),
    _c("make 100 sales of my game on itch", T, T, F, None, "game development", "undated"),
    _c("translate 50,000 words per month", T, T, F, None, "translation", "undated"),
    _c("get 2 gigs per month for my tango trio", T, T, F, None, "music", "undated"),
    _c("pass my grade 8 piano", T, T, F, None, "music", "undated"),
    _c("get accepted into a contemporary dance masters", T, T, F, None, "dance", "undated"),
    _c("get 30 clients in my pilates studio", T, T, F, None, "fitness", "undated"),
    _c("sell 10 life insurance policies per month", T, T, F, None, "insurance", "undated"),
    _c("get my series 7 and 66", T, T, F, None, "finance", "undated"),
    _c("reduce call abandon rate from 12% to 5%", T, T, F, None, "call centre", "undated"),
    _c("get my MSW", T, T, F, None, "social work", "undated"),
    _c("be ordained deacon", T, T, F, None, "ministry", "undated"),
    _c("organize the first union at our starbucks store", T, T, F, None, "union organising", "undated"),
    _c("get 70% of nurses to sign union cards", T, T, F, None, "union organising", "undated"),
    _c("get my engineering degree recognised in chile", T, T, F, None, "refugee requalification", "undated"),
    _c("find a job with screen reader friendly tools as blind accountant", T, T, F, None, "disability", "undated"),
    _c("get a part time job as data entry with wheelchair accessible office", T, T, F, None, "disability", "undated"),
    _c("get a diagnosis letter for workplace accommodations and give to HR", T, T, F, None, "neurodivergent", "undated"),
    _c("get my kubernetes CKA", T, T, F, None, "software", "undated"),
    _c("cut build time from 40 min to 10 min", T, T, F, None, "software", "undated"),
    _c("get a job at samsung", T, T, F, None, "engineering", "undated"),
    _c("transfer to tokyo HQ", T, T, F, None, "business", "undated"),
    _c("pass the thai teaching license test", T, T, F, None, "education", "undated"),
    _c("get my brevet as guide in bali, indonesian tourism cert", T, T, F, None, "tourism", "undated"),
    _c("pass exame de suficiência do CFC", T, T, F, None, "accounting", "undated"),
    _m("get my cedula and work as psicologa in mexico", "psychology",
       ("get my cedula", T, T, F, None),
       ("work as psicologa in mexico", T, T, F, None)),
    _c("pass the series 6 exam so i can sell annuities", T, T, F, None, "insurance", "undated"),
    _c("get my green card through EB-2 NIW", T, T, F, None, "immigration", "undated"),
    _c("get my uprawnienia budowlane (building license) in poland", T, T, F, None, "architecture", "undated"),
    _c("obtener mi título homologado en españa", T, T, F, None, "refugee requalification", "undated"),
)

_VAGUE = (
    _c("improve my japanese", F, F, F, None, "languages", "vague"),
    _c("get better at keigo for work emails", F, F, F, None, "languages", "vague"),
    _c("study korean more", F, F, F, None, "languages", "vague"),
    _c("learn chinese", F, F, F, None, "languages", "vague"),
    _c("improve my english speaking for meetings by june", F, F, T, "2029-06-30", "business", "vague"),
    _c("be a better lawyer", F, F, F, None, "law", "vague"),
    _c("work on my legal writing", F, F, F, None, "law", "vague"),
    _c("get better at cross examination this year", F, F, T, "2029-12-31", "law", "vague"),
    _c("be more confident talking to doctors as pharmacist", F, F, F, None, "pharmacy", "vague"),
    _c("improve patient communication", F, F, F, None, "physiotherapy", "vague"),
    _c("level up my manual therapy skills", F, F, F, None, "physiotherapy", "vague"),
    _c("get better at endo", F, F, F, None, "dentistry", "vague"),
    _c("improve my surgery skills with small animals", F, F, F, None, "veterinary", "vague"),
    _c("grow as an architect", F, F, F, None, "architecture", "vague"),
    _c("work on my portfolio", F, F, F, None, "architecture", "vague"),
    _c("get better at unity and shaders", F, F, F, None, "game development", "vague"),
    _c("learn unreal engine", F, F, F, None, "game development", "vague"),
    _c("improve my translation speed", F, F, F, None, "translation", "vague"),
    _c("be more creative in the kitchen", F, F, F, None, "culinary", "vague"),
    _c("improve my knife skills before summer", F, F, T, "2029-05-31", "culinary", "vague"),  # judgement: "before summer" the last day of spring
    _c("be a better flight attendant and more patient with pax", F, F, F, None, "aviation", "vague"),
    _c("improve my landings", F, F, F, None, "aviation", "vague"),
    _c("be safer driver", F, F, F, None, "trucking", "vague"),
    _c("get better at reading blueprints", F, F, F, None, "electrical", "vague"),
    _c("improve my plumbing skills", F, F, F, None, "plumbing", "vague"),
    _c("practice guitar more", F, F, F, None, "music", "vague"),
    _c("get better at improv on sax", F, F, F, None, "music", "vague"),
    _c("improve my flexibility and technique", F, F, F, None, "dance", "vague"),
    _c("grow my fitness brand", F, F, F, None, "fitness", "vague"),
    _c("be a better closer", F, F, F, None, "real estate", "vague"),
    _c("improve my sales", F, F, F, None, "sales", "vague"),
    _c("work on my cold calling", F, F, F, None, "sales", "vague"),
    _c("get better at handling angry customers", F, F, F, None, "call centre", "vague"),
    _c("improve my case notes", F, F, F, None, "social work", "vague"),
    _c("be a better pastor to my people", F, F, F, None, "ministry", "vague"),
    _c("deepen my prayer life and serve better", F, F, F, None, "religious life", "vague"),
    _c("grow the union", F, F, F, None, "union organising", "vague"),
    _c("get my life together after prison", F, F, F, None, "reentry", "vague"),
    _c("try to find something stable", F, F, F, None, "reentry", "vague"),
    _c("rebuild my career here in poland", F, F, F, None, "refugee requalification", "vague"),
    _c("improve my focus at work (adhd)", F, F, F, None, "neurodivergent", "vague"),
    _c("be better at masking less and advocating for myself", F, F, F, None, "neurodivergent", "vague"),
    _c("manage my energy better with chronic pain", F, F, F, None, "disability", "vague"),
    _c("improve my python", F, F, F, None, "software", "vague"),
    _c("get better at system design by Q3", F, F, T, "2029-09-30", "software", "vague"),
    _c("work on my leadership skills", F, F, F, None, "management", "vague"),
    _c("be more visible to my manager", F, F, F, None, "general", "vague"),
    _c("network more", F, F, F, None, "general", "vague"),
    _c("develop my personal brand on linkedin", F, F, F, None, "marketing", "vague"),
    _c("focus on my research", F, F, F, None, "academia", "vague"),
    _c("improve my teaching evaluations", F, F, F, None, "academia", "vague"),
    _c("write more", F, F, F, None, "academia", "vague"),
    _c("get better at grant writing before next year", F, F, T, "2029-12-31", "academia", "vague"),
    _c("melhorar meu inglês pro trabalho", F, F, F, None, "languages", "vague"),
    _c("mejorar mi ingles para entrevistas", F, F, F, None, "languages", "vague"),
    _c("improve my excel skills for the office in jakarta", F, F, F, None, "business", "vague"),
    _c("be more professional", F, F, F, None, "general", "vague"),
    _c("get a raise", F, F, F, None, "general", "vague"),
    _c("make more money this year somehow", F, F, T, "2029-12-31", "general", "vague"),
    _c("earn more", F, F, F, None, "general", "vague"),
    _c("make more money in my insurance business", F, F, F, None, "insurance", "vague"),
    _c("be happier at work", F, F, F, None, "general", "vague"),
    _c("reduce my stress in the ER", F, F, F, None, "nursing", "vague"),
    _c("work on my bedside manner", F, F, F, None, "medicine", "vague"),
    _c("improve my clinical reasoning for the boards", F, F, F, None, "medicine", "vague"),
    _c("get stronger in pharmacology", F, F, F, None, "pharmacy", "vague"),
    _c("learn more about AI for my job", F, F, F, None, "general", "vague"),
    _c("upskill in data", F, F, F, None, "general", "vague"),
    _c("be a good mentor to the apprentices", F, F, F, None, "electrical", "vague"),
    _c("get better at quoting jobs so i dont lose money", F, F, F, None, "plumbing", "vague"),
    _c("improve my portuguese medical vocab", F, F, F, None, "medicine", "vague"),
    _c("be more consistent posting my dance videos", F, F, F, None, "dance", "vague"),
    _c("get better at time management, i am always late with deadlines", F, F, F, None, "neurodivergent", "vague"),
    _c("improve my turkish for clients", F, F, F, None, "languages", "vague"),
    _c("work on my hebrew so i can work in a clinic here", F, F, F, None, "refugee requalification", "vague"),
    _c("develop myself more as a leader in the parish before easter", F, F, T, "2029-03-31", "ministry", "vague"),
)

_CONDITION = (
    _c("work fully remote", F, T, F, None, "software", "condition"),
    _c("only day shift no nights anymore", F, T, F, None, "nursing", "condition"),
    _c("i want 4 day week", F, T, F, None, "general", "condition"),
    _c("no more weekend shifts at the pharmacy", F, T, F, None, "pharmacy", "condition"),
    _c("work max 40 hours per week, now i do 60", F, T, F, None, "law", "condition"),
    _c("job within 30 min from home in são paulo", F, T, F, None, "general", "condition"),
    _c("no travel in my next role", F, T, F, None, "sales", "condition"),
    _c("step-free office and accessible toilet", F, T, F, None, "disability", "condition"),
    _c("a quiet desk away from open plan noise, autistic", F, T, F, None, "neurodivergent", "condition"),
    _c("flexible hours for my therapy appointments", F, T, F, None, "disability", "condition"),
    _c("work from home 3 days a week by april", F, T, T, "2029-04-30", "business", "condition"),
    _c("home every night, local routes only", F, T, F, None, "trucking", "condition"),
    _c("no more long haul, regional routes from june", F, T, F, None, "trucking", "condition"),  # "from june" is a start
    _c("short haul flights only so i can be home with my baby", F, T, F, None, "aviation", "condition"),
    _c("no on-call after 2029/6/30", F, T, F, None, "software", "condition"),  # judgement: a start ("after"), not a deadline
    _c("part time 20h/week while i finish my masters", F, T, F, None, "academia", "condition"),
    _c("remote job with US timezone overlap from colombia", F, T, F, None, "software", "condition"),
    _c("work in a kitchen that closes by 11pm", F, T, F, None, "culinary", "condition"),
    _c("stay in tokyo, no transfer to regional branch", F, T, F, None, "business", "condition"),
    _c("a job where i dont have to drive because of my epilepsy", F, T, F, None, "disability", "condition"),
    _c("i need sign language interpreter at meetings", F, T, F, None, "disability", "condition"),
    _c("hybrid, 2 days in office max", F, T, F, None, "general", "condition"),
    _c("no more than 25 patients a day", F, T, F, None, "physiotherapy", "condition"),
    _c("keep sundays free for mass", F, T, F, None, "ministry", "condition"),
    _c("work near my kids school in monterrey", F, T, F, None, "general", "condition"),
    _c("get written instructions instead of verbal ones, dyslexic", F, T, F, None, "neurodivergent", "condition"),
    _c("only gigs with paid rehearsals", F, T, F, None, "music", "condition"),
    _c("work for an employer who accepts people with felony record", F, T, F, None, "reentry", "condition"),
    _c("4 x 10 schedule instead of 5 x 8 starting next month", F, T, F, None, "electrical", "condition"),  # "starting" is a start
    _c("no shabbat shifts", F, T, F, None, "nursing", "condition"),
    _c("remote translation work, no office", F, T, F, None, "translation", "condition"),
    _c("work in lisbon or porto", F, T, F, None, "general", "condition"),
    _c("no client calls after 6pm", F, T, F, None, "insurance", "condition"),
    _c("stable schedule no rotating shifts in the call center", F, T, F, None, "call centre", "condition"),
    _c("caseload under 30 families", F, T, F, None, "social work", "condition"),
    _c("have a women's changing room on site", F, T, F, None, "construction", "condition"),
    _c("a company that provides tools and van", F, T, F, None, "plumbing", "condition"),
    _c("be able to pray 5 times at work, a room for prayer", F, T, F, None, "general", "condition"),
    _c("work remotely as a freelance illustrator", T, T, F, None, "design", "condition"),  # judgement: a way of working, but it names a role
    _c("get my hours down to 45/wk by summer", F, T, T, "2029-08-31", "culinary", "condition"),
    _c("keep my teaching load at 2 courses per semester", F, T, F, None, "academia", "condition"),
    _c("i want to live in chiang mai and work online", F, T, F, None, "general", "condition"),
)

_ASPIRATION = (
    _c("one day open my own izakaya in kyoto", T, T, F, None, "culinary", "aspiration", asp=T),
    _c("someday become a partner at a big law firm", T, T, F, None, "law", "aspiration", asp=T),
    _c("my dream is to be a principal dancer", T, T, F, None, "dance", "aspiration", asp=T),
    _c("eventually run my own vet hospital", T, T, F, None, "veterinary", "aspiration", asp=T),
    _c("long term i want to be a full professor", T, T, F, None, "academia", "aspiration", asp=T),
    _c("be a good person and help my community", F, F, F, None, "general", "aspiration", asp=T),
    _c("leave a legacy for the next generation of women electricians", F, F, F, None, "electrical", "aspiration", asp=T),
    _c("one day fly for a major airline as captain", T, T, F, None, "aviation", "aspiration", asp=T),
    _c("i dream of having my own architecture studio by 2035", T, T, T, "2035-12-31", "architecture", "aspiration", asp=T),
    _c("retire by 55 with 500 million won", T, T, F, None, "personal finance", "aspiration", asp=T),  # own age: no knowable date
    _c("someday make a game that people remember", F, F, F, None, "game development", "aspiration", asp=T),
    _c("in the future i want to be a known literary translator", F, F, F, None, "translation", "aspiration", asp=T),
    _c("one day have my own trucking company with 10 trucks", T, T, F, None, "trucking", "aspiration", asp=T),
    _c("my dream: play at rock in rio", T, T, F, None, "music", "aspiration", asp=T),
    _c("eventually be a mother superior? i dont know, serve where god sends me", F, F, F, None, "religious life", "aspiration", asp=T),  # judgement: the named role is withdrawn
    _c("long term goal to become a bishop's advisor on social justice", T, T, F, None, "ministry", "aspiration", asp=T),
    _c("someday lead the national union federation", T, T, F, None, "union organising", "aspiration", asp=T),
    _c("one day be a judge", T, T, F, None, "law", "aspiration", asp=T),
    _c("be the first in my family to be a doctor in brazil", T, T, F, None, "medicine", "aspiration", asp=T),  # judgement: an identity statement
    _c("i want to be a respected pharmacist in my town", F, F, F, None, "pharmacy", "aspiration", asp=T),
    _c("own 5 rental apartments by 2034", T, T, T, "2034-12-31", "real estate", "aspiration", asp=T),
    _c("have my own sports physio clinic for football players one day", T, T, F, None, "physiotherapy", "aspiration", asp=T),
    _c("eventually open a dental clinic in my village in vietnam", T, T, F, None, "dentistry", "aspiration", asp=T),
    _c("my long term dream is to work for nintendo", T, T, F, None, "game development", "aspiration", asp=T),
    _c("be financially free", F, F, F, None, "personal finance", "aspiration", asp=T),
    _c("someday help other people coming out of prison find work", F, F, F, None, "reentry", "aspiration", asp=T),
    _c("one day be a doctor again like in syria", T, T, F, None, "refugee requalification", "aspiration", asp=T),
    _c("be a voice for disabled workers in my industry", F, F, F, None, "disability", "aspiration", asp=T),
    _c("long-term: run a neurodivergent-led design agency", T, T, F, None, "neurodivergent", "aspiration", asp=T),
    _c("be a chef with a michelin star someday", T, T, F, None, "culinary", "aspiration", asp=T),
    _c("in 10 years be CFO of a listed company", T, T, T, "2039-03-05", "finance", "aspiration", asp=T),
    _c("eventually teach yoga in bali", T, T, F, None, "fitness", "aspiration", asp=T),
    _c("one day move to japan and work there as engineer", T, T, F, None, "engineering", "aspiration", asp=T),
    _c("dream is to live from my music without a day job", T, T, F, None, "music", "aspiration", asp=T),  # judgement: "no day job" is the end state
    _c("someday be top 1 insurance agent in the company", T, T, F, None, "insurance", "aspiration", asp=T),
    _c("by 50 i want to have my own social work consultancy", T, T, F, None, "social work", "aspiration", asp=T),
    _c("become the head of a hospital pharmacy department long term", T, T, F, None, "pharmacy", "aspiration", asp=T),
    _c("eventually do a habilitation and get a chair in germany", T, T, F, None, "academia", "aspiration", asp=T),
    _c("one day teach dance to kids in my favela for free", T, T, F, None, "dance", "aspiration", asp=T),
    _c("my dream is to be a cabin crew at emirates", T, T, F, None, "aviation", "aspiration", asp=T),
    _c("master electrician with my own shop by 2036", T, T, T, "2036-12-31", "electrical", "aspiration", asp=T),
    _c("someday write a book about my journey as a refugee nurse", T, T, F, None, "refugee requalification", "aspiration", asp=T),
)

_MULTI = (
    _m("pass n2 in july and apply to 5 japanese companies by september", "languages",
       ("pass n2 in july", T, T, T, "2029-07-31"),
       ("apply to 5 japanese companies by september", T, T, T, "2029-09-30")),
    _m("finish my portfolio by april and get a junior UX job by august", "design",
       ("finish my portfolio by april", T, T, T, "2029-04-30"),
       ("get a junior UX job by august", T, T, T, "2029-08-31")),
    _m("pass step 2 ck by june, apply to residency in september", "medicine",
       ("pass step 2 ck by june", T, T, T, "2029-06-30"),
       ("apply to residency in september", T, T, T, "2029-09-30")),
    _m("get my CDL in april then get hired by a company with home time weekly", "trucking",
       ("get my CDL in april", T, T, T, "2029-04-30"),
       ("get hired by a company with home time weekly", T, T, F, None)),
    _m("improve my english and pass ielts 7", "immigration",
       ("improve my english", F, F, F, None),
       ("pass ielts 7", T, T, F, None)),
    _m("save R$ 10 mil by june and quit the call center by july", "call centre",
       ("save R$ 10 mil by june", T, T, T, "2029-06-30"),
       ("quit the call center by july", T, T, T, "2029-07-31")),
    _m("submit 2 papers by june; apply for habilitation in 2030", "academia",
       ("submit 2 papers by june", T, T, T, "2029-06-30"),
       ("apply for habilitation in 2030", T, T, T, "2030-12-31")),
    _m("get FE by may, EIT cert, then PE in 2031", "engineering",
       ("get FE by may", T, T, T, "2029-05-31"),
       ("EIT cert", T, T, F, None),
       ("PE in 2031", T, T, T, "2031-12-31")),
    _m("pass topik 4 before chuseok and get a part-time job at a korean company after", "languages",
       ("pass topik 4 before chuseok", T, T, T, "2029-09-20"),
       ("get a part-time job at a korean company after", T, T, F, None)),
    _m("get 15 closings this year and hire an assistant", "real estate",
       ("get 15 closings this year", T, T, T, "2029-12-31"),
       ("hire an assistant", T, T, F, None)),
    _m("lose 10 kg and get my personal trainer cert by june", "fitness",
       ("lose 10 kg", T, T, F, None),
       ("get my personal trainer cert by june", T, T, T, "2029-06-30")),
    _m("finish apprenticeship by november, get journeyman card, start my own plumbing biz next year", "plumbing",
       ("finish apprenticeship by november", T, T, T, "2029-11-30"),
       ("get journeyman card", T, T, F, None),
       ("start my own plumbing biz next year", T, T, T, "2030-12-31")),
    _m("be a better teacher and publish one textbook chapter by december", "academia",
       ("be a better teacher", F, F, F, None),
       ("publish one textbook chapter by december", T, T, T, "2029-12-31")),
    _m("pass the bar in july, get sworn in by december", "law",
       ("pass the bar in july", T, T, T, "2029-07-31"),
       ("get sworn in by december", T, T, T, "2029-12-31")),
    _m("work remote and earn $5k/month", "software",
       ("work remote", F, T, F, None),
       ("earn $5k/month", T, T, F, None)),
    _m("pass hsk 4 by june and hsk 5 by december", "languages",
       ("pass hsk 4 by june", T, T, T, "2029-06-30"),
       ("hsk 5 by december", T, T, T, "2029-12-31")),
    _m("get my work permit, then find a job as electrician before winter", "refugee requalification",
       ("get my work permit", T, T, F, None),
       ("find a job as electrician before winter", T, T, T, "2029-11-30")),
    _m("get the A320 type rating in Q2 and first officer job in Q3", "aviation",
       ("get the A320 type rating in Q2", T, T, T, "2029-06-30"),
       ("first officer job in Q3", T, T, T, "2029-09-30")),
    _m("record 3 songs by june, release EP in august, play 10 shows by december", "music",
       ("record 3 songs by june", T, T, T, "2029-06-30"),
       ("release EP in august", T, T, T, "2029-08-31"),
       ("play 10 shows by december", T, T, T, "2029-12-31")),
    _m("get my LMSW this spring and start clinical supervision in the fall", "social work",
       ("get my LMSW this spring", T, T, T, "2029-05-31"),
       ("start clinical supervision in the fall", T, T, T, "2029-11-30")),
    _m("finish expungement by may and apply to 20 warehouse jobs by june", "reentry",
       ("finish expungement by may", T, T, T, "2029-05-31"),
       ("apply to 20 warehouse jobs by june", T, T, T, "2029-06-30")),
    _m("launch steam page by the 15th, get 5000 wishlists by october", "game development",
       ("launch steam page by the 15th", T, T, T, "2029-03-15"),
       ("get 5000 wishlists by october", T, T, T, "2029-10-31")),
    _m("pass nclex by may and get a med-surg job in a magnet hospital by august", "nursing",
       ("pass nclex by may", T, T, T, "2029-05-31"),
       ("get a med-surg job in a magnet hospital by august", T, T, T, "2029-08-31")),
    _m("get ATA cert and raise my rate to 0.15 usd/word", "translation",
       ("get ATA cert", T, T, F, None),
       ("raise my rate to 0.15 usd/word", T, T, F, None)),
    _m("open the second location by FY2029 end and hire 6 staff", "culinary",
       ("open the second location by FY2029 end", T, T, T, "2030-03-31"),
       ("hire 6 staff", T, T, F, None), asm=T),
    _m("get 3 new brokers on my team by june and be #1 region by year end", "insurance",
       ("get 3 new brokers on my team by june", T, T, T, "2029-06-30"),
       ("be #1 region by year end", T, T, T, "2029-12-31")),
    _m("learn react and get a job", "software",
       ("learn react", F, F, F, None),
       ("get a job", F, T, F, None)),
    _m("sign 200 cards by april and file for election in may", "union organising",
       ("sign 200 cards by april", T, T, T, "2029-04-30"),
       ("file for election in may", T, T, T, "2029-05-31")),
    _m("pass celpe-bras in april, revalida first stage in june", "medicine",
       ("pass celpe-bras in april", T, T, T, "2029-04-30"),
       ("revalida first stage in june", T, T, T, "2029-06-30")),
    _m("get promoted to sous chef and get day shifts", "culinary",
       ("get promoted to sous chef", T, T, F, None),
       ("get day shifts", F, T, F, None)),
    _m("finish my MBA by december, get a manager role in 2030", "business",
       ("finish my MBA by december", T, T, T, "2029-12-31"),
       ("get a manager role in 2030", T, T, T, "2030-12-31")),
    _m("be more organized and finish my thesis chapter 3 by the 30th", "academia",
       ("be more organized", F, F, F, None),
       ("finish my thesis chapter 3 by the 30th", T, T, T, "2029-03-30")),
    _m("pass the physio board in chile by june and start working in a private clinic", "physiotherapy",
       ("pass the physio board in chile by june", T, T, T, "2029-06-30"),
       ("start working in a private clinic", T, T, F, None)),
    _m("get my visa renewed before it expires and get a job offer from a polish hospital", "refugee requalification",
       ("get my visa renewed before it expires", T, T, F, None),
       ("get a job offer from a polish hospital", T, T, F, None)),
    _m("renew my NAVLE? no, pass my state vet license by may and hire a receptionist by july", "veterinary",  # judgement: the withdrawn first clause is no part
       ("pass my state vet license by may", T, T, T, "2029-05-31"),
       ("hire a receptionist by july", T, T, T, "2029-07-31")),
    _m("sell 8 houses in H1 and 10 in H2", "real estate",
       ("sell 8 houses in H1", T, T, T, "2029-06-30"),
       ("10 in H2", T, T, T, "2029-12-31")),
    _m("get my tenure dossier ready by august and submit 1 grant by october 15", "academia",
       ("get my tenure dossier ready by august", T, T, T, "2029-08-31"),
       ("submit 1 grant by october 15", T, T, T, "2029-10-15")),
    _m("quit smoking, get fit, and get a job as a security guard by june", "reentry",
       ("quit smoking", T, T, F, None),
       ("get fit", F, F, F, None),
       ("get a job as a security guard by june", T, T, T, "2029-06-30")),
    _m("finish dental implant course in april; offer implants at my clinic from may", "dentistry",
       ("finish dental implant course in april", T, T, T, "2029-04-30"),
       ("offer implants at my clinic from may", T, T, F, None)),
    _m("get wheelchair accessible desk and finish my CPA ethics exam by june", "disability",
       ("get wheelchair accessible desk", F, T, F, None),
       ("finish my CPA ethics exam by june", T, T, T, "2029-06-30")),
    _m("pass the JLPT N1 in december and move to tokyo next year", "languages",
       ("pass the JLPT N1 in december", T, T, T, "2029-12-31"),
       ("move to tokyo next year", T, T, T, "2030-12-31")),
    _m("get 50 gym members by june, 100 by december", "fitness",
       ("get 50 gym members by june", T, T, T, "2029-06-30"),
       ("100 by december", T, T, T, "2029-12-31")),
    _m("translate the manual by friday and invoice the client by the 15th", "translation",
       ("translate the manual by friday", T, T, T, "2029-03-09"),
       ("invoice the client by the 15th", T, T, T, "2029-03-15")),
    _m("get my pilot medical class 1 this month and start flight school in may", "aviation",
       ("get my pilot medical class 1 this month", T, T, T, "2029-03-31"),
       ("start flight school in may", T, T, T, "2029-05-31")),
    _m("take the electrical theory exam in april and work on my conduit bending", "electrical",
       ("take the electrical theory exam in april", T, T, T, "2029-04-30"),
       ("work on my conduit bending", F, F, F, None)),
    _m("pass my catechist course, run 2 retreats for youth this year", "ministry",
       ("pass my catechist course", T, T, F, None),
       ("run 2 retreats for youth this year", T, T, T, "2029-12-31")),
    _m("reduce churn to 3% by Q3 and grow ARR to 2M by EOY", "business",
       ("reduce churn to 3% by Q3", T, T, T, "2029-09-30"),
       ("grow ARR to 2M by EOY", T, T, T, "2029-12-31")),
    _m("get my diploma apostilled this week, send to ministry next week", "refugee requalification",
       ("get my diploma apostilled this week", T, T, T, "2029-03-11"),
       ("send to ministry next week", T, T, T, "2029-03-18")),
    _m("pass OAB by june and open my own escritório in 2030", "law",
       ("pass OAB by june", T, T, T, "2029-06-30"),
       ("open my own escritório in 2030", T, T, T, "2030-12-31")),
    _m("get 3 choreography commissions before carnaval and teach 2 workshops per month", "dance",
       ("get 3 choreography commissions before carnaval", T, T, T, "2030-03-01"),
       ("teach 2 workshops per month", T, T, F, None)),  # judgement: Carnaval 2030
    _m("finish the 200 hr yoga teacher training by june and get 10 private clients", "fitness",
       ("finish the 200 hr yoga teacher training by june", T, T, T, "2029-06-30"),
       ("get 10 private clients", T, T, F, None)),
    _m("finish my resume tonight, apply to 3 jobs tmrw", "general",
       ("finish my resume tonight", T, T, T, "2029-03-05"),
       ("apply to 3 jobs tmrw", T, T, T, "2029-03-06")),
)

_DATE = (
    # weekdays, days, this/next week
    _c("send my CV to the recruiter at rakuten by friday", T, T, T, "2029-03-09", "software", "date"),
    _c("next friday submit the LOI for the fulbright postdoc", T, T, T, "2029-03-16", "academia", "date"),  # judgement: "next friday" is the Friday of next week
    _c("submit the quote for the bathroom remodel by tmrw", T, T, T, "2029-03-06", "plumbing", "date"),
    _c("finish the incident postmortem today", T, T, T, "2029-03-05", "software", "date"),
    _c("upload my demo reel to vimeo by wednesday", T, T, T, "2029-03-07", "dance", "date"),
    _c("by sunday finish the cover letter for the UCL lectureship", T, T, T, "2029-03-11", "academia", "date"),
    _c("email 3 professors about phd positions by monday", T, T, T, "2029-03-12", "academia", "date"),
    _c("register for the july JLPT this week", T, T, T, "2029-03-11", "languages", "date"),
    _c("book my CDL skills test next week", T, T, T, "2029-03-18", "trucking", "date"),  # judgement: "next week" ends Sunday 18 March
    _c("send invoices to all 4 agencies by end of the week", T, T, T, "2029-03-11", "translation", "date"),  # judgement: the week ends Sunday
    _c("finish the menu costing by end of day", T, T, T, "2029-03-05", "culinary", "date"),
    _c("file the membership report with the local by the 1st", T, T, T, "2029-04-01", "union organising", "date"),
    _c("pay the OAB registration fee by the 3rd", T, T, T, "2029-04-03", "law", "date"),
    _c("submit my timesheet and mileage by the 15th", T, T, T, "2029-03-15", "social work", "date"),
    _c("apply to the apprenticeship program by the 31st", T, T, T, "2029-03-31", "electrical", "date"),
    _c("on or before the 20th send the signed lease to the landlord's agent", T, T, T, "2029-03-20", "real estate", "date"),
    # months, month-days
    _c("close the books for february EOM", T, T, T, "2029-03-31", "accounting", "date"),
    _c("get 10 new policies signed by end of month", T, T, T, "2029-03-31", "insurance", "concrete"),
    _c("finish translating chapter 7 by march 20", T, T, T, "2029-03-20", "translation", "date"),
    _c("submit my residency application by march 1", T, T, T, "2030-03-01", "medicine", "date"),  # march 1 is gone this year
    _c("get the visa interview done before may 10", T, T, T, "2029-05-09", "immigration", "date"),
    _c("no later than june 1 have my CNA license in hand", T, T, T, "2029-06-01", "nursing", "date"),
    _c("apply to 30 forklift jobs until april 15", T, T, T, "2029-04-15", "reentry", "date"),
    _c("finish my dossier prior to jan 10", T, T, T, "2030-01-09", "academia", "date"),
    _c("submit the grant ahead of the april 2 deadline", T, T, T, "2029-04-01", "academia", "date"),
    _c("get my work permit by 15 april", T, T, T, "2029-04-15", "immigration", "concrete"),
    _c("pass the written driving test the 2nd of april", T, T, T, "2029-04-02", "trucking", "date"),
    _c("sign with a label by feb", T, T, T, "2030-02-28", "music", "concrete"),
    _c("find a new dental assistant by january", T, T, T, "2030-01-31", "dentistry", "concrete"),
    _c("get the software engineer offer before april", T, T, T, "2029-03-31", "software", "concrete"),
    _c("by end of next month finish my 40 hrs of CE credits", T, T, T, "2029-04-30", "pharmacy", "date"),
    _c("get a new job next month", F, T, T, "2029-04-30", "general", "date"),
    _c("pass the FE exam june 2029", T, T, T, "2029-06-30", "engineering", "concrete"),
    # quarters, halves, years
    _c("by Q3 get the factory ISO 9001 certified", T, T, T, "2029-09-30", "engineering", "concrete"),
    _c("H1: launch the korean version of our app", T, T, T, "2029-06-30", "software", "date"),
    _c("hit 30 listings by EOQ", T, T, T, "2029-03-31", "real estate", "date"),
    _c("q4 goal: 3 signed contracts with hospitals", T, T, T, "2029-12-31", "sales", "concrete"),
    _c("close series A by 1Q30", T, T, T, "2030-03-31", "entrepreneurship", "date"),
    _c("become engineering manager in H2", T, T, T, "2029-12-31", "software", "concrete"),
    _c("mid-year: get my green belt six sigma", T, T, T, "2029-06-30", "manufacturing", "date"),
    _c("move to a product manager role by mid-2030", T, T, T, "2030-06-30", "software", "date"),
    _c("get the BIM coordinator certificate by next quarter", T, T, T, "2029-06-30", "architecture", "date"),
    _c("get my CPA license by 2030", T, T, T, "2030-12-31", "accounting", "concrete"),
    _c("in 2031 open my own law office in lima", T, T, T, "2031-12-31", "law", "concrete"),
    _c("get promoted to head nurse next year", T, T, T, "2030-12-31", "nursing", "concrete"),
    _c("buy my own truck sometime next year", T, T, T, "2030-12-31", "trucking", "date"),  # judgement: "sometime next year" is by its end
    _c("get a teaching job at a university later this year", T, T, T, "2029-12-31", "academia", "date"),  # judgement
    _c("earn 100 million won this year from my youtube and lessons", T, T, T, "2029-12-31", "music", "concrete"),
    # fiscal years (assumptions)
    _c("this FY hit ¥200M in sales for my region", T, T, T, "2029-03-31", "sales", "date", asm=T),
    _c("FY2029 target: 10 new hospital accounts", T, T, T, "2030-03-31", "sales", "date", asm=T),
    _c("cut scrap rate from 4% to 2% by end of FY", T, T, T, "2029-03-31", "manufacturing", "date", asm=T),
    _c("get promoted to kacho in next FY", T, T, T, "2030-03-31", "business", "date", asm=T),
    _c("finish the SAP migration within FY28", T, T, T, "2029-03-31", "software", "date", asm=T),
    _c("open 3 new stores in FY2030", T, T, T, "2031-03-31", "retail", "date", asm=T),
    _c("get my team to 95% CSAT in fiscal Q1", T, T, T, "2029-06-30", "call centre", "date", asm=T),
    _c("hire 2 engineers by fiscal H1", T, T, T, "2029-09-30", "software", "date", asm=T),
    _c("publish the annual report for FY2028 by june 15", T, T, T, "2029-06-15", "finance", "date"),  # fiscal year is the object; the deadline is a calendar day
    # counted spans
    _c("finish the autocad course in 6 wks", T, T, T, "2029-04-16", "architecture", "date"),
    _c("get my first translation client within 2 mos", T, T, T, "2029-05-05", "translation", "date"),
    _c("apply to 10 jobs in 10 days", T, T, T, "2029-03-15", "general", "date"),
    _c("pass the CNA skills test in 2 wks", T, T, T, "2029-03-19", "nursing", "date"),
    _c("finish the osha 30 within a fortnight", T, T, T, "2029-03-19", "construction", "date"),
    _c("get 5 new clients for my pilates studio in 30 days", T, T, T, "2029-04-04", "fitness", "date"),
    _c("find a sponsor employer in 60 days or my status ends", T, T, T, "2029-05-04", "immigration", "date"),
    _c("90 day plan: book 12 demos in 90 days", T, T, T, "2029-06-03", "sales", "date"),
    _c("be bilingual certified for the hospital interpreter role in 3 months", T, T, T, "2029-06-05", "translation", "date"),
    _c("get 3 job interviews in the next 100 days", T, T, T, "2029-06-13", "reentry", "date"),
    _c("get my real estate license in 4 mos", T, T, T, "2029-07-05", "real estate", "date"),
    _c("finish my EB-3 paperwork in 6 months", T, T, T, "2029-09-05", "immigration", "date"),
    _c("get the nursing registration in poland over the next 3 quarters", T, T, T, "2029-12-05", "refugee requalification", "date"),
    _c("in 9 months be sous chef", T, T, T, "2029-12-05", "culinary", "date"),
    _c("within 12 months become a senior associate", T, T, T, "2030-03-05", "law", "date"),
    _c("this time next year i want to be working as a licensed vet in chile", T, T, T, "2030-03-05", "veterinary", "date"),
    _c("in 18 months finish my specialty in orthodontics", T, T, T, "2030-09-05", "dentistry", "date"),
    _c("in 2 yrs become associate professor", T, T, T, "2031-03-05", "academia", "date"),
    _c("within two years own 2 food trucks", T, T, T, "2031-03-05", "culinary", "date"),
    _c("pay off my 45k reais debt until 3 years from now", T, T, T, "2032-03-05", "personal finance", "date"),
    _c("study 2 hours every day for the bar for the next 4 months", T, T, T, "2029-07-05", "law", "date"),
    _c("get a job in a couple weeks", F, T, T, "2029-03-19", "general", "date"),  # judgement: "a couple" read as two
    _c("get my journeyman card in a few months", T, T, F, None, "electrical", "date"),  # judgement: "a few months" is no knowable date
    # seasons, school years
    _c("get my pharmacy tech cert this summer", T, T, T, "2029-08-31", "pharmacy", "concrete"),
    _c("land 3 wedding gigs by spring", T, T, T, "2029-05-31", "music", "concrete"),
    _c("find a residency program before winter", T, T, T, "2029-11-30", "medicine", "concrete"),
    _c("terminar la tesis este otoño, soy de buenos aires", T, T, T, "2029-05-31", "academia", "date"),  # judgement: southern autumn under way
    _c("pass my comps by the end of the semester", T, T, T, "2029-05-31", "academia", "date"),  # judgement: northern spring semester
    _c("get my kyoin menkyo (teaching license) by end of school year", T, T, T, "2029-03-31", "education", "date"),  # judgement: Japanese school year
    _c("finish 1st semester of my MBA in são paulo with no failing grade", T, T, T, "2029-06-30", "business", "date"),  # judgement: Brazilian 1st semester
    # holidays and calendars
    _c("submit my resignation before golden week", T, T, T, "2029-04-27", "business", "date"),  # judgement: last working day before the break
    _c("after golden week start job hunting for 10 companies", T, T, F, None, "business", "date"),
    _c("finish the N2 mock exams before obon", T, T, T, "2029-08-12", "languages", "date"),
    _c("finish my thai work permit before songkran", T, T, T, "2029-04-12", "hospitality", "date"),
    _c("after songkran apply to 5 international schools", T, T, F, None, "education", "date"),
    _c("get a new job before tet so i can get tet bonus", F, T, T, "2030-02-02", "general", "date"),  # judgement: Tet 2030
    _c("pay off my 50 million dong loan by tet", T, T, T, "2030-02-03", "personal finance", "date"),
    _c("transfer to the shanghai team before lunar new year", T, T, T, "2030-02-02", "business", "date"),
    _c("get my E-7 visa before seollal", T, T, T, "2030-02-02", "immigration", "date"),
    _m("after seollal quit and start my coffee shop", "small business",
       ("after seollal quit", T, T, F, None),
       ("start my coffee shop", T, T, F, None), kind="date"),  # "after" is a floor for both
    _c("pass TOPIK II level 4 before chuseok", T, T, T, "2029-09-20", "languages", "date"),
    _c("sign the contract with hyundai by chuseok", T, T, T, "2029-09-21", "engineering", "date"),  # judgement: Chuseok's first day
    _c("after chuseok apply to 10 game studios in pangyo", T, T, F, None, "game development", "date"),
    _c("save 30 juta rupiah before lebaran for mudik and course fees", T, T, T, "2030-02-03", "personal finance", "date"),  # judgement: Lebaran about 4 February 2030
    _c("after lebaran apply to 8 startups in jakarta", T, T, F, None, "software", "date"),
    _c("finish my cabin crew training by ramazan bayramı", T, T, T, "2030-02-04", "aviation", "date"),  # judgement: moon-sighted
    _c("get my e-devlet job application done before kurban bayramı", T, T, T, "2029-04-23", "public service", "date"),  # judgement: moon-sighted
    _c("submit the tubitak project proposal before republic day", T, T, T, "2029-10-28", "academia", "date"),
    _c("record 2 new songs before carnaval", T, T, T, "2030-03-01", "music", "date"),  # judgement: Carnaval 2030
    _c("depois do carnaval procurar emprego de fisioterapeuta em 3 clínicas", T, T, F, None, "physiotherapy", "date"),
    _c("antes do dia do trabalhador get my CLT contract signed", T, T, T, "2029-04-30", "general", "date"),
    _c("terminar el curso de barista before semana santa", T, T, T, "2029-03-24", "culinary", "date"),  # judgement: Palm Sunday 25 March
    _c("after semana santa send my CV to 20 hotels in cancún", T, T, F, None, "hospitality", "date"),
    _c("before fiestas patrias get my título de técnico en enfermería", T, T, T, "2029-09-17", "nursing", "date"),
    _c("have my food stand ready by día de muertos for the festival", T, T, T, "2029-11-02", "culinary", "date"),  # judgement
    _c("launch the cempasúchil collection before día de muertos", T, T, T, "2029-10-31", "small business", "date"),  # judgement
    _c("get my israeli medical license (rishayon) before rosh hashanah", T, T, T, "2029-09-09", "medicine", "date"),  # judgement
    _c("after passover apply to 5 hi-tech companies in haifa", T, T, F, None, "software", "date"),
    _c("sign the new lease for my studio by hanukkah", T, T, T, "2029-12-02", "small business", "date"),  # judgement: Hanukkah 2029
    _c("find a new parish placement before christmas", T, T, T, "2029-12-24", "ministry", "concrete"),
    _c("get my first paycheck as electrician by christmas", T, T, T, "2029-12-25", "electrical", "concrete"),
    _c("finish the novena booklet translation before easter", T, T, T, "2029-03-31", "translation", "date"),
    _c("get the choir's easter program printed by easter", T, T, T, "2029-04-01", "music", "date"),
    _c("pay off my credit card debt before new year", T, T, T, "2029-12-31", "personal finance", "date"),
    _c("close 5 more home sales by thanksgiving", T, T, T, "2029-11-22", "real estate", "concrete"),
    _c("get hired at a hotel before 17 agustus", T, T, T, "2029-08-16", "hospitality", "date"),
    _c("get my dance visa for china before national day (oct 1)", T, T, T, "2029-09-30", "dance", "date"),
    _c("pass the taiwan pharmacist licensing exam before double ten", T, T, T, "2029-10-09", "pharmacy", "date"),
    _c("finish my nostryfikacja documents by 11 listopada", T, T, T, "2029-11-11", "refugee requalification", "date"),
    _c("get certified as sign language interpreter before 30/4", T, T, T, "2029-04-29", "disability", "date"),
    _c("submit the kakenhi grant in the new year", T, T, T, "2030-01-31", "academia", "date"),  # judgement
    _c("get my 1st class architect results before 3 may holiday", T, T, T, "2029-05-02", "architecture", "date"),
)

_DATE2 = (
    # negated, replaced, floors, no rush
    _c("pass the NCLEX, not before april, aiming for august", T, T, T, "2029-08-31", "nursing", "date"),
    _c("not before june i can take the PE, so the PE exam in october", T, T, T, "2029-10-31", "engineering", "date"),
    _c("bar exam moved from february to july, pass it", T, T, T, "2029-07-31", "law", "date"),
    _c("defense was planned for april, now it's june", T, T, T, "2029-06-30", "academia", "date"),
    _c("launch the game in Q2 not Q1", T, T, T, "2029-06-30", "game development", "date"),
    _c("get my CNA cert by may, no rush", T, T, T, "2029-05-31", "nursing", "date"),
    _c("no rush but i want my CPA by 2030", T, T, T, "2030-12-31", "accounting", "date"),
    _c("hopefully get the sous chef role by august-ish", T, T, T, "2029-08-31", "culinary", "date"),
    _c("get a position as a welder, not before my parole officer says ok", T, T, F, None, "reentry", "date"),
    _c("start working as a doula from april", T, T, F, None, "healthcare", "date"),
    _c("starting 2029/4/1 take 2 private violin students", T, T, F, None, "music", "date"),
    _c("once i get my work permit apply to 20 kitchens", T, T, F, None, "refugee requalification", "date"),
    _c("get a job as a pharmacist asap", T, T, F, None, "pharmacy", "date"),
    _c("get my license soon", T, T, F, None, "general", "date"),  # judgement: "my license" is a named credential to its writer
    _c("was 2029/4/1 now 2029/5/15: submit the ERC starting grant", T, T, T, "2029-05-15", "academia", "date"),
    _c("not july, september for the TOPIK exam, level 5", T, T, T, "2029-09-30", "languages", "date"),
    _c("pushed my nostrification exam from may to november, just pass it", T, T, T, "2029-11-30", "refugee requalification", "date"),
    _c("hire 2 apprentices no pressure but by june would be nice", T, T, T, "2029-06-30", "electrical", "date"),
    # numeric dates, DATE_ORDER ymd
    _c("submit my EB-2 NIW petition 2029/4/15", T, T, T, "2029-04-15", "immigration", "date"),
    _c("2029.04.15 deadline for my JSPS fellowship application", T, T, T, "2029-04-15", "academia", "date"),
    _c("finish the ATPL ground school by 2029-6-30", T, T, T, "2029-06-30", "aviation", "date"),
    _c("get my security guard license by 2029/07/01", T, T, T, "2029-07-01", "reentry", "date"),
    _c("apply to 8 residency programs by 2029.9.15", T, T, T, "2029-09-15", "medicine", "date"),
    _c("file the FAFSA by 4/5", T, T, T, "2029-04-05", "education", "date", asm=T),
    _c("interview at the law firm on 6.10, pass to second round", T, T, T, "2029-06-10", "law", "date", asm=T),
    _c("renew my CRP (psychology) registration by 3/1", T, T, T, "2030-03-01", "psychology", "date", asm=T),  # 1 March is gone this year
    _c("finish the portfolio book for the studio by 12/3", T, T, T, "2029-12-03", "architecture", "date", asm=T),
    _c("pass my driving test for class C by 30/4", T, T, T, "2029-04-30", "trucking", "date"),
    _c("submit the essay by 4/30", T, T, T, "2029-04-30", "education", "date"),
    _c("get the christmas catering contract signed by 25.12", T, T, T, "2029-12-25", "culinary", "date"),  # judgement: reads one way only
    _c("deliver the localisation files by 15/7", T, T, T, "2029-07-15", "translation", "date"),
    _c("take the sworn translator exam 5/6/2029", T, T, T, "2029-05-06", "translation", "date", asm=T),
    _c("get my dental license validated by 20/6/2029", T, T, T, "2029-06-20", "dentistry", "date"),
    _c("submit the teaching portfolio 3/4/2029", T, T, F, "2029-03-04", "academia", "date", asm=T),  # judgement: read month first, 4 March 2029, yesterday
    # impossible dates
    _c("pass the journeyman exam by 2029/2/30", T, T, F, None, "electrical", "date"),
    _c("send the chapter to the publisher 2029.4.31", T, T, F, None, "translation", "date"),
    _c("get my green card interview done by feb 30", T, T, F, None, "immigration", "date"),
    _c("finish my NDT level 2 by 2/29", T, T, F, None, "engineering", "date"),  # 2029 and 2030 are not leap years
    _c("submit the tenure file by 31/11", T, T, F, None, "academia", "date"),
    _c("open the barber shop june 31", T, T, F, None, "small business", "date"),
    # passed dates
    _c("was supposed to finish my CCNA by 2028/12/31", T, T, F, "2028-12-31", "software", "date"),
    _c("get my hazmat by jan 2029", T, T, F, "2029-01-31", "trucking", "date"),
    _c("my thesis draft was due feb 20 2029 still not done", T, T, F, "2029-02-20", "academia", "date"),
    _c("pass the FE by march 1 2029", T, T, F, "2029-03-01", "engineering", "date"),
    _c("apply to the nursing residency by 2029/3/4", T, T, F, "2029-03-04", "nursing", "date"),
    _c("get my journeyman card by end of 2028", T, T, F, "2028-12-31", "plumbing", "date"),
    _c("finish the korean course by seollal 2029", T, T, F, "2029-02-13", "languages", "date"),  # judgement: named with its year, so 2029's, gone
    _c("it was for FY2027, reach 50 new corporate accounts", T, T, F, "2028-03-31", "sales", "date", asm=T),
    # the person's own events
    _c("get a new sponsor employer before my visa expires", T, T, F, None, "immigration", "date"),
    _c("pay off 2M won student loan by my wedding", T, T, F, None, "personal finance", "date"),
    _c("get my CDL before my parole ends", T, T, F, None, "reentry", "date"),
    _c("make partner by my 40th", T, T, F, None, "law", "date"),
    _c("finish my boards before the baby comes", T, T, F, None, "medicine", "date"),
    _c("find a new lab before my postdoc contract runs out", T, T, F, None, "academia", "date"),
    _c("go back to work part time as dental hygienist when my kid starts school", T, T, F, None, "dentistry", "date"),
    _c("pass the bar at the next sitting", T, T, F, None, "law", "date"),
    _c("publish 3 papers by the end of my residency", T, T, F, None, "medicine", "date"),
    _c("have 6 publications by my tenure review", T, T, F, None, "academia", "date"),
    _c("get 5 sponsorship deals before the season", T, T, F, None, "fitness", "date"),
    _c("get a 10% raise at my next performance review", T, T, F, None, "general", "date"),
    _c("get my OPT job offer before my OPT ends", T, T, F, None, "immigration", "date"),
    _c("find a job before my unemployment runs out", F, T, F, None, "general", "date"),
    _c("finish my theology masters before my final vows", T, T, F, None, "religious life", "date"),
    _c("get hired full time before i turn 30", T, T, F, None, "general", "date"),
    _c("find a job with wheelchair access before my lease ends", T, T, F, None, "disability", "date"),
    _c("get the physio job in warsaw before my temporary protection status ends", T, T, F, None, "refugee requalification", "date"),
    # cadences
    _c("do 2 mock interviews a week", T, T, F, None, "general", "date"),
    _c("practice keigo phone calls 3x/wk", T, T, F, None, "languages", "date"),
    _c("post one dance reel every sunday", T, T, F, None, "dance", "date"),
    _c("publish a blog post on pharmacy law monthly", T, T, F, None, "pharmacy", "date"),
    _c("solve 1 leetcode problem daily", T, T, F, None, "software", "date"),
    _c("meet my mentor biweekly", T, T, F, None, "academia", "date"),
    _c("visit 5 new job sites every other day for the union drive", T, T, F, None, "union organising", "date"),
    _c("check in with each of my 80 clients once a quarter", T, T, F, None, "insurance", "date"),  # a cadence, not "by Q"
    _c("study anki 30 min every day until the july JLPT", T, T, T, "2029-07-31", "languages", "date"),  # judgement: cadence with a named sitting
    _c("call 50 leads per shift", T, T, F, None, "call centre", "date"),
)

_MORE = (
    # concrete, dated
    _c("pass the kaigo fukushishi (care worker) national exam in january", T, T, T, "2030-01-31", "care work", "concrete"),
    _c("get my tokutei ginou visa for food service by august", T, T, T, "2029-08-31", "immigration", "concrete"),
    _c("become charge nurse on 5 west by october", T, T, T, "2029-10-31", "nursing", "concrete"),
    _c("i want get job as jr data analyst in bangkok before july, i have google cert already", T, T, T, "2029-06-30", "data", "concrete"),
    _c("pass the HSK 6 with 250+ score by november for my masters in beijing", T, T, T, "2029-11-30", "languages", "concrete"),
    _c("get accepted in a PGY-1 pharmacy residency by the april match", T, T, T, "2029-04-30", "pharmacy", "concrete"),  # judgement: "the april match" is the end of April
    _c("get the board of architects in mexico (CONARC) certification by december", T, T, T, "2029-12-31", "architecture", "concrete"),
    _c("finish the 3 unity courses by may", T, T, T, "2029-05-31", "game development", "concrete"),
    _c("get my first apprentice placement as a woman plumber by june, im 38 and career changing", T, T, T, "2029-06-30", "plumbing", "concrete"),
    _c("drive 100k miles accident free by december to get the safety bonus", T, T, T, "2029-12-31", "trucking", "concrete"),
    _c("get a 15% raise from 5.500 to 6.300 zł netto by june", T, T, T, "2029-06-30", "logistics", "concrete"),
    _c("pasar de vendedor a gerente de sucursal antes de diciembre", T, T, T, "2029-11-30", "retail", "concrete"),
    _c("complete the ICF ACC credential for my coaching practice by september", T, T, T, "2029-09-30", "coaching", "concrete"),
    _c("get 3 interviews at ukrainian-friendly IT companies in kraków by april", T, T, T, "2029-04-30", "software", "concrete"),
    _c("send my CV, translated to german, to 20 hospitals by april 10", T, T, T, "2029-04-10", "medicine", "concrete"),
    _c("become a certified peer recovery coach by june, 3 yrs clean", T, T, T, "2029-06-30", "reentry", "concrete"),
    _c("get the disability employment grant (apoyo) approved for my adapted workstation by may", T, T, T, "2029-05-31", "disability", "concrete"),
    _c("submit 4 chapters of the book on liberation theology to the editor by december", T, T, T, "2029-12-31", "ministry", "concrete"),
    _c("negotiate a first contract for the 300 bus drivers by september", T, T, T, "2029-09-30", "union organising", "concrete"),
    _c("get 40 5-star reviews on my airbnb experience (salsa class) by june", T, T, T, "2029-06-30", "dance", "concrete"),
    _c("pass my real estate broker exam (corretor) by july", T, T, T, "2029-07-31", "real estate", "concrete"),
    _c("take the CAPM exam in may, score above target", T, T, T, "2029-05-31", "project management", "concrete"),
    # undated
    _c("get a job as a pharmacy technician at CVS", T, T, F, None, "pharmacy", "undated"),
    _c("pass the korean real estate agent exam (gongin junggaesa)", T, T, F, None, "real estate", "undated"),
    _c("get my tools and van paid off, 18k usd", T, T, F, None, "electrical", "undated"),
    _c("have 3 restaurants using my catering service weekly", T, T, F, None, "culinary", "undated"),
    _c("get my FAA dispatcher license", T, T, F, None, "aviation", "undated"),
    _c("land an internship in a translation agency in taipei", T, T, F, None, "translation", "undated"),
    _c("sign 2 new retainer clients for my immigration law practice", T, T, F, None, "law", "undated"),
    # vague
    _c("get better at public speaking for my sermons", F, F, F, None, "ministry", "vague"),
    _c("improve my relationship with my PI", F, F, F, None, "academia", "vague"),
    _c("be more efficient on my routes", F, F, F, None, "trucking", "vague"),
    _c("up my game in the OR", F, F, F, None, "medicine", "vague"),
    _c("become more fluent in spanish for my patients in miami", F, F, F, None, "dentistry", "vague"),
    _c("improve my english for the flights by next month", F, F, T, "2029-04-30", "aviation", "vague"),
    _c("try to be less anxious in interviews, i have autism", F, F, F, None, "neurodivergent", "vague"),
    _c("work on my choreography skills", F, F, F, None, "dance", "vague"),
    _c("get more experience in litigation", F, F, F, None, "law", "vague"),
    _c("be a better organizer in my shop", F, F, F, None, "union organising", "vague"),
    _c("improve my closing rate", F, F, F, None, "sales", "vague"),
    _c("work on my mandarin tones this month", F, F, T, "2029-03-31", "languages", "vague"),
    # conditions
    _c("no more split shifts at the restaurant", F, T, F, None, "culinary", "condition"),
    _c("screen reader compatible software at my next job", F, T, F, None, "disability", "condition"),
    _c("a base close to my family in recife, no commuting flights", F, T, F, None, "aviation", "condition"),
    _c("work no more than 3 nights a week at the hospital", F, T, F, None, "nursing", "condition"),
    # aspirations
    _c("someday open a school for deaf kids in my city", T, T, F, None, "education", "aspiration", asp=T),
    _c("one day conduct my own orchestra", T, T, F, None, "music", "aspiration", asp=T),
    _c("long term be known as the best ortho physio in são paulo", F, F, F, None, "physiotherapy", "aspiration", asp=T),
    # multi
    _m("get my N2 by december and find a job in fukuoka in 2030", "languages",
       ("get my N2 by december", T, T, T, "2029-12-31"),
       ("find a job in fukuoka in 2030", T, T, T, "2030-12-31")),
    _m("pass the written part of the CDL by friday and the road test by the 30th", "trucking",
       ("pass the written part of the CDL by friday", T, T, T, "2029-03-09"),
       ("the road test by the 30th", T, T, T, "2029-03-30")),
    _m("get 2 interviews this week and an offer this month", "general",
       ("get 2 interviews this week", T, T, T, "2029-03-11"),
       ("an offer this month", F, T, T, "2029-03-31")),
    _m("publish my first paper, then apply for the assistant professor job", "academia",
       ("publish my first paper", T, T, F, None),
       ("apply for the assistant professor job", T, T, F, None)),
    _m("get the journeyman card in june and join the IBEW women's committee", "electrical",
       ("get the journeyman card in june", T, T, T, "2029-06-30"),
       ("join the IBEW women's committee", T, T, F, None)),
    _m("find a pharmacy job by may and work only weekdays", "pharmacy",
       ("find a pharmacy job by may", T, T, T, "2029-05-31"),
       ("work only weekdays", F, T, F, None)),
    _m("pass the revalida in 2029/9/20, then do residency in family medicine next year", "medicine",
       ("pass the revalida in 2029/9/20", T, T, T, "2029-09-20"),
       ("do residency in family medicine next year", T, T, T, "2030-12-31")),
    _m("make 20 hats a week for the shop, sell 300 by obon", "small business",
       ("make 20 hats a week for the shop", T, T, F, None),
       ("sell 300 by obon", T, T, T, "2029-08-13")),  # judgement: "by obon" its first day
)

_LONG = (
    _c("ok so basically i been working in the kitchen 9 years as line cook and i want finally be sous chef somewhere good, hopefully before christmas if the new place opens", T, T, T, "2029-12-24", "culinary", "concrete"),
    _c("im a nurse from the philippines living in osaka and i need pass the japanese kangoshi national exam in february so i can work as RN not as caregiver anymore", T, T, T, "2030-02-28", "nursing", "concrete"),
    _c("my goal is to pass all three parts of the CFA but my boss say i need to also travel more so idk, level 1 at least in august", T, T, T, "2029-08-31", "finance", "concrete"),  # judgement: the line's goal narrows to level 1
    _c("i want to get better in my job as physiotherapist because sometimes patients dont come back and i dont know why, maybe my explanations", F, F, F, None, "physiotherapy", "vague"),
    _c("honestly i just want a job where nobody yells at me and i can wear headphones, im autistic and the call center is killing me", F, T, F, None, "neurodivergent", "condition"),
    _m("i got out in november after 4 years and i want my forklift and OSHA 10 done this month then a warehouse job with benefits by may", "reentry",
       ("my forklift and OSHA 10 done this month", T, T, T, "2029-03-31"),
       ("a warehouse job with benefits by may", T, T, T, "2029-05-31")),  # "november" is the past, no date
    _c("since the war i am in poland, in ukraine i was dentist 12 years, now i want to do the LEK exam and get the prawo wykonywania zawodu, maybe 2 years it takes", T, T, F, None, "refugee requalification", "undated"),  # judgement: "maybe 2 years" is an estimate, not a deadline
    _c("sou fisioterapeuta em portugal e quero validar meu diploma na ordem ate o fim do ano, ja mandei metade dos documentos", T, T, T, "2029-12-31", "physiotherapy", "concrete"),
    _c("im postdoc year 4 and if i dont get a faculty offer this cycle, i go to industry, so goal is 1 offer by june", T, T, T, "2029-06-30", "academia", "concrete"),
    _c("want to become pilot someday but now i am flight attendant and money is a problem, first save 2M yen", T, T, F, None, "aviation", "concrete"),  # judgement: the goal typed is the saving; the pilot wish is context
    _c("my vision is a world where sisters in our order can do social work with a real license, for me that means the MSW and then LCSW, whenever god wills", T, T, F, None, "religious life", "undated"),
    _c("as a lady electrician i always get the worst jobs on site so i want to run my own crew, 4 people, by next year, and stop being the only woman", T, T, T, "2030-12-31", "electrical", "concrete"),
    _c("i play bandoneon in buenos aires and want to tour europe one day with my quintet, like piazzolla did", T, T, F, None, "music", "aspiration", asp=T),
    _c("sorry my english. i am chef from oaxaca in LA, i want my own mole restaurant, not food truck, a real one with 40 seats", T, T, F, None, "culinary", "undated"),
    _c("my manager said i should be more strategic and think bigger but i dont really know what that means for a claims adjuster lol", F, F, F, None, "insurance", "vague"),
    _m("need to get the 2nd vaccine cert, pass the background check and get the TSA clearance before the academy starts", "aviation",
       ("get the 2nd vaccine cert", T, T, F, None),
       ("pass the background check", T, T, F, None),
       ("get the TSA clearance before the academy starts", T, T, F, None)),  # judgement: "before the academy starts" is an own event, said of the last part
    _c("i teach dance in bogotá and i want to do more things online and maybe grow my students", F, F, F, None, "dance", "vague"),
    _c("rn i make 2.8M won as junior designer and i want 3.5M by next chuseok, moving company if needed", T, T, T, "2029-09-21", "design", "concrete"),  # judgement: "next chuseok" is the one to come
)

CASES: tuple[Case, ...] = (*_CONCRETE, *_UNDATED, *_VAGUE, *_CONDITION, *_ASPIRATION, *_MULTI, *_DATE, *_DATE2, *_MORE, *_LONG)

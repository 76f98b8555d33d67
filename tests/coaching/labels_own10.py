# Fresh goals of our own (round 10), written and labelled blind: by a labeller who had not
# read the engine, the other label sets or the kinds tests. The people: Canada (English and
# French speakers), the Philippines, Singapore, Hong Kong, Malaysia, South Africa, the
# Caribbean, and mid- and late-career people anywhere (executives, founders, managers of
# managers, people near retirement, people returning after illness or years at home,
# veterans, immigrants re-qualifying, gig workers, public servants, clergy, athletes,
# performers). Same schema as labels_field.py. Held out: never run against the engine
# while written, and held out from round 9 (scored before and after it, then added
# untouched; own10_misses.py lists where the engine disagrees).
#
# READING RULES (TODAY is Wednesday 24 November 2027; dates worked out from it):
# - "by <month>" is the last day of the next such month not yet over: "by november" /
#   "end of month" / "EOM" 30 November 2027, "by december" 31 December 2027, "by march"
#   31 March 2028, "by october" 31 October 2028. "by <month> <day>" / "<day> <month>" /
#   "Dec. 15" / "15 Dec" is that day, the next to come ("by dec 15" 15 December 2027; a day
#   already gone this year, "by 10/11", is next year's: 11 October 2028).
# - "before X", "prior to X", "ahead of X" are the day before X ("before christmas" 24
#   December 2027, "prior to jan 10" 9 January 2028, "before CNY" 25 January 2028).
#   "by", "no later than", "on or before", "not later than" are X itself. "before the end of
#   X" reads as the end of X (a judgement).
# - "by <year>" / "in <year>" is 31 December of it; "next year" 31 December 2028.
# - "EOY" / "year end" / "by end of year" / "this year" 31 December 2027; "by end-Q1" /
#   "Q1" / "1Q28" 31 March 2028; Q2 30 June, Q3 30 September 2028; "this quarter" / "EOQ"
#   / "Q4" 31 December 2027; "1H28" / "H1" / "mid-2028" 30 June 2028; "2H28" 31 December
#   2028; a bare "H2" is the half under way, 31 December 2027 (a judgement).
# - a fiscal year is read with FISCAL_YEAR_START = 1, the calendar year: "this fiscal year",
#   "FY27", "end of FY" 31 December 2027; "FY28", "next fiscal" 31 December 2028; "fiscal
#   Q1" 31 March 2028; each such reading is said (assumption=True). A fiscal year named only
#   as the object of the goal, with a calendar deadline, needs no assumption.
# - counted spans run from TODAY: "in 10 days" 4 December 2027, "within the next fortnight"
#   / "in 2 wks" 8 December 2027, "in 30 days" 24 December 2027, "in 6 weeks" 5 January
#   2028, "in 60 days" 23 January 2028, "in 90 days" 22 February 2028, "in 3 months" 24
#   February 2028, "in 100 days" 3 March 2028, "in 4 mos" 24 March 2028, "in 6 months" 24
#   May 2028, "over the next 3 quarters" / "in 9 months" 24 August 2028, "over the coming
#   year" / "in 12 months" / "this time next year" 24 November 2028, "in 18 months" 24 May
#   2029, "in 2 years" 24 November 2029.
# - weekdays and days of the month are the next to come: "by friday" 26 November 2027, "by
#   monday" 29 November, "by the 30th" 30 November 2027, "by the 15th" 15 December 2027,
#   "by the 1st" 1 December 2027. "the 1st week of march" ends 7 March 2028 (a judgement).
# - seasons (northern writers only): fall 2027 is under way and ends 30 November 2027;
#   winter ends 29 February 2028; spring 31 May 2028; summer 31 August 2028.
# - holidays are their next day to come, in the writer's country: US Thanksgiving 25
#   November 2027; Bonifacio Day 30 November 2027; Christmas 25 December 2027; Day of
#   Reconciliation (SA) 16 December 2027; Rizal Day 30 December 2027; New Year's Day 1
#   January 2028; Chinese New Year 26 January 2028; Family Day (Ontario, AB, BC) 21
#   February 2028; Hari Raya Aidilfitri about 27 February 2028 (moon-sighted: a judgement);
#   Carnival Monday/Tuesday (Trinidad) 28/29 February 2028; Good Friday 14 April, Easter 16
#   April 2028; Freedom Day (SA) 27 April; Victoria Day 22 May; Independence Day (PH) 12
#   June; Youth Day (SA) 16 June; St-Jean-Baptiste 24 June; Canada Day and HKSAR Day 1
#   July; Emancipation Day (Caribbean) 1 August; Singapore National Day 9 August; Merdeka
#   31 August; Labour Day (Canada) 4 September; Heritage Day (SA) 24 September;
#   Thanksgiving (Canadian) 9 October 2028 (2027's, 11 October, is gone); Diwali /
#   Deepavali 17 October 2028 (2027's, 29 October, is gone); Remembrance Day 11 November
#   2028.
# - an all-numeric date that reads two ways ("3/4", "11/12/28", "5.6.2028") is read month
#   first by DATE_ORDER and says so (assumption); one that reads one way only ("12/15",
#   "15/3/2028", "2027/12/15", "2028-03-04") needs none; an impossible day ("6/31", "feb 30",
#   "april 31", "2/29/2029", "31/11") gives no deadline and no assumption.
# - a date that has passed ("by sept 30 2027", "was due 2027-10-01") is still the deadline,
#   but the goal is not time-bound.
# - the person's own events ("before my contract ends", "by my PR landing", "before my kid
#   starts school", "by retirement", "by 50", "before my next chemo cycle", "end of
#   season", "before my tour ends", "by my ORD") have no date the tool can know: no deadline.
# - a negated or replaced date gives way to the one that stands ("not Q1, Q2" is 30 June
#   2028; "moved from march to may" 31 May 2028); "not before X" is a floor, not a
#   deadline, and so are "after X", "from X", "starting X" (a start, not an end); "no rush"
#   does not remove a date that is said; "asap" is no date.
# - "this week" ends Sunday 28 November 2027; "this month" 30 November 2027; "by next month"
#   and "end of next month" 31 December 2027; "tmrw" 25 November 2027; "in the new year" 31
#   January 2028 (a judgement); "before <month>" is the last day of the month before.
# - a date with its year that is past ("11/19/2027") is past; a day and month with no year
#   are the next to come, so lines meant to have passed always carry their year.
# - a cadence ("every other week", "biweekly", "3x a week", "monthly") is measurable but
#   sets no deadline.
# - several goals on one line: each part is judged and dated; the line is met on a
#   criterion only if every part is; its deadline is the last part's when every part has
#   one, else None.
# - an aspiration: "one day", "someday", "eventually", "dream", "legacy", "long term", or a
#   life destination five years or more away (retire by 55, "by 2033"); it is labelled on
#   its words like a goal (a named role or business is specific; done is plain). A vague
#   self-improvement is a goal that is not specific, not an aspiration.
# - specific: it says what will exist or be done (a credential, licence, document, task,
#   sum, role, title, employer, deliverable, a number of a named thing). Vague verbs
#   ("improve", "work on", "get better at", "be more", "level up", "grow") are not
#   specific, however concrete their object, unless a target number or end state is given.
#   "learn X" with no level has no finish line: neither specific nor measurable.
# - measurable: a number with its object, a from-X-to-Y, or a yes/no outcome (passed,
#   filed, hired, promoted, shipped, closed) - a yes/no outcome is measurable even when it is
#   not specific ("get promoted", "find any job"); a raise with no size is neither; a
#   condition of work alone (remote, 4 day week, day shift, no on-call) is not specific,
#   though done is plain (measurable).
# ruff: noqa: E501
# fmt: off
from datetime import date

from tests.coaching.labels_field import Case, Part  # the same schema

TODAY = date(2027, 11, 24)  # a Wednesday
DATE_ORDER = "mdy"
FISCAL_YEAR_START = 1       # January: a fiscal year is the calendar year, ending 31 December

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
    _c("get my ECA done by WES before end of january", T, T, T, "2028-01-31", "immigration", "concrete"),
    _c("clear the CELPIP with CLB 9 in all four bands by march", T, T, T, "2028-03-31", "immigration", "concrete"),
    _c("file my T1 by april 30", T, T, T, "2028-04-30", "accounting", "concrete"),
    _c("close the series A by end-Q1", T, T, T, "2028-03-31", "startup", "concrete"),
    _c("get my PMP", T, T, F, None, "project management", "concrete"),
    _c("become OIC of the night shift by feb", T, T, T, "2028-02-29", "policing", "concrete"),
    _c("ship the v2 onboarding flow by dec 17", T, T, T, "2027-12-17", "product management", "concrete"),
    _c("pass the NCLEX-RN on or before Dec. 15", T, T, T, "2027-12-15", "nursing", "concrete"),
    _c("Obtain my CSQ (Certificat de sélection du Québec) no later than June 30, 2028.", T, T, T, "2028-06-30", "immigration", "concrete"),
    _c("submit my NNAS application this week", T, T, T, "2027-11-28", "nursing", "concrete"),  # judgement: "this week" ends Sunday 28 Nov
    _c("get my B1/B2 AME licence endorsement on the A320 type by 1H28", T, T, T, "2028-06-30", "aviation maintenance", "concrete"),
    _c("finish my blasting ticket before the mine shuts for christmas", T, T, F, None, "mining", "concrete"),  # the shutdown day is the mine's own event
    _c("get the BOSIET + HUET renewed by the 15th", T, T, T, "2027-12-15", "oil and gas", "concrete"),
    _c("sign on as 2nd officer with a bulk carrier company by Q2", T, T, T, "2028-06-30", "shipping", "concrete"),
    _c("pass CAS exam MAS-I in the spring sitting", T, T, T, "2028-05-31", "actuarial", "concrete"),  # judgement: spring read as 31 May
    _c("write SOA exam P on 1/13/2028", T, T, T, "2028-01-13", "actuarial", "concrete"),
    _c("get my CIP designation done by 2028", T, T, T, "2028-12-31", "insurance", "concrete"),
    _c("complete the CPSM exam 2 and 3 by end of june", T, T, T, "2028-06-30", "procurement", "concrete"),
    _c("cut our supplier lead time from 21 days to 14 by Q3", T, T, T, "2028-09-30", "supply chain", "concrete"),
    _c("get my CHRP (CHRL in ontario) by next fall", T, T, T, "2028-11-30", "HR", "concrete"),
    _c("fill 12 RN reqs for the new wing by january 31", T, T, T, "2028-01-31", "recruiting", "concrete"),
    _c("pass my RECO exams and register as a salesperson by may", T, T, T, "2028-05-31", "real estate", "concrete"),
    _c("get my Gold Seal certification as construction superintendent", T, T, F, None, "construction management", "concrete"),
    _c("Complete ExAC exams and get licensed as an architect by Dec 2028.", T, T, T, "2028-12-31", "architecture", "concrete"),
    _c("get my P.Eng by 2029", T, T, T, "2029-12-31", "civil engineering", "concrete"),
    _c("get promoted to rooms division manager by end-Q2", T, T, T, "2028-06-30", "hospitality management", "concrete"),
    _c("pass the pit boss assessment before CNY", T, T, T, "2028-01-25", "casinos", "concrete"),
    _c("hit 92% CSAT on my team for Q1 at the BPO", T, T, T, "2028-03-31", "BPO", "concrete"),
    _c("be promoted from TL to OM by june 2028", T, T, T, "2028-06-30", "BPO", "concrete"),
    _c("pass the OSCE for the UK NMC by feb 2028", T, T, T, "2028-02-29", "nursing", "concrete"),
    _c("get my PSW certificate so i can work in LTC, course ends march 18", T, T, T, "2028-03-18", "caregiving", "concrete"),
    _c("pass the PEBC evaluating exam in march 2028", T, T, T, "2028-03-31", "pharmacy", "concrete"),
    _c("pass the OEBC and get registered with the college of optometrists by the summer", T, T, T, "2028-08-31", "optometry", "concrete"),
    _c("be ordained a deacon at the diocesan service on 6/24/2028", T, T, T, "2028-06-24", "ministry", "concrete"),
    _c("raise R450 000 for the shelter's new kitchen by 31 March 2028", T, T, T, "2028-03-31", "fundraising", "concrete"),
    _c("land 3 new major donors at $25k+ each this fiscal year", T, T, T, "2027-12-31", "fundraising", "concrete", asm=T),
    _c("file the board-approved 990 by May 15", T, T, T, "2028-05-15", "nonprofits", "concrete"),
    _c("pitch and publish 2 longform features in a national outlet by june", T, T, T, "2028-06-30", "journalism", "concrete"),
    _c("deliver the rough cut of the doc to the broadcaster by 2028-02-01", T, T, T, "2028-02-01", "film and TV", "concrete"),
    _c("get our steam page live with a demo for next fest in feb", T, T, T, "2028-02-29", "game dev", "concrete"),
    _c("pass OSCP before my contract ends", T, T, F, None, "cybersecurity", "concrete"),
    _c("pass the AWS SAP-C02 by 15 Dec", T, T, T, "2027-12-15", "cloud", "concrete"),
    _c("get the CKA cert in 6 weeks", T, T, T, "2028-01-05", "cloud", "concrete"),
    _c("bring p99 latency on the payments api under 250ms by EOQ", T, T, T, "2027-12-31", "cloud", "concrete"),
    _c("migrate the warehouse off Redshift onto Snowflake by 1H28", T, T, T, "2028-06-30", "data", "concrete"),
    _c("get the data engineer role at GovTech", T, T, F, None, "data", "concrete"),
    _c("run 8 usability sessions for the checkout redesign before the holidays", T, T, F, None, "UX", "concrete"),  # judgement: "the holidays" has no single day
    _c("get my TEFL 120hr and a contract at a hagwon in Busan by march", T, T, T, "2028-03-31", "teaching abroad", "concrete"),  # judgement: one shared date, kept as one goal
    _c("sign up 15 regular tutees for PSLE maths by Jan", T, T, T, "2028-01-31", "tutoring", "concrete"),
    _c("get my NCCP Competition-Development certification by 2028", T, T, T, "2028-12-31", "sports coaching", "concrete"),
    _c("pass the ACE CPT exam by the 1st week of march", T, T, T, "2028-03-07", "fitness", "concrete"),
    _c("land a civilian ops manager role using my SkillBridge internship, separation date is 4/1/2028", T, T, T, "2028-04-01", "military to civilian", "concrete", asm=T),
    _c("translate my MOS into a resume and apply to 20 logistics jobs in 30 days", T, T, T, "2027-12-24", "military to civilian", "concrete"),
    _c("pass the sergeant's exam in the april sitting", T, T, T, "2028-04-30", "policing", "concrete"),
    _c("get posted to the K-9 unit", T, T, F, None, "policing", "concrete"),
    _c("become a CO2 (correctional officer 2) at the provincial centre by year end", T, T, T, "2027-12-31", "corrections", "concrete"),
    _c("pass the NFPA 1001 FF II and hazmat ops by may 31", T, T, T, "2028-05-31", "firefighting", "concrete"),
    _c("get hired by Calgary Fire in the 2028 intake", T, T, T, "2028-12-31", "firefighting", "concrete"),
    _c("get 40 ha of canola seeded by may 20", T, T, T, "2028-05-20", "farming", "concrete"),
    _c("get my fishing master IV certificate before the lobster season opens", T, T, F, None, "fishing", "concrete"),
    _c("get my AZ licence and a job with a long haul carrier within 3 months", T, T, T, "2028-02-24", "trucking", "concrete"),
    _c("hit S$30k monthly GMV on Shopee by 9.9", T, T, T, "2028-09-09", "e-commerce", "concrete"),  # 9.9 is the Shopee sale day, 9 September: one reading
    _c("get the Lazada store to 5,000 orders ytd by year end", T, T, T, "2027-12-31", "e-commerce", "concrete"),
    _c("reach 100k subs on my YouTube channel by Dec 31 2028", T, T, T, "2028-12-31", "content creation", "concrete"),
    _c("get into the TikTok creator rewards program this month", T, T, T, "2027-11-30", "content creation", "concrete"),
    _c("take the role of COO at a mid-size manufacturer by Q3 2028", T, T, T, "2028-09-30", "executive", "concrete"),
    _c("hire a VP Eng before our board meeting on 2/10", T, T, T, "2028-02-09", "startup", "concrete", asm=T),  # 2/10 reads two ways: 10 February, said
    _c("pass the PSC's second language evaluation at CBC by march", T, T, T, "2028-03-31", "public service", "concrete"),
    _c("get my EC-06 position confirmed (indeterminate) before the fiscal year closes", T, T, T, "2027-12-31", "public service", "concrete", asm=T),  # judgement: read as "before the end of" the fiscal year, 31 Dec
    _c("book 20 paid gigs with the trio over the coming year", T, T, T, "2028-11-24", "performing arts", "concrete"),
    _c("pass the ACTRA apprentice requirement (3 credits) by summer", T, T, T, "2028-08-31", "performing arts", "concrete"),
    _c("finish my CPA PEP capstone 1 by the 30th", T, T, T, "2027-11-30", "accounting", "concrete"),
    _c("Complete the NCA assessments (5 exams) by August 2028 so I can article in Ontario", T, T, T, "2028-08-31", "law", "concrete"),
    _c("get my MCCQE1 done by june", T, T, T, "2028-06-30", "medicine", "concrete"),
    _c("pass the NDEB AFK by 5/5/2028", T, T, T, "2028-05-05", "dentistry", "concrete"),
    _c("sit the PLE in march and pass", T, T, T, "2028-03-31", "pharmacy", "concrete"),
    _c("pass the PH board exam for RN this june", T, T, T, "2028-06-30", "nursing", "concrete"),
    _c("land a caregiver job in canada thru the home support worker pilot by 2028", T, T, T, "2028-12-31", "caregiving", "concrete"),
    _c("get an IELTS band 7 overall, no band below 6.5 by feb", T, T, T, "2028-02-29", "immigration", "concrete"),
    _c("get my TEF Canada at NCLC 7 in all skills by Q1 2028", T, T, T, "2028-03-31", "immigration", "concrete"),
    _c("finish the Ryerson (TMU) bridging program for internationally educated engineers", T, T, F, None, "civil engineering", "concrete"),
    _c("pass the CFA level II in the august window", T, T, T, "2028-08-31", "banking", "concrete"),
    _c("grow AUM from HK$80m to HK$120m by 2H28", T, T, T, "2028-12-31", "banking", "concrete"),
    _c("close 4 sales of pre-selling condos in BGC by end of dec", T, T, T, "2027-12-31", "real estate", "concrete"),
    _c("get my PRC broker's license by oct", T, T, T, "2028-10-31", "real estate", "concrete"),
    _c("finish the PhilGEPS bid docs for the DPWH tender by friday", T, T, T, "2027-11-26", "procurement", "concrete"),
    _c("pass the CIPS level 4 diploma by next june", T, T, T, "2028-06-30", "procurement", "concrete"),
    _c("get my SHRM-CP", T, T, F, None, "HR", "concrete"),
    _c("roll out the new HRIS (Workday) to all 3 regions by the end of 1H28", T, T, T, "2028-06-30", "HR", "concrete"),
    _c("reduce time-to-hire from 48 days to 30 by end of next quarter", T, T, T, "2028-03-31", "recruiting", "concrete"),
    _c("get my mine rescue ticket", T, T, F, None, "mining", "concrete"),
    _c("move from underground jumbo operator to shift boss by 2029", T, T, T, "2029-12-31", "mining", "concrete"),
    _c("get the MMSA chartered mine surveyor cert by july", T, T, T, "2028-07-31", "mining", "concrete"),
    _c("complete my GWO BST to work on the offshore wind side", T, T, F, None, "oil and gas", "concrete"),
    _c("make toolpusher on the rig by summer 2028", T, T, T, "2028-08-31", "oil and gas", "concrete"),
)

_CONCRETE2 = (
    _c("get my 2nd mate CoC (STCW II/1) issued by MPA before CNY", T, T, T, "2028-01-25", "shipping", "concrete"),
    _c("pass MARINA's management level exam for chief mate by april", T, T, T, "2028-04-30", "shipping", "concrete"),
    _c("get my Transport Canada M1 licence with the B1 structures rating", T, T, F, None, "aviation maintenance", "concrete"),
    _c("log the 48 months of experience and apply for my AME-M licence by june 2028", T, T, T, "2028-06-30", "aviation maintenance", "concrete"),
    _c("finish the FAA A&P oral and practical at the DME on 12/9", T, T, T, "2027-12-09", "aviation maintenance", "concrete", asm=T),
    _c("Achieve FCII (Chartered Insurance Institute fellowship) by end of 2028.", T, T, T, "2028-12-31", "insurance", "concrete"),
    _c("get the claims backlog down to under 200 open files by the 15th", T, T, T, "2027-12-15", "insurance", "concrete"),
    _c("get my FSA by 2029, need 3 more exams", T, T, T, "2029-12-31", "actuarial", "concrete"),
    _c("sign the IFRS 17 model validation report off by 31/12", T, T, T, "2027-12-31", "actuarial", "concrete"),
    _c("renegotiate the 3 biggest freight contracts and save at least 8% by march", T, T, T, "2028-03-31", "supply chain", "concrete"),
    _c("get warehouse pick accuracy to 99.5% ahead of 11.11 next year", T, T, T, "2028-11-10", "supply chain", "concrete"),
    _c("pass APICS CSCP on or before 2028/03/31", T, T, T, "2028-03-31", "supply chain", "concrete"),
    _c("hire 40 agents for the Cebu site before the account goes live 1/15", T, T, T, "2028-01-14", "BPO", "concrete"),
    _c("get AHT down from 540s to 420s by end of month", T, T, T, "2027-11-30", "BPO", "concrete"),
    _c("get the SSS and PhilHealth contributions sorted for my VA business by the 1st", T, T, T, "2027-12-01", "gig work", "concrete"),
    _c("earn $2,500 CAD a month from uber eats + skip by january", T, T, T, "2028-01-31", "gig work", "concrete"),
    _c("reach 4.95 rating and 1000 trips on grab by CNY", T, T, T, "2028-01-26", "gig work", "concrete"),
    _c("get 10 five-star reviews on upwork in the next 60 days", T, T, T, "2028-01-23", "gig work", "concrete"),
    _c("pass the CGFNS credentials evaluation and VisaScreen by summer 2028", T, T, T, "2028-08-31", "nursing", "concrete"),
    _c("get my SNB registration in singapore before my contract at st luke's in manila ends", T, T, F, None, "nursing", "concrete"),
    _c("become nurse manager of 4 West by Q2", T, T, T, "2028-06-30", "nursing", "concrete"),
    _c("finish the NCLEX review at 150 qbank questions a day, exam is on 2/3/28", T, T, T, "2028-02-03", "nursing", "concrete", asm=T),  # 2/3 reads two ways
    _c("get my SG work permit as a caregiver renewed by march 1", T, T, T, "2028-03-01", "caregiving", "concrete"),
    _c("take the dementia care cert from alzheimer society by spring", T, T, T, "2028-05-31", "caregiving", "concrete"),
    _c("open a second pharmacy location in Petaling Jaya by end 2028", T, T, T, "2028-12-31", "pharmacy", "concrete"),
    _c("get my injection authorization from OCP by jan", T, T, T, "2028-01-31", "pharmacy", "concrete"),
    _c("buy into the optometry practice as 30% partner by the end of fiscal 2028", T, T, T, "2028-12-31", "optometry", "concrete", asm=T),
    _c("book 25 myopia control consults a month at the clinic", T, T, F, None, "optometry", "concrete"),  # cadence: measurable, no deadline
    _c("pass the SAVC board exam for foreign-qualified vets in the may sitting", T, T, T, "2028-05-31", "veterinary", "concrete"),
    _c("get my RVT credential by OAVT before summer", T, T, T, "2028-05-31", "veterinary", "concrete"),  # "before summer" = day before 1 June
    _c("get the ordination papers to presbytery by 12/1", T, T, T, "2027-12-01", "ministry", "concrete", asm=T),
    _c("complete my MDiv at Regent by spring 2029", T, T, T, "2029-05-31", "ministry", "concrete"),
    _c("grow sunday attendance from 80 to 120 by Easter", T, T, T, "2028-04-16", "ministry", "concrete"),
    _c("submit the Trillium grant application before the Feb 15 deadline", T, T, T, "2028-02-14", "nonprofits", "concrete"),
    _c("recruit 6 new board members with finance background in the next 6 months", T, T, T, "2028-05-24", "nonprofits", "concrete"),
    _c("secure a HK$1.2m grant from the jockey club charities trust in 2028", T, T, T, "2028-12-31", "fundraising", "concrete"),
    _c("get 300 monthly donors at R100 each by Heritage Day", T, T, T, "2028-09-24", "fundraising", "concrete"),
    _c("get my CFRE by end of next year", T, T, T, "2028-12-31", "fundraising", "concrete"),
    _c("get a staff job at the Straits Times desk by 2028", T, T, T, "2028-12-31", "journalism", "concrete"),
    _c("file 3 stories a week for the Gleaner", T, T, F, None, "journalism", "concrete"),
    _c("get picked up by a national wire as a stringer before Freedom Day", T, T, T, "2028-04-26", "journalism", "concrete"),
    _c("lock picture on the pilot by 1/31", T, T, T, "2028-01-31", "film and TV", "concrete"),
    _c("get my DGC 2nd AD membership this spring", T, T, T, "2028-05-31", "film and TV", "concrete"),
    _c("pitch the series to 5 streamers at the Berlinale in feb", T, T, T, "2028-02-29", "film and TV", "concrete"),
    _c("hit 10k wishlists before the early access launch in march", T, T, T, "2028-03-31", "game dev", "concrete"),  # judgement: the launch is only a month, the deadline is its end
    _c("ship the vertical slice to the publisher by 14 Jan", T, T, T, "2028-01-14", "game dev", "concrete"),
    _c("land a junior gameplay programmer job at Ubisoft Montréal", T, T, F, None, "game dev", "concrete"),
    _c("pass CISSP within the next fortnight", T, T, T, "2027-12-08", "cybersecurity", "concrete"),
    _c("get the SOC 2 Type II report issued by june 30", T, T, T, "2028-06-30", "cybersecurity", "concrete"),
    _c("patch all critical CVEs within 72h of disclosure, every month", T, T, F, None, "cybersecurity", "concrete"),
    _c("get to zero P1 findings on the pen test before the MAS audit in q2", T, T, T, "2028-06-30", "cybersecurity", "concrete"),  # judgement: the audit is dated only by its quarter
    _c("get my Azure AZ-305", T, T, F, None, "cloud", "concrete"),
    _c("cut our AWS bill from US$84k to US$60k a month by 2H28", T, T, T, "2028-12-31", "cloud", "concrete"),
    _c("get 99.95% uptime on the core platform for 1Q28", T, T, T, "2028-03-31", "cloud", "concrete"),
    _c("publish the churn model and a dashboard to the exec team by dec 10", T, T, T, "2027-12-10", "data", "concrete"),
    _c("finish the Google Data Analytics cert + 2 portfolio projects in 4 mos", T, T, T, "2028-03-24", "data", "concrete"),
    _c("become Senior PM for the payments squad by 1H28", T, T, T, "2028-06-30", "product management", "concrete"),
    _c("launch the GCash integration to 100% of users by the 15th of jan", T, T, T, "2028-01-15", "product management", "concrete"),
    _c("get activation rate from 31% to 40% this quarter", T, T, T, "2027-12-31", "product management", "concrete"),
    _c("publish a case study and get 3 UX designer interviews by Family Day", T, T, T, "2028-02-21", "UX", "concrete"),
    _c("get the design system v1 (40 components) into figma by end-Q1", T, T, T, "2028-03-31", "UX", "concrete"),
    _c("sign a 2 year contract with an international school in Dubai for aug 2028 start", T, T, T, "2028-08-31", "teaching abroad", "concrete"),  # judgement: the start month is the deadline
    _c("get my OCT certification as an internationally educated teacher by september", T, T, T, "2028-09-30", "teaching", "concrete"),
    _c("get my MOE contract teaching post confirmed by 2 jan 2028", T, T, T, "2028-01-02", "teaching", "concrete"),
    _c("get 90% of my IB students to a 5 or above in may exams", T, T, T, "2028-05-31", "tutoring", "concrete"),
    _c("register my tuition centre with the MOE", T, T, F, None, "tutoring", "concrete"),
    _c("get my CSEP-CPT by january 31", T, T, T, "2028-01-31", "fitness", "concrete"),
    _c("sign 12 PT clients at RM250 a session by end of feb", T, T, T, "2028-02-29", "fitness", "concrete"),
    _c("coach the U15 girls to the provincial final in july", T, T, T, "2028-07-31", "sports coaching", "concrete"),
    _c("get my UEFA B licence through the FA of Ireland course by 2028", T, T, T, "2028-12-31", "sports coaching", "concrete"),
    _c("get on as an assistant coach with a USPORTS program by next season", T, T, F, None, "athletics", "concrete"),
    _c("transition from pro rugby to a sales rep role at a sports brand within 12 months", T, T, T, "2028-11-24", "athletics", "concrete"),
    _c("finish my degree through the athlete transition program before my contract with the club ends", T, T, F, None, "athletics", "concrete"),
    _c("get my security clearance (secret) transferred to the new employer by monday", T, T, T, "2027-11-29", "military to civilian", "concrete"),
    _c("use the ETP to finish a red seal electrician apprenticeship by 2030", T, T, T, "2030-12-31", "military to civilian", "concrete"),
    _c("pass the Inspector's promotional exam in 2028", T, T, T, "2028-12-31", "policing", "concrete"),
    _c("get the use-of-force recert done prior to jan 10", T, T, T, "2028-01-09", "corrections", "concrete"),
    _c("become a unit manager at the correctional centre by spring 2028", T, T, T, "2028-05-31", "corrections", "concrete"),
    _c("get my NFPA 1021 officer I cert by 6/30", T, T, T, "2028-06-30", "firefighting", "concrete"),
    _c("make captain at station 7 by the next promo list", T, T, F, None, "firefighting", "concrete"),
    _c("get our farm's CanadaGAP audit passed by july", T, T, T, "2028-07-31", "farming", "concrete"),
    _c("plant 2 ha of durian (musang king) by Merdeka", T, T, T, "2028-08-31", "farming", "concrete"),
    _c("sell 60% of the calves forward at R45/kg before the winter auction", T, T, F, None, "farming", "concrete"),  # southern-hemisphere auction: no known day
    _c("get my PEI lobster licence transferred from my dad", T, T, F, None, "fishing", "concrete"),
    _c("land 20t of snow crab under quota this season", T, T, F, None, "fishing", "concrete"),
    _c("get my hazmat and TDG endorsements by the 30th", T, T, T, "2027-11-30", "trucking", "concrete"),
    _c("buy my own tractor and go O/O by end of 2028", T, T, T, "2028-12-31", "trucking", "concrete"),
    _c("drive 150k km accident free this year", T, T, T, "2027-12-31", "trucking", "concrete"),
    _c("list 200 SKUs on Amazon.ca by Feb 1", T, T, T, "2028-02-01", "e-commerce", "concrete"),
    _c("get my Etsy shop to ₱500k in sales in 2028", T, T, T, "2028-12-31", "e-commerce", "concrete"),
    _c("get ROAS on meta ads from 1.8 to 3.0 in 90 days", T, T, T, "2028-02-22", "e-commerce", "concrete"),
    _c("sign 2 brand deals at $3k+ each by valentine's", T, T, T, "2028-02-14", "content creation", "concrete"),
    _c("post 3 reels a week for my baking channel", T, T, F, None, "content creation", "concrete"),
    _c("get the podcast to 5k downloads an episode by 1H28", T, T, T, "2028-06-30", "content creation", "concrete"),
)

_VAGUE = (
    _c("be more strategic", F, F, F, None, "executive", "vague"),
    _c("work on my executive presence before the board cycle", F, F, F, None, "executive", "vague"),
    _c("improve my delegation as a director of directors by Q2", F, F, T, "2028-06-30", "executive", "vague"),
    _c("grow my network in the Vancouver tech scene", F, F, F, None, "cloud", "vague"),
    _c("learn python", F, F, F, None, "data", "vague"),
    _c("learn python this year for work", F, F, T, "2027-12-31", "actuarial", "vague"),
    _c("get into product", F, T, F, None, "product management", "vague"),  # yes/no (in a product role or not), but which role is missing
    _c("level up", F, F, F, None, "game dev", "vague"),
    _c("level up my cloud skills by end-Q1", F, F, T, "2028-03-31", "cloud", "vague"),
    _c("get better at saying no to the bishop's office", F, F, F, None, "ministry", "vague"),
    _c("improve my english for the job interviews lah", F, F, F, None, "immigration", "vague"),
    _c("be a better charge nurse", F, F, F, None, "nursing", "vague"),
    _c("work on my french so i can move up in the federal public service", F, F, F, None, "public service", "vague"),
    _c("upskill in AI asap", F, F, F, None, "insurance", "vague"),
    _c("get more visibility with the regional MD", F, F, F, None, "banking", "vague"),
    _c("improve safety culture on site", F, F, F, None, "construction management", "vague"),
    _c("improve the safety culture underground this year", F, F, T, "2027-12-31", "mining", "vague"),
    _c("be more confident presenting to the exco", F, F, F, None, "HR", "vague"),
    _c("get my finances in order before going back to work", F, F, F, None, "caregiving", "vague"),
    _c("reconnect with my old colleagues from before my stroke", F, F, F, None, "accounting", "vague"),
    _c("ease back into work after chemo", F, F, F, None, "law", "vague"),
    _c("build up my stamina for shifts again", F, F, F, None, "nursing", "vague"),
    _c("refresh my skills after 8 yrs at home with the kids", F, F, F, None, "HR", "vague"),
    _c("figure out what i want to do after the army", F, F, F, None, "military to civilian", "vague"),
    _c("explore options outside of policing", F, F, F, None, "policing", "vague"),
    _c("find my purpose after football", F, F, F, None, "athletics", "vague"),
    _c("get my name out there as a voice actor", F, F, F, None, "performing arts", "vague"),
    _c("improve my stage presence", F, F, F, None, "performing arts", "vague"),
    _c("do more networking with the chamber of mines folks", F, F, F, None, "mining", "vague"),
    _c("be a more visible leader on the rig", F, F, F, None, "oil and gas", "vague"),
    _c("understand the shipping market better", F, F, F, None, "shipping", "vague"),
    _c("keep up with the new Boeing 737 MAX tech", F, F, F, None, "aviation maintenance", "vague"),
    _c("learn more about cyber underwriting", F, F, F, None, "insurance", "vague"),
    _c("get stronger in stakeholder management", F, F, F, None, "procurement", "vague"),
    _c("make our supply chain more resilient", F, F, F, None, "supply chain", "vague"),
    _c("improve employee engagement in the plant", F, F, F, None, "HR", "vague"),
    _c("improve employee engagement", F, F, F, None, "HR", "vague"),
    _c("hire better people", F, F, F, None, "recruiting", "vague"),
    _c("get more listings in Scarborough", F, F, F, None, "real estate", "vague"),
    _c("get better with client handover docs", F, F, F, None, "architecture", "vague"),
    _c("deepen my knowledge of geotech", F, F, F, None, "civil engineering", "vague"),
    _c("raise guest satisfaction at the resort", F, F, F, None, "hospitality management", "vague"),
    _c("be a better floor supervisor, less yelling", F, F, F, None, "casinos", "vague"),
    _c("grow as a leader in the BPO industry po", F, F, F, None, "BPO", "vague"),
    _c("be more patient with my elderly clients", F, F, F, None, "caregiving", "vague"),
    _c("expand my clinical knowledge as a pharmacist", F, F, F, None, "pharmacy", "vague"),
    _c("improve patient flow at the clinic by march", F, F, T, "2028-03-31", "optometry", "vague"),
    _c("learn more about exotic animal medicine", F, F, F, None, "veterinary", "vague"),
    _c("deepen my prayer life and my preaching", F, F, F, None, "ministry", "vague"),
    _c("grow our donor base", F, F, F, None, "fundraising", "vague"),
    _c("be more data-driven in our programs", F, F, F, None, "nonprofits", "vague"),
    _c("write more", F, F, F, None, "journalism", "vague"),
    _c("network more at TIFF next year", F, F, T, "2028-12-31", "film and TV", "vague"),  # judgement: "next year" gives a date even to a vague goal
    _c("get better at unreal engine", F, F, F, None, "game dev", "vague"),
    _c("stay on top of threat intel", F, F, F, None, "cybersecurity", "vague"),
    _c("get into cyber", F, T, F, None, "cybersecurity", "vague"),
    _c("get more hands-on with kubernetes", F, F, F, None, "cloud", "vague"),
    _c("be more of a thought partner to the business", F, F, F, None, "data", "vague"),
    _c("own the roadmap more", F, F, F, None, "product management", "vague"),
    _c("get better at user research", F, F, F, None, "UX", "vague"),
    _c("adapt to teaching in a new culture", F, F, F, None, "teaching abroad", "vague"),
    _c("get more students", F, F, F, None, "tutoring", "vague"),
    _c("be a better coach for my players' mental health", F, F, F, None, "sports coaching", "vague"),
    _c("get fitter for the job", F, F, F, None, "firefighting", "vague"),
    _c("grow my online coaching brand", F, F, F, None, "fitness", "vague"),
    _c("work on my de-escalation skills", F, F, F, None, "corrections", "vague"),
    _c("modernise the farm", F, F, F, None, "farming", "vague"),
    _c("diversify the boat's income", F, F, F, None, "fishing", "vague"),
    _c("drive safer", F, F, F, None, "trucking", "vague"),
    _c("scale the shopee store", F, F, F, None, "e-commerce", "vague"),
    _c("grow my following on IG", F, F, F, None, "content creation", "vague"),
    _c("post more consistently", F, F, F, None, "content creation", "vague"),
    _c("be more present for my team as a founder", F, F, F, None, "startup", "vague"),
    _c("think bigger about fundraising for the startup", F, F, F, None, "startup", "vague"),
    _c("become more bilingual at work", F, F, F, None, "public service", "vague"),
    _c("get a raise", F, F, F, None, "retail", "vague"),  # a raise with no size is neither
    _c("get a raise by the next review cycle", F, F, F, None, "banking", "vague"),
    _c("make more money driving", F, F, F, None, "gig work", "vague"),
    _c("find any job, anything, asap", F, T, F, None, "immigration", "vague"),  # yes/no: hired or not
    _c("get promoted", F, T, F, None, "insurance", "vague"),
    _c("get promoted this year", F, T, T, "2027-12-31", "civil engineering", "vague"),
    _c("level up my leadership game by 2028 la", F, F, T, "2028-12-31", "banking", "vague"),
    _c("sharpen my excel skills for the actuarial work", F, F, F, None, "actuarial", "vague"),
    _c("be more organised with my caseload", F, F, F, None, "public service", "vague"),
)

_CONDITION = (
    _c("work remote", F, T, F, None, "cloud", "condition"),
    _c("fully remote by march", F, T, T, "2028-03-31", "data", "condition"),
    _c("a 4 day week", F, T, F, None, "HR", "condition"),
    _c("4 day work week starting 2028", F, T, F, None, "accounting", "condition"),  # judgement: a start ("starting 2028") is a floor, not a deadline
    _c("no travel", F, T, F, None, "executive", "condition"),
    _c("less travel, max 1 week a month on the road", F, T, F, None, "executive", "condition"),
    _c("flexible hours so i can do school pickup", F, T, F, None, "HR", "condition"),
    _c("closer to family in Davao", F, T, F, None, "BPO", "condition"),
    _c("move back closer to my parents in Penang by end of 2028", F, T, T, "2028-12-31", "engineering", "condition"),  # judgement: a place to live, a condition of work, not a role
    _c("day shift only", F, T, F, None, "BPO", "condition"),
    _c("get off the graveyard shift by january", F, T, T, "2028-01-31", "BPO", "condition"),
    _c("no on-call", F, T, F, None, "cybersecurity", "condition"),
    _c("no more on-call rotation after Q1", F, T, F, None, "cloud", "condition"),  # "after Q1" is a floor
    _c("hybrid, 2 days in office max", F, T, F, None, "insurance", "condition"),
    _c("wfh full time", F, T, F, None, "BPO", "condition"),
    _c("part time, like 20 hrs a week, while I finish treatment", F, T, F, None, "law", "condition"),
    _c("a gradual return to work, 3 days a week to start", F, T, F, None, "nursing", "condition"),
    _c("accommodations for my hearing loss in place before i go back on 1/10", F, T, T, "2028-01-09", "public service", "condition", asm=T),  # 1/10 reads two ways: 10 January, said
    _c("a job where I can sit, my back can't take standing shifts anymore", F, T, F, None, "retail", "condition"),
    _c("work from the cottage in the summers", F, T, F, None, "architecture", "condition"),
    _c("nights only so i can study in the day", F, T, F, None, "nursing", "condition"),
    _c("rotation 2 weeks on 2 off instead of 3 and 1", F, T, F, None, "mining", "condition"),
    _c("get onto a 14/14 rotation by spring", F, T, T, "2028-05-31", "oil and gas", "condition"),
    _c("home every weekend, no more long haul", F, T, F, None, "trucking", "condition"),
    _c("shore-based job, no more contracts at sea", F, T, F, None, "shipping", "condition"),
    _c("a job with a pension and benefits", F, T, F, None, "gig work", "condition"),
    _c("a workplace that's wheelchair accessible", F, T, F, None, "data", "condition"),
    _c("stay in Calgary, no relocation", F, T, F, None, "oil and gas", "condition"),
    _c("no weekends", F, T, F, None, "hospitality management", "condition"),
    _c("work 9 to 5 and have evenings free for the kids", F, T, F, None, "UX", "condition"),
    _c("a compressed work week (9 day fortnight) by the new fiscal year", F, T, T, "2028-01-01", "public service", "condition", asm=T),  # the new fiscal year begins 1 January 2028
    _c("remote with occasional travel to KL", F, T, F, None, "product management", "condition"),
    _c("working from home 3 days a week by next month", F, T, T, "2027-12-31", "insurance", "condition"),  # judgement: "by next month" is its end
    _c("be home for supper every night", F, T, F, None, "construction management", "condition"),
    _c("no more split shifts", F, T, F, None, "casinos", "condition"),
    _c("a role without the 24hr call schedule", F, T, F, None, "veterinary", "condition"),
    _c("go down to 0.6 FTE before my mom's surgery", F, T, F, None, "pharmacy", "condition"),
    _c("work in an english-speaking team in Montréal", F, T, F, None, "game dev", "condition"),
    _c("a quieter parish, less admin", F, T, F, None, "ministry", "condition"),
    _c("job share with a colleague from january 2028", F, T, F, None, "teaching", "condition"),  # "from january" is a start, not a deadline
    _c("flexi time so i can go for my dialysis 3x a week", F, T, F, None, "public service", "condition"),
    _c("only dayshift on the ward from 1H28", F, T, F, None, "nursing", "condition"),
    _c("work remotely as a freelance illustrator", F, T, F, None, "content creation", "condition"),
    _c("no more client-facing weekends by Q2", F, T, T, "2028-06-30", "real estate", "condition"),
    _c("to be based in Singapore with regional coverage", F, T, F, None, "executive", "condition"),
    _c("no fly-in fly-out", F, T, F, None, "mining", "condition"),
    _c("school hours only until my youngest is in grade 1", F, T, F, None, "tutoring", "condition"),
    _c("a union job with set hours", F, T, F, None, "trucking", "condition"),
    _c("a desk role, not frontline, after my PTSD leave", F, T, F, None, "policing", "condition"),
    _c("a job where my service dog is welcome", F, T, F, None, "military to civilian", "condition"),
    _c("a no-overtime role at the station by summer", F, T, T, "2028-08-31", "firefighting", "condition"),
    _c("weekends off during harvest this time", F, T, F, None, "farming", "condition"),
    _c("stay within 30 min commute of home", F, T, F, None, "supply chain", "condition"),
)

_ASPIRATION = (
    _c("one day run my own vet clinic in the Karoo", T, T, F, None, "veterinary", "aspiration", asp=T),
    _c("someday be a CEO", T, T, F, None, "executive", "aspiration", asp=T),
    _c("my dream is to direct a feature film that plays at TIFF", T, T, F, None, "film and TV", "aspiration", asp=T),
    _c("leave a legacy of mentoring young Black engineers in SA", F, F, F, None, "civil engineering", "aspiration", asp=T),
    _c("long term, sit on a few corporate boards", T, T, F, None, "executive", "aspiration", asp=T),
    _c("retire by 55", T, T, F, None, "banking", "aspiration", asp=T),
    _c("retire at 60 with a paid-off condo in Quezon City", T, T, F, None, "BPO", "aspiration", asp=T),
    _c("retire by 2035 and teach part time", T, T, T, "2035-12-31", "teaching", "aspiration", asp=T),
    _c("be a chief nursing officer in 10 years", T, T, T, "2037-11-24", "nursing", "aspiration", asp=T),
    _c("eventually become a bishop", T, T, F, None, "ministry", "aspiration", asp=T),
    _c("someday have my own fleet of 10 trucks", T, T, F, None, "trucking", "aspiration", asp=T),
    _c("one day open a kopitiam chain", T, T, F, None, "hospitality management", "aspiration", asp=T),
    _c("dream job: lead a game studio in Montreal", T, T, F, None, "game dev", "aspiration", asp=T),
    _c("be the first in my family to own a farm outright", T, T, F, None, "farming", "aspiration", asp=T),
    _c("long-term goal is to be a partner at a Big 4 firm", T, T, F, None, "accounting", "aspiration", asp=T),
    _c("become a judge someday", T, T, F, None, "law", "aspiration", asp=T),
    _c("in 5+ years be running my own architecture practice in KL", T, T, F, None, "architecture", "aspiration", asp=T),
    _c("be a respected voice in caribbean journalism", F, F, F, None, "journalism", "aspiration", asp=T),
    _c("eventually move into a CISO role", T, T, F, None, "cybersecurity", "aspiration", asp=T),
    _c("my long term dream is a charter boat business in Tobago", T, T, F, None, "fishing", "aspiration", asp=T),
    _c("someday be known as a great coach", F, F, F, None, "sports coaching", "aspiration", asp=T),
    _c("be financially free by 50", F, F, F, None, "gig work", "aspiration", asp=T),
    _c("become a fire chief before I retire", T, T, F, None, "firefighting", "aspiration", asp=T),
    _c("retire from the force at 25 years service and start a security consultancy", T, T, F, None, "policing", "aspiration", asp=T),
    _c("be a deputy minister by 2033", T, T, T, "2033-12-31", "public service", "aspiration", asp=T),
    _c("one day write a memoir about my years in the army", T, T, F, None, "military to civilian", "aspiration", asp=T),
    _c("own 5 rental units by the time I'm 45", T, T, F, None, "real estate", "aspiration", asp=T),
    _c("be an executive producer on a netflix show one day", T, T, F, None, "film and TV", "aspiration", asp=T),
    _c("long term i want to lead a regional supply chain for APAC", T, T, F, None, "supply chain", "aspiration", asp=T),
    _c("my dream is to sing at the Esplanade", T, T, F, None, "performing arts", "aspiration", asp=T),
    _c("eventually open a boxing gym for at-risk youth in Cape Flats", T, T, F, None, "fitness", "aspiration", asp=T),
    _c("to become a chief pilot, 10-15 yrs out", T, T, F, None, "aviation", "aspiration", asp=T),  # a range of years: no single date
    _c("someday a fellow of the society of actuaries and chief actuary", T, T, F, None, "actuarial", "aspiration", asp=T),
    _c("legacy: a scholarship fund in my name at UWI", T, T, F, None, "fundraising", "aspiration", asp=T),
    _c("in the long run, make a living from my art", F, T, F, None, "content creation", "aspiration", asp=T),
    _c("be a head of product at a unicorn someday", T, T, F, None, "product management", "aspiration", asp=T),
    _c("one day i want to be a mine manager", T, T, F, None, "mining", "aspiration", asp=T),
    _c("be a master mariner and captain a container ship eventually", T, T, F, None, "shipping", "aspiration", asp=T),
    _c("become a registered nurse in Canada in the long run, now working as caregiver", T, T, F, None, "caregiving", "aspiration", asp=T),
    _c("have a happy and balanced career", F, F, F, None, "HR", "aspiration", asp=T),
    _c("be a senior pastor of a multi-site church in 10 yrs", T, T, T, "2037-11-24", "ministry", "aspiration", asp=T),
    _c("by 2032 be CFO of a listed company in HK", T, T, T, "2032-12-31", "banking", "aspiration", asp=T),
    _c("dream: commentating olympic swimming on TV", T, T, F, None, "athletics", "aspiration", asp=T),
    _c("run for city council someday after I leave the public service", T, T, F, None, "public service", "aspiration", asp=T),
    _c("ultimately own a chain of 3 optometry clinics in Gauteng", T, T, F, None, "optometry", "aspiration", asp=T),
    _c("become a professor emeritus before retiring", T, T, F, None, "teaching", "aspiration", asp=T),
    _c("one day have a hit game that funds my studio", F, F, F, None, "game dev", "aspiration", asp=T),
    _c("i want to build something that outlives me", F, F, F, None, "startup", "aspiration", asp=T),
    _c("to be the go-to cloud architect in the Philippines", F, F, F, None, "cloud", "aspiration", asp=T),
    _c("be a published novelist by the time the kids are grown", T, T, F, None, "journalism", "aspiration", asp=T),
    _c("to take the company public in 6 years", T, T, T, "2033-11-24", "startup", "aspiration", asp=T),
    _c("lead a hospital pharmacy department eventually", T, T, F, None, "pharmacy", "aspiration", asp=T),
    _c("someday get back to full time work after my long covid, doing what i love", F, F, F, None, "data", "aspiration", asp=T),
    _c("semi-retire to Ipoh in 7 years and consult", T, T, T, "2034-11-24", "engineering", "aspiration", asp=T),
    _c("become a recognised HR thought leader long term", F, F, F, None, "HR", "aspiration", asp=T),
)

_MULTI = (
    _m("NAVLE in april, then BCSE clinical", "veterinary",
       ("NAVLE in april", T, T, T, "2028-04-30"), ("then BCSE clinical", T, T, F, None)),
    _m("get my ORD done and secure a poly place for april intake", "military to civilian",
       ("get my ORD done", T, T, F, None), ("secure a poly place for april intake", T, T, T, "2028-04-30")),  # ORD is the person's own date; the intake read as April 2028: judgement
    _m("get my ECA by jan and take the IELTS by march", "immigration",
       ("get my ECA by jan", T, T, T, "2028-01-31"), ("take the IELTS by march", T, T, T, "2028-03-31")),
    _m("finish the PMP by Q1; apply for 5 PM roles by Q2", "project management",
       ("finish the PMP by Q1", T, T, T, "2028-03-31"), ("apply for 5 PM roles by Q2", T, T, T, "2028-06-30")),
    _m("pass NCLEX by feb and get my visa screen done by may", "nursing",
       ("pass NCLEX by feb", T, T, T, "2028-02-29"), ("get my visa screen done by may", T, T, T, "2028-05-31")),
    _m("close the seed extension by dec 31 and hire 2 engineers in Q1", "startup",
       ("close the seed extension by dec 31", T, T, T, "2027-12-31"), ("hire 2 engineers in Q1", T, T, T, "2028-03-31")),
    _m("get my AZ licence; find a local job; be home nights", "trucking",
       ("get my AZ licence", T, T, F, None), ("find a local job", F, T, F, None), ("be home nights", F, T, F, None)),
    _m("pass the CSC course by april and get my CFP by end of 2028", "banking",
       ("pass the CSC course by april", T, T, T, "2028-04-30"), ("get my CFP by end of 2028", T, T, T, "2028-12-31")),
    _m("improve my french and pass the CBC oral by june", "public service",
       ("improve my french", F, F, F, None), ("pass the CBC oral by june", T, T, T, "2028-06-30")),
    _m("ship v2 by 1/20 and hit 5k MAU by end-Q1", "product management",
       ("ship v2 by 1/20", T, T, T, "2028-01-20"), ("hit 5k MAU by end-Q1", T, T, T, "2028-03-31")),
    _m("finish my GWO, then get hired offshore by summer", "oil and gas",
       ("finish my GWO", T, T, F, None), ("get hired offshore by summer", F, T, T, "2028-08-31")),
    _m("sign 3 corporate sponsors before National Day and raise S$200k for the gala by Oct", "fundraising",
       ("sign 3 corporate sponsors before National Day", T, T, T, "2028-08-08"), ("raise S$200k for the gala by Oct", T, T, T, "2028-10-31")),
    _m("get the CKA in 6 wks, the CKS by april", "cloud",
       ("get the CKA in 6 wks", T, T, T, "2028-01-05"), ("the CKS by april", T, T, T, "2028-04-30")),
    _m("Update my resume, reconnect with 10 former colleagues, and apply to 3 roles a week", "HR",
       ("Update my resume", T, T, F, None), ("reconnect with 10 former colleagues", T, T, F, None), ("apply to 3 roles a week", T, T, F, None)),
    _m("submit the thesis by march and defend it before Easter", "teaching",
       ("submit the thesis by march", T, T, T, "2028-03-31"), ("defend it before Easter", T, T, T, "2028-04-15")),
    _m("get my RN license in ontario, then work at a hospital in toronto", "nursing",
       ("get my RN license in ontario", T, T, F, None), ("work at a hospital in toronto", T, T, F, None)),
    _m("lose 10kg and run the Standard Chartered half marathon in dec", "fitness",
       ("lose 10kg", T, T, F, None), ("run the Standard Chartered half marathon in dec", T, T, T, "2027-12-31")),
    _m("get the grant report in by 12/15, then plan the 2028 appeal by jan 31", "nonprofits",
       ("get the grant report in by 12/15", T, T, T, "2027-12-15"), ("plan the 2028 appeal by jan 31", T, T, T, "2028-01-31")),
    _m("pass level 1 of the CFA in feb and land an analyst role in Singapore by Q3", "banking",
       ("pass level 1 of the CFA in feb", T, T, T, "2028-02-29"), ("land an analyst role in Singapore by Q3", T, T, T, "2028-09-30")),
    _m("get the roof on by christmas and hand over units 1-12 by end-Q1", "construction management",
       ("get the roof on by christmas", T, T, T, "2027-12-25"), ("hand over units 1-12 by end-Q1", T, T, T, "2028-03-31")),
    _m("go back to work 3 days a week in jan, full time by june", "law",
       ("go back to work 3 days a week in jan", T, T, T, "2028-01-31"), ("full time by june", F, T, T, "2028-06-30")),
    _m("take the CELPIP this month and submit my express entry profile before christmas", "immigration",
       ("take the CELPIP this month", T, T, T, "2027-11-30"), ("submit my express entry profile before christmas", T, T, T, "2027-12-24")),
    _m("learn spanish, get fit, and get promoted", "retail",
       ("learn spanish", F, F, F, None), ("get fit", F, F, F, None), ("get promoted", F, T, F, None)),
    _m("post 4 videos a month and reach 20k followers by CNY", "content creation",
       ("post 4 videos a month", T, T, F, None), ("reach 20k followers by CNY", T, T, T, "2028-01-26")),
    _m("book 10 corporate gigs by summer; record the EP by fall 2028", "performing arts",
       ("book 10 corporate gigs by summer", T, T, T, "2028-08-31"), ("record the EP by fall 2028", T, T, T, "2028-11-30")),
    _m("get SOC2 type 1 by march 31 and type 2 by 2H28", "cybersecurity",
       ("get SOC2 type 1 by march 31", T, T, T, "2028-03-31"), ("type 2 by 2H28", T, T, T, "2028-12-31")),
    _m("hire a GM for the hotel by Q1 and lift RevPAR 12% by year end 2028", "hospitality management",
       ("hire a GM for the hotel by Q1", T, T, T, "2028-03-31"), ("lift RevPAR 12% by year end 2028", T, T, T, "2028-12-31")),
    _m("get my CPR renewed and my first aid by the 15th", "caregiving",
       ("get my CPR renewed", T, T, F, None), ("my first aid by the 15th", T, T, T, "2027-12-15")),  # judgement: "by the 15th" heard as the first-aid part's only
    _m("transfer my foreign credits to UBC by the 1st week of march; finish the degree in 2029", "civil engineering",
       ("transfer my foreign credits to UBC by the 1st week of march", T, T, T, "2028-03-07"), ("finish the degree in 2029", T, T, T, "2029-12-31")),
    _m("pass the sergeant exam in spring and get on the promo list by Canada Day", "policing",
       ("pass the sergeant exam in spring", T, T, T, "2028-05-31"), ("get on the promo list by Canada Day", T, T, T, "2028-07-01")),
    _m("file my GST return by jan 31, my T1 by apr 30 and my T2 by jun 30", "accounting",
       ("file my GST return by jan 31", T, T, T, "2028-01-31"), ("my T1 by apr 30", T, T, T, "2028-04-30"), ("my T2 by jun 30", T, T, T, "2028-06-30")),
    _m("get 50 reviews on the shopify store and hit CAD 10k/month by april", "e-commerce",
       ("get 50 reviews on the shopify store", T, T, F, None), ("hit CAD 10k/month by april", T, T, T, "2028-04-30")),
    _m("find a mentor, join PMI, and be more visible", "project management",
       ("find a mentor", T, T, F, None), ("join PMI", T, T, F, None), ("be more visible", F, F, F, None)),
    _m("get ordained this summer, start a church plant in Scarborough in 2029", "ministry",
       ("get ordained this summer", T, T, T, "2028-08-31"), ("start a church plant in Scarborough in 2029", T, T, T, "2029-12-31")),
    _m("cut the reject rate from 4% to 1.5% by Q2 and get ISO 9001 recert by Q3", "supply chain",
       ("cut the reject rate from 4% to 1.5% by Q2", T, T, T, "2028-06-30"), ("get ISO 9001 recert by Q3", T, T, T, "2028-09-30")),
    _m("get my RVT by march and a job at an emergency clinic after", "veterinary",
       ("get my RVT by march", T, T, T, "2028-03-31"), ("a job at an emergency clinic after", T, T, F, None)),
    _m("Pass the bar (June 2028) and start articling at a firm in Kingston, Jamaica by September 2028", "law",
       ("Pass the bar (June 2028)", T, T, T, "2028-06-30"), ("start articling at a firm in Kingston, Jamaica by September 2028", T, T, T, "2028-09-30")),
    _m("sell 200 head by the spring sale and pay off the operating line by year end", "farming",
       ("sell 200 head by the spring sale", T, T, F, None), ("pay off the operating line by year end", T, T, T, "2027-12-31")),
    _m("get my class 1; get on with a crab boat out of Prince Rupert by spring", "fishing",
       ("get my class 1", T, T, F, None), ("get on with a crab boat out of Prince Rupert by spring", T, T, T, "2028-05-31")),
    _m("do the PADI divemaster in feb, instructor IDC in may", "fitness",
       ("do the PADI divemaster in feb", T, T, T, "2028-02-29"), ("instructor IDC in may", T, T, T, "2028-05-31")),
    _m("finish the UX bootcamp by dec 20 & land a UX role within 6 months", "UX",
       ("finish the UX bootcamp by dec 20", T, T, T, "2027-12-20"), ("land a UX role within 6 months", T, T, T, "2028-05-24")),
    _m("get the DFA red ribbon on my diploma this week, then the POEA contract signed by the 15th", "nursing",
       ("get the DFA red ribbon on my diploma this week", T, T, T, "2027-11-28"), ("the POEA contract signed by the 15th", T, T, T, "2027-12-15")),
    _m("grow the team to 25 and cut churn below 3% over the coming year", "startup",
       ("grow the team to 25", T, T, F, None), ("cut churn below 3% over the coming year", T, T, T, "2028-11-24")),  # judgement: the span heard as the second part's only
    _m("reach 95% FCR on my team and get promoted to OM by Q3", "BPO",
       ("reach 95% FCR on my team", T, T, F, None), ("get promoted to OM by Q3", T, T, T, "2028-09-30")),
    _m("take the NAVLE in november 2028 and start at a clinic in ontario in 2029", "veterinary",
       ("take the NAVLE in november 2028", T, T, T, "2028-11-30"), ("start at a clinic in ontario in 2029", T, T, T, "2029-12-31")),
    _m("retire from pro netball this season and finish my teaching diploma by 2029", "athletics",
       ("retire from pro netball this season", T, T, F, None), ("finish my teaching diploma by 2029", T, T, T, "2029-12-31")),
    _m("qualify as a tax consultant with the MIA by Hari Raya, then open my practice by Merdeka", "accounting",
       ("qualify as a tax consultant with the MIA by Hari Raya", T, T, T, "2028-02-27"), ("open my practice by Merdeka", T, T, T, "2028-08-31")),  # Hari Raya moon-sighted: judgement
    _m("finish the WSQ course; get a job in F&B ops; keep my weekends", "hospitality management",
       ("finish the WSQ course", T, T, F, None), ("get a job in F&B ops", F, T, F, None), ("keep my weekends", F, T, F, None)),
    _m("get my sea time logged by Boxing Day and sit the 2nd mate oral in january", "shipping",
       ("get my sea time logged by Boxing Day", T, T, T, "2027-12-26"), ("sit the 2nd mate oral in january", T, T, T, "2028-01-31")),
    _m("pass the ACCA SBL and SBR in march and the AAA in june", "accounting",
       ("pass the ACCA SBL and SBR in march", T, T, T, "2028-03-31"), ("the AAA in june", T, T, T, "2028-06-30")),
    _m("get certified as a dementia caregiver and find a live-in job in Hong Kong before my contract in Saudi ends", "caregiving",
       ("get certified as a dementia caregiver", T, T, F, None), ("find a live-in job in Hong Kong before my contract in Saudi ends", T, T, F, None)),
    _m("launch the podcast in jan, hit 1k downloads an ep by summer", "content creation",
       ("launch the podcast in jan", T, T, T, "2028-01-31"), ("hit 1k downloads an ep by summer", T, T, T, "2028-08-31")),
    _m("move the unit to 12h shifts by feb and reduce agency nurse spend by 30% by Q3", "nursing",
       ("move the unit to 12h shifts by feb", T, T, T, "2028-02-29"), ("reduce agency nurse spend by 30% by Q3", T, T, T, "2028-09-30")),
    _m("Get the casino's AML program approved by the regulator by the 30th and train all 300 floor staff by end of January.", "casinos",
       ("Get the casino's AML program approved by the regulator by the 30th", T, T, T, "2027-11-30"), ("train all 300 floor staff by end of January", T, T, T, "2028-01-31")),
    _m("pass my red seal; buy a service truck; go out on my own by 2029", "construction management",
       ("pass my red seal", T, T, F, None), ("buy a service truck", T, T, F, None), ("go out on my own by 2029", T, T, T, "2029-12-31")),
    _m("become OIC of the night shift by feb and sit the inspector's exam by Q4 2028", "corrections",
       ("become OIC of the night shift by feb", T, T, T, "2028-02-29"), ("sit the inspector's exam by Q4 2028", T, T, T, "2028-12-31")),
    _m("get my WES report, then the CELPIP, then apply for PNP — all before my PGWP expires", "immigration",
       ("get my WES report", T, T, F, None), ("then the CELPIP", T, T, F, None), ("then apply for PNP — all before my PGWP expires", T, T, F, None)),
)

_DATES = (
    # negated or replaced dates
    _c("pass the CPA CFE, not in may, the september sitting", T, T, T, "2028-09-30", "accounting", "date"),
    _c("launch the app not Q1, Q2", T, T, T, "2028-06-30", "product management", "date"),  # judgement: "launch the app" is a plain yes/no deliverable
    _c("the go-live moved from march to may for the new ERP", T, T, T, "2028-05-31", "procurement", "date"),
    _c("originally wanted my P.Eng by june, now realistically by december 2028", T, T, T, "2028-12-31", "civil engineering", "date"),
    _c("get hired as an ICU nurse in Alberta - not before my NCLEX results, so aim for april", T, T, T, "2028-04-30", "nursing", "date"),
    _c("finish my MBA capstone — was dec 15, extended to jan 31", T, T, T, "2028-01-31", "executive", "date"),
    _c("close the round, not by christmas obviously, more like end-Q1", T, T, T, "2028-03-31", "startup", "date"),
    _c("move to a day-shift role by june... scratch that, by march", F, T, T, "2028-03-31", "BPO", "date"),
    _c("take my CELPIP in february instead of january", T, T, T, "2028-02-29", "immigration", "date"),
    _c("get my red seal, no rush, sometime by the end of 2028", T, T, T, "2028-12-31", "construction management", "date"),
    _c("no rush but i'd like to pass the PEBC qualifying exam by 2029", T, T, T, "2029-12-31", "pharmacy", "date"),
    _c("sign the lease for my second clinic, pushed from 1H28 to 2H28", T, T, T, "2028-12-31", "optometry", "date"),
    _c("launch the new menu not before chinese new year", T, T, F, None, "hospitality management", "date"),  # a floor, no deadline
    _c("go back to work no earlier than march, after my surgery recovery", F, T, F, None, "caregiving", "date"),
    _c("get the 2nd mate CoC — forget april, aiming for july now", T, T, T, "2028-07-31", "shipping", "date"),
    _c("deliver the feasibility study in Q1, not Q4 as first planned", T, T, T, "2028-03-31", "mining", "date"),
    _c("hire a head of sales by feb (was dec)", T, T, T, "2028-02-29", "startup", "date"),
    _c("plan was to file my claim by 12/1 but it's now 1/15", T, T, T, "2028-01-15", "insurance", "date"),
    # dates that have passed
    _c("get my PR card by october 2027", T, T, F, "2027-10-31", "immigration", "date"),
    _c("pass the CISSP by sept 30 2027", T, T, F, "2027-09-30", "cybersecurity", "date"),
    _c("finish the IRS filing was due 2027-10-15, still not done", T, T, F, "2027-10-15", "accounting", "date"),
    _c("submit the tender by 11/19/2027", T, T, F, "2027-11-19", "procurement", "date"),
    _c("make partner by end of Q3 2027", T, T, F, "2027-09-30", "law", "date"),
    _c("have the new kitchen open before Diwali 2027", T, T, F, "2027-10-28", "hospitality management", "date"),
    _c("get the ward to 0 falls in Q3 2027", T, T, F, "2027-09-30", "nursing", "date"),
    _c("get my licence renewed by Canadian Thanksgiving this year", T, T, F, "2027-10-11", "trucking", "date"),
    _c("reach 10k subs by 1H27", T, T, F, "2027-06-30", "content creation", "date"),
    _c("finish the SHRM-SCP by end of summer 2027", T, T, F, "2027-08-31", "HR", "date"),
    _c("complete the hazmat refresher by 11/23/2027", T, T, F, "2027-11-23", "firefighting", "date"),
    _c("get the harvest loan approved by 2027/11/01", T, T, F, "2027-11-01", "farming", "date"),
    _c("win the Malaysia Day pitch competition (sept 16 2027)", T, T, F, "2027-09-16", "startup", "date"),
    # impossible dates
    _c("pass the PMP by feb 30", T, T, F, None, "project management", "date"),
    _c("submit my nursing portfolio on april 31", T, T, F, None, "nursing", "date"),
    _c("hand over the site by 6/31", T, T, F, None, "construction management", "date"),
    _c("get my CHRL by 2/29/2029", T, T, F, None, "HR", "date"),
    _c("launch the campaign by 31/11", T, T, F, None, "fundraising", "date"),
    _c("finish the FAA airframe written by 13/13", T, T, F, None, "aviation maintenance", "date"),
    _c("deliver the draft by 2028-09-31", T, T, F, None, "film and TV", "date"),
    _c("sit the CFA L3 on november 31st", T, T, F, None, "banking", "date"),
    # ambiguous numeric dates, read month first
    _c("get the ECA result by 3/4", T, T, T, "2028-03-04", "immigration", "date", asm=T),
    _c("pass the OIQ professional exam by 5/6/2028", T, T, T, "2028-05-06", "civil engineering", "date", asm=T),
    _c("sign the contract w/ the agency by 1/2", T, T, T, "2028-01-02", "nursing", "date", asm=T),
    _c("submit the grant by 11/12/28", T, T, T, "2028-11-12", "nonprofits", "date", asm=T),
    _c("finish the AWS migration by 4.5.2028", T, T, T, "2028-04-05", "cloud", "date", asm=T),
    _c("get my SG PR application in by 2/1", T, T, T, "2028-02-01", "immigration", "date", asm=T),
    _c("have 6 offers out to grads by 10/11", T, T, T, "2028-10-11", "recruiting", "date", asm=T),
    _c("move into the night OIC role on 3/12", T, T, T, "2028-03-12", "corrections", "date", asm=T),
    _c("deliver the board deck by 12/2", T, T, T, "2027-12-02", "executive", "date", asm=T),
    _c("pass my LTO professional license on 7/8", T, T, T, "2028-07-08", "gig work", "date", asm=T),
    _c("reopen the clinic after my leave on 06/05/2028", T, T, T, "2028-06-05", "veterinary", "date", asm=T),
    # unambiguous numeric dates
    _c("file the SEC GIS by 12/27", T, T, T, "2027-12-27", "accounting", "date"),
    _c("present the reserving study to the board on 2027/12/15", T, T, T, "2027-12-15", "actuarial", "date"),
    _c("get the MOM work pass approved by 15/3/2028", T, T, T, "2028-03-15", "HR", "date"),
    _c("pass the MTO road test by 2028-03-04", T, T, T, "2028-03-04", "trucking", "date"),
    _c("have the drill program permitted by 1/25/2028", T, T, T, "2028-01-25", "mining", "date"),
    _c("finish ACLS and PALS by 28/2/2028", T, T, T, "2028-02-28", "nursing", "date"),
    _c("get 100 signups for the church retreat by 12.20", T, T, T, "2027-12-20", "ministry", "date"),
    _c("submit my IEC work permit app by 2/29/2028", T, T, T, "2028-02-29", "immigration", "date"),
    # holidays
    _c("get my NOC 33102 job offer by Family Day", T, T, T, "2028-02-21", "caregiving", "date"),
    _c("land a new role before Thanksgiving (Canadian)", F, T, T, "2028-10-08", "HR", "date"),
    _c("finish my CNA clinicals by thanksgiving", T, T, T, "2027-11-25", "caregiving", "date"),  # a US credential: US Thanksgiving, tomorrow
    _c("have the Christmas bonus paid and 13th month out by Dec 24", T, T, T, "2027-12-24", "HR", "date"),
    _c("pass the PRC nursing board before Rizal Day", T, T, T, "2027-12-29", "nursing", "date"),
    _c("open the 2nd branch of the milk tea shop by Bonifacio Day", T, T, T, "2027-11-30", "e-commerce", "date"),
    _c("get the durian stock listed before Hari Raya", T, T, T, "2028-02-26", "e-commerce", "date"),  # Hari Raya moon-sighted: judgement
    _c("send out 500 hampers for the clients before CNY", T, T, T, "2028-01-25", "banking", "date"),
    _c("sign up 20 new members for the gym before Deepavali", T, T, T, "2028-10-16", "fitness", "date"),
    _c("finish the saree collection for my shop by Diwali", T, T, T, "2028-10-17", "e-commerce", "date"),
    _c("get the new AGM on board by Victoria Day", T, T, T, "2028-05-22", "hospitality management", "date"),
    _c("secure a 2nd mine-site contract by Freedom Day", T, T, T, "2028-04-27", "mining", "date"),
    _c("finish my SAICA board exam prep before Youth Day", T, T, T, "2028-06-15", "accounting", "date"),
    _c("register my business with CIPC by the Day of Reconciliation", T, T, T, "2027-12-16", "startup", "date"),
    _c("get the band's carnival season bookings locked before carnival Monday", T, T, T, "2028-02-27", "performing arts", "date"),
    _c("release my soca single by Emancipation Day", T, T, T, "2028-08-01", "performing arts", "date"),
    _c("complete the bridging program before Canada Day", T, T, T, "2028-06-30", "immigration", "date"),
    _c("get my french to B2 by la Saint-Jean", T, T, T, "2028-06-24", "public service", "date"),
    _c("have the tournament sponsorships in by Singapore National Day", T, T, T, "2028-08-09", "sports coaching", "date"),
    _c("finish my HKICPA QP module before the July 1 holiday", T, T, T, "2028-06-30", "accounting", "date"),
    _c("get the crew ready for the Good Friday shutdown (14 april)", F, F, T, "2028-04-14", "oil and gas", "date"),
    _c("get the ward's new rosters done before Christmas eve", T, T, T, "2027-12-23", "nursing", "date"),
    _c("submit my ordination essays by Remembrance Day", T, T, T, "2028-11-11", "ministry", "date"),
    _c("pass the bridging exam ahead of Labour Day", T, T, T, "2028-09-03", "teaching", "date"),
    # year end, fiscal forms, quarters and halves
    _c("hit 120% of quota by year end", T, T, T, "2027-12-31", "retail", "date"),
    _c("close FY27 with opex under HK$4.5m", T, T, T, "2027-12-31", "executive", "date", asm=T),
    _c("grow ARR to $3M by end of FY28", T, T, T, "2028-12-31", "startup", "date", asm=T),
    _c("deliver 2 new products in fiscal Q1", T, T, T, "2028-03-31", "product management", "date", asm=T),
    _c("get our department's audit clean this fiscal", T, T, T, "2027-12-31", "public service", "date", asm=T),
    _c("hit R12m revenue next fiscal year", T, T, T, "2028-12-31", "executive", "date", asm=T),
    _c("get my FY27 T2 filed by June 30", T, T, T, "2028-06-30", "accounting", "date"),  # the fiscal year is the object, the deadline is a calendar date
    _c("reduce turnover to under 15% in 1H28", T, T, T, "2028-06-30", "HR", "date"),
    _c("reduce scrap by 20% by H2", T, T, T, "2027-12-31", "supply chain", "date"),  # bare H2: the half under way
    _c("launch the loyalty app by mid-2028", T, T, T, "2028-06-30", "casinos", "date"),
    _c("hire 3 underwriters by EOQ", T, T, T, "2027-12-31", "insurance", "date"),
    _c("get 15 new listings by EOM", T, T, T, "2027-11-30", "real estate", "date"),
    _c("land 2 new enterprise logos by end of next quarter", T, T, T, "2028-03-31", "startup", "date"),
    _c("finish my TESOL in 3Q28", T, T, T, "2028-09-30", "teaching abroad", "date"),
    # cadences
    _c("meet my mentees every other week", T, T, F, None, "executive", "date"),
    _c("biweekly 1:1s with each of my 6 managers", T, T, F, None, "executive", "date"),
    _c("write 2 articles a month for LinkedIn", T, T, F, None, "content creation", "date"),
    _c("preach once a month at the satellite campus", T, T, F, None, "ministry", "date"),
    _c("do 5 cold calls a day to developers", T, T, F, None, "real estate", "date"),
    _c("train 4x a week and compete in 2 masters meets a year", T, T, F, None, "athletics", "date"),
    _c("apply to 5 jobs every week till i get one", T, T, F, None, "immigration", "date"),
    _c("quarterly check-ins with each of the board members", T, T, F, None, "nonprofits", "date"),
    # the person's own events
    _c("get my licence transferred by my PR landing", T, T, F, None, "nursing", "date"),
    _c("get a job before my kid starts school", F, T, F, None, "HR", "date"),
    _c("pay off my student loans by retirement", T, T, F, None, "public service", "date"),
    _c("pass my level 2 coaching cert before the season starts", T, T, F, None, "sports coaching", "date"),
    _c("get a civilian job lined up before my ETS", F, T, F, None, "military to civilian", "date"),
    _c("get my IELTS 7 before my visa expires", T, T, F, None, "immigration", "date"),
    _c("finish the PMP before my next appraisal", T, T, F, None, "project management", "date"),
    _c("have a new role by my 50th", F, T, F, None, "executive", "date"),
    _c("finish my MBA before the baby comes", T, T, F, None, "banking", "date"),
    _c("get on a shore job before my tour ends", F, T, F, None, "shipping", "date"),
    _c("get my CDL class A by the end of the school year", T, T, F, None, "trucking", "date"),
    _c("start my return-to-work plan after my next scan", F, F, F, None, "law", "date"),
    _c("raise R1m before our church anniversary", T, T, F, None, "ministry", "date"),
    _c("hand over the company to my successor before I turn 65", T, T, F, None, "executive", "date"),
    # abbreviations and everyday forms
    _c("get my CompTIA Sec+ in 10 wks", T, T, T, "2028-02-02", "cybersecurity", "date"),
    _c("get the S$ 20k loan paid off in 5 mos", T, T, T, "2028-04-24", "gig work", "date"),
    _c("find a new role by EOY", F, T, T, "2027-12-31", "data", "date"),
    _c("pass the RE licence exam asap", T, T, F, None, "real estate", "date"),
    _c("submit my CV to 3 oil majors within 10 days", T, T, T, "2027-12-04", "oil and gas", "date"),
    _c("get promoted to AVP in the new year", T, T, T, "2028-01-31", "banking", "date"),  # judgement: "in the new year" read as by 31 January
    _c("finish my OSHA 30 over the next 3 quarters", T, T, T, "2028-08-24", "construction management", "date"),
    _c("get 50 new PT clients in 100 days", T, T, T, "2028-03-03", "fitness", "date"),
    _c("have my portfolio site done by tmrw", T, T, T, "2027-11-25", "UX", "date"),
    _c("get my T4 slips out to staff by end of feb", T, T, T, "2028-02-29", "accounting", "date"),
    _c("land a director role by this time next year", T, T, T, "2028-11-24", "executive", "date"),
    _c("finish the DELF B2 by the end of winter", T, T, T, "2028-02-29", "immigration", "date"),
    _c("complete 200 practice hours by sunday", T, T, T, "2027-11-28", "aviation maintenance", "date"),
    _c("file my SARS eFiling return before 20 jan", T, T, T, "2028-01-19", "accounting", "date"),
    _c("get 3 more shifts a week at the casino starting next pay period", T, T, F, None, "casinos", "date"),
)

_MORE = (
    # Taglish, Singlish, Canadian French turns of phrase
    _c("sana makapasa na ko sa NLE this june po, 2nd take ko na", T, T, T, "2028-06-30", "nursing", "concrete"),
    _c("mag-resign sa BPO and get a VA client at $8/hr by january", T, T, T, "2028-01-31", "gig work", "concrete"),
    _c("ipon ₱150k for my NCLEX and visa fees by december", T, T, T, "2027-12-31", "nursing", "concrete"),
    _c("must clear my WSQ ACTA by end of jan then can start trainer job lor", T, T, T, "2028-01-31", "teaching", "concrete"),
    _c("want to get my PR then can apply civil service, no rush one", T, T, F, None, "public service", "concrete"),  # judgement: the application is what the PR is for, one goal
    _c("confirm my promotion to senior staff nurse by 1H28 can or not", T, T, T, "2028-06-30", "nursing", "concrete"),
    _c("be more shiok at work lah", F, F, F, None, "retail", "vague"),
    _c("I want to pass my OIIQ exam in march and work as infirmière at the CHUM", T, T, T, "2028-03-31", "nursing", "concrete"),  # judgement: the job follows the exam, heard as one goal
    _c("obtain my équivalence from the Ordre des ingénieurs before the summer", T, T, T, "2028-05-31", "civil engineering", "concrete"),
    _c("do my francisation course at level 7 by the fall 2028 session", T, T, T, "2028-11-30", "immigration", "concrete"),
    _c("get my CCQ competency card for carpentry, asap svp", T, T, F, None, "construction management", "concrete"),
    _c("finish the RBQ licence exams for general contractor in 2028", T, T, T, "2028-12-31", "construction management", "concrete"),
    # currencies and ranges
    _c("negotiate a package of R1.8m to R2m CTC for the GM role", T, T, F, None, "mining", "concrete"),
    _c("land an HK$60-70k/month role in wealth management by CNY", T, T, T, "2028-01-26", "banking", "concrete"),
    _c("keep churn under 2% every month", T, T, F, None, "startup", "date"),
    _c("reach at least 85% occupancy at the hotel in December", T, T, T, "2027-12-31", "hospitality management", "concrete"),
    _c("get my pay from $28/hr to $35/hr by next contract", T, T, F, None, "nursing", "date"),
    _c("take my Etsy shop from 40 sales a month to 150 by Q2", T, T, T, "2028-06-30", "e-commerce", "concrete"),
    # mid and late career, illness, returns
    _c("return to the classroom full time after my MS diagnosis, in a role with less standing", F, T, F, None, "teaching", "condition"),
    _c("go back to my old firm as a part-time associate by the 1st week of march", T, T, T, "2028-03-07", "law", "concrete"),
    _c("get my nursing licence reinstated after 9 years at home — refresher program starts jan, license by summer", T, T, T, "2028-08-31", "nursing", "concrete"),
    _c("mentor 3 younger managers before I retire in june 2029", T, T, T, "2029-05-31", "executive", "concrete"),  # judgement: the retirement is dated by its month; "before" a month is its eve
    _c("hand off the CFO chair to my deputy and step to advisory by 2H28", T, T, T, "2028-12-31", "executive", "concrete"),
    _c("phase into retirement: 3 days a week from april", F, T, F, None, "public service", "condition"),
    _c("find work that fits around my long covid energy levels", F, F, F, None, "data", "vague"),
    _c("get my Veterans Affairs education benefit approved and enrol in the college program for sept", T, T, T, "2028-09-30", "military to civilian", "concrete"),  # judgement: the enrolment month is the deadline
    _c("stand down as senior pastor after the 2028 conference in may", T, T, F, None, "ministry", "date"),  # "after" is a floor, not a deadline
    _c("land a SAG-AFTRA eligible role in the next 18 months", T, T, T, "2029-05-24", "performing arts", "concrete"),
    _c("retire from competitive sprinting after the 2028 olympics and coach", T, T, F, None, "athletics", "date"),  # judgement: a near goal, not an aspiration; "after" is a floor
    _c("climb from 3.8 to 4.9 stars on foodpanda rider rating by Hari Raya", T, T, T, "2028-02-27", "gig work", "date"),  # Hari Raya moon-sighted: judgement
)

CASES: tuple[Case, ...] = (*_CONCRETE, *_CONCRETE2, *_VAGUE, *_CONDITION, *_ASPIRATION, *_MULTI, *_DATES, *_MORE)

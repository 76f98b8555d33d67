# ruff: noqa: E501
# fmt: off
# Case(text, specific, measurable, time_bound, deadline, field, kinds, ...)
# Fresh goals of our own (round 11), written and labelled blind: by a labeller who had not
# read the engine, the other label sets or the kinds tests. Held out: never run against the
# engine while written, and held out from round 10 (scored before and after it, then added
# untouched; own11_misses.py lists where the engine disagrees). The people: India, Pakistan,
# Bangladesh, Sri Lanka, Nigeria, Ghana, Kenya, Uganda, Egypt and expatriate workers in the
# Gulf (UAE, Saudi Arabia, Qatar, Oman); and, anywhere, students and new graduates, interns,
# apprentices, creators (YouTubers, streamers, influencers), athletes and coaches, farmers
# and agribusiness, public health and NGO workers, government-exam aspirants, soldiers and
# police, drivers and riders, domestic workers, seafarers, nurses and doctors going abroad,
# bankers, IT services staff, civil servants, shop owners, tailors, artisans.
# Same schema as labels_field.py. Kinds: concrete (dated), undated, vague, condition,
# aspiration, multi, date (the date is the point, cadences included).
#
# READING RULES (TODAY is Thursday 17 August 2028; dates worked out from it):
# - "by <month>" is the last day of the next such month not yet over: "by august" / "end of
#   month" / "EOM" / "this month" 31 August 2028 (under way), "by september" / "by next
#   month" / "end of next month" 30 September 2028, "by december" 31 December 2028, "by
#   march" 31 March 2029, "by july" 31 July 2029 (July 2028 is over). "by <month> <day>" /
#   "<day> <month>" / "sept 5th" is that day, the next to come ("by 20 aug" 20 August 2028;
#   a day already gone this year, "by 10 august", is next year's: 10 August 2029).
#   "before <month>" is the last day of the month before ("before october" 30 September
#   2028).
# - "before X", "prior to X", "ahead of X" are the day before X ("before christmas" 24
#   December 2028, "before diwali" 16 October 2028). "by", "no later than", "on or before",
#   "latest", "not later than" are X itself. "before the end of X" reads as the end of X (a
#   judgement).
# - "by <year>" / "in <year>" is 31 December of it; "this year" / "EOY" / "year end" / "by
#   december end" 31 December 2028; "next year" 31 December 2029; "in the new year" 31
#   January 2029 and "early next year" / "early 2029" 31 March 2029 (judgements).
# - quarters and halves are calendar ones unless the word fiscal / FY is with them (a
#   judgement: FISCAL_YEAR_START does not turn a bare "Q1" into a fiscal one): "Q3" / "by
#   Q3" / "this quarter" / "EOQ" 30 September 2028 (under way); "Q4" / "next quarter" 31
#   December 2028; "Q1" / "1Q29" 31 March 2029; "Q2" 30 June 2029; "Q3 2029" 30 September
#   2029. "H2" / "2H28" / "second half of this year" 31 December 2028 (the half under way);
#   "H1" / "1H29" / "first half of next year" / "mid-2029" / "by mid 2029" 30 June 2029;
#   "2H29" 31 December 2029.
# - a fiscal year is read with FISCAL_YEAR_START = 7, July to June, named by the year it
#   ends in: "this FY" / "this fiscal" / "end of FY" / "FY29" / "FY 2028-29" / "FY28/29"
#   30 June 2029; "next FY" / "FY30" 30 June 2030; "FY28" ended 30 June 2028 (passed);
#   "fiscal Q1" / "Q1 of this FY" 30 September 2028 (under way), "fiscal Q2" 31 December
#   2028, "Q3 FY29" 31 March 2029, "fiscal Q4" 30 June 2029. Each such reading is said
#   (assumption=True), whatever the writer's country (an Indian April-March year is exactly
#   what the said assumption lets the person correct). A fiscal year named only as the
#   object of the goal, with a calendar deadline, needs no assumption.
# - counted spans run from TODAY: "in 3 days" 20 August, "within a week" / "in 7 days" 24
#   August, "in 10 days" 27 August, "in 2 wks" / "in a fortnight" 31 August, "in 3 weeks" 7
#   September, "in 30 days" 16 September, "in a month" / "within 1 month" 17 September, "in
#   6 wks" 28 September, "in 45 days" 1 October, "in 8 weeks" 12 October, "in 60 days" 16
#   October, "within 2 mos" 17 October, "in 10 wks" 26 October, "in 12 weeks" 9 November,
#   "in 90 days" 15 November, "in 3 months" 17 November, "in 100 days" 25 November, "in 4
#   mos" / "for the next 4 months" 17 December 2028, "in 5 months" 17 January 2029, "in 6
#   months" 17 February 2029, "in 9 months" 17 May 2029, "in 12 months" / "a year from now"
#   / "this time next year" 17 August 2029, "in 18 months" 17 February 2030, "in 2 years"
#   17 August 2030, "until 3 years from now" 17 August 2031.
# - weekdays are the next to come after today: "friday" / "this friday" / "by fri" 18
#   August, "this weekend" / "by sunday" / "this week" / "EOW" 20 August, "monday" 21
#   August, "by thursday" 24 August (today is Thursday: the next one; a judgement);
#   "next <weekday>" is that day in the coming week, Monday 21 to Sunday 27 August ("next
#   friday" 25 August, "next monday" 21 August; a judgement); "next week" ends 27 August.
#   "today" 17 August, "tmrw" / "tomorrow" 18 August. Days of the month are the next to
#   come: "by the 20th" 20 August, "by the 31st" 31 August, "by the 1st" 1 September, "the
#   15th" 15 September 2028.
# - holidays are their next day to come, in the writer's country. Fixed: Onam about 1
#   September 2028 (judgement); Saudi National Day 23 September; Durga Puja about 24-28
#   September 2028, "by durga puja" its Shashthi about 24 September, Dussehra about 28
#   September (judgements); Gandhi Jayanti 2 October; Nigeria's Independence Day 1 October;
#   Egypt's Armed Forces Day 6 October; Uganda's Independence Day 9 October; Diwali 17
#   October 2028; Mashujaa Day 20 October; Ghana Farmers' Day 1 December; UAE National Day
#   2 December; Jamhuri Day 12 December; Victory Day (BD) 16 December; Qatar National Day
#   18 December; Christmas 25 December 2028; New Year's Day 1 January 2029; Coptic
#   Christmas 7 January; Pongal 14 January 2029 (judgement); Republic Day (India) 26
#   January; Sri Lanka's Independence Day 4 February; Ekushey 21 February; Saudi Founding
#   Day 22 February; Holi about 1 March 2029 (judgement); Ghana's Independence Day 6 March;
#   Pakistan Day 23 March; Bangladesh's Independence Day 26 March; Good Friday 30 March,
#   Easter 1 April 2029; Coptic Easter 8 April 2029; Sinhala and Tamil New Year / Pohela
#   Boishakh 14 April 2029; Labour Day 1 May; Madaraka Day 1 June; Democracy Day (NG) 12
#   June; Pakistan's Independence Day 14 August 2029 and India's 15 August 2029 (this
#   year's are three and two days gone). Moon-sighted (all judgements, a day either way):
#   Ramadan begins about 16 January 2029 ("before ramadan" 15 January); Eid al-Fitr / small
#   sallah / choti eid about 14 February 2029; Eid al-Adha / bakra eid / big sallah about
#   24 April 2029 (2028's two Eids are gone). "after X" is a floor, not a deadline.
# - an all-numeric date that reads two ways ("3/4/2029", "12/10", "6.11.28") is read day
#   first by DATE_ORDER = "dmy" and says so (assumption); one that reads one way only
#   ("25/12", "13/1/2029", "5/5/2029", "2029-03-04") needs none; an impossible day ("31/9",
#   "30/2/2029", "31st june", "29 feb 2029", "31/11") gives no deadline and no assumption.
# - a date that has passed ("by 30/6/2028", "was due march 2028", "FY28") is still the
#   deadline, but the goal is not time-bound.
# - an event whose date the tool cannot know gives no deadline and is not time-bound (the
#   suggestion asks for its date): the person's own events ("before my visa expires", "by
#   my marriage", "before my iqama renewal", "after my contract", "by my passing out
#   parade", "before the baby", "by retirement", "by 30", "end of season", "before
#   harvest", "before the rains", "by sign off" for a seafarer) and sittings the writer does
#   not date ("before KCSE", "by UPSC prelims", "before NEET PG", "next attempt", "next
#   intake", "this semester", "before boards").
# - a negated or replaced date gives way to the one that stands ("not october, november" 30
#   November 2028; "moved from sept to dec" 31 December 2028); "not before X" is a floor,
#   not a deadline, and so are "after X", "from X", "starting X", "w.e.f. X" (a start, not
#   an end); "no rush" / "no hurry" does not remove a date that is said; "asap", "soon",
#   "jaldi", "sharp sharp" are no date.
# - a cadence ("twice a week", "daily", "3x a week", "every sunday", "monthly") is
#   measurable but sets no deadline.
# - several goals on one line: each part is judged and dated; the line is met on a
#   criterion only if every part is; its deadline is the last part's when every part has
#   one, else None.
# - an aspiration: "one day", "someday", "inshallah one day", "eventually", "dream",
#   "legacy", "long term", or a life destination five years or more away ("by 2033",
#   "before 40" when far); it is labelled on its words like a goal (a named role or business
#   is specific; done is plain). A vague self-improvement is a goal that is not specific,
#   not an aspiration.
# - specific: it says what will exist or be done (a credential, licence, exam, visa,
#   document, task, sum, role, title, employer, deliverable, a number of a named thing).
#   Vague verbs ("improve", "work on", "get better at", "be more", "level up", "grow",
#   "focus on", "try to", "do something about") are not specific, however concrete their
#   object, unless a target number or end state is given. "learn X" with no level has no
#   finish line: neither specific nor measurable.
# - measurable: a number with its object, a from-X-to-Y, or a yes/no outcome (passed,
#   cleared, filed, hired, promoted, shipped, renewed, registered, selected) - a yes/no
#   outcome is measurable even when it is not specific ("get any job", "go abroad"); a raise
#   with no size is neither; a condition of work alone (remote, day shift, no night duty,
#   weekends off, posting in my home district) is not specific, though done is plain
#   (measurable).
from datetime import date

from tests.coaching.labels_field import Case, Part  # the same schema

TODAY = date(2028, 8, 17)   # a Thursday
DATE_ORDER = "dmy"
FISCAL_YEAR_START = 7       # July: a fiscal year runs July to June, "FY29" ends 30 June 2029

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
    _c("clear my OET with grade B in all 4 sub tests by december so i can apply to NHS", T, T, T, "2028-12-31", "nursing abroad", "concrete"),
    _c("pass saudi council exam (SCFHS) before end of october 2028", T, T, T, "2028-10-31", "nursing abroad", "concrete"),
    _c("get my DHA license for staff nurse by march", T, T, T, "2029-03-31", "nursing abroad", "concrete"),
    _c("book prometric for haad RN exam by 30 september", T, T, T, "2028-09-30", "nursing abroad", "concrete"),
    _c("i want to score 7 band in ielts academic by nov end", T, T, T, "2028-11-30", "student", "concrete"),
    _c("submit my NMC CBT application by the 31st", T, T, T, "2028-08-31", "nursing abroad", "concrete"),
    _c("clear GATE CS with AIR under 500 in feb 2029", T, T, T, "2029-02-28", "engineering student", "concrete"),
    _c("complete CA final group 1 and 2 papers in may 2029 attempt", T, T, T, "2029-05-31", "chartered accountancy", "concrete"),  # judgement: "may 2029 attempt" read as a month
    _c("pass ICAN PE2 diet in november 2028", T, T, T, "2028-11-30", "accounting nigeria", "concrete"),
    _c("score 280+ in JAMB 2029", T, T, T, "2029-12-31", "student nigeria", "concrete"),  # judgement: "JAMB 2029" read as the year
    _c("get minimum 7 credits in WAEC by june 2029 including maths and english", T, T, T, "2029-06-30", "student nigeria", "concrete"),
    _c("register for CPA section 5 exams in kasneb by 15 september", T, T, T, "2028-09-15", "accounting kenya", "concrete"),
    _c("pass CPA Kenya part 2 section 4 in the november 2028 sitting", T, T, T, "2028-11-30", "accounting kenya", "concrete"),
    _c("renew my iqama before 1 october", T, T, T, "2028-09-30", "gulf expat", "concrete"),
    _c("get emirates id renewed by 10 sept, it expires on the 12th", T, T, T, "2028-09-10", "gulf expat", "concrete"),
    _c("apply for uae golden visa under skilled professional category by dec 31", T, T, T, "2028-12-31", "gulf expat", "concrete"),
    _c("save AED 20,000 for emergency fund by end of 2028", T, T, T, "2028-12-31", "gulf expat", "concrete"),
    _c("open my second tailoring shop in kisumu by january 2029", T, T, T, "2029-01-31", "tailor", "concrete"),
    _c("hit 10k subscribers on my cooking channel by diwali", T, T, T, "2028-10-17", "youtuber", "concrete"),
    _c("reach 100k followers on insta by 31 dec", T, T, T, "2028-12-31", "influencer", "concrete"),
    _c("get twitch affiliate (50 followers, 3 avg viewers) by end of september", T, T, T, "2028-09-30", "streamer", "concrete"),
    _c("monetise my youtube (1000 subs + 4000 watch hours) before christmas", T, T, T, "2028-12-24", "youtuber", "concrete"),
    _c("run sub 1:30 half marathon at the nairobi city marathon in october 2028", T, T, T, "2028-10-31", "athlete", "concrete"),
    _c("qualify for state level kabaddi team selection trials by november", T, T, T, "2028-11-30", "athlete", "concrete"),
    _c("get my AFC C coaching licence by march 2029", T, T, T, "2029-03-31", "football coach", "concrete"),
    _c("plant 2 acres of avocado (hass) before 30 november", T, T, T, "2028-11-29", "farmer", "concrete"),
    _c("sell 500 crates of tomatoes to the naivas supplier by december", T, T, T, "2028-12-31", "farmer", "concrete"),
    _c("register my poultry farm with the county and get KEBS mark by Q1", T, T, T, "2029-03-31", "agribusiness", "concrete"),
    _c("increase maize yield from 18 bags to 30 bags per acre this season", T, T, F, None, "farmer", "undated"),  # judgement: "this season" is a season the tool cannot date
    _c("vaccinate 1200 children under 5 in our sub county by 30 sept", T, T, T, "2028-09-30", "public health", "concrete"),
    _c("train 40 community health volunteers on malaria testing by end of Q4", T, T, T, "2028-12-31", "public health", "concrete"),
    _c("submit the USAID grant proposal for wash project by friday", T, T, T, "2028-08-18", "ngo", "concrete"),
    _c("finish my MPH dissertation and submit on 15 january 2029", T, T, T, "2029-01-15", "public health", "concrete"),
    _c("clear UPSC prelims 2029 with 100+ marks in GS paper 1", T, T, T, "2029-12-31", "upsc aspirant", "concrete"),  # judgement: "prelims 2029" read as the year
    _c("finish NCERT 6-12 polity and history by 30 september", T, T, T, "2028-09-30", "upsc aspirant", "concrete"),
    _c("complete 2 revisions of laxmikant before 1st nov", T, T, T, "2028-10-31", "upsc aspirant", "concrete"),
    _c("crack SSC CGL 2028 tier 1 cutoff by scoring 160 in the mock by sep end", T, T, T, "2028-09-30", "govt exam", "concrete"),
    _c("clear IBPS PO mains in november and join a PSU bank", T, T, T, "2028-11-30", "govt exam", "concrete"),  # judgement: "in november" read for the whole line
    _c("pass CSS written exam FPSC february 2029", T, T, T, "2029-02-28", "govt exam pakistan", "concrete"),
    _c("get selected in BCS 47th preliminary by december 2028", T, T, T, "2028-12-31", "govt exam bangladesh", "concrete"),
    _c("complete my promotion cadre course (havildar) by march 2029", T, T, T, "2029-03-31", "army", "concrete"),
    _c("qualify 1.6 km run in under 6 min for police recruitment by october", T, T, T, "2028-10-31", "police", "concrete"),
    _c("get my PSV badge and start driving matatu by 1st september", T, T, T, "2028-09-01", "driver", "concrete"),
    _c("buy my own bike on EMI and stop renting by next month", T, T, T, "2028-09-30", "delivery rider", "concrete"),
    _c("complete 600 deliveries this month to get the zomato bonus", T, T, T, "2028-08-31", "delivery rider", "concrete"),
    _c("get heavy vehicle license in UAE (RTA) by november", T, T, T, "2028-11-30", "driver", "concrete"),
    _c("save 2.5L for my sisters wedding by march", T, T, T, "2029-03-31", "domestic worker", "concrete"),
    _c("sign new contract with employer with 1500 riyal salary before my annual leave", T, T, F, None, "domestic worker", "undated"),
    _c("get my STCW basic safety refresher done by 30th sep", T, T, T, "2028-09-30", "seafarer", "concrete"),
    _c("clear 2nd mate orals at MMD mumbai by jan 2029", T, T, T, "2029-01-31", "seafarer", "concrete"),
    _c("get COC for chief officer before 31 march 2029", T, T, T, "2029-03-30", "seafarer", "concrete"),
    _c("pass PLAB 1 in the november 2028 sitting", T, T, T, "2028-11-30", "doctor abroad", "concrete"),
    _c("clear NEET PG with rank under 5000 in 2029", T, T, T, "2029-12-31", "doctor", "concrete"),
    _c("get USMLE step 1 pass by april 2029", T, T, T, "2029-04-30", "doctor abroad", "concrete"),
    _c("apply for DataFlow verification for oman MOH by 25 august", T, T, T, "2028-08-25", "nursing abroad", "concrete"),
    _c("get promoted to branch manager by Q2 next year", T, T, T, "2029-06-30", "banking", "concrete"),
    _c("achieve 5 crore CASA target in my branch by 31 dec", T, T, T, "2028-12-31", "banking", "concrete"),
    _c("clear JAIIB all 4 papers in the november attempt", T, T, T, "2028-11-30", "banking", "concrete"),
    _c("sell 25 credit cards this month to hit my incentive", T, T, T, "2028-08-31", "banking", "concrete"),
    _c("get AWS solutions architect associate by october end", T, T, T, "2028-10-31", "it services", "concrete"),
    _c("move from TCS to a product company with 18 LPA by december", T, T, T, "2028-12-31", "it services", "concrete"),
    _c("finish the azure AZ-104 cert before my appraisal cycle closes on 30 sept", T, T, T, "2028-09-29", "it services", "concrete"),
    _c("get onsite opportunity to germany by Q1 2029", T, T, T, "2029-03-31", "it services", "concrete"),
    _c("reduce API p95 latency from 800ms to 300ms by end of quarter", T, T, T, "2028-09-30", "it services", "concrete"),
    _c("complete my departmental exam for section officer by february", T, T, T, "2029-02-28", "civil service", "concrete"),
    _c("clear all 120 pending pension files in the office by 30/11", T, T, T, "2028-11-30", "civil service", "concrete"),
    _c("get transferred to lahore secretariat by january", T, T, T, "2029-01-31", "civil service pakistan", "concrete"),
    _c("open my kirana shop's second counter by diwali and add UPI QR", T, T, T, "2028-10-17", "shop owner", "concrete"),
    _c("make 50k profit monthly from the shop by march 2029", T, T, T, "2029-03-31", "shop owner", "concrete"),
    _c("stock 200 school uniforms before the january school opening", T, T, F, None, "tailor", "undated"),  # judgement: the schools' opening day is not dated
    _c("finish 40 blouse orders before durga puja", T, T, T, "2028-09-23", "tailor", "concrete"),  # judgement: Durga Puja Shashthi about 24 sept
    _c("sell 30 brass pieces at the dilli haat exhibition in november", T, T, T, "2028-11-30", "artisan", "concrete"),
    _c("list 50 handmade kente products on etsy by 31 october", T, T, T, "2028-10-31", "artisan", "concrete"),
    _c("get GI tag certificate for my pashmina unit by june 2029", T, T, T, "2029-06-30", "artisan", "concrete"),
    _c("complete my 6 month internship at KPMG with a PPO by january", T, T, T, "2029-01-31", "intern", "concrete"),
    _c("convert my internship to full time offer before 28 february", T, T, T, "2029-02-27", "intern", "concrete"),
    _c("complete my NYSC and get my discharge certificate by march 2029", T, T, T, "2029-03-31", "new graduate nigeria", "concrete"),
    _c("finish national service with GNPC and secure a permanent role by july 2029", T, T, T, "2029-07-31", "new graduate ghana", "concrete"),
    _c("get my electrical installation apprenticeship level 2 cert by nov", T, T, T, "2028-11-30", "apprentice", "concrete"),
    _c("finish 1000 hours of my plumbing apprenticeship by end of june 2029", T, T, T, "2029-06-30", "apprentice", "concrete"),
    _c("apply to 30 graduate trainee programmes by the 30th of september", T, T, T, "2028-09-30", "new graduate", "concrete"),
    _c("land my first job as junior accountant in nairobi by december 2028", T, T, T, "2028-12-31", "new graduate kenya", "concrete"),
    _c("get my final year project published in an IEEE conference by march", T, T, T, "2029-03-31", "engineering student", "concrete"),
    _c("maintain CGPA above 8.5 for this semester ending 15 december", T, T, T, "2028-12-15", "student", "concrete"),
    _c("submit my masters application to 5 german universities by 15 jan", T, T, T, "2029-01-15", "student", "concrete"),
    _c("get my student visa for canada by august 2029 for the september intake", T, T, T, "2029-08-31", "student", "concrete"),
    _c("get called to the nigerian bar in the november 2028 call ceremony", T, T, T, "2028-11-30", "law nigeria", "concrete"),
    _c("become ghana school of law certified by oct 2029", T, T, T, "2029-10-31", "law ghana", "concrete"),
    _c("complete my ICAG level 3 papers in the november diet", T, T, T, "2028-11-30", "accounting ghana", "concrete"),
    _c("raise 5 million naira seed for my agritech app by 1st quarter 2029", T, T, T, "2029-03-31", "agribusiness", "concrete"),
    _c("export 2 containers of cashew to vietnam before the end of december", T, T, T, "2028-12-31", "agribusiness", "concrete"),
    _c("get my cocoa farm rainforest alliance certified by may 2029", T, T, T, "2029-05-31", "farmer", "concrete"),
    _c("buy 5 dairy cows with the SACCO loan (KSh 400k) by november", T, T, T, "2028-11-30", "farmer", "concrete"),
    _c("open savings of GH₵ 10,000 for my shop rent by december", T, T, T, "2028-12-31", "shop owner", "concrete"),
    _c("get my NAFDAC number for my zobo drink by 30 october", T, T, T, "2028-10-30", "small business nigeria", "concrete"),
    _c("register my company with CAC and open a corporate account by monday", T, T, T, "2028-08-21", "small business nigeria", "concrete"),
    _c("get URSB registration for my salon business by end sept", T, T, T, "2028-09-30", "small business uganda", "concrete"),
    _c("pass my uganda nurses and midwives council exam in november", T, T, T, "2028-11-30", "nursing", "concrete"),
    _c("get my SLMC registration and join a base hospital by april 2029", T, T, T, "2029-04-30", "doctor sri lanka", "concrete"),
    _c("sit for sri lanka administrative service exam in december 2028", T, T, T, "2028-12-31", "govt exam sri lanka", "concrete"),
    _c("get korea EPS-TOPIK score 150 by next march", T, T, T, "2029-03-31", "migrant worker", "concrete"),
    _c("go to japan on SSW caregiver visa by june 2029 after passing JFT basic", T, T, T, "2029-06-30", "caregiver", "concrete"),
    _c("pass egyptian medical license exam (EMLE) in the february 2029 round", T, T, T, "2029-02-28", "doctor egypt", "concrete"),
    _c("finish my teacher training diploma in cairo by 30 june 2029", T, T, T, "2029-06-30", "teaching egypt", "concrete"),
    _c("get my QID and qatar driving licence before 1st october", T, T, T, "2028-09-30", "gulf expat", "concrete"),
    _c("transfer my sponsorship (kafala) to the new company by 15 september", T, T, T, "2028-09-15", "gulf expat", "concrete"),
    _c("clear my saudi engineering council (SCE) accreditation by october 2028", T, T, T, "2028-10-31", "gulf expat", "concrete"),
    _c("get OMSB licensing exam pass for oman by january", T, T, T, "2029-01-31", "nursing abroad", "concrete"),
    _c("upload 52 videos on my farming channel by 31 december", T, T, T, "2028-12-31", "youtuber", "concrete"),
    _c("sign 3 brand deals worth ₹1 lakh each by Q4", T, T, T, "2028-12-31", "influencer", "concrete"),
    _c("launch my merch store with 10 designs by 1 november", T, T, T, "2028-11-01", "creator", "concrete"),
    _c("get my podcast to 5000 downloads per episode by march 2029", T, T, T, "2029-03-31", "creator", "concrete"),
    _c("coach my U-15 girls team to the county finals this december", T, T, T, "2028-12-31", "football coach", "concrete"),
    _c("get 4 of my athletes under 11 sec in 100m by national trials in may 2029", T, T, T, "2029-05-31", "athletics coach", "concrete"),
    _c("pass BCCI level 1 coaching course by 30/9", T, T, T, "2028-09-30", "cricket coach", "concrete"),
    _c("bring my weight from 92 kg to 80 kg by 31 december for the boxing nationals", T, T, T, "2028-12-31", "athlete", "concrete"),
    _c("clear NDA written exam in the april 2029 sitting", T, T, T, "2029-04-30", "defence aspirant", "concrete"),
    _c("complete pakistan army ISSB with recommendation by march 2029", T, T, T, "2029-03-31", "defence aspirant", "concrete"),
    _c("get promoted from constable to head constable in the december 2028 list", T, T, T, "2028-12-31", "police", "concrete"),
    _c("complete 200 hours of community policing beat duty by 31 jan", T, T, T, "2029-01-31", "police", "concrete"),
    _c("get my KRA PIN and register for eTIMS by 30th august", T, T, T, "2028-08-30", "small business kenya", "concrete"),
    _c("file my income tax return for AY 2028-29 by 15 september", T, T, T, "2028-09-15", "salaried", "concrete"),
    _c("pay off my 80k credit card debt by january 2029", T, T, T, "2029-01-31", "banking", "concrete"),
    _c("finish my bangla to english translation portfolio of 10 samples by 20 september", T, T, T, "2028-09-20", "freelancer", "concrete"),
    _c("earn $1000 a month on upwork by december", T, T, T, "2028-12-31", "freelancer", "concrete"),
    _c("get level 2 seller on fiverr before new year", T, T, T, "2028-12-31", "freelancer", "concrete"),
    _c("complete google data analytics cert on coursera by 30 oct", T, T, T, "2028-10-30", "career change", "concrete"),
    _c("submit my PhD thesis at university of dhaka by june 2029", T, T, T, "2029-06-30", "academia", "concrete"),
    _c("publish 2 papers in scopus journals by april 2029, before my PhD viva", T, T, T, "2029-04-30", "academia", "concrete"),
    _c("get my NET JRF in the december 2028 cycle", T, T, T, "2028-12-31", "academia", "concrete"),
)

_UNDATED = (
    _c("pass my OET writing with a B", T, T, F, None, "nursing abroad", "undated"),
    _c("get DHA eligibility letter", T, T, F, None, "nursing abroad", "undated"),
    _c("clear the prometric exam for kuwait MOH nursing", T, T, F, None, "nursing abroad", "undated"),
    _c("become a licensed RN in the UK thru NMC", T, T, F, None, "nursing abroad", "undated"),
    _c("score 110 in TOEFL ibt", T, T, F, None, "student", "undated"),
    _c("get admission in IIM ahmedabad PGP", T, T, F, None, "mba aspirant", "undated"),
    _c("clear CA inter group 1", T, T, F, None, "chartered accountancy", "undated"),
    _c("become an ICAN chartered accountant", T, T, F, None, "accounting nigeria", "undated"),
    _c("get a first class in my BSc microbiology", T, T, F, None, "student nigeria", "undated"),
    _c("pass KCSE with a B+ mean grade so i can do nursing at KMTC", T, T, F, None, "student kenya", "undated"),
    _c("buy a toyota hiace for my own matatu route", T, T, F, None, "driver", "undated"),
    _c("get my hazmat endorsement on my UAE license", T, T, F, None, "driver", "undated"),
    _c("save 10 lakh for my own house plot in kerala", T, T, F, None, "gulf expat", "undated"),
    _c("change my visa from visit to employment visa", T, T, F, None, "gulf expat", "undated"),
    _c("get NOC from my current sponsor to switch jobs", T, T, F, None, "gulf expat", "undated"),
    _c("get a house driver job with a family in dubai with 2500 AED salary", T, T, F, None, "domestic worker", "undated"),
    _c("send my son to english medium school with the money i save here", T, T, F, None, "domestic worker", "undated"),  # judgement: the admission is a yes/no outcome; the unsized saving is only the means
    _c("get my AB (able seaman) certificate", T, T, F, None, "seafarer", "undated"),
    _c("join a tanker company with 4 month contracts", T, T, F, None, "seafarer", "undated"),
    _c("get my GMC registration with licence to practise", T, T, F, None, "doctor abroad", "undated"),
    _c("match into internal medicine residency in the US", T, T, F, None, "doctor abroad", "undated"),
    _c("get a job as registrar in a saudi MOH hospital", T, T, F, None, "doctor abroad", "undated"),
    _c("become relationship manager in HDFC wealth", T, T, F, None, "banking", "undated"),
    _c("clear CAIIB", T, T, F, None, "banking", "undated"),
    _c("bring NPA in my branch portfolio from 6% to under 3%", T, T, F, None, "banking", "undated"),
    _c("get promoted to team lead at infosys", T, T, F, None, "it services", "undated"),
    _c("switch from manual testing to automation testing role with selenium", T, T, F, None, "it services", "undated"),
    _c("get 99.9% uptime on the payments service", T, T, F, None, "it services", "undated"),
    _c("clear my PMP exam", T, T, F, None, "it services", "undated"),
    _c("get posted as tehsildar", T, T, F, None, "civil service", "undated"),
    _c("digitise all land records of my block, about 4000 files", T, T, F, None, "civil service", "undated"),
    _c("add a cold drinks fridge to my shop and increase daily sale to 15k", T, T, F, None, "shop owner", "undated"),
    _c("get a trade licence from the municipality for my chemist shop", T, T, F, None, "shop owner", "undated"),
    _c("buy a second juki industrial machine", T, T, F, None, "tailor", "undated"),
    _c("get an order of 300 school uniforms from st marys", T, T, F, None, "tailor", "undated"),
    _c("supply 20 hand woven baskets per month to a shop in kampala", T, T, F, None, "artisan", "undated"),
    _c("sell my pottery at the lahore craft mela", T, T, F, None, "artisan", "undated"),
    _c("get a pre placement offer from my internship", T, T, F, None, "intern", "undated"),
    _c("finish my SIWES logbook and get it signed", T, T, F, None, "student nigeria", "undated"),
    _c("get a graduate trainee role at MTN or safaricom", T, T, F, None, "new graduate", "undated"),
    _c("complete my welding apprenticeship and get the NITA grade 1 test", T, T, F, None, "apprentice", "undated"),
    _c("get 1 million views on one video", T, T, F, None, "youtuber", "undated"),
    _c("make my channel pay my rent, 40k a month from adsense", T, T, F, None, "youtuber", "undated"),
    _c("get verified blue tick on instagram", T, T, F, None, "influencer", "undated"),
    _c("win gold at the east african championships in the 1500m", T, T, F, None, "athlete", "undated"),
    _c("get selected for ranji trophy squad", T, T, F, None, "athlete", "undated"),
    _c("get a scholarship to a US college for track", T, T, F, None, "athlete", "undated"),
    _c("install drip irrigation on my 3 acre onion farm", T, T, F, None, "farmer", "undated"),
    _c("get a PM-KISAN and crop insurance registration done for my field", T, T, F, None, "farmer", "undated"),
    _c("get a supply contract with a supermarket chain for my eggs", T, T, F, None, "agribusiness", "undated"),
    _c("reduce home deliveries in my ward from 30% to 10%", T, T, F, None, "public health", "undated"),
    _c("get a job with WHO or UNICEF country office", T, T, F, None, "ngo", "undated"),
    _c("clear UPSC CSE and become IAS officer", T, T, F, None, "upsc aspirant", "undated"),
    _c("get selected as sub inspector in punjab police", T, T, F, None, "police", "undated"),
    _c("pass my army education promotion exam for naik", T, T, F, None, "army", "undated"),
    _c("get my egypt syndicate of engineers membership card", T, T, F, None, "engineering egypt", "undated"),
    _c("become a certified tour guide in luxor with ministry license", T, T, F, None, "tourism egypt", "undated"),
)

_VAGUE = (
    _c("improve my english speaking for interviews", F, F, F, None, "student", "vague"),
    _c("get better at coding", F, F, F, None, "it services", "vague"),
    _c("work on my communication skills", F, F, F, None, "banking", "vague"),
    _c("be a better nurse to my patients", F, F, F, None, "nursing", "vague"),
    _c("focus on my upsc prep seriously from now", F, F, F, None, "upsc aspirant", "vague"),
    _c("try to grow my youtube channel", F, F, F, None, "youtuber", "vague"),
    _c("level up my editing skills in premiere pro", F, F, F, None, "creator", "vague"),
    _c("improve my OET writing", F, F, F, None, "nursing abroad", "vague"),
    _c("get better at handling angry customers at the counter", F, F, F, None, "banking", "vague"),
    _c("be more confident in ward rounds", F, F, F, None, "doctor", "vague"),
    _c("improve my fitness for police physical", F, F, F, None, "police", "vague"),
    _c("do something about my career, i am stuck in same company 6 years", F, F, F, None, "it services", "vague"),
    _c("make my shop better", F, F, F, None, "shop owner", "vague"),
    _c("grow my tailoring business", F, F, F, None, "tailor", "vague"),
    _c("learn excel", F, F, F, None, "new graduate", "vague"),
    _c("learn python and data science", F, F, F, None, "career change", "vague"),
    _c("learn arabic so i can talk to my sponsor", F, F, F, None, "domestic worker", "vague"),
    _c("work on my farming practices", F, F, F, None, "farmer", "vague"),
    _c("improve my poultry management", F, F, F, None, "agribusiness", "vague"),
    _c("be more disciplined with my study timetable", F, F, F, None, "student", "vague"),
    _c("get better grades", F, F, F, None, "student", "vague"),
    _c("improve my CGPA", F, F, F, None, "student", "vague"),
    _c("be a better coach for the boys", F, F, F, None, "football coach", "vague"),
    _c("improve my sprint start", F, F, F, None, "athlete", "vague"),
    _c("work on my weak foot", F, F, F, None, "athlete", "vague"),
    _c("grow my instagram engagment", F, F, F, None, "influencer", "vague"),
    _c("post more consistently on tiktok", F, F, F, None, "creator", "vague"),
    _c("improve community awareness about TB", F, F, F, None, "public health", "vague"),
    _c("strengthen our NGO's fundraising", F, F, F, None, "ngo", "vague"),
    _c("be a good officer and serve the people", F, F, F, None, "civil service", "vague"),
    _c("improve my driving so customers give better rating", F, F, F, None, "driver", "vague"),
    _c("earn more money from deliveries", F, F, F, None, "delivery rider", "vague"),
    _c("save more money this time in gulf", F, F, F, None, "gulf expat", "vague"),
    _c("manage my salary better, always finish by 20th of month", F, F, F, None, "gulf expat", "vague"),  # judgement: "by 20th of month" describes the problem, not a deadline
    _c("improve my knowledge of navigation", F, F, F, None, "seafarer", "vague"),
    _c("get better at clinical skills before going abroad", F, F, F, None, "nursing abroad", "vague"),
    _c("be more professional at work", F, F, F, None, "it services", "vague"),
    _c("upskill myself in cloud", F, F, F, None, "it services", "vague"),
    _c("improve my time management", F, F, F, None, "civil service", "vague"),
    _c("develop leadership qualities", F, F, F, None, "army", "vague"),
    _c("work hard and make my parents proud", F, F, F, None, "student", "vague"),
    _c("i want to improve my life", F, F, F, None, "general", "vague"),
    _c("get serious about CA prep", F, F, F, None, "chartered accountancy", "vague"),
    _c("study more for gate", F, F, F, None, "engineering student", "vague"),
    _c("revise current affairs properly", F, F, F, None, "govt exam", "vague"),
    _c("improve my handwriting speed for mains", F, F, F, None, "upsc aspirant", "vague"),
    _c("work on my stage presence for streams", F, F, F, None, "streamer", "vague"),
    _c("make better thumbnails", F, F, F, None, "youtuber", "vague"),
    _c("network more on linkedin", F, F, F, None, "new graduate", "vague"),
    _c("improve my CV", F, F, F, None, "new graduate", "vague"),
    _c("get better at interviews", F, F, F, None, "new graduate", "vague"),
    _c("be more active in class", F, F, F, None, "student", "vague"),
    _c("improve my soil health", F, F, F, None, "farmer", "vague"),
    _c("take my artisan work to the next level", F, F, F, None, "artisan", "vague"),
    _c("improve finishing on my kurtas", F, F, F, None, "tailor", "vague"),
    _c("grow my customer base", F, F, F, None, "shop owner", "vague"),
    _c("improve my sales this quarter", F, F, T, "2028-09-30", "banking", "vague"),
    _c("get better at excel by december", F, F, T, "2028-12-31", "new graduate", "vague"),
    _c("work on my IELTS speaking before the exam", F, F, F, None, "student", "vague"),
    _c("improve my patient communication by end of month", F, F, T, "2028-08-31", "nursing", "vague"),
    _c("be more consistent in the gym this year", F, F, T, "2028-12-31", "athlete", "vague"),
    _c("level up my streaming setup by diwali", F, F, T, "2028-10-17", "streamer", "vague"),
    _c("improve my medical english in the next 3 months", F, F, T, "2028-11-17", "doctor abroad", "vague"),
    _c("focus on reducing my expenses from september", F, F, F, None, "gulf expat", "vague"),
    _c("learn to cook arabic food for madam's family by ramadan", F, F, T, "2029-01-16", "domestic worker", "vague"),  # judgement: Ramadan begins about 16 jan 2029 (moon-sighted)
    _c("make my team more productive", F, F, F, None, "it services", "vague"),
    _c("improve customer service at my shop", F, F, F, None, "shop owner", "vague"),
    _c("be healthier and stronger for selection", F, F, F, None, "defence aspirant", "vague"),
    _c("increase my productivity", F, F, F, None, "general", "vague"),
    _c("improve my network in the oil and gas sector", F, F, F, None, "engineering", "vague"),
    _c("make more content", F, F, F, None, "creator", "vague"),
    _c("build my personal brand", F, F, F, None, "influencer", "vague"),
    _c("get better at reading ECGs", F, F, F, None, "doctor", "vague"),
    _c("work on my mindset", F, F, F, None, "athlete", "vague"),
    _c("be a better husband and provider while abroad", F, F, F, None, "gulf expat", "vague"),
    _c("improve farm record keeping", F, F, F, None, "farmer", "vague"),
    _c("i want to learn trading", F, F, F, None, "general", "vague"),
    _c("upgrade my skills jaldi jaldi", F, F, F, None, "it services", "vague"),
    _c("abeg make i improve my hustle", F, F, F, None, "small business nigeria", "vague"),
    _c("try and get better with my spending sharp sharp", F, F, F, None, "general", "vague"),
)

_CONDITION = (
    _c("work from home full time", F, T, F, None, "it services", "condition"),
    _c("get day shift only, no more night duty", F, T, F, None, "nursing", "condition"),
    _c("no night shifts after my baby", F, T, F, None, "nursing", "condition"),
    _c("want a job where i get friday and saturday off", F, T, F, None, "gulf expat", "condition"),
    _c("hybrid, max 2 days office in bangalore", F, T, F, None, "it services", "condition"),
    _c("posting in my home district near my parents", F, T, F, None, "civil service", "condition"),
    _c("a job without travel, i am tired of site visits", F, T, F, None, "engineering", "condition"),
    _c("work only 8 hours a day, not 12", F, T, F, None, "domestic worker", "condition"),
    _c("one full day off every week from madam", F, T, F, None, "domestic worker", "condition"),
    _c("keep my own passport with me, not with the kafeel", F, T, F, None, "domestic worker", "condition"),
    _c("get 4 months on 2 months off rotation", F, T, F, None, "seafarer", "condition"),
    _c("shorter contracts, 6 months max on board", F, T, F, None, "seafarer", "condition"),
    _c("remote job with a US company paying in dollars", F, T, F, None, "freelancer", "condition"),
    _c("no weekend work in the branch", F, T, F, None, "banking", "condition"),
    _c("get general shift instead of rotational shift by next month", F, T, T, "2028-09-30", "it services", "condition"),
    _c("work from home 3 days a week from october", F, T, F, None, "it services", "condition"),
    _c("be posted in a peace station not field area for the next 2 years", F, T, T, "2030-08-17", "army", "condition"),  # judgement: "for the next 2 years" read as a span ending 17 aug 2030
    _c("transfer to traffic wing with fixed hours", F, T, F, None, "police", "condition"),
    _c("only morning slots for deliveries, 6am to 2pm", F, T, F, None, "delivery rider", "condition"),
    _c("drive only within the city, no long distance trips", F, T, F, None, "driver", "condition"),
    _c("stay in the same hospital but move to OPD with no on call", F, T, F, None, "doctor", "condition"),
    _c("flexible hours so i can do my MBA evening classes", F, T, F, None, "banking", "condition"),
    _c("a job in nairobi so i don't commute from thika", F, T, F, None, "new graduate kenya", "condition"),
    _c("work in accra not kumasi", F, T, F, None, "new graduate ghana", "condition"),
    _c("only accept brand deals that allow me to keep creative control", F, T, F, None, "influencer", "condition"),
    _c("stream max 4 hours a day so i dont burn out", F, T, F, None, "streamer", "condition"),
    _c("no posting in a hardship area this time", F, T, F, None, "civil service", "condition"),
    _c("full remote from lahore for a UK client", F, T, F, None, "it services", "condition"),
    _c("work within 10 km of home", F, T, F, None, "general", "condition"),
    _c("weekends free for my family farm", F, T, F, None, "farmer", "condition"),
    _c("company accommodation with single room, not sharing with 8 people", F, T, F, None, "gulf expat", "condition"),
    _c("employer must pay my annual ticket home", F, T, F, None, "gulf expat", "condition"),
    _c("job with 9 to 5 timing in riyadh", F, T, F, None, "gulf expat", "condition"),
    _c("no more split shifts at the restaurant", F, T, F, None, "hospitality", "condition"),
    _c("part time only while i study for boards", F, T, F, None, "student", "condition"),
    _c("work from my village with good network", F, T, F, None, "freelancer", "condition"),
    _c("get a desk job, no field work, after my knee surgery", F, T, F, None, "police", "condition"),
    _c("teaching job close to the school my kids go to", F, T, F, None, "teaching", "condition"),
    _c("only day duties in the ICU by january", F, T, T, "2029-01-31", "nursing", "condition"),
    _c("remote or hybrid, nothing fully onsite", F, T, F, None, "it services", "condition"),
    _c("work in an air conditioned workshop not outside in the sun", F, T, F, None, "apprentice", "condition"),
    _c("coaching sessions only in the evenings after 5", F, T, F, None, "football coach", "condition"),
    _c("no sunday shifts because of church", F, T, F, None, "nursing", "condition"),
    _c("work from home during ramadan", F, T, F, None, "it services", "condition"),
)

_ASPIRATION = (
    _c("one day open my own hospital in my village", T, T, F, None, "doctor", "aspiration", asp=True),
    _c("someday become a famous youtuber like my idols", F, F, F, None, "youtuber", "aspiration", asp=True),
    _c("my dream is to become IAS officer and serve my district", T, T, F, None, "upsc aspirant", "aspiration", asp=True),
    _c("inshallah one day i will have my own business in karachi and not work for anyone", F, T, F, None, "gulf expat", "aspiration", asp=True),  # judgement: "my own business" unnamed - not specific; done is plain
    _c("eventually settle in canada with PR", T, T, F, None, "it services", "aspiration", asp=True),
    _c("become a chief engineer on a big container ship one day", T, T, F, None, "seafarer", "aspiration", asp=True),
    _c("long term i want to be a consultant cardiologist in the UK", T, T, F, None, "doctor abroad", "aspiration", asp=True),
    _c("be the best tailor in the whole of kano", F, F, F, None, "tailor", "aspiration", asp=True),
    _c("my dream is to own 100 acres of coffee in kiambu", T, T, F, None, "farmer", "aspiration", asp=True),
    _c("one day play for the black stars", T, T, F, None, "athlete", "aspiration", asp=True),
    _c("someday run in the olympics for kenya", T, T, F, None, "athlete", "aspiration", asp=True),
    _c("i want to be financially free someday", F, F, F, None, "general", "aspiration", asp=True),
    _c("leave a legacy for my children", F, F, F, None, "general", "aspiration", asp=True),
    _c("build a brand that people remember, long term", F, F, F, None, "influencer", "aspiration", asp=True),
    _c("retire by 45 and go back home to kerala", T, T, F, None, "gulf expat", "aspiration", asp=True),  # judgement: "by 45" is an own age, no date
    _c("become DIG of police before i retire", T, T, F, None, "police", "aspiration", asp=True),
    _c("by 2035 i want to be a CFO of a listed company", T, T, T, "2035-12-31", "chartered accountancy", "aspiration", asp=True),
    _c("have my own fleet of 20 trucks by 2034", T, T, T, "2034-12-31", "driver", "aspiration", asp=True),
    _c("open 5 branches of my pharmacy across lagos by 2033", T, T, T, "2033-12-31", "shop owner", "aspiration", asp=True),
    _c("be a professor at a top university eventually", T, T, F, None, "academia", "aspiration", asp=True),
    _c("one day export my kente to the whole world", F, F, F, None, "artisan", "aspiration", asp=True),
    _c("my long term goal is to start an NGO for girls education in northern ghana", T, T, F, None, "ngo", "aspiration", asp=True),
    _c("become the first doctor in my family someday", T, T, F, None, "student", "aspiration", asp=True),
    _c("someday own a house in dubai, not rent", T, T, F, None, "gulf expat", "aspiration", asp=True),
    _c("i dream of becoming a captain (master mariner)", T, T, F, None, "seafarer", "aspiration", asp=True),
    _c("be known as the best cricket coach in sri lanka", F, F, F, None, "cricket coach", "aspiration", asp=True),
    _c("make 1 crore a year from my content by 2034", T, T, T, "2034-12-31", "creator", "aspiration", asp=True),
    _c("one day become a chief nursing officer", T, T, F, None, "nursing", "aspiration", asp=True),
    _c("eventually move from the army to a UN peacekeeping career", T, T, F, None, "army", "aspiration", asp=True),
    _c("have a big agro processing factory in my district one day", T, T, F, None, "agribusiness", "aspiration", asp=True),
    _c("be a successful entrepreneur", F, F, F, None, "general", "aspiration", asp=True),
    _c("someday my channel will be on the top creators list", F, T, F, None, "youtuber", "aspiration", asp=True),  # judgement: "top creators list" is a yes/no but no named list
    _c("dream: a handicraft cooperative of 200 women weavers in sylhet", T, T, F, None, "artisan", "aspiration", asp=True),
    _c("in the long run become a partner at a big 4 firm", T, T, F, None, "chartered accountancy", "aspiration", asp=True),
    _c("retire with 5 crore corpus by 2045", T, T, T, "2045-12-31", "it services", "aspiration", asp=True),
    _c("one day i will bring my whole family to live with me in qatar", T, T, F, None, "gulf expat", "aspiration", asp=True),
    _c("be a voice for health workers in my country", F, F, F, None, "public health", "aspiration", asp=True),
    _c("my dream is to run my own driving school in kampala", T, T, F, None, "driver", "aspiration", asp=True),
    _c("become a respected judge someday", T, T, F, None, "law", "aspiration", asp=True),
    _c("long term, join the foreign service and be an ambassador", T, T, F, None, "civil service", "aspiration", asp=True),
    _c("one day make egyptian pottery famous again", F, F, F, None, "artisan", "aspiration", asp=True),
    _c("have my own salon chain, maybe in 10 years", T, T, T, "2038-08-17", "small business", "aspiration", asp=True),  # judgement: "maybe in 10 years" read as a span from today
    _c("be a world champion in kabaddi someday", T, T, F, None, "athlete", "aspiration", asp=True),
)

_DATE = (
    # weekdays, today, tomorrow, days of the month
    _c("send my CV to the agency in doha by friday", T, T, T, "2028-08-18", "gulf expat", "date"),
    _c("submit OET booking form this friday", T, T, T, "2028-08-18", "nursing abroad", "date"),
    _c("upload the vlog on sunday", T, T, T, "2028-08-20", "youtuber", "date"),
    _c("pay shop rent by monday latest", T, T, T, "2028-08-21", "shop owner", "date"),
    _c("finish the 20 page project report by thursday", T, T, T, "2028-08-24", "student", "date"),  # judgement: today is thursday, so the next one
    _c("call the recruiter for the riyadh nursing job next monday", T, T, T, "2028-08-21", "nursing abroad", "date"),  # judgement: "next monday" is the coming week's
    _c("send the sponsorship deck to 5 brands by next friday", T, T, T, "2028-08-25", "influencer", "date"),  # judgement: "next friday" is the coming week's, not tomorrow
    _c("apply for 10 jobs on brightermonday before next wednesday", T, T, T, "2028-08-22", "new graduate kenya", "date"),  # judgement: next wednesday 23 aug
    _c("finish the 3 pending blouse orders today", T, T, T, "2028-08-17", "tailor", "date"),
    _c("deposit the 50k into the SACCO account tmrw", T, T, T, "2028-08-18", "farmer", "date"),
    _c("complete my gate registration this week", T, T, T, "2028-08-20", "engineering student", "date"),
    _c("clear the pending 15 KYC files by EOW", T, T, T, "2028-08-20", "banking", "date"),
    _c("submit my internship report next week", T, T, T, "2028-08-27", "intern", "date"),
    _c("pay the KCSE exam fee by the 20th", T, T, T, "2028-08-20", "student kenya", "date"),
    _c("send 3 invoices to clients by the 31st", T, T, T, "2028-08-31", "freelancer", "date"),
    _c("submit the grant report to the donor by the 15th", T, T, T, "2028-09-15", "ngo", "date"),
    _c("renew my boda boda insurance by the 1st", T, T, T, "2028-09-01", "rider", "date"),
    _c("get the STCW certificates revalidated by 25th", T, T, T, "2028-08-25", "seafarer", "date"),
    # months, end of month, next month
    _c("complete 4 mock tests by EOM", T, T, T, "2028-08-31", "govt exam", "date"),
    _c("hit 500 subs by end of month", T, T, T, "2028-08-31", "youtuber", "date"),
    _c("get my emirates id biometrics done this month", T, T, T, "2028-08-31", "gulf expat", "date"),
    _c("finish the NCERT geography by month end", T, T, T, "2028-08-31", "upsc aspirant", "date"),
    _c("get 20 new customers for my mobile money kiosk by end of next month", T, T, T, "2028-09-30", "shop owner", "date"),
    _c("apply for the 3 NHS band 5 jobs by next month", T, T, T, "2028-09-30", "nursing abroad", "date"),
    _c("submit my passport for saudi visa stamping before october", T, T, T, "2028-09-30", "gulf expat", "date"),
    _c("pass the HAAD exam by july", T, T, T, "2029-07-31", "nursing abroad", "date"),  # july 2028 is over: next july
    _c("clear my KRA tax compliance by june", T, T, T, "2029-06-30", "small business kenya", "date"),
    _c("sell 100 bags of rice by august", T, T, T, "2028-08-31", "agribusiness", "date"),
    _c("buy a new sewing machine on 5 sept", T, T, T, "2028-09-05", "tailor", "date"),
    _c("get my passport renewed by aug 10", T, T, T, "2029-08-10", "seafarer", "date"),  # 10 aug 2028 is gone: next year's
    _c("finish the KSh 80,000 school fees payment by jan 5th", T, T, T, "2029-01-05", "domestic worker", "date"),
    _c("shoot 10 reels before the 1st of november", T, T, T, "2028-10-31", "influencer", "date"),
    _c("file the land ownership case papers no later than 30th october", T, T, T, "2028-10-30", "farmer", "date"),
    _c("apply for PhD positions on or before 1 december", T, T, T, "2028-12-01", "academia", "date"),
    _c("complete the 12 lectures of my course prior to 10th september", T, T, T, "2028-09-09", "creator", "date"),
    # years, halves, quarters
    _c("get my first dollar income online this year", T, T, T, "2028-12-31", "freelancer", "date"),
    _c("open a fixed deposit of 1 lakh by EOY", T, T, T, "2028-12-31", "banking", "date"),
    _c("get my tailoring unit registered with MSME udyam by year end", T, T, T, "2028-12-31", "tailor", "date"),
    _c("clear the NEET PG cut off next year", T, T, T, "2029-12-31", "doctor", "date"),
    _c("move to a 2 bedroom flat in sharjah in 2029", T, T, T, "2029-12-31", "gulf expat", "date"),
    _c("get 2 promotions in 2030", T, T, T, "2030-12-31", "it services", "date"),
    _c("finish my CCNA by Q3", T, T, T, "2028-09-30", "it services", "date"),
    _c("onboard 15 new farmers to the out grower scheme by EOQ", T, T, T, "2028-09-30", "agribusiness", "date"),
    _c("deliver the SAP migration in Q4", T, T, T, "2028-12-31", "it services", "date"),
    _c("hire 2 assistants for my boutique by next quarter", T, T, T, "2028-12-31", "tailor", "date"),
    _c("get my first 1000 paying students by Q1", T, T, T, "2029-03-31", "creator", "date"),
    _c("pass the CFA level 1 by Q2 2029", T, T, T, "2029-06-30", "banking", "date"),
    _c("launch the tele-health pilot in 3 counties in Q3 2029", T, T, T, "2029-09-30", "public health", "date"),
    _c("reach 200 active clients in H1", T, T, T, "2029-06-30", "freelancer", "date"),
    _c("migrate 40 servers to azure by H2", T, T, T, "2028-12-31", "it services", "date"),  # judgement: bare H2 is the half under way
    _c("get promoted to AVP in 1H29", T, T, T, "2029-06-30", "banking", "date"),
    _c("be on 2nd engineer rank by mid-2029", T, T, T, "2029-06-30", "seafarer", "date"),
    _c("get my fish farm to 10,000 tilapia by mid 2029", T, T, T, "2029-06-30", "farmer", "date"),
    _c("save AED 50k in the second half of next year", T, T, T, "2029-12-31", "gulf expat", "date"),
    _c("finish all 6 modules of the diploma in early 2029", T, T, T, "2029-03-31", "student", "date"),  # judgement: early 2029 read as by 31 march
    _c("register for IELTS in the new year", T, T, T, "2029-01-31", "student", "date"),  # judgement: "in the new year" read as january
    # fiscal years (FISCAL_YEAR_START = 7)
    _c("hit 12 crore disbursement target this FY", T, T, T, "2029-06-30", "banking", "date", asm=True),
    _c("meet 100% of our branch deposit target by end of FY", T, T, T, "2029-06-30", "banking pakistan", "date", asm=True),
    _c("spend all the county health budget on 4 new dispensaries in FY29", T, T, T, "2029-06-30", "public health", "date", asm=True),
    _c("get the new tax filing system live in FY 2028-29", T, T, T, "2029-06-30", "civil service", "date", asm=True),
    _c("increase cooperative revenue to KSh 5M by next FY", T, T, T, "2030-06-30", "agribusiness", "date", asm=True),
    _c("close 30 SME loans in fiscal Q2", T, T, T, "2028-12-31", "banking", "date", asm=True),
    _c("complete the internal audit of 12 branches by Q3 FY29", T, T, T, "2029-03-31", "banking", "date", asm=True),
    _c("get the ADP project 80% utilised before end of this fiscal", T, T, T, "2029-06-30", "civil service pakistan", "date", asm=True),
    _c("reach ₹2 crore turnover in my shop this financial year", T, T, T, "2029-06-30", "shop owner", "date", asm=True),  # judgement: an Indian writer means 31 march; the setting says june, so the assumption is said
    _c("hit the FY28 target of 40 new accounts (we are at 31)", T, T, F, "2028-06-30", "banking", "date", asm=True),  # FY28 ended 30 june 2028: passed
    _c("prepare the annual report for FY29 by 31 july 2029", T, T, T, "2029-07-31", "ngo", "date"),  # the FY is only the object: no assumption
    # counted spans
    _c("finish the oet reading practice book in 10 days", T, T, T, "2028-08-27", "nursing abroad", "date"),
    _c("get my salary certificate from HR within a week", T, T, T, "2028-08-24", "gulf expat", "date"),
    _c("finish the saudi visa medical in 2 wks", T, T, T, "2028-08-31", "gulf expat", "date"),
    _c("complete the SOP draft in a fortnight", T, T, T, "2028-08-31", "student", "date"),
    _c("get 5 clients for my cleaning service in 30 days", T, T, T, "2028-09-16", "small business", "date"),
    _c("lose 6 kg in 6 wks for the army medical", T, T, T, "2028-09-28", "defence aspirant", "date"),
    _c("write 60 answers for mains in 45 days", T, T, T, "2028-10-01", "upsc aspirant", "date"),
    _c("finish 8 chapters of accounts in 8 weeks", T, T, T, "2028-10-12", "chartered accountancy", "date"),
    _c("get a new job within 2 mos", F, T, T, "2028-10-17", "it services", "date"),  # judgement: any job is a yes/no outcome, not specific
    _c("hit 1000 watch hours in 10 wks", T, T, T, "2028-10-26", "youtuber", "date"),
    _c("finish the couch to 10k plan in 12 weeks", T, T, T, "2028-11-09", "athlete", "date"),
    _c("recover 20 lakh of overdue loans in 90 days", T, T, T, "2028-11-15", "banking", "date"),
    _c("pass the PMP in 3 months", T, T, T, "2028-11-17", "it services", "date"),
    _c("read 100 past questions per subject in the next 100 days", T, T, T, "2028-11-25", "student nigeria", "date"),
    _c("get my driving licence in 4 mos", T, T, T, "2028-12-17", "driver", "date"),
    _c("post a video every day for the next 4 months", T, T, T, "2028-12-17", "creator", "date"),  # judgement: "for the next 4 months" read as the span's end
    _c("save SAR 12,000 in 6 months", T, T, T, "2029-02-17", "gulf expat", "date"),
    _c("get the GNM to BSc bridge done in 9 months", T, T, T, "2029-05-17", "nursing", "date"),
    _c("be working as an RN in ireland a year from now", T, T, T, "2029-08-17", "nursing abroad", "date"),
    _c("this time next year i will have my own pharmacy licence", T, T, T, "2029-08-17", "pharmacy", "date"),
    _c("complete my MBA online in 18 months", T, T, T, "2030-02-17", "banking", "date"),
    _c("own 3 tuk tuks in 2 years", T, T, T, "2030-08-17", "driver sri lanka", "date"),
    _c("stay with the ship management company until 3 years from now and reach chief officer", T, T, T, "2031-08-17", "seafarer", "date"),
    # holidays
    _c("sew 25 onam sets before onam", T, T, T, "2028-08-31", "tailor", "date"),  # judgement: onam about 1 september 2028
    _c("get my saudi driving licence by saudi national day", T, T, T, "2028-09-23", "gulf expat", "date"),
    _c("stock up 300 sarees before durga puja", T, T, T, "2028-09-23", "shop owner", "date"),  # judgement: puja's shashthi about 24 september
    _c("launch my sweets home delivery before dussehra", T, T, T, "2028-09-27", "small business", "date"),  # judgement: dussehra about 28 september
    _c("get 50 pre orders of diyas before diwali", T, T, T, "2028-10-16", "artisan", "date"),
    _c("finish the 2 km fencing of the farm by independence day", T, T, T, "2028-10-01", "farmer nigeria", "date"),
    _c("launch my clothing line by october 1st independence", T, T, T, "2028-10-01", "small business nigeria", "date"),
    _c("open the new clinic wing by mashujaa day", T, T, T, "2028-10-20", "public health", "date"),
    _c("complete my probation at the bank by uganda independence day", T, T, T, "2028-10-09", "banking", "date"),
    _c("sell 200 chickens before christmas", T, T, T, "2028-12-24", "farmer", "date"),
    _c("enter my 20 students in the christmas carol competition by dec 20", T, T, T, "2028-12-20", "teaching", "date"),
    _c("get my UAE driving licence by UAE national day", T, T, T, "2028-12-02", "gulf expat", "date"),
    _c("finish 500 bottles of honey packing by jamhuri day", T, T, T, "2028-12-12", "agribusiness", "date"),
    _c("complete the ward renovation by victory day", T, T, T, "2028-12-16", "public health bangladesh", "date"),
    _c("clear my 2 backlog papers by qatar national day", T, T, T, "2028-12-18", "student", "date"),
    _c("get the new shop signboard up by new years day", T, T, T, "2029-01-01", "shop owner", "date"),
    _c("finish 80 pongal kolam orders before pongal", T, T, T, "2029-01-13", "artisan", "date"),  # judgement: pongal 14 january 2029
    _c("buy a tractor with the cooperative before republic day", T, T, T, "2029-01-25", "farmer", "date"),
    _c("submit my SLAS application by independence day, 4th feb", T, T, T, "2029-02-04", "govt exam sri lanka", "date"),
    _c("finish my thesis chapter 3 before ramadan starts", T, T, T, "2029-01-15", "academia", "date"),  # judgement: ramadan about 16 january 2029
    _c("send 1 lakh home before eid", T, T, T, "2029-02-13", "gulf expat", "date"),  # judgement: eid al-fitr about 14 february 2029
    _c("sell 40 goats by bakra eid", T, T, T, "2029-04-24", "farmer pakistan", "date"),  # judgement: eid al-adha about 24 april 2029
    _c("pay off my tailor's loan before big sallah", T, T, T, "2029-04-23", "tailor nigeria", "date"),  # judgement: eid al-adha about 24 april 2029
    _c("make 100 gujiya boxes to sell before holi", T, T, T, "2029-02-28", "small business", "date"),  # judgement: holi about 1 march 2029
    _c("finish the independence day mural at the school before 6th march", T, T, T, "2029-03-05", "artisan ghana", "date"),
    _c("publish my cookbook ebook by easter", T, T, T, "2029-04-01", "creator", "date"),
    _c("have 10 coptic icons painted for sale before coptic easter", T, T, T, "2029-04-07", "artisan egypt", "date"),
    _c("open my own boutique by avurudu (sinhala new year)", T, T, T, "2029-04-14", "small business sri lanka", "date"),  # judgement: avurudu 13/14 april, the 14th taken
    _c("get my shop's pohela boishakh collection ready by 14 april", T, T, T, "2029-04-14", "tailor", "date"),
    _c("finish my B.Ed by madaraka day", T, T, T, "2029-06-01", "teaching kenya", "date"),
    _c("get the pakistan day parade drill 100% correct before 23 march", T, T, T, "2029-03-22", "army", "date"),
    _c("complete 14 august independence day tableau before independence day", T, T, T, "2029-08-13", "artisan pakistan", "date"),  # this year's 14 august is gone
    _c("clear my prelims mock 120+ by independence day", T, T, T, "2029-08-15", "upsc aspirant", "date"),  # india's 15 august 2028 is two days gone
    _c("apply to 5 hospitals after eid", T, T, F, None, "doctor", "date"),
    _c("start my youtube shorts after diwali, 1 per day", T, T, F, None, "youtuber", "date"),  # a cadence with a start only
    # numeric dates (DATE_ORDER = dmy)
    _c("pay the ICAN exam fee by 3/9", T, T, T, "2028-09-03", "accounting nigeria", "date", asm=True),
    _c("submit the thesis by 12/10", T, T, T, "2028-10-12", "academia", "date", asm=True),
    _c("get my STCW refresher by 6.11.28", T, T, T, "2028-11-06", "seafarer", "date", asm=True),
    _c("finish my dubai driving test by 3/4/2029", T, T, T, "2029-04-03", "driver", "date", asm=True),
    _c("renew my NMC pin before 1/2/2029", T, T, T, "2029-01-31", "nursing abroad", "date", asm=True),
    _c("get the GST registration by 9-1-29", T, T, T, "2029-01-09", "shop owner", "date", asm=True),
    _c("ship the 3 carpet orders by 25/12", T, T, T, "2028-12-25", "artisan", "date"),
    _c("exam registration closes 13/1/2029, finish it before that", T, T, T, "2029-01-12", "govt exam", "date"),
    _c("iqama renewal latest 5/5/2029", T, T, T, "2029-05-05", "gulf expat", "date"),
    _c("submit visa docs by 2029-03-04", T, T, T, "2029-03-04", "student", "date"),
    _c("pass the oet by 20/10/2028", T, T, T, "2028-10-20", "nursing abroad", "date"),
    _c("finish 40 kurtas by 31/9", T, T, F, None, "tailor", "date"),  # impossible day: no deadline, no assumption
    _c("get the tender file to the ministry by 30/2/2029", T, T, F, None, "civil service", "date"),
    _c("submit my KMPDC license renewal by 31st june", T, T, F, None, "doctor kenya", "date"),
    _c("register the poultry farm by 29 feb 2029", T, T, F, None, "agribusiness", "date"),
    _c("finish the course videos by 31/11", T, T, F, None, "creator", "date"),
    # passed dates
    _c("i had to clear CA foundation by june 2028", T, T, F, "2028-06-30", "chartered accountancy", "date"),
    _c("was supposed to submit the SAS project on 15/7/2028", T, T, F, "2028-07-15", "it services", "date"),
    _c("get my emirates id renewed by 31 july 2028", T, T, F, "2028-07-31", "gulf expat", "date"),
    _c("pass waec by 2027", T, T, F, "2027-12-31", "student nigeria", "date"),
    _c("hit 5k followers before eid al adha 2028", T, T, F, "2028-05-04", "influencer", "date"),  # judgement: eid al-adha 2028 about 5 may
    _c("the plan was 1000 trees planted by 2028-03-31", T, T, F, "2028-03-31", "ngo", "date"),
    _c("open the second shop by Q2 2028", T, T, F, "2028-06-30", "shop owner", "date"),
    _c("clear my 2 month backlog of tax files by 10 aug 2028", T, T, F, "2028-08-10", "civil service", "date"),
    # replaced, negated, floors, no rush
    _c("not before april, i want to sit the NCLEX in june", T, T, T, "2029-06-30", "nursing abroad", "date"),
    _c("finish the gate mock test series - was planned for september, now it's november", T, T, T, "2028-11-30", "engineering student", "date"),
    _c("client delivery moved from 10 oct to 24 oct, edit all 400 wedding photos by then", T, T, T, "2028-10-24", "creator", "date"),
    _c("pass the saudi council exam, not in october, december", T, T, T, "2028-12-31", "nursing abroad", "date"),
    _c("serve my notice and start at the new company on 1st october", T, T, T, "2028-10-01", "it services", "date"),
    _c("start the CA final prep w.e.f. 1 september, 8 hrs a day", T, T, F, None, "chartered accountancy", "date"),
    _c("sell my 3 cows but not before the rains", T, T, F, None, "farmer", "date"),
    _c("get a new job in dubai, no rush, maybe by march", F, T, T, "2029-03-31", "gulf expat", "date"),
    _c("no hurry but i want 1 lakh subs by end of 2029", T, T, T, "2029-12-31", "youtuber", "date"),
    _c("get my OET done asap", T, T, F, None, "nursing abroad", "date"),
    _c("pass my driving test soon", T, T, F, None, "driver", "date"),
    _c("clear the backlog of 50 files jaldi", T, T, F, None, "civil service", "date"),
    _c("postponed my IELTS from 9 sept to 7 oct, need 7.5", T, T, T, "2028-10-07", "student", "date"),
    _c("open my mama put shop starting next month", T, T, F, None, "small business nigeria", "date"),
    # own events and undated sittings
    _c("get my DHA license before my visa expires", T, T, F, None, "nursing abroad", "date"),
    _c("save 5 lakh by my marriage", T, T, F, None, "gulf expat", "date"),
    _c("get a transfer to a new sponsor before my iqama renewal", T, T, F, None, "gulf expat", "date"),
    _c("finish my army degree course before my passing out parade", T, T, F, None, "army", "date"),
    _c("clear the mortgage before i retire", T, T, F, None, "banking", "date"),
    _c("buy a plot in ibadan before my 35th birthday", T, T, F, None, "general", "date"),
    _c("pass my CPA final before the baby comes", T, T, F, None, "accounting kenya", "date"),
    _c("find a shore job before my sign off", F, T, F, None, "seafarer", "date"),  # judgement: any shore job is a yes/no, not specific
    _c("score 400+ in KCSE mocks before KCSE", T, T, F, None, "student kenya", "date"),
    _c("finish the full syllabus twice by UPSC prelims", T, T, F, None, "upsc aspirant", "date"),
    _c("complete 20 grand tests before NEET PG", T, T, F, None, "doctor", "date"),
    _c("plant the 3 acres of beans before the long rains", T, T, F, None, "farmer", "date"),
    _c("get my masters admission in the next intake", T, T, F, None, "student", "date"),
    _c("get 8 new sponsors by end of season", T, T, F, None, "football coach", "date"),
    _c("pay back my agent the 2 lakh before my contract ends", T, T, F, None, "domestic worker", "date"),
    _c("pass the promotion exam before my next posting", T, T, F, None, "police", "date"),
    _c("sell all the harvest before the market price drops", T, T, F, None, "farmer", "date"),  # judgement: no date at all, an outcome condition
    _c("get my passport back from the sponsor by the time my 2 years finish", T, T, F, None, "domestic worker", "date"),
    # cadences (not deadlines)
    _c("go to the gym 4x a week", T, T, F, None, "athlete", "date"),
    _c("post 3 reels every week on insta", T, T, F, None, "influencer", "date"),
    _c("stream every friday and saturday night", T, T, F, None, "streamer", "date"),
    _c("solve 50 MCQs daily for NEET PG", T, T, F, None, "doctor", "date"),
    _c("send 500 dirhams home monthly", T, T, F, None, "gulf expat", "date"),
    _c("revise current affairs twice a week", T, T, F, None, "govt exam", "date"),
    _c("write one answer daily and get it reviewed every sunday", T, T, F, None, "upsc aspirant", "date"),
    _c("do 2 practice drives with my instructor every week until my test on 15 sept", T, T, T, "2028-09-15", "driver", "date"),
)

_MULTI = (
    _m("send SAR 3000 home every month and clear the 1.5 lakh loan by june 2029", "gulf expat",
       ("send SAR 3000 home every month", T, T, F, None),
       ("clear the 1.5 lakh loan by june 2029", T, T, T, "2029-06-30")),
    _m("finish 3 full length CAT mocks every week and hit 99 percentile by november 2028", "mba aspirant",
       ("finish 3 full length CAT mocks every week", T, T, F, None),
       ("hit 99 percentile by november 2028", T, T, T, "2028-11-30")),
    _m("complete 30 boda boda trips a day and save UGX 500k by christmas", "rider",
       ("complete 30 boda boda trips a day", T, T, F, None),
       ("save UGX 500k by christmas", T, T, T, "2028-12-25")),
    _m("pass LLB part 2 exams in december and start pupillage by march", "law student",
       ("pass LLB part 2 exams in december", T, T, T, "2028-12-31"),
       ("start pupillage by march", T, T, T, "2029-03-31")),
    _m("clear OET by october and get my NMC decision letter by january", "nursing abroad",
       ("clear OET by october", T, T, T, "2028-10-31"),
       ("get my NMC decision letter by january", T, T, T, "2029-01-31")),
    _m("pass prometric in sept, then DHA license by dec and fly to dubai by feb", "nursing abroad",
       ("pass prometric in sept", T, T, T, "2028-09-30"),
       ("DHA license by dec", T, T, T, "2028-12-31"),
       ("fly to dubai by feb", T, T, T, "2029-02-28")),
    _m("finish polity by 31 aug and modern history by 30 sep", "upsc aspirant",
       ("finish polity by 31 aug", T, T, T, "2028-08-31"),
       ("modern history by 30 sep", T, T, T, "2028-09-30")),
    _m("get 1000 subs by diwali and 5000 by new year", "youtuber",
       ("get 1000 subs by diwali", T, T, T, "2028-10-17"),
       ("5000 by new year", T, T, T, "2029-01-01")),
    _m("improve my english and pass IELTS with 6.5 by december", "student",
       ("improve my english", F, F, F, None),
       ("pass IELTS with 6.5 by december", T, T, T, "2028-12-31")),
    _m("renew iqama by 30 sept and get exit re-entry visa for my vacation in december", "gulf expat",
       ("renew iqama by 30 sept", T, T, T, "2028-09-30"),
       ("get exit re-entry visa for my vacation in december", T, T, T, "2028-12-31")),  # judgement: "in december" read as the visa's deadline
    _m("buy 200 layers chicks this month, sell eggs to 3 hotels by november", "agribusiness",
       ("buy 200 layers chicks this month", T, T, T, "2028-08-31"),
       ("sell eggs to 3 hotels by november", T, T, T, "2028-11-30")),
    _m("get my KCSE certificate, apply to KMTC and start nursing in the january intake", "student kenya",
       ("get my KCSE certificate", T, T, F, None),
       ("apply to KMTC", T, T, F, None),
       ("start nursing in the january intake", T, T, T, "2029-01-31")),  # judgement: "january intake" read as january 2029
    _m("lose 5 kg by september and run 5km under 25 min by the police recruitment in october", "police",
       ("lose 5 kg by september", T, T, T, "2028-09-30"),
       ("run 5km under 25 min by the police recruitment in october", T, T, T, "2028-10-31")),
    _m("learn video editing and post 2 videos a week", "creator",
       ("learn video editing", F, F, F, None),
       ("post 2 videos a week", T, T, F, None)),
    _m("get a remote job and earn at least 1 lakh per month", "it services",
       ("get a remote job", F, T, F, None),
       ("earn at least 1 lakh per month", T, T, F, None)),
    _m("pass CA inter in may 2029 and do articleship at a big 4", "chartered accountancy",
       ("pass CA inter in may 2029", T, T, T, "2029-05-31"),
       ("do articleship at a big 4", T, T, F, None)),
    _m("finish my NYSC in feb, then apply for masters in UK by april 2029", "new graduate nigeria",
       ("finish my NYSC in feb", T, T, T, "2029-02-28"),
       ("apply for masters in UK by april 2029", T, T, T, "2029-04-30")),
    _m("stitch 60 school uniforms by 5 january and collect payment from the school by 20 january", "tailor",
       ("stitch 60 school uniforms by 5 january", T, T, T, "2029-01-05"),
       ("collect payment from the school by 20 january", T, T, T, "2029-01-20")),
    _m("clear GATE 2029, get into IIT for MTech and also keep my TCS job till then", "engineering student",
       ("clear GATE 2029", T, T, T, "2029-12-31"),  # judgement: "GATE 2029" read as the year
       ("get into IIT for MTech", T, T, F, None),
       ("also keep my TCS job till then", F, T, F, None)),
    _m("get my seaman book renewed, do the STCW refresher and join next ship by october", "seafarer",
       ("get my seaman book renewed", T, T, F, None),
       ("do the STCW refresher", T, T, F, None),
       ("join next ship by october", T, T, T, "2028-10-31")),
    _m("harvest the maize by september, plant beans before the short rains", "farmer",
       ("harvest the maize by september", T, T, T, "2028-09-30"),
       ("plant beans before the short rains", T, T, F, None)),
    _m("apply for 20 jobs this week and get 2 interviews by end of month", "new graduate",
       ("apply for 20 jobs this week", T, T, T, "2028-08-20"),
       ("get 2 interviews by end of month", T, T, T, "2028-08-31")),
    _m("be more confident and get promoted to senior officer by march", "banking",
       ("be more confident", F, F, F, None),
       ("get promoted to senior officer by march", T, T, T, "2029-03-31")),
    _m("finish my 2 backlogs in november exams and get placed in campus drive by february", "engineering student",
       ("finish my 2 backlogs in november exams", T, T, T, "2028-11-30"),
       ("get placed in campus drive by february", T, T, T, "2029-02-28")),
    _m("open the pharmacy by 1/10 and hire 2 pharmacists by 1/12", "shop owner",
       ("open the pharmacy by 1/10", T, T, T, "2028-10-01"),
       ("hire 2 pharmacists by 1/12", T, T, T, "2028-12-01"), asm=True),
    _m("save 50k naira every month and buy a keke by december", "driver nigeria",
       ("save 50k naira every month", T, T, F, None),
       ("buy a keke by december", T, T, T, "2028-12-31")),
    _m("pass PLAB 1 in nov, PLAB 2 in march and get GMC by june", "doctor abroad",
       ("pass PLAB 1 in nov", T, T, T, "2028-11-30"),
       ("PLAB 2 in march", T, T, T, "2029-03-31"),
       ("get GMC by june", T, T, T, "2029-06-30")),
    _m("train 30 CHWs by october and cut malaria cases by 20% by march", "public health",
       ("train 30 CHWs by october", T, T, T, "2028-10-31"),
       ("cut malaria cases by 20% by march", T, T, T, "2029-03-31")),
    _m("get the AWS cert in 6 wks, then apply to 15 cloud roles", "it services",
       ("get the AWS cert in 6 wks", T, T, T, "2028-09-28"),
       ("apply to 15 cloud roles", T, T, F, None)),
    _m("stream 5 days a week and reach twitch partner by EOY", "streamer",
       ("stream 5 days a week", T, T, F, None),
       ("reach twitch partner by EOY", T, T, T, "2028-12-31")),
    _m("finish my saudi contract in march and get a job in UAE before eid ul adha", "gulf expat",
       ("finish my saudi contract in march", T, T, T, "2029-03-31"),
       ("get a job in UAE before eid ul adha", F, T, T, "2029-04-23")),  # judgement: any job in UAE is a yes/no; eid al-adha about 24 april 2029
    _m("register my shop with URA, open a bank account and get a loan of 5M UGX by november", "shop owner",
       ("register my shop with URA", T, T, F, None),
       ("open a bank account", T, T, F, None),
       ("get a loan of 5M UGX by november", T, T, T, "2028-11-30")),
    _m("qualify for the district team by september and the national camp by Q1", "athlete",
       ("qualify for the district team by september", T, T, T, "2028-09-30"),
       ("the national camp by Q1", T, T, T, "2029-03-31")),
    _m("get my golden visa and buy an apartment in dubai by 2030", "gulf expat",
       ("get my golden visa", T, T, F, None),
       ("buy an apartment in dubai by 2030", T, T, T, "2030-12-31")),
    _m("clear departmental exam by jan and get promoted to inspector in 2029", "police",
       ("clear departmental exam by jan", T, T, T, "2029-01-31"),
       ("get promoted to inspector in 2029", T, T, T, "2029-12-31")),
    _m("work on my soft skills and join a BPO in colombo by october", "new graduate sri lanka",
       ("work on my soft skills", F, F, F, None),
       ("join a BPO in colombo by october", T, T, T, "2028-10-31")),
    _m("upload 4 videos this month, 6 next month, 8 in october", "youtuber",
       ("upload 4 videos this month", T, T, T, "2028-08-31"),
       ("6 next month", T, T, T, "2028-09-30"),
       ("8 in october", T, T, T, "2028-10-31")),
    _m("pass ICAN ATS by november and the professional level by november 2029", "accounting nigeria",
       ("pass ICAN ATS by november", T, T, T, "2028-11-30"),
       ("the professional level by november 2029", T, T, T, "2029-11-30")),
    _m("get back to playing after my ACL, then make the starting XI", "athlete",
       ("get back to playing after my ACL", F, T, F, None),
       ("then make the starting XI", T, T, F, None)),
    _m("finish the tally course by 15 sept and get a job as accounts assistant by diwali", "new graduate",
       ("finish the tally course by 15 sept", T, T, T, "2028-09-15"),
       ("get a job as accounts assistant by diwali", T, T, T, "2028-10-17")),
    _m("move to day shifts and do my BSc nursing top up on weekends", "nursing",
       ("move to day shifts", F, T, F, None),
       ("do my BSc nursing top up on weekends", T, T, F, None)),
    _m("pay my brother's school fees for this term and save for my own diploma", "domestic worker",
       ("pay my brother's school fees for this term", T, T, F, None),  # judgement: "this term" is a school term the tool cannot date
       ("save for my own diploma", F, F, F, None)),
    _m("reach 1k members on my whatsapp channel by sept 30, and 10k by march 31", "creator",
       ("reach 1k members on my whatsapp channel by sept 30", T, T, T, "2028-09-30"),
       ("10k by march 31", T, T, T, "2029-03-31")),
    _m("one day own a restaurant, but first get my food handler cert by november", "hospitality",
       ("one day own a restaurant", T, T, F, None),
       ("get my food handler cert by november", T, T, T, "2028-11-30"), asp=True),  # judgement: a line with an aspiration and a near goal, kept as an aspiration
    _m("get my OET B in writing this time and join a hospital in australia by mid-2029", "nursing abroad",
       ("get my OET B in writing this time", T, T, F, None),
       ("join a hospital in australia by mid-2029", T, T, T, "2029-06-30")),
    _m("sell 500 mango seedlings before the rains and 1000 by december", "agribusiness",
       ("sell 500 mango seedlings before the rains", T, T, F, None),
       ("1000 by december", T, T, T, "2028-12-31")),
    _m("pass the 2nd mate exam by march, then do 12 months sea time as 3rd officer", "seafarer",
       ("pass the 2nd mate exam by march", T, T, T, "2029-03-31"),
       ("then do 12 months sea time as 3rd officer", T, T, F, None)),
    _m("write the book of 40 poems by Q2 and sell 300 copies by end 2029", "artisan",
       ("write the book of 40 poems by Q2", T, T, T, "2029-06-30"),
       ("sell 300 copies by end 2029", T, T, T, "2029-12-31")),
    _m("go remote by january and move back to my village in kerala", "it services",
       ("go remote by january", F, T, T, "2029-01-31"),
       ("move back to my village in kerala", T, T, F, None)),
    _m("file the RTI reply in 30 days and close 25 grievances this month", "civil service",
       ("file the RTI reply in 30 days", T, T, T, "2028-09-16"),
       ("close 25 grievances this month", T, T, T, "2028-08-31")),
    _m("complete my MBBS internship by 31 march 2029 and start NEET PG prep from april", "doctor",
       ("complete my MBBS internship by 31 march 2029", T, T, T, "2029-03-31"),
       ("start NEET PG prep from april", T, T, F, None)),
    _m("make 20 mud cloth bags a week and supply a shop in accra by 6 march", "artisan ghana",
       ("make 20 mud cloth bags a week", T, T, F, None),
       ("supply a shop in accra by 6 march", T, T, T, "2029-03-06")),
    _m("get the intern certificate by 15/9 and a full time offer by 31/12", "intern",
       ("get the intern certificate by 15/9", T, T, T, "2028-09-15"),
       ("a full time offer by 31/12", T, T, T, "2028-12-31")),
    _m("pass the cairo university masters exams in january and publish 1 paper by june", "academia",
       ("pass the cairo university masters exams in january", T, T, T, "2029-01-31"),
       ("publish 1 paper by june", T, T, T, "2029-06-30")),
    _m("do 5 home visits a day and reach 90% immunisation coverage in my area by december", "public health",
       ("do 5 home visits a day", T, T, F, None),
       ("reach 90% immunisation coverage in my area by december", T, T, T, "2028-12-31")),
    _m("hit 60 wpm typing and clear the SSC steno skill test by november", "govt exam",
       ("hit 60 wpm typing", T, T, F, None),
       ("clear the SSC steno skill test by november", T, T, T, "2028-11-30")),
    _m("get my army pension papers cleared by sept and start a security agency by 2029", "army",
       ("get my army pension papers cleared by sept", T, T, T, "2028-09-30"),
       ("start a security agency by 2029", T, T, T, "2029-12-31")),
)

_CONCRETE_2 = (
    _c("pls i want to pass my NMCN licensing exam in the october 2028 batch", T, T, T, "2028-10-31", "nursing nigeria", "concrete"),
    _c("get my ghana nursing and midwifery council PIN by 30 november", T, T, T, "2028-11-30", "nursing ghana", "concrete"),
    _c("clear MRCP part 1 in january 2029 diet", T, T, T, "2029-01-31", "doctor abroad", "concrete"),
    _c("bag 3 new hotel clients for my laundry biz by end of october", T, T, T, "2028-10-31", "small business", "concrete"),
    _c("sell my 1st 100 pairs of sandals made from tyre rubber at maasai market by december", T, T, T, "2028-12-31", "artisan", "concrete"),
    _c("complete 50 hours of flight time for my PPL by march 2029", T, T, T, "2029-03-31", "aviation", "concrete"),
    _c("get my class C license for the bus by sept end and join KBS", T, T, T, "2028-09-30", "driver", "concrete"),
    _c("top 3 in the state in my 12th boards in march 2029", T, T, T, "2029-03-31", "student", "concrete"),
    _c("clear MDCAT with 180+ in the 2028 test (its in october)", T, T, T, "2028-10-31", "student pakistan", "concrete"),  # judgement: "its in october" dates the test
    _c("get a 3.5 GPA in first semester at makerere ending december", T, T, T, "2028-12-31", "student uganda", "concrete"),
    _c("finish building the 2 room rental with 1.2M KSh by april 2029", T, T, T, "2029-04-30", "gulf expat", "concrete"),
    _c("get CIPS level 4 diploma by end of june 2029", T, T, T, "2029-06-30", "procurement", "concrete"),
    _c("win the best stall award at the sharjah expo in november", T, T, T, "2028-11-30", "artisan", "concrete"),
    _c("grow my newsletter from 800 to 3000 subscribers by 31 january", T, T, T, "2029-01-31", "creator", "concrete"),
    _c("get a job as camp boss in a qatar catering company by november", T, T, T, "2028-11-30", "gulf expat", "concrete"),
    _c("get my electrician gold card in qatar by december", T, T, T, "2028-12-31", "gulf expat", "concrete"),
    _c("finish the hajj season contract and get paid SAR 9000 by end of june 2029", T, T, T, "2029-06-30", "gulf expat", "concrete"),
    _c("write and submit 2 op eds to daily star by 30 september", T, T, T, "2028-09-30", "journalism", "concrete"),
    _c("clear ACCA SBL in the december 2028 session", T, T, T, "2028-12-31", "accounting", "concrete"),
    _c("pass my CISI level 3 by feb so i can move to wealth desk", T, T, T, "2029-02-28", "banking", "concrete"),
    _c("ship the v2 of our mobile banking app with biometric login by 15 october", T, T, T, "2028-10-15", "it services", "concrete"),
    _c("get my gym trainer cert from ACE by 31 oct and take 10 clients", T, T, T, "2028-10-31", "fitness", "concrete"),
    _c("collect 500 signatures for the ward water petition by 10th september", T, T, T, "2028-09-10", "ngo", "concrete"),
    _c("get 2000 farmers registered on our e-voucher app by december 31", T, T, T, "2028-12-31", "agribusiness", "concrete"),
    _c("pass the ECZ grade 12 exams with 5 points by december", T, T, T, "2028-12-31", "student", "concrete"),
    _c("finish my HND and start top-up degree at UCC by january", T, T, T, "2029-01-31", "student ghana", "concrete"),
)
_VAGUE_2 = (
    _c("make my youtube channel more professional", F, F, F, None, "youtuber", "vague"),
    _c("get better at saying no to extra duty", F, F, F, None, "nursing", "vague"),
    _c("improve my arabic for work", F, F, F, None, "gulf expat", "vague"),
    _c("work on my german for going to germany", F, F, F, None, "nursing abroad", "vague"),
    _c("be a better role model for the juniors in the station", F, F, F, None, "police", "vague"),
    _c("i will try my best in the exam", F, F, F, None, "student", "vague"),
    _c("improve my balance sheet knowledge", F, F, F, None, "banking", "vague"),
    _c("grow my farm income", F, F, F, None, "farmer", "vague"),
    _c("become more visible to my manager", F, F, F, None, "it services", "vague"),
    _c("develop my tailoring skills more", F, F, F, None, "tailor", "vague"),
    _c("wan improve my english make i fit get better work", F, F, F, None, "driver nigeria", "vague"),
    _c("be more patient with the kids i look after", F, F, F, None, "domestic worker", "vague"),
    _c("work on my reaction time", F, F, F, None, "athlete", "vague"),
    _c("improve the look of my instagram feed by next week", F, F, T, "2028-08-27", "influencer", "vague"),
)
_CONDITION_2 = (
    _c("no more 6 day weeks, want 5 days only", F, T, F, None, "banking", "condition"),
    _c("a job with proper medical insurance for my family", F, T, F, None, "general", "condition"),
    _c("work in the same city as my husband after marriage", F, T, F, None, "teaching", "condition"),
    _c("no posting on the border this year", F, T, T, "2028-12-31", "army", "condition"),
    _c("get overtime paid, not forced", F, T, F, None, "gulf expat", "condition"),
    _c("weekly off on friday as per contract", F, T, F, None, "domestic worker", "condition"),
    _c("ship with wifi on board so i can talk to my family", F, T, F, None, "seafarer", "condition"),
)
_ASPIRATION_2 = (
    _c("someday make a documentary that wins at FESPACO", T, T, F, None, "creator", "aspiration", asp=True),
    _c("my dream is to become chief justice of kenya", T, T, F, None, "law", "aspiration", asp=True),
    _c("long term i want to go back home and be a farmer with my own land", T, T, F, None, "gulf expat", "aspiration", asp=True),
    _c("one day i will be a commissioned officer in the navy", T, T, F, None, "army", "aspiration", asp=True),
    _c("be a millionaire before 40", F, T, F, None, "general", "aspiration", asp=True),  # judgement: "before 40" is an own age; a millionaire in no currency is a yes/no only
    _c("by 2040 be the minister of health", T, T, T, "2040-12-31", "public health", "aspiration", asp=True),
    _c("eventually build a school in my village with my gulf savings", T, T, F, None, "gulf expat", "aspiration", asp=True),
)
_MULTI_2 = (
    _m("get a job in saudi, send 40k home every month, and build my house by 2030", "gulf expat",
       ("get a job in saudi", F, T, F, None),
       ("send 40k home every month", T, T, F, None),
       ("build my house by 2030", T, T, T, "2030-12-31")),
    _m("finish HND by december; NYSC next year", "new graduate nigeria",
       ("finish HND by december", T, T, T, "2028-12-31"),
       ("NYSC next year", T, T, T, "2029-12-31")),
    _m("get 10 orders on jumia this week and 50 by the 15th", "small business",
       ("get 10 orders on jumia this week", T, T, T, "2028-08-20"),
       ("50 by the 15th", T, T, T, "2028-09-15")),
    _m("become a better leader and hit a team NPS of 60 by Q1", "it services",
       ("become a better leader", F, F, F, None),
       ("hit a team NPS of 60 by Q1", T, T, T, "2029-03-31")),
    _m("clear JAIIB by nov, CAIIB by june and become scale 2 manager", "banking",
       ("clear JAIIB by nov", T, T, T, "2028-11-30"),
       ("CAIIB by june", T, T, T, "2029-06-30"),
       ("become scale 2 manager", T, T, F, None)),
    _m("post 1 reel daily and collab with 3 creators by 30/9", "influencer",
       ("post 1 reel daily", T, T, F, None),
       ("collab with 3 creators by 30/9", T, T, T, "2028-09-30")),
    _m("pass the OET by 12/11 and the CBT by 3/2/2029", "nursing abroad",
       ("pass the OET by 12/11", T, T, T, "2028-11-12"),
       ("the CBT by 3/2/2029", T, T, T, "2029-02-03"), asm=True),
)

CASES: tuple[Case, ...] = (*_CONCRETE, *_CONCRETE_2, *_UNDATED, *_VAGUE, *_VAGUE_2, *_CONDITION, *_CONDITION_2, *_ASPIRATION, *_ASPIRATION_2, *_DATE, *_MULTI, *_MULTI_2)

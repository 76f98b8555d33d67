# Fresh goals of our own (round 5), written and labelled blind: by someone who had not read
# the engine, the other label sets' cases or the kinds tests, as people in many fields type
# goals. A British/European writer's set: dates with the day first. Same schema as
# labels_field.py. Held out: not in SETS, never run against the engine while written.
#
# How the labels read dates (TODAY is Wednesday 19 May 2027; the READING RULES of
# labels_own3.py, carried over to this TODAY):
# - "by <month>" is the last day of that month, the next one not yet over ("by may" is
#   31 May 2027, "by march" 31 March 2028); "by <month> <day>" is that day; "before X" is
#   the day before X ("before june" 31 May, "before christmas" 24 December).
# - "before the end of X" / "b4 the end of X" is read as "by the end of X" (the last day of
#   X, not the day before it): a judgement, noted on each case.
# - "by <year>" / "in <year>" is 31 December; "before 2030" is 31 December 2029.
# - a season is its last day (spring 31 May, summer 31 August, autumn 30 November, winter
#   the end of February: 29 February 2028); "this spring" is 31 May 2027 (under way);
#   "next spring" is spring 2028; "before the autumn" is 31 August.
# - "in / within / over the next N days, weeks, months, quarters, years" counts from TODAY
#   ("over the next 2 quarters" is six months on); "a fortnight" is 14 days; "EOQ" / "this
#   quarter" is 30 June 2027; a bare "Q3" is the calendar quarter (30 September), a
#   judgement, as the fiscal year here starts in April; "H1 next year" 30 June 2028;
#   "mid-2028" 30 June 2028; "EOM" 31 May 2027; "EOY" 31 December 2027; "this time next
#   year" 19 May 2028; "next year" 31 December 2028.
# - holidays are their next day to come: Christmas 25 December 2027, Boxing Day 26
#   December, New Year's Eve 31 December, "the new year" as a day 1 January 2028, "in the
#   new year" January 2028 (31 January, a judgement), Valentine's 14 February 2028, Easter
#   Sunday 16 April 2028 (2027's is gone), Shrove Tuesday 29 February 2028, Halloween 31
#   October, Bonfire Night 5 November, the August bank holiday 30 August 2027.
# - a fiscal / financial year is read with FISCAL_YEAR_START (April: it ends 31 March 2028)
#   and says so (assumption); an all-numeric date that reads two ways ("3/4/2028",
#   "06/07/2027", "1/12") is read day first by DATE_ORDER and says so; one that reads only
#   one way ("15/07/2027", "28/5", "10/10/2027", "05/13/2028") needs no assumption; an
#   impossible day ("31/6/2027", "april 31st", "29/02/2027") gives no deadline and says so.
# - a date that has passed is still the deadline, but not time-bound.
# - the person's own events ("before my 40th", "by my next appraisal", "before harvest",
#   "the start of next season", "the end of the school year", "before my visa runs out")
#   have no date the tool can know: no deadline.
# - a negated or replaced date gives way to the one that stands ("not before X, aiming for
#   Y", "was X, now Y"); "no rush" does not remove a date that is said.
# - several goals on one line: each part is judged and dated; the line is met on a criterion
#   only if every part is, and its deadline is the last part's when every part has one.
#   Parts are written so the last part has the latest date.
# - an aspiration: "one day", "someday", "eventually", "my dream", "long term", or a life
#   destination five years or more away; a vague self-improvement is a goal that is not
#   specific, not an aspiration.
# - "improve / cut / raise X" with the number it goes to is specific and measurable; without
#   one it is neither. "learn X" with no level has no finish line: neither.
# - a yes/no outcome (passed, promoted, hired, opened) is measurable even when it is not
#   specific ("get promoted", "find any job": which role is missing, but done is plain);
#   a raise with no size is neither (as test_field_labels.py reads "get a raise"); a
#   condition of work alone (hours, nights, remote) is not specific.
# - a cadence ("twice a week", "every weekday", "a month") is measurable but sets no
#   deadline.
# ruff: noqa: E501
# fmt: off
from datetime import date

from tests.coaching.labels_field import Case, Part  # the same schema

TODAY = date(2027, 5, 19)   # a Wednesday
DATE_ORDER = "dmy"
FISCAL_YEAR_START = 4       # April

P = Part

CASES: list[Case] = [
    # ---------------- farming ----------------
    # "before the autumn": autumn starts 1 September, so the day before is 31 August
    Case("get my PA1 and PA6 spraying certs before the autumn", True, True, True, "2027-08-31", "farming", ("vocabulary", "season")),
    Case("milk yield from 28 to 32 litres a cow by next spring", True, True, True, "2028-05-31", "farming", ("from-to", "season")),
    Case("take over the running of dads farm eventually", True, True, False, None, "farming", ("aspiration",), aspiration=True),
    Case("get better at the paperwork side of the farm", False, False, False, None, "farming", ("vague-verb",)),
    Case("sell at 2 farmers markets a month", True, True, False, None, "farming", ("cadence",)),
    Case("finish the level 3 diploma in agriculture by july", True, True, True, "2027-07-31", "farming", ("vocabulary",)),
    # harvest moves with the weather: no date the tool can know
    Case("pass my tractor driving test before harvest", True, True, False, None, "farming", ("personal-event",)),
    Case("diversify", False, False, False, None, "farming", ("terse", "vague-verb")),
    Case("set up a farm shop in the old dairy by easter", True, True, True, "2028-04-16", "farming", ("holiday",)),
    # a cut by a stated percentage is a number it goes to
    Case("cut our vet bills by 20% this year", True, True, True, "2027-12-31", "farming", ("from-to",)),
    Case("lambing went badly, want to get my lambing percentage up to 170% before next years lambing", True, True, False, None, "farming", ("personal-event", "rambling")),
    # ---------------- fishing / merchant navy ----------------
    Case("get my STCW basic safety done in the next 6 wks", True, True, True, "2027-06-30", "seafaring", ("abbreviation", "span", "vocabulary")),
    Case("skipper my own boat one day", True, True, False, None, "fishing", ("aspiration",), aspiration=True),
    Case("get the yachtmaster offshore ticket by sept", True, True, True, "2027-09-30", "seafaring", ("abbreviation", "vocabulary")),
    Case("work on my navigation", False, False, False, None, "seafaring", ("vague-verb",)),
    # "b4 the end of summer" read as by 31 August (judgement, see header)
    Case("sign on with a deep sea crew b4 the end of summer", True, True, True, "2027-08-31", "fishing", ("typo", "season")),
    Case("I am from Poland, I want to become second engineer on ship in 3 years time", True, True, True, "2030-05-19", "seafaring", ("non-native", "span")),
    Case("get my own commercial fishing licence", True, True, False, None, "fishing", ("vocabulary",)),
    # ---------------- HGV / logistics ----------------
    Case("pass my class 1 (C+E) by end of august", True, True, True, "2027-08-31", "logistics", ("vocabulary",)),
    Case("get my driver CPC card renewed before it runs out", True, True, False, None, "logistics", ("personal-event", "vocabulary")),
    # a condition of work alone (fewer nights): not specific, and "less" has no number
    Case("drive less nights", False, False, False, None, "logistics", ("vague-quality",)),
    Case("move into a transport planner role within 18 months", True, True, True, "2028-11-19", "logistics", ("span",)),
    Case("no more than 2 late deliveries a month on my route", True, True, False, None, "logistics", ("cadence",)),
    # "no rush" does not take the date away; "before xmas" is the day before
    Case("get my ADR tanker licence - no rush, sometime before xmas", True, True, True, "2027-12-24", "logistics", ("no-rush", "holiday", "abbreviation")),
    Case("i want pass CPC module 4 in next month", True, True, True, "2027-06-30", "logistics", ("non-native",)),
    Case("warehouse to transport manager in 2 yrs, maybe do the CILT level 5 on the way", True, True, True, "2029-05-19", "logistics", ("abbreviation", "span")),
    # ---------------- electrician ----------------
    Case("pass my AM2 this autumn", True, True, True, "2027-11-30", "electrician", ("vocabulary", "season")),
    # two goals in sequence; the date is said with the second only, so the line has none
    Case("get my 18th edition, then go for my JIB gold card by march", True, True, False, None, "electrician", ("multi-goal", "vocabulary"),
         parts=(P("get my 18th edition", True, True, False, None), P("go for my JIB gold card by march", True, True, True, "2028-03-31"))),
    Case("become a qualified electrician", True, True, False, None, "electrician", ("yes-no",)),
    Case("learn about solar", False, False, False, None, "electrician", ("vague-verb",)),
    Case("fit 10 EV chargers as a sub-contractor by the end of Q3", True, True, True, "2027-09-30", "electrician", ("quarter", "volume")),
    Case("im 2nd year apprentice wanna finish my apprenticeship by 2029", True, True, True, "2029-12-31", "electrician", ("typo",)),
    # "Until" meaning "by", as German speakers write it; "Meister" is a trade qualification
    Case("Until the end of the year I will have finished my Meister in Elektrotechnik", True, True, True, "2027-12-31", "electrician", ("non-native", "vocabulary")),
    # ---------------- plumbing / gas ----------------
    Case("get gas safe registered in 2028", True, True, True, "2028-12-31", "plumbing", ("vocabulary",)),
    Case("take on my first apprentice next year", True, True, True, "2028-12-31", "plumbing", ("yes-no",)),
    Case("price jobs better", False, False, False, None, "plumbing", ("vague-quality",)),
    Case("go from 3 to 5 boiler installs a week by the end of the year", True, True, True, "2027-12-31", "plumbing", ("from-to", "cadence")),
    Case("start my own plumbing business", True, True, False, None, "plumbing", ("yes-no",)),
    Case("get the unvented hot water ticket by 31/6/2027", True, True, False, None, "plumbing", ("impossible-date",), assumption=True),
    Case("renew my ACS gas quals b4 they expire", True, True, False, None, "plumbing", ("personal-event", "abbreviation")),
    # ---------------- construction / joinery ----------------
    # a bare noun that names a card: what is wanted is plain (get it), done or not
    Case("CSCS card", True, True, False, None, "construction", ("bare-noun", "terse")),
    Case("NVQ level 3 site carpentry by the end of 2027", True, True, True, "2027-12-31", "construction", ("vocabulary",)),
    Case("step up to site manager on the next big job", True, True, False, None, "construction", ("personal-event",)),
    Case("get my SMSTS, not this month tho, aiming for july", True, True, True, "2027-07-31", "construction", ("negated-date", "vocabulary")),
    Case("be a better foreman", False, False, False, None, "construction", ("vague-quality",)),
    Case("cut rework on snag lists from 15% to under 5% by Q4", True, True, True, "2027-12-31", "construction", ("from-to", "quarter")),
    Case("hang 40 doors a week consistently", True, True, False, None, "construction", ("cadence",)),
    # passed: the deadline stands but the goal is no longer time-bound
    Case("pass my CSCS health and safety test by march 2027", True, True, False, "2027-03-31", "construction", ("passed-date",)),
    Case("get my chartered status with the CIOB before the end of 2028", True, True, True, "2028-12-31", "construction", ("vocabulary",)),
    # ---------------- chefs / hospitality ----------------
    Case("become head chef at a michelin starred place one day", True, True, False, None, "hospitality", ("aspiration",), aspiration=True),
    Case("get my level 3 food hygiene cert by friday", True, True, True, "2027-05-21", "hospitality", ("vocabulary",)),
    Case("work on my pastry", False, False, False, None, "hospitality", ("vague-verb",)),
    Case("open my own food truck by summer 2028", True, True, True, "2028-08-31", "hospitality", ("season",)),
    # "autumn menu" is a kind of menu; the date is 1 September
    Case("write a new autumn menu with 8 dishes by 1 sept", True, True, True, "2027-09-01", "hospitality", ("volume", "abbreviation")),
    Case("cut food waste in the kitchen from 12kg to 6kg a day by the end of june", True, True, True, "2027-06-30", "hospitality", ("from-to",)),
    Case("get promoted to sous chef", True, True, False, None, "hospitality", ("yes-no",)),
    Case("io sono italiano, I want open my trattoria in London before 2030", True, True, True, "2029-12-31", "hospitality", ("non-native",)),
    Case("be less stressed on service", False, False, False, None, "hospitality", ("vague-quality",)),
    Case("compete in the regional latte art throwdown in oct", True, True, True, "2027-10-31", "hospitality", ("abbreviation",)),
    Case("run the bar on my own for a full friday shift by the end of the month", True, True, True, "2027-05-31", "hospitality", ()),
    Case("get my personal licence so i can be DPS at the pub", True, True, False, None, "hospitality", ("vocabulary",)),
    Case("get my food hygiene cert by the end of the month, my personal licence by july and be running the pub by christmas", True, True, True, "2027-12-25", "hospitality", ("multi-goal", "holiday"),
         parts=(P("get my food hygiene cert by the end of the month", True, True, True, "2027-05-31"), P("my personal licence by july", True, True, True, "2027-07-31"), P("be running the pub by christmas", True, True, True, "2027-12-25"))),
    # ---------------- social care ----------------
    Case("finish care certificate in 12 weeks", True, True, True, "2027-08-11", "care", ("span", "vocabulary")),
    Case("do my level 5 diploma in leadership for health and social care", True, True, False, None, "care", ("vocabulary",)),
    Case("be more patient with the residents", False, False, False, None, "care", ("vague-quality",)),
    Case("pick up fewer double shifts", False, False, False, None, "care", ("vague-quality",)),
    Case("get my driving licence so I can do community visits, by bonfire night", True, True, True, "2027-11-05", "care", ("holiday",)),
    Case("become a deputy manager before my 40th", True, True, False, None, "care", ("personal-event",)),
    # Romanian care worker: "make" the NVQ, "until" meaning by
    Case("i want make the NVQ 3 in care until christmas", True, True, True, "2027-12-25", "care", ("non-native", "holiday")),
    Case("get my CV sorted by friday and apply for 3 care jobs a week after that", True, True, False, None, "care", ("multi-goal", "cadence"),
         parts=(P("get my CV sorted by friday", True, True, True, "2027-05-21"), P("apply for 3 care jobs a week after that", True, True, False, None))),
    # ---------------- midwifery / nursing ----------------
    Case("get my NMC pin by end of sept", True, True, True, "2027-09-30", "midwifery", ("vocabulary", "abbreviation")),
    # a band is a named grade: promoted to it by next spring
    Case("band 6 by next spring", True, True, True, "2028-05-31", "nursing", ("terse", "season", "yes-no")),
    Case("do my NIPE training before the baby clinic restarts", True, True, False, None, "midwifery", ("personal-event", "vocabulary")),
    Case("feel more confident on labour ward", False, False, False, None, "midwifery", ("vague-quality",)),
    Case("i want to complete my preceptorship in 6 months and then apply for community midwife jobs", True, True, False, None, "midwifery", ("multi-goal", "span"),
         parts=(P("complete my preceptorship in 6 months", True, True, True, "2027-11-19"), P("apply for community midwife jobs", True, True, False, None))),
    # 15 cannot be a month: reads one way only, no assumption
    Case("nurse from kerala, need to clear OSCE by 15/07/2027 for my NMC registration", True, True, True, "2027-07-15", "nursing", ("non-native", "numeric-date", "vocabulary")),
    Case("reduce missed obs on my bay from 10% to 2% in the next 3 months", True, True, True, "2027-08-19", "nursing", ("from-to", "span")),
    Case("get back into nursing", True, True, False, None, "returning", ("returning",)),
    Case("in 10 years I want to be head of midwifery at a big trust", True, True, True, "2037-05-19", "midwifery", ("aspiration", "span"), aspiration=True),
    Case("mentor 2 student nurses this placement year", True, True, False, None, "nursing", ("personal-event", "volume")),
    # ---------------- paramedic / ambulance ----------------
    # "in the new year" read as January 2028 (judgement, see header)
    Case("get through HART selection in the new year", True, True, True, "2028-01-31", "paramedic", ("holiday", "vocabulary")),
    Case("go from ECA to paramedic via the apprenticeship by 2030", True, True, True, "2030-12-31", "paramedic", ("from-to", "abbreviation")),
    Case("handover times under 30 mins", True, True, False, None, "paramedic", ("terse", "abbreviation")),
    Case("stop dreading night shifts", False, False, False, None, "paramedic", ("vague-quality",)),
    Case("pass my blue light driving course (C1) before 1/9", True, True, True, "2027-08-31", "paramedic", ("numeric-date", "ambiguous-date"), assumption=True),
    # ---------------- police / fire ----------------
    # March 2027 is gone, so "in march" is March 2028
    Case("pass my sergeants exam (NPPF step 2) in march", True, True, True, "2028-03-31", "police", ("vocabulary",)),
    Case("get onto the firearms course b4 my probation ends", True, True, False, None, "police", ("personal-event", "typo")),
    Case("be a detective", True, True, False, None, "police", ("yes-no",)),
    Case("firefighter: pass the fitness test (bleep test level 9.6) in 8 wks", True, True, True, "2027-07-14", "fire", ("abbreviation", "span")),
    Case("join the retained fire service", True, True, False, None, "fire", ("yes-no",)),
    Case("make inspector someday", True, True, False, None, "police", ("aspiration",), aspiration=True),
    Case("finish probation in july, then apply for the firearms unit by next march", True, True, True, "2028-03-31", "police", ("multi-goal",),
         parts=(P("finish probation in july", True, True, True, "2027-07-31"), P("apply for the firearms unit by next march", True, True, True, "2028-03-31"))),
    Case("be more assertive at jobs", False, False, False, None, "police", ("vague-quality",)),
    # ---------------- leaving the forces ----------------
    Case("leaving the army after 12 yrs, want a civvy job in project management lined up by the time I leave at the end of nov", True, True, True, "2027-11-30", "veteran", ("rambling", "abbreviation")),
    Case("get my PRINCE2 foundation using my ELC funding, by 3/8/2027", True, True, True, "2027-08-03", "veteran", ("ambiguous-date", "vocabulary"), assumption=True),
    Case("figure out what I want to do after the forces", False, False, False, None, "veteran", ("vague-verb",)),
    Case("get an SIA licence by july and start close protection work within 4 months", True, True, True, "2027-09-19", "veteran", ("multi-goal", "span"),
         parts=(P("get an SIA licence by july", True, True, True, "2027-07-31"), P("start close protection work within 4 months", True, True, True, "2027-09-19"))),
    Case("ex RAF tech, want my EASA B1 licence in 18 mos", True, True, True, "2028-11-19", "veteran", ("abbreviation", "vocabulary", "span")),
    # ---------------- medicine ----------------
    # the January sitting: the day is not said, so the month's last day
    Case("pass MRCP part 1 in the jan sitting", True, True, True, "2028-01-31", "medicine", ("vocabulary", "abbreviation")),
    Case("publish a first-author case report this rotation", True, True, False, None, "medicine", ("personal-event",)),
    Case("do less locums and actually rest", False, False, False, None, "medicine", ("vague-quality",)),
    Case("close the VTE audit loop with compliance up to 95% by 4th august", True, True, True, "2027-08-04", "medicine", ("from-to",)),
    Case("eventually a consultant in emergency medicine", True, True, False, None, "medicine", ("aspiration", "terse"), aspiration=True),
    Case("be a consultant cardiologist by 2037", True, True, True, "2037-12-31", "medicine", ("aspiration",), aspiration=True),
    Case("i am doctor from syria, i must pass PLAB 1 and PLAB 2 and after i want work in NHS", True, True, False, None, "newcomer", ("non-native", "multi-goal", "vocabulary"),
         parts=(P("pass PLAB 1 and PLAB 2", True, True, False, None), P("work in NHS", True, True, False, None))),
    Case("get on the GP training scheme in round 1 recruitment", True, True, False, None, "medicine", ("personal-event", "vocabulary")),
    # ---------------- pharmacy ----------------
    Case("get my independent prescriber qualification by dec 2027", True, True, True, "2027-12-31", "pharmacy", ("vocabulary", "abbreviation")),
    Case("pharmacist from egypt: pass OSPAP and the GPhC registration assesment within 2 years", True, True, True, "2029-05-19", "pharmacy", ("non-native", "typo", "span")),
    Case("do 20 flu jabs a day in flu season", True, True, False, None, "pharmacy", ("cadence",)),
    Case("improve my consultation skills", False, False, False, None, "pharmacy", ("vague-verb",)),
    Case("manage my own branch within a year", True, True, True, "2028-05-19", "pharmacy", ("span",)),
    # ---------------- teaching ----------------
    Case("pass my ECT year with no concerns raised by july", True, True, True, "2027-07-31", "teaching", ("vocabulary",)),
    # the end of the school year is the school's own date
    Case("get my class's reading age from 7.5 to 8.5 by the end of the school year", True, True, False, None, "teaching", ("from-to", "personal-event")),
    Case("become head of year", True, True, False, None, "teaching", ("yes-no",)),
    Case("be a calmer teacher", False, False, False, None, "teaching", ("vague-quality",)),
    # leaving is a plain done-or-not outcome, but to what is missing
    Case("leave teaching", False, True, False, None, "teaching", ("terse", "yes-no")),
    Case("mark a set of 30 books in under an hour", True, True, False, None, "teaching", ()),
    Case("apply for an assistant head post before half term", True, True, False, None, "teaching", ("personal-event",)),
    Case("I will get the QTS recognition for my german teacher diploma until end of year", True, True, True, "2027-12-31", "teaching", ("non-native", "vocabulary")),
    Case("teach maths abroad in spain, dream job really", True, True, False, None, "teaching", ("aspiration",), aspiration=True),
    Case("run an after school coding club every tuesday from september", True, True, False, None, "teaching", ("cadence",)),
    Case("get 85% of my year 6 class to expected standard in the SATs", True, True, False, None, "teaching", ("vocabulary", "personal-event")),
    # ---------------- academia ----------------
    # no year: the next 30 September; 30 cannot be a month, so no assumption
    Case("submit thesis 30/09", True, True, True, "2027-09-30", "academia", ("terse", "numeric-date")),
    # "Q1 journals" is a journal ranking, not a quarter; the end of the PhD is the person's own date
    Case("get 2 papers accepted in Q1 journals by the end of my phd", True, True, False, None, "academia", ("personal-event", "volume")),
    Case("get a permanent lectureship", True, True, False, None, "academia", ("yes-no",)),
    Case("write more", False, False, False, None, "academia", ("terse", "vague-verb")),
    Case("write 500 words of the thesis every weekday", True, True, False, None, "academia", ("cadence",)),
    Case("win an ERC starting grant by 2029", True, True, True, "2029-12-31", "academia", ("vocabulary",)),
    Case("have tenure by the time I'm 45", True, True, False, None, "academia", ("personal-event",)),
    Case("I would like to obtain a postdoc position in a lab in germany for the september of next year", True, True, True, "2028-09-30", "academia", ("non-native",)),
    Case("present my work at 2 international conferences before I finish", True, True, False, None, "academia", ("personal-event", "volume")),
    Case("become a professor long term", True, True, False, None, "academia", ("aspiration",), aspiration=True),
    # ---------------- software ----------------
    Case("get p99 latency of the checkout api from 800ms to under 300ms by EOQ", True, True, True, "2027-06-30", "software", ("from-to", "quarter", "abbreviation", "vocabulary")),
    Case("99.95% uptime for the payments service over the next 2 quarters", True, True, True, "2027-11-19", "software", ("vocabulary", "span", "quarter")),
    Case("get better at system design", False, False, False, None, "software", ("vague-verb",)),
    Case("pass AWS solutions architect associate in 10 wks", True, True, True, "2027-07-28", "software", ("abbreviation", "span", "vocabulary")),
    # dotted day-first date, 15 cannot be a month
    Case("ship the v2 onboarding flow by 15.06.2027", True, True, True, "2027-06-15", "software", ("numeric-date",)),
    Case("learn rust", False, False, False, None, "software", ("vague-verb", "terse")),
    Case("get promoted to senior engineer in the next cycle", True, True, False, None, "software", ("personal-event", "yes-no")),
    Case("contribute to open source", False, False, False, None, "software", ("vague-verb",)),
    Case("get 3 PRs merged into the tokio repo by end of summer", True, True, True, "2027-08-31", "software", ("volume", "season")),
    Case("move from support into a junior dev job, 6 mos max", True, True, True, "2027-11-19", "software", ("abbreviation", "span")),
    Case("zero P1 incidents in october", True, True, True, "2027-10-31", "software", ("terse",)),
    Case("be a 10x engineer lol", False, False, False, None, "software", ("vague-quality",)),
    Case("reduce build time from 14 min to 5 min", True, True, False, None, "software", ("from-to",)),
    Case("ship the new search by EOQ; also cut support tickets from 400 to 250 a week by EOY", True, True, True, "2027-12-31", "software", ("multi-goal", "abbreviation", "from-to"),
         parts=(P("ship the new search by EOQ", True, True, True, "2027-06-30"), P("cut support tickets from 400 to 250 a week by EOY", True, True, True, "2027-12-31"))),
    Case("learn python and get a data job by next year", False, False, False, None, "career change", ("multi-goal", "vague-verb"),
         parts=(P("learn python", False, False, False, None), P("get a data job by next year", True, True, True, "2028-12-31"))),
    Case("pass CompTIA A+ by august and Network+ by november, then get a 2nd line support job", True, True, False, None, "career change", ("multi-goal", "vocabulary"),
         parts=(P("pass CompTIA A+ by august", True, True, True, "2027-08-31"), P("Network+ by november", True, True, True, "2027-11-30"), P("get a 2nd line support job", True, True, False, None))),
    # ---------------- data ----------------
    # 3/6 reads 3 June (day first) or 6 March (gone): read day first, and said
    Case("automate the weekly sales report so it takes 10 mins not 3 hrs, by 3/6", True, True, True, "2027-06-03", "data", ("ambiguous-date", "from-to"), assumption=True),
    Case("learn SQL properly", False, False, False, None, "data", ("vague-verb",)),
    Case("get the PL-300 power BI cert before the 1st of july", True, True, True, "2027-06-30", "data", ("vocabulary",)),
    Case("build a portfolio", False, False, False, None, "data", ("vague-verb", "terse")),
    Case("build a portfolio of 3 public dashboards with real data by august", True, True, True, "2027-08-31", "data", ("volume",)),
    # a destination five years away: an aspiration that carries a date
    Case("data scientist in 5 years", True, True, True, "2032-05-19", "data", ("aspiration", "terse", "span"), aspiration=True),
    Case("get the dashboard load time from 40s to under 5s before the board meeting", True, True, False, None, "data", ("from-to", "personal-event")),
    # ---------------- accounting / finance ----------------
    Case("pass ACCA SBL and SBR in the september sitting", True, True, True, "2027-09-30", "finance", ("vocabulary",)),
    Case("close month-end in 5 working days instead of 8 by the end of the financial year", True, True, True, "2028-03-31", "finance", ("fiscal", "from-to"), assumption=True),
    Case("get my CIMA", True, True, False, None, "finance", ("terse", "vocabulary")),
    # May is not over: this May
    Case("CFA level 2 in may", True, True, True, "2027-05-31", "finance", ("terse", "vocabulary")),
    Case("be more strategic", False, False, False, None, "finance", ("vague-quality",)),
    Case("move from audit into FP&A by H1 next year", True, True, True, "2028-06-30", "finance", ("abbreviation", "quarter")),
    Case("land a finance business partner role this fiscal year", True, True, True, "2028-03-31", "finance", ("fiscal",), assumption=True),
    Case("get a pay rise", False, False, False, None, "finance", ("terse",)),  # no size: neither, as "get a raise" is read
    Case("get a pay rise of at least 8% in april", True, True, True, "2028-04-30", "finance", ()),
    Case("was going to do my AAT level 4 by january but now it's more like june", True, True, True, "2027-06-30", "finance", ("replaced-date", "vocabulary")),
    Case("ACCA by 2026", True, True, False, "2026-12-31", "finance", ("passed-date", "terse")),
    Case("get the team's invoice backlog from 600 to 0 over the next three quarters", True, True, True, "2028-02-19", "finance", ("from-to", "span", "quarter")),
    Case("finance director someday, for now just survive busy season", True, True, False, None, "finance", ("aspiration",), aspiration=True),
    # ---------------- law ----------------
    Case("pass SQE1 in january, then sit SQE2 by the summer after", True, True, True, "2028-08-31", "law", ("multi-goal", "vocabulary", "season"),
         parts=(P("pass SQE1 in january", True, True, True, "2028-01-31"), P("sit SQE2 by the summer after", True, True, True, "2028-08-31"))),
    Case("get pupillage", True, True, False, None, "law", ("terse", "vocabulary")),
    Case("secure a training contract at a regional firm by the end of 2028", True, True, True, "2028-12-31", "law", ("vocabulary",)),
    Case("be a better advocate", False, False, False, None, "law", ("vague-quality",)),
    Case("record 6 billable hours a day", True, True, False, None, "law", ("cadence",)),
    Case("qualify as a solicitor before my 30th birthday", True, True, False, None, "law", ("personal-event",)),
    Case("make partner eventually", True, True, False, None, "law", ("aspiration",), aspiration=True),
    Case("paralegal, want to move from conveyancing to family law within a year", True, True, True, "2028-05-19", "law", ("from-to", "span")),
    Case("get called to the bar in november", True, True, True, "2027-11-30", "law", ("vocabulary", "yes-no")),
    # ---------------- retail / warehouse ----------------
    Case("get my counterbalance forklift licence next month", True, True, True, "2027-06-30", "warehouse", ("vocabulary",)),
    # "christmas peak" is a trading period with no set first day, not Christmas Day (judgement)
    Case("become shift lead at the DC by christmas peak", True, True, False, None, "warehouse", ("holiday", "abbreviation")),
    Case("pick rate from 110 to 140 units an hour by the end of the quarter", True, True, True, "2027-06-30", "warehouse", ("from-to", "quarter")),
    # a condition of work (days not nights): not specific, but done or not is plain
    Case("get off nights", False, True, False, None, "warehouse", ("terse",)),
    Case("store manager one day", True, True, False, None, "retail", ("aspiration", "terse"), aspiration=True),
    Case("hit 95% on my mystery shop score", True, True, False, None, "retail", ()),
    Case("work on my customer service", False, False, False, None, "retail", ("vague-verb",)),
    Case("get a dept manager role at another store by 3/4/2028", True, True, True, "2028-04-03", "retail", ("ambiguous-date", "abbreviation"), assumption=True),
    Case("move from the tills to visual merchandising by the august bank holiday", True, True, True, "2027-08-30", "retail", ("from-to", "holiday")),
    Case("cleaner: get 5 more regular houses by the end of june", True, True, True, "2027-06-30", "cleaning", ("volume",)),
    Case("delivery rider, want to earn £150 a day on average", True, True, False, None, "gig work", ("cadence",)),
    Case("sit my SIA door supervisor exam tomorrow", True, True, True, "2027-05-20", "security", ("vocabulary",)),
    # ---------------- hair / beauty / tattoo ----------------
    Case("rent a chair at a salon in manchester by sept", True, True, True, "2027-09-30", "hairdressing", ("abbreviation",)),
    Case("get my NVQ level 3 in barbering in the next 9 months", True, True, True, "2028-02-19", "hairdressing", ("span", "vocabulary")),
    Case("grow my instagram", False, False, False, None, "hairdressing", ("vague-verb",)),
    Case("grow my insta from 900 to 5k followers by new years eve", True, True, True, "2027-12-31", "beauty", ("from-to", "holiday", "abbreviation")),
    Case("build a column of 40 regular clients by the end of the year", True, True, True, "2027-12-31", "hairdressing", ("vocabulary", "volume")),
    Case("learn balayage", False, False, False, None, "hairdressing", ("vague-verb", "terse")),
    Case("do the sassoon advanced cutting course in the autumn", True, True, True, "2027-11-30", "hairdressing", ("season",)),
    Case("tattoo artist: get a full apprenticeship at a licensed studio within 6 months", True, True, True, "2027-11-19", "tattoo", ("span",)),
    Case("be known as the best tattooist in leeds", False, False, False, None, "tattoo", ("vague-quality",)),
    # a cadence part sets no deadline, so the line has none
    Case("nail tech: 25 clients a week and my own room by valentines", True, True, False, None, "beauty", ("multi-goal", "holiday", "cadence"),
         parts=(P("25 clients a week", True, True, False, None), P("my own room by valentines", True, True, True, "2028-02-14"))),
    # ---------------- music / arts / acting ----------------
    Case("release an EP of 5 tracks by halloween", True, True, True, "2027-10-31", "music", ("holiday", "volume")),
    Case("play glastonbury someday", True, True, False, None, "music", ("aspiration",), aspiration=True),
    Case("practice more", False, False, False, None, "music", ("terse", "vague-verb")),
    Case("practise scales 30 min every day", True, True, False, None, "music", ("cadence",)),
    # an exam session in winter: winter's last day
    Case("pass my grade 8 piano with distinction in the winter session", True, True, True, "2028-02-29", "music", ("season", "vocabulary")),
    Case("sign with a theatrical agent before I graduate drama school", True, True, False, None, "acting", ("personal-event",)),
    Case("audition for 3 west end shows by xmas", True, True, True, "2027-12-25", "acting", ("holiday", "volume", "abbreviation")),
    Case("sell 10 paintings at the open studios weekend", True, True, False, None, "arts", ("personal-event", "volume")),
    Case("my dream is to have my own gallery by the sea", True, True, False, None, "arts", ("aspiration",), aspiration=True),
    Case("get 1000 monthly listeners on spotify by the end of the summer", True, True, True, "2027-08-31", "music", ("volume", "season")),
    Case("be a better singer", False, False, False, None, "music", ("vague-quality",)),
    # ---------------- sport / fitness ----------------
    Case("get my UEFA B licence by the start of next season", True, True, False, None, "sport", ("personal-event", "vocabulary")),
    Case("level 3 PT qualification in 5 wks", True, True, True, "2027-06-23", "fitness", ("terse", "abbreviation", "span")),
    # "by the new year" is New Year's Day, like "by christmas" is Christmas Day (judgement)
    Case("get 25 paying PT clients by the new year", True, True, True, "2028-01-01", "fitness", ("holiday", "volume")),
    Case("run a sub 3 marathon", True, True, False, None, "sport", ("terse",)),
    Case("get fitter", False, False, False, None, "fitness", ("vague-verb", "terse")),
    Case("coach a team in the national league one day", True, True, False, None, "sport", ("aspiration",), aspiration=True),
    Case("from 2 to 6 group classes a week by september", True, True, True, "2027-09-30", "fitness", ("from-to", "cadence")),
    Case("get my level 2 swimming teacher cert in 3 days", True, True, True, "2027-05-22", "sport", ("span", "vocabulary")),
    Case("train 4x a week until christmas", True, True, True, "2027-12-25", "sport", ("cadence", "holiday")),
    # ---------------- translation / freelance ----------------
    Case("I want to have more direct clients and less agencies", False, False, False, None, "translation", ("non-native", "vague-quality")),
    Case("get 3 direct clients paying at least 0.12 €/word before end of year", True, True, True, "2027-12-31", "translation", ("non-native", "volume")),
    Case("pass the DipTrans in january 2028", True, True, True, "2028-01-31", "translation", ("vocabulary",)),
    # "from next month": the new rate is in place in June (judgement)
    Case("raise my day rate from £350 to £450 from next month", True, True, True, "2027-06-30", "freelance", ("from-to",)),
    Case("file my self assessment before 31 jan", True, True, True, "2028-01-30", "freelance", ()),
    # a way of working, not a kind of work, and not an aspiration
    Case("work remotely for clients abroad as an illustrator", False, False, False, None, "freelance", ("vague-quality",)),
    Case("go freelance full time by my 35th", True, True, False, None, "freelance", ("personal-event",)),
    Case("I want become conference interpreter accredited by the EU (pass the ACI test) in the next two years", True, True, True, "2029-05-19", "translation", ("non-native", "span", "vocabulary")),
    # the weddings are next year's; the booking deadline is October
    Case("photographer: book 4 weddings for next year by end of october", True, True, True, "2027-10-31", "photography", ("volume",)),
    Case("go from 0 to 2k a month on retainer by the end of the year", True, True, True, "2027-12-31", "freelance", ("from-to", "abbreviation")),
    Case("get my first 10 clients, raise my rate to £40/hr and quit the day job by march", True, True, False, None, "freelance", ("multi-goal",),
         parts=(P("get my first 10 clients", True, True, False, None), P("raise my rate to £40/hr", True, True, False, None), P("quit the day job by march", True, True, True, "2028-03-31"))),
    Case("copywriter - land one retainer client a quarter", True, True, False, None, "freelance", ("cadence",)),
    # ---------------- returning after a break ----------------
    Case("back to work after 5 years with my kids, want a part time admin job by september when the youngest starts school", True, True, True, "2027-09-30", "returning", ("returning", "rambling")),
    # a concrete task with a plain done state
    Case("update my CV", True, True, False, None, "returning", ("terse",)),
    Case("get my confidence back", False, False, False, None, "returning", ("vague-quality",)),
    Case("apply for the engineering returnship by 30/06 when apps close", True, True, True, "2027-06-30", "returning", ("returning", "numeric-date")),
    Case("after a career break caring for my mum I want to retrain as a teaching assistant, no rush", True, True, False, None, "returning", ("returning", "no-rush")),
    Case("refresh my excel skills", False, False, False, None, "returning", ("vague-verb",)),
    Case("get my lvl 3 in childcare and open a childminding business from home", True, True, False, None, "returning", ("multi-goal", "abbreviation"),
         parts=(P("get my lvl 3 in childcare", True, True, False, None), P("open a childminding business from home", True, True, False, None))),
    Case("return to practice course done and back on the NMC register before the baby turns one", True, True, False, None, "returning", ("personal-event", "returning")),
    # ---------------- newcomers ----------------
    Case("get my IELTS 7.0 in every band before my visa is renew", True, True, False, None, "newcomer", ("non-native", "personal-event")),
    Case("ukrainian engineer, want to get my degree recognised by UK ENIC within 3 mounths", True, True, True, "2027-08-19", "newcomer", ("typo", "span", "non-native")),
    Case("learn english", False, False, False, None, "newcomer", ("vague-verb", "terse")),
    Case("reach B2 english by december", True, True, True, "2027-12-31", "newcomer", ("vocabulary",)),
    Case("find any job", False, True, False, None, "newcomer", ("yes-no", "terse")),
    Case("work as electrician again like in my country, in 1 year", True, True, True, "2028-05-19", "newcomer", ("non-native", "span")),
    Case("inshallah I will open my barber shop in next year", True, True, True, "2028-12-31", "newcomer", ("non-native",)),
    Case("first I finish the german B2 course in august, after I will apply for nursing recognition in germany until end of year", True, True, True, "2027-12-31", "newcomer", ("non-native", "multi-goal"),
         parts=(P("finish the german B2 course in august", True, True, True, "2027-08-31"), P("apply for nursing recognition in germany until end of year", True, True, True, "2027-12-31"))),
    Case("I wish to be approved in the OAB exam to be lawyer in Brazil again", True, True, False, None, "newcomer", ("non-native", "vocabulary")),
    Case("I am wanting to clear the CA final exams in the Nov attempt", True, True, True, "2027-11-30", "finance", ("non-native", "vocabulary", "abbreviation")),
    # ---------------- small business / founders ----------------
    Case("launch the bakery's online shop by the august bank holiday", True, True, True, "2027-08-30", "small business", ("holiday",)),
    Case("hit £10k MRR by EOY", True, True, True, "2027-12-31", "startup", ("abbreviation", "terse")),
    Case("get our first 100 paying customers", True, True, False, None, "startup", ("volume",)),
    Case("raise a seed round", True, True, False, None, "startup", ("yes-no",)),
    Case("scale", False, False, False, None, "startup", ("terse", "vague-verb")),
    Case("hire 2 devs and a designer in Q3", True, True, True, "2027-09-30", "startup", ("quarter", "volume")),
    # month 18 of the business: counted from a start the tool does not know
    Case("break even by month 18", True, True, False, None, "startup", ("personal-event",)),
    Case("have my own café by the time i'm 50", True, True, False, None, "small business", ("personal-event",)),
    Case("get the shop's google rating from 3.9 to 4.5 by the end of summer", True, True, True, "2027-08-31", "small business", ("from-to", "season")),
    Case("save £3k for the course by christmas and start the electrician conversion in january", True, True, True, "2028-01-31", "career change", ("multi-goal", "holiday"),
         parts=(P("save £3k for the course by christmas", True, True, True, "2027-12-25"), P("start the electrician conversion in january", True, True, True, "2028-01-31"))),
    Case("grow the business", False, False, False, None, "small business", ("vague-verb", "terse")),
    Case("ok so the plan is get the market stall going properly, like 3 days a week, and if that works get a proper unit on the high street by next easter", True, True, False, None, "small business", ("rambling", "multi-goal", "holiday", "cadence"),
         parts=(P("get the market stall going properly, like 3 days a week", True, True, False, None), P("get a proper unit on the high street by next easter", True, True, True, "2028-04-16"))),
    # ---------------- renewables ----------------
    Case("get my GWO basic safety training and BTT in the next fortnight", True, True, True, "2027-06-02", "renewables", ("vocabulary", "span")),
    Case("become an offshore wind turbine technician", True, True, False, None, "renewables", ("yes-no",)),
    # 10/10 reads the same either way: no assumption
    Case("climb certified by 10/10/2027", True, True, True, "2027-10-10", "renewables", ("numeric-date",)),
    Case("blade repair tech level 2 by summer 2027", True, True, True, "2027-08-31", "renewables", ("season", "terse")),
    Case("install 30 heat pumps this financial year", True, True, True, "2028-03-31", "renewables", ("fiscal", "volume"), assumption=True),
    # ---------------- gardening / forestry ----------------
    Case("get my chainsaw tickets (CS30 and CS31) before the autumn", True, True, True, "2027-08-31", "forestry", ("vocabulary", "season")),
    Case("start my own landscaping business next spring", True, True, True, "2028-05-31", "gardening", ("season",)),
    Case("get the RHS level 2 done", True, True, False, None, "gardening", ("vocabulary",)),
    Case("get more into garden design", False, False, False, None, "gardening", ("vague-verb",)),
    # "through the summer" runs to the season's end
    Case("arborist: do 3 climbing days a week through the summer", True, True, True, "2027-08-31", "forestry", ("cadence", "season")),
    Case("head gardener at a national trust property one day", True, True, False, None, "gardening", ("aspiration", "terse"), aspiration=True),
    # ---------------- aviation ----------------
    Case("pass all 14 ATPL theory exams in 18 mos", True, True, True, "2028-11-19", "aviation", ("abbreviation", "span", "vocabulary")),
    Case("become a captain before 40", True, True, False, None, "aviation", ("personal-event",)),
    Case("cabin crew: get a purser position with a long haul airline within two years", True, True, True, "2029-05-19", "aviation", ("span",)),
    Case("fly for an airline", True, True, False, None, "aviation", ("yes-no",)),
    # 29 cannot be a month, and 2028 is a leap year
    Case("get my PPL by 29/02/2028", True, True, True, "2028-02-29", "aviation", ("numeric-date", "abbreviation")),
    Case("get my class 1 medical by 29/02/2027", True, True, False, None, "aviation", ("impossible-date",), assumption=True),
    # ---------------- animals ----------------
    Case("vet nurse: finish my diploma by the end of next year", True, True, True, "2028-12-31", "veterinary", ()),
    Case("get a job at a zoo", True, True, False, None, "animal care", ("yes-no",)),
    Case("be a keeper at chester zoo one day", True, True, False, None, "animal care", ("aspiration",), aspiration=True),
    Case("pass the RCVS statutory membership exam in november", True, True, True, "2027-11-30", "veterinary", ("vocabulary", "newcomer")),
    Case("beekeeping side hustle: from 4 hives to 12 by summer 2028", True, True, True, "2028-08-31", "farming", ("from-to", "season")),
    Case("dog groomer, want my level 3 city and guilds by 06/07/2027", True, True, True, "2027-07-06", "animal care", ("ambiguous-date", "vocabulary"), assumption=True),
    # ---------------- journalism / writing ----------------
    Case("pitch 5 features to the nationals a week", True, True, False, None, "journalism", ("cadence",)),
    Case("get a staff job at a newspaper", True, True, False, None, "journalism", ("yes-no",)),
    # 1/12 reads 1 December (day first) or 12 January: read day first, and said
    Case("finish the first draft of my novel (80k words) by 1/12", True, True, True, "2027-12-01", "writing", ("ambiguous-date", "volume"), assumption=True),
    Case("become a foreign correspondent", True, True, False, None, "journalism", ("yes-no",)),
    Case("get a byline in the guardian this year", True, True, True, "2027-12-31", "journalism", ("yes-no",)),
    Case("get my NCTJ diploma with 100wpm shorthand by 07.08.27", True, True, True, "2027-08-07", "journalism", ("ambiguous-date", "vocabulary"), assumption=True),
    Case("write a book someday", True, True, False, None, "writing", ("aspiration",), aspiration=True),
    # ---------------- civil service / charity ----------------
    Case("pass the fast stream assessment centre in the autumn", True, True, True, "2027-11-30", "civil service", ("season", "vocabulary")),
    Case("get to G7 within 2 yrs", True, True, True, "2029-05-19", "civil service", ("abbreviation", "span", "vocabulary")),
    Case("charity fundraiser: raise £50k from trusts and foundations this financial year", True, True, True, "2028-03-31", "charity", ("fiscal", "volume"), assumption=True),
    Case("make a difference", False, False, False, None, "charity", ("vague-quality", "terse")),
    Case("get my SEO to HEO promotion before the next spending review", True, True, False, None, "civil service", ("personal-event", "vocabulary")),
    # which jobs is missing; ten applications is plain to count
    Case("apply for 10 jobs", False, True, False, None, "jobseeker", ("volume", "terse")),
    Case("get 40 volunteers signed up for the food bank by the end of next month", True, True, True, "2027-06-30", "charity", ("volume",)),
    Case("next fiscal year I want to be running the whole youth programme", True, True, True, "2029-03-31", "charity", ("fiscal",), assumption=True),
    # ---------------- students / graduates ----------------
    Case("get a 2:1", True, True, False, None, "student", ("terse",)),
    # 28/5: no year, the next 28 May; it reads one way
    Case("get a first on my dissertation, hand in is 28/5", True, True, True, "2027-05-28", "student", ("numeric-date",)),
    Case("land a grad scheme by the end of my final year", True, True, False, None, "student", ("personal-event",)),
    Case("do an internship this summer", True, True, True, "2027-08-31", "student", ("season", "yes-no")),
    Case("network", False, False, False, None, "student", ("terse", "bare-noun")),
    Case("attend 2 careers fairs and message 10 alumni on linkedin before term starts", True, True, False, None, "student", ("multi-goal", "personal-event"),
         parts=(P("attend 2 careers fairs", True, True, False, None), P("message 10 alumni on linkedin before term starts", True, True, False, None))),
    Case("finish my dissertation by 28/5, graduate in july, start the grad scheme in september", True, True, True, "2027-09-30", "student", ("multi-goal", "numeric-date"),
         parts=(P("finish my dissertation by 28/5", True, True, True, "2027-05-28"), P("graduate in july", True, True, True, "2027-07-31"), P("start the grad scheme in september", True, True, True, "2027-09-30"))),
    Case("start my OU psychology degree in october and graduate by 2031", True, True, True, "2031-12-31", "student", ("multi-goal",),
         parts=(P("start my OU psychology degree in october", True, True, True, "2027-10-31"), P("graduate by 2031", True, True, True, "2031-12-31"))),
    Case("pass my theory test next month and my practical before the end of the summer", True, True, True, "2027-08-31", "student", ("multi-goal", "season"),
         parts=(P("pass my theory test next month", True, True, True, "2027-06-30"), P("my practical before the end of the summer", True, True, True, "2027-08-31"))),
    # ---------------- later in working life ----------------
    # retiring is a life situation: an aspiration (the method's own example)
    Case("retire at 60", True, True, False, None, "late career", ("aspiration", "personal-event"), aspiration=True),
    Case("at 58 I want to retrain as a driving instructor (ADI) by next easter", True, True, True, "2028-04-16", "late career", ("holiday", "vocabulary")),
    Case("pass ADI part 2 in 12 weeks time", True, True, True, "2027-08-11", "late career", ("span",)),
    # hours alone: not specific, though 3 days is a number
    Case("wind down to 3 days a week by my 65th", False, True, False, None, "late career", ("personal-event",)),
    Case("mentor one younger engineer a year till I retire", True, True, False, None, "late career", ("cadence", "personal-event")),
    # ---------------- trades: mechanics, welders ----------------
    # "a couple of months" read as two (judgement)
    Case("mechanic: get IMI level 3 EV qualification in a couple of months", True, True, True, "2027-07-19", "motor trade", ("span", "vocabulary")),
    Case("pass my 6G coded pipe test by 1st july", True, True, True, "2027-07-01", "welding", ("vocabulary",)),
    Case("become a master technician at a main dealer eventually", True, True, False, None, "motor trade", ("aspiration",), aspiration=True),
    Case("be signed off as a competent welder by april 31st", True, True, False, None, "welding", ("impossible-date",), assumption=True),
    Case("pas my mot tester exm by end of jly", True, True, True, "2027-07-31", "motor trade", ("typo", "abbreviation")),
    Case("finsh my nvq lvl 2 by chrismas", True, True, True, "2027-12-25", "motor trade", ("typo", "holiday")),
    # ---------------- more fields, more ways of giving a date ----------------
    Case("ok so basically ive been a receptionist at a dental practice for like 6 years and i really want to become a dental nurse, the course is about a year and i'd like to be qualified by this time next year if i can afford it", True, True, True, "2028-05-19", "dental", ("rambling", "span")),
    Case("so my manager keeps saying i need to be more visible which honestly i dont know what that means but i guess i should present at the monthly all hands at least twice before the end of the year", True, True, True, "2027-12-31", "office", ("rambling", "volume")),
    Case("train driver: pass my route knowledge assessment for the new line within 100 days", True, True, True, "2027-08-27", "rail", ("span", "vocabulary")),
    Case("bus driver wanting to move up to a depot controller job in 90 days", True, True, True, "2027-08-17", "transport", ("span",)),
    Case("prison officer: get my custodial manager promotion by mid-2028", True, True, True, "2028-06-30", "prisons", ("vocabulary",)),
    Case("get my ASYE signed off by the end of H2", True, True, True, "2027-12-31", "social work", ("quarter", "vocabulary")),
    Case("keep my caseload under 18 families for the next 4 months", True, True, True, "2027-09-19", "social work", ("span",)),
    Case("architect: get RIBA part 3, deadline was the 1st but no rush, ill do it by 30 june", True, True, True, "2027-06-30", "architecture", ("replaced-date", "no-rush", "vocabulary")),
    Case("lab tech: get HCPC registered as a biomedical scientist by 2027-11-30", True, True, True, "2027-11-30", "laboratory", ("vocabulary", "numeric-date")),
    Case("get the promotion to team leader by last friday lol", True, True, False, "2027-05-14", "call centre", ("passed-date", "yes-no")),
    Case("call centre agent, get my average handle time from 9 min to 6 min by EOM", True, True, True, "2027-05-31", "call centre", ("from-to", "abbreviation")),
    Case("get my HGV licence, was aiming for june but pushed it back to october", True, True, True, "2027-10-31", "logistics", ("replaced-date",)),
    # "not before christmas": the date that stands is the end of February (2028 is a leap year)
    Case("not before christmas, but a hygienist job in a bigger practice by end of feb", True, True, True, "2028-02-29", "dental", ("negated-date", "holiday")),
    Case("pass the theory test by june, no wait, july", True, True, True, "2027-07-31", "student", ("replaced-date",)),
    Case("no rush but id like my forklift ticket by the end of next month", True, True, True, "2027-06-30", "warehouse", ("no-rush",)),
    Case("learn to code, no rush", False, False, False, None, "career change", ("no-rush", "vague-verb")),
    Case("submit my grant application by 30th feb", True, True, False, None, "academia", ("impossible-date",), assumption=True),
    Case("get my surveying APC done by 31/11/2027", True, True, False, None, "surveying", ("impossible-date", "vocabulary"), assumption=True),
    # no year: the next 2 March (day first) and said, since it also reads 3 February
    Case("estate agent: hit 20 completions by 2/3", True, True, True, "2028-03-02", "property", ("ambiguous-date", "volume"), assumption=True),
    # 13 cannot be a month: read month first, the only way it reads; no assumption
    Case("optometrist: pass my college of optometrists assessment by 05/13/2028", True, True, True, "2028-05-13", "optometry", ("numeric-date", "vocabulary")),
    Case("get my CSCS gold card by 3/4/28", True, True, True, "2028-04-03", "construction", ("ambiguous-date",), assumption=True),
    # ambiguous (day first 12 April 2027, gone; month first 4 December 2027, to come): read day first and said; passed
    Case("finish the level 2 barista course by 12/4/2027", True, True, False, "2027-04-12", "hospitality", ("passed-date", "ambiguous-date"), assumption=True),
    Case("until 3 years from now I want to be a qualified accountant", True, True, True, "2030-05-19", "finance", ("span", "non-native")),
    # two goals; the date is said with the last only, so the first has none and the line has none (judgement)
    Case("get my DBS and start volunteering at the hospice by the 30th", True, True, False, None, "care", ("multi-goal",),
         parts=(P("get my DBS", True, True, False, None), P("start volunteering at the hospice by the 30th", True, True, True, "2027-05-30"))),
    Case("pass the DVSA hazard perception by the 1st", True, True, True, "2027-06-01", "student", ("vocabulary",)),
    Case("open the second salon by boxing day", True, True, True, "2027-12-26", "hairdressing", ("holiday",)),
    # Shrove Tuesday 2028 falls on 29 February
    Case("new pancake menu launched by pancake day", True, True, True, "2028-02-29", "hospitality", ("holiday",)),
    Case("get my first paid gig as a sound engineer by st patricks day", True, True, True, "2028-03-17", "music", ("holiday",)),
    # any work will do: not specific, but done or not is plain
    Case("before new year I want to be off universal credit and in work", False, True, True, "2027-12-31", "jobseeker", ("holiday",)),
    # the UK tax year ends on 5 April: a fixed date, not the fiscal year setting
    Case("sole trader: turnover over £30k this tax year", True, True, True, "2028-04-05", "freelance", ("fiscal",)),
    Case("vicar in training: get through my BAP panel and start theological college in september", True, True, False, None, "church", ("multi-goal", "vocabulary"),
         parts=(P("get through my BAP panel", True, True, False, None), P("start theological college in september", True, True, True, "2027-09-30"))),
    # an employer but no role: not specific; "before the winter" is the day before 1 December
    Case("ex miner in my 50s, want a job with the council before the winter", False, True, True, "2027-11-30", "late career", ("season",)),
    Case("dentist: finish my implant diploma, 2028 at the latest", True, True, True, "2028-12-31", "dental", ("vocabulary",)),
    Case("sports physio: work with a premier league club in the next 5 yrs", True, True, True, "2032-05-19", "sport", ("aspiration", "span", "abbreviation"), aspiration=True),
    Case("promotion", False, True, False, None, "office", ("bare-noun", "terse", "yes-no")),
    Case("more money", False, False, False, None, "office", ("bare-noun", "terse")),
    Case("confidence", False, False, False, None, "office", ("bare-noun", "terse")),
    Case("new job", False, True, False, None, "jobseeker", ("bare-noun", "terse", "yes-no")),
    Case("CCNA by xmas", True, True, True, "2027-12-25", "software", ("terse", "holiday", "vocabulary")),
    Case("pmp q4", True, True, True, "2027-12-31", "project management", ("terse", "quarter", "vocabulary")),
    Case("ielts 7.5 aug", True, True, True, "2027-08-31", "newcomer", ("terse", "abbreviation")),
    Case("aply for 5 dental nurse jobs by fri", True, True, True, "2027-05-21", "dental", ("typo", "abbreviation", "volume")),
    Case("get promoted by december", False, True, True, "2027-12-31", "office", ("yes-no",)),
    Case("made up to team leader by the end of may", True, True, True, "2027-05-31", "office", ("yes-no",)),
    Case("be happy at work one day", False, False, False, None, "office", ("aspiration", "vague-quality"), aspiration=True),
    Case("improve my english for to get a job in hotel reception", True, True, False, None, "hospitality", ("non-native",)),
    Case("be more organised and hit my sales target every month", False, False, False, None, "sales", ("multi-goal", "vague-quality", "cadence"),
         parts=(P("be more organised", False, False, False, None), P("hit my sales target every month", True, True, False, None))),
    Case("improve my sight reading and pass grade 6 violin by december", False, False, False, None, "music", ("multi-goal", "vague-verb"),
         parts=(P("improve my sight reading", False, False, False, None), P("pass grade 6 violin by december", True, True, True, "2027-12-31"))),
    Case("run 2 open days for the farm by september and get 50 people on the veg box scheme by next spring", True, True, True, "2028-05-31", "farming", ("multi-goal", "season", "volume"),
         parts=(P("run 2 open days for the farm by september", True, True, True, "2027-09-30"), P("get 50 people on the veg box scheme by next spring", True, True, True, "2028-05-31"))),
    Case("take the IELTS in july and then the OET in october", True, True, True, "2027-10-31", "nursing", ("multi-goal", "vocabulary"),
         parts=(P("take the IELTS in july", True, True, True, "2027-07-31"), P("the OET in october", True, True, True, "2027-10-31"))),
    Case("get 2 more shifts a week and pay off my overdraft by xmas", True, True, False, None, "retail", ("multi-goal", "cadence", "holiday"),
         parts=(P("get 2 more shifts a week", True, True, False, None), P("pay off my overdraft by xmas", True, True, True, "2027-12-25"))),
    Case("i'd love to work for the RNLI as a full time crew member, thats the long term plan", True, True, False, None, "seafaring", ("aspiration",), aspiration=True),
    Case("cut my commute", False, False, False, None, "office", ("vague-verb", "terse")),
    # "in 3.5 years" counted from TODAY, as every span is (judgement: the person may count from the funding)
    Case("get my phd funded by the autumn, then finish it in 3.5 years", True, True, True, "2030-11-19", "academia", ("multi-goal", "season", "span"),
         parts=(P("get my phd funded by the autumn", True, True, True, "2027-11-30"), P("finish it in 3.5 years", True, True, True, "2030-11-19"))),
]

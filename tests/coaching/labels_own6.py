# Fresh goals of our own (round 6), written and labelled blind: by someone who had not read
# the engine, the other label sets' cases or the kinds tests, as people in many fields type
# goals. An American/Canadian writer's set: all-numeric dates month first. Same schema as
# labels_field.py. Held out: not in SETS, never run against the engine while written.
#
# How the labels read dates (TODAY is Thursday 14 October 2027; the READING RULES of
# labels_own5.py, carried over to this TODAY):
# - "by <month>" is the last day of that month, the next one not yet over ("by october" is
#   31 October 2027, "by march" 31 March 2028); "by <month> <day>" is that day, the next one
#   to come; "before X" is the day before X ("before thanksgiving" 24 November, "b4 xmas"
#   24 December, "before the new year" 31 December 2027, "before 2029" 31 December 2028).
# - "before the end of X" / "b4 the end of X" is read as "by the end of X" (the last day of
#   X, not the day before it): a judgement.
# - "by <year>" / "in <year>" is 31 December; "by next year" / "next year" 31 December 2028.
# - a season is its last day (spring 31 May, summer 31 August, fall 30 November, winter the
#   end of February: 29 February 2028); fall 2027 is under way, so "by fall" / "this fall"
#   is 30 November 2027 and "next fall" is 30 November 2028; "by spring", "next spring" and
#   "in the spring" are 31 May 2028; "by summer" / "next summer" 31 August 2028.
# - "in / within / over the next N days, weeks, months, quarters, years" counts from TODAY
#   ("in 6 wks" 25 November 2027, "in 3 months" 14 January 2028, "over the next 2
#   quarters" six months on, 14 April 2028, "in 2 yrs" 14 October 2029); "EOQ" / "this
#   quarter" / "q4" is 31 December 2027 (the calendar quarter and the first fiscal quarter
#   end on the same day here); a bare "Q1"/"Q2"/"Q3" is the calendar quarter still to come
#   (31 March, 30 June, 30 September 2028), a judgement; "h1" 30 June 2028; a bare "h2" is
#   the half under way, 31 December 2027 (a judgement); "mid-2028" 30 June 2028; "EOM" /
#   "end of month" 31 October 2027; "end of next month" 30 November 2027; "EOY" / "this
#   year" / "the end of the year" 31 December 2027; "this time next year" 14 October 2028.
# - weekdays and days of the month are the next to come: "by friday" 15 October 2027, "by
#   sunday" 17 October, "by the 31st" 31 October.
# - holidays are their next day to come (US unless the writer says Canadian): Halloween 31
#   October 2027, Veterans/Remembrance Day 11 November, Thanksgiving 25 November 2027 (the
#   fourth Thursday), Black Friday 26 November, Christmas 25 December, New Year's Eve 31
#   December, "new years" as a day 1 January 2028, "in the new year" January 2028 (31
#   January, a judgement), MLK Day 17 January 2028, Valentine's 14 February, Presidents Day
#   21 February, St Patrick's 17 March, Easter Sunday 16 April, Cinco de Mayo 5 May,
#   Victoria Day 22 May, Memorial Day 29 May, Juneteenth 19 June, Canada Day 1 July, July
#   4th 2028, Labor Day 4 September 2028 (2027's is gone), Columbus Day and Canadian
#   Thanksgiving 9 October 2028 (2027's fell on 11 October, three days ago).
# - a fiscal year is read with FISCAL_YEAR_START (October, US federal style: "this fiscal
#   year", "fy28", "fiscal 2028", "end of fy" all end 30 September 2028; "fy29" and "next
#   fiscal year" 30 September 2029; fiscal Q1 ends 31 December 2027, fiscal Q2 31 March
#   2028, fiscal Q3 30 June 2028) and says so (assumption). A fiscal year named only as the
#   object of the goal, with a plain calendar deadline, needs no assumption.
# - an all-numeric date that reads two ways ("3/4/28", "11/12", "12/1", "7/4", "1.2.2028")
#   is read month first by DATE_ORDER and says so (assumption); one that reads only one way
#   ("12/15", "1/15/2028", "2/29/2028", "15/3/2028", "2028-03-04") needs no assumption; an
#   impossible day ("6/31", "feb 30", "april 31st", "2/29/2027", "11/31/2027") gives no
#   deadline (and no assumption: there is no reading to state).
# - a date that has passed is still the deadline, but not time-bound.
# - the person's own events ("b4 my ETS", "before harvest", "by my next review", "the end of
#   the school year", "this season", "before my visa expire", "by 30", "before the baby
#   comes") have no date the tool can know: no deadline.
# - a negated or replaced date gives way to the one that stands ("not by thanksgiving, by
#   christmas", "was dec now march", "originally 11/1 now 1/15"); "not before january" is a
#   floor, not a deadline; "no rush" does not remove a date that is said.
# - several goals on one line: each part is judged and dated; the line is met on a criterion
#   only if every part is, and its deadline is the last part's when every part has one.
#   Parts are written so the last part has the latest date.
# - an aspiration: "one day", "someday", "eventually", "my dream", "long term", or a life
#   destination five years or more away; a vague self-improvement is a goal that is not
#   specific, not an aspiration.
# - "improve / cut / raise X" with the number it goes to is specific and measurable; without
#   one it is neither. "learn X" with no level has no finish line: neither.
# - a yes/no outcome (passed, promoted, hired, opened) is measurable even when it is not
#   specific ("get promoted", "find any job", "get into cyber": which role is missing, but
#   done is plain); a raise with no size is neither; a condition of work alone (nights,
#   remote, a 4 day week) is not specific, though done is plain (measurable).
# - a cadence ("3x a week", "every saturday", "a month") is measurable but sets no deadline.
# ruff: noqa: E501
# fmt: off
from datetime import date

from tests.coaching.labels_field import Case, Part  # the same schema

TODAY = date(2027, 10, 14)  # a Thursday
DATE_ORDER = "mdy"
FISCAL_YEAR_START = 10      # October: the fiscal year ends 30 September 2028

CASES = [
    # nursing
    Case("charge nurse by spring", True, True, True, "2028-05-31", "nursing", ("role_noun", "season", "terse")),
    Case("pass nclex b4 christmas!!", True, True, True, "2027-12-24", "nursing", ("holiday", "before", "texting")),
    Case("get better at my iv sticks on the older pts", False, False, False, None, "nursing", ("vague_verb",)),
    Case("i want to transfer to the icu by 3/4/28", True, True, True, "2028-03-04", "nursing", ("ambiguous_numeric", "yes_no"), assumption=True),
    Case("Finish my BSN by May 2029.", True, True, True, "2029-05-31", "nursing", ("plain", "month")),
    Case("pick up 2 extra 12s a month", True, True, False, None, "nursing", ("cadence",)),
    Case("someday i want to be a nurse practitioner w/ my own clinic", True, True, False, None, "nursing", ("aspiration", "texting"), aspiration=True),
    Case("get off nights by march", False, True, True, "2028-03-31", "nursing", ("condition_of_work", "month")),
    Case("get my CNOR cert - not by january thats too soon, aiming for june instead", True, True, True, "2028-06-30", "nursing", ("replaced_date", "negated_date")),
    Case("reduce my charting overtime from 5 hrs a week to 1", True, True, False, None, "nursing", ("from_to",)),
    Case("improve patient satisfaction scores on my unit", False, False, False, None, "nursing", ("vague_verb",)),
    Case("finish my CCRN by 6/31", True, True, False, None, "nursing", ("impossible_date",)),
    Case("get the nurse educator job before my maternity leave starts", True, True, False, None, "nursing", ("personal_event",)),
    Case("get PCCN certified by august 2027", True, True, False, "2027-08-31", "nursing", ("passed_date", "month")),
    Case("unit manager within 2 yrs", True, True, True, "2029-10-14", "nursing", ("role_noun", "span", "terse")),
    Case("finish my cna in 6 wks; start lpn school in january; rn by 2030", True, True, True, "2030-12-31", "nursing", ("multi", "span", "month", "year", "career_ladder"), parts=(
        Part("finish my cna in 6 wks", True, True, True, "2027-11-25"),
        Part("start lpn school in january", True, True, True, "2028-01-31"),
        Part("rn by 2030", True, True, True, "2030-12-31"),
    )),
    Case("within the next 30 days have informational interviews w/ 5 nurses in informatics", True, True, True, "2027-11-13", "nursing", ("span", "number", "career_change")),
    Case("i want to be known as an expert in pediatric oncology nursing", True, False, False, None, "nursing", ("identity", "aspiration"), aspiration=True),
    Case("Get my wound care certification (WCC) by the end of the year.", True, True, True, "2027-12-31", "nursing", ("plain", "end_of")),
    # software
    Case("ship the v2 billing api by EOQ", True, True, True, "2027-12-31", "software", ("quarter", "yes_no")),
    Case("get promoted to senior engineer in fy28", True, True, True, "2028-09-30", "software", ("fiscal_year", "yes_no"), assumption=True),
    Case("learn rust i guess", False, False, False, None, "software", ("learn", "terse")),
    Case("get to where i can ship a rust service to prod by 1/15/2028", True, True, True, "2028-01-15", "software", ("unambiguous_numeric",)),
    Case("cut p95 latency on checkout from 800ms to 300ms by end of q1", True, True, True, "2028-03-31", "software", ("from_to", "quarter")),
    Case("contribute more to open source stuff", False, False, False, None, "software", ("vague_verb",)),
    Case("do 2 leetcode problems every day", True, True, False, None, "software", ("cadence",)),
    Case("become a staff engineer eventually", True, True, False, None, "software", ("aspiration",), aspiration=True),
    Case("land a backend job at google or meta in 6 wks", True, True, True, "2027-11-25", "software", ("span", "yes_no")),
    Case("get my aws solutions architect associate b4 thanksgiving and the professional by memorial day", True, True, True, "2028-05-29", "software", ("multi", "holiday", "before"), parts=(
        Part("get my aws solutions architect associate b4 thanksgiving", True, True, True, "2027-11-24"),
        Part("the professional by memorial day", True, True, True, "2028-05-29"),
    )),
    Case("migrate all our services off jenkins to github actions by 11/12", True, True, True, "2027-11-12", "software", ("ambiguous_numeric",), assumption=True),
    Case("write more unit tests tbh", False, False, False, None, "software", ("vague_verb", "terse")),
    Case("tech lead for the payments team by next summer", True, True, True, "2028-08-31", "software", ("role_noun", "season")),
    Case("have my side project making $500/mo by 2028", True, True, True, "2028-12-31", "software", ("number", "year")),
    Case("be the go-to person for kubernetes on my team", False, False, False, None, "software", ("identity", "vague_verb")),
    Case("Get promoted from Engineer II to Senior Engineer by June 30, 2028.", True, True, True, "2028-06-30", "software", ("plain", "from_to")),
    # electrician
    Case("pass my journeyman electrician exam by june", True, True, True, "2028-06-30", "electrician", ("plain", "month")),
    Case("get my masters license in texas within 2 yrs", True, True, True, "2029-10-14", "electrician", ("span",)),
    Case("get faster at bending conduit", False, False, False, None, "electrician", ("vague_verb",)),
    Case("log 2000 hrs toward my apprenticeship by end of next year", True, True, True, "2028-12-31", "electrician", ("number", "end_of", "year")),
    Case("open my own electrical contracting shop one day", True, True, False, None, "electrician", ("aspiration",), aspiration=True),
    Case("finish my osha 30 by friday", True, True, True, "2027-10-15", "electrician", ("weekday",)),
    Case("take the NEC code update class 2x a year", True, True, False, None, "electrician", ("cadence",)),
    Case("im an electrician want to move into solar install, get nabcep pv associate by 2/1/28", True, True, True, "2028-02-01", "electrician", ("ambiguous_numeric", "career_change", "run_on"), assumption=True),
    Case("get my journeyman ticket by dec and my masters by 2030", True, True, True, "2030-12-31", "electrician", ("multi", "month", "year"), parts=(
        Part("get my journeyman ticket by dec", True, True, True, "2027-12-31"),
        Part("my masters by 2030", True, True, True, "2030-12-31"),
    )),
    Case("electrician: finish my solar cert by 05/06/2028", True, True, True, "2028-05-06", "electrician", ("ambiguous_numeric",), assumption=True),
    Case("get my 309A electrician ticket by victoria day", True, True, True, "2028-05-22", "electrician", ("holiday", "canadian")),
    # plumber
    Case("get my journeyman plumbing card b4 my apprenticeship ends", True, True, False, None, "plumber", ("personal_event", "before")),
    Case("Become a licensed master plumber by 2030.", True, True, True, "2030-12-31", "plumber", ("plain", "year")),
    Case("do more backflow testing jobs", False, False, False, None, "plumber", ("vague_verb",)),
    Case("take on 3 new commercial clients a month", True, True, False, None, "plumber", ("cadence",)),
    Case("get my medgas 6010 cert by halloween", True, True, True, "2027-10-31", "plumber", ("holiday",)),
    Case("raise my hourly from 38 to 45 by the 1st of the year", True, True, True, "2028-01-01", "plumber", ("from_to", "holiday", "raise")),
    Case("get a raise this time", False, False, False, None, "plumber", ("raise", "terse")),
    Case("start my own plumbing co someday, maybe 2 trucks", True, True, False, None, "plumber", ("aspiration", "texting"), aspiration=True),
    # welder
    Case("pass the 6G pipe cert by dec", True, True, True, "2027-12-31", "welder", ("month", "terse")),
    Case("get certified", False, True, False, None, "welder", ("yes_no", "terse")),
    Case("welding inspector (cwi) by 2029", True, True, True, "2029-12-31", "welder", ("role_noun", "year")),
    Case("improve my tig welds", False, False, False, None, "welder", ("vague_verb",)),
    Case("get hired on a pipeline crew by april 31st", True, True, False, None, "welder", ("impossible_date", "yes_no")),
    Case("work on my stick welding 3 nights a week at the community college", False, True, False, None, "welder", ("vague_verb", "cadence")),
    Case("welder 10 yrs, want to teach welding at a trade school by fall 2028", True, True, True, "2028-11-30", "welder", ("career_change", "season")),
    # hvac
    Case("get my epa 608 universal by 11/30", True, True, True, "2027-11-30", "hvac", ("unambiguous_numeric",)),
    Case("hvac - want to be a lead installer in 18 months", True, True, True, "2029-04-14", "hvac", ("span", "role_noun")),
    Case("learn heat pumps", False, False, False, None, "hvac", ("learn", "terse")),
    Case("Get my NATE certification in air conditioning by January 15.", True, True, True, "2028-01-15", "hvac", ("plain", "month_day")),
    Case("cut callbacks from 8% to under 3% this quarter", True, True, True, "2027-12-31", "hvac", ("from_to", "quarter")),
    Case("own a hvac company by the time im 45", True, True, False, None, "hvac", ("personal_event", "aspiration"), aspiration=True),
    Case("sell 5 maintenance agreements a week", True, True, False, None, "hvac", ("cadence",)),
    Case("get my hvac license by summer 2027 (yeah i know)", True, True, False, "2027-08-31", "hvac", ("passed_date", "season")),
    # teaching
    Case("get my national board certification by 2029", True, True, True, "2029-12-31", "teaching", ("plain", "year")),
    Case("be a better teacher for my sped kids", False, False, False, None, "teaching", ("vague_verb", "identity")),
    Case("move into an assistant principal role by next fall", True, True, True, "2028-11-30", "teaching", ("season",)),
    Case("raise my 3rd period's reading scores from 62% proficient to 75% by the end of the school year", True, True, False, None, "teaching", ("from_to", "personal_event")),
    Case("finish my masters in ed leadership by may 2028", True, True, True, "2028-05-31", "teaching", ("plain", "month")),
    Case("call 3 parents a week w/ good news", True, True, False, None, "teaching", ("cadence", "texting")),
    Case("get tenure at my district", True, True, False, None, "teaching", ("yes_no", "terse")),
    Case("teacher of the year someday", True, True, False, None, "teaching", ("aspiration", "role_noun"), aspiration=True),
    Case("teacher, submit my edTPA by 4/5/28", True, True, True, "2028-04-05", "teaching", ("ambiguous_numeric",), assumption=True),
    Case("get my teaching license transferred to ohio by columbus day", True, True, True, "2028-10-09", "teaching", ("holiday", "passed_holiday")),
    Case("teacher switching to instructional design - build a portfolio w/ 3 projects by january", True, True, True, "2028-01-31", "teaching", ("career_change", "month", "number")),
    # law
    Case("pass the ny bar in july", True, True, True, "2028-07-31", "law", ("month",)),
    Case("make partner by 2034", True, True, True, "2034-12-31", "law", ("aspiration", "long_horizon", "year"), aspiration=True),
    Case("bill 1950 hrs this fiscal year", True, True, True, "2028-09-30", "law", ("fiscal_year", "number"), assumption=True),
    Case("get better at depositions", False, False, False, None, "law", ("vague_verb",)),
    Case("move from biglaw to an in-house counsel role within 12 months", True, True, True, "2028-10-14", "law", ("span",)),
    Case("first chair a jury trial before 2029", True, True, True, "2028-12-31", "law", ("before", "year")),
    Case("paralegal, want to score 165+ on the lsat by 1/10/28", True, True, True, "2028-01-10", "law", ("ambiguous_numeric", "number"), assumption=True),
    Case("do pro bono 5 hrs a month", True, True, False, None, "law", ("cadence",)),
    Case("my dream is to be a federal judge", True, True, False, None, "law", ("aspiration",), aspiration=True),
    Case("Move from legal assistant to litigation paralegal by March 31, 2028.", True, True, True, "2028-03-31", "law", ("plain", "from_to")),
    # finance
    Case("pass CFA level 1 in feb", True, True, True, "2028-02-29", "finance", ("month", "leap")),
    Case("get my series 7 and 66 by the end of q4", True, True, True, "2027-12-31", "finance", ("quarter", "end_of")),
    Case("grow my book to $50M AUM over the next 2 quarters", True, True, True, "2028-04-14", "finance", ("span", "quarter", "number")),
    Case("save more money", False, False, False, None, "finance", ("vague_verb",)),
    Case("move from analyst to associate by this time next year", True, True, True, "2028-10-14", "finance", ("from_to", "span")),
    Case("close the books in 5 days instead of 8 by fiscal q2", True, True, True, "2028-03-31", "finance", ("from_to", "fiscal_year", "quarter"), assumption=True),
    Case("long term i want to be a cfo", True, True, False, None, "finance", ("aspiration",), aspiration=True),
    Case("make 10 cold calls every morning", True, True, False, None, "finance", ("cadence",)),
    Case("get the erp migration done in h2", True, True, True, "2027-12-31", "finance", ("half_year",)),
    Case("get better at excel and get a job as a financial analyst by june", False, False, False, None, "finance", ("multi", "vague_verb", "month"), parts=(
        Part("get better at excel", False, False, False, None),
        Part("get a job as a financial analyst by june", True, True, True, "2028-06-30"),
    )),
    # accounting
    Case("pass FAR and AUD b4 the end of the year, REG and TCP next year", True, True, True, "2028-12-31", "accounting", ("multi", "end_of", "year"), parts=(
        Part("pass FAR and AUD b4 the end of the year", True, True, True, "2027-12-31"),
        Part("REG and TCP next year", True, True, True, "2028-12-31"),
    )),
    Case("get my cpa license in illinois", True, True, False, None, "accounting", ("yes_no",)),
    Case("controller by 30", True, True, False, None, "accounting", ("role_noun", "personal_event", "terse")),
    Case("reduce month end close from 10 days to 6 days by the end of FY", True, True, True, "2028-09-30", "accounting", ("from_to", "fiscal_year"), assumption=True),
    Case("take on 15 tax clients this season", True, True, False, None, "accounting", ("personal_event", "number")),
    Case("get my EA by 4/15", True, True, True, "2028-04-15", "accounting", ("unambiguous_numeric",)),
    Case("finsh my accouting degre by 2029", True, True, True, "2029-12-31", "accounting", ("typo", "year")),
    Case("was aiming for dec but now realistically march to get my cma", True, True, True, "2028-03-31", "accounting", ("replaced_date", "month")),
    Case("Pass the CPA exam's FAR section by November 30.", True, True, True, "2027-11-30", "accounting", ("plain", "month_day")),
    # academia
    Case("submit my dissertation by 5/1/2028", True, True, True, "2028-05-01", "academia", ("ambiguous_numeric",), assumption=True),
    Case("publish more", False, False, False, None, "academia", ("vague_verb", "terse")),
    Case("get 2 first-author papers accepted by end of next year", True, True, True, "2028-12-31", "academia", ("number", "end_of", "year")),
    Case("land a tenure track job", True, True, False, None, "academia", ("yes_no",)),
    Case("write 500 words a day on the monograph", True, True, False, None, "academia", ("cadence",)),
    Case("submit the nsf grant by july", True, True, True, "2028-07-31", "academia", ("month",)),
    Case("become full professor eventually", True, True, False, None, "academia", ("aspiration",), aspiration=True),
    Case("postdoc wanting out of academia, get an industry r&d scientist job in 6 months", True, True, True, "2028-04-14", "academia", ("career_change", "span")),
    Case("finish my comps before spring break", True, True, False, None, "academia", ("personal_event", "before")),
    Case("department chair next year", True, True, True, "2028-12-31", "academia", ("role_noun", "year", "terse")),
    Case("2028-03-04 deadline for my thesis defense", True, True, True, "2028-03-04", "academia", ("iso_date",)),
    # career change
    Case("career change from retail to ux design, get my first ux job by mid-2028", True, True, True, "2028-06-30", "career_change", ("mid_year", "yes_no")),
    Case("figure out what i want to do", False, False, False, None, "career_change", ("vague_verb",)),
    Case("get into tech somehow", False, True, False, None, "career_change", ("yes_no",)),
    Case("finish the google data analytics cert in 8 wks then apply to 10 jobs a week", True, True, False, None, "career_change", ("multi", "span", "cadence"), parts=(
        Part("finish the google data analytics cert in 8 wks", True, True, True, "2027-12-09"),
        Part("apply to 10 jobs a week", True, True, False, None),
    )),
    Case("switch to nursing, start an ABSN program by fall 2028", True, True, True, "2028-11-30", "career_change", ("season",)),
    Case("leave accounting for something more creative", False, True, False, None, "career_change", ("yes_no",)),
    Case("become a software dev by summer w/o a degree", True, True, True, "2028-08-31", "career_change", ("season", "texting")),
    Case("Complete a UX design bootcamp and build three case studies by February 29, 2028.", True, True, True, "2028-02-29", "career_change", ("plain", "leap")),
    # returning after a break
    Case("going back to work after 6 yrs home w/ kids, want a part time bookkeeping job by jan", True, True, True, "2028-01-31", "return_to_work", ("month", "run_on")),
    Case("get my confidence back after the layoff", False, False, False, None, "return_to_work", ("vague_verb",)),
    Case("renew my lapsed RN license within 90 days", True, True, True, "2028-01-12", "return_to_work", ("span",)),
    Case("get back to my old job after my last scan", True, True, False, None, "return_to_work", ("personal_event",)),
    Case("take a refresher course in excel and quickbooks by thanksgiving", True, True, True, "2027-11-25", "return_to_work", ("holiday",)),
    Case("update my resume + linkedin profile by sunday", True, True, True, "2027-10-17", "return_to_work", ("weekday",)),
    Case("get back into the workforce after caring for my mom", False, True, False, None, "return_to_work", ("yes_no",)),
    Case("Return to teaching as a substitute by January 31, 2028.", True, True, True, "2028-01-31", "return_to_work", ("plain",)),
    # freelance
    Case("land 3 retainer clients at $2k/mo by end of Q1", True, True, True, "2028-03-31", "freelance", ("number", "quarter")),
    Case("raise my rates", False, False, False, None, "freelance", ("raise", "vague_verb")),
    Case("raise my day rate from $600 to $800 starting in the new year", True, True, True, "2028-01-31", "freelance", ("from_to", "holiday")),
    Case("send 20 pitches a week", True, True, False, None, "freelance", ("cadence",)),
    Case("replace my salary with freelance income by 2029", True, True, True, "2029-12-31", "freelance", ("year",)),
    Case("get more clients for my bookkeeping side gig", False, False, False, None, "freelance", ("vague_verb",)),
    Case("have 6 months of expenses saved as a freelancer buffer by 6/30", True, True, True, "2028-06-30", "freelance", ("unambiguous_numeric",)),
    # military to civilian
    Case("transitioning out of the army, land a project manager job b4 my ETS", True, True, False, None, "military", ("personal_event", "before")),
    Case("get my pmp by 12/1", True, True, True, "2027-12-01", "military", ("ambiguous_numeric",), assumption=True),
    Case("use my gi bill to finish my bachelors in cybersecurity by 2030", True, True, True, "2030-12-31", "military", ("year",)),
    Case("translate my military experience into a civilian resume by the 31st", True, True, True, "2027-10-31", "military", ("day_of_month",)),
    Case("marine vet, want to be a police officer by 2029", True, True, True, "2029-12-31", "military", ("year",)),
    Case("network w/ other vets in logistics", False, False, False, None, "military", ("vague_verb",)),
    Case("get hired at a defense contractor within 6 months of separation", True, True, False, None, "military", ("personal_event",)),
    Case("navy nuke going civilian, get my SRO license at a nuclear plant someday", True, True, False, None, "military", ("aspiration",), aspiration=True),
    Case("Get a logistics coordinator job at a civilian company by April 30, 2028.", True, True, True, "2028-04-30", "military", ("plain",)),
    # retail
    Case("store manager by next year", True, True, True, "2028-12-31", "retail", ("role_noun", "year")),
    Case("hit $1.2m in sales for q4", True, True, True, "2027-12-31", "retail", ("number", "quarter")),
    Case("get out of retail", False, True, False, None, "retail", ("yes_no",)),
    Case("improve my upselling", False, False, False, None, "retail", ("vague_verb",)),
    Case("grow my stores credit card signups from 4 a week to 10 a week by black friday", True, True, True, "2027-11-26", "retail", ("from_to", "holiday")),
    Case("get a 50 cent raise by christmas", True, True, True, "2027-12-25", "retail", ("raise", "holiday")),
    Case("work less weekends at the store", False, False, False, None, "retail", ("condition_of_work",)),
    Case("become a district manager for target within 3 yrs", True, True, True, "2030-10-14", "retail", ("span",)),
    Case("get promtoed to asst manger by januray", True, True, True, "2028-01-31", "retail", ("typo", "month")),
    # hospitality
    Case("front desk to front office manager by memorial day", True, True, True, "2028-05-29", "hospitality", ("holiday", "from_to")),
    Case("learn wine", False, False, False, None, "hospitality", ("learn", "terse")),
    Case("pass my level 1 sommelier by valentines", True, True, True, "2028-02-14", "hospitality", ("holiday",)),
    Case("raise our tripadvisor rating from 4.1 to 4.5 this fiscal year", True, True, True, "2028-09-30", "hospitality", ("from_to", "fiscal_year"), assumption=True),
    Case("open my own restaurant someday", True, True, False, None, "hospitality", ("aspiration",), aspiration=True),
    Case("be a general manager of a boutique hotel in 5 years", True, True, True, "2032-10-14", "hospitality", ("aspiration", "long_horizon", "span"), aspiration=True),
    Case("get servsafe manager cert by 10/31", True, True, True, "2027-10-31", "hospitality", ("unambiguous_numeric",)),
    Case("barista to cafe manager in 9 months", True, True, True, "2028-07-14", "hospitality", ("from_to", "span")),
    # trucking
    Case("get my cdl class a by january 1st", True, True, True, "2028-01-01", "trucking", ("month_day",)),
    Case("become an owner operator w/ my own authority by 2029", True, True, True, "2029-12-31", "trucking", ("year",)),
    Case("drive safer", False, False, False, None, "trucking", ("vague_verb", "terse")),
    Case("get my hazmat and tanker endorsements in 3 wks", True, True, True, "2027-11-04", "trucking", ("span",)),
    Case("own a fleet of 10 trucks one day", True, True, False, None, "trucking", ("aspiration",), aspiration=True),
    Case("hit 2500 miles a week", True, True, False, None, "trucking", ("cadence",)),
    Case("get my dispatcher job b4 the baby comes", True, True, False, None, "trucking", ("personal_event",)),
    Case("cut my idle time from 30% to 15% by EOM", True, True, True, "2027-10-31", "trucking", ("from_to", "end_of")),
    Case("i was gonna get my cdl by last christmas lol still want it", True, True, False, "2026-12-25", "trucking", ("passed_date", "holiday")),
    Case("pass my cdl permit test by veterans day", True, True, True, "2027-11-11", "trucking", ("holiday",)),
    Case("by july 4th be driving for a local company making at least $75k", True, True, True, "2028-07-04", "trucking", ("holiday", "number")),
    # farming
    Case("get our farm organic certified before harvest", True, True, False, None, "farming", ("personal_event",)),
    Case("increase corn yield to 200 bu/acre next season", True, True, False, None, "farming", ("number", "personal_event")),
    Case("farm better", False, False, False, None, "farming", ("vague_verb", "terse")),
    Case("sell at 2 farmers markets every saturday", True, True, False, None, "farming", ("cadence",)),
    Case("start a csa w/ 40 members by spring 2028", True, True, True, "2028-05-31", "farming", ("season", "number")),
    Case("take over my dads dairy operation eventually", True, True, False, None, "farming", ("aspiration",), aspiration=True),
    Case("apply for the usda beginning farmer loan by 11/15", True, True, True, "2027-11-15", "farming", ("unambiguous_numeric",)),
    Case("raise the herd from 80 head to 120 in 2 years", True, True, True, "2029-10-14", "farming", ("from_to", "span")),
    # arts
    Case("finish 12 paintings for a solo show by 3/1", True, True, True, "2028-03-01", "arts", ("ambiguous_numeric", "number"), assumption=True),
    Case("get gallery representation someday", True, True, False, None, "arts", ("aspiration",), aspiration=True),
    Case("make art more", False, False, False, None, "arts", ("vague_verb", "terse")),
    Case("sell $5k of prints on etsy by end of the year", True, True, True, "2027-12-31", "arts", ("number", "end_of")),
    Case("apply to 3 artist residencies by the 1/15 deadline", True, True, True, "2028-01-15", "arts", ("unambiguous_numeric",)),
    Case("become a full time artist by 40", True, True, False, None, "arts", ("personal_event", "aspiration"), aspiration=True),
    Case("post my pieces on instagram 4x a week", True, True, False, None, "arts", ("cadence",)),
    Case("fashion design, get my capsule collection into 3 boutiques by spring", True, True, True, "2028-05-31", "arts", ("season", "number")),
    Case("photography: shoot 20 weddings next year", True, True, True, "2028-12-31", "arts", ("number", "year")),
    Case("improve my editing", False, False, False, None, "arts", ("vague_verb",)),
    # music
    Case("record and release my ep by halloween 2028", True, True, True, "2028-10-31", "music", ("holiday",)),
    Case("get better at guitar", False, False, False, None, "music", ("vague_verb",)),
    Case("play 2 gigs a month", True, True, False, None, "music", ("cadence",)),
    Case("audition for the symphony by 2/29/2028", True, True, True, "2028-02-29", "music", ("unambiguous_numeric", "leap")),
    Case("book a tour of 10 cities next summer", True, True, True, "2028-08-31", "music", ("season", "number")),
    Case("Release a 10-track album on all streaming platforms by August 31, 2028.", True, True, True, "2028-08-31", "music", ("plain",)),
    # sports coaching
    Case("get my ussf c license by 2029", True, True, True, "2029-12-31", "sports_coaching", ("year",)),
    Case("win our conference this season", True, True, False, None, "sports_coaching", ("personal_event",)),
    Case("become a head coach at the college level someday", True, True, False, None, "sports_coaching", ("aspiration",), aspiration=True),
    Case("improve my teams free throw % from 61 to 70 by the end of the season", True, True, False, None, "sports_coaching", ("from_to", "personal_event")),
    Case("run 3 clinics for youth coaches each quarter", True, True, False, None, "sports_coaching", ("cadence",)),
    Case("get my nfhs coaching certification by labor day", True, True, True, "2028-09-04", "sports_coaching", ("holiday", "passed_holiday")),
    Case("be a better motivator", False, False, False, None, "sports_coaching", ("vague_verb", "identity")),
    Case("Become an assistant coach for a Division II program by July 1, 2028.", True, True, True, "2028-07-01", "sports_coaching", ("plain",)),
    # public sector
    Case("get a gs-12 position by end of fy", True, True, True, "2028-09-30", "public_sector", ("fiscal_year",), assumption=True),
    Case("pass the civil service exam in 2 months", True, True, True, "2027-12-14", "public_sector", ("span",)),
    Case("improve our permit processing time", False, False, False, None, "public_sector", ("vague_verb",)),
    Case("cut permit processing time from 45 days to 20 days by 9/30/28", True, True, True, "2028-09-30", "public_sector", ("from_to", "unambiguous_numeric")),
    Case("become city manager one day", True, True, False, None, "public_sector", ("aspiration",), aspiration=True),
    Case("get my budget request for next fiscal year approved by 3/31", True, True, True, "2028-03-31", "public_sector", ("unambiguous_numeric", "fiscal_year_object")),
    Case("supervisor by fy29", True, True, True, "2029-09-30", "public_sector", ("role_noun", "fiscal_year", "terse"), assumption=True),
    Case("get a federal job", False, True, False, None, "public_sector", ("yes_no",)),
    Case("fed employee: complete my supervisory training by end of fiscal q1", True, True, True, "2027-12-31", "public_sector", ("fiscal_year", "quarter"), assumption=True),
    Case("get the new grant funded in the next fiscal year", True, True, True, "2029-09-30", "public_sector", ("fiscal_year",), assumption=True),
    Case("politics: run for city council in 2029", True, True, True, "2029-12-31", "public_sector", ("year",)),
    Case("Complete the county's leadership academy by December 15, 2027.", True, True, True, "2027-12-15", "public_sector", ("plain",)),
    # students
    Case("get a 3.5 gpa or higher this semester", True, True, False, None, "student", ("personal_event", "number")),
    Case("land a summer 2028 internship by february", True, True, True, "2028-02-29", "student", ("month", "leap")),
    Case("study more for orgo", False, False, False, None, "student", ("vague_verb", "terse")),
    Case("study 2 hrs every night for the mcat", True, True, False, None, "student", ("cadence",)),
    Case("get a 515+ on the mcat by 4/22/28", True, True, True, "2028-04-22", "student", ("unambiguous_numeric", "number")),
    Case("graduate with my associates by may 2029", True, True, True, "2029-05-31", "student", ("month",)),
    Case("go to grad school", False, True, False, None, "student", ("yes_no", "terse")),
    Case("apply to 8 phd programs before thanksgiving", True, True, True, "2027-11-24", "student", ("holiday", "before", "number")),
    Case("score 320 on the gre", True, True, False, None, "student", ("number_no_unit",)),
    Case("pass my boards by easter", True, True, True, "2028-04-16", "student", ("holiday",)),
    Case("finish my capstone by feb 30", True, True, False, None, "student", ("impossible_date",)),
    # immigrants re-qualifying
    Case("i am doctor from india, want pass usmle step 1 until march 2028", True, True, True, "2028-03-31", "immigrant", ("non_native", "month")),
    Case("get my engineering degree recognized in ontario, P.Eng by 2029", True, True, True, "2029-12-31", "immigrant", ("year", "canadian")),
    Case("improve my english", False, False, False, None, "immigrant", ("vague_verb",)),
    Case("reach clb 9 in english for express entry in 3 month", True, True, True, "2028-01-14", "immigrant", ("non_native", "span")),
    Case("i was nurse in philippines, want pass nclex and work as rn in us before my visa expire", True, True, False, None, "immigrant", ("non_native", "personal_event")),
    Case("get my foreign credentials evaluated by WES by 11/1", True, True, True, "2027-11-01", "immigrant", ("ambiguous_numeric",), assumption=True),
    Case("dentist from brazil, want to pass the INBDE in next 6 months and get into an advanced standing program by fall 2029", True, True, True, "2029-11-30", "immigrant", ("multi", "span", "season", "non_native"), parts=(
        Part("pass the INBDE in next 6 months", True, True, True, "2028-04-14"),
        Part("get into an advanced standing program by fall 2029", True, True, True, "2029-11-30"),
    )),
    Case("work in my profession again in canada someday", False, True, False, None, "immigrant", ("aspiration",), aspiration=True),
    Case("by canada day, land an RN job in BC as an internationally educated nurse", True, True, True, "2028-07-01", "immigrant", ("holiday", "canadian")),
    Case("i wish to obtain the validation of my diploma of engineer in quebec before 2029", True, True, True, "2028-12-31", "immigrant", ("non_native", "before", "year")),
    Case("me I want to learn english good for to work in hotel", False, False, False, None, "immigrant", ("non_native", "learn")),
    Case("for me is important to become manager in the next 2 year", True, True, True, "2029-10-14", "immigrant", ("non_native", "span")),
    # healthcare (physicians, pharmacy, allied health)
    Case("match into emergency medicine in march", True, True, True, "2028-03-31", "healthcare", ("month",)),
    Case("pharmacist: get my BCPS by 6/1/28", True, True, True, "2028-06-01", "healthcare", ("ambiguous_numeric",), assumption=True),
    Case("reduce my patient no-shows", False, False, False, None, "healthcare", ("vague_verb",)),
    Case("see 22 patients a day", True, True, False, None, "healthcare", ("cadence",)),
    Case("paramedic by fall", True, True, True, "2027-11-30", "healthcare", ("role_noun", "season", "terse")),
    Case("dental hygienist wanting to go into sales, get a dental rep job in 4 months", True, True, True, "2028-02-14", "healthcare", ("career_change", "span")),
    Case("physical therapist, get my OCS by 2028", True, True, True, "2028-12-31", "healthcare", ("year",)),
    Case("beocme a phlebotomist in 3 monhts", True, True, True, "2028-01-14", "healthcare", ("typo", "span")),
    Case("goal period become a certified medical coder by the end of next year period", True, True, True, "2028-12-31", "healthcare", ("dictation", "end_of", "year")),
    Case("in 10 years i see myself running a regional hospital system", True, True, True, "2037-10-14", "healthcare", ("aspiration", "long_horizon", "span"), aspiration=True),
    Case("vet tech: pass the VTNE by 12/11", True, True, True, "2027-12-11", "healthcare", ("ambiguous_numeric",), assumption=True),
    Case("get into vet school", True, True, False, None, "healthcare", ("yes_no",)),
    # data science
    Case("get a data scientist title by my next review", True, True, False, None, "data_science", ("personal_event",)),
    Case("finish 3 kaggle comps in the top 10% by june", True, True, True, "2028-06-30", "data_science", ("number", "month")),
    Case("learn sql to the point where i can write window functions w/o googling", True, True, False, None, "data_science", ("learn",)),
    Case("get better w/ stats", False, False, False, None, "data_science", ("vague_verb", "texting")),
    Case("build a churn model that gets auc over 0.85 by eoq", True, True, True, "2027-12-31", "data_science", ("number_no_unit", "quarter")),
    Case("ml engineer in 2 yrs", True, True, True, "2029-10-14", "data_science", ("role_noun", "span", "terse")),
    # design / ux
    Case("redesign our onboarding flow and get activation from 22% to 35% by Q2", True, True, True, "2028-06-30", "design", ("from_to", "quarter")),
    Case("get my portfolio site up by nov 1", True, True, True, "2027-11-01", "design", ("month_day",)),
    Case("be more creative w/ my layouts", False, False, False, None, "design", ("vague_verb", "identity")),
    Case("design director in 6 years", True, True, True, "2033-10-14", "design", ("aspiration", "role_noun", "long_horizon"), aspiration=True),
    Case("do a design critique w/ my mentor every other week", True, True, False, None, "design", ("cadence",)),
    Case("in 10 days finish my case study for the ux portfolio", True, True, True, "2027-10-24", "design", ("span",)),
    # marketing
    Case("grow our email list from 8k to 15k subscribers by EOY", True, True, True, "2027-12-31", "marketing", ("from_to", "end_of")),
    Case("vp of marketing by 35", True, True, False, None, "marketing", ("aspiration", "role_noun", "personal_event"), aspiration=True),
    Case("get better at seo for our blog", False, False, False, None, "marketing", ("vague_verb",)),
    Case("launch the rebrand b4 the end of fy28", True, True, True, "2028-09-30", "marketing", ("fiscal_year", "end_of"), assumption=True),
    Case("publish 2 blog posts a week", True, True, False, None, "marketing", ("cadence",)),
    Case("get 10k followers on linkedin", True, True, False, None, "marketing", ("number",)),
    Case("Excel on the design and creative team and build a portfolio of 8 campaigns by June 30, 2028.", False, False, False, None, "marketing", ("multi", "vague_verb", "plain"), parts=(
        Part("Excel on the design and creative team", False, False, False, None),
        Part("build a portfolio of 8 campaigns by June 30, 2028", True, True, True, "2028-06-30"),
    )),
    # sales
    Case("hit 120% of quota this fiscal", True, True, True, "2028-09-30", "sales", ("fiscal_year", "number"), assumption=True),
    Case("close 50 deals by 12/31", True, True, True, "2027-12-31", "sales", ("unambiguous_numeric", "number")),
    Case("be top rep in the region in 2028", True, True, True, "2028-12-31", "sales", ("year",)),
    Case("make more money", False, False, False, None, "sales", ("vague_verb",)),
    Case("sales assistant to account exec within 18 mo", True, True, True, "2029-04-14", "sales", ("from_to", "span", "texting")),
    Case("book 15 demos per week", True, True, False, None, "sales", ("cadence",)),
    Case("presidents club this year", True, True, True, "2027-12-31", "sales", ("year", "terse")),
    Case("make $100k", True, True, False, None, "sales", ("number", "terse")),
    Case("6 figures by next yr", True, True, True, "2028-12-31", "sales", ("number", "year", "terse")),
    # advertising
    Case("promoted to associate art director in 2 years", True, True, True, "2029-10-14", "advertising", ("span", "role_noun")),
    Case("win 50 pitches for the agency", True, True, False, None, "advertising", ("number", "terse")),
    Case("enter cannes lions and win at least one award within a year", True, True, True, "2028-10-14", "advertising", ("span",)),
    Case("award winning creative director someday", True, True, False, None, "advertising", ("aspiration", "role_noun"), aspiration=True),
    Case("join the AAF by end of month", True, True, True, "2027-10-31", "advertising", ("end_of",)),
    # real estate
    Case("get my real estate license by 1/5", True, True, True, "2028-01-05", "real_estate", ("ambiguous_numeric",), assumption=True),
    Case("close 12 homes next year", True, True, True, "2028-12-31", "real_estate", ("number", "year")),
    Case("sell more houses", False, False, False, None, "real_estate", ("vague_verb",)),
    Case("door knock 50 houses every saturday", True, True, False, None, "real_estate", ("cadence",)),
    Case("get my broker license after 2 years as an agent", True, True, False, None, "real_estate", ("personal_event",)),
    Case("finish my real estate course by presidents day", True, True, True, "2028-02-21", "real_estate", ("holiday",)),
    # construction / trades
    Case("project manager at a gc by 2029", True, True, True, "2029-12-31", "construction", ("role_noun", "year")),
    Case("get my pmp and my osha 500 by end of next quarter", True, True, True, "2028-03-31", "construction", ("quarter", "end_of")),
    Case("be safer on site", False, False, False, None, "construction", ("vague_verb",)),
    Case("superintendent on a 50 story tower someday", True, True, False, None, "construction", ("aspiration", "role_noun"), aspiration=True),
    Case("finish the kitchen remodel job by 11/12/2027", True, True, True, "2027-11-12", "construction", ("ambiguous_numeric",), assumption=True),
    Case("lineman apprentice, top out as a journeyman lineman by 2030", True, True, True, "2030-12-31", "construction", ("year",)),
    Case("carpenter, finish my red seal by 2028", True, True, True, "2028-12-31", "construction", ("year", "canadian")),
    Case("complete apprenticeship hours by 15/3/2028 (i write dates the uk way sorry)", True, True, True, "2028-03-15", "construction", ("unambiguous_numeric", "day_first")),
    # mechanic
    Case("get ASE master tech by 2029", True, True, True, "2029-12-31", "mechanic", ("year",)),
    Case("get my L1 ase cert b4 the new year", True, True, True, "2027-12-31", "mechanic", ("holiday", "before")),
    Case("get faster at diagnostics", False, False, False, None, "mechanic", ("vague_verb",)),
    Case("flag 45 hrs a week", True, True, False, None, "mechanic", ("cadence", "terse")),
    Case("open my own shop in 10 yrs", True, True, True, "2037-10-14", "mechanic", ("aspiration", "long_horizon", "span"), aspiration=True),
    Case("Earn the ASE A1 through A8 certifications by September 30, 2028.", True, True, True, "2028-09-30", "mechanic", ("plain",)),
    # aviation
    Case("get my ppl by spring and my instrument rating by labor day", True, True, True, "2028-09-04", "aviation", ("multi", "season", "holiday"), parts=(
        Part("get my ppl by spring", True, True, True, "2028-05-31"),
        Part("my instrument rating by labor day", True, True, True, "2028-09-04"),
    )),
    Case("airline pilot at a major by 2032", True, True, True, "2032-12-31", "aviation", ("aspiration", "long_horizon", "role_noun", "year"), aspiration=True),
    Case("fly 10 hours a month", True, True, False, None, "aviation", ("cadence",)),
    Case("get my a&p license within 18 months", True, True, True, "2029-04-14", "aviation", ("span",)),
    Case("become a better pilot in crosswinds", False, False, False, None, "aviation", ("vague_verb",)),
    # logistics
    Case("warehouse lead by christmas", True, True, True, "2027-12-25", "logistics", ("role_noun", "holiday")),
    Case("reduce mispicks from 1.2% to 0.5% by q3", True, True, True, "2028-09-30", "logistics", ("from_to", "quarter")),
    Case("get my cscp cert this fiscal year", True, True, True, "2028-09-30", "logistics", ("fiscal_year",), assumption=True),
    Case("move into a supply chain analyst role", True, True, False, None, "logistics", ("yes_no",)),
    Case("Become a certified forklift trainer by November 19, 2027.", True, True, True, "2027-11-19", "logistics", ("plain",)),
    # hr
    Case("get my shrm-cp by 12/15", True, True, True, "2027-12-15", "hr", ("unambiguous_numeric",)),
    Case("cut time to hire from 45 days to 30", True, True, False, None, "hr", ("from_to",)),
    Case("hr director long term", True, True, False, None, "hr", ("aspiration", "role_noun"), aspiration=True),
    Case("improve employee engagement", False, False, False, None, "hr", ("vague_verb",)),
    Case("roll out the new performance review system before open enrollment", True, True, False, None, "hr", ("personal_event", "before")),
    Case("in the next 45 days, 1:1s with all 14 of my direct reports", True, True, True, "2027-11-28", "hr", ("span", "number")),
    # customer service
    Case("get my csat from 4.2 to 4.7 by the end of next month", True, True, True, "2027-11-30", "customer_service", ("from_to", "end_of")),
    Case("move from call center to team lead by 4/1", True, True, True, "2028-04-01", "customer_service", ("ambiguous_numeric", "from_to"), assumption=True),
    Case("be more patient with customers", False, False, False, None, "customer_service", ("vague_verb",)),
    Case("handle 60 tickets a day", True, True, False, None, "customer_service", ("cadence",)),
    Case("get my numbers to 150 by end of month", False, True, True, "2027-10-31", "customer_service", ("number_no_unit", "end_of")),
    # nonprofit
    Case("raise $250k for the capital campaign by june 30th", True, True, True, "2028-06-30", "nonprofit", ("number", "month_day")),
    Case("executive director of a nonprofit someday", True, True, False, None, "nonprofit", ("aspiration", "role_noun"), aspiration=True),
    Case("grow our volunteer base", False, False, False, None, "nonprofit", ("vague_verb",)),
    Case("submit 4 grant applications per month", True, True, False, None, "nonprofit", ("cadence",)),
    Case("get our 501c3 status approved within 6 months", True, True, True, "2028-04-14", "nonprofit", ("span",)),
    Case("finish the grant report by juneteenth", True, True, True, "2028-06-19", "nonprofit", ("holiday",)),
    # journalism / writing
    Case("pitch 3 stories a week to national outlets", True, True, False, None, "writing", ("cadence",)),
    Case("get a byline in the atlantic by 2028", True, True, True, "2028-12-31", "writing", ("year",)),
    Case("write a novel", True, True, False, None, "writing", ("yes_no", "terse")),
    Case("finish the first draft of my novel (90k words) by 3/31/2028", True, True, True, "2028-03-31", "writing", ("unambiguous_numeric", "number")),
    Case("become a better feature writer", False, False, False, None, "writing", ("vague_verb", "identity")),
    Case("land a literary agent before my 30th birthday", True, True, False, None, "writing", ("personal_event", "before")),
    Case("be a bestselling author one day", True, True, False, None, "writing", ("aspiration", "identity"), aspiration=True),
    Case("translator: get ata certified in spanish>english by 6/15/28", True, True, True, "2028-06-15", "writing", ("unambiguous_numeric",)),
    # film
    Case("get my short into sundance", True, True, False, None, "film", ("yes_no",)),
    Case("work on a feature film set by summer", True, True, True, "2028-08-31", "film", ("season", "work_on_not_vague")),
    Case("direct a feature someday", True, True, False, None, "film", ("aspiration",), aspiration=True),
    Case("get into the editors guild by 2029", True, True, True, "2029-12-31", "film", ("year",)),
    # culinary
    Case("sous chef by summer 2028", True, True, True, "2028-08-31", "culinary", ("role_noun", "season")),
    Case("cook better on the line", False, False, False, None, "culinary", ("vague_verb", "terse")),
    Case("cut food cost from 34% to 29% by eoq", True, True, True, "2027-12-31", "culinary", ("from_to", "quarter")),
    Case("open a food truck by cinco de mayo", True, True, True, "2028-05-05", "culinary", ("holiday",)),
    Case("stage at a michelin star restaurant for 2 weeks next spring", True, True, True, "2028-05-31", "culinary", ("season",)),
    Case("canadian here, want to be a red seal chef by canadian thanksgiving next year", True, True, True, "2028-10-09", "culinary", ("holiday", "canadian", "passed_holiday")),
    # fitness
    Case("personal trainer: get NASM cert in 6 wks", True, True, True, "2027-11-25", "fitness", ("span",)),
    Case("get 25 regular clients by new years", True, True, True, "2028-01-01", "fitness", ("holiday", "number")),
    Case("get in better shape for work", False, False, False, None, "fitness", ("vague_verb",)),
    Case("teach 6 classes a week", True, True, False, None, "fitness", ("cadence",)),
    Case("run 3x a week and get my personal trainer cert by march", True, True, False, None, "fitness", ("multi", "cadence", "month"), parts=(
        Part("run 3x a week", True, True, False, None),
        Part("get my personal trainer cert by march", True, True, True, "2028-03-31"),
    )),
    # social work
    Case("get my LCSW by fall 2029", True, True, True, "2029-11-30", "social_work", ("season",)),
    Case("log 3000 supervised hours by 2/3/2029", True, True, True, "2029-02-03", "social_work", ("ambiguous_numeric", "number"), assumption=True),
    Case("burn out less w/ my caseload", False, False, False, None, "social_work", ("vague_verb", "terse")),
    Case("open a private therapy practice eventually", True, True, False, None, "social_work", ("aspiration",), aspiration=True),
    Case("Get hired as a school social worker in the district by August 15, 2028.", True, True, True, "2028-08-15", "social_work", ("plain",)),
    # police / fire / emergency services
    Case("pass the sergeants exam in the spring", True, True, True, "2028-05-31", "public_safety", ("season",)),
    Case("make detective by 2029", True, True, True, "2029-12-31", "public_safety", ("role_noun", "year")),
    Case("firefighter: get my paramedic cert b4 st patricks day", True, True, True, "2028-03-16", "public_safety", ("holiday", "before")),
    Case("get hired by a fire dept", True, True, False, None, "public_safety", ("yes_no",)),
    Case("run the cpat in under 10 min by march", True, True, True, "2028-03-31", "public_safety", ("number", "month")),
    Case("get hired as a 911 dispatcher by 3/12", True, True, True, "2028-03-12", "public_safety", ("ambiguous_numeric",), assumption=True),
    # cybersecurity
    Case("pass security+ by 2/14/28", True, True, True, "2028-02-14", "cybersecurity", ("unambiguous_numeric",)),
    Case("get my oscp by summer, then cissp by 2029", True, True, True, "2029-12-31", "cybersecurity", ("multi", "season", "year"), parts=(
        Part("get my oscp by summer", True, True, True, "2028-08-31"),
        Part("cissp by 2029", True, True, True, "2029-12-31"),
    )),
    Case("get into cyber", False, True, False, None, "cybersecurity", ("yes_no", "terse")),
    Case("soc analyst to pen tester within 2 years", True, True, True, "2029-10-14", "cybersecurity", ("from_to", "span", "role_noun")),
    Case("do 1 hack the box machine a week", True, True, False, None, "cybersecurity", ("cadence",)),
    Case("long term i wanna be a ciso", True, True, False, None, "cybersecurity", ("aspiration", "texting"), aspiration=True),
    Case("get my security clearance by new years eve", True, True, True, "2027-12-31", "cybersecurity", ("holiday",)),
    Case("pass my a+ by thanksgiving, net+ by valentines, sec+ by july 4th", True, True, True, "2028-07-04", "cybersecurity", ("multi", "holiday"), parts=(
        Part("pass my a+ by thanksgiving", True, True, True, "2027-11-25"),
        Part("net+ by valentines", True, True, True, "2028-02-14"),
        Part("sec+ by july 4th", True, True, True, "2028-07-04"),
    )),
    Case("over the next 3 months get 3 certs: ccna, network+, and a+", True, True, True, "2028-01-14", "cybersecurity", ("span", "number")),
    Case("pass teh comptia a+ exm by nov", True, True, True, "2027-11-30", "cybersecurity", ("typo", "month")),
    # product management
    Case("pm: ship the mobile onboarding redesign by 12/20", True, True, True, "2027-12-20", "product", ("unambiguous_numeric",)),
    Case("become a group pm by next year", True, True, True, "2028-12-31", "product", ("role_noun", "year")),
    Case("get better at saying no to stakeholders", False, False, False, None, "product", ("vague_verb",)),
    Case("increase feature adoption from 12% to 25% in h1", True, True, True, "2028-06-30", "product", ("from_to", "half_year")),
    Case("Launch the self-serve billing portal to all customers by March 15, 2028.", True, True, True, "2028-03-15", "product", ("plain",)),
    # startup
    Case("raise a $1.5m seed round by q1", True, True, True, "2028-03-31", "startup", ("number", "quarter")),
    Case("get to $10k mrr by 7/4", True, True, True, "2028-07-04", "startup", ("ambiguous_numeric", "number"), assumption=True),
    Case("build a unicorn someday", True, True, False, None, "startup", ("aspiration",), aspiration=True),
    Case("talk to 5 customers every week", True, True, False, None, "startup", ("cadence",)),
    Case("launch our beta in 2 weeks", True, True, True, "2027-10-28", "startup", ("span",)),
    Case("hit 1M in ARR in fiscal 2029", True, True, True, "2029-09-30", "startup", ("fiscal_year", "number"), assumption=True),
    Case("have the website live by halloween", True, True, True, "2027-10-31", "startup", ("holiday",)),
    # insurance / banking
    Case("get my p&c license by 10/28", True, True, True, "2027-10-28", "insurance", ("unambiguous_numeric",)),
    Case("branch manager by fy end", True, True, True, "2028-09-30", "banking", ("role_noun", "fiscal_year"), assumption=True),
    Case("get my CFP by 2030", True, True, True, "2030-12-31", "banking", ("year",)),
    Case("be more organized at work", False, False, False, None, "banking", ("vague_verb",)),
    Case("i want to pass the series sixty five by december fifteenth comma and also get my insurance license", True, True, False, None, "insurance", ("dictation", "multi"), parts=(
        Part("i want to pass the series sixty five by december fifteenth", True, True, True, "2027-12-15"),
        Part("also get my insurance license", True, True, False, None),
    )),
    Case("Become a licensed life and health insurance agent by December 31, 2027.", True, True, True, "2027-12-31", "insurance", ("plain",)),
    # research science
    Case("run 40 western blots a month", True, True, False, None, "research", ("cadence",)),
    Case("get my first grant as pi by 2029", True, True, True, "2029-12-31", "research", ("year",)),
    Case("lab manager within 12 months, then a research scientist role by 2030", True, True, True, "2030-12-31", "research", ("multi", "span", "year"), parts=(
        Part("lab manager within 12 months", True, True, True, "2028-10-14"),
        Part("a research scientist role by 2030", True, True, True, "2030-12-31"),
    )),
    # architecture / engineering
    Case("pass all 6 ARE exams by end of 2028", True, True, True, "2028-12-31", "architecture", ("number", "end_of", "year")),
    Case("get my PE in civil by october", True, True, True, "2027-10-31", "engineering", ("month",)),
    Case("become a licensed architect", True, True, False, None, "architecture", ("yes_no",)),
    Case("goal: 10/11/2028 sit for the PE exam", True, True, True, "2028-10-11", "engineering", ("ambiguous_numeric",), assumption=True),
    Case("Earn my Certified Energy Manager credential by May 31, 2028.", True, True, True, "2028-05-31", "engineering", ("plain",)),
    # library
    Case("get my MLIS by 2029 and become a children's librarian", True, True, False, None, "library", ("multi", "year"), parts=(
        Part("get my MLIS by 2029", True, True, True, "2029-12-31"),
        Part("become a children's librarian", True, True, False, None),
    )),
    Case("Get a reference librarian position at a public library by January 31, 2028.", True, True, True, "2028-01-31", "library", ("plain",)),
    # beauty / childcare / other services
    Case("cosmetology: pass my state board by 11/20", True, True, True, "2027-11-20", "beauty", ("unambiguous_numeric",)),
    Case("book 30 clients a week at the salon", True, True, False, None, "beauty", ("cadence",)),
    Case("own my own salon by 2031", True, True, True, "2031-12-31", "beauty", ("year",)),
    Case("childcare: get my CDA credential by the end of the year", True, True, True, "2027-12-31", "childcare", ("end_of",)),
    Case("open a home daycare for 6 kids by next summer", True, True, True, "2028-08-31", "childcare", ("season", "number")),
    Case("i want make my own business of cleaning until the end of year", True, True, True, "2027-12-31", "cleaning", ("non_native", "end_of")),
    # manufacturing / energy
    Case("reduce scrap rate from 4% to 2% by the end of fiscal 2028", True, True, True, "2028-09-30", "manufacturing", ("from_to", "fiscal_year"), assumption=True),
    Case("get my six sigma black belt", True, True, False, None, "manufacturing", ("yes_no",)),
    Case("become plant manager in 7 years", True, True, True, "2034-10-14", "manufacturing", ("aspiration", "long_horizon", "span"), aspiration=True),
    Case("okay so my goal is to um get promoted to shift supervisor at the plant by january thirty first", True, True, True, "2028-01-31", "manufacturing", ("dictation", "month_day")),
    Case("no rush but id like to be certified as a six sigma green belt by may", True, True, True, "2028-05-31", "manufacturing", ("no_rush", "month")),
    Case("oil & gas: get my well control cert b4 my next hitch", True, True, False, None, "energy", ("personal_event", "before")),
    Case("get my forklift cert by 2/29/2027", True, True, False, None, "manufacturing", ("impossible_date",)),
    # gaming / esports
    Case("reach diamond rank in valorant by EOM to get scouted", True, True, True, "2027-10-31", "esports", ("end_of",)),
    # clergy
    Case("finish my mdiv by may 2030", True, True, True, "2030-05-31", "clergy", ("month",)),
    # general / cross-field
    Case("finish the pmp by june 2027", True, True, False, "2027-06-30", "general", ("passed_date", "month")),
    Case("get promoted by 9/30/2027", False, True, False, "2027-09-30", "general", ("passed_date", "unambiguous_numeric", "yes_no")),
    Case("launch my podcast by labor day 2027", True, True, False, "2027-09-06", "general", ("passed_date", "holiday")),
    Case("apply to med school by oct 1 2027", True, True, False, "2027-10-01", "student", ("passed_date", "month_day")),
    Case("not by thanksgiving, by christmas i want the promo to senior analyst", True, True, True, "2027-12-25", "finance", ("negated_date", "holiday")),
    Case("move to the night manager role - originally 11/1 now pushed to 1/15", True, True, True, "2028-01-15", "hospitality", ("replaced_date", "unambiguous_numeric")),
    Case("get my cna license, not before january though, my class doesnt start til then", True, True, False, None, "healthcare", ("negated_date", "run_on")),
    Case("submit my portfolio to risd by 9/31", True, True, False, None, "arts", ("impossible_date",)),
    Case("pass the real estate exam on 11/31/2027", True, True, False, None, "real_estate", ("impossible_date",)),
    Case("by yesterday lol. ok for real, get the cdl by 11/30", True, True, True, "2027-11-30", "trucking", ("replaced_date", "passed_date", "unambiguous_numeric")),
    Case("get a new job by mlk day", False, True, True, "2028-01-17", "general", ("holiday", "yes_no")),
    Case("launch my etsy shop b4 black friday", True, True, True, "2027-11-25", "arts", ("holiday", "before")),
    Case("by 12/25 i want an offer letter in hand", False, True, True, "2027-12-25", "general", ("unambiguous_numeric", "yes_no")),
    Case("finish onboarding the 3 new hires by 1.2.2028", True, True, True, "2028-01-02", "hr", ("ambiguous_numeric",), assumption=True),
    Case("100k by 30", True, True, False, None, "general", ("number", "personal_event", "terse")),
    Case("get a better job", False, True, False, None, "general", ("yes_no", "vague_verb")),
    Case("work remote by jan", False, True, True, "2028-01-31", "general", ("condition_of_work", "month")),
    Case("4 day work week by summer", False, True, True, "2028-08-31", "general", ("condition_of_work", "season", "terse")),
    Case("be a leader", False, False, False, None, "general", ("identity", "vague_verb", "terse")),
    Case("by 2040 retire early and teach part time", True, True, True, "2040-12-31", "general", ("aspiration", "long_horizon", "year"), aspiration=True),
    Case("5 yrs from now: partner at a cpa firm", True, True, True, "2032-10-14", "accounting", ("aspiration", "long_horizon", "span", "role_noun"), aspiration=True),
    Case("work on my public speaking for team meetings", False, False, False, None, "general", ("vague_verb",)),
    Case("improve my leadership skills", False, False, False, None, "general", ("vague_verb",)),
    Case("network more at the chamber events", False, False, False, None, "general", ("vague_verb", "terse")),
    Case("get my life together career wise", False, False, False, None, "general", ("vague_verb",)),
    Case("hit 40 by friday", False, True, True, "2027-10-15", "general", ("number_no_unit", "weekday", "terse")),
    Case("grow the team from 4 to 9 by next summer", True, True, True, "2028-08-31", "general", ("from_to", "season")),
    Case("save $10k and move to denver by summer", True, True, False, None, "general", ("multi", "number", "season"), parts=(
        Part("save $10k", True, True, False, None),
        Part("move to denver by summer", True, True, True, "2028-08-31"),
    )),
    Case("Get a 10% raise at my annual review in March 2028.", True, True, True, "2028-03-31", "general", ("plain", "raise", "month")),
    Case("Join at least one professional association by November 30, 2027.", True, True, True, "2027-11-30", "general", ("plain",)),
    Case("by q3 of this fy finish the audit remediation", True, True, True, "2028-06-30", "public_sector", ("fiscal_year", "quarter"), assumption=True),
    Case("this winter get my snow plow side business to 30 driveways", True, True, True, "2028-02-29", "trades", ("season", "number", "leap")),
    Case("get my foot in the door at a hospital", False, True, False, None, "healthcare", ("yes_no",)),
    Case("be happier at work at the bank", False, False, False, None, "general", ("vague_verb",)),
    Case("stop being underpaid", False, False, False, None, "general", ("raise", "vague_verb")),
    Case("learn autocad", False, False, False, None, "architecture", ("learn", "terse")),
    Case("work on my resume", False, False, False, None, "general", ("vague_verb",)),
    Case("volunteer 4 hrs a week at the food bank", True, True, False, None, "nonprofit", ("cadence",)),
    Case("get my kids through school then go back for my masters in nursing", True, True, False, None, "return_to_work", ("personal_event",)),
    Case("retire from the force and teach criminal justice eventually", True, True, False, None, "public_safety", ("aspiration",), aspiration=True),
    Case("make ceo one day", True, True, False, None, "general", ("aspiration", "terse"), aspiration=True),
    Case("get my green card and then my pharmacy license", True, True, False, None, "immigrant", ("multi", "no_date"), parts=(
        Part("get my green card", True, True, False, None),
        Part("then my pharmacy license", True, True, False, None),
    )),
    Case("do better on my evals", False, False, False, None, "general", ("vague_verb",)),
    Case("answer every client email within 24 hrs", True, True, False, None, "freelance", ("cadence", "span_not_deadline")),
    Case("mentor 2 junior devs", True, True, False, None, "software", ("number", "terse")),
    Case("get my pilots license when the kids are older", True, True, False, None, "aviation", ("personal_event",)),
    Case("pass the bar on my 2nd try", True, True, False, None, "law", ("personal_event",)),
]

# Fresh goals of our own (round 4), written and labelled blind: by someone who had not read
# the engine, the other label sets' cases or the kinds tests, as people in many fields and
# situations type goals (on a phone, in a second language, in a hurry or at length). Same
# schema as labels_field.py. Held out: not in SETS of test_field_labels.py.
#
# TODAY is Tuesday 19 October 2027 (autumn). DATE_ORDER is "mdy" as in the other sets;
# FISCAL_YEAR_START is 4 (April), unlike the other sets, so "this fiscal year" ends on
# 31 March 2028 and "next fiscal year" on 31 March 2029.
#
# How the labels read dates (the same rules as labels_own3.py, moved to this TODAY):
# - "by <month>" is the last day of that month, the next one not yet over ("by october" is
#   31 October 2027, "by march" 31 March 2028, "by february" 29 February 2028, a leap year);
#   "by <month> <day>" is that day, the next one to come; "before X" is the day before X
#   ("before thanksgiving" is 24 November 2027), but "before the end of X" is X's last day.
# - "by <year>" / "in <year>" is 31 December of it; "before 2030" is 31 December 2029;
#   "this year" / "EOY" / "year end" 31 December 2027; "next year" / "in the new year"
#   31 December 2028 ("in the new year" is read as "in 2028": a judgement); "late 2028"
#   31 December 2028; "mid-2029" 30 June 2029; "end of the decade" 31 December 2029.
# - a season is its last day (spring 31 May, summer 31 August, fall / autumn 30 November,
#   winter the end of February); fall 2027 is under way and not over, so "by fall" /
#   "this fall" is 30 November 2027 and "next fall" 30 November 2028; "this winter" is the
#   coming one, ending 29 February 2028.
# - "in / within / over the next N days, weeks, months, quarters, years" counts from TODAY
#   (6 months is 2028-04-19, 10 wks 2027-12-28, three quarters 2028-07-19, 2 years
#   2029-10-19); "a couple of" is two; "a few" is no number, so no deadline (a judgement).
# - "this quarter" / "EOQ" is 31 December 2027, "next quarter" 31 March 2028. Numbered
#   quarters (Q3) are left out on purpose: with an April fiscal year they read two ways.
# - "EOM" / "end of the month" is 31 October 2027, "end of next month" 30 November 2027,
#   "by friday" the coming one (22 October), "by monday" 25 October, "tomorrow" 20 October,
#   "by the 15th" the next 15th (15 November 2027).
# - a holiday is its next day to come: Halloween 2027-10-31, Veterans Day 2027-11-11,
#   Thanksgiving 2027-11-25, Black Friday 2027-11-26, Christmas 2027-12-25, New Year's Eve
#   2027-12-31, New Year's Day 2028-01-01, MLK Day 2028-01-17, Valentine's Day 2028-02-14,
#   Presidents' Day 2028-02-21, St Patrick's Day 2028-03-17, Easter 2028-04-16, Mother's
#   Day 2028-05-14, Memorial Day 2028-05-29, Father's Day 2028-06-18, the 4th of July
#   2028-07-04, Labor Day 2028-09-04.
# - a fiscal year is read with FISCAL_YEAR_START and says so (assumption); "FY29" is the
#   fiscal year that ends in 2029 (31 March 2029) and says so.
# - an all-numeric date that reads two ways ("3/4/2028", "11/5") is read by DATE_ORDER and
#   says so; one that reads only one way ("25/12/2027", "10/10/2028", "2028-02-29") needs
#   no assumption; an impossible day ("april 31", "feb 29 2029") gives no deadline and
#   says so.
# - a date that has passed is still the deadline, but not time-bound.
# - a negated or replaced date gives way to the one that stands ("not before april, aiming
#   for august" is August; "was march, now june" is June); "but no rush" does not take the
#   date away.
# - the person's own events ("before my 40th", "by my next review", "before the baby
#   comes", "this semester", "before the season opens", "when my contract ends") have no
#   date the tool can know: no deadline, not time-bound.
# - a cadence ("twice a week", "every shift", "daily") is not a deadline: with nothing else
#   the goal is not time-bound; a cadence "until christmas" is dated by christmas.
# - "ASAP", "soon", "at some point", "when I can" give no deadline.
# - several goals on one line: each part is judged and dated; a part's text is its words
#   copied from the line, without the joining words or punctuation between them ("and",
#   "also", "then", ";", ",", "+"); the first part starts where the line starts. One verb
#   with two objects and one date ("Series 7 and 66 done by Thanksgiving") is one goal, and
#   so is a step named with its outcome ("get the permit and open the doors by X"). The
#   line is met on a criterion only if every part is,
#   and its deadline is the latest part's when every part has one, else none.
# - an aspiration: "one day", "someday", "eventually", "my dream", "long term", or a life
#   destination five years or more away; a vague self-improvement ("be a better coach") is
#   a goal that is not specific, not an aspiration. An aspiration is judged like any goal on
#   the three criteria (usually specific, often a yes/no outcome, rarely dated).
# - "improve / cut / raise X" with the number it goes to is specific and measurable; without
#   one it is neither. "learn X" with a level (B2, grade 5) is specific and measurable too;
#   "learn X" alone is neither (no finish line). "get better at", "work on", "be a better",
#   "focus on" are vague verbs: not specific, however concrete X is.
# - a yes/no outcome (passed, promoted, hired, licensed, opened, shipped) is measurable even
#   when it is not specific.
# - a count of the work itself ("6 workshops", "2 regional conferences", "3 applications")
#   makes a goal measurable.
# ruff: noqa: E501
# fmt: off
from datetime import date

from tests.coaching.labels_field import Case, Part  # the same schema

TODAY = date(2027, 10, 19)   # a Tuesday
DATE_ORDER = "mdy"
FISCAL_YEAR_START = 4        # April: this fiscal year ends 2028-03-31

# Case(text, specific, measurable, time_bound, deadline, field, kinds, aspiration=, assumption=, parts=)
CASES: list[Case] = [
    # ---------------- nursing ----------------
    Case("pass NCLEX-PN before thanksgiving", True, True, True, "2027-11-24", "nursing", ("vocabulary", "holiday", "yes-no", "terse")),
    Case("i want to get my CCRN by next summer, my manager said she'll pay for the review course", True, True, True, "2028-08-31", "nursing", ("vocabulary", "season", "first-person")),
    # a vague verb around a concrete skill: what will she be able to do, how will she know?
    Case("get better at starting IVs on the peds unit", False, False, False, None, "nursing", ("vague-verb",)),
    Case("transfer from med-surg to the ICU within 6 mos", True, True, True, "2028-04-19", "nursing", ("abbreviation", "span", "yes-no")),
    Case("Cut our unit's fall rate from 4.1 to under 2 per 1000 patient days by the end of the fiscal year", True, True, True, "2028-03-31", "nursing", ("from-to", "fiscal", "vocabulary"), assumption=True),
    # a cadence and nothing else: no finish date
    Case("pick up 2 extra night shifts a month", True, True, False, None, "nursing", ("cadence",)),
    Case("finish my BSN before my 35th birthday", True, True, False, None, "nursing", ("personal-event", "vocabulary")),
    Case("charge nurse by may!!!", True, True, True, "2028-05-31", "nursing", ("terse", "yes-no")),
    # identity, but a self-improvement with no destination: a goal that is not specific
    Case("be the kind of nurse my patients actually trust", False, False, False, None, "nursing", ("identity", "vague-verb")),
    # "one day" plus a destination: an aspiration; the destination is concrete and plainly done or not
    Case("one day i'd like to be a nurse practitioner with my own little clinic back in my hometown", True, True, False, None, "nursing", ("aspiration",), aspiration=True),
    Case("Apply to 3 travel nursing agencies by 11/5", True, True, True, "2027-11-05", "nursing", ("ambiguous-date", "count"), assumption=True),
    # second language; "before end of 2028" is by the last day of 2028. Working in a US hospital is the outcome, the NCLEX a step on the way: one goal
    Case("I am nurse from philippines, i want pass the NCLEX and work in US hospital before end of 2028", True, True, True, "2028-12-31", "nursing", ("second-language", "vocabulary", "yes-no")),
    Case("Precept two new grads on nights this winter", True, True, True, "2028-02-29", "nursing", ("season", "count")),

    # ---------------- software ----------------
    Case("reduce p95 latency on the checkout api from 900ms to 300ms by EOQ", True, True, True, "2027-12-31", "software", ("abbreviation", "from-to", "vocabulary", "quarter")),
    # a cadence bounded by "this year"
    Case("keep the payments service at 99.95% uptime every month for the rest of this year", True, True, True, "2027-12-31", "software", ("vocabulary", "cadence")),
    # "learn X" with no level: no finish line (a judgement, per the reading rules)
    Case("learn golang", False, False, False, None, "software", ("terse",)),
    # the promo cycle is the company's own event: no date the tool can know
    Case("get promoted to senior engineer at the next promo cycle", True, True, False, None, "software", ("personal-event", "yes-no")),
    Case("ship offline mode for the android app by 12/3", True, True, True, "2027-12-03", "software", ("ambiguous-date", "yes-no"), assumption=True),
    Case("write more unit tests for the billing code", False, False, False, None, "software", ("terse", "vague-verb")),
    Case("get AWS Solutions Architect Associate in 10 wks", True, True, True, "2027-12-28", "software", ("abbreviation", "span", "vocabulary")),
    Case("get 5 PRs merged into an open source project before new year's", True, True, True, "2027-12-31", "software", ("holiday", "count")),
    # a number that is not a measure
    Case("be a 10x engineer lol", False, False, False, None, "software", ("identity",)),
    Case("migrate the last 14 services off the old kubernetes cluster by jan 15", True, True, True, "2028-01-15", "software", ("count", "vocabulary")),
    Case("get the flaky test rate from 6% down to 1% over the next three quarters", True, True, True, "2028-07-19", "software", ("from-to", "span")),
    Case("finish the design doc for the new auth flow by friday and get sign off from 2 staff engineers by the 29th", True, True, True, "2027-10-29", "software", ("several", "relative-day"),
         parts=(Part("finish the design doc for the new auth flow by friday", True, True, True, "2027-10-22"),
                Part("get sign off from 2 staff engineers by the 29th", True, True, True, "2027-10-29"))),
    # "eventually" + a role years away
    Case("eventually i want to be a staff engineer at a company that actually cares about its users", True, True, False, None, "software", ("aspiration",), aspiration=True),

    # ---------------- electrician / trades ----------------
    Case("get my journeyman electrician license by march 2028", True, True, True, "2028-03-31", "electrician", ("vocabulary", "yes-no")),
    Case("pass the master electrician exam first try", True, True, False, None, "electrician", ("vocabulary", "yes-no", "no-date")),
    Case("finish my 8000 apprenticeship hours", True, True, False, None, "electrician", ("vocabulary", "count", "no-date")),
    Case("start my own electrical contracting business someday", True, True, False, None, "electrician", ("aspiration",), aspiration=True),
    Case("wire 2 houses a month on my own without the foreman checking every box", True, True, False, None, "electrician", ("cadence",)),
    Case("osha 30 card in 2 weeks", True, True, True, "2027-11-02", "electrician", ("terse", "span", "vocabulary")),
    # "learn" with nothing to show for it; the code book is concrete but the finish line is not
    Case("learn the NEC code book better", False, False, False, None, "electrician", ("vague-verb",)),

    # ---------------- welding ----------------
    Case("get certified in 6G pipe welding by spring", True, True, True, "2028-05-31", "welding", ("vocabulary", "season", "yes-no")),
    Case("get my AWS D1.1 structural cert b4 xmas", True, True, True, "2027-12-25", "welding", ("vocabulary", "abbreviation", "holiday", "phone")),
    Case("bring my weld reject rate from 8% to under 3% by the end of the year", True, True, True, "2027-12-31", "welding", ("from-to",)),
    Case("work on my TIG on aluminum", False, False, False, None, "welding", ("vague-verb",)),
    # "by my 30th" is her own event
    Case("i want to be working on a pipeline crew making union scale by my 30th", True, True, False, None, "welding", ("personal-event", "yes-no")),

    # ---------------- plumbing / HVAC ----------------
    Case("get my EPA 608 universal before the heating season gets busy", True, True, False, None, "hvac", ("vocabulary", "personal-event")),
    Case("Pass the state plumbing license exam 11/20/2027", True, True, True, "2027-11-20", "plumbing", ("vocabulary", "numeric-date", "yes-no")),
    Case("do 10 service calls a day instead of 7", True, True, False, None, "hvac", ("cadence", "from-to")),
    Case("own 3 vans and have 2 guys working for me in five years", True, True, True, "2032-10-19", "plumbing", ("aspiration", "span", "count"), aspiration=True),
    # which HVAC role is missing (not specific), but hired or not is plain
    Case("hvac job asap", False, True, False, None, "hvac", ("terse", "phone", "yes-no")),

    # ---------------- teaching ----------------
    # the school year's end is the district's own date
    Case("earn my national board certification by the end of the school year", True, True, False, None, "teaching", ("vocabulary", "personal-event", "yes-no")),
    Case("raise my 3rd period's reading scores", False, False, False, None, "teaching", ("vague-verb",)),
    Case("get 80% of my 7th graders to grade level in math by may", True, True, True, "2028-05-31", "teaching", ("count",)),
    Case("be a better teacher for my ESL kids", False, False, False, None, "teaching", ("vague-verb", "identity")),
    Case("Finish my master's in ed leadership by june 2028, then apply to at least 4 assistant principal jobs by august", True, True, True, "2028-08-31", "teaching", ("several", "count"),
         parts=(Part("Finish my master's in ed leadership by june 2028", True, True, True, "2028-06-30"),
                Part("apply to at least 4 assistant principal jobs by august", True, True, True, "2028-08-31"))),
    Case("observe 6 other teachers' classes before winter break", True, True, False, None, "teaching", ("count", "personal-event")),
    # a date this person has not set
    Case("Start a robotics club for the 5th graders at some point", True, True, False, None, "teaching", ("yes-no", "vague-date")),
    # "within 48 hours" counts from each essay, not from today: a cadence
    Case("grade every essay within 48 hours of getting it", True, True, False, None, "teaching", ("cadence",)),
    Case("leave teaching and become an instructional designer in the next 12 months", True, True, True, "2028-10-19", "teaching", ("career-change", "span", "yes-no")),
    Case("my dream is to write children's books full time", True, True, False, None, "teaching", ("aspiration",), aspiration=True),

    # ---------------- law ----------------
    Case("pass the bar in july", True, True, True, "2028-07-31", "law", ("vocabulary", "yes-no")),
    # partner takes years and no date is given: a life destination, read as an aspiration (a judgement)
    Case("make partner at my firm long term", True, True, False, None, "law", ("aspiration", "yes-no"), aspiration=True),
    Case("bill 1,900 hours this year", True, True, True, "2027-12-31", "law", ("count",)),
    Case("get admitted to the NY bar by 2/1/2028", True, True, True, "2028-02-01", "law", ("ambiguous-date", "vocabulary", "yes-no"), assumption=True),
    Case("improve my legal writing", False, False, False, None, "law", ("vague-verb",)),
    Case("second chair 2 jury trials before my review", True, True, False, None, "law", ("count", "personal-event")),
    Case("As a paralegal with 6 years experience I want to finally start law school, ideally apply to 5 part-time JD programs by february", True, True, True, "2028-02-29", "law", ("rambling", "count", "career-change")),
    Case("take on 3 pro bono asylum cases by the end of the fiscal year", True, True, True, "2028-03-31", "law", ("count", "fiscal"), assumption=True),

    # ---------------- finance ----------------
    Case("pass CFA level II in may", True, True, True, "2028-05-31", "finance", ("vocabulary", "yes-no")),
    Case("become a CFA charterholder in 3 years", True, True, True, "2030-10-19", "finance", ("vocabulary", "span", "yes-no")),
    Case("grow my book from $40M to $60M AUM by end of fiscal", True, True, True, "2028-03-31", "finance", ("from-to", "fiscal", "abbreviation"), assumption=True),
    Case("close the books in 5 business days instead of 8 by EOY", True, True, True, "2027-12-31", "finance", ("from-to", "abbreviation")),
    Case("get my CPA before my visa runs out", True, True, False, None, "finance", ("vocabulary", "personal-event")),
    Case("hit my FY29 revenue target of 2.4M", True, True, True, "2029-03-31", "finance", ("fiscal", "abbreviation"), assumption=True),
    # two exams under one verb and one date: one goal, not two
    Case("Series 7 and 66 done by Thanksgiving", True, True, True, "2027-11-25", "finance", ("vocabulary", "holiday", "terse")),
    Case("stop being so bad with excel", False, False, False, None, "finance", ("vague-verb",)),

    # ---------------- academia ----------------
    Case("submit my dissertation by april 31", True, True, False, None, "academia", ("impossible-date", "yes-no"), assumption=True),
    # a milestone with no horizon given: a goal, not an aspiration (a judgement)
    Case("get tenure at my university", True, True, False, None, "academia", ("terse", "vocabulary", "yes-no")),
    Case("publish 2 first-author papers before my postdoc ends", True, True, False, None, "academia", ("count", "personal-event")),
    Case("defend my thesis on 3/4/2028", True, True, True, "2028-03-04", "academia", ("ambiguous-date", "yes-no"), assumption=True),
    Case("write 500 words of the book manuscript every weekday", True, True, False, None, "academia", ("cadence",)),
    Case("get the R01 resubmission in by nov 5", True, True, True, "2027-11-05", "academia", ("vocabulary", "abbreviation")),
    Case("be more productive with my research", False, False, False, None, "academia", ("vague-verb",)),
    # a rambling single goal: the thesis is the what, next fall the when
    Case("I'm a 4th year PhD in chemistry and honestly i just want to be done, the plan is to submit the thesis by next fall whatever it takes", True, True, True, "2028-11-30", "academia", ("rambling", "season")),
    Case("move from adjunct to a tenure-track line at a teaching college within 2 years", True, True, True, "2029-10-19", "academia", ("span", "vocabulary", "yes-no")),
    Case("present at 2 international conferences in 2028", True, True, True, "2028-12-31", "academia", ("count",)),

    # ---------------- farming ----------------
    # planting time is the farm's own event
    Case("get my pesticide applicator license before spring planting", True, True, False, None, "farming", ("vocabulary", "personal-event")),
    Case("raise our milk yield from 28 to 32 liters per cow per day by next summer", True, True, True, "2028-08-31", "farming", ("from-to", "season")),
    # six years away: a life destination, dated
    Case("take over my dad's farm when he retires in 2033", True, True, True, "2033-12-31", "farming", ("aspiration", "vocabulary"), aspiration=True),
    Case("sell at 2 more farmers markets next season", True, True, False, None, "farming", ("count", "personal-event")),
    Case("get 40 acres certified organic in 3 yrs", True, True, True, "2030-10-19", "farming", ("abbreviation", "span", "vocabulary")),
    Case("get better at the books side of the farm", False, False, False, None, "farming", ("vague-verb",)),
    Case("put up 300 round bales before the first snow", True, True, False, None, "farming", ("count", "personal-event")),

    # ---------------- trucking ----------------
    Case("get my CDL class A by jan", True, True, True, "2028-01-31", "trucking", ("vocabulary", "abbreviation")),
    # two endorsements under one verb and one date: one goal
    Case("hazmat + tanker endorsements in 60 days", True, True, True, "2027-12-18", "trucking", ("vocabulary", "span", "terse")),
    Case("go from OTR to a local route so im home every night, by summer", True, True, True, "2028-08-31", "trucking", ("abbreviation", "season", "yes-no")),
    Case("hit 1 million accident free miles", True, True, False, None, "trucking", ("count", "no-date")),
    Case("someday own my own truck and run under my own authority", True, True, False, None, "trucking", ("aspiration", "vocabulary"), aspiration=True),
    Case("cdl b4 my unemployment runs out", True, True, False, None, "trucking", ("phone", "personal-event", "vocabulary")),

    # ---------------- retail ----------------
    Case("become assistant store manager by next spring", True, True, True, "2028-05-31", "retail", ("season", "yes-no")),
    Case("average $1,500 in sales per shift through december", True, True, True, "2027-12-31", "retail", ("cadence",)),
    Case("get off the register and into visual merchandising", True, True, False, None, "retail", ("yes-no", "no-date")),
    # leaving says nothing of where to: not specific, but done or not
    Case("leave retail", False, True, False, None, "retail", ("terse", "yes-no", "career-change")),
    Case("be less stressed at work", False, False, False, None, "retail", ("vague-verb",)),
    Case("i want to work in the corporate buying office, not on the floor, and i want it before i burn out", True, True, False, None, "retail", ("rambling", "personal-event", "yes-no")),

    # ---------------- kitchen / hospitality ----------------
    Case("make sous chef by summer 2028", True, True, True, "2028-08-31", "kitchen", ("season", "yes-no", "terse")),
    Case("ServSafe manager cert by monday", True, True, True, "2027-10-25", "kitchen", ("vocabulary", "relative-day", "terse")),
    Case("cut food waste in my kitchen from 12% to 7% by valentines day", True, True, True, "2028-02-14", "kitchen", ("from-to", "holiday", "typo")),
    Case("open my own taqueria one day", True, True, False, None, "kitchen", ("aspiration",), aspiration=True),
    Case("stage at 2 michelin starred restaurants in the new year", True, True, True, "2028-12-31", "kitchen", ("count", "vague-date")),
    Case("cook better", False, False, False, None, "kitchen", ("terse", "vague-verb")),
    Case("move from front desk to night audit manager at the hotel in 5 months", True, True, True, "2028-03-19", "hotel", ("span", "yes-no")),
    Case("keep my guest satisfaction score above 4.7 every month", True, True, False, None, "hotel", ("cadence",)),

    # ---------------- coffee ----------------
    Case("win a regional latte art throwdown", True, True, False, None, "coffee", ("yes-no", "no-date")),
    Case("get my Q grader license by 2028", True, True, True, "2028-12-31", "coffee", ("vocabulary", "yes-no")),
    Case("roast for a specialty roaster instead of pulling shots, by labor day", True, True, True, "2028-09-04", "coffee", ("holiday", "career-change")),

    # ---------------- military to civilian ----------------
    # the ETS date is his to know, not the tool's
    Case("transition out of the army and land a project manager job before my ETS date", True, True, False, None, "veteran", ("personal-event", "vocabulary", "yes-no")),
    Case("Security+ by 12/15 and a SOC analyst job by march", True, True, True, "2028-03-31", "veteran", ("several", "numeric-date", "vocabulary"),
         parts=(Part("Security+ by 12/15", True, True, True, "2027-12-15"),
                Part("a SOC analyst job by march", True, True, True, "2028-03-31"))),
    # a resume exists or it does not
    Case("turn my 12 years as a navy logistics specialist into a civilian resume", True, True, False, None, "veteran", ("no-date", "yes-no")),
    Case("use my GI bill to finish a bachelors in supply chain management in 4 years", True, True, True, "2031-10-19", "veteran", ("span", "vocabulary", "yes-no")),
    Case("network more with civilian people", False, False, False, None, "veteran", ("vague-verb",)),

    # ---------------- fitness ----------------
    Case("get NASM CPT certified in 3 months", True, True, True, "2028-01-19", "fitness", ("vocabulary", "span", "abbreviation")),
    Case("grow from 12 to 25 regular clients by memorial day", True, True, True, "2028-05-29", "fitness", ("from-to", "holiday")),
    Case("post on instagram 4x a week", True, True, False, None, "fitness", ("cadence", "abbreviation")),
    Case("be the best trainer in my gym", False, False, False, None, "fitness", ("identity",)),
    Case("run 3 group classes a week until christmas to see if i like it", True, True, True, "2027-12-25", "fitness", ("cadence", "holiday")),

    # ---------------- music ----------------
    Case("release a 5 track EP before valentine's day", True, True, True, "2028-02-13", "music", ("count", "holiday")),
    Case("play 20 paid gigs in 2028", True, True, True, "2028-12-31", "music", ("count",)),
    Case("get better at sight reading", False, False, False, None, "music", ("vague-verb",)),
    Case("pass my grade 8 piano exam in the spring", True, True, True, "2028-05-31", "music", ("vocabulary", "season", "yes-no")),
    Case("go from 300 to 2000 monthly listeners on spotify by the 4th of july", True, True, True, "2028-07-04", "music", ("from-to", "holiday")),
    # a life situation named plainly (music pays the bills), "eventually": an aspiration
    Case("make a living from music eventually", True, True, False, None, "music", ("aspiration",), aspiration=True),
    Case("practice scales 30 min every morning", True, True, False, None, "music", ("cadence",)),
    Case("win an audition for a regional orchestra section seat", True, True, False, None, "music", ("vocabulary", "yes-no", "no-date")),

    # ---------------- illustration / design ----------------
    # a way of working stated as a life situation: an aspiration, not a salary-like goal
    Case("work remotely as a freelance illustrator someday", True, True, False, None, "illustration", ("aspiration",), aspiration=True),
    Case("get 3 picture book clients by the end of next year", True, True, True, "2028-12-31", "illustration", ("count",)),
    Case("finish 12 new portfolio pieces by 1/31", True, True, True, "2028-01-31", "illustration", ("count", "numeric-date")),
    Case("raise my day rate from $350 to $500 by new year's day", True, True, True, "2028-01-01", "illustration", ("from-to", "holiday")),
    Case("improve my figure drawing", False, False, False, None, "illustration", ("vague-verb",)),
    Case("redo my portfolio site this month", True, True, True, "2027-10-31", "design", ("yes-no",)),
    Case("Move from graphic design into UX and get hired as a junior UX designer within 9 months", True, True, True, "2028-07-19", "design", ("career-change", "span", "yes-no")),
    Case("Get my Google UX certificate done in 6 weeks and have 3 case studies in my portfolio by christmas", True, True, True, "2027-12-25", "design", ("several", "span", "holiday", "count"),
         parts=(Part("Get my Google UX certificate done in 6 weeks", True, True, True, "2027-11-30"),
                Part("have 3 case studies in my portfolio by christmas", True, True, True, "2027-12-25"))),

    # ---------------- writing ----------------
    Case("finish the first draft of my novel (90k words) by march 15", True, True, True, "2028-03-15", "writing", ("count",)),
    Case("query 25 literary agents this winter", True, True, True, "2028-02-29", "writing", ("count", "season")),
    Case("write more often", False, False, False, None, "writing", ("terse", "vague-verb")),
    # identity phrasing, but published or not is plain and the what is a book in print
    Case("be a published author", True, True, False, None, "writing", ("identity", "yes-no")),
    Case("pitch 2 articles a week to trade magazines", True, True, False, None, "writing", ("cadence", "count")),
    Case("get 1000 newsletter subscribers", True, True, False, None, "writing", ("count", "no-date")),
    Case("land a staff writer job at a magazine before i turn 30", True, True, False, None, "writing", ("personal-event", "yes-no")),

    # ---------------- real estate ----------------
    Case("get my real estate license by 12/31", True, True, True, "2027-12-31", "real estate", ("vocabulary", "numeric-date", "yes-no")),
    Case("close 12 deals next year", True, True, True, "2028-12-31", "real estate", ("count",)),
    Case("do 50 cold calls a day", True, True, False, None, "real estate", ("cadence", "count")),
    Case("build my sphere", False, False, False, None, "real estate", ("terse", "vague-verb")),
    Case("go from 4 to 10 listings by end of Q", True, True, True, "2027-12-31", "real estate", ("from-to", "abbreviation", "quarter")),
    # five years or more of building: a life destination, dated
    Case("own 5 rental doors within 7 years", True, True, True, "2034-10-19", "real estate", ("aspiration", "span", "count"), aspiration=True),

    # ---------------- pharmacy ----------------
    Case("pass the NAPLEX by 6/30/2028", True, True, True, "2028-06-30", "pharmacy", ("vocabulary", "numeric-date", "yes-no")),
    Case("become a board certified pharmacotherapy specialist (BCPS) in 2029", True, True, True, "2029-12-31", "pharmacy", ("vocabulary", "yes-no")),
    Case("get my pharm tech cert (CPhT) within the next 4 months", True, True, True, "2028-02-19", "pharmacy", ("vocabulary", "span", "abbreviation")),
    Case("fill 300 scripts a shift without errors", True, True, False, None, "pharmacy", ("cadence", "count")),
    Case("move from retail pharmacy to a hospital pharmacist role by fall 2028", True, True, True, "2028-11-30", "pharmacy", ("season", "yes-no", "career-change")),

    # ---------------- paramedic / EMS ----------------
    Case("pass NREMT paramedic on the first attempt before my 1 year contract with the county ends", True, True, False, None, "ems", ("vocabulary", "personal-event")),
    Case("get my EMT-B by feb", True, True, True, "2028-02-29", "ems", ("vocabulary", "abbreviation")),
    Case("bring our unit's response time from 11 to under 8 minutes this fiscal year", True, True, True, "2028-03-31", "ems", ("from-to", "fiscal"), assumption=True),
    Case("be calmer on bad calls", False, False, False, None, "ems", ("vague-verb",)),
    Case("flight medic in 18 months", True, True, True, "2029-04-19", "ems", ("terse", "span", "yes-no")),

    # ---------------- physiotherapy ----------------
    Case("get my OCS orthopaedic specialist cert by summer '28", True, True, True, "2028-08-31", "physio", ("vocabulary", "season", "abbreviation")),
    Case("see 14 patients a day instead of 18 so i stop drowning in notes", True, True, False, None, "physio", ("cadence", "from-to")),
    Case("open a sports physio clinic in 6 years", True, True, True, "2033-10-19", "physio", ("aspiration", "span"), aspiration=True),
    Case("Do the dry needling course in january and start using it with patients by february", True, True, True, "2028-02-29", "physio", ("several",),
         parts=(Part("Do the dry needling course in january", True, True, True, "2028-01-31"),
                Part("start using it with patients by february", True, True, True, "2028-02-29"))),

    # ---------------- construction ----------------
    # one verb, two objects, one date: read as one goal, as "Series 7 and 66 done by Thanksgiving"
    Case("get my OSHA 500 trainer card and my site super job by spring", True, True, True, "2028-05-31", "construction", ("vocabulary", "season")),
    Case("bring the Elm st job in under budget", True, True, False, None, "construction", ("yes-no", "no-date")),
    Case("have zero lost time incidents on my crews through the end of the year", True, True, True, "2027-12-31", "construction", ("count",)),
    Case("learn estimating", False, False, False, None, "construction", ("terse",)),
    Case("pass the PMP exam by 15/01/2028", True, True, True, "2028-01-15", "construction", ("vocabulary", "numeric-date")),
    Case("be a project manager instead of a foreman within 3 years", True, True, True, "2030-10-19", "construction", ("span", "yes-no")),

    # ---------------- aviation ----------------
    Case("get my private pilot license by my birthday", True, True, False, None, "aviation", ("vocabulary", "personal-event")),
    Case("build from 250 to 1500 flight hours so i can apply to the regionals, by late 2029", True, True, True, "2029-12-31", "aviation", ("from-to", "vague-date")),
    # written, oral and practical are the parts of one certificate
    Case("pass my A&P written, oral and practical by june", True, True, True, "2028-06-30", "aviation", ("vocabulary", "yes-no")),
    Case("instrument rating in 4 mos", True, True, True, "2028-02-19", "aviation", ("terse", "abbreviation", "span", "vocabulary")),
    Case("fly for a major airline one day", True, True, False, None, "aviation", ("aspiration",), aspiration=True),
    Case("become a better pilot", False, False, False, None, "aviation", ("vague-verb",)),

    # ---------------- commercial fishing ----------------
    Case("get my 100 ton captain's license before the season opens", True, True, False, None, "fishing", ("vocabulary", "personal-event")),
    Case("pay off the boat loan by 2029", True, True, True, "2029-12-31", "fishing", ("yes-no",)),
    Case("land 40,000 lbs of halibut this year", True, True, True, "2027-12-31", "fishing", ("count",)),

    # ---------------- warehouse / logistics ----------------
    Case("forklift certified tmrw", True, True, True, "2027-10-20", "warehouse", ("phone", "abbreviation", "terse", "vocabulary")),
    Case("go from picker to shift lead by peak season", True, True, False, None, "warehouse", ("personal-event", "yes-no")),
    Case("hit 120% pick rate every shift", True, True, False, None, "warehouse", ("cadence",)),
    Case("get a job in logistics planning, off the floor, within a year", True, True, True, "2028-10-19", "warehouse", ("span", "yes-no")),
    # which step up is missing; moved up or not is plain, as "get promoted"
    Case("move up", False, True, False, None, "warehouse", ("terse", "yes-no")),

    # ---------------- social work ----------------
    Case("get my LCSW by the end of 2028", True, True, True, "2028-12-31", "social work", ("vocabulary", "yes-no")),
    Case("finish my 3000 supervised hours for licensure before my supervisor retires", True, True, False, None, "social work", ("count", "personal-event", "vocabulary")),
    Case("keep my caseload under 25 families", True, True, False, None, "social work", ("no-date",)),
    Case("burn out less", False, False, False, None, "social work", ("terse", "vague-verb")),
    Case("someday run a group practice for foster kids and their families", True, True, False, None, "social work", ("aspiration",), aspiration=True),

    # ---------------- returning after a break ----------------
    Case("get back into accounting after 6 years home with the kids, first step is a QuickBooks certification by thanksgiving", True, True, True, "2027-11-25", "returning", ("rambling", "holiday", "vocabulary")),
    # hours alone are a condition of work, not the work: not specific
    Case("return to work part time when the youngest starts kindergarten", False, True, False, None, "returning", ("personal-event", "yes-no")),
    Case("find a job", False, True, False, None, "returning", ("terse", "yes-no")),
    # "starting monday" is when it begins, not when it is done
    Case("apply to 2 jobs a week starting monday", True, True, False, None, "returning", ("cadence", "count")),
    # one verb, two documents, one date: one goal
    Case("update my linkedin and resume by sunday", True, True, True, "2027-10-24", "returning", ("relative-day", "yes-no")),
    Case("get my confidence back", False, False, False, None, "returning", ("vague-verb",)),
    Case("get into a returnship at a bank by the spring intake", True, True, False, None, "returning", ("personal-event", "yes-no")),

    # ---------------- students ----------------
    Case("3.5 gpa or better this sem", True, True, False, None, "student", ("personal-event", "phone", "abbreviation")),
    Case("land a summer internship in biotech by april", True, True, True, "2028-04-30", "student", ("yes-no",)),
    Case("study harder", False, False, False, None, "student", ("terse", "vague-verb")),
    Case("score 1450+ on the SAT in december", True, True, True, "2027-12-31", "student", ("vocabulary",)),
    Case("get into med school", True, True, False, None, "student", ("yes-no", "no-date")),
    Case("transfer from community college to a 4 year university by fall 2029", True, True, True, "2029-11-30", "student", ("season", "yes-no")),

    # ---------------- working in a second language ----------------
    # "until" for "by"
    Case("I want to pass the B2 german exam until summer", True, True, True, "2028-08-31", "second language", ("second-language", "season", "vocabulary")),
    Case("my goal is to validate my engineering diploma in canada and work as engineer in 2 years", True, True, True, "2029-10-19", "second language", ("second-language", "span", "yes-no")),
    Case("improve my english for job interviews", False, False, False, None, "second language", ("vague-verb", "second-language")),
    Case("obtain IELTS band 7.0 before end of year", True, True, True, "2027-12-31", "second language", ("second-language", "vocabulary")),
    Case("I will make the USMLE step 1 exam in next month", True, True, True, "2027-11-30", "second language", ("second-language", "vocabulary", "yes-no")),
    # three years: a goal, not yet a five-year destination
    Case("Until 3 years from now I want to have my own restaurant in Lisbon", True, True, True, "2030-10-19", "second language", ("second-language", "span")),
    Case("find work in my profession (dentist) here in germany, now i am working in cleaning", True, True, False, None, "second language", ("second-language", "career-change", "yes-no")),
    Case("Para mi es importante: get the CNA certificate in 8 weeks", True, True, True, "2027-12-14", "second language", ("second-language", "span", "vocabulary")),

    # ---------------- call centre ----------------
    Case("get my AHT from 9 min down to 6 by the end of next month", True, True, True, "2027-11-30", "call centre", ("from-to", "abbreviation")),
    Case("become a team lead", True, True, False, None, "call centre", ("yes-no", "no-date")),
    Case("keep CSAT above 90% every week", True, True, False, None, "call centre", ("cadence", "abbreviation")),
    # leaving without a where to: not specific
    Case("get out of the call center by summer", False, True, True, "2028-08-31", "call centre", ("season", "yes-no")),

    # ---------------- hair / barbering ----------------
    Case("rent my own chair by january and have 60 regulars by june", True, True, True, "2028-06-30", "hair", ("several", "count"),
         parts=(Part("rent my own chair by january", True, True, True, "2028-01-31"),
                Part("have 60 regulars by june", True, True, True, "2028-06-30"))),
    Case("take a balayage course", True, True, False, None, "hair", ("vocabulary", "yes-no")),
    Case("open a barbershop someday", True, True, False, None, "hair", ("aspiration",), aspiration=True),
    Case("get my cosmetology license b4 my bday", True, True, False, None, "hair", ("phone", "personal-event", "vocabulary")),

    # ---------------- sales ----------------
    Case("hit 120% of quota this fiscal year", True, True, True, "2028-03-31", "sales", ("fiscal",), assumption=True),
    Case("book 15 demos a month", True, True, False, None, "sales", ("cadence", "count")),
    Case("Close the Acme renewal by EOM", True, True, True, "2027-10-31", "sales", ("abbreviation", "yes-no")),
    Case("be a top performer", False, False, False, None, "sales", ("identity",)),
    Case("go from SDR to AE within 8 months", True, True, True, "2028-06-19", "sales", ("abbreviation", "span", "yes-no")),
    Case("win president's club", True, True, False, None, "sales", ("yes-no", "vocabulary")),

    # ---------------- marketing ----------------
    Case("grow organic traffic from 20k to 50k sessions a month by mid-2028", True, True, True, "2028-06-30", "marketing", ("from-to", "vague-date")),
    Case("launch the rebrand before black friday", True, True, True, "2027-11-25", "marketing", ("holiday", "yes-no")),
    Case("get more followers", False, False, False, None, "marketing", ("vague-verb",)),
    # five years: a destination, dated
    Case("VP of marketing in 5 yrs", True, True, True, "2032-10-19", "marketing", ("aspiration", "abbreviation", "span", "terse"), aspiration=True),
    Case("Run 6 customer webinars in the new year", True, True, True, "2028-12-31", "marketing", ("count", "vague-date")),
    Case("focus on content", False, False, False, None, "marketing", ("vague-verb", "terse")),

    # ---------------- HR ----------------
    Case("pass SHRM-CP by june 30", True, True, True, "2028-06-30", "hr", ("vocabulary", "yes-no")),
    Case("cut time to hire from 45 days to 30 by EOY", True, True, True, "2027-12-31", "hr", ("from-to", "abbreviation")),
    Case("roll out the new onboarding program to all 4 sites by the end of next quarter", True, True, True, "2028-03-31", "hr", ("count", "quarter")),
    Case("be more strategic", False, False, False, None, "hr", ("vague-verb",)),
    Case("move from HR generalist to HR business partner by my next appraisal", True, True, False, None, "hr", ("personal-event", "yes-no")),

    # ---------------- nonprofit ----------------
    Case("raise $250k for the food bank by the end of our fiscal year", True, True, True, "2028-03-31", "nonprofit", ("fiscal",), assumption=True),
    Case("recruit 40 new volunteers before MLK day", True, True, True, "2028-01-16", "nonprofit", ("count", "holiday")),
    # which grant is missing; won or not is plain
    Case("get a grant", False, True, False, None, "nonprofit", ("terse", "yes-no")),
    Case("write 3 grant applications a month", True, True, False, None, "nonprofit", ("cadence", "count")),
    Case("become executive director of a small arts nonprofit eventually", True, True, False, None, "nonprofit", ("aspiration",), aspiration=True),

    # ---------------- government ----------------
    Case("pass the civil service exam by december; get an interview with the parks dept by spring", True, True, True, "2028-05-31", "government", ("several", "season"),
         parts=(Part("pass the civil service exam by december", True, True, True, "2027-12-31"),
                Part("get an interview with the parks dept by spring", True, True, True, "2028-05-31"))),
    Case("move from GS-9 to GS-11 in 2028", True, True, True, "2028-12-31", "government", ("from-to", "vocabulary", "yes-no")),
    Case("get my security clearance", True, True, False, None, "government", ("vocabulary", "yes-no", "no-date")),
    Case("serve the public better", False, False, False, None, "government", ("vague-verb",)),

    # ---------------- police / fire ----------------
    Case("pass the fire academy and get hired by a city department before i age out at 35", True, True, False, None, "fire", ("personal-event", "yes-no")),
    Case("test for fire engineer in 2028", True, True, True, "2028-12-31", "fire", ("vocabulary", "yes-no")),
    Case("make detective within 4 years", True, True, True, "2031-10-19", "police", ("span", "yes-no")),
    Case("be in better shape for the physical", False, False, False, None, "police", ("vague-verb",)),
    # "before the CPAT on november 13": the day before the test (before X is the day before X)
    Case("run the 1.5 mile in under 10:30 before the CPAT on november 13", True, True, True, "2027-11-12", "fire", ("vocabulary",)),

    # ---------------- sport ----------------
    # "next october": this October is under way, so the next one is 2028's (a judgement)
    Case("qualify for boston at the chicago marathon next october", True, True, True, "2028-10-31", "sport", ("yes-no",)),
    Case("get my USSF C coaching license", True, True, False, None, "sport", ("vocabulary", "yes-no", "no-date")),
    # sport seasons are the league's, not the calendar's
    Case("be coaching a varsity team in 3 seasons", True, True, False, None, "sport", ("personal-event", "yes-no")),
    Case("bench 225 by new years", True, True, True, "2028-01-01", "sport", ("holiday", "typo", "terse")),
    Case("bring my 5k from 27 min to sub 24 by the turkey trot on thanksgiving", True, True, True, "2027-11-25", "sport", ("from-to", "holiday")),

    # ---------------- data ----------------
    Case("get the churn model's AUC from 0.71 to 0.80 before the board meeting", True, True, False, None, "data", ("from-to", "personal-event", "vocabulary")),
    Case("pass the SnowPro Core cert by jan 31", True, True, True, "2028-01-31", "data", ("vocabulary", "yes-no")),
    Case("become a data scientist at a hospital", True, True, False, None, "data", ("yes-no", "no-date", "career-change")),
    Case("finish 2 kaggle competitions in the top 10%", True, True, False, None, "data", ("count", "no-date")),
    Case("understand stats better", False, False, False, None, "data", ("vague-verb",)),
    Case("Build 3 dashboards for the ops team within the next 30 days", True, True, True, "2027-11-18", "data", ("count", "span")),

    # ---------------- security ----------------
    Case("OSCP by 3/31", True, True, True, "2028-03-31", "security", ("vocabulary", "numeric-date", "terse")),
    Case("get our mean time to detect from 6 hours to under 1 by next quarter", True, True, True, "2028-03-31", "security", ("from-to", "quarter", "vocabulary")),
    Case("do 1 hack the box machine every day", True, True, False, None, "security", ("cadence",)),
    Case("move from the help desk into a security analyst role by the end of winter", True, True, True, "2028-02-29", "security", ("season", "yes-no", "career-change")),

    # ---------------- translation ----------------
    Case("get ATA certified in spanish to english by next fall", True, True, True, "2028-11-30", "translation", ("vocabulary", "season", "yes-no")),
    Case("translate 3000 words a day", True, True, False, None, "translation", ("cadence", "count")),
    Case("raise my rate from 0.08 to 0.12 per word for new clients", True, True, False, None, "translation", ("from-to", "no-date")),
    Case("find more direct clients", False, False, False, None, "translation", ("vague-verb",)),

    # ---------------- photography ----------------
    Case("book 15 weddings for 2028", True, True, True, "2028-12-31", "photography", ("count",)),
    Case("get published in national geographic one day", True, True, False, None, "photography", ("aspiration",), aspiration=True),
    Case("take better photos", False, False, False, None, "photography", ("vague-verb",)),
    Case("have my portfolio website live by halloween", True, True, True, "2027-10-31", "photography", ("holiday", "yes-no")),

    # ---------------- dental ----------------
    # passed four days ago: still the deadline, not time-bound
    Case("finish the dental hygiene board exams by 10/15/2027", True, True, False, "2027-10-15", "dental", ("passed", "numeric-date", "vocabulary")),
    Case("get my local anesthesia permit by st paddy's day", True, True, True, "2028-03-17", "dental", ("vocabulary", "holiday", "abbreviation")),
    Case("see 8 patients a day and still leave by 5", True, True, False, None, "dental", ("cadence",)),
    Case("move from dental assistant to hygienist in a year and a half", True, True, True, "2029-04-19", "dental", ("span", "yes-no", "career-change")),

    # ---------------- vet tech ----------------
    Case("pass the VTNE by the end of the month", True, True, True, "2027-10-31", "vet tech", ("vocabulary", "yes-no")),
    # ten years: a destination, dated
    Case("in ten years I want to be running a vet clinic of my own", True, True, True, "2037-10-19", "vet tech", ("aspiration", "span"), aspiration=True),
    Case("get better with difficult owners", False, False, False, None, "vet tech", ("vague-verb",)),

    # ---------------- library ----------------
    Case("finish my MLIS in 2 yrs while working full time", True, True, True, "2029-10-19", "library", ("abbreviation", "span", "vocabulary")),
    Case("grow attendance at teen programs from 15 to 40 a month by the end of the fiscal year", True, True, True, "2028-03-31", "library", ("from-to", "fiscal"), assumption=True),
    Case("run 4 digital skills workshops for seniors before presidents day", True, True, True, "2028-02-20", "library", ("count", "holiday")),

    # ---------------- gig / rideshare ----------------
    Case("make $1200 a week driving", True, True, False, None, "rideshare", ("cadence",)),
    Case("get off the apps and into a salaried dispatch job by the end of the year, no rush though", True, True, True, "2027-12-31", "rideshare", ("no-rush", "yes-no", "career-change")),
    Case("more money", False, False, False, None, "rideshare", ("terse",)),

    # ---------------- small business ----------------
    # the date that stands is August; April is negated
    Case("open the second food truck, not before april, realistically august", True, True, True, "2028-08-31", "small business", ("negated", "yes-no")),
    Case("grow monthly revenue from $18k to $30k by next summer", True, True, True, "2028-08-31", "small business", ("from-to", "season")),
    Case("hire my first employee", True, True, False, None, "small business", ("yes-no", "no-date")),
    Case("launch my etsy shop by summer 2027", True, True, False, "2027-08-31", "small business", ("passed", "season", "yes-no")),
    # the permit is a step to opening: one goal
    Case("get the bakery's health permit and open the doors by black friday", True, True, True, "2027-11-26", "small business", ("holiday", "yes-no")),
    Case("push the salon opening from spring to fall 2028", True, True, True, "2028-11-30", "small business", ("replaced", "season", "yes-no")),
    Case("grow the business", False, False, False, None, "small business", ("vague-verb", "terse")),

    # ---------------- retirees / volunteering ----------------
    Case("after 35 years at the plant i want to volunteer 10 hours a week at the literacy center", True, True, False, None, "retired", ("cadence", "count")),
    Case("get certified as an AARP tax aide volunteer before tax season", True, True, False, None, "retired", ("vocabulary", "personal-event")),
    Case("teach a woodworking class at the senior center in the new year", True, True, True, "2028-12-31", "retired", ("vague-date", "yes-no")),

    # ---------------- mining / energy ----------------
    Case("get my MSHA part 48 and my blasting ticket by spring, when the mine reopens", True, True, True, "2028-05-31", "mining", ("vocabulary", "season")),
    Case("move from haul truck operator to shift supervisor within 2 years", True, True, True, "2029-10-19", "mining", ("span", "yes-no")),
    Case("get my GWO basic safety training and a wind tech job by easter", True, True, True, "2028-04-16", "energy", ("vocabulary", "holiday", "career-change")),

    # ---------------- caregiving ----------------
    Case("get my CNA so i can be paid for caring for my mom, within 3 months", True, True, True, "2028-01-19", "caregiving", ("vocabulary", "span")),
    Case("find a job I can do around my dad's appointments", False, True, False, None, "caregiving", ("yes-no",)),
    Case("take better care of myself", False, False, False, None, "caregiving", ("vague-verb",)),

    # ---------------- counselling ----------------
    Case("get my LPC before my provisional license expires", True, True, False, None, "counselling", ("vocabulary", "personal-event")),
    Case("see 25 clients a week in private practice by the end of 2028", True, True, True, "2028-12-31", "counselling", ("cadence", "count")),
    Case("finish the EMDR training, all 3 weekends, by valentine's", True, True, True, "2028-02-14", "counselling", ("vocabulary", "holiday", "count")),

    # ---------------- medicine ----------------
    Case("match into a dermatology residency next cycle", True, True, False, None, "medicine", ("vocabulary", "personal-event", "yes-no")),
    Case("pass step 2 ck with 250+ by 12/10", True, True, True, "2027-12-10", "medicine", ("vocabulary", "ambiguous-date", "abbreviation"), assumption=True),
    Case("publish 1 case report before applications open", True, True, False, None, "medicine", ("count", "personal-event")),
    Case("get my board certification in internal medicine by 2029", True, True, True, "2029-12-31", "medicine", ("vocabulary", "yes-no")),
    Case("be a more empathetic doctor", False, False, False, None, "medicine", ("vague-verb", "identity")),

    # ---------------- IT support ----------------
    Case("A+ in 5 wks then network+ by feb", True, True, True, "2028-02-29", "it support", ("several", "span", "abbreviation", "phone"),
         parts=(Part("A+ in 5 wks", True, True, True, "2027-11-23"),
                Part("network+ by feb", True, True, True, "2028-02-29"))),
    Case("close 90% of tickets on first contact", True, True, False, None, "it support", ("no-date",)),
    Case("get promoted off the help desk this year", True, True, True, "2027-12-31", "it support", ("yes-no",)),

    # ---------------- accounting ----------------
    Case("pass the CPA FAR section by 9/30/2027", True, True, False, "2027-09-30", "accounting", ("passed", "numeric-date", "vocabulary")),
    # replaced: march is dropped for june
    Case("not aiming for march anymore, REG is now a june thing", True, True, True, "2028-06-30", "accounting", ("replaced", "negated", "vocabulary")),
    Case("get through busy season without working sundays", True, True, False, None, "accounting", ("personal-event",)),
    Case("get my EA license in 90 days", True, True, True, "2028-01-17", "accounting", ("vocabulary", "span")),

    # ---------------- auto mechanic ----------------
    Case("get ASE certified in brakes, suspension and electrical by may", True, True, True, "2028-05-31", "mechanic", ("vocabulary", "count")),
    Case("planned to finish my EV high voltage course in january, now its looking like april", True, True, True, "2028-04-30", "mechanic", ("replaced", "vocabulary", "typo")),
    Case("bring my comebacks from 6 a month to 1", True, True, False, None, "mechanic", ("from-to", "no-date")),
    Case("own a shop", True, True, False, None, "mechanic", ("terse", "yes-no")),

    # ---------------- carpentry ----------------
    # a decade of work toward a craft title: an aspiration, dated ten years on
    Case("become a master carpenter over the next decade", True, True, True, "2037-10-19", "carpentry", ("aspiration", "span"), aspiration=True),
    Case("build 2 tiny houses to sell in 2028", True, True, True, "2028-12-31", "carpentry", ("count",)),
    Case("get faster at trim work", False, False, False, None, "carpentry", ("vague-verb",)),

    # ---------------- landscaping / outdoors ----------------
    Case("get my ISA certified arborist credential in a couple of months", True, True, True, "2027-12-19", "landscaping", ("vocabulary", "span")),
    Case("sign 30 snow removal contracts before the first storm", True, True, False, None, "landscaping", ("count", "personal-event")),
    Case("become a seasonal park ranger by memorial day weekend", True, True, True, "2028-05-29", "outdoors", ("holiday", "yes-no")),
    Case("get my wilderness first responder cert in a few weeks", True, True, False, None, "outdoors", ("vocabulary", "vague-date")),

    # ---------------- lab / science ----------------
    Case("get my ASCP MLS certification by 02/29/2028", True, True, True, "2028-02-29", "lab", ("vocabulary", "numeric-date")),
    Case("cut sample turnaround from 72 to 48 hours for the next 4 months straight", True, True, True, "2028-02-19", "lab", ("from-to", "span")),
    Case("leave the bench for a medical science liaison role before my 40th", True, True, False, None, "lab", ("personal-event", "career-change", "yes-no")),

    # ---------------- architecture / engineering ----------------
    Case("sit the ARE exams, not this year but next", True, True, True, "2028-12-31", "architecture", ("negated", "vocabulary")),
    Case("pass the PE civil exam on 4/5", True, True, True, "2028-04-05", "engineering", ("vocabulary", "ambiguous-date", "yes-no"), assumption=True),
    # two licences on the way and, last, a destination "someday": three parts, and the line reads as an aspiration (a judgement)
    Case("get my EIT, then PE, then maybe my own firm someday", True, True, False, None, "engineering", ("several", "aspiration", "vocabulary"), aspiration=True,
         parts=(Part("get my EIT", True, True, False, None),
                Part("PE", True, True, False, None),
                Part("maybe my own firm someday", True, True, False, None))),
    Case("design 3 bridges", True, True, False, None, "engineering", ("count", "no-date")),

    # ---------------- journalism ----------------
    Case("file 4 freelance features a month for regional papers", True, True, False, None, "journalism", ("cadence", "count")),
    Case("land a staff reporter job at a daily paper by the end of next year", True, True, True, "2028-12-31", "journalism", ("yes-no",)),
    # what counts as big is not said: neither the what nor the measure
    Case("break a story that matters", False, False, False, None, "journalism", ("vague-verb",)),

    # ---------------- youth work / childcare / corrections ----------------
    Case("get my CDA credential for early childhood by june 31st", True, True, False, None, "childcare", ("vocabulary", "impossible-date"), assumption=True),
    Case("open a licensed home daycare for 6 kids in 2029", True, True, True, "2029-12-31", "childcare", ("count", "yes-no")),
    Case("be more patient with the toddlers", False, False, False, None, "childcare", ("vague-verb",)),
    Case("move from corrections officer to probation officer in 2 years", True, True, True, "2029-10-19", "corrections", ("span", "yes-no", "career-change")),
    Case("mentor 5 kids through the youth league this year", True, True, True, "2027-12-31", "youth work", ("count",)),

    # ---------------- maritime ----------------
    Case("get my STCW basic and sign on as a deckhand on a cargo ship by spring", True, True, True, "2028-05-31", "maritime", ("vocabulary", "season", "yes-no")),
    Case("upgrade from AB seaman to third mate within 3 years", True, True, True, "2030-10-19", "maritime", ("from-to", "span", "vocabulary")),

    # ---------------- performing ----------------
    Case("book a paid commercial", True, True, False, None, "acting", ("yes-no", "no-date")),
    Case("audition for 40 roles by the end of next month", True, True, True, "2027-11-30", "acting", ("count",)),
    Case("get my SAG card someday", True, True, False, None, "acting", ("vocabulary", "aspiration"), aspiration=True),
    Case("dance with a professional company eventually", True, True, False, None, "dance", ("aspiration",), aspiration=True),
    Case("get my RYT 200 yoga certification by the 15th", True, True, True, "2027-11-15", "yoga", ("vocabulary", "relative-day")),

    # ---------------- tattoo / cleaning / insurance ----------------
    Case("land a tattoo apprenticeship before christmas", True, True, True, "2027-12-24", "tattoo", ("holiday", "yes-no")),
    Case("grow my cleaning business from 9 to 20 weekly clients by 6/1/2028", True, True, True, "2028-06-01", "cleaning", ("from-to", "ambiguous-date"), assumption=True),
    Case("get my P&C license in 30 days and start taking clients by thanksgiving", True, True, True, "2027-11-25", "insurance", ("several", "span", "holiday", "vocabulary"),
         parts=(Part("get my P&C license in 30 days", True, True, True, "2027-11-18"),
                Part("start taking clients by thanksgiving", True, True, True, "2027-11-25"))),
    Case("get the adjuster license and be out in the field before the next big storm", True, True, False, None, "insurance", ("vocabulary", "personal-event")),

    # ---------------- clergy / ministry ----------------
    Case("finish my MDiv and be ordained in the spring of 2029", True, True, True, "2029-05-31", "ministry", ("vocabulary", "season", "yes-no")),
    Case("be a better listener for my congregation", False, False, False, None, "ministry", ("vague-verb",)),

    # ---------------- mixed: dates in many forms ----------------
    Case("get my phlebotomy cert by june 2027 (missed it, still want it)", True, True, False, "2027-06-30", "phlebotomy", ("passed", "yes-no")),
    Case("hit 50 five-star google reviews by 3/7/2027", True, True, False, "2027-03-07", "small business", ("passed", "ambiguous-date", "count"), assumption=True),
    Case("register the remodeling business by 2026", True, True, False, "2026-12-31", "trades", ("passed", "yes-no")),
    Case("publish the methods paper by feb 30", True, True, False, None, "academia", ("impossible-date", "yes-no"), assumption=True),
    # 2029 is not a leap year
    Case("open enrollment for my pilates studio on 2/29/2029", True, True, False, None, "fitness", ("impossible-date", "numeric-date", "yes-no"), assumption=True),
    Case("finish my capstone by november 31", True, True, False, None, "student", ("impossible-date", "yes-no"), assumption=True),
    Case("certification exam booked for 05.06.2028", True, True, True, "2028-05-06", "it support", ("ambiguous-date", "numeric-date", "yes-no"), assumption=True),
    Case("finish the 300 hour yoga teacher training by 9/10/28", True, True, True, "2028-09-10", "yoga", ("ambiguous-date", "count"), assumption=True),
    # reads the same both ways; the next 10 October to come is 2028's
    Case("get 100 signups for the coding club by 10/10", True, True, True, "2028-10-10", "teaching", ("numeric-date", "count")),
    # the start date is not the deadline
    Case("course starts 2027-11-01 and I want to finish it by 2028-04-30", True, True, True, "2028-04-30", "student", ("numeric-date", "yes-no")),
    Case("move into the new role by 1/2/2028", True, True, True, "2028-01-02", "hr", ("ambiguous-date", "yes-no"), assumption=True),
    Case("submit 25/12/2027 the final portfolio for the art school", True, True, True, "2027-12-25", "second language", ("second-language", "numeric-date", "yes-no")),
    Case("deadline moved from nov 15 to dec 10 for the foundation grant report", True, True, True, "2027-12-10", "nonprofit", ("replaced", "yes-no")),
    Case("originally wanted my own salon by 2028, pushing it to 2030 realistically", True, True, True, "2030-12-31", "hair", ("replaced", "yes-no")),
    Case("was going to take the LSAT in november but switching to the january test", True, True, True, "2028-01-31", "law", ("replaced", "vocabulary")),
    Case("i dont want to still be on nights by christmas, day shift on the oncology floor is the goal", True, True, True, "2027-12-25", "nursing", ("negated", "holiday", "yes-no")),
    Case("apply for charge nurse, not by december though, more like february", True, True, True, "2028-02-29", "nursing", ("negated", "yes-no")),
    Case("get my ham radio general license by spring but no rush", True, True, True, "2028-05-31", "hobby to work", ("no-rush", "season", "vocabulary")),
    Case("finish my MBA by 2030, no rush, work comes first", True, True, True, "2030-12-31", "finance", ("no-rush", "vocabulary")),
    Case("sometime next year, no pressure, pass the CIPD level 5", True, True, True, "2028-12-31", "hr", ("no-rush", "vocabulary")),
    Case("no deadline yet but i want my HGV licence", True, True, False, None, "trucking", ("negated", "vocabulary", "second-language")),
    Case("earn the google data analytics cert in a fortnight", True, True, True, "2027-11-02", "data", ("span", "vocabulary")),
    Case("land 10 new wholesale accounts within 100 days", True, True, True, "2028-01-27", "sales", ("span", "count")),
    Case("tutor 2 kids every saturday for the next 4 months", True, True, True, "2028-02-19", "teaching", ("cadence", "span", "count")),
    Case("pay off $14k of student loans over the next 2 years", True, True, True, "2029-10-19", "finance", ("span",)),
    Case("be a licensed home inspector by mid-2030", True, True, True, "2030-06-30", "trades", ("vague-date", "yes-no")),
    Case("finish my apprenticeship before 2030", True, True, True, "2029-12-31", "electrician", ("vocabulary", "yes-no")),
    Case("get to 1500 subscribers on my repair channel by the end of the decade", True, True, True, "2029-12-31", "mechanic", ("count", "vague-date")),
    Case("interview for 3 charge roles before veterans day", True, True, True, "2027-11-10", "nursing", ("count", "holiday")),
    Case("launch the spring menu by mother's day", True, True, True, "2028-05-14", "kitchen", ("holiday", "yes-no")),
    Case("ship v2 of the app by father's day", True, True, True, "2028-06-18", "software", ("holiday", "yes-no")),
    Case("get the shop's books in order by halloween", True, True, True, "2027-10-31", "small business", ("holiday", "yes-no")),
    Case("apply to 8 PA programs by the 1st", True, True, True, "2027-11-01", "medicine", ("count", "relative-day")),
    Case("send the final invoice packet to the county tomorrow", True, True, True, "2027-10-20", "construction", ("relative-day", "yes-no")),
    Case("get my forklift recert done by friday EOD", True, True, True, "2027-10-22", "warehouse", ("relative-day", "abbreviation")),

    # ---------------- mixed: several goals on one line ----------------
    Case("pass my CSCS by december, get 10 paying clients by march, and open my own studio by 2029", True, True, True, "2029-12-31", "fitness", ("several", "count"),
         parts=(Part("pass my CSCS by december", True, True, True, "2027-12-31"),
                Part("get 10 paying clients by march", True, True, True, "2028-03-31"),
                Part("open my own studio by 2029", True, True, True, "2029-12-31"))),
    # the second part has no date, so the line has none
    Case("get my CDL by december and then get hired somewhere that runs regional routes", True, True, False, None, "trucking", ("several", "yes-no"),
         parts=(Part("get my CDL by december", True, True, True, "2027-12-31"),
                Part("get hired somewhere that runs regional routes", True, True, False, None))),
    # the first part has a vague verb, so the line is not specific
    Case("get better at conflict on my team and promote 2 of my reports by june", False, False, False, None, "management", ("several", "vague-verb", "count"),
         parts=(Part("get better at conflict on my team", False, False, False, None),
                Part("promote 2 of my reports by june", True, True, True, "2028-06-30"))),
    Case("finish the bootcamp by jan 14; build 3 portfolio projects by march; apply to 30 jobs by may", True, True, True, "2028-05-31", "software", ("several", "count"),
         parts=(Part("finish the bootcamp by jan 14", True, True, True, "2028-01-14"),
                Part("build 3 portfolio projects by march", True, True, True, "2028-03-31"),
                Part("apply to 30 jobs by may", True, True, True, "2028-05-31"))),
    Case("pass the NCLEX in december + start orientation at the childrens hospital in february", True, True, True, "2028-02-29", "nursing", ("several", "vocabulary", "typo"),
         parts=(Part("pass the NCLEX in december", True, True, True, "2027-12-31"),
                Part("start orientation at the childrens hospital in february", True, True, True, "2028-02-29"))),
    Case("save $6000 for the move by august, also get more confident speaking english", False, False, False, None, "second language", ("several", "no-date"),
         parts=(Part("save $6000 for the move by august", True, True, True, "2028-08-31"),
                Part("get more confident speaking english", False, False, False, None))),

    # ---------------- mixed: terse, phone, rambling ----------------
    # a bare credential: the what is plain (get it), done or not, no date
    Case("PMP", True, True, False, None, "construction", ("terse", "vocabulary", "yes-no")),
    Case("promotion", False, True, False, None, "office", ("terse", "yes-no")),
    Case("CPA 2028", True, True, True, "2028-12-31", "accounting", ("terse", "vocabulary")),
    Case("RN to BSN by fall '28", True, True, True, "2028-11-30", "nursing", ("terse", "season", "vocabulary")),
    Case("job w/ benefits b4 baby comes", False, True, False, None, "returning", ("phone", "personal-event", "abbreviation")),
    Case("ok so basically i've been a line cook for 9 years and my back is killing me and what i really want is to move into food safety inspection for the county, they post jobs in the spring so i'd want to apply for at least 2 openings by the end of may", True, True, True, "2028-05-31", "kitchen", ("rambling", "count", "career-change")),
    Case("honestly i dont know, i guess i want to earn more and maybe do something with computers but i dont have a degree and i have two kids", False, False, False, None, "returning", ("rambling", "vague-verb")),
    Case("so my plan, and I know it sounds crazy at 52, is to go back to school and become a registered dietitian, which means a masters and 1000 supervised hours, and I want to be credentialed before I turn 55", True, True, False, None, "dietetics", ("rambling", "personal-event", "career-change", "vocabulary")),

    # ---------------- mixed: aspirations and identity ----------------
    # the method names "retire before 50" as an aspiration; an age is the person's own event
    Case("retire at 55 and sail around the world", True, True, False, None, "finance", ("aspiration",), aspiration=True),
    Case("reach the C-suite at a healthcare company", True, True, False, None, "healthcare admin", ("aspiration", "yes-no"), aspiration=True),
    Case("be someone my kids are proud of", False, False, False, None, "returning", ("identity", "vague-verb")),
    Case("long term i see myself leading a research group in marine biology", True, True, False, None, "academia", ("aspiration",), aspiration=True),
    Case("my dream is to design golf courses", True, True, False, None, "landscaping", ("aspiration",), aspiration=True),

    # ---------------- mixed: a concrete what with nothing to count ----------------
    # ongoing work with no count and no finish: specific, not measurable
    Case("mentor the new welders in the shop", True, False, False, None, "welding", ("no-date",)),
    Case("shadow the charge nurse when i can", True, False, False, None, "nursing", ("vague-date",)),
    Case("volunteer at the animal shelter until christmas", True, False, True, "2027-12-25", "vet tech", ("holiday",)),
    Case("help with the hospital's sepsis protocol rollout this fiscal year", True, False, True, "2028-03-31", "nursing", ("fiscal", "vocabulary"), assumption=True),
    Case("write for the union newsletter", True, False, False, None, "trades", ("no-date",)),
    Case("help the analysts with the monthly variance reports", True, False, False, None, "finance", ("no-date",)),
    Case("teach some of the CPR classes at the station", True, False, False, None, "fire", ("no-date",)),
    Case("help run the sourdough program at the bakery next year", True, False, True, "2028-12-31", "kitchen", ()),
    # the people are named, the activity has no measure (a judgement: "build relationships" is close to a vague verb)
    Case("build relationships with the general contractors in town", True, False, False, None, "electrician", ("no-date",)),
    # running payroll is a plain done-or-not: measurable
    Case("take on the payroll side of the office from my manager by january", True, True, True, "2028-01-31", "office", ("yes-no",)),
    # a number without a measure: "more" with nothing it goes to
    Case("do more pro bono immigration work", False, False, False, None, "law", ("vague-verb",)),
    Case("save more for retirement", False, False, False, None, "finance", ("vague-verb",)),

    # ---------------- mixed: a measure without the what ----------------
    Case("get 3 job offers by march", False, True, True, "2028-03-31", "student", ("count",)),
    # a pay figure is "raise X to a number": specific and measurable, as the reading rules have it; offers without the job are not specific
    Case("earn $90k by 2029", True, True, True, "2029-12-31", "career change", ()),
    Case("get a raise of at least 8% at my review", True, True, False, None, "office", ("personal-event",)),
    Case("make 20% more than i do now within 18 months", True, True, True, "2029-04-19", "career change", ("span",)),
    Case("apply to 10 jobs by the 15th", False, True, True, "2027-11-15", "returning", ("count", "relative-day")),

    # ---------------- mixed: vague verbs with a date ----------------
    Case("get better at excel pivot tables by the end of the month", False, False, True, "2027-10-31", "office", ("vague-verb",)),
    Case("work on my cover letters this weekend", False, False, True, "2027-10-24", "returning", ("vague-verb", "relative-day")),
    Case("improve my bedside manner before my rotation ends", False, False, False, None, "medicine", ("vague-verb", "personal-event")),
    Case("focus on networking in the new year", False, False, True, "2028-12-31", "sales", ("vague-verb", "vague-date")),
    Case("be a stronger leader for my crew by spring", False, False, True, "2028-05-31", "construction", ("vague-verb", "season")),

    # ---------------- mixed: typos and haste ----------------
    Case("recieve my phlebotmy certifcate by decmeber", True, True, True, "2027-12-31", "phlebotomy", ("typo", "vocabulary")),
    Case("pas the bord exam in febuary", True, True, True, "2028-02-29", "nursing", ("typo", "vocabulary", "yes-no")),
    Case("compleet my aprenticeship in 2 yeras", True, True, True, "2029-10-19", "plumbing", ("typo", "span", "second-language")),
    Case("finsh the CNA cours by thnksgiving", True, True, True, "2027-11-25", "caregiving", ("typo", "holiday", "phone")),
    Case("get licence for foklift operater asap", True, True, False, None, "warehouse", ("typo", "second-language", "vocabulary")),
    # one part has passed (and its date reads two ways): the line is not time-bound, and its deadline is the later part's
    Case("renew my BLS by 9/1/2027 and get ACLS by january", True, True, False, "2028-01-31", "ems", ("several", "passed", "ambiguous-date", "vocabulary"), assumption=True,
         parts=(Part("renew my BLS by 9/1/2027", True, True, False, "2027-09-01"),
                Part("get ACLS by january", True, True, True, "2028-01-31"))),
]

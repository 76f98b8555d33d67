"""Goals of our own for the kinds of date miss found on the eighth labelled set (round 8).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
2026-12-03, a Thursday; ``MIDSUMMER`` rows are judged on ``MIDSUMMER_TODAY``, a
Wednesday in July, when this year's fall and next year's differ. Each kind has new
sentences across fields, and near misses that must keep their reading.
"""

from __future__ import annotations

from datetime import date

Row = tuple[str, str, str | None, str]

MIDSUMMER_TODAY = date(2027, 7, 14)  # a Wednesday

# "New Year's" and "new years" are the holiday's own name (New Year's Day): "by" it is 1
# January, "before" or "till" it the last day of the year; "the new year" is unchanged.
NEW_YEARS_DAY: list[Row] = [
    ("get my phlebotomy cert by new years", "SMT", "2027-01-01", ""),
    ("sell 40 wreaths on etsy by new year's", "SMT", "2027-01-01", ""),
    ("land a barista trainer role by new years", "SMT", "2027-01-01", ""),
    ("get 12 new dog walking clients by new years", "SMT", "2027-01-01", ""),
    # near misses: before it, until it, its eve, and "the new year" keep their reading
    ("book 6 wedding shoots before new years", "SMT", "2026-12-31", ""),
    ("cover 4 extra shifts a week till new years", "SMT", "2026-12-31", ""),
    ("file my llc paperwork by new year's eve", "SMT", "2026-12-31", ""),
]

# A weekday: said bare on that very day it is next week's; "next friday" is the Friday of
# next week; "last friday" is the one just gone, a date that has passed; "the last friday
# of january" is that day; a weekday typed in full that closes a step is that step's day.
WEEKDAYS_SAID: list[Row] = [
    ("get my forklift ticket by thursday", "SMT", "2026-12-10", ""),
    ("submit my timesheet corrections by next friday", "SMT", "2026-12-11", ""),
    ("post 3 listings on the marketplace by next saturday", "SMT", "2026-12-12", ""),
    ("finish the first aid refresher by next sun", "SMT", "2026-12-13", ""),
    ("have my cv sent to 5 agencies by last friday", "SM-", "2026-11-27", ""),
    ("pass the food handler quiz by last monday", "SM-", "2026-11-30", ""),
    # "the last friday of january", "the 2nd saturday of february": that day
    ("run the stocktake by the last friday of january", "SMT", "2027-01-29", ""),
    ("host my first open mic night by the 2nd saturday of february", "SMT", "2027-02-13", ""),
    # a weekday typed in full at the end of a step, with no "by" or "on", is that step's day
    ("submit my portfolio to the three agencies friday", "SMT", "2026-12-04", ""),
    ("send my resume to the hiring manager at the clinic tuesday", "SMT", "2026-12-08", ""),
    ("start the cna course monday and pass the state exam by march", "SMT", "2027-03-31", "2"),
    # near misses: a list of days is no date; "this thursday" is today; a bare friday is
    # tomorrow; next wednesday, said on a Thursday, is the first to come, in next week
    ("cover the front desk for my manager monday and tuesday", "---", None, ""),
    ("get my forklift refresher done this thursday", "SMT", "2026-12-03", ""),
    ("get my tabc certification by next wednesday", "SMT", "2026-12-09", ""),
    ("send the 2 grant reports by friday", "SMT", "2026-12-04", ""),
]

# Spanish month names and units, as people who speak both type them; "mayo" is left out
# ("mayo clinic").
SPANISH_WORDS: list[Row] = [
    ("pass my citizenship interview by diciembre", "SMT", "2026-12-31", ""),
    ("get my cdl class a by marzo", "SMT", "2027-03-31", ""),
    ("open my tamale stand by junio 2027", "SMT", "2027-06-30", ""),
    ("get my cosmetology license in 2 años", "SMT", "2028-12-03", ""),
    ("pass the ged math test in 3 meses", "SMT", "2027-03-03", ""),
    ("finish the notary course in 6 semanas", "SMT", "2027-01-14", ""),
    ("pass the real estate exam by octubre", "SMT", "2027-10-31", ""),
    # near miss: the clinic is a place of work, not May
    ("get a medical assistant job at mayo clinic", "SM-", None, ""),
]

# "before" denied earlier in its clause ("i dont want to start before march") is when the
# goal may begin at the earliest, as "not before march" is: no deadline.
DENIED_BEFORE: list[Row] = [
    ("i dont want to start my apprenticeship before march", "SM-", None, ""),
    ("i won't take the nclex before june", "SM-", None, ""),
    ("i can't start the evening mba before fall 2027", "SM-", None, ""),
    ("i do not want to open the bakery before easter", "SM-", None, ""),
    # near miss: a "before" of its own, after the clause that says no
    ("no more night shifts, get my cdl before june", "SMT", "2027-05-31", ""),
]

# A dotted date follows the date order set, as a slashed one does (month first here),
# and the reading taken is said.
DOTTED_DATES: list[Row] = [
    ("pass my series 7 by 4.5.2027", "SMT", "2027-04-05", "a"),
    ("get my real estate license by 03.09.2027", "SMT", "2027-03-09", "a"),
    # near miss: only one reading is a day, so nothing is assumed
    ("get my cna license by 25.3.2027", "SMT", "2027-03-25", ""),
]

# Several goals on one line: a day that does not exist still dates its own part, so the
# line is split there ("... in march and my cdl by 6/31"); leaving something "and" going
# somewhere is one change, dated once, unless each half has a date of its own; a line
# with "someday" or "one day" and no date is a destination, not steps; "and pass" alone
# is no goal of its own.
PARTS: list[Row] = [
    ("get my forklift cert in march and my cdl by 6/31", "SM-", None, "a2"),
    ("pass the ged in may and the hiset by 2/30", "SM-", None, "a2"),
    ("leave the warehouse and get a job at the county library", "SM-", None, ""),
    ("quit the call center and become a dental assistant", "SM-", None, ""),
    ("get out of food service and work at a credit union", "SM-", None, ""),
    ("by 2030 retire from nursing and open a bakery", "SMT", "2030-12-31", ""),
    ("open a food truck someday and cater weddings", "SM-", None, "A"),
    ("own a tattoo studio one day and train apprentices", "SM-", None, "A"),
    # "..., my reach truck licence by march": the same kind of goal again, with its date
    (
        "get my forklift ticket by the end of the month, my reach truck licence by march "
        "and be a shift lead by summer",
        "SMT",
        "2027-08-31",
        "3",
    ),
    # near miss: "my" after a comma with no date of its own is no goal
    ("get my cdl by june, my manager said he would help", "SMT", "2027-06-30", ""),
    # a verb with nothing of its own after "and" finishes the goal before it
    ("sit the nremt in april and pass", "SMT", "2027-04-30", ""),
    ("retake the bar exam in february and pass it this time", "SMT", "2027-02-28", ""),
    # near misses: each half with its own date is two goals; no leaving, two steps
    ("quit the call center by march and start nursing school by fall", "--T", "2027-11-30", "2"),
    ("get my cdl and apply to 3 regional carriers", "SM-", None, "2"),
    ("finish the welding course in 10 weeks and start applying", "---", None, "2"),
]

# Words that name a kind of thing, not a day: a quarter before a plural noun ("Q1
# journals"), a holiday's "peak" (the busy weeks around it), a year between "the" and a
# noun ("the 2028 cohort"); and "by the summer after", which points back at the date said
# before it.
NOT_THE_DAY: list[Row] = [
    ("publish 3 papers in q1 journals before my viva", "SM-", None, ""),
    ("get 4 articles into q2 journals", "SM-", None, ""),
    ("hire 6 seasonal drivers by thanksgiving peak", "SM-", None, ""),
    ("pass the series 7 in march, then the 66 by the autumn after", "SMT", "2027-11-30", "2"),
    ("get my cdl by february and a regional route by the summer after", "SMT", "2027-08-31", "2"),
    # "the 2027 cohort": a year between "the" and a noun says which one, not a date
    ("get accepted to the coding bootcamp for the 2027 cohort", "SM-", None, ""),
    # "in the 2027 intake" is when it happens, some time that year (round 10, as own10 reads it)
    ("get a place on the graduate scheme in the 2027 intake", "SMT", "2027-12-31", ""),
    ("get into the electrical apprenticeship for the 2028 intake", "SM-", None, ""),
    # near misses: a quarter before "and", a holiday before a word that may follow a date,
    # "the end of 2027"
    ("submit 2 papers by q1 and 1 more by q3", "SMT", "2027-09-30", "2"),
    ("hire 6 seasonal drivers by thanksgiving next year", "SMT", "2027-11-25", ""),
    ("get my cdl by the end of 2027", "SMT", "2027-12-31", ""),
]

ROWS: list[Row] = [
    *NEW_YEARS_DAY,
    *WEEKDAYS_SAID,
    *SPANISH_WORDS,
    *DENIED_BEFORE,
    *DOTTED_DATES,
    *PARTS,
    *NOT_THE_DAY,
]

# Judged on MIDSUMMER_TODAY: "next fall", "next september" are next year's, as "this fall"
# is this year's; a bare weekday said on that day is next week's.
MIDSUMMER: list[Row] = [
    ("get my alternative teaching certificate by next fall", "SMT", "2028-11-30", ""),
    ("start nursing school next september", "SMT", "2028-09-30", ""),
    ("get my cdl by next october", "SMT", "2028-10-31", ""),
    ("pass the cpa exam by next august", "SMT", "2028-08-31", ""),
    ("get certified in bls by wednesday", "SMT", "2027-07-21", ""),
    ("get my notary commission by next friday", "SMT", "2027-07-23", ""),
    ("get my food handler card by last tuesday", "SM-", "2027-07-13", ""),
    # near misses: this fall is this year's; "the coming fall" the first to come; next
    # summer is next year's either way
    ("get my cdl permit this fall", "SMT", "2027-11-30", ""),
    ("get my paralegal certificate by the coming fall", "SMT", "2027-11-30", ""),
    ("get a job at a dental office by next summer", "SMT", "2028-08-31", ""),
]

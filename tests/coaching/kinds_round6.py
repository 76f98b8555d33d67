"""Goals of our own for the kinds of miss found on the sixth labelled set (round 6).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
2026-12-03, a Thursday, months first; ``FISCAL_OCTOBER`` rows are read with a fiscal year
that starts in October (the US federal one). Each kind has new sentences across fields,
and near misses that must keep their verdict.
"""

from __future__ import annotations

Row = tuple[str, str, str | None, str]

# A quarter of the fiscal year, read from the fiscal year's first month (and said):
# "fiscal q2", "q4 of this fy", "fy28 q2", and a bare "this fiscal" for the year.
FISCAL_OCTOBER: list[Row] = [
    ("hire 4 case workers by the end of fiscal q2", "SMT", "2027-03-31", "a"),
    ("cut overtime spend by 15% in q2 of this fy", "SMT", "2027-03-31", "a"),
    ("publish 3 audit reports by q1 of next fiscal year", "SMT", "2027-12-31", "a"),
    ("close 12 enterprise deals in fy28 q2", "SMT", "2028-03-31", "a"),
    ("recruit 500 volunteers for the food bank this fiscal", "SMT", "2027-09-30", "a"),
    ("migrate 40 payroll accounts to the new system by fiscal q3", "SMT", "2027-06-30", "a"),
    # near misses: a calendar quarter is no fiscal one; the fiscal year itself as before
    ("run 6 safety drills in q2", "SMT", "2027-06-30", ""),
    ("train 20 new tellers by the end of the fiscal year", "SMT", "2027-09-30", "a"),
]

# Days kept in Canada, and a few more US days that stand for a date ("tax day"), and
# "the 1st of the year" for New Year's Day.
MORE_DAYS: list[Row] = [
    ("renew my red seal endorsement by victoria day", "SMT", "2027-05-24", ""),
    ("serve 40 covers on the new patio before victoria day", "SMT", "2027-05-23", ""),
    ("file 30 client returns by tax day", "SMT", "2027-04-15", ""),
    ("plant 200 trees with the scout troop by earth day", "SMT", "2027-04-22", ""),
    ("pass my level 2 bookkeeping course by the 1st of the year", "SMT", "2027-01-01", ""),
    ("finish 3 paintings for the gallery by the first of the new year", "SMT", "2027-01-01", ""),
    ("get my class 5 licence by canadian thanksgiving", "SMT", "2027-10-11", ""),
    # near miss: without "canadian", thanksgiving is the United States' day
    ("get my class 7 licence by thanksgiving", "SMT", "2027-11-25", ""),
]

# "by last christmas": the one that has gone by, so the deadline has passed (not a year on).
LAST_HOLIDAY: list[Row] = [
    ("was meant to pass my CPC by last christmas, still going for it", "SM-", "2025-12-25", ""),
    ("i said i'd get my 200 hour yoga cert by last thanksgiving", "SM-", "2026-11-26", ""),
    ("get my TIG welding cert by last easter lol", "SM-", "2026-04-05", ""),
    ("wanted 50 etsy sales by last halloween", "SM-", "2026-10-31", ""),
    ("get my HGV class 2 by last valentine's day", "SM-", "2026-02-14", ""),
    ("should have had my ged by last new year's eve", "SM-", "2025-12-31", ""),
    # near misses: the one to come, and "before" it
    ("save $2,000 for the course by christmas", "SMT", "2026-12-25", ""),
    ("pick up 3 extra shifts before christmas", "SMT", "2026-12-24", ""),
]

# A season followed by "without" / "w/o" is still the date ("by summer w/o a degree").
SEASON_WITHOUT: list[Row] = [
    ("pass my journeyman exam by summer without a tutor", "SMT", "2027-08-31", ""),
    ("become a dental assistant by spring w/o going into debt", "SMT", "2027-05-31", ""),
    ("get my real estate license by spring w/o quitting my job", "SMT", "2027-05-31", ""),
    ("become a certified arborist by fall without a loan", "SMT", "2027-11-30", ""),
    ("pass the CCNA by winter w/o a bootcamp", "SMT", "2027-02-28", ""),
    ("get my teaching credential by summer without student loans", "SMT", "2027-08-31", ""),
    # near miss: a season naming a kind of thing stays no date
    ("land a summer internship without a referral", "SM-", None, ""),
]

# A hedge between a replacing "now" and a month that is also a verb ("now realistically
# march"): the month still replaces the date before it.
HEDGED_MONTH: list[Row] = [
    ("was aiming for april but now realistically may to pass the ARE", "SMT", "2027-05-31", ""),
    ("was february, now realistically march for my mot tester exam", "SMT", "2027-03-31", ""),
    # near misses: the hedge after "by", and a month that is no verb, were read already
    ("publish 2 chapters of the field guide by hopefully march", "SMT", "2027-03-31", ""),
    ("get my CDL, wanted june but now probably august", "SMT", "2027-08-31", ""),
]

# A condition of work alone (nights, days, remote, part time, a 4 day week): not specific,
# as it names no role, place or result, but plainly had or not (measurable).
CONDITIONS_OF_WORK: list[Row] = [
    ("move onto day shift by the spring", "-MT", "2027-05-31", ""),
    ("go fully remote by q3", "-MT", "2027-09-30", ""),
    ("finally switch to a four day week", "-M-", None, ""),
    ("cut down to 3 days a week before my 60th", "-M-", None, ""),
    ("no more weekends by june", "-MT", "2027-06-30", ""),
    ("i want to go part time once the baby is here", "-M-", None, ""),
    ("work hybrid by march", "-MT", "2027-03-31", ""),
    ("get my hours down to 4 days a week by september", "-MT", "2027-09-30", ""),
    # near misses: a role or a place named beside the condition is judged on that
    ("get a remote job as a react dev", "SM-", None, ""),
    ("work remotely as a freelance copywriter", "SM-", None, "A"),
]

# A job named only by who employs ("a federal job", "a union job"): no role is named, so
# it is not specific, but getting it is plain (measurable).
EMPLOYER_ONLY: list[Row] = [
    ("get a government job by spring", "-MT", "2027-05-31", ""),
    ("land a union job", "-M-", None, ""),
    ("get a county job by next summer", "-MT", "2027-08-31", ""),
    ("find a state job", "-M-", None, ""),
    ("get a public sector job within a year", "-MT", "2027-12-03", ""),
    ("get a council job before christmas", "-MT", "2026-12-24", ""),
    # near misses: the role or the place is named as well
    ("get a federal job as a park ranger", "SM-", None, ""),
    ("get a city job at the water department", "SM-", None, ""),
]

ROWS: list[Row] = [
    *CONDITIONS_OF_WORK,
    *EMPLOYER_ONLY,
    *MORE_DAYS,
    *LAST_HOLIDAY,
    *SEASON_WITHOUT,
    *HEDGED_MONTH,
]

"""Goals of our own for the kinds of miss found on the fifth labelled set (round 5).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
2026-12-03, a Thursday, months first; ``DAY_FIRST`` rows are read with the day first.
Each kind has new sentences across fields, and near misses that must keep their verdict.
"""

from __future__ import annotations

Row = tuple[str, str, str | None, str]

# "before" a day that is written out is the day before it, as "before christmas" is.
BEFORE_A_DAY: list[Row] = [
    ("renew my forklift licence before 12 march", "SMT", "2027-03-11", ""),
    ("send the grant report to the trust before january 15th", "SMT", "2027-01-14", ""),
    ("get the kitchen refit signed off before the 3rd of february", "SMT", "2027-02-02", ""),
    ("sit the IELTS b4 april 20", "SMT", "2027-04-19", ""),
    # near misses: "by" keeps the day; the end of a period stays its last day
    ("hand in my portfolio by 14 april", "SMT", "2027-04-14", ""),
    ("publish 4 case studies before the year is out", "SMT", "2026-12-31", ""),
]

# A span with a word after it that makes it the latest it may be, and "a couple of"
# weeks or months (two; "a couple of years" stays a loose horizon).
LATEST_AND_COUPLE: list[Row] = [
    ("get my scaffolding ticket, 8 weeks max", "SMT", "2027-01-28", ""),
    ("open the second clinic, 2028 at the latest", "SMT", "2028-12-31", ""),
    ("pass my level 2 barista course, 3 months tops", "SMT", "2027-03-03", ""),
    ("finish the bathroom fitting course in a couple of weeks", "SMT", "2026-12-17", ""),
    (
        "get onto the graduate nurse programme within the next couple of months",
        "SMT",
        "2027-02-03",
        "",
    ),
    # near miss: a loose horizon
    ("move into product management in a couple of years", "SM-", None, ""),
]

# Read with the day first: a day and month written with a slash that ends the line
# needs no "by" when it reads only one way; a score is not a date.
DAY_FIRST: list[Row] = [
    ("viva 17/03", "SMT", "2027-03-17", ""),
    ("submit the coursework, deadline is 25/6", "SMT", "2027-06-25", ""),
    ("complete the fire marshal training before 5/2", "SMT", "2027-02-04", "a"),
    # near misses: a mark out of ten, and a day that reads two ways with no "by"
    ("pass the theory mock with 9/10", "SM-", None, ""),
    ("score 28/30 in the final practical", "SM-", None, ""),
]

# A later goal that leans on the one before: no verb of its own ("and my practical by
# june": the verb before is meant) or "it" for what was named before; and a name with
# a "+" after it is a certificate's ("Network+").
LEANING_ON_THE_GOAL_BEFORE: list[Row] = [
    ("pass my written by march and my practical by june", "SMT", "2027-06-30", "2"),
    ("draft my thesis proposal by january, then defend it by may", "SMT", "2027-05-31", "2"),
    ("earn my A+ and Network+ by summer", "SMT", "2027-08-31", ""),
    # near miss: a later goal with nothing named, before or after, stays vague
    ("sit the level 1 in february and the level 2 by october", "--T", "2027-10-31", "2"),
]

# Five years or more counted ahead is where the person wants to end up: an aspiration,
# however plainly the role is named; a date by the calendar, or a number to reach on
# the way, keeps it a goal.
YEARS_AHEAD: list[Row] = [
    ("head chef in 5 years", "SMT", "2031-12-03", "A"),
    ("be a senior associate at a law firm in the next 6 years", "SMT", "2032-12-03", "A"),
    ("be a deputy head teacher within seven years", "SMT", "2033-12-03", "A"),
    # near misses
    ("head chef by 2030", "SMT", "2030-12-31", ""),
    ("open 2 more branches in 5 years", "SMT", "2031-12-03", ""),
    ("head chef in 3 years", "SMT", "2029-12-03", ""),
]

# "be a X" names a role as "become a X" does, when X is named by what the person does
# (detective, stenographer, chiropodist); "make X" with no article is a rank reached.
ROLES_BY_WHAT_THEY_DO: list[Row] = [
    ("be a stenographer", "SM-", None, ""),
    ("be a chiropodist", "SM-", None, ""),
    ("be an embalmer by 2029", "SMT", "2029-12-31", ""),
    ("make lieutenant within 3 years", "SMT", "2029-12-03", ""),
    ("make commander by 2030", "SMT", "2030-12-31", ""),
    # near misses: who the person wants to be, or "make" with something that is no rank
    ("be a voice for my students", "---", None, ""),
    ("make friends in the new team", "---", None, ""),
    ("make money from my photos", "---", None, ""),
]

# A few words naming a thing beside a date, with no verb: the thing is the goal, and a
# noun that says what a person does is a role ("dog groomer within 6 months").
TERSE: list[Row] = [
    ("dog groomer within 6 months", "SMT", "2027-06-03", ""),
    ("tower crane operator by 2028", "SMT", "2028-12-31", ""),
    ("hedge layer within a year", "SMT", "2027-12-03", ""),
    # near misses: a rhythm, a condition of work, a comparison, a feeling: no thing to have
    ("canvass every weekend until may", "--T", "2027-05-31", ""),
    # a condition of work is had or not (measurable), as the own5/own6 labels read it (round 6)
    ("weekends off by june", "-MT", "2027-06-30", ""),
    ("more clients by spring", "--T", "2027-05-31", ""),
    ("happier by summer", "--T", "2027-08-31", ""),
]

# Days kept in Britain: Bonfire Night, the bank holidays (a Monday that moves), Pancake
# Day (from Easter), Burns Night; "before" one is the day before.
BRITISH_DAYS: list[Row] = [
    ("open a second bakery by bonfire night", "SMT", "2027-11-05", ""),
    ("finish the allotment shed by the spring bank holiday", "SMT", "2027-05-31", ""),
    ("get the salon refit done before pancake day", "SMT", "2027-02-08", ""),
    ("hire 2 chefs by burns night", "SMT", "2027-01-25", ""),
    # near miss: a thing named after the day is not the day
    ("run a stall at the bonfire night fair", "SM-", None, ""),
]

# "next" before a holiday is the next one to come; "and if that works, ..." starts the
# next goal, as "then" does, so the line's date is the last goal's only if each has one.
NEXT_HOLIDAY_AND_IF_IT_WORKS: list[Row] = [
    ("open the tattoo studio by next easter", "SMT", "2027-03-28", ""),
    ("run 2 supper clubs a month and if that works, open a restaurant by 2028", "SM-", None, "2"),
]

# A month with "next year" or "of next year" after it is that month, not the year's end.
MONTH_OF_NEXT_YEAR: list[Row] = [
    ("get a training contract by september next year", "SMT", "2027-09-30", ""),
    ("open the physio clinic in the march of next year", "SMT", "2027-03-31", ""),
    # near miss: "next year" alone is the whole year
    ("open the physio clinic next year", "SMT", "2027-12-31", ""),
]

# A thing and the word that says it is done, beside its date, with no verb before it:
# the thing is the goal and being done is its outcome.
DONE_THINGS: list[Row] = [
    ("kitchen extension finished by august", "SMT", "2027-08-31", ""),
    ("loft conversion completed by april", "SMT", "2027-04-30", ""),
    ("new bathroom range launched by spring", "SMT", "2027-05-31", ""),
    # near miss: a thing too loose to be done
    ("things sorted by june", "--T", "2027-06-30", ""),
]

# A month, quarter or season closing a line of a few words is its date ("CPA 2028" was
# read so already).
CLOSING_TIME: list[Row] = [
    ("food hygiene cert q3", "SMT", "2027-09-30", ""),
    ("forklift licence q2", "SMT", "2027-06-30", ""),
    ("nmc pin spring", "SMT", "2027-05-31", ""),
    # near miss: a season naming a kind of thing is no date
    ("speak at the summer fair", "---", None, ""),
]

ROWS: list[Row] = [
    *CLOSING_TIME,
    *DONE_THINGS,
    *MONTH_OF_NEXT_YEAR,
    *NEXT_HOLIDAY_AND_IF_IT_WORKS,
    *BRITISH_DAYS,
    *TERSE,
    *ROLES_BY_WHAT_THEY_DO,
    *YEARS_AHEAD,
    *BEFORE_A_DAY,
    *LATEST_AND_COUPLE,
    *LEANING_ON_THE_GOAL_BEFORE,
]

"""Goals of our own for the kinds of miss found on the seventh labelled set (round 7).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
2026-12-03, a Thursday; ``DAY_FIRST_JULY`` rows are read day first with a fiscal year
that starts in July (Australia, New Zealand). Each kind has new sentences across fields,
and near misses that must keep their reading.
"""

from __future__ import annotations

Row = tuple[str, str, str | None, str]

# Days kept on a fixed date in Australia, New Zealand, India, the Philippines, Singapore,
# Kenya, Nigeria, South Africa and Ireland: "by" the day is that day, "before" it the day
# before, the next one to come.
MORE_COUNTRIES_DAYS: list[Row] = [
    ("certify 12 new lifeguards before anzac day", "SMT", "2027-04-24", ""),
    ("publish 4 podcast episodes by waitangi day", "SMT", "2027-02-06", ""),
    ("sell 30 tickets for the gala by melbourne cup day", "SMT", "2027-11-02", ""),
    ("submit 5 grant applications before republic day", "SMT", "2027-01-25", ""),
    ("log 10 hours of volunteering by gandhi jayanti", "SMT", "2027-10-02", ""),
    ("recruit 8 volunteers for the clinic before rizal day", "SMT", "2026-12-29", ""),
    ("book 15 safari tours by jamhuri day", "SMT", "2026-12-12", ""),
    ("hire 3 apprentices before mashujaa day", "SMT", "2027-10-19", ""),
    ("grow the newsletter to 2000 readers by national day", "SMT", "2027-08-09", ""),
    ("register 50 new voters by democracy day", "SMT", "2027-06-12", ""),
    ("pay off R20000 of my store card by freedom day", "SMT", "2027-04-27", ""),
    ("close 3 audit findings by st stephen's day", "SMT", "2026-12-26", ""),
    ("sign up 40 members for the gym by australia day 2027", "SMT", "2027-01-26", ""),
    # near miss: a day's name before a kind of thing is the thing, not a date
    ("sell 200 badges at the national day parade", "SM-", None, ""),
]

# An independence day found by the month said after it: India's in August, Nigeria's in
# October, the Philippines' in June; July, or no month, is the United States' day.
INDEPENDENCE_BY_MONTH: list[Row] = [
    ("file 20 client returns before independence day in august", "SMT", "2027-08-14", ""),
    ("finish my 2 online courses by independence day in august", "SMT", "2027-08-15", ""),
    ("draft 3 thesis chapters by independence day, 12 june", "SMT", "2027-06-12", ""),
    ("submit 2 tender bids before independence day in oct", "SMT", "2027-09-30", ""),
    ("sign 3 retainer clients by independence day 15 aug", "SMT", "2027-08-15", ""),
    ("restock 40 shelves before independence day in june", "SMT", "2027-06-11", ""),
    # near misses: July, and no month at all, stay the United States' day
    ("train 4 new baristas by independence day in july", "SMT", "2027-07-04", ""),
    # round 11: with no month or country the United States' day is taken, and said
    ("train 5 new servers by independence day", "SMT", "2027-07-04", "a"),
]

# "before EOFY", "b4 EOY", "before EOM": the end itself, read as "before the end of"
# the period (its last day), not the day before it.
DAY_FIRST_JULY: list[Row] = [
    ("lodge 40 BAS returns before EOFY", "SMT", "2027-06-30", "a"),
    ("b4 eofy sign 6 new retainer clients", "SMT", "2027-06-30", "a"),
    ("finish 12 site inspections before EOM", "SMT", "2026-12-31", ""),
    ("submit 4 grant reports before EOQ", "SMT", "2026-12-31", ""),
    ("run 2 fire drills at the depot b4 EOY", "SMT", "2026-12-31", ""),
    ("write 10 blog posts before eoy 2027", "SMT", "2027-12-31", ""),
    # near misses: "by" is unchanged, and "before" a written day is still the day before
    ("lodge 25 tax returns by EOFY", "SMT", "2027-06-30", "a"),
    ("lodge 30 tax returns before 30/6", "SMT", "2027-06-29", ""),
]

# A rate of work that starts in a month ("4 shifts a week from march"): the month is
# when it begins, not when it is due, so there is no deadline.
RATE_FROM_MONTH: list[Row] = [
    ("take on 2 new tutoring students a week from february", "SM-", None, ""),
    ("see 14 patients a day from april", "SM-", None, ""),
    ("bill 30 hours a week from january", "SM-", None, ""),
    ("publish 3 recipes a week from june", "SM-", None, ""),
    ("sell 20 loaves a day from march at the farmers market", "SM-", None, ""),
    ("cold call 40 prospects a day from feb", "SM-", None, ""),
    # near miss: a rate to reach "by" a month is due then
    ("sell 25 loaves a day at the market by march", "SMT", "2027-03-31", ""),
]

# Checks, cards and exams of the writers' own countries (a white card, a working with
# children check, NEET, the CA final, the OET, matric, WAEC): a qualification, so the goal
# is specific and done or not.
COUNTRY_CREDENTIALS: list[Row] = [
    ("get my neet pg rank by august", "SMT", "2027-08-31", ""),
    ("get my jee mains rank by april", "SMT", "2027-04-30", ""),
    ("get my wwcc by the end of january", "SMT", "2027-01-31", ""),
    ("get a grad dip in education by 2029", "SMT", "2029-12-31", ""),
    ("get my ca inter by may", "SMT", "2027-05-31", ""),
    ("get my pte academic by october", "SMT", "2027-10-31", ""),
    ("get my rsg so i can work the gaming floor by friday", "SMT", "2026-12-04", ""),
    ("get a white card by 15 january", "SMT", "2027-01-15", ""),
    # an event of one's own still has no date the tool can know
    ("get my police check before my placement starts", "SM-", None, ""),
]

ROWS: list[Row] = [
    *MORE_COUNTRIES_DAYS,
    *INDEPENDENCE_BY_MONTH,
    *RATE_FROM_MONTH,
    *COUNTRY_CREDENTIALS,
]

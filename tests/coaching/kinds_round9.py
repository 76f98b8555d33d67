"""Goals of our own for the kinds of miss found on the ninth labelled set (round 9).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
``ROUND9_TODAY`` (Wednesday 10 May 2028) with ``ROUND9_READING``: day first and a fiscal
year from April, as written in the United Kingdom and Ireland. Written fresh for round 9,
not taken from any labelled set; the near misses sit beside the rules they must not trip.
"""

from __future__ import annotations

from datetime import date

from coach.coaching.reading import ReadingOptions

Row = tuple[str, str, str | None, str]

ROUND9_TODAY = date(2028, 5, 10)  # a Wednesday
ROUND9_READING = ReadingOptions("dmy", 4)

# A condition of work alone (when, how long, on what terms, where): had or not, but no
# role or thing to attain, so not specific; a comparison with no size, or a role named
# with it, reads as before.
CONDITIONS: list[Row] = [
    ("only early shifts, no more lates", "-M-", None, ""),
    ("a 4 on 3 off rota", "-M-", None, ""),
    ("permanent post, not agency", "-M-", None, ""),
    ("fully remote, no office days", "-M-", None, ""),
    ("hybrid, 3 days at home and 2 in the office", "-M-", None, ""),
    ("part time, 20 hours a week max", "-M-", None, ""),
    ("weekdays only by september", "-MT", "2028-09-30", ""),
    ("no more 6am starts by the summer", "-MT", "2028-08-31", ""),
    ("a fixed term contract not zero hours", "-M-", None, ""),
    ("evenings and weekends off", "-M-", None, ""),
    ("compressed hours, 4 long days", "-M-", None, ""),
    # a way of working from a date begins then, with nothing due (round 10, as own10 reads
    # "4 day work week starting 2028"; this row had the start as its date before)
    ("mornings only from september", "-M-", None, ""),
    ("get more shifts", "---", None, ""),
    ("fewer weekends", "---", None, ""),
    ("work 3 days a week", "SM-", None, ""),
    ("remote only as a django developer", "SM-", None, ""),
    ("a night shift job at the bakery", "SM-", None, ""),
    ("better hours", "---", None, ""),
]

# The role after "become" and the status after "apply for" are named, known word or not;
# a standing in others' eyes or a lone quality names nothing.
ROLES: list[Row] = [
    ("become senior sous chef by christmas", "SMT", "2028-12-25", ""),
    ("become deputy head of science", "SM-", None, ""),
    ("become qualified electrician in 18 months", "SMT", "2029-11-10", ""),
    ("become shift supervisor at the warehouse", "SM-", None, ""),
    ("become charge nurse", "SM-", None, ""),
    ("become solicitor", "SM-", None, ""),
    ("apply for indefinite leave to remain by march", "SMT", "2029-03-31", ""),
    ("apply for pre settled status", "SM-", None, ""),
    ("become registered childminder by autumn", "SMT", "2028-11-30", ""),
    ("become the kind of manager people want to work for", "---", None, "A"),
    ("become fluent", "---", None, ""),
    ("become a respected surgeon", "---", None, "A"),
    ("become happier at work", "---", None, ""),
]

# Dates written in the UK, Ireland and Europe: a cap before a span, a short quarter or half
# closing the line, a dotted day and month, the tax year and fy27/28, the Irish bank
# holidays, the saints' days and the clock changes; and the words that look like them.
DEADLINES: list[Row] = [
    ("pass my theory test in max. 6 weeks", "SMT", "2028-06-21", ""),
    ("sign 4 new clients max 2 months", "SMT", "2028-07-10", ""),
    ("take max 2 weeks off in august", "--T", "2028-08-31", ""),
    ("launch the booking app for the salon Q3", "SMT", "2028-09-30", ""),
    ("hand over the reporting to the new analyst H2", "SMT", "2028-12-31", ""),
    ("submit the grant report on 20.06", "SMT", "2028-06-20", ""),
    ("get my cscs card by 05.07", "SMT", "2028-07-05", "a"),
    ("score 6.5 in the ielts by july", "SMT", "2028-07-31", ""),
    ("save 3000 by the end of the tax year", "SMT", "2029-03-31", "a"),
    ("finish my ACCA in fy28/29", "SMT", "2029-03-31", "a"),
    ("open the shop before the clocks go back", "SMT", "2028-10-28", ""),
    ("get my forklift licence before the clocks go forward", "SMT", "2029-03-24", ""),
    ("finish the decking by st andrew's day", "SMT", "2028-11-30", ""),
    ("pass the driving test by st david's day", "SMT", "2029-03-01", ""),
    ("finish the first aid course by the june bank holiday", "SMT", "2028-06-05", ""),
    ("get the extension built by the october bank holiday", "SMT", "2028-10-30", ""),
    ("send the tender by st brigid's bank holiday", "SMT", "2029-02-05", ""),
    ("fix the clocks change bug", "SM-", None, ""),
    ("get the python 3.11 upgrade done by june", "SMT", "2028-06-30", ""),
]

# Several goals on one line, with the rules above inside them.
PARTS: list[Row] = [
    ("no more nights, weekends off by august", "-MT", "2028-08-31", ""),
    ("become team leader by june, then deputy manager by christmas", "SMT", "2028-12-25", "2"),
    (
        "pass the cscs test in max. 4 weeks and get a labouring job by august",
        "SMT",
        "2028-08-31",
        "2",
    ),
]

ROWS: list[Row] = [*CONDITIONS, *ROLES, *DEADLINES, *PARTS]

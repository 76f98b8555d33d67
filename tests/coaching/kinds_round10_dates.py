"""Goals of our own for the kinds of deadline miss found on the tenth labelled set (round 10).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
``ROUND10_TODAY`` (Monday 13 November 2028) with ``ROUND10_READING``: month first and the
calendar year as the fiscal year, as written in Canada, the Philippines, Singapore, Hong
Kong, Malaysia, South Africa and the Caribbean. Written fresh for round 10, not taken from
any labelled set; the near misses sit beside the rules they must not trip. Of its 68
rows, 49 fail on the engine before round 10 (main at c410aba).
"""

from __future__ import annotations

from datetime import date

from coach.coaching.reading import ReadingOptions

Row = tuple[str, str, str | None, str]

ROUND10_TODAY = date(2028, 11, 13)  # a Monday
ROUND10_READING = ReadingOptions("mdy", 1)

# Halves and quarters written number first, after a word that introduces a deadline; an
# hour and a half ("1h30") or two hours ("in 2h") stays a time.
NUMBER_FIRST: list[Row] = [
    ("close the series A by 1H29", "SMT", "2029-06-30", ""),
    ("get 40 stores onto the new POS in 2H 2029", "SMT", "2029-12-31", ""),
    ("pass the CFA level 2 by 4Q", "SMT", "2028-12-31", ""),
    ("hire 12 nurses for the ICU before 2Q29", "SMT", "2029-03-31", ""),
    ("launch the mobile banking app in 3Q29", "SMT", "2029-09-30", ""),
    ("move 3 clinics onto the new EHR by the end of 1H29", "SMT", "2029-06-30", ""),
    ("reach 2,000 paying users for 1Q30", "SMT", "2030-03-31", ""),
    ("ship the billing revamp by 2H", "SMT", "2028-12-31", ""),
    ("the ferry to work takes 1h30 each way", "SM-", None, ""),
    ("run the half marathon in under 1h45", "SM-", None, ""),
    ("finish the mock exam in 2h", "SM-", None, ""),
    ("cut ER wait times to 4h by june", "SMT", "2029-06-30", ""),
]

# Festivals of other calendars, on their days for the year (tables to 2035).
FESTIVALS: list[Row] = [
    ("sell 300 mooncake boxes by the mid-autumn festival", "SMT", "2029-09-22", ""),
    ("get my food stall licence before lunar new year", "SMT", "2029-02-12", ""),
    ("pay off the van loan by chinese new year 2030", "SMT", "2030-02-03", ""),
    ("open my second kedai by Hari Raya Puasa", "SMT", "2029-02-15", ""),
    ("sign 10 new tenants before Hari Raya Haji", "SMT", "2029-04-24", ""),
    ("stock 500 dates gift boxes before ramadan", "SMT", "2029-01-15", ""),
    ("finish the Quran tafsir course by the end of ramadan", "SMT", "2029-02-13", ""),
    ("book 20 catering orders for eid al-fitr", "SMT", "2029-02-14", ""),
    ("sell 50 goats before eid al-adha", "SMT", "2029-04-23", ""),
    ("launch the lehenga line by Divali", "SMT", "2029-11-05", ""),
    ("finish the mural before holi", "SMT", "2029-02-28", ""),
    ("complete 3 kavadi orders by thaipusam", "SMT", "2029-01-29", ""),
    ("cater 200 sadya meals by onam", "SMT", "2029-08-22", ""),
    ("print 1,000 lantern flyers for wesak day", "SMT", "2029-05-27", ""),
    ("earn 9000 CNY a month from tutoring", "SM-", None, ""),
    ("hand out the cny bonus to my team", "---", None, ""),
]

# Days kept in Canada, Malaysia, Singapore, Hong Kong, South Africa and the Caribbean.
NATIONAL_DAYS: list[Row] = [
    ("get my class 5 licence by family day", "SMT", "2029-02-19", ""),
    ("launch the bakery website before victoria day", "SMT", "2029-05-20", ""),
    ("pass my red seal before thanksgiving (canadian)", "SMT", "2029-10-07", ""),
    ("pass my CNA exam by thanksgiving", "SMT", "2028-11-23", ""),
    ("plant 500 oil palm seedlings by hari merdeka", "SMT", "2029-08-31", ""),
    ("open the cafe in Kuching by malaysia day", "SMT", "2029-09-16", ""),
    ("sign 4 sponsors by singapore national day", "SMT", "2029-08-09", ""),
    ("finish the harbour tour script by hksar establishment day", "SMT", "2029-07-01", ""),
    ("release my calypso EP by emancipation day", "SMT", "2029-08-01", ""),
    ("sell 80 costumes before carnival tuesday", "SMT", "2029-02-12", ""),
    ("get my French to C1 by la Saint-Jean-Baptiste", "SMT", "2029-06-24", ""),
    ("file 30 land claims by truth and reconciliation day", "SMT", "2029-09-30", ""),
    ("register 100 members by workers day", "SMT", "2029-05-01", ""),
    ("deliver 40 food parcels before the day of goodwill", "SMT", "2028-12-25", ""),
    ("plan a family day out with the team", "SM-", None, ""),
]

# A month said "this" once it is over, a day said last with no "by", a week of a month,
# the shopping days, a sitting by its season and an intake by its year; and near misses.
DAYS_SAID: list[Row] = [
    ("pass the PNLE this june", "SMT", "2029-06-30", ""),
    ("pass the PNLE this december", "SMT", "2028-12-31", ""),
    ("get my LPN, the program ends feb 20", "SMT", "2029-02-20", ""),
    ("apply for the ward clerk post, applications close 3 march", "SMT", "2029-03-03", ""),
    ("pass the road test by the 2nd week of january", "SMT", "2029-01-14", ""),
    ("finish my portfolio in the last week of february", "SMT", "2029-02-28", ""),
    ("get the shop to 500 orders by 9.9", "SMT", "2029-09-09", ""),
    ("hit 95% on-time dispatch before 11.11", "SMT", "2029-11-10", ""),
    ("clear the backlog of 200 returns by 12.12", "SMT", "2028-12-12", ""),
    ("double live-stream sales ahead of 12.12 next year", "SMT", "2029-12-11", ""),
    ("pass the FRM part 1 in the spring sitting", "SMT", "2029-05-31", ""),
    ("get into the fire academy in the 2029 intake", "SMT", "2029-12-31", ""),
    ("get into nursing school for the 2029 cohort", "SM-", None, ""),
    ("raise my gpa by 3.3", "---", None, ""),
    ("get a 6.5 in ielts by march", "SMT", "2029-03-31", ""),
]

# A way of working from a date begins then, with nothing due; a date of an event said after
# "after" is the earliest; a date of an event said after "before" (with no "on") is the
# event's, due the day before; a date in brackets restates the day; a quarter after a
# denied one replaces it. Near misses: a start still stands for a thing begun, and an
# event of one's own keeps no date.
STARTS_AND_EVENTS: list[Row] = [
    ("a 4 day week starting 2029", "-M-", None, ""),
    ("remote only from january 2029", "-M-", None, ""),
    ("hybrid from march", "-M-", None, ""),
    ("begin the welding course starting in 60 days", "SMT", "2029-01-12", ""),
    ("retire from the board after the 2029 AGM in june", "SM-", None, ""),
    ("pass the CPA exam in june after the review course", "SMT", "2029-06-30", ""),
    ("order 300 laptops before the office opens 2/15", "SMT", "2029-02-14", ""),
    ("pass the forklift test before the plant shutdown (3 july)", "SMT", "2029-07-02", ""),
    ("launch the podcast not Q1, Q2", "SMT", "2029-06-30", ""),
    # round 11: the day said after an event of one's own dates it (own9, own10 and own11
    # label such lines so), so this near miss of round 10 is now dated the day before
    ("finish my thesis before my defence on 5/20", "SMT", "2029-05-19", ""),
]

ROWS: list[Row] = [*NUMBER_FIRST, *FESTIVALS, *NATIONAL_DAYS, *DAYS_SAID, *STARTS_AND_EVENTS]

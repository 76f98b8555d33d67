"""Goals of our own for the kinds of deadline miss found on the eleventh labelled set (round 11).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
``ROUND11_TODAY`` (Monday 4 June 2029) with ``ROUND11_READING``: day first and a fiscal
year from July, as written in India, Pakistan, Bangladesh, Sri Lanka, Nigeria, Ghana,
Kenya, Uganda, Egypt and the Gulf. Written fresh for round 11, not taken from any labelled
set; the near misses sit beside the rules they must not trip. Of its 70
rows, 51 fail on the engine before round 11 (main at 5117b38).
"""

from __future__ import annotations

from datetime import date

from coach.coaching.reading import ReadingOptions

Row = tuple[str, str, str | None, str]

ROUND11_TODAY = date(2029, 6, 4)  # a Monday
ROUND11_READING = ReadingOptions("dmy", 7)

# Festivals of India and its neighbours, from tables: "by" is the day, "before" the day
# before; Durga Puja is its first day (Shashthi), Navratri the autumn one's first.
FESTIVALS: list[Row] = [
    ("sell 300 rakhi gift boxes by raksha bandhan", "SMT", "2029-08-23", ""),
    ("finish 25 krishna idols before janmashtami", "SMT", "2029-08-31", ""),
    ("deliver 60 modak trays by ganesh chaturthi", "SMT", "2029-09-11", ""),
    ("get 40 garba dance students enrolled before navratri", "SMT", "2029-10-07", ""),
    ("stitch 120 pandal banners by durga puja", "SMT", "2029-10-12", ""),
    ("launch my sweets stall online by dasara", "SMT", "2029-10-16", ""),
    ("print 500 calendars before pongal", "SMT", "2030-01-13", ""),
    ("harvest 12 acres of wheat by vaisakhi", "SMT", "2030-04-14", ""),
    ("open a 2nd salon before the sinhala and tamil new year", "SMT", "2030-04-13", ""),
    ("publish 10 short stories by pohela boishakh", "SMT", "2030-04-14", ""),
    # near misses: a festival as a kind of thing, or with no word such as "by"
    ("win the durga puja pandal competition", "SM-", None, ""),
    ("sell 30 rakhi sets at the weekly haat", "SM-", None, ""),
]

# The Eids by other names ("bakra eid", "big sallah", "choti eid"), "eid" or "sallah"
# alone as whichever of the two comes next, and Easter and Christmas as the Coptic and
# Orthodox churches keep them.
EIDS_AND_CHURCHES: list[Row] = [
    ("buy 15 rams to resell before bakra eid", "SMT", "2030-04-12", ""),
    ("clear my shop rent arrears by big sallah", "SMT", "2030-04-13", ""),
    ("sew 50 kaftans for customers before small sallah", "SMT", "2030-02-03", ""),
    ("bake 200 sheer khurma packs by choti eid", "SMT", "2030-02-04", ""),
    ("send 2 lakh rupees to my parents by eid", "SMT", "2030-02-04", ""),
    ("pay off 80k naira of debt before sallah", "SMT", "2030-02-03", ""),
    ("finish painting 6 church icons by orthodox easter", "SMT", "2030-04-28", ""),
    ("record 12 hymns before coptic christmas", "SMT", "2030-01-06", ""),
    # near misses: an Eid named as a market, and "eid" said with its year
    ("prepare 80 gift hampers for the eid market", "SM-", None, ""),
    ("sell 40 goats by eid 2030", "SMT", "2030-02-04", ""),
]

# National days of the Gulf, South Asia and Africa, each on a fixed day.
NATIONAL_DAYS: list[Row] = [
    ("get my iqama renewed by saudi national day", "SMT", "2029-09-23", ""),
    ("get 3 new retail clients before saudi founding day", "SMT", "2030-02-21", ""),
    ("pass my RTA driving test by uae national day", "SMT", "2029-12-02", ""),
    ("close 4 property sales before qatar national day", "SMT", "2029-12-17", ""),
    ("finish the 10 km desert trail by oman national day", "SMT", "2029-11-20", ""),
    ("hire 2 cashiers by kuwait national day", "SMT", "2030-02-25", ""),
    ("get my nursing licence by bahrain national day", "SMT", "2029-12-16", ""),
    ("paint 8 murals for the school by pakistan day", "SMT", "2030-03-23", ""),
    ("write 20 poems before ekushey", "SMT", "2030-02-20", ""),
    ("finish the 3 bridge inspections by victory day", "SMT", "2029-12-16", ""),
    # near misses: "victory" without "day", and a national day as a kind of thing
    ("lead the team to victory in 3 tournaments by december", "SMT", "2029-12-31", ""),
    ("run 3 rehearsals for the pakistan day parade", "SM-", None, ""),
    ("become a founding member of 2 farm coops by march", "SMT", "2030-03-31", ""),
]

# An independence day named with its country, or with its day and month after it; with
# neither, the United States' day, and that is said.
INDEPENDENCE: list[Row] = [
    ("get 500 signatures by ghana independence day", "SMT", "2030-03-06", ""),
    ("finish 3 client audits before india's independence day", "SMT", "2029-08-14", ""),
    ("paint 30 flags before pakistan independence day", "SMT", "2029-08-13", ""),
    ("sell 100 jerseys by nigerian independence day", "SMT", "2029-10-01", ""),
    ("register my company before bangladesh independence day", "SMT", "2030-03-25", ""),
    ("plant 2000 seedlings by independence day, 9th oct", "SMT", "2029-10-09", ""),
    ("submit my 4 grant reports by independence day on 6 march", "SMT", "2030-03-06", ""),
    ("finish my 2 online courses by independence day", "SMT", "2029-07-04", "a"),
    # near miss: a month said after it still picks that country's day, nothing assumed
    ("hire 5 drivers before independence day in oct", "SMT", "2029-09-30", ""),
]

# "by ramadan" is the day the month of fasting begins (16 January 2030's is 5 January);
# "before" it the day before; its end, or a goal done "during" it, its last day.
RAMADAN: list[Row] = [
    ("memorise 3 new surahs by ramadan", "SMT", "2030-01-05", ""),
    ("stock 400 date boxes in the shop by ramzan", "SMT", "2030-01-05", ""),
    ("fix the 2 delivery vans before ramadan", "SMT", "2030-01-04", ""),
    ("finish reading 30 juz by the end of ramadan", "SMT", "2030-02-03", ""),
    ("sell 900 iftar meal boxes during ramadan", "SMT", "2030-02-03", ""),
]

# An exam sat once a year, named with its year and no month: due by that year's end. A
# bare year gives way to a day said with a word ("... by sep end").
EXAM_YEARS: list[Row] = [
    ("hit a score of 300 in UTME 2030", "SMT", "2030-12-31", ""),
    ("clear NEET 2030 with 650 marks", "SMT", "2030-12-31", ""),
    ("get 5 A1s in WAEC 2029", "SMT", "2029-12-31", ""),
    ("pass the 2030 bar exam on my first attempt", "SMT", "2030-12-31", ""),
    ("crack UPSC mains 2029 by scoring 900 in the mocks by oct end", "SMT", "2029-10-31", ""),
    # near misses: a year that names a model or a version, not a sitting
    ("buy the 2029 model of the bajaj for my rides", "SM-", None, ""),
    ("migrate 40 laptops to windows 2030 server", "SM-", None, ""),
]

# A day said after an event ("before my contract ends on 30 sept") dates it: "before" the
# event is the day before. "before that" or "before then", pointing back at a day said
# earlier, is the day before it. "w.e.f." (with effect from) is a start.
EVENTS_AND_STARTS: list[Row] = [
    ("get 2 job offers before my contract ends on 30 sept", "SMT", "2029-09-29", ""),
    ("pass the OET before my registration lapses on 14 nov", "SMT", "2029-11-13", ""),
    ("finish the 3 audit files before my transfer on 1 august", "SMT", "2029-07-31", ""),
    ("the tender opens on 20 july, file our 2 bids before then", "SMT", "2029-07-19", ""),
    ("applications close 15/9/2029, submit 4 of them before that", "SMT", "2029-09-14", ""),
    ("my visa ends in october, find a sponsor job by then", "SMT", "2029-10-31", ""),
    ("study 6 hrs a day for the CSS exam w.e.f. 15 june", "SM-", None, ""),
    ("do 2 mock tests a week with effect from 1 july", "SM-", None, ""),
    # near misses: an event with no day said stays one coach cannot know
    ("get 2 job offers before my contract ends", "SM-", None, ""),
    ("pass the OET before my registration lapses on time", "SM-", None, ""),
]

# A quarter or half named by an ordinal typed as a number ("1st quarter", "the 3rd qtr").
ORDINAL_PERIODS: list[Row] = [
    ("raise 2 million naira by 1st quarter 2030", "SMT", "2030-03-31", ""),
    ("sign 6 new schools by the 3rd qtr", "SMT", "2029-09-30", ""),
    ("open 2 more outlets in the 2nd half of 2030", "SMT", "2030-12-31", ""),
    # near miss: a day of the month after "the" stays a day
    ("submit 3 invoices by the 2nd", "SMT", "2029-07-02", ""),
]

ROWS: list[Row] = [
    *FESTIVALS,
    *EIDS_AND_CHURCHES,
    *NATIONAL_DAYS,
    *INDEPENDENCE,
    *RAMADAN,
    *EXAM_YEARS,
    *EVENTS_AND_STARTS,
    *ORDINAL_PERIODS,
]

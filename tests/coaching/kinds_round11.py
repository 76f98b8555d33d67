"""Goals of our own for the kinds of miss found on the eleventh labelled set (round 11):
verdicts and aspirations.

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
``ROUND11_TODAY`` (Thursday 17 August 2028) with ``ROUND11_READING``: day first and a
fiscal year from July, as own11 is read. Written fresh for round 11, not taken from any
labelled set; the near misses sit beside the rules they must not trip. Of the 58 rows,
33 fail on main's engine before round 11 (5117b38).
"""

from __future__ import annotations

from datetime import date

from coach.coaching.reading import ReadingOptions

Row = tuple[str, str, str | None, str]

ROUND11_TODAY = date(2028, 8, 17)  # a Thursday
ROUND11_READING = ReadingOptions("dmy", 7)

# A goal made only of how, where or when one works, in the words of other places: hours
# as duty, timing or slots, a posting and where it is, rotations counted in months, a town
# named with no article, distance, living terms and what the employer gives. Had or not,
# but no role or result named: measurable, not specific. A role, an employer, a count of
# work or a unit named with it reads as before.
CONDITIONS: list[Row] = [
    ("no more evening duty", "-M-", None, ""),
    ("only day duties, no nights", "-M-", None, ""),
    ("a job with 8 to 4 timing", "-M-", None, ""),
    ("afternoon slots only", "-M-", None, ""),
    ("no posting at the border next time", "-M-", None, ""),
    ("no hardship posting this round", "-M-", None, ""),
    ("be posted in a peace station near my wife", "-M-", None, ""),
    ("3 months on 1 month off rotation", "-M-", None, ""),
    ("a job in mombasa so i can live with my mum", "-M-", None, ""),
    ("work in kigali not musanze", "-M-", None, ""),
    ("office in pune, max 3 days a week", "-M-", None, ""),
    ("remote from karachi, full time", "-M-", None, ""),
    ("8 to 5 timing in jeddah", "-M-", None, ""),
    ("work within 5 km of my house", "-M-", None, ""),
    ("company accommodation, single room", "-M-", None, ""),
    ("employer must pay my flights home", "-M-", None, ""),
    ("no split shifts at the shop", "-M-", None, ""),
    ("no friday shifts because of jumma", "-M-", None, ""),
    ("overtime paid, not unpaid", "-M-", None, ""),
    ("a desk job, no field work", "-M-", None, ""),
    ("drive only within the city", "-M-", None, ""),
    ("wifi on board so i can call home", "-M-", None, ""),
    # near misses: a count of work, a role, a unit, a plural and an employer stay specific
    ("drive 25 trips a day", "SM-", None, ""),
    ("a night shift job at the flour mill", "SM-", None, ""),
    ("get a job in theatres", "SM-", None, ""),
    ("work in a NICU", "SM-", None, ""),
    ("get insurance by friday", "SMT", "2028-08-18", ""),
    ("get a data analyst job in nairobi", "SM-", None, ""),
    ("get a remote job in Porto", "SM-", None, ""),  # a town with a capital: as before
    ("get a job in marketing", "SM-", None, ""),  # a word coach knows: no town
]

# Postings and transfers as named outcomes: the post after "as", the place after "to",
# known to coach or not; a role after "a job as" with no article; what is sold when it is
# the person's own or all of it. A post said by what it is like, somewhere unnamed, or
# more of a thing, names nothing.
POSTINGS: list[Row] = [
    ("get posted as deputy collector", "SM-", None, ""),
    ("be appointed as block development officer by march", "SMT", "2029-03-31", ""),
    ("get transferred to karachi head office", "SM-", None, ""),
    ("get a job as site supervisor in doha", "SM-", None, ""),
    ("find work as housekeeper", "SM-", None, ""),
    ("get transferred to a better branch", "---", None, ""),
    ("get posted to somewhere near home", "---", None, ""),
    # what is sold, the person's own or all of it, at a fair or not
    ("sell my woodcarvings at the kisumu agricultural show", "SM-", None, ""),
    ("sell all the stock before we move shop", "SM-", None, ""),
    ("sell more honey", "---", None, ""),
]

# Resolve and effort with no end to reach ("get serious about", "try my best", "do my
# best", "give it my all"), whatever follows; a skill named with a possessive after a
# vague verb stays blurred though an exam follows. Near misses name the result.
VAGUE: list[Row] = [
    ("get serious about my ACCA prep", "---", None, ""),
    ("do my best in the board exams", "---", None, ""),
    ("give it my all at the trials", "---", None, ""),
    ("work on my OET writing before the test", "---", None, ""),
    ("work on my public speaking for the interview", "---", None, ""),
    ("pass the ACCA exams", "SM-", None, ""),
    ("get band 7 in IELTS speaking", "SM-", None, ""),
]

# Aspirations: fame, a quality or freedom as the whole of a far-off goal names nothing
# ("a famous chef someday", "a name people remember", "financially free one day", "known
# to the whole world"); a work that wins or plays at a named festival or prize is named.
# Near misses: a size ("a big"), a title with "world", a family "whole", a named role.
ASPIRATIONS: list[Row] = [
    ("someday become a famous chef", "---", None, "A"),
    ("one day build a label people remember", "---", None, "A"),
    ("be financially free one day", "---", None, "A"),
    ("one day sell my baskets to the whole world", "---", None, "A"),
    ("someday make my village proud", "---", None, "A"),
    ("one day write a novel that wins at the Caine Prize", "SM-", None, "A"),
    ("someday direct a short film that screens at Cannes", "SM-", None, "A"),
    ("someday own a big poultry farm in my county", "SM-", None, "A"),
    ("be a world champion in squash one day", "SM-", None, "A"),
    ("one day bring my whole family to canada", "SM-", None, "A"),
    ("one day become a high court judge", "SM-", None, "A"),
]

ROWS: list[Row] = [*CONDITIONS, *POSTINGS, *VAGUE, *ASPIRATIONS]

"""Goals of our own for the kinds of miss found on the third labelled set (round 3).

Each kind has new sentences across fields, plus a few near misses that must keep
their verdict; rows as in ``test_issue19_kinds.py`` (text, what is met, deadline,
flags), judged on 2026-12-03, a Thursday.
"""

from __future__ import annotations

Row = tuple[str, str, str | None, str]

# "this yr", "tomorrow", "this weekend", "the rest of the year", "starting in 60 days"
EVERYDAY_DATES: list[Row] = [
    ("renew my food hygiene certificate this yr", "SMT", "2026-12-31", ""),
    ("publish 3 blog posts next yr", "SMT", "2027-12-31", ""),
    ("get my CSCS card tomorrow", "SMT", "2026-12-04", ""),
    ("submit the expenses report by tmrw", "SMT", "2026-12-04", ""),
    ("finish the grant proposal this weekend", "SMT", "2026-12-06", ""),
    ("send 10 applications by the weekend", "SMT", "2026-12-06", ""),
    ("win 2 tenders for the rest of the year", "SMT", "2026-12-31", ""),
    ("pass all three ACCA papers in 9 months", "SMT", "2027-09-03", ""),
    ("begin my plumbing apprenticeship starting in 60 days", "SMT", "2027-02-01", ""),
    # near misses: the leaders of tomorrow are not a date, nor are weekends in general
    ("train the engineers of tomorrow", "---", None, ""),
    ("work fewer weekends", "---", None, ""),
]

# More short forms: end of day and close of business, "yr" after "the", days in words,
# a day of next month.
SHORT_FORMS: list[Row] = [
    ("send the invoices by eod", "SMT", "2026-12-03", ""),
    ("file the report by cob friday", "SMT", "2026-12-04", ""),
    ("hit 50 sales within the yr", "SMT", "2026-12-31", ""),
    ("publish 2 papers before the end of the yr", "SMT", "2026-12-31", ""),
    ("launch the bakery website by thxgiving", "SMT", "2027-11-25", ""),
    ("pass my road test by june first", "SMT", "2027-06-01", ""),
    ("submit the grant proposal by march the fifteenth", "SMT", "2027-03-15", ""),
    ("get my work visa by the 15th of next month", "SMT", "2027-01-15", ""),
    ("get 2 more certs before the year is out", "SMT", "2026-12-31", ""),
    ("close 4 deals by the time the quarter ends", "SMT", "2026-12-31", ""),
    ("book 5 gigs before the month is over", "SMT", "2026-12-31", ""),
]

# A holiday is its own day: "before" it is the day before.
HOLIDAYS: list[Row] = [
    ("launch the gift shop before mother's day", "SMT", "2027-05-08", ""),
    ("open the new menu by st. patrick's day", "SMT", "2027-03-17", ""),
    ("get my drone licence before father's day", "SMT", "2027-06-19", ""),
    ("pass my HGV test before the fourth of july", "SMT", "2027-07-03", ""),
    ("ship the app update by good friday", "SMT", "2027-03-26", ""),
    # a holiday or a month naming a kind of thing is no date: the halloween show, the
    # christmas market, my april payslip
    ("sell 200 tickets for the halloween show", "SM-", None, ""),
    ("run a stall at the christmas market", "SM-", None, ""),
    ("get my april payslip corrected", "SM-", None, ""),
    ("finish the audit by my april deadline", "SMT", "2027-04-30", ""),
    ("pass the bar exam by july 4th", "SMT", "2027-07-04", ""),
]

# A plan moved: "pushed to june" is the new date, the old one is set aside.
MOVED_TO: list[Row] = [
    ("my CPA exam was set for march, pushed to june", "SMT", "2027-06-30", ""),
    ("open the cafe, planned for april, now moved to august", "SMT", "2027-08-31", ""),
    ("submit the thesis, was due in may, postponed to september", "SMT", "2027-09-30", ""),
]

# Words that name no deadline: a lower bound, a weekly rhythm, a term's own dates.
NOT_A_DEADLINE: list[Row] = [
    ("launch my tutoring business after christmas", "SM-", None, ""),
    ("apply for the band 6 post after april", "SM-", None, ""),
    ("teach 2 pottery classes on sunday mornings", "SM-", None, ""),
    ("run 3 open mic nights on friday evenings", "SM-", None, ""),
    ("pass my theory test by october half term", "SM-", None, ""),
    ("finish the coursework before the february break", "SM-", None, ""),
    # near misses: "after" beside a deadline, and a single evening
    ("pass CFA level 1 by june, no earlier than april", "SMT", "2027-06-30", ""),
    ("host the awards dinner by friday night", "SMT", "2026-12-04", ""),
]

# "for next year" says what the work is for when a firmer date says when it is due;
# "the summer season" is the season itself, not an event of the person's own.
FOR_AND_SEASONS: list[Row] = [
    ("plan 3 school trips for next year by the end of january", "SMT", "2027-01-31", ""),
    ("secure 10 wedding bookings for 2028 by june", "SMT", "2027-06-30", ""),
    ("find a lifeguard job by the summer season", "SMT", "2027-08-31", ""),
    ("hire 4 seasonal staff before the spring season", "SMT", "2027-02-28", ""),
    ("get a ski instructor job before the busy season", "SM-", None, ""),
]

# Several goals on one line: a new action after a dated goal is a goal of its own, and
# "then work in ..." too; a clause that sets the scene ("after the merger closes in
# january, ...", "i'm leaving the navy in june; ...") is not a goal; "by then" and
# "within 3 years of that" point back at the date before them.
PARTS: list[Row] = [
    ("launch the podcast by march and quit my day job", "SM-", None, "2"),
    ("finish the audit by january, then leave the firm", "SM-", None, "2"),
    ("finish my CNA course by february, then work in a care home", "SM-", None, "2"),
    ("get my CPC by june, then work for a haulage firm", "SM-", None, "2"),
    (
        "after the merger closes in january, get promoted to finance manager by may",
        "SMT",
        "2027-05-31",
        "",
    ),
    (
        "when the new clinic opens in march, become its practice manager by june",
        "SMT",
        "2027-06-30",
        "",
    ),
    ("i'm leaving the navy in june; get a civilian logistics job by then", "SMT", "2027-06-30", ""),
    (
        "we're relocating to leeds in april, find a teaching post there by then",
        "SMT",
        "2027-04-30",
        "",
    ),
    (
        "pass the bar by july 2027 and make senior associate within 3 years of that",
        "SMT",
        "2030-07-31",
        "2",
    ),
    ("get a lectureship in history by 2029", "SMT", "2029-12-31", ""),
    # near misses: one move with one date, and a plan that is the person's own
    ("leave nursing and get a pharma sales job within a year", "SMT", "2027-12-03", ""),
    ("i'm going to pass my driving test in march; then buy a van", "SM-", None, "2"),
]

# The words of each part as shown to the person: no joining comma, no heading.
PART_TEXTS: list[tuple[str, tuple[str, ...]]] = [
    ("get my HGV licence first, then buy a truck", ("get my HGV licence first", "buy a truck")),
    (
        "get my SIA licence, then apply to 3 security firms",
        ("get my SIA licence", "apply to 3 security firms"),
    ),
    (
        "nurse educator: run 4 simulation days by march, then publish the audit",
        ("run 4 simulation days by march", "publish the audit"),
    ),
    (
        "baker - open a market stall by may; then rent a shop by 2028",
        ("baker - open a market stall by may", "rent a shop by 2028"),
    ),
]

# Goal or aspiration: who the person wants to be or how they want to work, said with
# no time at all, and running a place of their own five years out, are destinations.
DESTINATIONS: list[Row] = [
    ("i want to be a wildlife vet", "SM-", None, "A"),
    ("i wanna be an airline pilot", "SM-", None, "A"),
    ("want to end up as a head chef in a hotel", "SM-", None, "A"),
    ("work for myself as a bookkeeper", "SM-", None, "A"),
    ("work remotely as a UX researcher", "SM-", None, "A"),
    ("in 5 years run my own landscaping business", "SMT", "2031-12-03", "A"),
    ("open my own physio clinic within the next 6 years", "SMT", "2032-12-03", "A"),
    # near misses: a promotion five years out, a role with a date, a job's perk
    ("become a charge nurse by 2031", "SMT", "2031-12-31", ""),
    ("i want to be a paramedic by 2028", "SMT", "2028-12-31", ""),
    ("find a role where i can work from home", "---", None, ""),
]

# A job of work that is plainly done or not is specific and measurable, though no
# lexicon names it: "do the stocktake", "put up the shelving", "get the tills installed".
TASKS: list[Row] = [
    ("do the stocktake by the end of the month", "SMT", "2026-12-31", ""),
    ("put up the new shelving in the stockroom by friday", "SMT", "2026-12-04", ""),
    ("pay off my student loan by 2030", "SMT", "2030-12-31", ""),
    ("get the new tills installed before christmas", "SMT", "2026-12-24", ""),
    ("get the barn roof fixed by spring", "SMT", "2027-05-31", ""),
    ("get all the potatoes in by october", "SMT", "2027-10-31", ""),
    ("take over the family bakery", "SM-", None, ""),
    ("mark coursework every sunday", "SM-", None, ""),
    # near misses: how much and how well are not a job of work
    ("do more for my team", "---", None, ""),
    ("do my best at work", "---", None, ""),
]

# Leaving a line of work, or going back to work, is done or not, though where to is not
# said (so it is not specific); a vague landing after it keeps it unmeasurable.
LEAVING: list[Row] = [
    ("get out of hospitality", "-M-", None, ""),
    ("leave teaching by the summer", "-MT", "2027-08-31", ""),
    ("quit nursing within 2 years", "-MT", "2028-12-03", ""),
    ("go back to work after my cancer treatment", "-M-", None, ""),
    ("return to work by april", "-MT", "2027-04-30", ""),
    # quitting, with nothing after it, is leaving the job
    ("quit by june", "-MT", "2027-06-30", ""),
    ("resign this year", "-MT", "2026-12-31", ""),
    ("save 8k by april, then quit", "-M-", None, "2"),
    # near miss: where to is vague
    ("get out of law and into something with less stress", "---", None, ""),
]

# Words of more fields: schools applied to, honours and distinctions, citation counts,
# musicians, championships to qualify for, a cloud certification.
MORE_VOCABULARY: list[Row] = [
    ("get into law school by 2028", "SMT", "2028-12-31", ""),
    ("graduate with first class honours", "SM-", None, ""),
    ("pass grade 6 piano with distinction by june", "SMT", "2027-06-30", ""),
    ("get my citations to 500 by 2029", "SMT", "2029-12-31", ""),
    ("be a touring drummer by 2028", "SMT", "2028-12-31", ""),
    ("get 3 of my runners to qualify for nationals by june", "SMT", "2027-06-30", ""),
    ("pass the AWS cloud practitioner in march", "SMT", "2027-03-31", ""),
]

# A job whose kind is named by a season or a programme's own name, or its place.
KINDS_OF_JOB: list[Row] = [
    ("land a winter internship by january", "SMT", "2027-01-31", ""),
    ("find a Teach First placement by june", "SMT", "2027-06-30", ""),
    ("get a job on campus by february", "SMT", "2027-02-28", ""),
    ("get a coaching post by 2028", "SMT", "2028-12-31", ""),
    ("find a training job", "SM-", None, ""),
    ("land a teaching job for september", "SMT", "2027-09-30", ""),
    ("land a mentoring position by spring", "SMT", "2027-05-31", ""),
    # near miss: a new job alone says which job no more than "a job" does
    ("get a new job by march", "-MT", "2027-03-31", ""),
]

# Vague however concrete the words around it: a standard with no measure ("up to
# scratch"), a doing that is to get better, an activity only begun, a kind of shift
# that is fewer, a re-learning, and a collection with nothing named in it.
VAGUE_PASSES: list[Row] = [
    ("get my spanish up to scratch", "---", None, ""),
    ("get my excel skills up to speed by march", "--T", "2027-03-31", ""),
    ("bring my python up to par", "---", None, ""),
    ("get better at running ward rounds", "---", None, ""),
    ("become better at writing grant proposals", "---", None, ""),
    ("get my food hygiene certificate by may and start hiring", "---", None, "2"),
    ("renew my licence this month, then start teaching", "---", None, "2"),
    ("pick up fewer double shifts", "---", None, ""),
    ("relearn french", "---", None, ""),
    ("relearning autocad this year", "--T", "2026-12-31", ""),
    ("build a portfolio by june", "--T", "2027-06-30", ""),
    ("start a portfolio", "---", None, ""),
    # near misses: a count, a portfolio with its content, a doing with its object
    ("double my sales by 2028", "SMT", "2028-12-31", ""),
    ("build a portfolio of 6 case studies by may", "SMT", "2027-05-31", ""),
    ("finish migrating the payroll to the new system by april", "SMT", "2027-04-30", ""),
]

# Concrete outcomes said in words no list held: working on one's own account, being
# signed to or leading a named kind of organisation; and "im a roofer" is who the
# person is now, not the role to reach.
OWN_ACCOUNT_AND_GROUPS: list[Row] = [
    ("go self employed as a plasterer by 2028", "SMT", "2028-12-31", ""),
    ("become freelance by the summer", "SMT", "2027-08-31", ""),
    ("pass my 18th edition, then go self-employed", "SM-", None, "2"),
    ("get signed to a talent agency", "SM-", None, ""),
    ("lead a research group by 2030", "SMT", "2030-12-31", ""),
    ("get signed to a literary agency by spring", "SMT", "2027-05-31", ""),
    ("im a chef and want to get off the tools", "-M-", None, ""),
    ("i'm a sparky looking to get off the tools by 2029", "-MT", "2029-12-31", ""),
    # near miss: the role to reach is named after who the person is now
    ("im a teaching assistant and want to be a qualified teacher by 2028", "SMT", "2028-12-31", ""),
]

# A span whose unit is left out repeats the one before ("... in 2 years and my masters
# in 4"); a course named only by its kind is done or not but says not in what; living
# from a craft ("a working artist") is who the person wants to be.
LEFT_OUT_AND_KINDS: list[Row] = [
    ("finish my associate degree in 2 years and my bachelors in 4", "SMT", "2030-12-03", "2"),
    ("get my PGCE in 1 year and QTS in 2", "SMT", "2028-12-03", "2"),
    ("get my CCNA in 6 months and my CCNP in 18", "SMT", "2028-06-03", "2"),
    ("do an online course", "-M-", None, ""),
    ("take a short course by march", "-MT", "2027-03-31", ""),
    ("sign up for a taster course", "-M-", None, ""),
    ("become a working musician", "---", None, "A"),
    ("be a working photographer", "---", None, "A"),
    ("make a living as a potter", "---", None, "A"),
    # near misses: a course that says in what, a working role with its place
    ("take a short course in bookkeeping by march", "SMT", "2027-03-31", ""),
    ("do a refresher course on wound care this month", "SMT", "2026-12-31", ""),
]

# More outcomes done or not: paying back, a thing put in its finished state ("get the barn
# converted"), moving one's family or business somewhere, a mortgage, a heat or a cup to
# win, a list or roster to get on, a place on a scheme.
MORE_OUTCOMES: list[Row] = [
    ("pay back my car loan by 2028", "SMT", "2028-12-31", ""),
    ("get the loft converted by summer", "SMT", "2027-08-31", ""),
    ("get my thesis chapters proofread by march", "SMT", "2027-03-31", ""),
    ("move my family to canada by 2029", "SMT", "2029-12-31", ""),
    ("relocate the clinic to the high street by june", "SMT", "2027-06-30", ""),
    ("get a mortgage for the flat this year", "SMT", "2026-12-31", ""),
    ("win the county cup next season", "SM-", None, ""),
    ("get onto the council's approved supplier list by spring", "SMT", "2027-05-31", ""),
    ("get on the agency's roster", "SM-", None, ""),
    ("get a place on the nursing course at leeds", "SM-", None, ""),
    # graduating is a degree finished, done or not; a nurse's NMC pin is her registration
    ("graduate in june 2028", "SMT", "2028-06-30", ""),
    ("graduate from the police academy next year", "SMT", "2027-12-31", ""),
    ("get my nmc pin by march", "SMT", "2027-03-31", ""),
    ("get my hcpc registration before the summer", "SMT", "2027-05-31", ""),
    ("win a place on the graduate scheme by september", "SMT", "2027-09-30", ""),
]

# Said in other words: wanting to be a role in "i'd love to be", doing well as a quality,
# "fitter" as more fit, a career switched into a field, and a plan moved "it" to a date.
OTHER_WORDS: list[Row] = [
    ("i'd love to be a wedding photographer", "SM-", None, "A"),
    ("i would like to be an air traffic controller", "SM-", None, "A"),
    ("hope to be a head teacher", "SM-", None, "A"),
    ("do well in my nursing exams", "---", None, ""),
    ("do better on my assessments this term", "---", None, ""),
    ("get fitter for the fire service fitness test", "SM-", None, ""),
    ("get fitter", "---", None, ""),
    ("switch careers into data science", "SM-", None, ""),
    ("change careers into nursing by 2028", "SMT", "2028-12-31", ""),
    ("open the salon, planned for april, moved it to june", "SMT", "2027-06-30", ""),
    ("submit the bid, was due in january, pushed it back to march", "SMT", "2027-03-31", ""),
]

ROWS: list[Row] = [
    *OTHER_WORDS,
    *MORE_OUTCOMES,
    *LEFT_OUT_AND_KINDS,
    *OWN_ACCOUNT_AND_GROUPS,
    *VAGUE_PASSES,
    *LEAVING,
    *MORE_VOCABULARY,
    *KINDS_OF_JOB,
    *TASKS,
    *DESTINATIONS,
    *PARTS,
    *EVERYDAY_DATES,
    *SHORT_FORMS,
    *HOLIDAYS,
    *MOVED_TO,
    *NOT_A_DEADLINE,
    *FOR_AND_SEASONS,
]

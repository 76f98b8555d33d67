"""Goals of our own for the kind of miss found on the eighth labelled set (round 8).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
2026-12-03, a Thursday. A verb that attains something ("get", "pass", "fill out", "save",
"hire", "make", "go to ... school", "get hired at") with a concrete thing after it is
specific and done or not, whether or not coach knows the word: a coach does not need to
know what a TABC card is to see the goal names one. The near misses are concrete-looking
nouns that still name nothing to have: a quality, a turn of phrase, a thing with no size.
"""

from __future__ import annotations

Row = tuple[str, str, str | None, str]

# A thing to have, named after the verb that attains it, in words the lists do not hold.
NAMED_THINGS: list[Row] = [
    ("fill out the w-4 by friday", "SMT", "2026-12-04", ""),
    ("fill out the parole paperwork by monday", "SMT", "2026-12-07", ""),
    ("get my tabc card this week", "SMT", "2026-12-06", ""),
    ("get my dba by friday", "SMT", "2026-12-04", ""),
    ("get my nmls by spring", "SMT", "2027-05-31", ""),
    ("get my food handlers by monday", "SMT", "2026-12-07", ""),
    ("get my mobile notary bond by next week", "SMT", "2026-12-13", ""),
    ("get my asbestos abatement card by june", "SMT", "2027-06-30", ""),
    ("get my taxi medallion by next year", "SMT", "2027-12-31", ""),
    ("earn my snowboard instructor level 2 by march", "SMT", "2027-03-31", ""),
    ("sit for the rhit in may", "SMT", "2027-05-31", ""),
    ("hit platinum tier on doordash by march", "SMT", "2027-03-31", ""),
    ("plan the winter coat drive by 12/20", "SMT", "2026-12-20", ""),
    ("hire a dishwasher for the diner by february", "SMT", "2027-02-28", ""),
    ("hire a tiler for the bathroom by march", "SMT", "2027-03-31", ""),
    ("land a booth at the holiday craft fair", "SM-", None, ""),
    ("get my short story into the paris review by june", "SMT", "2027-06-30", ""),
    # a paper whose subject the lists know is still the paper, done or not
    ("get my welding bend test done by next week", "SMT", "2026-12-13", ""),
]

# A sum to save is counted; a rank or grade to make is reached or not.
SUMS_AND_RANKS: list[Row] = [
    ("save 2400 for a used car by june", "SMT", "2027-06-30", ""),
    ("save 800 for the deposit by march", "SMT", "2027-03-31", ""),
    ("save 600 for my nail kit by friday", "SMT", "2026-12-04", ""),
    ("make E-5 by summer", "SMT", "2027-08-31", ""),
    ("make crew chief by spring", "SMT", "2027-05-31", ""),
    ("make first chair in the orchestra by spring", "SMT", "2027-05-31", ""),
    # near misses: no sum, and people are not a rank
    ("save enough for a down payment", "---", None, ""),
    ("save extra for the holidays", "---", None, ""),
]

# A place named where the person will study or work: which school, which employer.
NAMED_PLACES: list[Row] = [
    ("go to barber school next fall", "SMT", "2027-11-30", ""),
    ("go to court reporting school next year", "SMT", "2027-12-31", ""),
    ("work part time at the hardware store on main street", "SM-", None, ""),
    ("get hired on a fishing boat in alaska by june", "SMT", "2027-06-30", ""),
    ("switch from bartending to dental assisting by june", "SMT", "2027-06-30", ""),
    ("move from the mailroom to the claims desk", "SM-", None, ""),
    ("become a full time tattoo artist by spring", "SMT", "2027-05-31", ""),
    # near misses: a better school is not one school; hired, but where is not said; a
    # move to a quality is no move to a place
    ("go from good to great", "---", None, ""),
    ("go to a better school", "---", None, ""),
    ("get hired", "-M-", None, ""),
    ("get promoted again", "-M-", None, ""),
]

# Concrete-looking nouns that still name nothing to have: a quality, a turn of phrase,
# a thing with no size, a state to get back to.
NAMES_NOTHING: list[Row] = [
    ("get my nerve back after the fall", "---", None, ""),
    ("get my swagger back at work", "---", None, ""),
    ("get my finances together", "---", None, ""),
    ("get my paperwork together", "---", None, ""),
    ("get my priorities straight", "---", None, ""),
    ("get my name out there", "---", None, ""),
    ("get my bearings at the new hospital", "---", None, ""),
    ("earn my stripes on the night crew", "---", None, ""),
    ("get a piece of the pie", "---", None, ""),
    ("take the leap into freelancing", "---", None, ""),
    ("take ownership of my career", "---", None, ""),
    ("take a step back from overtime", "---", None, ""),
    ("earn credibility with the partners", "---", None, ""),
    ("get clarity on my next step", "---", None, ""),
    ("get stability", "---", None, ""),
    ("get a pay bump", "---", None, ""),
    ("get the hang of payroll", "---", None, ""),
    ("get a life outside of work", "---", None, ""),
    ("get a better schedule", "---", None, ""),
    ("land a good gig", "---", None, ""),
    ("stop getting passed over for shifts", "---", None, ""),
    ("get paid what im worth", "---", None, ""),
    ("get my house in order", "---", None, ""),
    ("get my weight down", "---", None, ""),
    ("earn respect from the night crew", "---", None, ""),
    ("earn a living from my pottery", "---", None, ""),
    ("get my voice heard in meetings", "---", None, ""),
    ("get my hands dirty on the shop floor", "---", None, ""),
    ("file things properly", "---", None, ""),
    ("plan my next move", "---", None, ""),
]

# One word beside a date, typed in a hurry: the thing itself, unless it has no size or is
# a quality.
ONE_WORD: list[Row] = [
    ("tabc by friday!!", "SMT", "2026-12-04", ""),
    ("bonus by q4!!", "--T", "2026-12-31", ""),
    ("happiness by 2028!", "--T", "2028-12-31", ""),
]

ROWS: list[Row] = [*NAMED_THINGS, *SUMS_AND_RANKS, *NAMED_PLACES, *NAMES_NOTHING, *ONE_WORD]

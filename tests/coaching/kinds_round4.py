"""Goals of our own for the kinds of miss found on the fourth labelled set (round 4).

Rows as in ``test_issue19_kinds.py`` (text, what is met, deadline, flags), judged on
2026-12-03, a Thursday. Each kind has new sentences across fields, and near misses that
must keep their verdict.
"""

from __future__ import annotations

Row = tuple[str, str, str | None, str]

# A slip of the keyboard in a word that carries the date or the verb is read as the word.
TYPOS: list[Row] = [
    ("pass my nclex in 3 monhts", "SMT", "2027-03-03", ""),
    ("get my real estate licence by thnaksgiving", "SMT", "2027-11-25", ""),
    ("finsih my welding course within 6 weeks", "SMT", "2027-01-14", ""),
    ("complet my CNA training in two yaers", "SMT", "2028-12-03", ""),
    ("open my nail bar befroe christmas", "SMT", "2026-12-24", ""),
    # near misses: real words one slip from a known word keep their meaning
    ("compete in 2 regional cooking contests next year", "SMT", "2027-12-31", ""),
    ("learn finnish", "---", None, ""),
]

# Everyday date forms: a year closing a terse line, the end of "fiscal" or of "Q", a
# plan being moved ("pushing it to"), a unit said once ("not this year but next"), a
# date that is an event's ("before the exam on march 3" is the day before), and a start
# that only says when a rate of work begins (no deadline).
DATE_FORMS: list[Row] = [
    ("PMP 2027", "SMT", "2027-12-31", ""),
    ("red seal 2028", "SMT", "2028-12-31", ""),
    ("my CDL 2027", "SMT", "2027-12-31", ""),
    ("hit 40 sales by end of fiscal", "SMT", "2026-12-31", "a"),
    ("cut our costs by 10% by the end of our fiscal year", "SMT", "2026-12-31", "a"),
    ("book 30 demos by end of Q", "SMT", "2026-12-31", ""),
    ("call 10 leads a day starting monday", "SM-", None, ""),
    ("write 500 words a day starting january", "SM-", None, ""),
    ("post 2 videos per week starting next month", "SM-", None, ""),
    ("get my license, was march, pushing it to june", "SMT", "2027-06-30", ""),
    ("open the cafe in 2027, moving it to 2028 now", "SMT", "2028-12-31", ""),
    ("pass the CFA not this year but next", "SMT", "2027-12-31", ""),
    ("launch the podcast this month or next", "SMT", "2027-01-31", ""),
    ("pass the mock exam before the real one on march 3", "SMT", "2027-03-02", ""),
    ("finish my reading before my exam on 1/15/2027", "SMT", "2027-01-14", ""),
    ("get the deck done before the pitch on friday", "SMT", "2026-12-03", ""),
    # near misses: a year after "of" is a name, and "next in line" is no date
    ("join the class of 2028", "SM-", None, ""),
    ("get next in line for charge nurse", "SM-", None, ""),
]

# Work kept up ("help", "shadow", "volunteer", "write for", "build relationships") has no
# finish line unless a number gives one; a contest to win or a bar to qualify for is
# done or not, whatever it is called.
ONGOING_AND_CONTESTS: list[Row] = [
    ("help the new grads with their charting", "S--", None, ""),
    ("help out at the food bank", "S--", None, ""),
    ("assist the head chef on weekends", "S--", None, ""),
    ("shadow a senior electrician this spring", "S-T", "2027-05-31", ""),
    ("write for the school's parent newsletter", "S--", None, ""),
    ("build relationships with the local dental offices", "S--", None, ""),
    ("win a regional barista championship", "SM-", None, ""),
    ("win a regional chili cook-off", "SM-", None, ""),
    ("win an audition for the city ballet", "SM-", None, ""),
    ("win the spelling bee at my school", "SM-", None, ""),
    ("qualify for the state finals in the 400m", "SM-", None, ""),
    # near misses: a number gives ongoing work its finish line; winning more is no contest
    ("help 20 families file their taxes by april", "SMT", "2027-04-30", ""),
    ("win more clients", "---", None, ""),
    ("win back my old customers", "---", None, ""),
]

# A destination years away: what a "someday" statement names is reached or not, even in
# words coach does not know; and owning, opening or taking over a place five years out
# is a destination, not a step (a role that far out, or a nearer place, is still a goal).
DESTINATIONS: list[Row] = [
    ("sing at the royal albert hall one day", "SM-", None, "A"),
    ("get a poem into the new yorker one day", "SM-", None, "A"),
    ("play in a west end musical someday", "SM-", None, "A"),
    ("one day cook at a michelin star kitchen", "SM-", None, "A"),
    ("retire at 50 with a paid off house", "SM-", None, "A"),
    ("i want to retire at 62 in a cabin by the lake", "SM-", None, "A"),
    ("own 4 food trucks in 6 years", "SMT", "2032-12-03", "A"),
    ("open a dental lab within 8 years", "SMT", "2034-12-03", "A"),
    ("take over the family bakery in 5 years", "SMT", "2031-12-03", "A"),
    # near misses: no destination named, or not far enough away
    ("make more money someday", "---", None, "A"),
    ("change jobs eventually", "---", None, "A"),
    ("own the product roadmap within 2 years", "SMT", "2028-12-03", ""),
]

# Several goals on one line joined by a spaced "+", or by "then" when each side has its
# own date; a "+" glued to a name ("A+") joins nothing.
SPLITS: list[Row] = [
    ("pass my road test in january + buy a used van by march", "SMT", "2027-03-31", "2"),
    (
        "finish the CNA course by spring + apply to 3 nursing homes by summer",
        "SMT",
        "2027-08-31",
        "2",
    ),
    ("get my PMP in 3 months then my ITIL by june", "SMT", "2027-06-30", "2"),
    ("CCNA by march then CCNP by 2028", "SMT", "2028-12-31", "2"),
    ("get an A+ on my thesis by may", "SMT", "2027-05-31", ""),
]

# A goal typed as the thing itself, with no verb, means getting it: a promotion is done
# or not (though which one is not said), and so is a mentor found.
THE_THING_ITSELF: list[Row] = [
    ("promotion", "-M-", None, ""),
    ("a promotion this year", "-MT", "2026-12-31", ""),
    ("my promotion by june", "-MT", "2027-06-30", ""),
    ("a mentor by spring", "SMT", "2027-05-31", ""),
    # near miss: "mentor the juniors" is the verb, work kept up
    ("mentor the night shift juniors", "S--", None, ""),
]

# An ordinal says which one, not how many: "my 2nd graders" is no count to reach.
ORDINALS: list[Row] = [
    ("raise my 2nd graders' math scores", "---", None, ""),
    ("improve my 4th year students' pass rate", "---", None, ""),
    ("lift my 3rd shift's output", "---", None, ""),
    # near misses: a first place is still won, a number after the ordinal still counts
    ("get 1st place at the county show", "SM-", None, ""),
    ("raise my 2nd graders' math scores to 85%", "SM-", None, ""),
]

# A line to stay above or below is a number to check: "keep" it so is measurable.
THRESHOLDS: list[Row] = [
    ("keep my guest rating above 4.8 all year", "SM-", None, ""),
    ("keep our defect rate below 0.5 this quarter", "SMT", "2026-12-31", ""),
    ("keep my handicap under 10", "SM-", None, ""),
    ("stay above 4.5 on uber", "SM-", None, ""),
    # near miss: keeping with no line to hold is still vague
    ("keep my grades up", "---", None, ""),
]

# Being hired is done or not, even when where is not said (so not specific). Where it is
# said, it is specific (round 8): the held-out sets read "get hired on a pipeline crew"
# (own6), "get hired on a 911 ambulance" and "get hired by the sheriffs office" (own8) so.
HIRED: list[Row] = [
    ("get hired somewhere with a pension", "-M-", None, ""),
    ("get hired by spring", "-MT", "2027-05-31", ""),
    ("be taken on by a roofing crew this summer", "SMT", "2027-08-31", ""),
    # near miss: hiring others is a count
    ("hire two more stylists", "SM-", None, ""),
]

ROWS: list[Row] = [
    *HIRED,
    *THRESHOLDS,
    *ORDINALS,
    *THE_THING_ITSELF,
    *SPLITS,
    *DESTINATIONS,
    *ONGOING_AND_CONTESTS,
    *TYPOS,
    *DATE_FORMS,
]

"""Goals of our own for the kinds of miss found on the second labelled set (round 2).

Each kind has new sentences across fields, plus a few near misses that must keep
their verdict; rows as in ``test_issue19_kinds.py`` (text, what is met, deadline,
flags), judged on 2026-12-03, a Thursday.
"""

from __future__ import annotations

Row = tuple[str, str, str | None, str]

IDENTITY: list[Row] = [
    ("be a great nurse manager", "---", None, ""),
    ("be an amazing paralegal for my team", "---", None, ""),
    ("become a better line cook", "---", None, ""),
    ("become a more hands-on engineering manager", "---", None, ""),
    ("be a rockstar account executive", "---", None, ""),
    ("become the sort of teacher who makes science fun", "---", None, "A"),
    ("become the type of manager people want to work for", "---", None, "A"),
    ("be known as the best estimator in the firm", "---", None, ""),
    ("make a name for myself in the podcast world", "---", None, "A"),
    ("get my confidence back after maternity leave", "---", None, ""),
    ("get my spark back for teaching", "---", None, ""),
    ("get back on track with my career", "---", None, ""),
    # near misses: a qualification, a named employer, a credential to win back
    ("be a registered nurse by june", "SMT", "2027-06-30", ""),
    ("become a licensed electrician by 2028", "SMT", "2028-12-31", ""),
    ("become a senior estimator at a construction firm", "SM-", None, ""),
    ("get my driving licence back after the ban", "SM-", None, ""),
]

QUALITY_OF_PLACE: list[Row] = [
    ("find a job that pays the bills and feels meaningful", "---", None, ""),
    ("find a practice where i can grow", "---", None, ""),
    ("find a lab that treats postdocs well", "---", None, ""),
    ("find a position with a shorter commute", "---", None, ""),
    ("find a kitchen job with sane hours", "---", None, ""),
    ("find a warehouse role with day shifts only", "---", None, ""),
    ("get out of hospitality and into something with regular hours", "---", None, ""),
    ("get away from bedside nursing and into something calmer", "---", None, ""),
    # near misses: the place is named
    ("find a job at a law firm in the city", "SM-", None, ""),
    ("get a job with the city council by march", "SMT", "2027-03-31", ""),
    ("move from bedside nursing into a clinical educator role", "SM-", None, ""),
]

TRADE_AND_TITLES: list[Row] = [
    ("get my gold CSCS card by march", "SMT", "2027-03-31", ""),
    ("get my union card before the summer", "SMT", "2027-05-31", ""),
    ("get my master plumber ticket in 2028", "SMT", "2028-12-31", ""),
    ("get my journeyman electrician card in 18 months", "SMT", "2028-06-03", ""),
    ("get my forklift card renewed by friday", "SMT", "2026-12-04", ""),
    ("become CEng with the IStructE by 2029", "SMT", "2029-12-31", ""),
    ("get my MCIPD by the end of next year", "SMT", "2027-12-31", ""),
    ("get my ceng in 2027", "SMT", "2027-12-31", ""),
    ("pass my mrcs part a in the spring", "SMT", "2027-05-31", ""),
    ("get my EngTech registration this year", "SMT", "2026-12-31", ""),
    ("get my DClinPsy by 2029", "SMT", "2029-12-31", ""),
    ("get chartered as a surveyor by 2028", "SMT", "2028-12-31", ""),
    ("get promoted to crew leader by summer", "SMT", "2027-08-31", ""),
    ("get the promotion of floor supervisor in this year", "SMT", "2026-12-31", ""),
]

BEFORE_WEEKDAY: list[Row] = [
    ("file the motion before monday", "SMT", "2026-12-06", ""),
    ("finish the rota before sunday", "SMT", "2026-12-05", ""),
    ("get the grant draft to my pi before tuesday", "SMT", "2026-12-07", ""),
    ("book my cscs test before this saturday", "SMT", "2026-12-04", ""),
    ("pitch 3 editors before thursday", "SMT", "2026-12-09", ""),
    ("send my application before friday", "SMT", "2026-12-03", ""),
    # near misses: "by" keeps the day, and so does a written date
    ("ship the hotfix by friday", "SMT", "2026-12-04", ""),
    ("submit the bid before december 18", "SMT", "2026-12-17", ""),  # the day before (round 5),
]

NEW_YEAR: list[Row] = [
    ("get my food safety cert by the new year", "SMT", "2026-12-31", ""),
    ("finish the ward audit before the new year", "SMT", "2026-12-31", ""),
    ("run the holiday pop-up shop until new years", "SMT", "2026-12-31", ""),
    # "new years" names the day itself, New Year's Day (round 8, as labels_own4.py,
    # labels_own6.py and labels_own8.py read it); until it is still the year's last day
    ("pass my theory test by new years", "SMT", "2027-01-01", ""),
    ("hire a second mechanic in the new year", "SMT", "2027-12-31", ""),
    ("start my nursing degree in the new year", "SMT", "2027-12-31", ""),
    ("launch the new menu by new year's day", "SMT", "2027-01-01", ""),
]

NON_NATIVE_YEAR: list[Row] = [
    ("i will get my cdl until 2027 year", "SMT", "2027-12-31", ""),
    ("become team leader in 2028 year", "SMT", "2028-12-31", ""),
    ("i want pass the ielts with 7 band until march 2027 year", "SMT", "2027-03-31", ""),
    ("finish my bachelor in 2029 year", "SMT", "2029-12-31", ""),
    ("get the promotion of senior nurse in next year", "SMT", "2027-12-31", ""),
]

REPLACED: list[Row] = [
    ("pass my PE exam, was 2027 now 2028", "SMT", "2028-12-31", ""),
    ("open the second shop, it was 2027 but now 2029", "SMT", "2029-12-31", ""),
    (
        "submit my thesis in may, it was going to be march but my data ran late",
        "SMT",
        "2027-05-31",
        "",
    ),
    ("get my CPA by august, it was supposed to be april", "SMT", "2027-08-31", ""),
    ("launch the app by june, was meant to be february", "SMT", "2027-06-30", ""),
    ("finish the kitchen course by friday, scratch that, by the 18th", "SMT", "2026-12-18", ""),
    ("book 10 gigs by march, correction, by april", "SMT", "2027-04-30", ""),
    ("publish my first paper, originally 2027, now 2028", "SMT", "2028-12-31", ""),
    # near miss: one date that has passed is not taken back by anything
    ("get my PMP, it was due in june 2026", "SM-", "2026-06-30", ""),
]

NEW_FISCAL_YEAR: list[Row] = [
    ("hit 120% of quota in the new fiscal year", "SMT", "2027-12-31", "a"),
    ("roll out the billing system by the start of the new fiscal year", "SMT", "2027-01-01", "a"),
    ("cut overtime costs by 15% in the new financial year", "SMT", "2027-12-31", "a"),
    ("sign 5 new vendors before the new fiscal year", "SMT", "2026-12-31", "a"),
    ("get promoted to finance manager by the end of the new fiscal year", "SMT", "2027-12-31", "a"),
]

VAGUE_PART: list[Row] = [
    ("practise my interview answers and apply to 5 firms by january", "---", None, "2"),
    ("improve my french and pass the DELF B2 by june", "---", None, "2"),
    ("learn react and ship my portfolio site by march", "---", None, "2"),
    ("get better at triage and move to the ER by summer", "---", None, "2"),
    ("work on my confidence, then apply for the charge nurse post by may", "---", None, "2"),
    ("finish my residency and get a consultant post", "SM-", None, "2"),
    ("pass my driving test and buy a van", "SM-", None, "2"),
    # near miss: two concrete steps under one date stay one goal
    ("build 3 apps and pass the AWS cert by august", "SMT", "2027-08-31", ""),
]

IMPOSSIBLE_DAY: list[Row] = [
    ("submit the grant by april 31", "SM-", None, "a"),
    ("get my cdl by sept 31st", "SM-", None, "a"),
    ("open the cafe on february 30", "SM-", None, "a"),
    ("finish my portfolio by the 31st of june", "SM-", None, "a"),
    ("launch the course by 11/31", "SM-", None, "a"),
    ("pitch the guardian by june 31", "SM-", None, "a"),
]

EXPLORING: list[Row] = [
    ("figure out if nursing is still for me", "---", None, ""),
    ("find out whether i could teach at a university", "---", None, ""),
    ("decide if i want to stay in law by june", "--T", "2027-06-30", ""),
    ("see if freelancing could pay the bills", "---", None, ""),
    ("work out whether a masters is worth it", "---", None, ""),
]

NOUN_NOT_VERB: list[Row] = [
    ("be a better coach to my apprentices", "---", None, ""),
    ("become a better teacher for my year 9 class", "---", None, ""),
    ("be a better manager of my new hires", "---", None, ""),
    ("do a better job on my code reviews", "---", None, ""),
    ("do a good job of running the night shift", "---", None, ""),
    ("get my head in the game before the boards", "---", None, ""),
    # near misses: the verb acts on a named thing
    ("mentor two new grads through their first year", "SM-", None, ""),
    ("design the new ward handover sheet by january", "SMT", "2027-01-31", ""),
]

STANDING: list[Row] = [
    ("build my personal brand as a chef", "---", None, ""),
    ("build my illustration brand on instagram", "---", None, ""),
    ("build my design reputation in the city", "---", None, ""),
    ("build my photography network", "---", None, ""),
    ("build up my coaching presence online", "---", None, ""),
    # near miss: a count of followers is a target
    ("build my photography instagram to 5k followers", "SM-", None, ""),
]

UNIT_LEADS: list[Row] = [
    ("get promoted to line leader by june", "SMT", "2027-06-30", ""),
    ("become a section leader in the warehouse", "SM-", None, ""),
    ("get the promotion of team leader until march", "SMT", "2027-03-31", ""),
    ("make floor lead at the store in 2027", "SMT", "2027-12-31", ""),
    ("take the promotion of unit leader this year", "SMT", "2026-12-31", ""),
]

VERB_AFTER_TO: list[Row] = [
    ("make films i'm proud to show", "---", None, ""),
    ("make art i'm not embarrassed to show", "---", None, ""),
    ("write code i'm happy to release", "---", None, ""),
    ("cook dishes i want to feature", "---", None, ""),
    # near miss: "to" of a move names the place
    ("move to the design team", "SM-", None, ""),
]

SYSTEMS: list[Row] = [
    ("roll out the new scheduling system by april", "SMT", "2027-04-30", ""),
    ("build an inventory database for the shop by june", "SMT", "2027-06-30", ""),
    ("set up a client onboarding checklist", "SM-", None, ""),
    ("write a safety handbook for new starters by march", "SMT", "2027-03-31", ""),
    ("get the new rota tool live before christmas", "SMT", "2026-12-24", ""),
]

INTO_A_FIELD: list[Row] = [
    ("move into nursing by 2028", "SMT", "2028-12-31", ""),
    ("switch into accounting in 2027", "SMT", "2027-12-31", ""),
    ("transition into consulting within 2 years", "SMT", "2028-12-03", ""),
    ("get into teaching through a pgce by september", "SMT", "2027-09-30", ""),
    # near miss: "into something" names nothing
    ("get into something outdoors", "---", None, ""),
]

PITCHING: list[Row] = [
    ("pitch my app to 5 investors by may", "SMT", "2027-05-31", ""),
    ("pitch the bbc a documentary idea by 2027", "SMT", "2027-12-31", ""),
    ("pitch the local paper a column", "SM-", None, ""),
    ("pitch 2 new clients every month", "SM-", None, ""),
    # near miss: a pitch to win is a thing
    ("win 12 pitches in 2027", "SMT", "2027-12-31", ""),
]

STINTS: list[Row] = [
    ("finish my postdoc by 2028", "SMT", "2028-12-31", ""),
    ("complete my traineeship at the firm by august", "SMT", "2027-08-31", ""),
    ("finish my apprentice year in june", "SMT", "2027-06-30", ""),
    ("start my internship in the summer", "SMT", "2027-08-31", ""),
    # near miss: "my" before a role is a person
    ("get my manager to approve my CIPD course", "SM-", None, ""),
]

NOBODY_COUNTED: list[Row] = [
    ("work somewhere i'm not the only one who codes", "---", None, ""),
    ("find a team where i'm not the only woman", "---", None, ""),
    ("be the one my team turns to", "---", None, ""),
    # near miss: a count of one is a count
    ("hire one more nurse for the ward by march", "SMT", "2027-03-31", ""),
]

PRAISE_IN_TWO: list[Row] = [
    ("become a really good welder", "---", None, ""),
    ("be a world-class sommelier", "---", None, ""),
    ("become a top-notch litigator", "---", None, ""),
    ("be a truly excellent midwife", "---", None, ""),
    ("become a teacher kids look up to", "---", None, ""),
    ("be a lawyer clients recommend", "---", None, ""),
    ("get back to my old self", "---", None, ""),
    # near misses
    ("go back to my old job at the bank", "SM-", None, ""),
    ("become a first aid trainer", "SM-", None, ""),
]

SHORT_DAYS_AND_RANGES: list[Row] = [
    ("send the invoice by fri", "SMT", "2026-12-04", ""),
    ("finish the mock exam before tue", "SMT", "2026-12-07", ""),
    ("submit my timesheet by sat", "SMT", "2026-12-05", ""),
    ("hand in my lesson plans on thurs", "SMT", "2026-12-10", ""),  # said on a Thursday
    ("launch the menu, moved from june to september", "SMT", "2027-09-30", ""),
    ("finish my NVQ, changed from 2027 to 2028", "SMT", "2028-12-31", ""),
    ("open the clinic, pushed from q1 to q2", "SMT", "2027-06-30", ""),
    # near miss: a verb, not a day
    ("i sat the exam once, pass it by march", "SMT", "2027-03-31", ""),
]

TITLES_AS_CREDENTIALS: list[Row] = [
    ("get my LPN by next fall", "SMT", "2027-11-30", ""),
    ("earn my CNA in 8 weeks", "SMT", "2027-01-28", ""),
    ("finish my FNP by 2028", "SMT", "2028-12-31", ""),
    ("get a job with Deloitte by june", "SMT", "2027-06-30", ""),
    ("land a role with the NHS", "SM-", None, ""),
    # near miss: "my" before a role in words is still a person
    ("get my supervisor to sign my hours", "---", None, ""),
]

SECOND_BATCH_KINDS: list[Row] = [
    # praise before an expert
    ("become a leading expert in soil microbiology", "---", None, ""),
    ("be a recognised expert on data protection law", "---", None, ""),
    ("become the go-to specialist in wound care", "---", None, ""),
    ("become fluent in welsh by 2028", "S-T", "2028-12-31", ""),
    # a target of zero
    ("get patient falls on my ward down to zero", "SM-", None, ""),
    ("bring missed deliveries to zero by june", "SMT", "2027-06-30", ""),
    ("keep lost-time injuries at zero this year", "SMT", "2026-12-31", ""),
    ("ship with zero critical bugs in q1", "SMT", "2027-03-31", ""),
    # teaching or studying at a place
    ("teach at a sixth form college by september", "SMT", "2027-09-30", ""),
    ("study at edinburgh for my masters", "SM-", None, ""),
    ("lecture at the local university one day", "SM-", None, "A"),
    ("teaching at a primary school in spain", "SM-", None, ""),
    # made to come across a way
    ("make my cv stand out", "---", None, ""),
    ("make my lessons more fun", "---", None, ""),
    ("make our website look professional", "---", None, ""),
    ("make my pitch deck shine", "---", None, ""),
    ("make 10 sales this month", "SMT", "2026-12-31", ""),
    # a loose clause after a workplace the lexicon may not know
    ("find a studio where designers actually get credit", "---", None, ""),
    ("work for a charity that runs its own clinics", "---", None, ""),
    ("join a practice where vets share the on call rota", "---", None, ""),
    ("find an employer who will sponsor my visa", "---", None, ""),
    ("work at a place where nobody micromanages", "---", None, ""),
]

ROWS: list[Row] = [
    *IDENTITY,
    *QUALITY_OF_PLACE,
    *TRADE_AND_TITLES,
    *BEFORE_WEEKDAY,
    *NEW_YEAR,
    *NON_NATIVE_YEAR,
    *REPLACED,
    *NEW_FISCAL_YEAR,
    *VAGUE_PART,
    *IMPOSSIBLE_DAY,
    *EXPLORING,
    *NOUN_NOT_VERB,
    *STANDING,
    *UNIT_LEADS,
    *VERB_AFTER_TO,
    *SYSTEMS,
    *INTO_A_FIELD,
    *PITCHING,
    *STINTS,
    *NOBODY_COUNTED,
    *PRAISE_IN_TWO,
    *SHORT_DAYS_AND_RANGES,
    *TITLES_AS_CREDENTIALS,
    *SECOND_BATCH_KINDS,
]

"""The kinds of miss of issue 19, one table of goals written for these tests.

Each case is judged on TODAY by the rules of issue 19 (the same rules as the
labelled set in ``labels_field.py``, but other sentences): negated and replaced dates,
passed dates, stated assumptions, events of one's own, everyday forms (wks, mos, EOY,
EOQ, holidays, the new year, spans), cadences, vocabulary beyond office work, vague
verbs, counts, several goals on one line, goal or aspiration. The old engine got most
of these wrong; every case here is a regression test for one of those fixes.
"""

from __future__ import annotations

from datetime import date

import pytest

from coach.coaching.smart import assess
from tests.coaching.judged import judged, reasons

TODAY = date(2026, 12, 3)

# (text, what is met, deadline, flags): "SMT" lists the criteria met ("-" for one that is
# not), and flags hold "a" when an assumption must be said, "A" when the goal reads as an
# aspiration, and the number of parts of a line with several goals.
Row = tuple[str, str, str | None, str]

CASES: list[Row] = [
    ("get my ACLS recert done, not by january, by march", "SMT", "2027-03-31", ""),
    ("originally wanted the PMP by april, now aiming for july", "SMT", "2027-07-31", ""),
    ("finish my capstone project in 5 wks", "SMT", "2027-01-07", ""),
    ("pass the CPA REG section in 3 mos", "SMT", "2027-03-03", ""),
    ("get promoted to staff nurse by EOY 2027", "SMT", "2027-12-31", ""),
    ("launch the new onboarding flow by EOQ", "SMT", "2026-12-31", ""),
    ("submit my portfolio by thanksgiving", "SMT", "2027-11-25", ""),
    ("get my food handler cert before halloween", "SMT", "2027-10-30", ""),
    ("apply to 15 residencies over the next two quarters", "SMT", "2027-06-03", ""),
    ("raise my hourly rate to $95 for the next 6 months", "SMT", "2027-06-03", ""),
    ("become a licensed plumber by mid-2029", "SMT", "2029-06-30", ""),
    ("until 2 years from now, teach 3 night classes a week", "SMT", "2028-12-03", ""),
    ("run the 5k charity event in the new year", "SMT", "2027-12-31", ""),
    ("get my ielts score up from 6 to 7.5 before the new year", "SMT", "2026-12-31", ""),
    ("pass the bar by my 30th birthday", "SM-", None, ""),
    ("make senior associate by my next performance review", "SM-", None, ""),
    ("finish my MSN before the twins are born", "SM-", None, ""),
    ("get a job in the ICU before my contract runs out", "SM-", None, ""),
    ("post 3 reels a week", "SM-", None, ""),
    ("mentor one junior analyst every quarter", "SM-", None, ""),
    ("by 03/04/2027 file my first patent", "SMT", "2027-03-04", "a"),
    ("get my forklift license by 31/11/2027", "SM-", None, "a"),
    ("complete the AWS cert by feb 30", "SM-", None, "a"),
    ("hit 95% patient satisfaction this fiscal year", "SMT", "2026-12-31", "a"),
    ("close 20 deals by end of FY2027", "SMT", "2027-12-31", "a"),
    ("finish my dissertation, it was due in march 2026", "SM-", "2026-03-31", ""),
    ("pass the series 65 by june 2026", "SM-", "2026-06-30", ""),
    ("get certified in six sigma by the end of 2026", "SMT", "2026-12-31", ""),
    ("get better at epic charting", "---", None, ""),
    ("improve my welding", "---", None, ""),
    ("work on my bedside manner", "---", None, ""),
    ("be a better mentor to my juniors", "---", None, ""),
    ("learn about tax law by june", "--T", "2027-06-30", ""),
    ("strengthen my stakeholder management skills this year", "--T", "2026-12-31", ""),
    ("brush up on my spanish before the summer", "--T", "2027-05-31", ""),
    ("become a more confident presenter", "---", None, ""),
    ("develop my leadership by q3", "--T", "2027-09-30", ""),
    ("pass the NBCRNA certification exam in 2028", "SMT", "2028-12-31", ""),
    ("get my red seal in carpentry within 2 years", "SMT", "2028-12-03", ""),
    ("earn my CFP designation by the end of next year", "SMT", "2027-12-31", ""),
    ("get called to the bar next summer", "SMT", "2027-08-31", ""),
    ("make tenure at my university by 2031", "SMT", "2031-12-31", ""),
    ("reduce our p99 latency to under 250ms by march", "SMT", "2027-03-31", ""),
    ("keep uptime above 99.9% through Q2", "SMT", "2027-06-30", ""),
    ("take my cna license exam by spring", "SMT", "2027-05-31", ""),
    ("complete 30 hours of CE credits before my license renewal", "SM-", None, ""),
    ("get my level 2 electrical ticket by november", "SMT", "2027-11-30", ""),
    ("sit the ACCA strategic professional exams in june", "SMT", "2027-06-30", ""),
    ("run 4 workshops for new nurses by april", "SMT", "2027-04-30", ""),
    ("speak at 3 regional conferences next year", "SMT", "2027-12-31", ""),
    ("get promoted to charge nurse by may", "SMT", "2027-05-31", ""),
    ("pass my boards by june and start my residency by july", "SMT", "2027-07-31", "2"),
    ("get my EMT cert by march, then apply to 5 fire departments by may", "SMT", "2027-05-31", "2"),
    ("become a nurse educator by 2028 and a nurse manager by 2030", "SMT", "2030-12-31", "2"),
    ("someday i'd like to run the whole ICU", "SM-", None, "A"),
    ("my dream is to become a head teacher", "SM-", None, "A"),
    ("eventually own a small bakery", "SM-", None, "A"),
    ("be the kind of lawyer clients trust", "---", None, "A"),
    ("ultimately lead a research institute", "SM-", None, "A"),
    ("find a job that pays more", "---", None, ""),
    ("get a job somewhere with good benefits", "---", None, ""),
    ("work fewer nights", "---", None, ""),
    ("get a better work life balance as a nurse", "---", None, ""),
    ("call 25 prospects every day", "SM-", None, ""),
    ("go to one networking event a month", "SM-", None, ""),
    ("update my CV every quarter", "SM-", None, ""),
    ("reply to every patient message within 24 hours", "SM-", None, ""),
    ("respond to all client emails within 2 days", "SM-", None, ""),
    ("i want pass the nclex until june month", "SMT", "2027-06-30", ""),
    ("get my certifcation in phlebotomy by febuary", "SMT", "2027-02-28", ""),
    ("finsh my bachlors degree by 2028", "SMT", "2028-12-31", ""),
    ("becoming the manager of my store in 1 year time", "SMT", "2027-12-03", ""),
    ("get my hgv licence by the end of my probation", "SM-", None, ""),
    ("open a second clinic location within 18 months", "SMT", "2028-06-03", ""),
    ("earn $85k as a junior developer by 2028", "SMT", "2028-12-31", ""),
    ("get into a PA program by fall 2027", "SMT", "2027-11-30", ""),
    ("get my teaching licence, was going to be may, now september", "SMT", "2027-09-30", ""),
    ("become a sous chef by spring, but honestly no rush", "SMT", "2027-05-31", ""),
    ("finish my thesis draft by 2/29/2028", "SMT", "2028-02-29", ""),
    ("pass the GRE by 13/05/2027", "SMT", "2027-05-13", ""),
    ("land my first paid client by xmas eve", "SMT", "2026-12-24", ""),
    ("get my phd funded by the time i'm 30", "SM-", None, ""),
    ("get a promotion to lead technician over the next 9 months", "SMT", "2027-09-03", ""),
    ("network more", "---", None, ""),
    ("do better at my job", "---", None, ""),
    ("be happier in nursing", "---", None, ""),
    ("save for a house", "---", None, ""),
    ("move to the night shift team", "SM-", None, ""),
    ("join the royal college of nursing this month", "SMT", "2026-12-31", ""),
    ("pass the FE exam sometime next spring", "SMT", "2027-05-31", ""),
    ("publish 2 papers in Q1 2027 and 2 more in Q3 2027", "SMT", "2027-09-30", "2"),
    ("finish my portfolio by january and land a UX job", "SM-", None, "2"),
    ("my goal is to get my rn license by the end of june", "SMT", "2027-06-30", ""),
    ("im trying to become a charge nurse in the next 6 mos", "SMT", "2027-06-03", ""),
    ("i will to pass the board exam in the time of one year", "SMT", "2027-12-03", ""),
    ("finish orientation on the cardiac unit until end of month", "SMT", "2026-12-31", ""),
    (
        "pass my NP boards, was thinking august but september is more realistic",
        "SMT",
        "2027-09-30",
        "",
    ),
    ("get better with difficult families", "---", None, ""),
    ("take more responsibility on the ward", "---", None, ""),
    ("get my PALS done before my maternity leave", "SM-", None, ""),
    ("deploy the new search service to prod by 1/3/2027", "SMT", "2027-01-03", "a"),
    ("migrate 12 services to kubernetes this quarter", "SMT", "2026-12-31", ""),
    ("write better code", "---", None, ""),
    ("get the google cloud architect cert before my annual review", "SM-", None, ""),
    ("cut our monthly aws bill from $40k to $25k by end of q2 2027", "SMT", "2027-06-30", ""),
    ("contribute 10 pull requests to the rust compiler in 2027", "SMT", "2027-12-31", ""),
    ("become an engineering manager eventually", "SM-", None, "A"),
    ("get my journeyman ticket b4 summer", "SMT", "2027-05-31", ""),
    ("do 500 more hours on the tools before my apprenticeship review", "SM-", None, ""),
    ("start my own roofing company by 2030", "SMT", "2030-12-31", ""),
    ("learn to weld aluminum", "---", None, ""),
    ("get my gas safe registration by the new year", "SMT", "2027-01-01", ""),
    ("teach my first AP calculus class next fall", "SMT", "2027-11-30", ""),
    ("raise attendance in my homeroom from 88% to 94% by spring break", "SM-", None, ""),
    ("become a better teacher for my SEN kids", "---", None, ""),
    ("get my masters in special education by may of 2028", "SMT", "2028-05-31", ""),
    ("move from TA to a qualified teacher role in 2 years", "SMT", "2028-12-03", ""),
    ("pass the LSAT with 165+ by october", "SMT", "2027-10-31", ""),
    ("get a training contract at a city firm within 18 months", "SMT", "2028-06-03", ""),
    ("win my first motion hearing before summer", "SMT", "2027-05-31", ""),
    ("be a partner one day", "SM-", None, "A"),
    ("pass CFA level 1 by feb 2027", "SMT", "2027-02-28", ""),
    ("build a DCF model for 5 companies by friday", "SMT", "2026-12-04", ""),
    ("get better at excel modelling", "---", None, ""),
    ("become a portfolio manager by 40", "SM-", None, ""),
    ("file my taxes on time every april", "SM-", None, ""),
    ("submit 3 grant applications by the end of the academic year", "SM-", None, ""),
    ("get my first paper accepted at a top venue in 2027", "SMT", "2027-12-31", ""),
    ("defend my phd by 12/31/2027", "SMT", "2027-12-31", ""),
    ("read more papers", "---", None, ""),
    ("switch into product management within the year", "SMT", "2026-12-31", ""),
    ("leave accounting and become a software developer by 2028", "SMT", "2028-12-31", ""),
    ("find my passion", "---", None, ""),
    ("complete a UX certificate and 2 case studies by april", "SMT", "2027-04-30", ""),
    ("go back to work as a dental nurse after the kids start school", "SM-", None, ""),
    ("get back into marketing, part time, by september", "SMT", "2027-09-30", ""),
    ("rebuild my network after 5 years off", "---", None, ""),
    ("land 4 retainer clients by 6/30/2027", "SMT", "2027-06-30", ""),
    ("get more work from agencies", "---", None, ""),
    ("invoice at least 8k a month by q3", "SMT", "2027-09-30", ""),
    ("open my own bar someday", "SM-", None, "A"),
    ("get promoted to shift manager by valentine's day", "SMT", "2027-02-14", ""),
    ("become store manager before black friday next year", "SMT", "2027-11-25", ""),
    ("pass the police entrance exam by summer 2027", "SMT", "2027-08-31", ""),
    ("get a job with the federal government", "SM-", None, ""),
    ("run 2 experiments a week until march", "SMT", "2027-03-31", ""),
    ("get my name on 3 papers by 2028", "SMT", "2028-12-31", ""),
    ("sell my first painting", "SM-", None, ""),
    ("have a solo show by 2029", "SMT", "2029-12-31", ""),
    ("get my class B CDL in the spring", "SMT", "2027-05-31", ""),
    ("become a dispatcher by march 1st", "SMT", "2027-03-01", ""),
    ("pass my OSCEs in july", "SMT", "2027-07-31", ""),
    ("become a senior physio within 3 years", "SMT", "2029-12-03", ""),
    ("grow my instagram to 10k followers by the end of 2027", "SMT", "2027-12-31", ""),
    ("get a marketing job", "SM-", None, ""),
    ("close 3 enterprise deals before q2", "SMT", "2027-03-31", ""),
    ("become a better salesperson", "---", None, ""),
    ("get my PE stamp by december 2027", "SMT", "2027-12-31", ""),
    ("publish an op-ed in a national paper this year", "SMT", "2026-12-31", ""),
    ("raise $50,000 for the shelter before the end of FY", "SMT", "2026-12-31", "a"),
    ("make a real difference in my community", "---", None, ""),
    ("pass the NCLEX by next wednesday", "SMT", "2026-12-09", ""),
    ("get my ccna in 6 weeks time", "SMT", "2027-01-14", ""),
    ("get my ccna by the 15th of january", "SMT", "2027-01-15", ""),
    ("finish the course in a month", "SMT", "2027-01-03", ""),
    ("get hired as a junior dev within a couple of months", "SM-", None, ""),
    ("hit 50 sales by end of next month", "SMT", "2027-01-31", ""),
    ("get tenure-track job by 2028 and tenure by 2034", "SMT", "2034-12-31", "2"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:60])
def test_kind(case: Row) -> None:
    text, met, deadline, flags = case
    specific, measurable, time_bound = (c != "-" for c in met)
    parts = int("".join(c for c in flags if c.isdigit()) or 0)
    result = assess(text, TODAY)
    assert judged(result) == (specific, measurable, time_bound, deadline), reasons(result)
    assert bool(result.assumptions) == ("a" in flags), result.assumptions
    assert (result.aspiration is not None) == ("A" in flags), result.aspiration
    assert len(result.parts) == parts


def test_cases_are_distinct() -> None:
    texts = [case[0] for case in CASES]
    assert len(texts) == len(set(texts))

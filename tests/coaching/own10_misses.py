# ruff: noqa: E501
"""Where the engine disagrees with the blind labels of ``labels_own10.py``, a tenth set
(month-first dates, the calendar year as the fiscal year, writers from Canada, the
Philippines, Singapore, Hong Kong, Malaysia, South Africa and the Caribbean and mid- and
late-career people anywhere, TODAY 24 November 2027), held out from round 9 and scored
before and after it, untouched; round 10 then worked from its kinds of miss.

Each case listed is expected to fail in ``test_field_labels.py`` (a strict xfail): once the
engine agrees with the label, the listing fails and the line should be removed. The value
says which part of the reading differs first (verdict, then deadline, aspiration,
assumption, parts, time-bound), as sorted by a script from the engine's output.
"""

from __future__ import annotations

# The kinds of miss, as own5_misses.py sorts them.
from tests.coaching.own5_misses import ASPIRATION, ASSUMPTION, DATE, PARTS, VERDICT

OWN10_MISSES: dict[str, str] = {
    "finish my blasting ticket before the mine shuts for christmas": DATE,
    "migrate the warehouse off Redshift onto Snowflake by 1H28": VERDICT,
    "get to zero P1 findings on the pen test before the MAS audit in q2": DATE,
    "work on my french so i can move up in the federal public service": VERDICT,
    "keep up with the new Boeing 737 MAX tech": VERDICT,
    "get fitter for the job": VERDICT,
    "less travel, max 1 week a month on the road": VERDICT,
    "a gradual return to work, 3 days a week to start": VERDICT,
    "accommodations for my hearing loss in place before i go back on 1/10": VERDICT,
    "a compressed work week (9 day fortnight) by the new fiscal year": DATE,
    "work in an english-speaking team in Montréal": VERDICT,
    "a quieter parish, less admin": VERDICT,
    "job share with a colleague from january 2028": DATE,
    "work remotely as a freelance illustrator": VERDICT,
    "to be based in Singapore with regional coverage": VERDICT,
    "a no-overtime role at the station by summer": VERDICT,
    "leave a legacy of mentoring young Black engineers in SA": VERDICT,
    "retire by 55": VERDICT,
    "retire from the force at 25 years service and start a security consultancy": ASPIRATION,
    "own 5 rental units by the time I'm 45": ASPIRATION,
    "in the long run, make a living from my art": VERDICT,
    "have a happy and balanced career": ASPIRATION,
    "by 2032 be CFO of a listed company in HK": ASPIRATION,
    "dream: commentating olympic swimming on TV": VERDICT,
    "to be the go-to cloud architect in the Philippines": ASPIRATION,
    "NAVLE in april, then BCSE clinical": DATE,
    "get my ORD done and secure a poly place for april intake": DATE,
    "close the seed extension by dec 31 and hire 2 engineers in Q1": VERDICT,
    "get my AZ licence; find a local job; be home nights": VERDICT,
    "get the CKA in 6 wks, the CKS by april": PARTS,
    "lose 10kg and run the Standard Chartered half marathon in dec": DATE,
    "get the roof on by christmas and hand over units 1-12 by end-Q1": VERDICT,
    "learn spanish, get fit, and get promoted": PARTS,
    "post 4 videos a month and reach 20k followers by CNY": DATE,
    "get my CPR renewed and my first aid by the 15th": DATE,
    "pass the sergeant exam in spring and get on the promo list by Canada Day": VERDICT,
    "get 50 reviews on the shopify store and hit CAD 10k/month by april": DATE,
    "get ordained this summer, start a church plant in Scarborough in 2029": VERDICT,
    "get my RVT by march and a job at an emergency clinic after": DATE,
    "sell 200 head by the spring sale and pay off the operating line by year end": DATE,
    "get my class 1; get on with a crab boat out of Prince Rupert by spring": DATE,
    "grow the team to 25 and cut churn below 3% over the coming year": DATE,
    "reach 95% FCR on my team and get promoted to OM by Q3": DATE,
    "retire from pro netball this season and finish my teaching diploma by 2029": DATE,
    "finish the WSQ course; get a job in F&B ops; keep my weekends": VERDICT,
    "get certified as a dementia caregiver and find a live-in job in Hong Kong before my contract in Saudi ends": PARTS,
    "Get the casino's AML program approved by the regulator by the 30th and train all 300 floor staff by end of January.": PARTS,
    "pass my red seal; buy a service truck; go out on my own by 2029": DATE,
    "get my WES report, then the CELPIP, then apply for PNP — all before my PGWP expires": PARTS,
    "originally wanted my P.Eng by june, now realistically by december 2028": VERDICT,
    "close the round, not by christmas obviously, more like end-Q1": VERDICT,
    "move to a day-shift role by june... scratch that, by march": VERDICT,
    "sign the lease for my second clinic, pushed from 1H28 to 2H28": VERDICT,
    "pass the PMP by feb 30": ASSUMPTION,
    "submit my nursing portfolio on april 31": ASSUMPTION,
    "hand over the site by 6/31": ASSUMPTION,
    "get my CHRL by 2/29/2029": ASSUMPTION,
    "launch the campaign by 31/11": ASSUMPTION,
    "deliver the draft by 2028-09-31": ASSUMPTION,
    "sit the CFA L3 on november 31st": ASSUMPTION,
    "have the tournament sponsorships in by Singapore National Day": VERDICT,
    "get the crew ready for the Good Friday shutdown (14 april)": VERDICT,
    "get my FY27 T2 filed by June 30": ASSUMPTION,
    "meet my mentees every other week": VERDICT,
    "pay off my student loans by retirement": ASPIRATION,
    "get a civilian job lined up before my ETS": VERDICT,
    "have a new role by my 50th": VERDICT,
    "start my return-to-work plan after my next scan": VERDICT,
    "hand over the company to my successor before I turn 65": VERDICT,
    "get promoted to AVP in the new year": DATE,
    "return to the classroom full time after my MS diagnosis, in a role with less standing": VERDICT,
    "get my nursing licence reinstated after 9 years at home — refresher program starts jan, license by summer": PARTS,
    "mentor 3 younger managers before I retire in june 2029": DATE,
    "phase into retirement: 3 days a week from april": VERDICT,
}

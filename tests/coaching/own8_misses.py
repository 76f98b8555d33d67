"""Where the engine disagrees with the blind labels of ``labels_own8.py``, an eighth set
(month-first dates, the calendar year, people across the United States typing on their
phones, TODAY 21 July 2027), held out from round 7 and scored before and after it;
nothing has been tuned to it.

Each case listed is expected to fail in ``test_field_labels.py`` (a strict xfail): once the
engine agrees with the label, the listing fails and the line should be removed. The value
says which part of the reading differs first (verdict, then deadline, aspiration,
assumption, parts, time-bound), as sorted by a script from the engine's output.
"""

from __future__ import annotations

# The kinds of miss, as own5_misses.py sorts them.
from tests.coaching.own5_misses import ASPIRATION, ASSUMPTION, DATE, PARTS, VERDICT

OWN8_MISSES: dict[str, str] = {
    "get off otr and find a local route home every night by 10/1": VERDICT,
    "get off gig apps and get a real job with benefits by xmas": VERDICT,
    "find a kitchen job that closes by 10pm": VERDICT,
    "get my esthetician license in the new year": DATE,
    "take my med aide course by 6/31": ASSUMPTION,
    "pass the nclex-pn by 2/30": ASSUMPTION,
    "get my hha certificate in 2 wks and start with an agency": DATE,
    "pass the ptcb exam by 9/15 and get my cpht": VERDICT,
    "get my state pharmacy tech license then move to a hospital pharmacy by winter": DATE,
    "get a civilian job lined up before my ETS": VERDICT,
    "pass my journeyman plumber exam by 11/31/2027": ASSUMPTION,
    "move from machine operator to cnc setup machinist by the new year": DATE,
    "learn mastercam to a level where i can program parts alone by q1 2028": VERDICT,
    "get on storm work this hurricane season": VERDICT,
    "work from home full time": ASPIRATION,
    "finish my comptia a+ in 3 months and get an it helpdesk job by the new year": DATE,
    "do remote depositions full time someday": VERDICT,
    "get back into the workforce": VERDICT,
    "get a job within 30 days of release": VERDICT,
    "get hired at a second chance employer by 9/30": VERDICT,
    "stay out and stay clean": PARTS,
    "get a job in a field that means something": VERDICT,
    "enroll 6 kids full time by the new year": DATE,
    "get bonded and insured by the end of the week": VERDICT,
    "try to get into commercial cleaning": VERDICT,
    "get my llc and ein done today": VERDICT,
    "get better at open houses": VERDICT,
    "build my book of business": VERDICT,
    "get ordained by easter": VERDICT,
    "sacar mi licencia de cosmetologia by next spring, quiero mi propio salon": VERDICT,
    "get hired by the sheriffs office b4 summer": VERDICT,
    "get my welding cert by 9/31": ASSUMPTION,
    "open the food truck on feb 30": ASSUMPTION,
    "pass the nremt on april 31st": ASSUMPTION,
    "get my real estate license by 2/29/2027": ASSUMPTION,
    "sit for the cpc on 11/31": VERDICT,
    "planned on august for the ptcb, moved it to 11/20": VERDICT,
    "ill go back to school not before fall 2028": VERDICT,
    "meal prep every sunday for my shifts": VERDICT,
    "post weekly on linkedin for my job search": VERDICT,
    "get my ged by xmas, then enroll at the community college for spring": DATE,
    "get my license back after court and my cdl by next spring": DATE,
    "get the nremt in sept, get on an ambulance by xmas, and start medic school in 2028": VERDICT,
    "finish my paralegal cert by 12/15 and then apply to law school someday": ASPIRATION,
    "get my gwo by 8/27 and be climbing in west texas by 10/1": VERDICT,
    "get my permit for the truck by 9/6 and open at the farmers market by 10/2": VERDICT,
    "raise my aht score and get promoted to team lead by q4": VERDICT,
    "take my series 6 by 9/30, my 63 by 10/31 and my life license by 11/30": VERDICT,
    "get my ged in december and my cdl by 6/31": ASSUMPTION,
    "get a job at a bank by sept and be a personal banker within a year": VERDICT,
    "save 3000 by halloween and move out by 1/1": VERDICT,
    "switch to the better health plan at open enrollment at my job": VERDICT,
    "get my journeyman card in the next 3 years, master by 2031": VERDICT,
    "go back to school": VERDICT,
    "get a second job": VERDICT,
    "get into the trades": VERDICT,
    "1st youtube video by sunday": VERDICT,
    "i want to drive for a company that gets me home every weekend": VERDICT,
    "stop doing otr when my daughter starts high school": VERDICT,
    "learn to run the wms system": VERDICT,
    "work my way up to dispatcher at the terminal": VERDICT,
    "use my gi bill for welding school": VERDICT,
    "do hardscaping instead of just mowing": VERDICT,
    "work at a big law firm downtown": VERDICT,
    "get an a in english 101": VERDICT,
    "find a mentor in my major": VERDICT,
    "find housing that takes people with a record": VERDICT,
    "post every day until i get monetized": VERDICT,
}

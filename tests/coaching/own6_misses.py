# ruff: noqa: E501
"""Where the engine disagrees with the blind labels of ``labels_own6.py``, a sixth set
(month-first dates, a fiscal year from October, TODAY 14 October 2027) held out from
rounds 3 to 5 and scored only after round 5; nothing has been tuned to it.

Each case listed is expected to fail in ``test_field_labels.py`` (a strict xfail): once the
engine agrees with the label, the listing fails and the line should be removed. The value
says which part of the reading differs first (verdict, then deadline, aspiration,
assumption, parts, time-bound), as sorted by a script from the engine's output.
"""

from __future__ import annotations

# The kinds of miss, as own5_misses.py sorts them.
from tests.coaching.own5_misses import ASPIRATION, ASSUMPTION, DATE, PARTS, VERDICT

OWN6_MISSES: dict[str, str] = {
    "finish my CCRN by 6/31": ASSUMPTION,
    "i want to be known as an expert in pediatric oncology nursing": VERDICT,
    "be the go-to person for kubernetes on my team": VERDICT,
    "get certified": VERDICT,
    "get hired on a pipeline crew by april 31st": ASSUMPTION,
    "work on my stick welding 3 nights a week at the community college": VERDICT,
    "own a hvac company by the time im 45": ASPIRATION,
    "leave accounting for something more creative": VERDICT,
    "get back to my old job after my last scan": VERDICT,
    "get back into the workforce after caring for my mom": VERDICT,
    "Return to teaching as a substitute by January 31, 2028.": VERDICT,
    "raise my day rate from $600 to $800 starting in the new year": DATE,
    "replace my salary with freelance income by 2029": VERDICT,
    "become a full time artist by 40": VERDICT,
    "get my budget request for next fiscal year approved by 3/31": VERDICT,
    "land a summer 2028 internship by february": VERDICT,
    "go to grad school": VERDICT,
    "finish my capstone by feb 30": ASSUMPTION,
    "dentist from brazil, want to pass the INBDE in next 6 months and get into an advanced standing program by fall 2029": PARTS,
    "work in my profession again in canada someday": VERDICT,
    "reduce my patient no-shows": VERDICT,
    "vp of marketing by 35": ASPIRATION,
    "Excel on the design and creative team and build a portfolio of 8 campaigns by June 30, 2028.": VERDICT,
    "be safer on site": VERDICT,
    "airline pilot at a major by 2032": ASPIRATION,
    "warehouse lead by christmas": VERDICT,
    "get my numbers to 150 by end of month": VERDICT,
    "work on a feature film set by summer": VERDICT,
    "stage at a michelin star restaurant for 2 weeks next spring": VERDICT,
    "run 3x a week and get my personal trainer cert by march": DATE,
    "i want to pass the series sixty five by december fifteenth comma and also get my insurance license": PARTS,
    "get my forklift cert by 2/29/2027": ASSUMPTION,
    "submit my portfolio to risd by 9/31": ASSUMPTION,
    "pass the real estate exam on 11/31/2027": ASSUMPTION,
    "by 12/25 i want an offer letter in hand": VERDICT,
    "hit 40 by friday": VERDICT,
    "save $10k and move to denver by summer": DATE,
    "get my foot in the door at a hospital": VERDICT,
    "get my kids through school then go back for my masters in nursing": VERDICT,
    "get my green card and then my pharmacy license": PARTS,
}

# ruff: noqa: E501
"""Where the engine disagrees with the blind labels of ``labels_own7.py``, a seventh set
(day-first dates, a fiscal year from July, writers from Australia, New Zealand, India,
Ireland, Africa and Asia, TODAY 9 February 2028), held out from round 6 and scored
before and after it; nothing has been tuned to it.

Each case listed is expected to fail in ``test_field_labels.py`` (a strict xfail): once the
engine agrees with the label, the listing fails and the line should be removed. The value
says which part of the reading differs first (verdict, then deadline, aspiration,
assumption, parts, time-bound), as sorted by a script from the engine's output.
"""

from __future__ import annotations

# The kinds of miss, as own5_misses.py sorts them.
from tests.coaching.own5_misses import ASPIRATION, ASSUMPTION, DATE, PARTS, VERDICT

OWN7_MISSES: dict[str, str] = {
    "finish my bridging course for overseas nurses by 31/4": ASSUMPTION,
    "sit the ORE part 2 in the summer": DATE,
    "do a 4 day week at the clinic": VERDICT,
    "pharmacist, want to pass my intern written exam on 30/2": ASSUMPTION,
    "pass the PLE in june then apply to hospitals in manila": VERDICT,
    "do my solar install accreditation (SAA) by 30/6 and then 10 installs by 31/12": PARTS,
    "do 2 weeks on 1 off instead of 8/6": VERDICT,
    "move from coal to renewables within the next 2 years": VERDICT,
    "pass my CPL theory exams by 31 june": ASSUMPTION,
    "get a job on a cruise ship": VERDICT,
    "clear UPSC prelims this year and mains next year": VERDICT,
    "get a job in finance": VERDICT,
    "get my PRC broker license by 30/2/2028": ASSUMPTION,
    "get regularized": VERDICT,
    "chef - get my sous chef role b4 the summer season": DATE,
    "apply for 5 permanent teaching posts by 31/3 and accept one by 31/7": VERDICT,
    "score 320+ on the GRE by 30 april then apply to 6 US unis by 15/12": PARTS,
    "pass the SQE1 on 31/9/2028": ASSUMPTION,
    "get a remote job with a US company paying in dollars": VERDICT,
    "work remotely as a freelance illustrator": ASPIRATION,
    "edit faster": VERDICT,
    "gig every friday night": VERDICT,
    "go pro in valorant": VERDICT,
    "barber - do 8 cuts a day and get my own booth by november": DATE,
    "transition out of the army into a project management job in 12 months": VERDICT,
    "volunteer with the RFS and get my bush firefighter cert b4 the fire season": VERDICT,
    "get my HR licence for the fire truck by 31 june": ASSUMPTION,
    "go freelance full time": VERDICT,
    "quit my 9-5 and freelance by the end of the year, no pressure tho": VERDICT,
    "get my cafe to break even in 6 months": VERDICT,
    "sell at the christmas markets this year": VERDICT,
    "get my PMP by 31/5 then a PM role by 31/12": PARTS,
    "pass my FE exam this spring": DATE,
    "finish my part 3 by 31/9": VERDICT,
    "career change from teaching to UX - finish my google UX cert by 31/3 and land a junior role by 30/9": PARTS,
    "redo my teaching registration that lapsed, before term 3": VERDICT,
    "volunteer as a mentor for young engineers": VERDICT,
    "planned to finish my cert III by december but now it's looking like march, so march": VERDICT,
    "hand in my resignation and start my new job on 3/4": VERDICT,
    "submit my visa application by 29/2/2029": ASSUMPTION,
    "get my RSA this week and pick up weekend shifts at the pub": VERDICT,
    "finish my cert IV TAE by 4/5 and start training apprentices by 31/8": ASSUMPTION,
    "have the food truck on the road by the NSW kings birthday long weekend": VERDICT,
    "be ready for the job market in the new year": VERDICT,
    "run my first half marathon with my run club by 9/4 and coach the beginners group from may": VERDICT,
}

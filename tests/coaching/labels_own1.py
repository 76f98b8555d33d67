# Fresh goals of our own (round 2, first batch), written and labelled before the engine
# was changed for labels_field2.py; its untouched score is in the note.
# Same schema and rules as labels_field.py.
# ruff: noqa: E501
# fmt: off
from datetime import date

from tests.coaching.labels_field import Case, Part  # the same schema

TODAY = date(2026, 12, 3)   # a Thursday
DATE_ORDER = "mdy"
FISCAL_YEAR_START = 1


CASES: list[Case] = [
    Case("become a better charge nurse", False, False, False, None, "nursing", ("identity",)),
    Case("be a great team lead for my devs", False, False, False, None, "software", ("identity",)),
    Case("become the type of teacher kids remember", False, False, False, None, "teaching", ("identity",), aspiration=True),
    Case("get my mojo back at work", False, False, False, None, "returning", ("identity",)),
    Case("find a job that actually uses my degree", False, False, False, None, "career-change", ("vague-quality",)),
    Case("get out of retail and into something with weekends off", False, False, False, None, "retail", ("vague-quality",)),
    Case("get my red seal in heavy duty mechanics by 2028", True, True, True, "2028-12-31", "trades", ("vocabulary",)),
    Case("get my HGV class 1 licence by may", True, True, True, "2027-05-31", "logistics", ("vocabulary",)),
    Case("pass my CSCS test before tuesday", True, True, True, "2026-12-07", "trades", ("before-weekday", "vocabulary")),
    Case("become MRICS by the end of 2027", True, True, True, "2027-12-31", "engineering", ("post-nominal",)),
    Case("get chartered with the CIPD before 2029", True, True, True, "2028-12-31", "career-change", ("chartered", "vocabulary")),
    Case("finish my ACA exams by next summer", True, True, True, "2027-08-31", "finance", ("vocabulary",)),
    Case("submit the grant report before wednesday", True, True, True, "2026-12-08", "nonprofit", ("before-weekday",)),
    Case("get the new rota system live by the new year", True, True, True, "2026-12-31", "hospitality", ("new-year",)),
    Case("pass my NVQ level 3 in the new year", True, True, True, "2027-12-31", "trades", ("new-year", "vocabulary")),
    Case("i want to finish the barista course until 2027 year", True, True, True, "2027-12-31", "hospitality", ("non-native",)),
    Case("i am wanting become sous chef in next year", True, True, True, "2027-12-31", "hospitality", ("non-native",)),
    Case("launch the online shop, was march now may", True, True, True, "2027-05-31", "retail", ("replaced-date",)),
    Case("we were going to open the second salon in april but it's going to be june", True, True, True, "2027-06-30", "freelance", ("replaced-date",)),
    Case("defend my thesis in november, it was supposed to be september", True, True, True, "2027-11-30", "academia", ("replaced-date",)),
    Case("hit 50 leads a month in the new fiscal year", True, True, True, "2027-12-31", "sales", ("fiscal-year", "cadence"), assumption=True),
    Case("i want to make promotion for supervisor in this year", True, True, True, "2026-12-31", "logistics", ("non-native",)),
    Case("learn kubernetes and pass the CKA by june", False, False, False, None, "software", ("multi-goal", "vague-verb"),
         parts=(Part("learn kubernetes", False, False, False, None), Part("pass the CKA by june", True, True, True, "2027-06-30"))),
    Case("work on my portfolio and apply to 5 studios by march", False, False, False, None, "arts", ("multi-goal", "vague-verb"),
         parts=(Part("work on my portfolio", False, False, False, None), Part("apply to 5 studios by march", True, True, True, "2027-03-31"))),
    Case("pass the bar by february 30", True, True, False, None, "law", ("impossible-date",), assumption=True),
    Case("get my cdl by june 31", True, True, False, None, "logistics", ("impossible-date",), assumption=True),
    Case("finish my first marathon fundraiser by nov 31st", True, True, False, None, "nonprofit", ("impossible-date",), assumption=True),
    Case("get promoted to staff engineer by march 2027", True, True, True, "2027-03-31", "software", ("yes-no",)),
    Case("increase my caseload to 25 clients by the end of q2", True, True, True, "2027-06-30", "healthcare", ("count-words",)),
    Case("publish two papers in 2027, not 2028", True, True, True, "2027-12-31", "academia", ("negated-date",)),
    Case("get a phd position in the netherlands by 2027", True, True, True, "2027-12-31", "academia", ()),
    Case("become a qualified electrician before my 35th", True, True, False, None, "trades", ("personal-event",)),
    Case("write 500 words every day", True, True, False, None, "media", ("cadence",)),
    Case("open my own bakery one day", True, True, False, None, "hospitality", ("aspiration",), aspiration=True),
    Case("be known as the go-to person for data in my company", False, False, False, None, "software", ("identity",), aspiration=True),
    Case("finish the kitchen refit for the Hendersons by 12/15", True, True, True, "2026-12-15", "trades", ("month-day",)),
    Case("pass my driving theory test by 4/5/2027", True, True, True, "2027-04-05", "logistics", ("ambiguous-date",), assumption=True),
    Case("send my first invoice by 11/20/2026", True, True, False, "2026-11-20", "freelance", ("passed-date",)),
    Case("get my board certification in family medicine by june 2026", True, True, False, "2026-06-30", "healthcare", ("passed-date",)),
    Case("land 3 retainer clients in 10 wks", True, True, True, "2027-02-11", "freelance", ("abbreviation", "span")),
    Case("cut our ticket backlog from 400 to 150 in 2 mos", True, True, True, "2027-02-03", "software", ("abbreviation", "span")),
    Case("get a job at a hospital closer to my kids' school", True, True, False, None, "nursing", ()),
    Case("work somewhere that values work life balance", False, False, False, None, "career-change", ("vague-quality",)),
    Case("do a better job of keeping my charts up to date", False, False, False, None, "nursing", ("vague-verb",)),
    Case("become a more confident public speaker", False, False, False, None, "sales", ("identity",)),
    Case("run 4 CPD sessions for the ward by easter", True, True, True, "2027-03-28", "nursing", ("holiday", "count-words")),
    Case("get my security+ before christmas", True, True, True, "2026-12-24", "software", ("holiday", "vocabulary")),
    Case("become a paralegal at a family law firm within 18 months", True, True, True, "2028-06-03", "law", ("span",)),
    Case("hire two apprentices by spring, no rush", True, True, True, "2027-05-31", "trades", ("no-rush", "count-words")),
    Case("save 6 months of expenses by the end of 2027", True, True, True, "2027-12-31", "freelance", ("count-words",)),
    Case("get my teaching license transferred to texas by july", True, True, True, "2027-07-31", "teaching", ("vocabulary",)),
    Case("move into a product manager role at my company by q3", True, True, True, "2027-09-30", "software", ("abbreviation",)),
    Case("go from part time to full time by the spring term", True, True, False, None, "teaching", ("school-term",)),
    Case("pass the level 2 food hygiene cert this week", True, True, True, "2026-12-06", "hospitality", ("vocabulary",)),
    Case("get my journeyman electrician ticket before i'm 30", True, True, False, None, "trades", ("personal-event", "vocabulary")),
    Case("reach 1,000 newsletter subscribers by the end of next month", True, True, True, "2027-01-31", "marketing", ("count-words",)),
    Case("become head of year by september, it was june but the role moved", True, True, True, "2027-09-30", "teaching", ("replaced-date",)),
    Case("get an offer from a big four firm, was aiming for january, now february", True, True, True, "2027-02-28", "finance", ("replaced-date",)),
    Case("get my CPA license and then open my own practice", True, True, False, None, "finance", ("multi-goal",),
         parts=(Part("get my CPA license", True, True, False, None), Part("open my own practice", True, True, False, None))),
    Case("take the series 7 by the end of this fiscal year", True, True, True, "2026-12-31", "finance", ("fiscal-year",), assumption=True),
    Case("get my nursing license in ontario by 31/9/2027", True, True, False, None, "nursing", ("impossible-date",), assumption=True),
]

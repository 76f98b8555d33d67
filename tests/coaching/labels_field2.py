# The held-out set of the first round of issue 19 (written by the same labeller, who had
# not seen the engine), now a second dev set; kept verbatim below.
# ruff: noqa: E501, F401, I001
# fmt: off
from datetime import date
from dataclasses import dataclass, field

TODAY = date(2026, 12, 3)   # a Thursday; every relative date is judged from this day
DATE_ORDER = "mdy"          # how an ambiguous all-numeric date like 3/4/2028 is read by default (month first)
FISCAL_YEAR_START = 1       # month the fiscal year starts in by default (January)


@dataclass(frozen=True)
class Part:
    text: str                # the words of this goal, copied exactly from the statement
    specific: bool
    measurable: bool
    time_bound: bool
    deadline: str | None     # ISO date, or None


@dataclass(frozen=True)
class Case:
    text: str                # exactly as the person typed it
    specific: bool
    measurable: bool
    time_bound: bool
    deadline: str | None     # ISO date
    field: str
    kinds: tuple[str, ...] = ()
    aspiration: bool = False
    assumption: bool = False
    parts: tuple[Part, ...] = ()


# Case(text, specific, measurable, time_bound, deadline, field, kinds, ...)
CASES: list[Case] = [
    # ---------------- nursing ----------------
    Case("pass my NCLEX-PN by june 2027", True, True, True, "2027-06-30", "nursing", ("yes-no",)),
    Case("get my oncology nursing cert (OCN) in 14 weeks", True, True, True, "2027-03-11", "nursing", ("span", "vocabulary")),
    Case("be more patient on night shift", False, False, False, None, "nursing", ("vague-verb",)),
    Case("i want to become nurse manager of the ER before my husband retires", True, True, False, None, "nursing", ("personal-event", "yes-no")),
    Case("transfer to the NICU", True, True, False, None, "nursing", ()),
    Case("finish my DNP by 2029, no stress if it slips", True, True, True, "2029-12-31", "nursing", ("no-rush",)),
    Case("get my wound care cert by 31/6/2027", True, True, False, None, "nursing", ("impossible-date", "vocabulary"), assumption=True),
    Case("work no more than 3 twelve hour shifts a week", True, True, False, None, "nursing", ("cadence", "vocabulary")),
    Case("find a nursing role that lets me see my kids more", False, False, False, None, "nursing", ()),

    # ---------------- software ----------------
    Case("bring our api error rate from 2% to 0.3% by end of march", True, True, True, "2027-03-31", "software", ("vocabulary",)),
    Case("level up my typescript", False, False, False, None, "software", ("vague-verb",)),
    Case("get promoted to engineering manager by q3 2027", True, True, True, "2027-09-30", "software", ("yes-no", "abbreviation")),
    Case("pass the google professional cloud architect exam in 45 days", True, True, True, "2027-01-17", "software", ("span", "vocabulary")),
    Case("pair program with 2 juniors every sprint", True, True, False, None, "software", ("cadence", "count-words")),
    Case("get a remote job as a django dev", True, True, False, None, "software", ()),
    Case("release the public beta of our mobile app by 7/8/2027", True, True, True, "2027-07-08", "software", ("ambiguous-date",), assumption=True),
    Case("be a 10x engineer someday lol", False, False, False, None, "software", ("aspiration",), aspiration=True),
    Case("migrate all 40 services to the new ci pipeline this fiscal year", True, True, True, "2026-12-31", "software", ("fiscal-year", "count-words"), assumption=True),
    Case("get my CompTIA A+ by february and land a help desk job by june", True, True, True, "2027-06-30", "software", ("multi-goal", "vocabulary"),
         parts=(Part("get my CompTIA A+ by february", True, True, True, "2027-02-28"), Part("land a help desk job by june", True, True, True, "2027-06-30"))),

    # ---------------- trades ----------------
    Case("get my journeyman plumber card by 2029", True, True, True, "2029-12-31", "trades", ("vocabulary",)),
    Case("pass my 309A in 5 mos", True, True, True, "2027-05-03", "trades", ("abbreviation", "span", "vocabulary")),
    Case("weld better", False, False, False, None, "trades", ("vague-verb",)),
    Case("get my CSCS card before monday", True, True, True, "2026-12-06", "trades", ("vocabulary",)),
    Case("become a site foreman b4 i turn 30", True, True, False, None, "trades", ("personal-event", "abbreviation")),
    Case("finish my 4th year apprenticeship by the end of summer", True, True, True, "2027-08-31", "trades", ()),
    Case("do my gas safe ACS assessment by 9/3/2027", True, True, True, "2027-09-03", "trades", ("ambiguous-date", "vocabulary"), assumption=True),
    Case("run my own electrical contracting company one day with 5 vans on the road", True, True, False, None, "trades", ("aspiration", "count-words"), aspiration=True),
    Case("pass the electrcal code exam by septmber 31", True, True, False, None, "trades", ("typo", "impossible-date", "vocabulary"), assumption=True),
    Case("find steadier work than subcontracting", False, False, False, None, "trades", ()),

    # ---------------- teaching ----------------
    Case("get my single subject credential in math by august 2027", True, True, True, "2027-08-31", "teaching", ()),
    Case("get better at teaching phonics", False, False, False, None, "teaching", ("vague-verb",)),
    Case("become department head by 2028, not 2027", True, True, True, "2028-12-31", "teaching", ("negated-date", "yes-no")),
    Case("start 3 after-school robotics clubs by spring", True, True, True, "2027-05-31", "teaching", ("count-words",)),
    Case("i want join JET programme for teach english in japan until summer", True, True, True, "2027-08-31", "teaching", ("non-native", "vocabulary")),
    Case("make my lessons more engaging", False, False, False, None, "teaching", ()),
    Case("become a headteacher", True, True, False, None, "teaching", ()),
    Case("get my national board certification renewal done by 11/30/2026", True, True, False, "2026-11-30", "teaching", ("passed-date", "vocabulary")),

    # ---------------- law ----------------
    Case("pass the california bar in february 2027", True, True, True, "2027-02-28", "law", ("yes-no",)),
    Case("make equity partner by 2031", True, True, True, "2031-12-31", "law", ("vocabulary", "yes-no")),
    Case("get a paralegal job at a litigation firm in the new year", True, True, True, "2027-12-31", "law", ("new-year",)),
    Case("be a stronger negotiator", False, False, False, None, "law", ("vague-verb",)),
    Case("sit the bar in july, it was going to be february but i need more time", True, True, True, "2027-07-31", "law", ("replaced-date",)),
    Case("one day become general counsel for a sports team", True, True, False, None, "law", ("aspiration",), aspiration=True),
    Case("bill 150 hours a month", True, True, False, None, "law", ("cadence", "count-words")),
    Case("get my LLM in tax before my kids start school", True, True, False, None, "law", ("personal-event",)),
    Case("Become a senior associate in the employment team by January 2028.", True, True, True, "2028-01-31", "law", ()),

    # ---------------- finance ----------------
    Case("pass CFA level III by august 2027", True, True, True, "2027-08-31", "finance", ("vocabulary", "yes-no")),
    Case("get a 15% raise by q1", True, True, True, "2027-03-31", "finance", ("abbreviation",)),
    Case("be better with excel models", False, False, False, None, "finance", ("vague-verb",)),
    Case("finish my ACCA papers, all 13 exams, by the end of FY2028", True, True, True, "2028-12-31", "finance", ("fiscal-year", "count-words", "vocabulary"), assumption=True),
    Case("become a senior auditor by 2/29/2028", True, True, True, "2028-02-29", "finance", ("yes-no",)),
    Case("move from accounts payable into a treasury analyst role", True, True, False, None, "finance", ()),
    Case("my dream is to run the finance function of a big charity", True, True, False, None, "finance", ("aspiration",), aspiration=True),
    Case("cut audit adjustments from 30 to under 10 by fiscal year end", True, True, True, "2026-12-31", "finance", ("fiscal-year", "vocabulary"), assumption=True),
    Case("finsh my accounting degre by mid 2028", True, True, True, "2028-06-30", "finance", ("typo", "mid-period")),
    Case("something more stable than trading", False, False, False, None, "finance", ()),

    # ---------------- academia ----------------
    Case("submit my tenure dossier by september 15", True, True, True, "2027-09-15", "academia", ("vocabulary",)),
    Case("publish 3 peer reviewed articles by the end of 2028", True, True, True, "2028-12-31", "academia", ("count-words",)),
    Case("become a better mentor to my phd students", False, False, False, None, "academia", ("vague-verb",)),
    Case("get an ERC starting grant in 2027", True, True, True, "2027-12-31", "academia", ("vocabulary",)),
    Case("finish my phd thesis by june 2026", True, True, False, "2026-06-30", "academia", ("passed-date",)),
    Case("become a respected voice in climate history", False, False, False, None, "academia", ("aspiration",), aspiration=True),
    Case("get a tenure track job before my postdoc funding runs out", True, True, False, None, "academia", ("personal-event", "vocabulary")),
    Case("teach 2 new seminar courses next fall", True, True, True, "2027-11-30", "academia", ("count-words",)),
    Case("i need to pass toefl with 100 score before summer for my masters", True, True, True, "2027-05-31", "academia", ("non-native", "vocabulary")),

    # ---------------- career-change ----------------
    Case("switch from hospitality to HR with a CIPD level 5 by march 2028", True, True, True, "2028-03-31", "career-change", ("vocabulary",)),
    Case("find a career i dont hate", False, False, False, None, "career-change", ()),
    Case("get a junior dev job within 6 mos", True, True, True, "2027-06-03", "career-change", ("span", "abbreviation")),
    Case("become an electrician after 10 years in the office", True, True, False, None, "career-change", ("span",)),
    Case("finish my 200 hour yoga teacher training by easter", True, True, True, "2027-03-28", "career-change", ("holiday",)),
    Case("figure out if ux is for me", False, False, False, None, "career-change", ()),
    Case("move into teaching through a teach first placement before i turn 30", True, True, False, None, "career-change", ("personal-event",)),
    Case("take 2 night classes in accounting every term until i qualify", True, True, False, None, "career-change", ("cadence", "count-words")),
    Case("get my real estate license, not this year, early next year, say march", True, True, True, "2027-03-31", "career-change", ("negated-date",)),

    # ---------------- returning ----------------
    Case("go back to my radiographer job after my cancer treatment", True, True, False, None, "returning", ("personal-event",)),
    Case("get a part-time admin job by the end of january", True, True, True, "2027-01-31", "returning", ()),
    Case("get my head back in the game", False, False, False, None, "returning", ()),
    Case("do a CPD refresher course in 3 weeks", True, True, True, "2026-12-24", "returning", ("span", "vocabulary")),
    Case("i been out 5 years caring my mom, i want find receptionist job in the spring", True, True, True, "2027-05-31", "returning", ("non-native",)),
    Case("re-register with the nursing council by the new year", True, True, True, "2026-12-31", "returning", ("new-year", "vocabulary")),
    Case("feel like myself at work again", False, False, False, None, "returning", ()),
    Case("return as a full-time teacher not in january but september", True, True, True, "2027-09-30", "returning", ("negated-date",)),
    Case("imrpove my resume", False, False, False, None, "returning", ("vague-verb", "typo")),

    # ---------------- freelance ----------------
    Case("sign 4 new clients in q1", True, True, True, "2027-03-31", "freelance", ("count-words", "abbreviation")),
    Case("charge more", False, False, False, None, "freelance", ()),
    Case("raise my hourly from 60 to 85 by june", True, True, True, "2027-06-30", "freelance", ("vocabulary",)),
    Case("send 10 cold pitches every monday", True, True, False, None, "freelance", ("cadence", "count-words")),
    Case("earn 120k this fiscal year from freelance writing", True, True, True, "2026-12-31", "freelance", ("fiscal-year",), assumption=True),
    Case("get a steady stream of work", False, False, False, None, "freelance", ()),
    Case("invoice 30k by the end of feb, no rush tho", True, True, True, "2027-02-28", "freelance", ("no-rush", "abbreviation")),
    Case("build my photography brand", False, False, False, None, "freelance", ("vague-verb",)),

    # ---------------- hospitality ----------------
    Case("become head chef by the end of 2028", True, True, True, "2028-12-31", "hospitality", ("yes-no",)),
    Case("get my level 2 sommelier cert in the new year", True, True, True, "2027-12-31", "hospitality", ("new-year", "vocabulary")),
    Case("be friendlier with guests", False, False, False, None, "hospitality", ("vague-verb",)),
    Case("raise average check from $42 to $50 by the summer", True, True, True, "2027-08-31", "hospitality", ("vocabulary",)),
    Case("open a cocktail bar one day", True, True, False, None, "hospitality", ("aspiration",), aspiration=True),
    Case("get promoted to banquet captain by thanksgiving", True, True, True, "2027-11-25", "hospitality", ("holiday", "yes-no")),
    Case("work 5 doubles a week till new years", True, True, True, "2026-12-31", "hospitality", ("cadence", "new-year")),
    Case("i will become restaurant manager until 2028 year", True, True, True, "2028-12-31", "hospitality", ("non-native",)),
    Case("finish the wedding cake course by friday, scratch that, by the 20th", True, True, True, "2026-12-20", "hospitality", ("replaced-date",)),
    Case("become a sous chef somewhere by mid-2028", True, True, True, "2028-06-30", "hospitality", ("mid-period",)),

    # ---------------- retail ----------------
    Case("become a district manager by 2029", True, True, True, "2029-12-31", "retail", ()),
    Case("sell 25 extended warranties a month", True, True, False, None, "retail", ("cadence", "count-words")),
    Case("get better at upselling", False, False, False, None, "retail", ("vague-verb",)),
    Case("get promoted to department supervisor in 12 wks", True, True, True, "2027-02-25", "retail", ("span", "abbreviation", "yes-no")),
    Case("lift conversion from 18% to 22% by q4 2027", True, True, True, "2027-12-31", "retail", ("vocabulary", "abbreviation")),
    Case("move to the head office merchandising team before my 3rd year here", True, True, False, None, "retail", ("personal-event",)),
    Case("work somewhere with better staff discounts", False, False, False, None, "retail", ()),
    Case("open my own flower shop by 6/31/2028", True, True, False, None, "retail", ("impossible-date",), assumption=True),
    Case("i wish to get the promotion of shift leader until middle of next year", True, True, True, "2027-06-30", "retail", ("non-native", "mid-period", "yes-no")),

    # ---------------- public-sector ----------------
    Case("get a promotion to GS-12 in the new fiscal year", True, True, True, "2027-12-31", "public-sector", ("fiscal-year", "vocabulary", "yes-no"), assumption=True),
    Case("pass the foreign service officer test by october", True, True, True, "2027-10-31", "public-sector", ("yes-no",)),
    Case("be more visible to senior leadership", False, False, False, None, "public-sector", ()),
    Case("become a police sergeant in 2 years", True, True, True, "2028-12-03", "public-sector", ("span", "yes-no")),
    Case("clear the permit backlog of 300 files by 3/31/2026", True, True, False, "2026-03-31", "public-sector", ("passed-date", "count-words")),
    Case("one day be a city council member", True, True, False, None, "public-sector", ("aspiration",), aspiration=True),
    Case("get a job with the state department of transportation", True, True, False, None, "public-sector", ()),
    Case("cut 911 call answer time from 20s to under 10s by mid-2028", True, True, True, "2028-06-30", "public-sector", ("mid-period", "vocabulary")),
    Case("get better at budgeting and pass the CGFM exam by fall", False, False, False, None, "public-sector", ("multi-goal", "vague-verb", "vocabulary"),
         parts=(Part("get better at budgeting", False, False, False, None), Part("pass the CGFM exam by fall", True, True, True, "2027-11-30"))),

    # ---------------- science ----------------
    Case("get my first NIH R21 funded by end of 2028", True, True, True, "2028-12-31", "science", ("vocabulary",)),
    Case("become a senior scientist at a biotech by q2 2028", True, True, True, "2028-06-30", "science", ("abbreviation", "yes-no")),
    Case("understand CRISPR better", False, False, False, None, "science", ("vague-verb",)),
    Case("run the mass spec for 10 projects this quarter", True, True, True, "2026-12-31", "science", ("count-words",)),
    Case("get the lab's ISO 17025 accreditation by 2/3/2027", True, True, True, "2027-02-03", "science", ("ambiguous-date", "vocabulary"), assumption=True),
    Case("finish my postdoc and get a faculty position", True, True, False, None, "science", ("multi-goal",),
         parts=(Part("finish my postdoc", True, True, False, None), Part("get a faculty position", True, True, False, None))),
    Case("do more fieldwork", False, False, False, None, "science", ()),
    Case("submit 2 manuscripts before the summer", True, True, True, "2027-05-31", "science", ("count-words",)),

    # ---------------- arts ----------------
    Case("land a solo show at a gallery in 2028", True, True, True, "2028-12-31", "arts", ()),
    Case("get a better eye for color", False, False, False, None, "arts", ("vague-verb",)),
    Case("finish 12 paintings for my portfolio by friday", True, True, True, "2026-12-04", "arts", ("count-words",)),
    Case("become a concept artist at a game studio by mid next year", True, True, True, "2027-06-30", "arts", ("mid-period",)),
    Case("upload one short film to vimeo every month", True, True, False, None, "arts", ("cadence",)),
    Case("get known in the illustration scene someday", False, False, False, None, "arts", ("aspiration",), aspiration=True),
    Case("record my album by labor day", True, True, True, "2027-09-06", "arts", ("holiday",)),
    Case("get into 2 design festivals this year", True, True, True, "2026-12-31", "arts", ("count-words",)),
    Case("submit my portfolio by 10/31/2026 and apply to 3 art schools by january", True, True, False, "2027-01-31", "arts", ("multi-goal", "passed-date", "count-words"),
         parts=(Part("submit my portfolio by 10/31/2026", True, True, False, "2026-10-31"), Part("apply to 3 art schools by january", True, True, True, "2027-01-31"))),

    # ---------------- logistics ----------------
    Case("get my hazmat endorsement by march", True, True, True, "2027-03-31", "logistics", ("vocabulary",)),
    Case("become transport manager by the end of this fiscal year", True, True, True, "2026-12-31", "logistics", ("fiscal-year", "yes-no"), assumption=True),
    Case("get faster at loading trucks", False, False, False, None, "logistics", ("vague-verb",)),
    Case("cut average delivery time from 3 days to 2 in 20 weeks", True, True, True, "2027-04-22", "logistics", ("span", "vocabulary")),
    Case("get my transport manager CPC, not in spring, in autumn", True, True, True, "2027-11-30", "logistics", ("negated-date", "vocabulary")),
    Case("run the night shift as lead by xmas", True, True, True, "2026-12-25", "logistics", ("holiday", "abbreviation", "vocabulary")),
    Case("get a supply chain planner job", True, True, False, None, "logistics", ()),
    Case("drive for a company that gets me home every night", False, False, False, None, "logistics", ()),
    Case("get my forklift and reach truck licences renewd by feburary", True, True, True, "2027-02-28", "logistics", ("typo",)),
    Case("pass my driving test by march and start a delivery job after that", True, True, False, None, "logistics", ("multi-goal",),
         parts=(Part("pass my driving test by march", True, True, True, "2027-03-31"), Part("start a delivery job after that", True, True, False, None))),

    # ---------------- healthcare ----------------
    Case("pass my internal medicine boards in august 2027", True, True, True, "2027-08-31", "healthcare", ("vocabulary",)),
    Case("become a physician assistant by 2030", True, True, True, "2030-12-31", "healthcare", ()),
    Case("be more empathetic with patients", False, False, False, None, "healthcare", ("vague-verb",)),
    Case("get my RRT credential by the end of q1", True, True, True, "2027-03-31", "healthcare", ("vocabulary", "abbreviation")),
    Case("see 20 patients a day by 1/4/2027", True, True, True, "2027-01-04", "healthcare", ("ambiguous-date", "count-words"), assumption=True),
    Case("become a pharmacist before my 40th", True, True, False, None, "healthcare", ("personal-event",)),
    Case("finish my dental residency by june 2026", True, True, False, "2026-06-30", "healthcare", ("passed-date",)),
    Case("take the COMLEX level 2 in may, no hurry", True, True, True, "2027-05-31", "healthcare", ("no-rush", "vocabulary")),
    Case("becom a certifed pharmacy technician in the new year", True, True, True, "2027-12-31", "healthcare", ("typo", "new-year")),

    # ---------------- marketing ----------------
    Case("grow our instagram following from 2k to 8k by june", True, True, True, "2027-06-30", "marketing", ("vocabulary",)),
    Case("get better at seo", False, False, False, None, "marketing", ("vague-verb",)),
    Case("become head of growth at a startup by 2029", True, True, True, "2029-12-31", "marketing", ()),
    Case("launch our podcast with 8 episodes recorded before valentines", True, True, True, "2027-02-13", "marketing", ("holiday", "count-words")),
    Case("get my google analytics cert in ten days", True, True, True, "2026-12-13", "marketing", ("span",)),
    Case("send the customer newsletter every other thursday", True, True, False, None, "marketing", ("cadence",)),
    Case("be a great marketer", False, False, False, None, "marketing", ("vague-verb",)),
    Case("hit a 30% email open rate this quarter", True, True, True, "2026-12-31", "marketing", ()),

    # ---------------- sales ----------------
    Case("close 1.5m in new business by the end of FY2027", True, True, True, "2027-12-31", "sales", ("fiscal-year", "vocabulary"), assumption=True),
    Case("get promoted to senior AE by october", True, True, True, "2027-10-31", "sales", ("yes-no", "abbreviation")),
    Case("make more calls", False, False, False, None, "sales", ()),
    Case("book 8 meetings a week with CFOs", True, True, False, None, "sales", ("cadence", "count-words")),
    Case("win back 3 lost accounts by end of jan", True, True, True, "2027-01-31", "sales", ("count-words", "abbreviation")),
    Case("be regional sales manager by my next appraisal", True, True, False, None, "sales", ("personal-event",)),
    Case("become the kind of salesperson people trust", False, False, False, None, "sales", ("aspiration",), aspiration=True),
    Case("hit 100% of quota by EOQ, then hit 110% of quota next quarter", True, True, True, "2027-03-31", "sales", ("multi-goal", "abbreviation"),
         parts=(Part("hit 100% of quota by EOQ", True, True, True, "2026-12-31"), Part("hit 110% of quota next quarter", True, True, True, "2027-03-31"))),

    # ---------------- engineering ----------------
    Case("get my PE by fall 2028", True, True, True, "2028-11-30", "engineering", ("vocabulary",)),
    Case("get my CEng before 2028", True, True, True, "2027-12-31", "engineering", ("vocabulary",)),
    Case("improve my CAD skills", False, False, False, None, "engineering", ("vague-verb",)),
    Case("reduce line 4 downtime from 12% to 5% by EOY", True, True, True, "2026-12-31", "engineering", ("vocabulary", "abbreviation")),
    Case("lead a design review every two weeks", True, True, False, None, "engineering", ("cadence",)),
    Case("become an engineering director someday", True, True, False, None, "engineering", ("aspiration",), aspiration=True),
    Case("pass the FE in 2026", True, True, True, "2026-12-31", "engineering", ("vocabulary",)),
    Case("finish my masters in structural engineering, was 2027 now 2028", True, True, True, "2028-12-31", "engineering", ("replaced-date",)),
    Case("Work on more interesting projects.", False, False, False, None, "engineering", ()),

    # ---------------- media ----------------
    Case("get a job as a news producer at a local tv station by may", True, True, True, "2027-05-31", "media", ()),
    Case("write better headlines", False, False, False, None, "media", ("vague-verb",)),
    Case("publish 6 freelance features in 2027", True, True, True, "2027-12-31", "media", ("count-words",)),
    Case("grow my youtube channel to 10k subs by halloween", True, True, True, "2027-10-31", "media", ("holiday", "abbreviation")),
    Case("become editor in chief one day", True, True, False, None, "media", ("aspiration",), aspiration=True),
    Case("pitch the new yorker by april 31", True, True, False, None, "media", ("impossible-date",), assumption=True),
    Case("break a big story", False, False, False, None, "media", ()),
    Case("get my podcast into the apple top 100 news chart by spring, no pressure", True, True, True, "2027-05-31", "media", ("no-rush",)),

    # ---------------- nonprofit ----------------
    Case("raise 40k in our spring appeal by may", True, True, True, "2027-05-31", "nonprofit", ()),
    Case("get better at fundraising", False, False, False, None, "nonprofit", ("vague-verb",)),
    Case("become development director in 18 months", True, True, True, "2028-06-03", "nonprofit", ("span", "yes-no")),
    Case("sign up 100 new volunteers for the food drive by thanksgiving", True, True, True, "2027-11-25", "nonprofit", ("holiday", "count-words")),
    Case("run our youth program with less stress", False, False, False, None, "nonprofit", ()),
    Case("apply for 5 foundation grants, originally by january, now by end of march", True, True, True, "2027-03-31", "nonprofit", ("replaced-date", "count-words")),
    Case("launch a mentoring scheme for refugees", True, True, False, None, "nonprofit", ()),
    Case("one day start my own charity", True, True, False, None, "nonprofit", ("aspiration",), aspiration=True),
    # ---------------- additional ordinary cases ----------------
    Case("become a school nurse by september 2027", True, True, True, "2027-09-30", "nursing", ()),
    Case("something in nursing that isn't bedside", False, False, False, None, "nursing", ()),
    Case("Become a site reliability engineer at a cloud provider by 2028.", True, True, True, "2028-12-31", "software", ()),
    Case("work at a place that cares about code quality", False, False, False, None, "software", ()),
    Case("become a qualified roofer by the end of 2027", True, True, True, "2027-12-31", "trades", ()),
    Case("become a welding instructor at the community college", True, True, False, None, "trades", ()),
    Case("get a job at a school closer to home by august", True, True, True, "2027-08-31", "teaching", ()),
    Case("find a school that values the arts", False, False, False, None, "teaching", ()),
    Case("become an immigration solicitor", True, True, False, None, "law", ()),
    Case("do less document review and more actual law", False, False, False, None, "law", ()),
    Case("become a tax manager by 2029", True, True, True, "2029-12-31", "finance", ()),
    Case("get a research fellowship abroad by october 2027", True, True, True, "2027-10-31", "academia", ()),
    Case("find a department where i'm not the only one doing qualitative work", False, False, False, None, "academia", ()),
    Case("become a park ranger by the end of 2028", True, True, True, "2028-12-31", "career-change", ()),
    Case("get out of sales and into something creative", False, False, False, None, "career-change", ()),
    Case("become a school librarian now that the kids are at school", True, True, False, None, "returning", ()),
    Case("get a bookkeeping job at a local firm by april", True, True, True, "2027-04-30", "returning", ()),
    Case("become a full-time translator by 2028", True, True, True, "2028-12-31", "freelance", ()),
    Case("have clients who respect my time", False, False, False, None, "freelance", ()),
    Case("become a pastry chef at a hotel", True, True, False, None, "hospitality", ()),
    Case("become an assistant store manager at a grocery chain by july", True, True, True, "2027-07-31", "retail", ()),
    Case("find a retail job with fixed shifts", False, False, False, None, "retail", ()),
    Case("become a city planner by 2030", True, True, True, "2030-12-31", "public-sector", ()),
    Case("become a lab manager at a university", True, True, False, None, "science", ()),
    Case("get a science communication job by november", True, True, True, "2027-11-30", "science", ()),
    Case("make work i'm proud to show", False, False, False, None, "arts", ()),
    Case("become a fleet manager by 2029", True, True, True, "2029-12-31", "logistics", ()),
    Case("become a speech therapist", True, True, False, None, "healthcare", ()),
    Case("get a brand manager job at a food company by march 2028", True, True, True, "2028-03-31", "marketing", ()),
    Case("find a sales role with a fair commission structure", False, False, False, None, "sales", ()),
    Case("become a civil engineer at a water utility by 2028", True, True, True, "2028-12-31", "engineering", ()),
    Case("become a radio producer", True, True, False, None, "media", ()),
    Case("become a grants officer at a community foundation by june 2027", True, True, True, "2027-06-30", "nonprofit", ()),
]

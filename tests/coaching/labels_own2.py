# Fresh goals of our own (round 2, second batch), written and labelled after the fixes
# for labels_field2.py and before the engine was run on them; the untouched score is in
# the note. Same schema and rules as labels_field.py.
# ruff: noqa: E501
# fmt: off
from datetime import date

from tests.coaching.labels_field import Case, Part  # the same schema

TODAY = date(2026, 12, 3)   # a Thursday
DATE_ORDER = "mdy"
FISCAL_YEAR_START = 1


CASES: list[Case] = [
    Case("be an even better charge nurse next year", False, False, True, "2027-12-31", "nursing", ("identity",)),
    Case("become a go-to expert on pension law", False, False, False, None, "law", ("identity",)),
    Case("become the sort of foreman crews want to work for", False, False, False, None, "trades", ("identity",), aspiration=True),
    Case("get my groove back after burnout", False, False, False, None, "returning", ("identity",)),
    Case("find an agency that pays on time", False, False, False, None, "freelance", ("vague-quality",)),
    Case("get a job somewhere that lets me work from home", False, False, False, None, "career-change", ("vague-quality",)),
    Case("move out of admin and into something hands-on", False, False, False, None, "career-change", ("vague-quality",)),
    Case("get my level 3 electrical ticket by spring 2028", True, True, True, "2028-05-31", "trades", ("vocabulary",)),
    Case("get my SSSTS card before the new year", True, True, True, "2026-12-31", "trades", ("vocabulary", "new-year")),
    Case("become a chartered physiotherapist (MCSP) by 2029", True, True, True, "2029-12-31", "healthcare", ("post-nominal",)),
    Case("get my FCCA in two years", True, True, True, "2028-12-03", "finance", ("post-nominal", "span")),
    Case("get my ACMA before my 30th", True, True, False, None, "finance", ("post-nominal", "personal-event")),
    Case("finish the bathroom job before wednesday", True, True, True, "2026-12-08", "trades", ("before-weekday",)),
    Case("file my tax return before sunday", True, True, True, "2026-12-05", "freelance", ("before-weekday",)),
    Case("submit 3 tenders before friday", True, True, True, "2026-12-03", "engineering", ("before-weekday", "count-words")),
    Case("book the venue for the fundraiser by the new year", True, True, True, "2026-12-31", "nonprofit", ("new-year",)),
    Case("double my client list in the new year", True, True, True, "2027-12-31", "freelance", ("new-year",)),
    Case("hire a practice manager before new year's day", True, True, True, "2026-12-31", "healthcare", ("new-year",)),
    Case("i will pass my driving licence exam until 2027 year", True, True, True, "2027-12-31", "logistics", ("non-native",)),
    Case("i want get my nursing registration in uk in 2028 year", True, True, True, "2028-12-31", "nursing", ("non-native",)),
    Case("i hope to become a bus driver until end of 2027 year", True, True, True, "2027-12-31", "logistics", ("non-native",)),
    Case("get my CFP, was june now october", True, True, True, "2027-10-31", "finance", ("replaced-date",)),
    Case("launch the membership scheme in march, it was going to be january but the board wants more time", True, True, True, "2027-03-31", "nonprofit", ("replaced-date",)),
    Case("pass the QTS skills tests by july, originally by april", True, True, True, "2027-07-31", "teaching", ("replaced-date",)),
    Case("finish the fitout by 2/14, no wait, by 2/28", True, True, True, "2027-02-28", "trades", ("replaced-date",)),
    Case("cut the payroll errors to zero in the new fiscal year", True, True, True, "2027-12-31", "finance", ("fiscal-year",), assumption=True),
    Case("get the new ERP live by the start of the new fiscal year", True, True, True, "2027-01-01", "software", ("fiscal-year",), assumption=True),
    Case("improve my sight reading and pass grade 8 piano by summer", False, False, False, None, "arts", ("multi-goal", "vague-verb"),
         parts=(Part("improve my sight reading", False, False, False, None), Part("pass grade 8 piano by summer", True, True, True, "2027-08-31"))),
    Case("keep learning python and ship one side project by may", False, False, False, None, "software", ("multi-goal", "vague-verb"),
         parts=(Part("keep learning python", False, False, False, None), Part("ship one side project by may", True, True, True, "2027-05-31"))),
    Case("get my mba and move into consulting", True, True, False, None, "career-change", ("multi-goal",),
         parts=(Part("get my mba", True, True, False, None), Part("move into consulting", True, True, False, None))),
    Case("pass the bar by april 31 2027", True, True, False, None, "law", ("impossible-date",), assumption=True),
    Case("open the pop-up by september 31", True, True, False, None, "hospitality", ("impossible-date",), assumption=True),
    Case("become a registered dietitian by 2028", True, True, True, "2028-12-31", "healthcare", ()),
    Case("get promoted to senior sous chef by easter", True, True, True, "2027-03-28", "hospitality", ("holiday",)),
    Case("take my ASE certification before labor day", True, True, True, "2027-09-05", "trades", ("holiday",)),
    Case("pass my CPC module 4 by halloween", True, True, True, "2027-10-31", "logistics", ("holiday", "vocabulary")),
    Case("write 2 blog posts a week", True, True, False, None, "marketing", ("cadence",)),
    Case("see 15 clients a week by march", True, True, True, "2027-03-31", "healthcare", ("cadence",)),
    Case("someday run my own vet clinic", True, True, False, None, "healthcare", ("aspiration",), aspiration=True),
    Case("my dream is to teach at oxford", True, True, False, None, "academia", ("aspiration",), aspiration=True),
    Case("get a research assistant job in a neuroscience lab by 9/1/2027", True, True, True, "2027-09-01", "science", ("ambiguous-date",), assumption=True),
    Case("get my DBS check done by 11/15/2026", True, True, False, "2026-11-15", "teaching", ("passed-date",)),
    Case("finish my CELTA by 12/10/2026", True, True, True, "2026-12-10", "teaching", ("ambiguous-date",), assumption=True),
    Case("earn 80k by the end of 2027", True, True, True, "2027-12-31", "freelance", ()),
    Case("grow my etsy shop to 500 sales by q4", True, True, True, "2026-12-31", "retail", ("abbreviation",)),
    Case("reduce agency spend by 20% this quarter", True, True, True, "2026-12-31", "nursing", ()),
    Case("get a staff nurse post on a cardiac ward by summer", True, True, True, "2027-08-31", "nursing", ()),
    Case("work on my confidence", False, False, False, None, "returning", ("vague-verb",)),
    Case("get better organised at work", False, False, False, None, "public-sector", ("vague-verb",)),
    Case("be more present with my students", False, False, False, None, "teaching", ("vague-verb",)),
    Case("make my portfolio stand out", False, False, False, None, "arts", ("vague-quality",)),
    Case("have a career i'm proud of", False, False, False, None, "career-change", ("vague-quality",)),
    Case("find a firm where partners actually mentor juniors", False, False, False, None, "law", ("vague-quality",)),
    Case("join the royal college of nursing", True, True, False, None, "nursing", ()),
    Case("speak at 2 industry conferences in 2027", True, True, True, "2027-12-31", "marketing", ("count-words",)),
    Case("get my first paid commission as an illustrator by june", True, True, True, "2027-06-30", "arts", ()),
    Case("become a deputy head within 3 yrs", True, True, True, "2029-12-03", "teaching", ("abbreviation", "span")),
    Case("transfer to the paediatric ward after my preceptorship", True, True, False, None, "nursing", ("personal-event",)),
    Case("finish my level 2 plastering course in 10 wks", True, True, True, "2027-02-11", "trades", ("abbreviation", "span")),
    Case("pass the SIE before monday, then pass the series 7 by march", True, True, True, "2027-03-31", "finance", ("multi-goal", "before-weekday"),
         parts=(Part("pass the SIE before monday", True, True, True, "2026-12-06"), Part("pass the series 7 by march", True, True, True, "2027-03-31"))),
    Case("open a second coffee cart, not in spring but in summer", True, True, True, "2027-08-31", "hospitality", ("negated-date",)),
]

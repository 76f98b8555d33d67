# Fresh goals of our own (round 9), written and labelled blind: by someone who had not read
# the engine, the other label sets' cases or the kinds tests. Writers from the United Kingdom
# and Ireland, and people working in Europe who write English as a second language (Polish,
# Romanian, Spanish, Portuguese, Italian, German, Dutch, Greek, Turkish, Filipino, Nigerian,
# Ghanaian, Indian, Brazilian...): all-numeric dates are read DAY first. Same schema as
# labels_field.py. Held out: never run against the engine while written, and held out from
# round 8 (scored before and after it, then added untouched; own9_misses.py lists where
# the engine disagrees).
#
# READING RULES (TODAY is Thursday 22 April 2027):
# - "by <month>" / "till <month>" / "untill <month>" / "latest by <month>" / "end of <month>"
#   is the last day of that month, the next one not yet over: "by april" / "EOM" / "end of
#   the month" 30 April 2027, "by may" 31 May 2027, "by march" 31 March 2028; "end of next
#   month" 31 May 2027. "by <day> <month>" ("15th of june", "june the 3rd") is that day, the
#   next one to come. "before X" is the day before X; "before the end of X" reads as "by the
#   end of X" (a judgement).
# - "in <month>" / "the <month> sitting" / "<month> results" is the last day of that month
#   ("in july" 31 July 2027); "this month" 30 April 2027; "this week" ends Sunday 25 April
#   2027 (a judgement).
# - "by <year>" / "in <year>" is 31 December of it; "this year" / "within this year" / "EOY" /
#   "end of the year" 31 December 2027; "next year" 31 December 2028; "in the new year" 31
#   January 2028 (a judgement); "mid-2028" 30 June 2028; "this time next year" 22 April 2028.
# - "in / within / max. / in N ... time" counts from TODAY: "in 10 days" 2 May 2027, "in 2
#   weeks time" 6 May, "in 3 wks" 13 May, "in 6 wks" 3 June, "in 8 weeks" 17 June, "in a
#   month" 22 May, "max. 3 months" / "in 3 mths" 22 July, "in 6 months" 22 October 2027, "in
#   9 months" 22 January 2028, "in a year" 22 April 2028, "in 18 months" 22 October 2028, "in
#   2 years" 22 April 2029. "for the next 4 months" ends on 22 August 2027 (a judgement).
# - weekdays and days of the month are the next to come: "by friday" 23 April 2027, "by
#   monday" 26 April, "by the 30th" 30 April, "by the 15th" 15 May; "next friday" is the
#   Friday of next week, 30 April (a judgement).
# - seasons (UK meteorological) end on their last day: spring is under way, "this spring" 31
#   May 2027; "by the summer" / "this summer" 31 August 2027; "by autumn" 30 November 2027;
#   "by winter" / "this winter" the end of February, 29 February 2028; "next spring" 31 May
#   2028, "next summer" 31 August 2028.
# - quarters and halves: a bare "Q2" / "this quarter" / "EOQ" / "H1" is the calendar period
#   under way, 30 June 2027 (the first fiscal quarter ends the same day); "Q3" 30 September
#   2027, "Q4" / "H2" 31 December 2027, "Q1" 31 March 2028 (the next to come). Bare quarters
#   are read as calendar quarters, a judgement; "fiscal Q2" / "Q2 of the fy" is 30 September
#   2027 and says so (assumption).
# - the fiscal year starts in April (FISCAL_YEAR_START = 4): "this fiscal year", "this fy",
#   "fy27/28", "end of the financial year", "end of the tax year" all end 31 March 2028, and
#   say so (assumption: the fiscal start is assumed); "next fy" / "fy28/29" 31 March 2029.
#   (The UK personal tax year really ends on 5 April; the set follows the product's fiscal
#   setting, a judgement.)
# - holidays are their next day to come, UK unless the writer is plainly Irish: St George's
#   day 23 April 2027, May bank holiday 3 May 2027 (UK and Ireland), spring bank holiday 31
#   May, Irish June bank holiday 7 June, Irish / Scottish August bank holiday 2 August, the
#   English summer bank holiday 30 August 2027, Irish October bank holiday 25 October,
#   Halloween 31 October, bonfire night 5 November, Remembrance day 11 November, St Andrew's
#   30 November, Christmas 25 December 2027 ("b4 xmas" 24 December), Boxing day / St
#   Stephen's 26 December, New Year's Eve 31 December, new year's day 1 January 2028, Burns
#   night 25 January, St Brigid's bank holiday 7 February, Valentine's 14 February, St David's
#   1 March, Paddy's day 17 March 2028, Easter: 2027's (28 March) has gone, so "by easter" is
#   Easter Sunday 16 April 2028 (Good Friday 14 April, Easter Monday 17 April).
# - "before the clocks change": the UK clock change is a fixed public date (the last Sunday
#   of October, 31 October 2027), so "before the clocks go back/change" is 30 October 2027;
#   "before the clocks go forward" 25 March 2028 (judgement: read as a known date, not the
#   person's own event).
# - school and academic calendars differ by school, board and nation: "by half term", "end
#   of term", "by the summer holidays", "before the kids go back", "end of the school year",
#   "before uni starts", "end of the academic year" are the person's own events: no deadline.
#   But "by september" is a month (30 September 2027) and "by the summer" a season.
# - an all-numeric date that reads two ways ("3/4/28", "5/6", "11.12.27") is read day first
#   (DATE_ORDER "dmy") and says so (assumption); one that reads one way ("15/06/2027",
#   "25.09.27", "2027-09-01", "29/02/2028") needs none; a year-less one is the next to come;
#   an impossible day ("31/04", "30th feb", "31st of june", "29/02/2027", "31.09.27") gives
#   no deadline and no assumption (no reading to state).
# - a date that has passed (a stated year: "by march 2027", "31/01/2027", "easter 2027") is
#   still the deadline, but not time-bound.
# - the person's own events ("before my visa runs out", "by my probation review", "before
#   the baby is born", "before my contract ends", "by my 30th", "at 40", "before my brp
#   expires", "by next appraisal", "after harvest", "before the season", "next season",
#   "before my discharge") have no date the tool can know: no deadline. A date said with
#   them is used, with the "before" rule ("before my discharge on 13/09/2027" 12 September).
# - a negated or replaced date gives way to the one that stands ("not june, july", "was
#   march now september"); "not before X" is a floor, not a deadline; "no rush" / "roughly"
#   / "ish" / "hopefully" do not remove a date that is said.
# - several goals on one line: each part is judged and dated; the line is met on a criterion
#   only if every part is, and its deadline is the last part's when every part has one, else
#   none. Parts are written so the last part has the latest date.
# - an aspiration: "one day", "someday", "eventually", "my dream", "long term", "in the
#   future", or a life destination five years or more away ("in 10 years", "by 2035",
#   "before i retire"). An aspiration naming a clear destination (own a salon, be a
#   consultant) is specific and done-or-not measurable; with no date it is not time-bound;
#   with a stated far date ("by 2035") that date is its deadline and, being knowable and not
#   passed, it is time-bound: it is still flagged as an aspiration.
# - a goal naming a credential, licence, card, document, exam, registration, sum, count or
#   role is specific; a yes/no outcome (passed, got, hired, promoted, opened, sent) is
#   measurable even when not specific ("get promoted", "find any job", "get into tech": the
#   role is missing, but done is plain). "improve / get better at / work on / be more X"
#   without the level it goes to is neither specific nor measurable, however concrete X is;
#   with a number or level ("ielts 7", "B2", "from 40 to 60 wpm") it is both. "learn X" with
#   no level has no finish line: neither. A raise with no size: neither; with a sum or a
#   percentage: both.
# - a condition of work alone (days not nights, part time, remote, closer to home, 4 day
#   week, no weekends) is not specific (which job?), though done is plain (measurable); with
#   a named role it is specific.
# - a cadence ("twice a week", "every sunday", "3 shifts a week") is measurable but sets no
#   deadline: not time-bound unless a date is also given.
# ruff: noqa: E501
# fmt: off
from datetime import date

from tests.coaching.labels_field import Case, Part  # the same schema

TODAY = date(2027, 4, 22)  # a Thursday
DATE_ORDER = "dmy"
FISCAL_YEAR_START = 4      # April: the fiscal year ends 31 March 2028

CASES: tuple[Case, ...] = (
    Case('get my nmc pin by end of may', True, True, True, '2027-05-31', 'nursing', kinds=('conc',)),
    Case('get my nmc pin', True, True, False, None, 'nursing', kinds=('conc',)),
    Case('pass the osce in 3 months time', True, True, True, '2027-07-22', 'nursing', kinds=('conc',)),
    Case('finish my band 5 preceptorship by end of june', True, True, True, '2027-06-30', 'nursing', kinds=('conc',)),
    Case('apply for band 6 post on the ward before end of the year', True, True, True, '2027-12-31', 'nursing', kinds=('date',)),
    Case('get band 6 in ICU', True, True, False, None, 'nursing', kinds=('conc',)),
    Case('complete the IV cannulation competency by september', True, True, True, '2027-09-30', 'nursing', kinds=('conc',)),
    Case('do my revalidation in 2 weeks time, its due soon', True, True, True, '2027-05-06', 'nursing', kinds=('conc',)),
    Case('i want to do my revalidation before my pin expires', True, True, False, None, 'nursing', kinds=('date',)),  # own event: no date for the pin expiry
    Case('sign up for the nurse associate apprenticeship in 6 wks', True, True, True, '2027-06-03', 'nursing', kinds=('date',)),
    Case('pass the ielts academic with 7 in each band within 6 months', True, True, True, '2027-10-22', 'nursing', kinds=('conc',)),
    Case('pass OET grade B in writing, i failed twice already', True, True, False, None, 'migration', kinds=('conc',)),
    Case('get the mentor (practice assessor) course done untill 15th of july', True, True, True, '2027-07-15', 'nursing', kinds=('date',)),
    Case('be a better nurse', False, False, False, None, 'nursing', kinds=('vague',)),
    Case('improve my clinical skills on the ward', False, False, False, None, 'nursing', kinds=('vague',)),
    Case('work on my confidence with doctors', False, False, False, None, 'nursing', kinds=('vague',)),
    Case('no more nights, i want only day shifts', False, True, False, None, 'nursing', kinds=('cond',)),
    Case('3 long days a week instead of 5 shorts', False, True, False, None, 'nursing', kinds=('cond',)),  # condition of work; cadence
    Case('move to a community nursing job with no weekends', True, True, False, None, 'nursing', kinds=('cond',)),
    Case('one day become a nurse consultant in tissue viability', True, True, False, None, 'nursing', kinds=('asp',), aspiration=True),
    Case('my dream is to be a matron before i retire', True, True, False, None, 'nursing', kinds=('asp',), aspiration=True),
    Case('get my care certificate done by the summer', True, True, True, '2027-08-31', 'care', kinds=('conc',)),
    Case('finish the level 3 diploma in adult care this year', True, True, True, '2027-12-31', 'care', kinds=('conc',)),
    Case('get level 2 in health and social care', True, True, False, None, 'care', kinds=('conc',)),
    Case('become senior carer in 2 months', True, True, True, '2027-06-22', 'care', kinds=('conc',)),
    Case('i want to do live in care 2 weeks on 2 weeks off', False, True, False, None, 'care', kinds=('cond',)),
    Case('get better with dementia residents', False, False, False, None, 'care', kinds=('vague',)),
    Case('do the manual handling and medication training latest by end of may', True, True, True, '2027-05-31', 'care', kinds=('date',)),
    Case('apply to 3 care homes closer to my house before end of june', True, True, True, '2027-06-30', 'care', kinds=('date',)),
    Case('closer to home, the bus takes 1h30 each way', False, True, False, None, 'care', kinds=('cond',)),
    Case('someday open my own domiciliary care agency', True, True, False, None, 'care', kinds=('asp',), aspiration=True),
    Case('get my dbs certificate back within a month', True, True, True, '2027-05-22', 'care', kinds=('conc',)),
    Case('get personal licence (APLH) by the end of the month', True, True, True, '2027-04-30', 'hospitality', kinds=('conc',)),
    Case('be promoted to assistant manager at the pub Q3', True, True, True, '2027-09-30', 'hospitality', kinds=('date',)),
    Case('get promoted', False, True, False, None, 'hospitality', kinds=('vague',)),  # yes/no outcome, role missing
    Case('learn more about wine', False, False, False, None, 'hospitality', kinds=('vague',)),
    Case('pass WSET level 2 in wines within 6 months', True, True, True, '2027-10-22', 'hospitality', kinds=('conc',)),
    Case('wset level 3 next', True, True, False, None, 'hospitality', kinds=('conc',)),
    Case('no more split shifts', False, True, False, None, 'hospitality', kinds=('cond',)),
    Case('only work weekdays, i need weekends with my kids', False, True, False, None, 'hospitality', kinds=('cond',)),
    Case('get level 2 food hygiene certificate in 3 wks', True, True, True, '2027-05-13', 'chef', kinds=('date',)),
    Case('become sous chef within a year', True, True, True, '2028-04-22', 'chef', kinds=('conc',)),
    Case('become a sous chef at a michelin place', True, True, False, None, 'chef', kinds=('conc',)),
    Case('in the future i want my own restaurant in Lisbon', True, True, False, None, 'chef', kinds=('asp',), aspiration=True),
    Case('long term goal: head chef of my own kitchen', True, True, False, None, 'chef', kinds=('asp',), aspiration=True),
    Case('get faster on the pass and improve my knife skills', False, False, False, None, 'chef', kinds=('vague',)),
    Case('save 3000 pounds for the culinary course by end of august', True, True, True, '2027-08-31', 'chef', kinds=('conc',)),
    Case('design the christmas menu and cost it before it goes out, by christmas at the latest', True, True, True, '2027-12-25', 'chef', kinds=('date',)),  # "at the latest" = by christmas
    Case('b4 xmas get the new menu costed for the 2 sites', True, True, True, '2027-12-24', 'chef', kinds=('date',)),
    Case('hit 4.5 stars on tripadvisor for the hotel by end of june', True, True, True, '2027-06-30', 'hospitality', kinds=('date',)),
    Case('improve reviews a lot by end of june', False, False, True, '2027-06-30', 'hospitality', kinds=('vague',)),  # no target level: neither specific nor measurable, but dated
    Case('get my counterbalance forklift licence by end of june', True, True, True, '2027-06-30', 'warehouse', kinds=('conc',)),
    Case('do the reach truck course', True, True, False, None, 'warehouse', kinds=('conc',)),
    Case('pass flt test (counterbalance + reach) till end of may', True, True, True, '2027-05-31', 'warehouse', kinds=('conc',)),
    Case('become team leader on nights in 4 mths', True, True, True, '2027-08-22', 'warehouse', kinds=('date',)),
    Case('move from nights to days', False, True, False, None, 'warehouse', kinds=('cond',)),
    Case('want to do 4 on 4 off pattern not 5 days', False, True, False, None, 'warehouse', kinds=('cond',)),  # judgement: work pattern only
    Case('pick rate from 140 to 180 units an hour by end of july', True, True, True, '2027-07-31', 'warehouse', kinds=('conc',)),
    Case('hit my pick rate', False, True, False, None, 'warehouse', kinds=('vague',)),  # which rate? judgement: yes/no against the site target, so measurable; not specific
    Case('get better at the WMS system', False, False, False, None, 'warehouse', kinds=('vague',)),
    Case('pass my cat C licence (class 2) by end of year', True, True, True, '2027-12-31', 'hgv', kinds=('conc',)),
    Case('get class 1 (C+E) before next april', True, True, True, '2028-03-31', 'hgv', kinds=('date',)),  # "before next april" = day before april 2028, 31 March 2028
    Case('do the 35 hours driver cpc in 8 weeks, my dqc expires', True, True, True, '2027-06-17', 'hgv', kinds=('conc',)),
    Case('renew my dqc card before it expire', True, True, False, None, 'hgv', kinds=('date',)),  # own event
    Case('get ADR tanker ticket by sept', True, True, True, '2027-09-30', 'hgv', kinds=('conc',)),
    Case('book my medical (D4) and provisional licence application in 10 days', True, True, True, '2027-05-02', 'hgv', kinds=('conc',)),
    Case('one day own my own truck and go owner driver', True, True, False, None, 'hgv', kinds=('asp',), aspiration=True),
    Case('want to do tramping only monday to friday home at weekends', False, True, False, None, 'hgv', kinds=('cond',)),  # condition
    Case('get my private hire licence from the council by may', True, True, True, '2027-05-31', 'taxi', kinds=('conc',)),
    Case('pass the TfL topographical test and SERU in max. 3 months', True, True, True, '2027-07-22', 'taxi', kinds=('date',)),
    Case('pass the knowledge of london, first appearance within 6 months', True, True, True, '2027-10-22', 'taxi', kinds=('conc',)),  # judgement: "first appearance" = the first stage, a yes/no
    Case('someday get my green badge and drive a black cab', True, True, False, None, 'taxi', kinds=('asp',), aspiration=True),  # "someday": aspiration though concrete
    Case('get PCV licence (cat D) and start with the bus company by end of june', True, True, True, '2027-06-30', 'bus', kinds=('conc',)),
    Case('become a bus driver trainer by 30/09/2027', True, True, True, '2027-09-30', 'bus', kinds=('date',)),
    Case('get a trainee train driver job', True, True, False, None, 'rail', kinds=('conc',)),
    Case('apply for the trainee train driver at Northern, Avanti and GWR by the end of this year', True, True, True, '2027-12-31', 'rail', kinds=('conc',)),
    Case('pass PTS and the track safety course within 12 months', True, True, True, '2028-04-22', 'rail', kinds=('conc',)),
    Case('a job on the railway with no night possessions', False, True, False, None, 'rail', kinds=('cond',)),  # judgement: condition of a field, not a role
    Case('get my cscs card by end of may', True, True, True, '2027-05-31', 'construction', kinds=('conc',)),
    Case('get my cscs card', True, True, False, None, 'construction', kinds=('conc',)),
    Case('pass the health safety and environment test in 2 weeks time', True, True, True, '2027-05-06', 'construction', kinds=('conc',)),
    Case('finish nvq level 2 in bricklaying by october', True, True, True, '2027-10-31', 'construction', kinds=('conc',)),
    Case('get the gold card (nvq 3 carpentry) before april next year', True, True, True, '2028-03-31', 'construction', kinds=('date',)),
    Case('pass my 18th edition by end of august', True, True, True, '2027-08-31', 'electrician', kinds=('conc',)),
    Case('do the AM2 assessment and get my ECS gold card this year', True, True, True, '2027-12-31', 'electrician', kinds=('conc',)),
    Case('2391 inspection and testing by end of q3', True, True, True, '2027-09-30', 'electrician', kinds=('date',)),
    Case('become an approved electrician', True, True, False, None, 'electrician', kinds=('conc',)),
    Case('get more experience on commercial jobs', False, False, False, None, 'electrician', kinds=('vague',)),
    Case('get gas safe registered', True, True, False, None, 'plumbing', kinds=('conc',)),
    Case('do my ACS and get on the gas safe register by end of november', True, True, True, '2027-11-30', 'plumbing', kinds=('conc',)),
    Case('finish the 6 week plumbing course and get nvq2 start untill end of july', True, True, True, '2027-07-31', 'plumbing', kinds=('date',)),  # judgement: one goal, one date
    Case('eventually have my own heating company with 3 vans', True, True, False, None, 'plumbing', kinds=('asp',), aspiration=True),
    Case('get SMSTS for site manager, end of june latest', True, True, True, '2027-06-30', 'construction', kinds=('date',)),
    Case('renew my CPCS ticket for the 360 in 3 wks', True, True, True, '2027-05-13', 'construction', kinds=('date',)),
    Case('get 5 new customers for the tiling business this month and next', True, True, True, '2027-05-31', 'construction', kinds=('conc',)),  # judgement: through end of next month
    Case('work on my pricing, i always quote too low', False, False, False, None, 'construction', kinds=('vague',)),
    Case('want to work local, not travel to london every day', False, True, False, None, 'construction', kinds=('cond',)),
    Case('send my CV to 5 agencies by friday next week', True, True, True, '2027-04-30', 'construction', kinds=('conc',)),  # "friday next week" = 30 April
    Case('i am nurse from kerala 8 years experiance, want to pass the OSCE and get my pin untill end of june so i can start on the ward as band 5', True, True, True, '2027-06-30', 'nursing', kinds=('conc',)),
    Case('hi i want to do the nvq level 3 care in max 3 month becouse manager say then i can be senior', True, True, True, '2027-07-22', 'care', kinds=('date',)),
    Case('pls i need forklift licence for better money', True, True, False, None, 'warehouse', kinds=('conc',)),
    Case('m8 need my cscs b4 end of may or no work on site', True, True, True, '2027-05-31', 'construction', kinds=('date',)),
    Case('im tired of nights in the hotel reception, want mornings only, i have 2 kids and husband works late', False, True, False, None, 'hospitality', kinds=('cond',)),
    Case('want start my own cleaning firm, register ltd company and get 10 clients till september', True, True, True, '2027-09-30', 'cleaning', kinds=('conc',)),
    Case('i want to grow in the company', False, False, False, None, 'retail', kinds=('vague',)),
    Case('this year i want to stay in uk after the season and find job in food factory untill october', True, True, True, '2027-10-31', 'agriculture', kinds=('conc',)),
    Case('my nmc application is stuck, need to send the CBT result and the police certificate from romania', True, True, False, None, 'migration', kinds=('conc',)),
    Case('IELTS general 6.5 on 15.06 for the visa', True, True, True, '2027-06-15', 'migration', kinds=('date',)),  # unambiguous day first
    Case('do the cat C, i have the medical already, test hopefully end of may if the instructor have slots', True, True, True, '2027-05-31', 'hgv', kinds=('conc',)),
    Case('become good programmer', False, False, False, None, 'software', kinds=('vague',)),
    Case('become mid level developer at my company till end of year, now im junior since 2 years', True, True, True, '2027-12-31', 'software', kinds=('conc',)),
    Case('get my spanish teaching degree recognised by the TRA and get QTS', True, True, False, None, 'teaching', kinds=('conc',)),
    Case('by the summer have my QTS through iQTS route latest by 31.08', True, True, True, '2027-08-31', 'teaching', kinds=('date',)),  # by the summer and 31.08 agree
    Case('idk just want to feel less burnt out tbh', False, False, False, None, 'social_work', kinds=('vague',)),
    Case('work for myself not for salon owner', False, True, False, None, 'beauty', kinds=('cond',)),
    Case('get my nails cert + insurance and do 20 clients in 2 mnths', True, True, True, '2027-06-22', 'beauty', kinds=('conc',)),
    Case('pass the CISI level 4 investment advice diploma within this year, my boss pay for it', True, True, True, '2027-12-31', 'banking', kinds=('conc',)),
    Case('get into data science somehow, maybe masters, maybe bootcamp, idk', False, False, False, None, 'data', kinds=('vague',)),  # no destination chosen: judgement measurable False
    Case('get my italian avvocato title recognised and pass the SQE to become solicitor in england', True, True, False, None, 'law', kinds=('conc',)),
    Case('SQE1 july sitting (was january but i failed FLK2)', True, True, True, '2027-07-31', 'law', kinds=('date',)),
    Case('ACCA PM and TX in september sitting, i already have 7 exemptions from my polish degree', True, True, True, '2027-09-30', 'accountancy', kinds=('conc',)),
    Case('cook better food', False, False, False, None, 'chef', kinds=('vague',)),
    Case('become chef de partie, im commis since 1 year', True, True, False, None, 'chef', kinds=('conc',)),
    Case('get hired by ryanair as cabin crew before my 30 birthday', True, True, False, None, 'aviation', kinds=('conc',)),  # own event
    Case('renew the STCW certificates (PST, FPFF) before end of june otherwise i can not join the ship', True, True, True, '2027-06-30', 'maritime', kinds=('conc',)),
    Case('more translation work', False, False, False, None, 'translation', kinds=('vague',)),
    Case('send my cv to 10 restaurants in 2 weeks time for summer job', True, True, True, '2027-05-06', 'student', kinds=('date',)),
    Case('earn 3000 euro in the summer job in dublin by end of august', True, True, True, '2027-08-31', 'student', kinds=('conc',)),
    Case('go back to my job as pharmacist after 5 year at home with kids', True, True, False, None, 'returner', kinds=('conc',)),
    Case('make my life a bit easier', False, False, False, None, 'carer', kinds=('vague',)),
    Case('get EO to HEO promotion in DWP before end of 2027 hopefully', True, True, True, '2027-12-31', 'civil_service', kinds=('conc',)),
    Case('response is killing me, want office based role', False, True, False, None, 'police', kinds=('cond',)),
    Case('get my SIA CCTV licence and work in control room by sept', True, True, True, '2027-09-30', 'security', kinds=('conc',)),
    Case('register with HCPC, my degree is from portugal, need the english test first', True, True, False, None, 'physiotherapy', kinds=('conc',)),
    Case('pass the LDS exam in 1 year', True, True, True, '2028-04-22', 'dentistry', kinds=('conc',)),  # Royal College route
    Case('finish apprenticeship and become qualified spark', True, True, False, None, 'electrician', kinds=('conc',)),
    Case('get my jib gold card in 2027 latest', True, True, True, '2027-12-31', 'electrician', kinds=('date',)),
    Case('get a place at the royal conservatoire of scotland for the masters', True, True, False, None, 'music', kinds=('conc',)),
    Case('pass the pre-reg and be registered by october, working as locum after', True, True, True, '2027-10-31', 'pharmacy', kinds=('conc',)),
    Case('pass the IELTS 7 for the RCVS', True, True, False, None, 'veterinary', kinds=('conc',)),
    Case('get a job in a nursery 3 days', True, True, False, None, 'early_years', kinds=('conc',)),  # nursery practitioner role plus a condition: specific (judgement)
    Case('become assistant store manager at tesco by end of june', True, True, True, '2027-06-30', 'retail', kinds=('conc',)),
    Case('go from part time to full time contract at Primark', True, True, False, None, 'retail', kinds=('conc',)),
    Case('full time hours, 37.5 a week instead of 16', False, True, False, None, 'retail', kinds=('cond',)),  # condition: hours
    Case('hit 110% of the store sales target every month this year', True, True, True, '2027-12-31', 'retail', kinds=('conc',)),  # judgement: dated by "this year"
    Case('be more confident on the till and with customers', False, False, False, None, 'retail', kinds=('vague',)),
    Case('get a better job than retail', False, False, False, None, 'retail', kinds=('vague',)),  # "better" has no finish line
    Case('do the level 3 retail team leader apprenticeship end point assessment by 30.09.27', True, True, True, '2027-09-30', 'retail', kinds=('date',)),
    Case('apply for the area manager role before it closes end of july', True, True, True, '2027-07-31', 'retail', kinds=('date',)),
    Case('get 2 new office contracts for my cleaning company within a month', True, True, True, '2027-05-22', 'cleaning', kinds=('conc',)),
    Case('clean in the daytime not 5am starts', False, True, False, None, 'cleaning', kinds=('cond',)),
    Case('do the BICSc cleaning certificate before end of summer', True, True, True, '2027-08-31', 'cleaning', kinds=('date',)),  # "before the end of" = by the end
    Case('become cleaning supervisor for the hospital', True, True, False, None, 'cleaning', kinds=('conc',)),
    Case('grow my cleaning business', False, False, False, None, 'cleaning', kinds=('vague',)),
    Case('reach 20 regular clients by december', True, True, True, '2027-12-31', 'cleaning', kinds=('conc',)),
    Case('finish the season on the farm and get the tractor ticket by end of september', True, True, True, '2027-09-30', 'agriculture', kinds=('conc',)),
    Case('get a seasonal worker visa for the uk again', True, True, False, None, 'agriculture', kinds=('conc',)),
    Case('come back next season as a team leader on the strawberries', True, True, False, None, 'agriculture', kinds=('conc',)),  # "next season": own event, no date
    Case('get my PA1 and PA6 spraying certificates in 6 months', True, True, True, '2027-10-22', 'agriculture', kinds=('conc',)),
    Case('work on a farm that gives accommodation', False, True, False, None, 'agriculture', kinds=('cond',)),
    Case('get my chainsaw ticket (cs30 cs31) after harvest', True, True, False, None, 'agriculture', kinds=('conc',)),  # own event
    Case('one day have a small dairy farm in Romania with my brother', True, True, False, None, 'agriculture', kinds=('asp',), aspiration=True),
    Case('save £5000 from the picking season by end of november', True, True, True, '2027-11-30', 'agriculture', kinds=('conc',)),
    Case('finish my nvq level 3 hairdressing by july', True, True, True, '2027-07-31', 'hairdressing', kinds=('conc',)),
    Case('rent a chair in a salon in manchester', True, True, False, None, 'hairdressing', kinds=('conc',)),
    Case('get 15 regular clients on my chair by end of september', True, True, True, '2027-09-30', 'hairdressing', kinds=('conc',)),
    Case('get better at colouring, especially blonde', False, False, False, None, 'hairdressing', kinds=('vague',)),
    Case("do the balayage course at L'Oreal academy in june", True, True, True, '2027-06-30', 'hairdressing', kinds=('conc',)),
    Case('my dream is my own salon with 4 chairs', True, True, False, None, 'hairdressing', kinds=('asp',), aspiration=True),
    Case('3 days in the salon and rest mobile', False, True, False, None, 'hairdressing', kinds=('cond',)),
    Case('get level 3 in nails and lashes in 4 months', True, True, True, '2027-08-22', 'beauty', kinds=('conc',)),
    Case('start doing lash extensions from home with insurance by may end', True, True, True, '2027-05-31', 'beauty', kinds=('conc',)),
    Case('get a licence for the council to do piercing and semi-permanent makeup', True, True, False, None, 'beauty', kinds=('conc',)),
    Case('make 2k a month from the beauty business by the end of 2027', True, True, True, '2027-12-31', 'beauty', kinds=('conc',)),
    Case('grow my instagram for my nails', False, False, False, None, 'beauty', kinds=('vague',)),
    Case('reach 2000 followers on the nail page in 3 months', True, True, True, '2027-07-22', 'beauty', kinds=('conc',)),
    Case('get my PGCE done and start teaching by july 2028', True, True, True, '2028-07-31', 'teaching', kinds=('conc',)),
    Case('get QTS', True, True, False, None, 'teaching', kinds=('conc',)),
    Case('apply for QTS through the overseas route (i have a teaching degree from Spain) before the end of the year', True, True, True, '2027-12-31', 'teaching', kinds=('date',)),
    Case('submit my PGCE applications to 3 universities by end of june', True, True, True, '2027-06-30', 'teaching', kinds=('conc',)),
    Case('pass my ECT induction', True, True, False, None, 'teaching', kinds=('conc',)),  # own event for end of induction
    Case('become head of year 9 from september, interview in july', True, True, True, '2027-07-31', 'teaching', kinds=('conc',)),  # judgement: the interview by july is the deadline
    Case('become head of maths department', True, True, False, None, 'teaching', kinds=('conc',)),
    Case('0.6 contract, 3 days a week', False, True, False, None, 'teaching', kinds=('cond',)),
    Case('improve my behaviour management', False, False, False, None, 'teaching', kinds=('vague',)),
    Case('be a more creative teacher', False, False, False, None, 'teaching', kinds=('vague',)),
    Case('finish my marking backlog by half term', True, True, False, None, 'teaching', kinds=('conc',)),  # half term differs by school: own event
    Case('get my npqsl done by end of the academic year', True, True, False, None, 'teaching', kinds=('conc',)),  # own event
    Case('get the NPQML application in before the may half term deadline which is 31/05', True, True, True, '2027-05-31', 'teaching', kinds=('date',)),  # a date is said: 31 May
    Case('eventually become a headteacher', True, True, False, None, 'teaching', kinds=('asp',), aspiration=True),
    Case('finish level 3 early years educator by september', True, True, True, '2027-09-30', 'early_years', kinds=('conc',)),
    Case('become room leader in the baby room in 2 months', True, True, True, '2027-06-22', 'early_years', kinds=('conc',)),
    Case('open my own childminding business, registered with ofsted', True, True, False, None, 'early_years', kinds=('conc',)),
    Case('get ofsted registration as childminder until end of october', True, True, True, '2027-10-31', 'early_years', kinds=('conc',)),
    Case('term time only job in a nursery', False, True, False, None, 'early_years', kinds=('cond',)),
    Case('learn more about SEND', False, False, False, None, 'early_years', kinds=('vague',)),
    Case('do my level 3 SENCO for early years this year', True, True, True, '2027-12-31', 'early_years', kinds=('conc',)),
    Case('finish my ASYE in 12 months', True, True, True, '2028-04-22', 'social_work', kinds=('conc',)),
    Case('register with social work england', True, True, False, None, 'social_work', kinds=('conc',)),
    Case('apply for social work england registration before end of may', True, True, True, '2027-05-31', 'social_work', kinds=('date',)),
    Case('move to the fostering team by end of sept', True, True, True, '2027-09-30', 'social_work', kinds=('conc',)),
    Case('reduce my caseload to 18', True, True, False, None, 'social_work', kinds=('conc',)),  # a number it goes to: specific and measurable
    Case('have a better work life balance', False, False, False, None, 'social_work', kinds=('vague',)),
    Case("someday be a team manager in children's services", True, True, False, None, 'social_work', kinds=('asp',), aspiration=True),
    Case('complete the best interest assessor training by end of june', True, True, True, '2027-06-30', 'social_work', kinds=('conc',)),
    Case('pass the police assessment centre by end of may', True, True, True, '2027-05-31', 'police', kinds=('conc',)),
    Case('join the met police as a PC', True, True, False, None, 'police', kinds=('conc',)),
    Case('join Police Scotland through the probationer route this year', True, True, True, '2027-12-31', 'police', kinds=('conc',)),
    Case('pass my sergeants exam (NPPF step 2) this time next year', True, True, True, '2028-04-22', 'police', kinds=('date',)),
    Case('long term i want to be a detective inspector', True, True, False, None, 'police', kinds=('asp',), aspiration=True),
    Case('get my SIA door supervisor licence in 3 wks', True, True, True, '2027-05-13', 'security', kinds=('date',)),
    Case('renew SIA licence before it run out', True, True, False, None, 'security', kinds=('date',)),  # own event
    Case('do the close protection course and SIA CP licence by end of june', True, True, True, '2027-06-30', 'security', kinds=('conc',)),
    Case('only days, no more 12 hour nights at the site', False, True, False, None, 'security', kinds=('cond',)),
    Case('become security supervisor at the shopping centre end of july at the latest', True, True, True, '2027-07-31', 'security', kinds=('date',)),
    Case('finish my resettlement course (project management, APM PFQ) before end of june', True, True, True, '2027-06-30', 'armed_forces', kinds=('date',)),
    Case('get a civvy job before i leave the army', False, True, False, None, 'armed_forces', kinds=('date',)),  # own event: leaving date not given
    Case('land a job before my discharge on 13/09/2027', False, True, True, '2027-09-12', 'armed_forces', kinds=('date',)),  # a date is said; before = 12 Sept
    Case('use my ELCAS credits for the PRINCE2 practitioner by august', True, True, True, '2027-08-31', 'armed_forces', kinds=('conc',)),
    Case('figure out what i want to do after the navy', False, False, False, None, 'armed_forces', kinds=('vague',)),
    Case('get into the police or prison service', False, True, False, None, 'armed_forces', kinds=('vague',)),  # yes/no-ish, two options: not specific
    Case('in 10 years be running my own security firm', True, True, True, '2037-04-22', 'armed_forces', kinds=('asp',), aspiration=True),
    Case('get promoted to HEO by end of june', True, True, True, '2027-06-30', 'civil_service', kinds=('conc',)),
    Case('get on the fast stream', True, True, False, None, 'civil_service', kinds=('conc',)),
    Case('apply for the civil service fast stream when it opens, deadline usually end of october', True, True, True, '2027-10-31', 'civil_service', kinds=('conc',)),  # judgement: "end of october" is said
    Case('pass my AAT level 3 and move to SEO in finance by q3', True, True, True, '2027-09-30', 'civil_service', kinds=('date',)),
    Case('get better at writing submissions for ministers', False, False, False, None, 'civil_service', kinds=('vague',)),
    Case('stay hybrid 2 days in the office max', False, True, False, None, 'civil_service', kinds=('cond',)),
    Case('write 4 STAR examples for the behaviours before end of may', True, True, True, '2027-05-31', 'civil_service', kinds=('date',)),
    Case('one day be a deputy director', True, True, False, None, 'civil_service', kinds=('asp',), aspiration=True),
    Case('get the CIPFA apprenticeship place within 3 months', True, True, True, '2027-07-22', 'local_government', kinds=('conc',)),
    Case('become planning officer at the council by the end of this year', True, True, True, '2027-12-31', 'local_government', kinds=('conc',)),
    Case('learn how the council budget works', False, False, False, None, 'local_government', kinds=('vague',)),
    Case('9 day fortnight', False, True, False, None, 'local_government', kinds=('cond',)),
    Case('become a registered building control inspector (RBI class 2)', True, True, False, None, 'local_government', kinds=('conc',)),
    Case('pass SQE1 in july', True, True, True, '2027-07-31', 'law', kinds=('conc',)),
    Case('sit and pass SQE1 in the july sitting', True, True, True, '2027-07-31', 'law', kinds=('conc',)),  # judgement: "july sitting" read as july
    Case('SQE2 in january 2028', True, True, True, '2028-01-31', 'law', kinds=('conc',)),
    Case('get a training contract', True, True, False, None, 'law', kinds=('conc',)),
    Case('apply to 30 training contracts before end of june', True, True, True, '2027-06-30', 'law', kinds=('date',)),
    Case('apply for pupillage through the gateway by sept', True, True, True, '2027-09-30', 'law', kinds=('conc',)),
    Case('get pupillage', True, True, False, None, 'law', kinds=('conc',)),
    Case('take silk someday', True, True, False, None, 'law', kinds=('asp',), aspiration=True),
    Case('qualify as a solicitor with QWE signed off by december 2027', True, True, True, '2027-12-31', 'law', kinds=('conc',)),
    Case('finish my CILEx level 3 units by end of next month', True, True, True, '2027-05-31', 'law', kinds=('conc',)),  # end of next month = 31 May
    Case('get better at legal drafting', False, False, False, None, 'law', kinds=('vague',)),
    Case('move to an in house role with normal hours', False, True, False, None, 'law', kinds=('cond',)),  # "in house" is a setting; judgement: condition
    Case('get called to the bar', True, True, False, None, 'law', kinds=('conc',)),
    Case('pass the FE-1 exams (all 8) by march', True, True, True, '2028-03-31', 'law', kinds=('conc',)),  # Irish writer
    Case('get the NARIC/ENIC statement for my italian law degree within 6 months', True, True, True, '2027-10-22', 'law', kinds=('conc',)),
    Case('pass ACCA FR and AA in the june sitting', True, True, True, '2027-06-30', 'accountancy', kinds=('conc',)),  # judgement: june sitting = 30 June
    Case('finish ACCA (all 13 exams) by end of 2027', True, True, True, '2027-12-31', 'accountancy', kinds=('conc',)),
    Case('become ACCA member', True, True, False, None, 'accountancy', kinds=('conc',)),
    Case('pass CIMA operational case study by sept', True, True, True, '2027-09-30', 'accountancy', kinds=('conc',)),
    Case('complete AAT level 4 untill august', True, True, True, '2027-08-31', 'accountancy', kinds=('date',)),
    Case('start AAT level 2', True, True, False, None, 'accountancy', kinds=('conc',)),
    Case('qualify CA with ICAS by end of the financial year', True, True, True, '2028-03-31', 'accountancy', kinds=('date',), assumption=True),  # fiscal start assumed (April)
    Case('improve my excel', False, False, False, None, 'accountancy', kinds=('vague',)),
    Case('get to intermediate excel (pivot tables, xlookup) in 6 wks', True, True, True, '2027-06-03', 'accountancy', kinds=('date',)),
    Case('learn excel', False, False, False, None, 'accountancy', kinds=('vague',)),
    Case('close month end in 3 working days instead of 6 by end of july', True, True, True, '2027-07-31', 'accountancy', kinds=('conc',)),
    Case('eventually be a finance director', True, True, False, None, 'accountancy', kinds=('asp',), aspiration=True),
    Case('get my CeMAP done by end of the year and become a mortgage adviser', True, True, True, '2027-12-31', 'banking', kinds=('conc',)),
    Case('move from the branch to the fraud team', True, True, False, None, 'banking', kinds=('conc',)),
    Case('pass CFA level 1 in august, results before end of sept', True, True, True, '2027-09-30', 'banking', kinds=('date',)),  # judgement: results date given as end of sept
    Case('get a 10% pay rise at the review by end of june', True, True, True, '2027-06-30', 'banking', kinds=('conc',)),
    Case('ask for a raise', False, True, False, None, 'banking', kinds=('vague',)),  # judgement: asking is done or not done; no size, so not specific
    Case('get a pay rise before end of june', False, False, True, '2027-06-30', 'banking', kinds=('vague',)),  # no size: neither specific nor measurable, but dated
    Case('fully remote or 1 day a week in the office', False, True, False, None, 'banking', kinds=('cond',)),
    Case('my dream is to work for the ECB in Frankfurt', True, True, False, None, 'banking', kinds=('asp',), aspiration=True),
    Case('pass AZ-900 by end of june', True, True, True, '2027-06-30', 'software', kinds=('conc',)),
    Case('get AWS solutions architect associate in 3 months', True, True, True, '2027-07-22', 'software', kinds=('conc',)),
    Case('become a senior developer', True, True, False, None, 'software', kinds=('conc',)),
    Case('get promoted to senior software engineer by EOY', True, True, True, '2027-12-31', 'software', kinds=('date',)),
    Case('get into tech', False, True, False, None, 'software', kinds=('vague',)),  # yes/no, no role
    Case('learn python', False, False, False, None, 'software', kinds=('vague',)),
    Case('build 3 portfolio projects in python and put them on github by end of august', True, True, True, '2027-08-31', 'software', kinds=('conc',)),
    Case('get better at system design', False, False, False, None, 'software', kinds=('vague',)),
    Case('cut p95 latency of the checkout api from 800ms to 300ms by Q3', True, True, True, '2027-09-30', 'software', kinds=('date',)),
    Case('reach 99.9% uptime on the payments service this quarter', True, True, True, '2027-06-30', 'software', kinds=('date',)),
    Case('apply for 20 junior dev jobs untill end of may', True, True, True, '2027-05-31', 'software', kinds=('date',)),
    Case('remote only, no hybrid', False, True, False, None, 'software', kinds=('cond',)),
    Case('4 day week', False, True, False, None, 'software', kinds=('cond',)),
    Case('someday be CTO of a startup', True, True, False, None, 'software', kinds=('asp',), aspiration=True),
    Case('get my CKA (kubernetes) before christmas... actually before new year', True, True, True, '2027-12-31', 'software', kinds=('date',)),  # replaced: before the new year = 31 Dec
    Case('finish the bootcamp and get first dev job by halloween', True, True, True, '2027-10-31', 'software', kinds=('date',)),
    Case('move to the platform team before the clocks go back', True, True, True, '2027-10-30', 'software', kinds=('date',)),  # clock change 31 Oct 2027
    Case('get the PL-300 power bi cert by end of june', True, True, True, '2027-06-30', 'data', kinds=('conc',)),
    Case('learn SQL', False, False, False, None, 'data', kinds=('vague',)),
    Case('finish the google data analytics certificate in 8 weeks', True, True, True, '2027-06-17', 'data', kinds=('conc',)),
    Case('become a data analyst', True, True, False, None, 'data', kinds=('conc',)),
    Case('move from data analyst to data engineer in 2027', True, True, True, '2027-12-31', 'data', kinds=('conc',)),
    Case('work on my stats knowledge', False, False, False, None, 'data', kinds=('vague',)),
    Case('automate the weekly sales report so it takes 10 min not 3 hours, by end of september', True, True, True, '2027-09-30', 'data', kinds=('conc',)),
    Case('long term be head of data at an NGO', True, True, False, None, 'data', kinds=('asp',), aspiration=True),
    Case('get the level 4 data analyst apprenticeship end point assessment by july 31st', True, True, True, '2027-07-31', 'data', kinds=('conc',)),
    Case('finish my portfolio with 6 case studies by end of june', True, True, True, '2027-06-30', 'design', kinds=('conc',)),
    Case('get better at figma', False, False, False, None, 'design', kinds=('vague',)),
    Case('get a junior ux designer job', True, True, False, None, 'design', kinds=('conc',)),
    Case('land a junior UX role by september', True, True, True, '2027-09-30', 'design', kinds=('conc',)),
    Case('freelance 3 days and in house 2', False, True, False, None, 'design', kinds=('cond',)),  # condition of work
    Case('win 2 new branding clients each month until december', True, True, True, '2027-12-31', 'design', kinds=('conc',)),  # judgement: cadence with an end date
    Case('one day run my own design studio in Porto', True, True, False, None, 'design', kinds=('asp',), aspiration=True),
    Case('be more creative', False, False, False, None, 'design', kinds=('vague',)),
    Case('pass grade 8 piano in 3 months', True, True, True, '2027-07-22', 'music', kinds=('conc',)),
    Case('release my EP on spotify before end of june', True, True, True, '2027-06-30', 'music', kinds=('date',)),
    Case('play 20 gigs this year', True, True, True, '2027-12-31', 'music', kinds=('conc',)),
    Case('gig every friday and saturday', False, True, False, None, 'music', kinds=('cond',)),  # cadence only
    Case('get signed to a label', True, True, False, None, 'music', kinds=('conc',)),
    Case('someday play glastonbury', True, True, False, None, 'music', kinds=('asp',), aspiration=True),
    Case('get 10k monthly listeners by october', True, True, True, '2027-10-31', 'music', kinds=('conc',)),
    Case('improve my singing', False, False, False, None, 'music', kinds=('vague',)),
    Case('apply for the arts council DYCP grant by end of may', True, True, True, '2027-05-31', 'arts', kinds=('conc',)),
    Case('have my first solo exhibition by 30.09.2027', True, True, True, '2027-09-30', 'arts', kinds=('date',)),
    Case('get into the royal academy schools', True, True, False, None, 'arts', kinds=('conc',)),
    Case('make more art', False, False, False, None, 'arts', kinds=('vague',)),
    Case('my dream is to live from my paintings', True, True, False, None, 'arts', kinds=('asp',), aspiration=True),
    Case('sell 10 prints on etsy by june', True, True, True, '2027-06-30', 'arts', kinds=('conc',)),
    Case('submit my PhD thesis by end of september', True, True, True, '2027-09-30', 'academia', kinds=('conc',)),
    Case('pass my viva before the end of the year', True, True, True, '2027-12-31', 'academia', kinds=('date',)),
    Case('get a lectureship', True, True, False, None, 'academia', kinds=('conc',)),
    Case('submit 2 papers for the REF by end of june', True, True, True, '2027-06-30', 'academia', kinds=('conc',)),
    Case('send the chapter 3 draft to my supervisor end of may latest', True, True, True, '2027-05-31', 'academia', kinds=('date',)),
    Case('work on my thesis', False, False, False, None, 'academia', kinds=('vague',)),
    Case('write every day', False, True, False, None, 'academia', kinds=('vague',)),  # cadence only, no finish line; done is plain
    Case('eventually become a full professor', True, True, False, None, 'academia', kinds=('asp',), aspiration=True),
    Case('apply for 5 postdoc positions in the netherlands by end of october', True, True, True, '2027-10-31', 'academia', kinds=('conc',)),
    Case('get the Marie Curie fellowship application in by the november deadline', True, True, True, '2027-11-30', 'academia', kinds=('conc',)),  # judgement: "the november deadline" = 30 Nov
    Case('fellowship of the HEA (FHEA) by july', True, True, True, '2027-07-31', 'academia', kinds=('conc',)),
    Case('finish the western blot optimisation and run n=3 in 4 months', True, True, True, '2027-08-22', 'research', kinds=('conc',)),
    Case('get better at lab work', False, False, False, None, 'research', kinds=('vague',)),
    Case('move from research technician to research assistant by end of june', True, True, True, '2027-06-30', 'research', kinds=('conc',)),
    Case('get my personal licence under ASPA (home office animal licence)', True, True, False, None, 'research', kinds=('conc',)),
    Case('publish first author paper by december', True, True, True, '2027-12-31', 'research', kinds=('conc',)),
    Case('in the long run lead my own lab', True, True, False, None, 'research', kinds=('asp',), aspiration=True),
    Case('pass the GPhC registration assessment in june', True, True, True, '2027-06-30', 'pharmacy', kinds=('conc',)),
    Case('get my GPhC registration', True, True, False, None, 'pharmacy', kinds=('conc',)),
    Case('finish the independent prescribing course by end of sept', True, True, True, '2027-09-30', 'pharmacy', kinds=('conc',)),
    Case('become accuracy checking technician until end of may', True, True, True, '2027-05-31', 'pharmacy', kinds=('conc',)),
    Case('someday own a pharmacy in my town', True, True, False, None, 'pharmacy', kinds=('asp',), aspiration=True),
    Case('no more locum, a permanent post', False, True, False, None, 'pharmacy', kinds=('cond',)),
    Case('pass the ORE part 1 by the summer', True, True, True, '2027-08-31', 'dentistry', kinds=('conc',)),
    Case('pass ORE part 2 and get on the GDC register', True, True, False, None, 'dentistry', kinds=('conc',)),
    Case('get GDC registration as dental nurse by october', True, True, True, '2027-10-31', 'dentistry', kinds=('conc',)),
    Case('become an orthodontic therapist', True, True, False, None, 'dentistry', kinds=('conc',)),
    Case('improve my chairside manner', False, False, False, None, 'dentistry', kinds=('vague',)),
    Case('get HCPC registration for my physio degree from Brazil by end of july', True, True, True, '2027-07-31', 'physiotherapy', kinds=('conc',)),
    Case('get a band 6 MSK physio job', True, True, False, None, 'physiotherapy', kinds=('conc',)),
    Case('finish the MSc in sports physio this year', True, True, True, '2027-12-31', 'physiotherapy', kinds=('conc',)),
    Case('work in private practice not NHS', False, True, False, None, 'physiotherapy', kinds=('cond',)),
    Case('one day open my own sports clinic', True, True, False, None, 'physiotherapy', kinds=('asp',), aspiration=True),
    Case('pass the RCVS statutory membership exam by september', True, True, True, '2027-09-30', 'veterinary', kinds=('conc',)),
    Case('get RCVS registration as a vet', True, True, False, None, 'veterinary', kinds=('conc',)),
    Case('do the certificate in advanced veterinary practice module 1 by end of june', True, True, True, '2027-06-30', 'veterinary', kinds=('conc',)),
    Case('a clinic with no out of hours', False, True, False, None, 'veterinary', kinds=('cond',)),
    Case('qualify as a RVN (registered vet nurse) by end of 2027', True, True, True, '2027-12-31', 'veterinary', kinds=('conc',)),
    Case('get a cabin crew job with ryanair or easyjet by end of june', True, True, True, '2027-06-30', 'aviation', kinds=('conc',)),
    Case('become cabin crew', True, True, False, None, 'aviation', kinds=('conc',)),
    Case('pass my ATPL theory (all 13 exams) by sept', True, True, True, '2027-09-30', 'aviation', kinds=('conc',)),
    Case('get CPL and ME/IR within a year', True, True, True, '2028-04-22', 'aviation', kinds=('conc',)),
    Case('my dream is to fly for emirates as captain', True, True, False, None, 'aviation', kinds=('asp',), aspiration=True),
    Case('get the B1 licence module 7 and 9 done till end of may', True, True, True, '2027-05-31', 'aviation', kinds=('conc',)),
    Case('a base closer to home, not stansted', False, True, False, None, 'aviation', kinds=('cond',)),
    Case('get my STCW basic safety and ENG1 medical by august', True, True, True, '2027-08-31', 'maritime', kinds=('conc',)),
    Case('pass my OOW (officer of the watch) oral exam with the MCA by the end of the year', True, True, True, '2027-12-31', 'maritime', kinds=('conc',)),
    Case('get my master 3000gt ticket', True, True, False, None, 'maritime', kinds=('conc',)),
    Case('shorter rotations, 4 on 4 off', False, True, False, None, 'maritime', kinds=('cond',)),
    Case('eventually become a harbour pilot', True, True, False, None, 'maritime', kinds=('asp',), aspiration=True),
    Case('pass the CIOL DipTrans by june', True, True, True, '2027-06-30', 'translation', kinds=('conc',)),
    Case('become a member of the ITI', True, True, False, None, 'translation', kinds=('conc',)),
    Case('get 3 agencies sending me regular work by end of september', True, True, True, '2027-09-30', 'translation', kinds=('conc',)),
    Case('find more clients', False, False, False, None, 'translation', kinds=('vague',)),
    Case('charge per word not per hour', False, True, False, None, 'translation', kinds=('cond',)),  # condition of work
    Case('raise my rate to 0.12 euro per word by end of year', True, True, True, '2027-12-31', 'translation', kinds=('date',)),
    Case('get on the NRPSI register as a public service interpreter by july', True, True, True, '2027-07-31', 'translation', kinds=('conc',)),
    Case('send 10 cold pitches a week untill end of may', True, True, True, '2027-05-31', 'freelance', kinds=('date',)),  # cadence with an end date
    Case('only work with 3 clients at a time', False, True, False, None, 'freelance', kinds=('cond',)),  # condition with a number
    Case('register as self employed with HMRC by end of june', True, True, True, '2027-06-30', 'freelance', kinds=('conc',)),
    Case('file my first self assessment tax return before 31st jan', True, True, True, '2028-01-30', 'freelance', kinds=('date',)),  # "before X" = the day before, by the rule (the real deadline is the 31st)
    Case('get my finances in order', False, False, False, None, 'freelance', kinds=('vague',)),
    Case('earn 40k from freelancing this year', True, True, True, '2027-12-31', 'freelance', kinds=('conc',)),
    Case('someday only take projects i love', True, True, False, None, 'freelance', kinds=('asp',), aspiration=True),
    Case('open the second shop by end of june', True, True, True, '2027-06-30', 'small_business', kinds=('conc',)),
    Case('get the premises licence for the off licence by may', True, True, True, '2027-05-31', 'small_business', kinds=('conc',)),
    Case('get more customers in the shop', False, False, False, None, 'small_business', kinds=('vague',)),
    Case('turnover 15k a month in the cafe by end of august', True, True, True, '2027-08-31', 'small_business', kinds=('conc',)),
    Case('close on sundays', False, True, False, None, 'small_business', kinds=('cond',)),
    Case('set up the online shop on shopify in 3 months', True, True, True, '2027-07-22', 'small_business', kinds=('conc',)),
    Case('one day have 5 barber shops across the north west', True, True, False, None, 'small_business', kinds=('asp',), aspiration=True),
    Case('hire 2 staff for the takeaway by end of sept', True, True, True, '2027-09-30', 'small_business', kinds=('conc',)),
    Case('go back to work after 6 years with the kids, part time job by september', False, True, True, '2027-09-30', 'returner', kinds=('conc',)),
    Case('a job that fits school hours 9.30 to 2.30', False, True, False, None, 'returner', kinds=('cond',)),
    Case('get my confidence back after the career break', False, False, False, None, 'returner', kinds=('vague',)),
    Case('do the nursing return to practice course and get my pin back by end of june', True, True, True, '2027-06-30', 'returner', kinds=('conc',)),
    Case('apply for the returnship at lloyds before end of july', True, True, True, '2027-07-31', 'returner', kinds=('date',)),
    Case('update my cv after 8 yrs out', True, True, False, None, 'returner', kinds=('conc',)),
    Case('update my cv and linkedin by end of the month', True, True, True, '2027-04-30', 'returner', kinds=('conc',)),
    Case('catch up with technology', False, False, False, None, 'returner', kinds=('vague',)),
    Case('a job i can do from home while caring for my mum', False, True, False, None, 'carer', kinds=('cond',)),
    Case("apply for carer's allowance and do 16 hours a week in a shop by end of june", True, True, True, '2027-06-30', 'carer', kinds=('conc',)),
    Case('find a job with carers leave policy', False, True, False, None, 'carer', kinds=('cond',)),
    Case('get some time for myself to study', False, False, False, None, 'carer', kinds=('vague',)),
    Case('finish the open university module while caring for my dad, within this year', True, True, True, '2027-12-31', 'carer', kinds=('conc',)),
    Case('get a 2:1 in my final year, results end of august', True, True, True, '2027-08-31', 'student', kinds=('conc',)),  # judgement: results date given
    Case('apply for 15 grad schemes by end of october', True, True, True, '2027-10-31', 'student', kinds=('conc',)),
    Case('get a summer internship at a big 4 firm', True, True, False, None, 'student', kinds=('conc',)),
    Case('get a summer internship by end of may', False, True, True, '2027-05-31', 'student', kinds=('conc',)),  # which internship is missing: not specific (judgement)
    Case('figure out what to do after uni', False, False, False, None, 'student', kinds=('vague',)),
    Case('get a placement year for 2028/29', True, True, False, None, 'student', kinds=('date',)),
    Case('pass my driving theory and practical by end of june', True, True, True, '2027-06-30', 'student', kinds=('conc',)),
    Case('get a part time job 15 hrs/week in 4 mths', False, True, True, '2027-08-22', 'student', kinds=('date',)),
    Case('eventually work for the UN', True, True, False, None, 'student', kinds=('asp',), aspiration=True),
    Case('get a job in london after uni', False, True, False, None, 'student', kinds=('vague',)),  # yes/no, no role; place only
    Case('move from teaching into L&D, land an instructional designer role by december', True, True, True, '2027-12-31', 'career_change', kinds=('conc',)),
    Case('get out of retail', False, True, False, None, 'career_change', kinds=('vague',)),  # done is plain; destination missing
    Case('find something i actually enjoy', False, False, False, None, 'career_change', kinds=('vague',)),
    Case('finish the CIPD level 5 and apply for HR advisor roles by end of Q3', True, True, True, '2027-09-30', 'career_change', kinds=('date',)),
    Case('leave hospitality and become a junior project coordinator within 12 months', True, True, True, '2028-04-22', 'career_change', kinds=('conc',)),
    Case('retrain as an electrician at 40', True, True, False, None, 'career_change', kinds=('conc',)),
    Case('talk to 5 people who work in UX before end of june', True, True, True, '2027-06-30', 'career_change', kinds=('date',)),
    Case('eventually do something with animals', False, False, False, None, 'career_change', kinds=('asp',), aspiration=True),  # "something": no destination named
    Case('someday do something meaningful', False, False, False, None, 'career_change', kinds=('asp',), aspiration=True),  # vague aspiration
    Case('get my ENIC statement of comparability for my degree in 3 months', True, True, True, '2027-07-22', 'migration', kinds=('conc',)),
    Case('book the ielts for may', True, True, True, '2027-05-31', 'migration', kinds=('conc',)),
    Case('get IELTS 7.0 overall (no band under 6.5) by 30th june', True, True, True, '2027-06-30', 'migration', kinds=('date',)),
    Case('get my nmc pin and work as a nurse in the uk', True, True, False, None, 'migration', kinds=('conc',)),
    Case('get GMC registration after PLAB 2 by end of september', True, True, True, '2027-09-30', 'migration', kinds=('conc',)),
    Case('pass PLAB 1 in june', True, True, True, '2027-06-30', 'migration', kinds=('conc',)),
    Case('apply for settled status', True, True, False, None, 'migration', kinds=('conc',)),
    Case('apply for settled status for me and my son by the end of may', True, True, True, '2027-05-31', 'migration', kinds=('conc',)),
    Case('renew my brp', True, True, False, None, 'migration', kinds=('conc',)),
    Case('renew my brp before it expires 30/09/2027', True, True, True, '2027-09-29', 'migration', kinds=('date',)),  # own event, but its date is said: before = 29 Sep
    Case('switch to skilled worker visa before my graduate visa runs out', True, True, False, None, 'migration', kinds=('date',)),  # own event
    Case('get indefinite leave to remain within a year', True, True, True, '2028-04-22', 'migration', kinds=('conc',)),
    Case('apply for ILR and pass the life in the uk test this year', True, True, True, '2027-12-31', 'migration', kinds=('conc',)),
    Case('pass life in the uk test in 3 weeks', True, True, True, '2027-05-13', 'migration', kinds=('conc',)),
    Case('get my Polish driving licence exchanged for a UK one untill end of june', True, True, True, '2027-06-30', 'migration', kinds=('date',)),
    Case('get my qualifications recognised in Ireland by QQI before end of august', True, True, True, '2027-08-31', 'migration', kinds=('date',)),
    Case('get the NMBI registration in ireland in 6 months', True, True, True, '2027-10-22', 'migration', kinds=('conc',)),
    Case('get my engineering degree recognised by engineers ireland', True, True, False, None, 'migration', kinds=('conc',)),
    Case('improve my english', False, False, False, None, 'migration', kinds=('vague',)),
    Case('work on my english', False, False, False, None, 'migration', kinds=('vague',)),
    Case('get B2 english certificate (cambridge FCE) till december', True, True, True, '2027-12-31', 'migration', kinds=('conc',)),
    Case('get from B1 to B2 in german by september', True, True, True, '2027-09-30', 'migration', kinds=('conc',)),  # writing from Germany
    Case('a job with visa sponsorship', False, True, False, None, 'migration', kinds=('cond',)),
    Case('find an employer with sponsor licence and get the CoS by end of june', True, True, True, '2027-06-30', 'migration', kinds=('conc',)),
    Case('one day bring my family here and buy a house', True, True, False, None, 'migration', kinds=('asp',), aspiration=True),
    Case('finish the mentorship module not june, july', True, True, True, '2027-07-31', 'nursing', kinds=('date',)),
    Case('sit the SQE1 - was july now its september', True, True, True, '2027-09-30', 'law', kinds=('date',)),
    Case('pass ACCA SBL, not in september but november', True, True, True, '2027-11-30', 'accountancy', kinds=('date',)),
    Case('cat C test originally end of may, moved to end of august', True, True, True, '2027-08-31', 'hgv', kinds=('date',)),
    Case('get the azure cert, not before september, by december', True, True, True, '2027-12-31', 'software', kinds=('date',)),  # "not before" is a floor
    Case('nvq 2 not before june', True, True, False, None, 'construction', kinds=('date',)),  # a floor only: no deadline
    Case('apply for QTS by october, no rush really', True, True, True, '2027-10-31', 'teaching', kinds=('date',)),  # "no rush" keeps the date
    Case('senior carer by june hopefully', True, True, True, '2027-06-30', 'care', kinds=('date',)),
    Case('supervisor by end of may-ish', True, True, True, '2027-05-31', 'retail', kinds=('date',)),
    Case('open the food truck by december (i said august before but its not realistic)', True, True, True, '2027-12-31', 'chef', kinds=('date',)),
    Case('ielts in june?? no, july, june is full', True, True, True, '2027-07-31', 'migration', kinds=('date',)),
    Case('IP course: april no way, march next year', True, True, True, '2028-03-31', 'pharmacy', kinds=('date',)),
    Case('get my NMC pin by march 2027', True, True, False, '2027-03-31', 'nursing', kinds=('date',)),  # passed: still the deadline, not time-bound
    Case('pass AAT level 3 by 31/01/2027', True, True, False, '2027-01-31', 'accountancy', kinds=('date',)),
    Case('cscs card by easter 2027', True, True, False, '2027-03-28', 'construction', kinds=('date',)),
    Case('get promoted to mid level by end of 2026', True, True, False, '2026-12-31', 'software', kinds=('date',)),
    Case('get my personal licence by 15th april 2027', True, True, False, '2027-04-15', 'hospitality', kinds=('date',)),
    Case('book the life in uk test for feb 2027', True, True, False, '2027-02-28', 'migration', kinds=('date',)),
    Case('finish the medication module by 21.04.2027', True, True, False, '2027-04-21', 'care', kinds=('date',)),  # yesterday
    Case('hand in my notice today 22/04/2027', True, True, True, '2027-04-22', 'retail', kinds=('date',)),  # today: not yet passed
    Case('submit the pupillage application by 31/04/2027', True, True, False, None, 'law', kinds=('date',)),  # impossible day: no deadline, no assumption
    Case('viva on 30th feb', True, True, False, None, 'academia', kinds=('date',)),  # impossible
    Case('cabin crew assessment day 31st of june', True, True, False, None, 'aviation', kinds=('date',)),
    Case('get class 2 by 29/02/2027', True, True, False, None, 'hgv', kinds=('date',)),  # 2027 is not a leap year
    Case('pass CIMA gateway by 29/02/2028', True, True, True, '2028-02-29', 'accountancy', kinds=('date',)),  # a real date
    Case('submit pgce application 31.09.27', True, True, False, None, 'teaching', kinds=('date',)),
    Case('invoice the client for the project by 31/11', True, True, False, None, 'freelance', kinds=('date',)),
    Case('nmc pin by 3/4/28', True, True, True, '2028-04-03', 'nursing', kinds=('date',), assumption=True),  # read day first
    Case('dbs back by 5/6', True, True, True, '2027-06-05', 'care', kinds=('date',), assumption=True),
    Case('release the app by 11/12/2027', True, True, True, '2027-12-11', 'software', kinds=('date',), assumption=True),
    Case('18th edition exam 12.07.27', True, True, True, '2027-07-12', 'construction', kinds=('date',), assumption=True),
    Case('ATPL met exam on 07/08', True, True, True, '2027-08-07', 'aviation', kinds=('date',), assumption=True),
    Case('finish the dashboard project by 2/10', True, True, True, '2027-10-02', 'data', kinds=('date',), assumption=True),
    Case('get brp collected by 15/06/2027', True, True, True, '2027-06-15', 'migration', kinds=('date',)),
    Case('SIA licence renewed 25.09.27 latest', True, True, True, '2027-09-25', 'security', kinds=('date',)),
    Case('start new job 2027-09-01', False, True, True, '2027-09-01', 'software', kinds=('date',)),  # which job is not said: not specific (judgement)
    Case('pre-reg portfolio done by 20/5', True, True, True, '2027-05-20', 'pharmacy', kinds=('date',)),
    Case('submit the training contract applications 3.11', True, True, True, '2027-11-03', 'law', kinds=('date',), assumption=True),  # 3 Nov (dmy), could be 11 March
    Case('get the head of dept interview by 10/1/28', True, True, True, '2028-01-10', 'teaching', kinds=('date',), assumption=True),
    Case('get the supervisor course done by the may bank holiday', True, True, True, '2027-05-03', 'retail', kinds=('date',)),
    Case('flt licence before the spring bank holiday', True, True, True, '2027-05-30', 'warehouse', kinds=('date',)),  # before = 30 May
    Case('get my cscs by the august bank holiday', True, True, True, '2027-08-30', 'construction', kinds=('date',)),  # English writer: 30 Aug
    Case('get promoted to bar manager by the august bank holiday, its in dublin', True, True, True, '2027-08-02', 'hospitality', kinds=('date',)),  # Irish writer: 2 Aug
    Case('finish the tractor course by the june bank holiday', True, True, True, '2027-06-07', 'agriculture', kinds=('date',)),  # Irish bank holiday
    Case('QQI level 5 healthcare support by the october bank holiday', True, True, True, '2027-10-25', 'care', kinds=('date',)),
    Case("CORU registration before paddy's day", True, True, True, '2028-03-16', 'social_work', kinds=('date',)),  # before = 16 March
    Case('submit thesis by easter', True, True, True, '2028-04-16', 'academia', kinds=('date',)),  # 2027's Easter gone: next is 16 April 2028
    Case('finish the MA dissertation before good friday', True, True, True, '2028-04-13', 'teaching', kinds=('date',)),
    Case('become head chef by christmas', True, True, True, '2027-12-25', 'chef', kinds=('date',)),
    Case('get a new job b4 xmas', False, True, True, '2027-12-24', 'software', kinds=('date',)),
    Case('finish the course before the new year', True, True, True, '2027-12-31', 'data', kinds=('date',)),
    Case('open the fireworks stand... no joke, open the new shop by bonfire night', True, True, True, '2027-11-05', 'small_business', kinds=('date',)),
    Case('do my first wedding hair for 3 brides by halloween', True, True, True, '2027-10-31', 'hairdressing', kinds=('date',)),
    Case('get onto day shift before the clocks change', True, True, True, '2027-10-30', 'warehouse', kinds=('date',)),  # next clock change 31 Oct 2027
    Case('pass the gas safe ACS before the clocks go forward', True, True, True, '2028-03-25', 'construction', kinds=('date',)),  # 26 March 2028
    Case('release the single by burns night', True, True, True, '2028-01-25', 'music', kinds=('date',)),
    Case('50 bookings by valentines', True, True, True, '2028-02-14', 'beauty', kinds=('date',)),
    Case("finish the mural commission by st brigid's bank holiday", True, True, True, '2028-02-07', 'arts', kinds=('date',)),
    Case('land a job by remembrance day', False, True, True, '2027-11-11', 'armed_forces', kinds=('date',)),
    Case('get the christmas temp job made permanent by boxing day', True, True, True, '2027-12-26', 'retail', kinds=('date',)),
    Case("finish the application by st george's day", True, True, True, '2027-04-23', 'civil_service', kinds=('date',)),  # tomorrow
    Case('finish the coursework by half term', True, True, False, None, 'teaching', kinds=('date',)),  # own event: term dates differ
    Case('get the level 3 done by end of term', True, True, False, None, 'early_years', kinds=('date',)),
    Case('pass my driving test by the summer holidays', True, True, False, None, 'student', kinds=('date',)),  # own event
    Case('pass my driving test by the summer', True, True, True, '2027-08-31', 'student', kinds=('date',)),  # season
    Case('get a part time job before uni starts', False, True, False, None, 'student', kinds=('date',)),
    Case('apply for head of year before the kids go back', True, True, False, None, 'teaching', kinds=('date',)),
    Case('get skilled worker visa before my visa runs out', True, True, False, None, 'migration', kinds=('date',)),
    Case('get band 6 by my probation review', True, True, False, None, 'nursing', kinds=('date',)),
    Case('finish the diploma before the baby is born', True, True, False, None, 'care', kinds=('date',)),
    Case('get AWS cert before my contract ends', True, True, False, None, 'software', kinds=('date',)),
    Case('get AWS cert before my contract ends in july', True, True, True, '2027-07-31', 'software', kinds=('date',)),  # said: end of july (judgement: "before ... in july" = by july)
    Case('be qualified by my 30th', False, True, False, None, 'accountancy', kinds=('date',)),
    Case('get 5% raise at my next appraisal', True, True, False, None, 'banking', kinds=('date',)),  # own event
    Case('get my personal licence before the season', True, True, False, None, 'hospitality', kinds=('date',)),  # own event
    Case('forklift in 2 wks', True, True, True, '2027-05-06', 'warehouse', kinds=('date',)),
    Case('cpc done in 10 wks', True, True, True, '2027-07-01', 'hgv', kinds=('date',)),
    Case('data engineering bootcamp in 5 mths', True, True, True, '2027-09-22', 'data', kinds=('date',)),
    Case('get certified in 5 mos', False, True, True, '2027-09-22', 'software', kinds=('date',)),
    Case('finish the online training EOM', True, True, True, '2027-04-30', 'retail', kinds=('date',)),
    Case('qualify as solicitor EOY', True, True, True, '2027-12-31', 'law', kinds=('date',)),
    Case('hit 12 mortgage cases EOQ', True, True, True, '2027-06-30', 'banking', kinds=('date',)),
    Case('ship the new search feature in Q3', True, True, True, '2027-09-30', 'software', kinds=('date',)),  # bare Q3 = calendar, a judgement
    Case('migrate the warehouse to snowflake H2', True, True, True, '2027-12-31', 'data', kinds=('date',)),  # H2 = 31 Dec
    Case('complete my PDP objectives H1', True, True, True, '2027-06-30', 'civil_service', kinds=('date',)),
    Case('deliver 40 affordable homes in Q1', True, True, True, '2028-03-31', 'local_government', kinds=('date',)),  # next Q1 to come
    Case('pass ACCA AFM by fiscal Q2', True, True, True, '2027-09-30', 'accountancy', kinds=('date',), assumption=True),  # fiscal start April assumed: 30 Sep
    Case('close 100k in new accounts this fiscal year', True, True, True, '2028-03-31', 'banking', kinds=('date',), assumption=True),
    Case('get CIMA done in fy27/28', True, True, True, '2028-03-31', 'accountancy', kinds=('date',), assumption=True),
    Case('earn 30k by end of the tax year', True, True, True, '2028-03-31', 'freelance', kinds=('date',), assumption=True),  # the set follows the fiscal setting, not 5 April
    Case('restructure the team next fy', True, True, True, '2029-03-31', 'local_government', kinds=('date',), assumption=True),
    Case('get the lectureship by mid-2028', True, True, True, '2028-06-30', 'academia', kinds=('date',)),
    Case('back to work in the new year', False, True, True, '2028-01-31', 'returner', kinds=('date',)),
    Case('become a specialist nurse next year', True, True, True, '2028-12-31', 'nursing', kinds=('date',)),
    Case('get pupillage by 2028', True, True, True, '2028-12-31', 'law', kinds=('date',)),
    Case('pass ORE part 2 before 2029', True, True, True, '2028-12-31', 'dentistry', kinds=('date',)),
    Case('be cabin crew this time next year', True, True, True, '2028-04-22', 'aviation', kinds=('date',)),
    Case('get my ATPL in 2 yrs', True, True, True, '2029-04-22', 'aviation', kinds=('date',)),
    Case('finish my electrical apprenticeship in 18 months', True, True, True, '2028-10-22', 'construction', kinds=('date',)),
    Case('work as chef de partie for the next 4 months then decide', True, True, True, '2027-08-22', 'hospitality', kinds=('date',)),  # judgement: "for the next 4 months" ends 22 Aug
    Case('over the next 3 quarters get to senior', True, True, True, '2028-01-22', 'software', kinds=('date',)),
    Case('get my NI number within 30 days', True, True, True, '2027-05-22', 'migration', kinds=('date',)),
    Case('finish the preceptorship within 90 days', True, True, True, '2027-07-21', 'nursing', kinds=('date',)),
    Case('send the cv to the agency by friday', True, True, True, '2027-04-23', 'returner', kinds=('date',)),
    Case('hand in my application by monday', True, True, True, '2027-04-26', 'care', kinds=('date',)),
    Case('finish induction by the 30th', True, True, True, '2027-04-30', 'retail', kinds=('date',)),
    Case('book the cpc course by the 15th', True, True, True, '2027-05-15', 'hgv', kinds=('date',)),
    Case('send the cover letter next friday', True, True, True, '2027-04-30', 'law', kinds=('date',)),  # judgement: next friday = 30 April
    Case('june the 3rd i want the menu finished', True, True, True, '2027-06-03', 'chef', kinds=('date',)),
    Case('15th of june ielts exam, need 7', True, True, True, '2027-06-15', 'migration', kinds=('date',)),
    Case('reach truck licence at the latest end of may', True, True, True, '2027-05-31', 'warehouse', kinds=('date',)),
    Case('5 new clients max. 3 months', True, True, True, '2027-07-22', 'cleaning', kinds=('date',)),
    Case('open my salon within this year', True, True, True, '2027-12-31', 'hairdressing', kinds=('date',)),
    Case('SIA licence end of next month', True, True, True, '2027-05-31', 'security', kinds=('date',)),
    Case('save 4k by autumn', True, True, True, '2027-11-30', 'agriculture', kinds=('date',)),
    Case('pass the CKA by winter', True, True, True, '2028-02-29', 'software', kinds=('date',)),
    Case('finish the NPQ assignment this spring', True, True, True, '2027-05-31', 'teaching', kinds=('date',)),
    Case('submit thesis next spring', True, True, True, '2028-05-31', 'academia', kinds=('date',)),
    Case("get to G7 by st andrew's day", True, True, True, '2027-11-30', 'civil_service', kinds=('date',)),  # Scottish writer
    Case("complete the MSK course by st david's day", True, True, True, '2028-03-01', 'physiotherapy', kinds=('date',)),
    Case('get my nmc pin by june and apply for band 5 jobs by september', True, True, True, '2027-09-30', 'nursing', kinds=('multi',), parts=(Part('get my nmc pin by june', True, True, True, '2027-06-30'), Part('apply for band 5 jobs by september', True, True, True, '2027-09-30'),)),
    Case('get cscs card by may, then find a labouring job', True, True, False, None, 'construction', kinds=('multi',), parts=(Part('get cscs card by may', True, True, True, '2027-05-31'), Part('then find a labouring job', True, True, False, None),)),
    Case('pass AAT level 3 in july and level 4 by december', True, True, True, '2027-12-31', 'accountancy', kinds=('multi',), parts=(Part('pass AAT level 3 in july', True, True, True, '2027-07-31'), Part('level 4 by december', True, True, True, '2027-12-31'),)),
    Case('learn react and get better at interviews', False, False, False, None, 'software', kinds=('multi',), parts=(Part('learn react', False, False, False, None), Part('get better at interviews', False, False, False, None),)),
    Case('forklift licence by end of may and move to days', False, True, False, None, 'warehouse', kinds=('multi',), parts=(Part('forklift licence by end of may', True, True, True, '2027-05-31'), Part('move to days', False, True, False, None),)),
    Case('ielts 7 by june, nmc application in july, osce by end of august', True, True, True, '2027-08-31', 'migration', kinds=('multi',), parts=(Part('ielts 7 by june', True, True, True, '2027-06-30'), Part('nmc application in july', True, True, True, '2027-07-31'), Part('osce by end of august', True, True, True, '2027-08-31'),)),
    Case('cat c in 3 months and cat c+e before next april', True, True, True, '2028-03-31', 'hgv', kinds=('multi',), parts=(Part('cat c in 3 months', True, True, True, '2027-07-22'), Part('cat c+e before next april', True, True, True, '2028-03-31'),)),
    Case('save money, learn french cooking, be more organised', False, False, False, None, 'chef', kinds=('multi',), parts=(Part('save money', False, False, False, None), Part('learn french cooking', False, False, False, None), Part('be more organised', False, False, False, None),)),
    Case('finish PGCE by july and get my first teaching job', True, True, False, None, 'teaching', kinds=('multi',), parts=(Part('finish PGCE by july', True, True, True, '2027-07-31'), Part('get my first teaching job', True, True, False, None),)),
    Case('pass SQE1 in july; SQE2 in october; qualify by end of 2027', True, True, True, '2027-12-31', 'law', kinds=('multi',), parts=(Part('pass SQE1 in july', True, True, True, '2027-07-31'), Part('SQE2 in october', True, True, True, '2027-10-31'), Part('qualify by end of 2027', True, True, True, '2027-12-31'),)),
    Case('be more confident by june and get a better job by december', False, False, True, '2027-12-31', 'retail', kinds=('multi',), parts=(Part('be more confident by june', False, False, True, '2027-06-30'), Part('get a better job by december', False, False, True, '2027-12-31'),)),
    Case('do the care certificate in 6 wks and become senior in 3 months', True, True, True, '2027-07-22', 'care', kinds=('multi',), parts=(Part('do the care certificate in 6 wks', True, True, True, '2027-06-03'), Part('become senior in 3 months', True, True, True, '2027-07-22'),)),
    Case('finish sql course by may end, power bi after that', True, True, False, None, 'data', kinds=('multi',), parts=(Part('finish sql course by may end', True, True, True, '2027-05-31'), Part('power bi after that', True, True, False, None),)),
    Case('18th edition in june, 2391 in august, start the AM2 by october', True, True, True, '2027-10-31', 'electrician', kinds=('multi',), parts=(Part('18th edition in june', True, True, True, '2027-06-30'), Part('2391 in august', True, True, True, '2027-08-31'), Part('start the AM2 by october', True, True, True, '2027-10-31'),)),
    Case('get my personal licence and become bar manager', True, True, False, None, 'hospitality', kinds=('multi',), parts=(Part('get my personal licence', True, True, False, None), Part('become bar manager', True, True, False, None),)),
    Case('5 new clients by end of june, double my income by december', True, True, True, '2027-12-31', 'freelance', kinds=('multi',), parts=(Part('5 new clients by end of june', True, True, True, '2027-06-30'), Part('double my income by december', True, True, True, '2027-12-31'),)),  # judgement: "double" is a target relative to now: specific and measurable
    Case('send chapter 4 to supervisor by 31/05 and submit the thesis 30/09', True, True, True, '2027-09-30', 'academia', kinds=('multi',), parts=(Part('send chapter 4 to supervisor by 31/05', True, True, True, '2027-05-31'), Part('submit the thesis 30/09', True, True, True, '2027-09-30'),)),
    Case('life in uk test in may, ILR application in july, citizenship by december', True, True, True, '2027-12-31', 'migration', kinds=('multi',), parts=(Part('life in uk test in may', True, True, True, '2027-05-31'), Part('ILR application in july', True, True, True, '2027-07-31'), Part('citizenship by december', True, True, True, '2027-12-31'),)),
    Case('5am starts no more, and no weekends', False, True, False, None, 'cleaning', kinds=('multi',), parts=(Part('5am starts no more', False, True, False, None), Part('no weekends', False, True, False, None),)),
    Case('get insurance by friday and open bookings by end of june', True, True, True, '2027-06-30', 'beauty', kinds=('multi',), parts=(Part('get insurance by friday', True, True, True, '2027-04-23'), Part('open bookings by end of june', True, True, True, '2027-06-30'),)),
    Case('finish my resettlement, get a job, move back to wales before my discharge', False, True, False, None, 'armed_forces', kinds=('multi',), parts=(Part('finish my resettlement', True, True, False, None), Part('get a job', False, True, False, None), Part('move back to wales before my discharge', True, True, False, None),)),  # all without dates; "a job" not specific
    Case('pass the registration assessment in june and one day own a pharmacy', True, True, False, None, 'pharmacy', kinds=('multi',), parts=(Part('pass the registration assessment in june', True, True, True, '2027-06-30'), Part('one day own a pharmacy', True, True, False, None),)),  # the second part is an aspiration, undated
    Case('diptrans in june, iti membership by end of nov', True, True, True, '2027-11-30', 'translation', kinds=('multi',), parts=(Part('diptrans in june', True, True, True, '2027-06-30'), Part('iti membership by end of nov', True, True, True, '2027-11-30'),)),
    Case('hire a barista by may bank holiday and open the 2nd cafe b4 xmas', True, True, True, '2027-12-24', 'small_business', kinds=('multi',), parts=(Part('hire a barista by may bank holiday', True, True, True, '2027-05-03'), Part('open the 2nd cafe b4 xmas', True, True, True, '2027-12-24'),)),
    Case('pass atpl theory by september and get hired by an airline', False, True, False, None, 'aviation', kinds=('multi',), parts=(Part('pass atpl theory by september', True, True, True, '2027-09-30'), Part('get hired by an airline', False, True, False, None),)),
    Case('hcpc registration in 3 months, band 6 within a year', True, True, True, '2028-04-22', 'physiotherapy', kinds=('multi',), parts=(Part('hcpc registration in 3 months', True, True, True, '2027-07-22'), Part('band 6 within a year', True, True, True, '2028-04-22'),)),
    Case('improve my report writing and be less stressed', False, False, False, None, 'social_work', kinds=('multi',), parts=(Part('improve my report writing', False, False, False, None), Part('be less stressed', False, False, False, None),)),
    Case('pass the driving test in june and save 1500 for a car by end of august', True, True, True, '2027-08-31', 'student', kinds=('multi',), parts=(Part('pass the driving test in june', True, True, True, '2027-06-30'), Part('save 1500 for a car by end of august', True, True, True, '2027-08-31'),)),
    Case('part time, close to home, school hours', False, True, False, None, 'returner', kinds=('multi',), parts=(Part('part time', False, True, False, None), Part('close to home', False, True, False, None), Part('school hours', False, True, False, None),)),
    Case('pass the fitness test (level 5.4 on the bleep test) by june and the assessment centre by october', True, True, True, '2027-10-31', 'police', kinds=('multi',), parts=(Part('pass the fitness test (level 5.4 on the bleep test) by june', True, True, True, '2027-06-30'), Part('the assessment centre by october', True, True, True, '2027-10-31'),)),
    Case('SIA door supervisor in 3 wks and first aid at work in july', True, True, True, '2027-07-31', 'security', kinds=('multi',), parts=(Part('SIA door supervisor in 3 wks', True, True, True, '2027-05-13'), Part('first aid at work in july', True, True, True, '2027-07-31'),)),
    Case('revalidation by march 2027 and then the nurse prescribing course by september', True, True, False, '2027-09-30', 'nursing', kinds=('multi',), parts=(Part('revalidation by march 2027', True, True, False, '2027-03-31'), Part('then the nurse prescribing course by september', True, True, True, '2027-09-30'),)),  # first part passed
    Case('get the reach truck licence in 2 weeks time, team leader by end of summer and shift manager untill december', True, True, True, '2027-12-31', 'warehouse', kinds=('multi',), parts=(Part('get the reach truck licence in 2 weeks time', True, True, True, '2027-05-06'), Part('team leader by end of summer', True, True, True, '2027-08-31'), Part('shift manager untill december', True, True, True, '2027-12-31'),)),
    Case('finish my top up degree & get a job in theatres', True, True, False, None, 'nursing', kinds=('multi',), parts=(Part('finish my top up degree', True, True, False, None), Part('get a job in theatres', True, True, False, None),)),
    Case('nvq3 by july + rent a chair by september', True, True, True, '2027-09-30', 'hairdressing', kinds=('multi',), parts=(Part('nvq3 by july', True, True, True, '2027-07-31'), Part('rent a chair by september', True, True, True, '2027-09-30'),)),
    Case('practise more and write better songs', False, False, False, None, 'music', kinds=('multi',), parts=(Part('practise more', False, False, False, None), Part('write better songs', False, False, False, None),)),
    Case('renew my cscs card this month, and do the SSSTS course before end of june', True, True, True, '2027-06-30', 'construction', kinds=('multi',), parts=(Part('renew my cscs card this month', True, True, True, '2027-04-30'), Part('do the SSSTS course before end of june', True, True, True, '2027-06-30'),)),
    Case('CeMAP 1 in 2 months, CeMAP 2 and 3 in 6 months', True, True, True, '2027-10-22', 'banking', kinds=('multi',), parts=(Part('CeMAP 1 in 2 months', True, True, True, '2027-06-22'), Part('CeMAP 2 and 3 in 6 months', True, True, True, '2027-10-22'),)),
    Case('get the badge from the council, buy a used prius', True, True, False, None, 'taxi', kinds=('multi',), parts=(Part('get the badge from the council', True, True, False, None), Part('buy a used prius', True, True, False, None),)),
    Case('finish the cherry season end of july then get the forklift ticket in august', True, True, True, '2027-08-31', 'agriculture', kinds=('multi',), parts=(Part('finish the cherry season end of july', True, True, True, '2027-07-31'), Part('then get the forklift ticket in august', True, True, True, '2027-08-31'),)),
    Case('work remote and earn more', False, False, False, None, 'software', kinds=('multi',), parts=(Part('work remote', False, True, False, None), Part('earn more', False, False, False, None),)),  # "earn more" has no size: neither
    Case('paediatric first aid by 15/05 and level 3 by 30/06', True, True, True, '2027-06-30', 'early_years', kinds=('multi',), parts=(Part('paediatric first aid by 15/05', True, True, True, '2027-05-15'), Part('level 3 by 30/06', True, True, True, '2027-06-30'),)),
    Case('pass my ASYE, move to adult safeguarding team', True, True, False, None, 'social_work', kinds=('multi',), parts=(Part('pass my ASYE', True, True, False, None), Part('move to adult safeguarding team', True, True, False, None),)),
    Case('ORE part 1 in september and part 2 in december', True, True, True, '2027-12-31', 'dentistry', kinds=('multi',), parts=(Part('ORE part 1 in september', True, True, True, '2027-09-30'), Part('part 2 in december', True, True, True, '2027-12-31'),)),
    Case('redo my portfolio by end of may, apply to 10 studios in june, have an offer by november', True, True, True, '2027-11-30', 'design', kinds=('multi',), parts=(Part('redo my portfolio by end of may', True, True, True, '2027-05-31'), Part('apply to 10 studios in june', True, True, True, '2027-06-30'), Part('have an offer by november', True, True, True, '2027-11-30'),)),
    Case('improve my english by summer and find a better job by october', False, False, True, '2027-10-31', 'migration', kinds=('multi',), parts=(Part('improve my english by summer', False, False, True, '2027-08-31'), Part('find a better job by october', False, False, True, '2027-10-31'),)),
    Case('submit the business case by friday and get it approved by cabinet in july', True, True, True, '2027-07-31', 'local_government', kinds=('multi',), parts=(Part('submit the business case by friday', True, True, True, '2027-04-23'), Part('get it approved by cabinet in july', True, True, True, '2027-07-31'),)),
    Case('submit 2 papers by june and get a permanent post someday', True, True, False, None, 'academia', kinds=('multi',), parts=(Part('submit 2 papers by june', True, True, True, '2027-06-30'), Part('get a permanent post someday', True, True, False, None),)),
    Case('pass CIMA OCS in may, MCS in august, SCS in february and get CGMA by end of march', True, True, True, '2028-03-31', 'accountancy', kinds=('multi',), parts=(Part('pass CIMA OCS in may', True, True, True, '2027-05-31'), Part('MCS in august', True, True, True, '2027-08-31'), Part('SCS in february', True, True, True, '2028-02-29'), Part('get CGMA by end of march', True, True, True, '2028-03-31'),)),
    Case('finish my RVN and move to an equine practice', True, True, False, None, 'veterinary', kinds=('multi',), parts=(Part('finish my RVN', True, True, False, None), Part('move to an equine practice', True, True, False, None),)),
    Case('get public liability insurance this week and 3 new clients by end of may', True, True, True, '2027-05-31', 'cleaning', kinds=('multi',), parts=(Part('get public liability insurance this week', True, True, True, '2027-04-25'), Part('3 new clients by end of may', True, True, True, '2027-05-31'),)),  # "this week" ends Sunday 25 April, a judgement
    Case('get a 2:1, graduate in july, start a grad job by december', False, True, True, '2027-12-31', 'student', kinds=('multi',), parts=(Part('get a 2:1, graduate in july', True, True, True, '2027-07-31'), Part('start a grad job by december', False, True, True, '2027-12-31'),)),  # "a grad job": not specific (judgement)
    Case('no more doubles and weekends off once a month', False, True, False, None, 'chef', kinds=('multi',), parts=(Part('no more doubles', False, True, False, None), Part('weekends off once a month', False, True, False, None),)),
    Case('finish the level 3 team leader in june, get promoted to supervisor in september', True, True, True, '2027-09-30', 'retail', kinds=('multi',), parts=(Part('finish the level 3 team leader in june', True, True, True, '2027-06-30'), Part('get promoted to supervisor in september', True, True, True, '2027-09-30'),)),
    Case('apply for the guard job at scotrail and the signaller one at network rail', True, True, False, None, 'rail', kinds=('multi',), parts=(Part('apply for the guard job at scotrail', True, True, False, None), Part('the signaller one at network rail', True, True, False, None),)),
    Case('eng1 this month, stcw by may bank holiday, first contract at sea by EOY', True, True, True, '2027-12-31', 'maritime', kinds=('multi',), parts=(Part('eng1 this month', True, True, True, '2027-04-30'), Part('stcw by may bank holiday', True, True, True, '2027-05-03'), Part('first contract at sea by EOY', True, True, True, '2027-12-31'),)),
    Case('look after myself more and maybe study something', False, False, False, None, 'carer', kinds=('multi',), parts=(Part('look after myself more', False, False, False, None), Part('maybe study something', False, False, False, None),)),
    Case('do a returners course in 3 months and get a part time admin job in 6 months', True, True, True, '2027-10-22', 'returner', kinds=('multi',), parts=(Part('do a returners course in 3 months', True, True, True, '2027-07-22'), Part('get a part time admin job in 6 months', True, True, True, '2027-10-22'),)),
    Case('join the specials and then apply to be a PCSO', True, True, False, None, 'police', kinds=('multi',), parts=(Part('join the specials', True, True, False, None), Part('then apply to be a PCSO', True, True, False, None),)),
    Case('medical done by friday, provisional in 3 weeks, cat c test by end of july', True, True, True, '2027-07-31', 'hgv', kinds=('multi',), parts=(Part('medical done by friday', True, True, True, '2027-04-23'), Part('provisional in 3 weeks', True, True, True, '2027-05-13'), Part('cat c test by end of july', True, True, True, '2027-07-31'),)),
    Case('sworn translator exam in poland in september, and DPSI by easter', True, True, True, '2028-04-16', 'translation', kinds=('multi',), parts=(Part('sworn translator exam in poland in september', True, True, True, '2027-09-30'), Part('DPSI by easter', True, True, True, '2028-04-16'),)),
    Case('get my GPhC registration before my visa expires and a band 6 hospital post', True, True, False, None, 'pharmacy', kinds=('multi',), parts=(Part('get my GPhC registration before my visa expires', True, True, False, None), Part('a band 6 hospital post', True, True, False, None),)),
    Case('save 2k for the course by july and finish the pilates instructor cert by end of august', True, True, True, '2027-08-31', 'physiotherapy', kinds=('multi',), parts=(Part('save 2k for the course by july', True, True, True, '2027-07-31'), Part('finish the pilates instructor cert by end of august', True, True, True, '2027-08-31'),)),
    Case('get better at python, learn machine learning', False, False, False, None, 'data', kinds=('multi',), parts=(Part('get better at python', False, False, False, None), Part('learn machine learning', False, False, False, None),)),
    Case('pass the sift by end of may and the assessment centre by end of sept for the fast stream', True, True, True, '2027-09-30', 'civil_service', kinds=('multi',), parts=(Part('pass the sift by end of may', True, True, True, '2027-05-31'), Part('the assessment centre by end of sept for the fast stream', True, True, True, '2027-09-30'),)),
    Case('one day i will be advanced nurse practitioner in A&E, this is my dream since philippines', True, True, False, None, 'nursing', kinds=('asp',), aspiration=True),
    Case('my dream is become nurse, now im carer', True, True, False, None, 'care', kinds=('asp',), aspiration=True),
    Case('someday be happy in my job', False, False, False, None, 'hospitality', kinds=('asp',), aspiration=True),
    Case('long term: own building company, 10 lads working for me', True, True, False, None, 'construction', kinds=('asp',), aspiration=True),
    Case('be a partner by 2035', True, True, True, '2035-12-31', 'law', kinds=('asp',), aspiration=True),
    Case('finance director before 2033', True, True, True, '2032-12-31', 'accountancy', kinds=('asp',), aspiration=True),
    Case('eventually work at google in dublin', True, True, False, None, 'software', kinds=('asp',), aspiration=True),
    Case('in the future live a creative life', False, False, False, None, 'arts', kinds=('asp',), aspiration=True),
    Case('one day go back to brazil and open a english school', True, True, False, None, 'teaching', kinds=('asp',), aspiration=True),
    Case('long term i see myself as professor of linguistics', True, True, False, None, 'academia', kinds=('asp',), aspiration=True),
    Case('i want to be regional manager someday', True, True, False, None, 'retail', kinds=('asp',), aspiration=True),
    Case('in 10 years have a fleet of 5 lorries', True, True, True, '2037-04-22', 'hgv', kinds=('asp',), aspiration=True),
    Case('my biggest dream: michelin star', True, True, False, None, 'chef', kinds=('asp',), aspiration=True),
    Case('eventually have my own beauty clinic with aesthetics (botox, fillers)', True, True, False, None, 'beauty', kinds=('asp',), aspiration=True),
    Case('one day feel like myself again at work', False, False, False, None, 'returner', kinds=('asp',), aspiration=True),
    Case('long term goal is to join CID', True, True, False, None, 'police', kinds=('asp',), aspiration=True),
    Case('eventually teach music at a conservatoire', True, True, False, None, 'music', kinds=('asp',), aspiration=True),
    Case('in 5 years buy my own land in galicia', True, True, True, '2032-04-22', 'agriculture', kinds=('asp',), aspiration=True),
    Case('someday become a british citizen and work in the NHS as a doctor', True, True, False, None, 'migration', kinds=('asp',), aspiration=True),
    Case('before i retire i want to be a senior civil servant', True, True, False, None, 'civil_service', kinds=('asp',), aspiration=True),
    Case('in the long run become a training captain', True, True, False, None, 'aviation', kinds=('asp',), aspiration=True),
    Case('dream job: chief engineer on a cruise ship', True, True, False, None, 'maritime', kinds=('asp',), aspiration=True),
    Case('one day lead a data science team', True, True, False, None, 'data', kinds=('asp',), aspiration=True),
    Case('eventually make a living only from my illustration', True, True, False, None, 'freelance', kinds=('asp',), aspiration=True),
    Case('in the future franchise my kebab shop', True, True, False, None, 'small_business', kinds=('asp',), aspiration=True),
    Case('someday i will be a principal social worker', True, True, False, None, 'social_work', kinds=('asp',), aspiration=True),
    Case('long term own a small animal practice in cork', True, True, False, None, 'veterinary', kinds=('asp',), aspiration=True),
    Case('one day make my parents proud', False, False, False, None, 'student', kinds=('asp',), aspiration=True),
    Case('internal rotation only, no bank', False, True, False, None, 'nursing', kinds=('cond',)),
    Case('i want more hours, at least 30 a week', False, True, False, None, 'care', kinds=('cond',)),  # judgement: hours with a number, still a condition
    Case('no agency, permanent contract', False, True, False, None, 'warehouse', kinds=('cond',)),
    Case('a job with tips and no late closes', False, True, False, None, 'hospitality', kinds=('cond',)),
    Case('hybrid max 2 days office', False, True, False, None, 'software', kinds=('cond',)),
    Case('a school with less than 30 min drive', False, True, False, None, 'teaching', kinds=('cond',)),
    Case('static site not mobile patrols', False, True, False, None, 'security', kinds=('cond',)),
    Case('compressed hours, 4x9', False, True, False, None, 'banking', kinds=('cond',)),
    Case('evening only, after my day job', False, True, False, None, 'cleaning', kinds=('cond',)),
    Case('no more sundays', False, True, False, None, 'retail', kinds=('cond',)),
    Case('only work inside in winter', False, True, False, None, 'construction', kinds=('cond',)),
    Case('a permanent contract not fixed term', False, True, False, None, 'academia', kinds=('cond',)),
    Case('a job where i can use my spanish', False, True, False, None, 'migration', kinds=('cond',)),
    Case('flexible hours', False, True, False, None, 'returner', kinds=('cond',)),
    Case('work from anywhere, laptop life', False, True, False, None, 'freelance', kinds=('cond',)),
    Case('be more assertive with the consultants', False, False, False, None, 'nursing', kinds=('vague',)),
    Case('get more experience', False, False, False, None, 'care', kinds=('vague',)),
    Case('improve customer service', False, False, False, None, 'hospitality', kinds=('vague',)),
    Case('work on my leadership skills', False, False, False, None, 'warehouse', kinds=('vague',)),
    Case('be more professional with customers', False, False, False, None, 'construction', kinds=('vague',)),
    Case('be better in pastry', False, False, False, None, 'chef', kinds=('vague',)),
    Case('get into AI', False, True, False, None, 'software', kinds=('vague',)),  # like "get into tech": done is plain
    Case('get better at dashboards', False, False, False, None, 'data', kinds=('vague',)),
    Case('manage my workload better', False, False, False, None, 'teaching', kinds=('vague',)),
    Case('network more', False, False, False, None, 'law', kinds=('vague',)),
    Case('understand tax better', False, False, False, None, 'accountancy', kinds=('vague',)),
    Case('move up', False, True, False, None, 'banking', kinds=('vague',)),  # read as "get promoted": yes/no, role missing
    Case('improve my portfolio', False, False, False, None, 'design', kinds=('vague',)),
    Case('get my music out there', False, False, False, None, 'music', kinds=('vague',)),
    Case('publish more', False, False, False, None, 'academia', kinds=('vague',)),
    Case('be more independent in the lab', False, False, False, None, 'research', kinds=('vague',)),
    Case('keep learning', False, False, False, None, 'pharmacy', kinds=('vague',)),
    Case('get better with patients who have chronic pain', False, False, False, None, 'physiotherapy', kinds=('vague',)),
    Case('be a better leader for my team', False, False, False, None, 'police', kinds=('vague',)),
    Case('be more alert on shift', False, False, False, None, 'security', kinds=('vague',)),
    Case('integrate better', False, False, False, None, 'migration', kinds=('vague',)),
    Case('study harder', False, False, False, None, 'student', kinds=('vague',)),
    Case('get back on track', False, False, False, None, 'returner', kinds=('vague',)),
    Case('be more disciplined', False, False, False, None, 'freelance', kinds=('vague',)),
    Case('market the business better', False, False, False, None, 'small_business', kinds=('vague',)),
    Case('take care of my mental health', False, False, False, None, 'social_work', kinds=('vague',)),
    Case('specialise in something', False, False, False, None, 'translation', kinds=('vague',)),
    Case('get more hours', False, False, False, None, 'aviation', kinds=('vague',)),
    Case('build my clientele', False, False, False, None, 'hairdressing', kinds=('vague',)),
    Case('try something new', False, False, False, None, 'career_change', kinds=('vague',)),
    Case('raise my profile', False, False, False, None, 'civil_service', kinds=('vague',)),
    Case('get better at illustration this year', False, False, True, '2027-12-31', 'design', kinds=('vague',)),
    Case('be more confident by end of june', False, False, True, '2027-06-30', 'nursing', kinds=('vague',)),
    Case('learn rust by september', False, False, True, '2027-09-30', 'software', kinds=('vague',)),  # no level
    Case('improve my english in 3 months', False, False, True, '2027-07-22', 'migration', kinds=('vague',)),
)

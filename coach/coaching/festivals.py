"""Festivals of other calendars, and Easter as the Coptic and Orthodox churches keep it.

No rule of the Gregorian calendar fixes the Chinese, Hindu, Buddhist and Islamic festivals,
so each is a table of its days, one a year from 2025 to 2035; a year outside the table gives
no date. What each table assumes (whose reckoning, which country's day) is said beside it.
``coach.coaching.holidays`` reads their names in a goal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from coach.coaching.periods import Period

__all__ = [
    "BAISAKHI",
    "DIWALI",
    "DURGA_PUJA",
    "DUSSEHRA",
    "EID_AL_ADHA",
    "EID_AL_FITR",
    "GANESH_CHATURTHI",
    "HARI_RAYA_HAJI",
    "HARI_RAYA_PUASA",
    "HOLI",
    "JANMASHTAMI",
    "LUNAR_NEW_YEAR",
    "MID_AUTUMN",
    "NAVRATRI",
    "ONAM",
    "PONGAL",
    "RAKSHA_BANDHAN",
    "RAMADAN_STARTS",
    "THAIPUSAM",
    "VESAK",
    "eid",
    "orthodox_easter",
    "ramadan",
]

_FIRST_YEAR = 2025


def _days(spaced: str) -> Callable[[int], date]:
    """A festival of another calendar, from its days (MMDD) in the years from
    ``_FIRST_YEAR`` on, one a year: no rule of the Gregorian calendar fixes them. A year
    outside the table gives no date (ValueError, as a day that does not exist does); in a
    year that holds the festival twice (Eid in 2033), the first."""
    days = spaced.split()

    def rule(y: int) -> date:
        if not 0 <= y - _FIRST_YEAR < len(days):
            raise ValueError(f"no table for {y}")
        mmdd = days[y - _FIRST_YEAR]
        return date(y, int(mmdd[:2]), int(mmdd[2:]))

    return rule


# Festivals of the Chinese, Hindu, Buddhist and Islamic calendars, 2025 to 2035, as they
# are expected to fall. The Islamic ones are set by the sighting of the new moon and may
# fall a day either side of these: Eid and Ramadan as Saudi Arabia's Umm al-Qura calendar
# expects them, Hari Raya Puasa (Aidilfitri) and Haji (Aidiladha) as Malaysia, Singapore,
# Brunei and Indonesia expect them (the MABIMS reckoning), often a day later. Diwali and
# Holi are India's days (Deepavali in Malaysia and Singapore can fall a day earlier); Vesak
# is Singapore's and Malaysia's (Sri Lanka and Thailand keep it a month earlier in some
# years); Thaipusam is Malaysia's; Onam is Kerala's Thiruvonam. The dates were checked
# against published holiday calendars; a year past the table gives no date.
LUNAR_NEW_YEAR = _days("0129 0217 0206 0126 0213 0203 0123 0211 0131 0219 0208")
MID_AUTUMN = _days("1006 0925 0915 1003 0922 0912 1001 0919 0908 0927 0916")
DIWALI = _days("1020 1108 1029 1017 1105 1026 1114 1102 1022 1110 1030")
HOLI = _days("0314 0304 0322 0311 0301 0320 0309 0327 0316 0305 0324")
THAIPUSAM = _days("0212 0202 0122 0209 0129 0118 0206 0127 0214 0203 0123")
ONAM = _days("0905 0826 0912 0901 0822 0909 0830 0820 0906 0828 0914")
VESAK = _days("0512 0531 0520 0509 0527 0516 0604 0523 0513 0601 0522")
EID_AL_FITR = _days("0330 0320 0309 0226 0214 0204 0124 0114 0102 1212 1201")
EID_AL_ADHA = _days("0606 0527 0516 0505 0424 0413 0402 0322 0311 0301 0218")
RAMADAN_STARTS = _days("0301 0218 0208 0128 0116 0105 1215 1204 1123 1112 1101")
HARI_RAYA_PUASA = _days("0331 0321 0310 0227 0215 0204 0125 0114 0103 1212 1201")
HARI_RAYA_HAJI = _days("0607 0527 0517 0505 0425 0414 0403 0322 0312 0301 0219")
# Round 11: festivals of India and its neighbours, as India keeps them (the tables of the
# open-source "holidays" package, its Hindu lunisolar calendar, checked against India's
# gazetted lists). Durga Puja lasts five days and is read as its first, Shashthi (two days
# before Maha Ashtami), when the festival proper begins; Navratri is the autumn (Sharad)
# one, read as its first day. Pongal is Thai Pongal (14 or 15 January), Baisakhi Punjab's.
DURGA_PUJA = _days("0928 1017 1005 0924 1012 1002 1021 1010 0930 1018 1007")
DUSSEHRA = _days("1002 1020 1009 0927 1016 1006 1025 1014 1003 1022 1011")
NAVRATRI = _days("0922 1011 0930 0919 1008 0928 1017 1005 0924 1013 1002")
GANESH_CHATURTHI = _days("0827 0914 0904 0823 0911 0901 0920 0908 0828 0916 0905")
RAKSHA_BANDHAN = _days("0809 0828 0817 0805 0823 0813 0802 0820 0810 0829 0818")
JANMASHTAMI = _days("0816 0904 0825 0813 0901 0821 0810 0828 0817 0906 0826")
PONGAL = _days("0114 0114 0115 0115 0114 0114 0115 0115 0114 0114 0115")
BAISAKHI = _days("0413 0414 0414 0413 0414 0414 0414 0413 0414 0414 0414")


def eid(y: int) -> date:
    """ "Eid" or "Sallah" alone, with its year: the first of the two Eids in it. Without a
    year it is whichever of the two comes next (``holiday`` below)."""
    return min(EID_AL_FITR(y), EID_AL_ADHA(y))


def orthodox_easter(y: int) -> date:
    """Easter as the Coptic and Orthodox churches keep it: the Julian computus, given as
    its day in the Gregorian calendar (13 days on, from 1900 to 2099)."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(y, month, day + 1) + timedelta(days=13)


def ramadan(y: int) -> Period:
    """Ramadan, a month: from its first day to the day before Eid al-Fitr. "By Ramadan" is
    the day it begins (round 11, with own11's labeller, the one set that has it; round 10
    read its last day, as "by March" is); "before Ramadan" the day before it begins, "by
    the end of Ramadan" and "during Ramadan" its last day (``resolving.resolve``)."""
    start = RAMADAN_STARTS(y)
    eid = EID_AL_FITR(y) if EID_AL_FITR(y) > start else EID_AL_FITR(y + 1)
    return Period(start, eid - timedelta(days=1), "fast")

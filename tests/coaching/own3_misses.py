# ruff: noqa: E501
"""Where the engine disagrees with the blind labels of ``labels_own3.py``, when the set was added.

Each case listed is expected to fail in ``test_field_labels.py`` (a strict xfail): once
the engine agrees with the label, the listing fails and the line should be removed. The
value names the kind of miss, as read from the test output (not from the engine).
"""

from __future__ import annotations

DATE_NOT_READ = "a date form is not read"
NOT_A_DEADLINE = "words that are not a deadline are read as one"
FIRST_DATE_WINS = "a replaced date is taken instead of the new one"
BEFORE_A_DAY = "'before' a holiday is taken as the holiday itself"
OUTCOME_CALLED_VAGUE = "a concrete outcome is called not specific or not measurable"
VAGUE_PASSES = "a vague verb, quality or object is called specific or measurable"
YES_NO_NOT_MEASURABLE = "a plain done-or-not outcome is called not measurable"
PARTS = "several goals on one line are not split, or one goal is split"
ASPIRATION = "a statement that reads as an aspiration is not flagged"
SEASON_AS_EVENT = "a season is read as an event of the person's own"

OWN3_MISSES: dict[str, str] = {
    "be the kind of teacher kids still remember in 20 years": NOT_A_DEADLINE,
    "finish the agri business course and start selling eggs to 2 local shops by june": PARTS,
    "after 2 years off sick, back to full time hours by august": YES_NO_NOT_MEASURABLE,
    "i need to get my certification and also find a new position and maybe move city, all this year": PARTS,
}

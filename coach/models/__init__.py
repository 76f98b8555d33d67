"""The domain model: aspirations, goals, journal entries, evaluations, board columns,
interview answers, achievement stories, progress entries and reviews."""

from coach.models.aspiration import (
    Aspiration,
    AspirationStatus,
    Revision,
    horizon_date,
    horizon_passed,
    parse_horizon,
)
from coach.models.base import Record, new_id, now
from coach.models.board import Column, default_columns
from coach.models.evaluation import Answer, Evaluation, score_of
from coach.models.goal import Achievable, DateMove, Goal, Measurable, Obstacle, Priority, Realistic
from coach.models.interview import AnswerVersion, Story
from coach.models.journal import JournalEntry
from coach.models.progress import ProgressEntry
from coach.models.review import REVIEW_DAYS, REVIEW_KINDS, Review, ReviewKind

# Every kind of stored record, once. The store's tables, the undo history, the import
# and the exports all go by this list: a new kind of record is a model added here.
KINDS: tuple[type[Record], ...] = (
    Aspiration,
    Goal,
    JournalEntry,
    Evaluation,
    Column,
    AnswerVersion,
    Story,
    ProgressEntry,
    Review,
)
KIND_OF_TABLE: dict[str, type[Record]] = {kind.table: kind for kind in KINDS}

__all__ = [
    "KINDS",
    "KIND_OF_TABLE",
    "REVIEW_DAYS",
    "REVIEW_KINDS",
    "Achievable",
    "Answer",
    "AnswerVersion",
    "Aspiration",
    "AspirationStatus",
    "Column",
    "DateMove",
    "Evaluation",
    "Goal",
    "JournalEntry",
    "Measurable",
    "Obstacle",
    "Priority",
    "ProgressEntry",
    "Realistic",
    "Record",
    "Review",
    "ReviewKind",
    "Revision",
    "Story",
    "default_columns",
    "horizon_date",
    "horizon_passed",
    "new_id",
    "now",
    "parse_horizon",
    "score_of",
]

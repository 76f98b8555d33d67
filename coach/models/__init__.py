"""The domain model: aspirations, goals, journal entries, evaluations, board columns."""

from coach.models.aspiration import (
    Aspiration,
    AspirationStatus,
    Revision,
    horizon_date,
    parse_horizon,
)
from coach.models.base import new_id, now
from coach.models.board import Column, default_columns
from coach.models.evaluation import Answer, Evaluation, score_of
from coach.models.goal import Achievable, Goal, Measurable, Obstacle, Priority, Realistic
from coach.models.journal import JournalEntry

__all__ = [
    "Achievable",
    "Answer",
    "Aspiration",
    "AspirationStatus",
    "Column",
    "Evaluation",
    "Goal",
    "JournalEntry",
    "Measurable",
    "Obstacle",
    "Priority",
    "Realistic",
    "Revision",
    "default_columns",
    "horizon_date",
    "new_id",
    "now",
    "parse_horizon",
    "score_of",
]

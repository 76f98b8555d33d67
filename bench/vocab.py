"""A small vocabulary of career talk, for journal entries and goals that read like real ones."""

from __future__ import annotations

import random

PEOPLE = (
    "my manager", "Priya", "the team lead", "a recruiter", "my mentor", "Tomás", "the CTO",
    "a former colleague", "the product owner", "Mei", "my skip-level manager", "someone from HR",
    "Jonas", "the staff engineer", "an old classmate", "Amara",
)  # fmt: skip
TOPICS = (
    "the promotion case", "salary bands", "the reorganisation", "my growth plan",
    "the migration project", "the on-call load", "public speaking", "the certification",
    "a move into data engineering", "remote work", "the quarterly review", "the conference talk",
    "hiring for the new team", "my portfolio site", "the pay negotiation", "a sabbatical",
    "leading the guild", "the internal transfer", "work-life balance", "the team budget",
)  # fmt: skip
SKILLS = (
    "Kubernetes", "SQL", "system design", "public speaking", "Rust", "stakeholder management",
    "people management", "data modelling", "technical writing", "statistics",
    "product thinking", "cloud security", "TypeScript", "mentoring", "budgeting",
    "negotiation", "facilitation", "machine learning", "accessibility", "Spanish",
)  # fmt: skip
FEELINGS = (
    "energised", "tired", "anxious", "proud", "frustrated", "curious", "calm", "overwhelmed",
    "motivated", "uncertain", "relieved", "restless",
)  # fmt: skip
ACTIONS = (
    "finished", "started", "drafted", "reviewed", "practised", "presented", "shipped",
    "rewrote", "planned", "postponed", "outlined", "polished",
)  # fmt: skip
THINGS = (
    "the design document", "my CV", "the cover letter", "two interview answers",
    "the onboarding guide", "a blog post", "the budget proposal", "the demo",
    "the retrospective notes", "my LinkedIn profile", "the architecture review",
    "the training plan", "the workshop slides", "a pull request for the billing service",
)  # fmt: skip
QUALITIES = ("well", "badly", "better than expected", "so-so", "surprisingly smoothly")
TAGS = (
    "career", "learning", "feedback", "interview", "promotion", "health", "network",
    "reading", "mentoring", "burnout", "win", "idea", "salary", "writing", "team",
)  # fmt: skip

TEMPLATES = (
    "Talked with {person} about {topic}.",
    "Today I {action} {thing} and felt {feeling} afterwards.",
    "I want to get better at {skill} before the end of the year.",
    "Spent an hour on {skill} practice; it is slowly getting easier.",
    "{Person} suggested I focus on {skill} rather than {skill2}.",
    "Feeling {feeling} about {topic}, mostly because the next step is unclear.",
    "One small win: I {action} {thing} ahead of schedule.",
    "Note to self: ask {person} for honest feedback on {thing}.",
    "The biggest obstacle right now is time; meetings ate most of the week.",
    "I keep postponing {thing}, which says something about my priorities.",
    "If I am honest, {topic} matters more to me than I admitted last month.",
    "Read a chapter about {skill} on the train and took notes.",
    "The mock interview went {quality}; I need crisper answers about {topic}.",
    "The retrospective showed again that I say yes to too many requests.",
    "Blocked two mornings a week for deep work on {skill}.",
    "Next week I will finish {thing} and follow up with {person}.",
    "{Person} mentioned an opening on the platform team that could fit my goals.",
    "Progress on the course is steady: {n} of {m} modules done.",
    "I noticed I feel {feeling} whenever {topic} comes up in one-on-ones.",
    "Wrote down three things I learned this week, and {skill} was one of them.",
    "Coffee with {person} helped me see {topic} from the company's side.",
    "I am not sure {topic} is worth the extra hours, so I will decide by Friday.",
    "Gave a short talk on {skill} to the team and it went {quality}.",
    "Energy was low today; I {action} {thing} but little else.",
    "The feedback on {thing} was mostly positive, with one sharp point about clarity.",
    "Five years from now I would like {skill} to be something people ask me about.",
    "Said no to a side project so that {topic} gets the attention it needs.",
    "Updated the plan: {skill} first, then {skill2}, and {topic} after the summer.",
)


def _fill(rng: random.Random, template: str) -> str:
    person = rng.choice(PEOPLE)
    skill, skill2 = rng.sample(SKILLS, 2)
    m = rng.randint(4, 12)
    return template.format(
        person=person,
        Person=person[0].upper() + person[1:],
        topic=rng.choice(TOPICS),
        skill=skill,
        skill2=skill2,
        feeling=rng.choice(FEELINGS),
        action=rng.choice(ACTIONS),
        thing=rng.choice(THINGS),
        quality=rng.choice(QUALITIES),
        n=rng.randint(1, m),
        m=m,
    )


def sentence(rng: random.Random) -> str:
    return _fill(rng, rng.choice(TEMPLATES))


def body(rng: random.Random, low: int = 200, high: int = 1500) -> str:
    """A few sentences to a few paragraphs, between ``low`` and ``high`` characters."""
    goal = int(rng.triangular(low, high, low + (high - low) // 5))
    paragraphs: list[str] = []
    current: list[str] = []
    size = 0
    while size < goal:
        text = sentence(rng)
        if size + len(text) + 2 > high and size >= low:
            break
        current.append(text)
        size += len(text) + 1
        if len(current) >= rng.randint(3, 6):
            paragraphs.append(" ".join(current))
            current = []
            size += 1
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def search_words() -> list[str]:
    """Single words that occur in the entries, from common to rare, for search queries."""
    words = {w.lower() for w in SKILLS + FEELINGS + ACTIONS if " " not in w}
    for phrase in TOPICS + THINGS + PEOPLE:
        words.update(w.lower() for w in phrase.split() if len(w) > 4)
    words.update(("meetings", "interview", "feedback", "priorities", "summer", "honest"))
    return sorted(words)

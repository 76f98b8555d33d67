"""The career plan tells the loop's story: pace, moved dates, goals let go of, reviews,
and each measured goal's burn-up."""

from __future__ import annotations

from datetime import timedelta

from coach.export import markdown
from coach.export.snapshot import take
from coach.models import Measurable
from coach.service import CoachService
from tests.clock import Clock


def test_the_plan_shows_pace_moves_let_go_reviews_and_burnups(
    service: CoachService, clock: Clock
) -> None:
    today = service.today()
    talks = service.goals.add(
        "Give 4 talks at meetups",
        deadline=today + timedelta(days=80),
        measurable=Measurable(metric="talks", target=4, unit="talks", current=0),
    )
    course = service.goals.add("Finish the data course", deadline=today + timedelta(days=20))
    dropped = service.goals.add("Learn Rust on the side", deadline=today + timedelta(days=40))
    clock.now += timedelta(days=40)
    service.progress.log(talks.id, 1)
    service.goals.edit(course.id, deadline=today + timedelta(days=90), reason="a family move")
    service.goals.let_go(dropped.id, "Go is what my team uses")
    service.reviews.save("weekly", lines=["looked"], next_due=service.today() + timedelta(days=7))
    text = markdown.render(take(service))
    assert "Pace: 1 talk behind; at this pace, done by" in text
    assert f"Date moved {today + timedelta(days=20)} -> {today + timedelta(days=90)}" in text
    assert "a family move" in text
    assert "## Goals let go of" in text and "Go is what my team uses" in text
    assert "## Reviews" in text and "weekly review" in text
    assert f"Next: the weekly review on {service.today() + timedelta(days=7)}" in text
    assert "### Burn-up: Give 4 talks at meetups" in text
    # A goal let go of is not among the open goals any more.
    loose = text.split("## Goals not yet tied to an aspiration")[1].split("## ")[0]
    assert "Learn Rust on the side" not in loose

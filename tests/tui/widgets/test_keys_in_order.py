"""Keys typed together (a paste, a slow link delivering a burst) land in order, in the field
that has the focus when each one arrives: every dialog and form of the app."""

from __future__ import annotations

from textual import events

from coach.service import CoachService
from screens.app import CoachApp
from screens.aspirations.form import AspirationForm
from tests.seed import seed
from tests.tui.pilot import open_aspirations, send_burst, settle


async def test_a_new_aspiration_typed_in_one_burst_keeps_each_field(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        # "n" opens the form; the words behind it arrive before the form is up.
        send_burst(app, "nLead a studio\tI like teams\t2031\r")
        await settle(app, pilot)
        await settle(app, pilot)
        assert not isinstance(app.screen, AspirationForm)
    saved = [a for a in service.aspirations.find() if a.title == "Lead a studio"]
    assert [(a.why, a.horizon) for a in saved] == [("I like teams", "2031")]


async def test_backspace_and_arrows_in_a_burst_edit_where_they_were_typed(
    app: CoachApp, service: CoachService
) -> None:
    seed(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_aspirations(app, pilot)
        await pilot.press("n")
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, AspirationForm)
        send_burst(app, "Leed")
        for key in ["backspace", "backspace", "a", "d", "home", "X"]:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await settle(app, pilot)
        assert form.query_one("#form-title").value == "XLead"  # type: ignore[attr-defined]

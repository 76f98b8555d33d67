"""An unexpected error never shows the person's text: no traceback, no local values."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from coach.cli.main import cli
from coach.service import CoachService

SECRET = "I am going to resign on Friday"


@pytest.mark.reliability
def test_cli_crash_shows_one_line_and_logs_privately(
    db_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach.service.journal import JournalService

    def broken(self: JournalService, body: str, **kwargs: object) -> None:
        secret_copy = body  # a local holding the text, as real code would
        raise RuntimeError("simulated bug " + str(len(secret_copy)))

    monkeypatch.setattr(JournalService, "add", broken)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "journal", "add", SECRET])
    assert result.exit_code == 1
    assert "unexpected error (RuntimeError)" in result.output
    assert SECRET not in result.output and "Traceback" not in result.output
    log = isolated_home / ".local/state/coach/crash.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert SECRET not in log.read_text()  # tracebacks are logged without local values


@pytest.mark.reliability
async def test_app_crash_report_has_no_locals(
    service: CoachService, capsys: pytest.CaptureFixture[str]
) -> None:
    from screens.app import make_app
    from screens.dashboard.screen import DashboardScreen

    service.journal.add(SECRET)

    def broken(self: DashboardScreen) -> None:
        bodies = [e.body for e in self.service.journal.find()]  # journal text in a local
        raise RuntimeError(f"simulated bug with {len(bodies)} entries")

    app = make_app(service)
    original = DashboardScreen.reload
    DashboardScreen.reload = broken  # type: ignore[method-assign]
    try:
        with pytest.raises(RuntimeError):
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
    finally:
        DashboardScreen.reload = original  # type: ignore[method-assign]
    shown = capsys.readouterr()
    printed = shown.out + shown.err
    assert "unexpected error" in printed
    assert SECRET not in printed and "Traceback" not in printed and "bodies" not in printed

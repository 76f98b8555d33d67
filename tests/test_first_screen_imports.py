"""The first screen loads only itself: the other modes' modules wait until they are opened.

The app starts headless (``run_test``) in a fresh interpreter, so that modules
other tests have imported do not count, on a small store with something in
every dashboard section, and lists ``sys.modules`` once the dashboard is drawn.
Not timed: this guards the start-up cost that ``bench.paint`` measures.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

# The screens of the other modes and what only they use.
NOT_SHOWN = (
    "screens.reflect",
    "screens.aspirations",
    "screens.board",
    "screens.goal_wizard",
    "screens.evaluation",
    "screens.journal_list",
    "screens.board_column",
)

PROBE = """
import asyncio, json, sys
from datetime import date, timedelta

from coach.service import CoachService
from coach.store.repository import Repository
from screens.app import make_app


async def main(path: str) -> None:
    service = CoachService(Repository.open(path))
    aspiration = service.aspirations.add("Lead a platform team", why="to grow people")
    soon = date.today() + timedelta(days=5)
    service.goals.add("Run the design review", aspiration_id=aspiration.id, deadline=soon)
    service.journal.add("Wrote the first notes about the team.")
    app = make_app(service)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(50):
            await pilot.pause()
            screen = app.screen
            if type(screen).__name__ == "DashboardScreen" and screen.is_mounted:
                counts = str(screen.query_one("#counts").render())
                if "1 entry" in counts:
                    break
        else:
            raise SystemExit(f"the dashboard was not drawn: {app.screen!r}")
        print(json.dumps(sorted(sys.modules)))


asyncio.run(main(sys.argv[1]))
"""


def _modules_at_first_screen(tmp_path: Path) -> set[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COACH_DB", "PYTHONSTARTUP")}
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        env[name] = str(folder)
    env["TEXTUAL_ANIMATIONS"] = "none"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "coach.json")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_first_screen_imports_no_other_mode(tmp_path: Path) -> None:
    expected = [name for name in NOT_SHOWN if importlib.util.find_spec(name) is not None]
    assert expected, "none of the other modes' modules exists any more: update NOT_SHOWN"
    loaded = _modules_at_first_screen(tmp_path)
    assert "screens.dashboard" in loaded  # the probe really reached the dashboard
    assert sorted(loaded & set(expected)) == []

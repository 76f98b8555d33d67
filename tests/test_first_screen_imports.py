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
from datetime import date, timedelta
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
                counts = str(screen.query_one("#journal").render())
                if "1 entry" in counts:
                    break
        else:
            raise SystemExit(f"the dashboard was not drawn: {app.screen!r}")
        print(json.dumps(sorted(sys.modules)))


asyncio.run(main(sys.argv[1]))
"""


# How `coach` starts: a first look at the file, the dashboard painted from it, and the
# store loaded only after that paint (held back here, so the list is of the paint).
GLANCE_PROBE = """
import asyncio, json, sys
from datetime import date, timedelta
from pathlib import Path

from screens.app import CoachApp
from screens.start import open_store
from coach.first_look import first_look
from coach.ids import now


async def main(path: str) -> None:
    look = first_look(Path(path), now().date())
    app = CoachApp(loader=lambda: open_store(Path(path)), first=look)
    app.load_after_paint = lambda: None
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(50):
            await pilot.pause()
            screen = app.screen
            if type(screen).__name__ == "DashboardScreen" and screen.query("#journal"):
                if "1 entry" in str(screen.query_one("#journal").render()):
                    break
        else:
            raise SystemExit(f"the dashboard was not drawn: {app.screen!r}")
        print(json.dumps(sorted(sys.modules)))


asyncio.run(main(sys.argv[1]))
"""

# What the first paint must not wait for: validation, the store's engine, the CLI.
NOT_BEFORE_PAINT = ("pydantic", "coach.models", "coach.service", "tinydb", "filelock", "click")


def _modules_at_first_screen(tmp_path: Path, probe: str = PROBE) -> set[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COACH_DB", "PYTHONSTARTUP")}
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        env[name] = str(folder)
    env["TEXTUAL_ANIMATIONS"] = "none"
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "coach.json")],
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


def test_the_first_paint_loads_no_model_layer(tmp_path: Path) -> None:
    from coach.service import CoachService
    from coach.store.repository import Repository

    service = CoachService(Repository.open(tmp_path / "coach.json"))
    aspiration = service.aspirations.add("Lead a platform team", why="to grow people")
    soon = date.today() + timedelta(days=5)
    service.goals.add("Run the design review", aspiration_id=aspiration.id, deadline=soon)
    service.journal.add("Wrote the first notes about the team.")
    loaded = _modules_at_first_screen(tmp_path, GLANCE_PROBE)
    assert "screens.dashboard" in loaded and "coach.store.glance" in loaded
    early = [m for m in loaded if any(m == n or m.startswith(n + ".") for n in NOT_BEFORE_PAINT)]
    assert sorted(early) == []


# The sections and what fills them: an empty store's first paint is the welcome alone.
SECTIONS = ("screens.widgets.item_list", "screens.widgets.row_list", "coach.coaching.overview")


def test_an_empty_store_paints_the_welcome_without_the_sections(tmp_path: Path) -> None:
    probe = GLANCE_PROBE.replace('screen.query("#journal")', 'screen.query("#welcome")').replace(
        '"1 entry" in str(screen.query_one("#journal").render())', "True"
    )
    loaded = _modules_at_first_screen(tmp_path, probe)
    assert "screens.dashboard" in loaded
    assert sorted(loaded & set(SECTIONS)) == []

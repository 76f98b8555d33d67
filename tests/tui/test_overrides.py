"""The private parts of Textual that coach overrides (screens/overrides.py), checked against it.

Each test fails loudly when Textual renames, stops calling, or changes what is
overridden, so an upgrade cannot silently bring back a crash report with locals.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from screens import overrides
from screens.overrides import OVERRIDDEN, CrashWithoutLocals

SECRET = "the passphrase is hunter2"


def test_every_overridden_name_still_exists_in_textual() -> None:
    for dotted in OVERRIDDEN:
        owner, name = dotted.split(".")
        assert owner == "App"
        assert callable(getattr(App, name, None)), f"Textual no longer has {dotted}"


def test_textual_still_sends_unhandled_errors_through_fatal_error() -> None:
    source = inspect.getsource(App._handle_exception)
    assert "self._fatal_error()" in source, "App._handle_exception no longer calls _fatal_error"
    # What coach replaces: a traceback that shows local values.
    assert "show_locals=True" in inspect.getsource(App._fatal_error)


def test_the_overrides_module_names_every_private_name_it_uses() -> None:
    code = Path(overrides.__file__).read_text(encoding="utf-8")
    defined = set(re.findall(r"def (_[a-z]\w*)\(", code))
    assert {name.split(".")[1] for name in OVERRIDDEN} == defined


def test_no_other_module_of_the_app_overrides_a_private_textual_name() -> None:
    import textual.app
    import textual.screen
    import textual.widget
    import textual.widgets

    private = {
        name
        for module in (textual.app.App, textual.screen.Screen, textual.widget.Widget)
        for name in dir(module)
        if name.startswith("_") and not name.startswith("__")
    }
    for widget in vars(textual.widgets).values():
        if isinstance(widget, type):
            private |= {n for n in dir(widget) if n.startswith("_") and not n.startswith("__")}
    root = Path(overrides.__file__).parent
    found = []
    for path in root.rglob("*.py"):
        if path.name == "overrides.py":
            continue
        for name in re.findall(r"^\s*(?:async )?def (_\w+)\(", path.read_text(), re.M):
            if name in private:
                found.append(f"{path.relative_to(root)}: {name}")
    assert found == []


class Broken(CrashWithoutLocals):
    def compose(self) -> ComposeResult:
        yield Static("hello")

    def on_mount(self) -> None:
        secret = SECRET  # a local, as journal text or a passphrase would be
        raise RuntimeError("simulated bug " + str(len(secret)))


async def test_an_unhandled_error_ends_the_app_with_one_line_and_no_locals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = Broken()
    with pytest.raises(RuntimeError):
        async with app.run_test() as pilot:
            await pilot.pause()
    printed = capsys.readouterr()
    text = printed.out + printed.err
    assert "coach stopped because of an unexpected error" in text
    assert SECRET not in text and "Traceback" not in text and "secret" not in text

"""A stylesheet that parses each piece of CSS once while the colours stay the same.

Textual (pinned, see ``pyproject.toml``) re-parses every source from scratch
whenever a screen brings its own CSS or the app refreshes its styles: three
times before the first frame of a mode screen. Parsing is the same every time
while the CSS variables (the theme's colours) are unchanged, so this sheet
keeps its parse cache until they change and parses only what is new.
"""

from __future__ import annotations

from textual.css.stylesheet import Stylesheet


class ReusingStylesheet(Stylesheet):
    """:class:`Stylesheet` whose ``reparse`` reuses earlier parses of unchanged CSS."""

    def set_variables(self, variables: dict[str, str]) -> None:
        # The base clears every cache even when given the same colours again.
        if variables != self._variables:
            super().set_variables(variables)

    def reparse(self) -> None:
        # The base parses into a new sheet so that an error leaves this one intact;
        # ``parse`` also assigns its rules only once every source has parsed, and its
        # cache is keyed on the CSS text with the variables as they are now.
        self.parse()

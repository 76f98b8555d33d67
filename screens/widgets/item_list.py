"""A section of the dashboard: a list of rows whose enter opens the highlighted item.

Its own module so that the dashboard imports it only when it has sections to show:
a store with nothing in it yet paints the welcome alone.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from screens.widgets.row_list import RowList


class ItemList(RowList):
    """A dashboard section: a list whose enter opens the highlighted item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "select",
            "Open",
            id="dashboard.open",
            tooltip="Open the highlighted item in its screen",
        )
    ]

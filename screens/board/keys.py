"""The board's keys: one table, read by the screen's bindings, its footer and the help."""

from __future__ import annotations

from textual.binding import Binding, BindingType

# key, action, description, id (board.<id>), tooltip, shown in the footer
_KEYS = [
    ("left,h", "step(-1, 0)", "Left", "left", "Select in the column to the left", 0),
    ("right,l", "step(1, 0)", "Right", "right", "Select in the column to the right", 0),
    ("up,k", "step(0, -1)", "Up", "up", "Select the card above", 0),
    ("down,j", "step(0, 1)", "Down", "down", "Select the card below", 0),
    ("home", "edge(-1)", "First card", "first", "Select the first card of the column", 0),
    ("end", "edge(1)", "Last card", "last", "Select the last card of the column", 0),
    ("pageup", "page(-1)", "Page up", "page_up", "Select a screenful up", 0),
    ("pagedown", "page(1)", "Page down", "page_down", "Select a screenful down", 0),
    ("shift+left,H", "move_card(-1, 0)", "Move card left", "move_left", "To the end there", 0),
    ("shift+right,L", "move_card(1, 0)", "Move card right", "move_right", "To the end there", 0),
    ("shift+up,K", "move_card(0, -1)", "Move card up", "move_up", "One place up", 0),
    ("shift+down,J", "move_card(0, 1)", "Move card down", "move_down", "One place down", 0),
    ("enter", "open", "Open", "open", "Read the whole goal", 1),
    ("n", "new_goal", "New goal", "new", "Write a SMART goal in this column", 1),
    ("e", "edit", "Edit", "edit", "Edit the goal in the wizard", 1),
    ("p", "progress", "Progress", "progress", "Log the goal's new value or a milestone", 1),
    ("d", "delete", "Delete", "delete", "Delete the goal (ctrl+z brings it back)", 1),
    ("slash", "filter_text", "Filter", "filter", "Show only goals with these words", 1),
    ("a", "filter_aspiration", "Aspiration", "aspiration", "Goals of one aspiration", 1),
    ("t", "filter_tag", "Tag", "tag", "Show the goals with one tag", 1),
    ("escape", "clear_filters", "Clear filters", "clear", "Show every goal again", 0),
    ("c", "add_column", "Add column", "add_column", "Add a column before Done", 0),
    ("R", "rename_column", "Rename column", "rename_column", "Rename this column", 0),
    ("D", "remove_column", "Remove column", "remove_column", "Its goals go where you say", 0),
    ("W", "limit_column", "Column limit", "limit_column", "How many goals it holds (WIP)", 0),
    ("less_than_sign", "move_column(-1)", "Column left", "column_left", "Move the column", 0),
    ("greater_than_sign", "move_column(1)", "Column right", "column_right", "Move the column", 0),
]


BOARD_BINDINGS: list[BindingType] = [
    Binding(key, action, text, show=bool(show), id=f"board.{name}", tooltip=tip)
    for key, action, text, name, tip, show in _KEYS
]

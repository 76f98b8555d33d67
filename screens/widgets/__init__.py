"""Small widgets and row renderers that the screens compose."""

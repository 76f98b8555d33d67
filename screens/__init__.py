"""The full-screen Textual app of coach."""

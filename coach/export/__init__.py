"""Exports of the store (JSON, a Markdown career plan, an iCalendar of deadlines) and import."""

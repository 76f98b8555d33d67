"""Coaching logic: pure functions that judge goals against the method (no IO, no UI)."""

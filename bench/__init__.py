"""Benchmarks of coach against stock TinyDB and jrnl: ``python -m bench.run``."""
